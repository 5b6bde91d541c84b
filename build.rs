//! Embeds the bundled data without a hand-kept list: every office folder under `assets/offices/`
//! (its `office.ron`, and the optional `lesson.ron`, `conflicts.ron` and `scenarios/*.ron`) and
//! every seed document in `seeds/`, found here and written as `include_str!`s into
//! `$OUT_DIR/bundle.rs`, which `src/data/bundle.rs` includes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    let offices_dir = root.join("assets/offices");
    let seeds_dir = root.join("seeds");
    println!("cargo:rerun-if-changed={}", offices_dir.display());
    println!("cargo:rerun-if-changed={}", seeds_dir.display());

    let mut out = String::from("// Written by build.rs: the bundled offices and seeds.\n");
    out.push_str("pub const OFFICES: &[BundledFiles] = &[\n");
    for dir in sorted_entries(&offices_dir)
        .into_iter()
        .filter(|p| p.is_dir())
    {
        let office = dir.join("office.ron");
        if !office.is_file() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", dir.display());
        let id = name(&dir);
        let _ = writeln!(out, "    BundledFiles {{\n        id: {id:?},");
        let _ = writeln!(out, "        office: {},", include(&office));
        for optional in ["lesson", "conflicts"] {
            let file = dir.join(format!("{optional}.ron"));
            if file.is_file() {
                let _ = writeln!(out, "        {optional}: Some({}),", include(&file));
            } else {
                let _ = writeln!(out, "        {optional}: None,");
            }
        }
        out.push_str("        scenarios: &[\n");
        let scenarios = dir.join("scenarios");
        if scenarios.is_dir() {
            println!("cargo:rerun-if-changed={}", scenarios.display());
            for file in sorted_entries(&scenarios)
                .into_iter()
                .filter(|p| p.extension().is_some_and(|e| e == "ron"))
            {
                let stem = file
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let _ = writeln!(out, "            ({stem:?}, {}),", include(&file));
            }
        }
        out.push_str("        ],\n    },\n");
    }
    out.push_str("];\n\npub const SEEDS: &[Seed] = &[\n");
    for file in sorted_entries(&seeds_dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
    {
        let _ = writeln!(
            out,
            "    Seed {{ file: {:?}, text: {} }},",
            name(&file),
            include(&file)
        );
    }
    out.push_str("];\n");
    let target =
        PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("bundle.rs");
    if let Err(e) = std::fs::write(&target, out) {
        panic!("cannot write {}: {e}", target.display());
    }
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    entries.sort();
    entries
}

fn name(path: &Path) -> String {
    path.file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn include(path: &Path) -> String {
    println!("cargo:rerun-if-changed={}", path.display());
    format!("include_str!({:?})", path.display().to_string())
}
