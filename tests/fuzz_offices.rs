//! Fuzzing office files: the bundled offices, the hand-written one and the hostile corpus, mutated
//! (bytes flipped, cut and spliced, office-file tokens sprinkled in), go through the office loader
//! and, when they load, through everything an office is used for: the documented scenario and
//! every reading projected to the horizon and compared with the record, the fit. No input may
//! panic, break the projection's invariants, or take more than a second.
//!
//! `ROTA_FUZZ_CASES=N` changes the number of inputs (default 3,000).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::panic::AssertUnwindSafe;
use std::time::{Duration, Instant};

use common::Rng;
use rota::data::office_file::parse_office;
use rota::engine::compare_with_record;

const DEFAULT_CASES: u64 = 3_000;
const LIMIT: Duration = Duration::from_secs(1);

const TOKENS: &[&str] = &[
    "Office(",
    "Member(code: \"ARM\", names: {\"en\": \"Armenia\"}, membership: [(from: \"2000-01-01\")]),",
    "Documented(state: \"ARM\", kind: \"term\", from: \"2020-01-01\", to: \"2021-01-01\", sources: []),",
    "Documented(kind: \"joint\", states: [\"ARM\", \"BLR\"], from: \"2021-01-01\"),",
    "Documented(kind: \"vacant\", turn: \"KAZ\", from: \"2022-01-01\", to: \"2022-02-01\"),",
    "Forgo(state: \"GBR\", date: \"2017-07-01\"),",
    "Swap(date: \"2011-01-01\", with: \"2013-01-01\"),",
    "Recall(date: \"2018-11-02\"),",
    "NameSet(key: \"ru\", language: \"ru\", label: \"Russian\"),",
    "Variant(id: \"x\", label: \"X\", patch: (order: \"fixed\")),",
    "fixed_order: [\"ARM\", \"ARM\"],",
    "order: \"fixed\",",
    "first: \"ZZZ\",",
    "term_months: 1,",
    "term_months: 0,",
    "holder: \"state\",",
    "holder: \"person\",",
    "language: \"xx-YY\",",
    "\"9999-12-31\"",
    "\"2020-02-29\"",
    "\"2019-02-29\"",
    "\"QQQ\"",
    "[",
    "]",
    "(",
    ")",
    "{",
    "}",
    ",",
    "\"",
    ":",
    "\n",
    "ё",
    "\u{feff}",
];

fn seeds() -> Vec<Vec<u8>> {
    let mut seeds = Vec::new();
    for entry in std::fs::read_dir("assets/offices").unwrap() {
        let path = entry.unwrap().path().join("office.ron");
        if path.is_file() {
            seeds.push(std::fs::read(path).unwrap());
        }
    }
    for dir in ["tests/data/bad-offices", "tests/data/offices"] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "ron") {
                seeds.push(std::fs::read(path).unwrap());
            }
        }
    }
    seeds.sort();
    assert!(seeds.len() > 25, "the seeds are missing");
    seeds
}

/// One input through the loader and, if it loads, the engine. `true` when it loaded.
fn run(bytes: &[u8]) -> bool {
    let catalog = match parse_office("fuzz.ron", bytes) {
        Ok(catalog) => catalog,
        Err(problems) => {
            assert!(!problems.is_empty(), "refused without a reason");
            for p in &problems {
                assert!(p.to_string().starts_with("fuzz.ron"), "{p}");
            }
            return false;
        }
    };
    let history = catalog.history_holdings();
    let documented = catalog.documented_scenario();
    for i in 0..catalog.readings.len() {
        let scenario = catalog.under_reading(&documented, i);
        let comparison = compare_with_record(
            &scenario,
            &catalog.office,
            &history,
            catalog.rules.start,
            catalog.horizon,
        );
        let holdings = &comparison.projection.holdings;
        for h in holdings {
            assert!(h.start < h.end, "an empty holding {h:?}");
        }
        for pair in holdings.windows(2) {
            assert_eq!(pair[0].end, pair[1].start, "a gap or an overlap");
        }
        for w in &comparison.projection.warnings {
            assert!(!rota::words::warning(w, &catalog).is_empty());
        }
    }
    let fits = catalog.fits(catalog.horizon);
    assert_eq!(fits.len(), catalog.readings.len());
    true
}

#[test]
fn the_office_loader_and_the_engine_answer_every_mutated_office_file_without_panicking() {
    let cases: u64 = std::env::var("ROTA_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_CASES);
    let seeds = seeds();
    let mut rng = Rng(0x4F46_4649_4345);
    let (mut loaded, mut slowest) = (0u64, Duration::ZERO);
    let total = cases.max(seeds.len() as u64);
    for case in 0..total {
        let input = match usize::try_from(case).ok().and_then(|i| seeds.get(i)) {
            Some(seed) => seed.clone(),
            None => common::mutate(&mut rng, &seeds, TOKENS),
        };
        let t0 = Instant::now();
        let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| run(&input)));
        let took = t0.elapsed();
        let Ok(ok) = outcome else {
            let path = std::env::temp_dir().join(format!("rota-fuzz-office-panic-{case}.ron"));
            std::fs::write(&path, &input).unwrap();
            panic!("input {case} panicked; it is in {}", path.display());
        };
        assert!(took < LIMIT, "input {case} took {took:?}");
        slowest = slowest.max(took);
        loaded += u64::from(ok);
    }
    println!(
        "{total} office files: {loaded} loaded, slowest {:.1} ms",
        slowest.as_secs_f64() * 1000.0
    );
    // Both sides are reached: offices that load (a mutant of a long office file rarely does), and
    // refusals.
    assert!(loaded > total / 100, "only {loaded} of {total} loaded");
    assert!(loaded < total, "nothing was refused");
}
