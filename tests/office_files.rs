//! Office files a user writes by hand: hostile ones give their one located message, through the
//! library and the command line; one written from offices.md alone, by someone who never saw the
//! code, loads and reproduces its record; and scenario files saved before offices existed open
//! unchanged, as CSTO scenarios.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};

use common::{library, rota};
use rota::data::office_file::load_office;
use rota::data::scenario_file::load_scenario;

fn bad_offices() -> Vec<(PathBuf, String)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir("tests/data/bad-offices")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let expected = std::fs::read_to_string(p.with_extension("expected")).unwrap();
            (p, expected.trim_end().to_owned())
        })
        .collect()
}

#[test]
fn every_hostile_office_file_gives_its_message_from_the_library() {
    let files = bad_offices();
    assert!(files.len() >= 20, "{} hostile office files", files.len());
    for (path, expected) in files {
        let problems = load_office(&path).expect_err("a bad office must not load");
        let got: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(got.join("\n"), expected, "{}", path.display());
        // Located: FILE:LINE:COLUMN.
        assert!(
            expected.starts_with(&format!("{}:", path.display())),
            "{expected}"
        );
    }
}

#[test]
fn every_hostile_office_file_gives_its_message_and_status_2_from_the_command_line() {
    for (path, expected) in bad_offices() {
        let file = path.display().to_string();
        let (code, out, err) = rota(&["history", "--office", &file]);
        assert_eq!(code, 2, "{file}");
        assert_eq!(out, "");
        assert_eq!(err, format!("rota: {expected}\n"), "{file}");
    }
}

#[test]
fn an_office_file_written_from_offices_md_alone_loads_and_reproduces_its_record() {
    // The ASEAN Secretary-General, written by a helper who read offices.md and the research
    // only, never the code (see the file's comments).
    let path = Path::new("tests/data/offices/asean-sg.ron");
    let catalog = load_office(path).unwrap();
    assert_eq!(catalog.id, "asean-sg");
    let people: Vec<&str> = catalog
        .history
        .iter()
        .filter_map(|h| h.person.as_deref())
        .collect();
    assert_eq!(
        people,
        [
            "Surin Pitsuwan",
            "Le Luong Minh",
            "Lim Jock Hoi",
            "Kao Kim Hourn"
        ]
    );
    let fits = catalog.fits(common::d("2026-11-25"));
    assert_eq!(fits[0].agreeing_days, fits[0].total_days);
    // Through the command line: English order from Thailand, five years each, then Indonesia.
    let (code, out, _) = rota(&[
        "project",
        "--office",
        "tests/data/offices/asean-sg.ron",
        "--documented",
        "--until",
        "2034-01-01",
        "--format",
        "csv",
    ]);
    assert_eq!(code, 0);
    let states: Vec<&str> = out.lines().skip(1).map(|l| &l[22..25]).collect();
    assert_eq!(states, ["THA", "VNM", "BRN", "KHM", "IDN", "LAO"]);
    let (code, out, _) = rota(&["check", "tests/data/offices/asean-sg.ron"]);
    assert_eq!(code, 0);
    assert!(out.contains(": ok: office \"asean-sg\""), "{out}");
}

#[test]
fn scenario_files_saved_before_offices_existed_open_unchanged_as_csto_scenarios() {
    let library = library();
    let csto = library.get("csto-sg").unwrap();
    let mut opened = 0;
    for entry in std::fs::read_dir("tests/data/legacy").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(!text.contains("office:"), "{}", path.display());
        let scenario = load_scenario(&path, &library).unwrap();
        assert_eq!(scenario.office, "csto-sg");
        // The same rules as the bundled file of that name (which may have gained comments).
        let id = path.file_stem().unwrap().to_string_lossy().into_owned();
        let bundled = csto.scenario(&id).unwrap();
        assert_eq!(scenario.rules, bundled.rules, "{id}");
        assert_eq!(scenario.events, bundled.events, "{id}");
        opened += 1;
    }
    assert_eq!(opened, 12);
}
