//! Helpers shared by the integration tests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use rota::data::{Catalog, Library};
use rota::engine::{Holding, Projection, Scenario, match_history, project};

pub fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a test date")
}

/// Every bundled office, loaded once per test binary.
pub fn library() -> Library {
    static LIBRARY: std::sync::OnceLock<Library> = std::sync::OnceLock::new();
    LIBRARY
        .get_or_init(|| Library::bundled().expect("the bundled data loads"))
        .clone()
}

/// The CSTO Secretary General: the office of domain.md.
pub fn catalog() -> Catalog {
    office("csto-sg")
}

/// A bundled office by id.
pub fn office(id: &str) -> Catalog {
    library().get(id).cloned().expect("a bundled office")
}

/// Projects and names the holdings, as the CLI and the app do.
pub fn projected(catalog: &Catalog, scenario: &Scenario, until: &str) -> Projection {
    let mut projection = project(scenario, &catalog.office, d(until));
    match_history(&mut projection.holdings, &catalog.history_holdings());
    projection
}

/// `start,end,turn,holder_state,kind` rows, the form of domain.md's worked examples.
pub fn rows(holdings: &[Holding]) -> Vec<String> {
    holdings
        .iter()
        .map(|h| {
            format!(
                "{},{},{},{},{}",
                h.start,
                h.end,
                h.turn.map(|c| c.to_string()).unwrap_or_default(),
                h.holder_state.map(|c| c.to_string()).unwrap_or_default(),
                h.kind.name()
            )
        })
        .collect()
}

/// Runs the `rota` binary; returns (exit code, stdout, stderr).
pub fn rota(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_rota"))
        .args(args)
        .output()
        .expect("rota runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The CSV a `rota project` prints, reduced to the worked examples' columns.
pub fn cli_rows(args: &[&str]) -> Vec<String> {
    let mut all = vec!["project", "--format", "csv"];
    all.extend_from_slice(args);
    let (code, out, err) = rota(&all);
    assert_eq!(code, 0, "rota {all:?} failed: {err}");
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some("start,end,turn,holder_state,holder,kind")
    );
    lines
        .map(|line| {
            let cols: Vec<&str> = line.split(',').collect();
            // The holder's name has no comma in these examples.
            format!(
                "{},{},{},{},{}",
                cols[0], cols[1], cols[2], cols[3], cols[5]
            )
        })
        .collect()
}

/// A file dropped on the window, as the desktop hands it over: a path.
#[derive(Debug)]
pub struct Dropped(pub std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// splitmix64: a small random sequence, the same on every machine, for the fuzzer and the monkey.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number from 0 to `n - 1` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n.max(1) as u64).unwrap_or(0)
    }

    /// A number from 0 to 1.
    pub fn unit(&mut self) -> f32 {
        (self.next() % 10_000) as f32 / 10_000.0
    }
}

/// A fresh folder of its own in the system's temporary folder, for one test.
pub fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("rota-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

/// Copies every `.ron` file of `from` (a folder of the source tree) into `into`, so that a test
/// opens copies: whatever it saves back goes to the copy, never into the source tree.
pub fn copies(from: &str, into: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut copied = Vec::new();
    for entry in std::fs::read_dir(from).expect("a folder of the tree") {
        let path = entry.expect("an entry").path();
        if path.extension().is_some_and(|e| e == "ron") {
            let target = into.join(path.file_name().expect("a file name"));
            // A directory named like a scenario (a hostile case) is kept as a directory.
            if path.is_dir() {
                std::fs::create_dir_all(&target).expect("a copied directory");
            } else {
                std::fs::copy(&path, &target).expect("a copy");
            }
            copied.push(target);
        }
    }
    copied.sort();
    copied
}

/// Writes as the app's platforms do (atomically), but only inside the system's temporary folder:
/// a test that tries to write anywhere else (the source tree) fails loudly, here.
pub fn write_in_scratch(path: &std::path::Path, bytes: &[u8]) -> Result<(), String> {
    let temp = std::env::temp_dir()
        .canonicalize()
        .unwrap_or_else(|_| std::env::temp_dir());
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .expect("a working folder")
            .join(path)
    };
    let parent = absolute
        .parent()
        .and_then(|p| p.canonicalize().ok())
        .unwrap_or_default();
    assert!(
        parent.starts_with(&temp),
        "a test tried to write {} outside the temporary folder {}: tests never write into the source tree",
        path.display(),
        temp.display()
    );
    rota::data::scenario_file::save_atomic(path, bytes).map_err(|e| e.to_string())
}

/// The desktop's files without its dialogs, and no writing outside the temporary folder.
pub struct Guarded;

impl rota::app::files::Platform for Guarded {
    fn pick_open(&mut self) -> Option<std::path::PathBuf> {
        None
    }
    fn pick_save(&mut self, _suggested: &str) -> Option<std::path::PathBuf> {
        None
    }
    fn read(
        &mut self,
        path: &std::path::Path,
    ) -> Result<Vec<u8>, rota::data::scenario_file::Diagnostic> {
        rota::data::scenario_file::read_limited(path)
    }
    fn write(&mut self, path: &std::path::Path, bytes: &[u8]) -> Result<(), String> {
        write_in_scratch(path, bytes)
    }
}

/// One of `seeds`, mutated a few times: bytes flipped or replaced, one of `tokens` inserted, a
/// stretch cut, doubled or spliced from another seed, the end cut off. The fuzzers' move.
pub fn mutate(rng: &mut Rng, seeds: &[Vec<u8>], tokens: &[&str]) -> Vec<u8> {
    let mut bytes = seeds[rng.below(seeds.len())].clone();
    for _ in 0..=rng.below(6) {
        let len = bytes.len();
        let at = rng.below(len + 1);
        match rng.below(8) {
            0 if len > 0 => bytes[at.min(len - 1)] ^= 1 << rng.below(8),
            1 if len > 0 => bytes[at.min(len - 1)] = rng.next().to_le_bytes()[0],
            2 | 3 => {
                let token = tokens[rng.below(tokens.len())].as_bytes();
                bytes.splice(at..at, token.iter().copied());
            }
            4 => {
                let end = (at + rng.below(40)).min(len);
                bytes.drain(at..end);
            }
            5 => {
                let end = (at + rng.below(200)).min(len);
                let copy = bytes[at..end].to_vec();
                bytes.splice(at..at, copy);
            }
            6 => {
                let other = &seeds[rng.below(seeds.len())];
                let from = rng.below(other.len() + 1);
                let to = (from + rng.below(400)).min(other.len());
                bytes.splice(at..at, other[from..to].iter().copied());
            }
            _ => bytes.truncate(at),
        }
    }
    bytes
}

/// `1048576` as `1,048,576`, as rota's messages write counts.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A guard against the old behaviour, not a measurement: before issue 17 these inputs took from
/// 53 s to ten minutes; now they take tens of milliseconds (`cargo bench --bench hostile` measures
/// them). The guard is far above that, so a busy machine never fails it, and far below the old.
pub const QUICK: Duration = Duration::from_secs(10);

/// Runs `f`, failing the test if it takes `QUICK` or longer (the hostile tests' guard).
pub fn quickly<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let out = f();
    let took = started.elapsed();
    assert!(took < QUICK, "{what} took {took:?}");
    out
}
