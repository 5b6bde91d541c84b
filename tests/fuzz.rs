//! Fuzzing the scenario loader and the engine, the way a class's files reach them: mutated
//! scenario files (bytes flipped, cut, spliced, sprinkled with RON tokens, dates and state codes)
//! and random structured scenarios written out as files. Each input goes through the loader and,
//! when it loads, through everything the window does with it: the projection to 2100, the
//! comparison with the record, the four readings, and writing it back out. No input may panic,
//! break an invariant of the projection, or take more than 2 s (a hang).
//!
//! `cargo test` runs 20,000 inputs. The long run (a million inputs, a few minutes in release):
//!
//! ```sh
//! ROTA_FUZZ_CASES=1000000 cargo test --release --test fuzz -- --nocapture
//! ```
//!
//! `ROTA_FUZZ_LIST=1` prints the kinds of outcome seen. With `ROTA_FUZZ_SAVE=1`, every input whose outcome has not been seen before (a new kind of
//! error message, or a file that loads with a new kind of warning) is kept in `tests/data/fuzz/`;
//! that corpus seeds every later run, and each of its files must still get an answer.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeSet;
use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use common::Rng;
use rota::data::scenario_file::{parse_scenario, scenario_to_ron};
use rota::data::{Catalog, Library};
use rota::engine::{
    Anchoring, Event, Reading, Rules, Scenario, StateCode, compare_with_record, project,
};

const DEFAULT_CASES: u64 = 20_000;
/// A guard against a hang (a loop that never ends, a quadratic blow-up), not a measurement: a
/// debug build on a busy shared machine takes a few milliseconds per input, and once took 126 ms.
/// What inputs cost is measured in `benches/`.
const LIMIT: Duration = Duration::from_secs(2);
/// Inputs are kept below this size; the loader refuses anything over 1 MiB by its size alone.
const MAX_INPUT: usize = 256 * 1024;

const TOKENS: &[&str] = &[
    "Scenario(",
    "name: \"x\",",
    "description: \"\",",
    "rules: (",
    "events: [",
    "Recall(date: \"2018-11-02\"),",
    "TakesOffice(state: \"ARM\", date: \"2017-05-02\"),",
    "Join(state: \"AZE\", date: \"2019-01-01\"),",
    "Withdraw(state: \"BLR\", date: \"2019-06-01\"),",
    "Suspend(state: \"ARM\", from: \"2024-02-22\"),",
    "Suspend(state: \"KAZ\", from: \"2020-01-01\", to: \"2030-01-01\"),",
    "reading: \"next-state-full-term\",",
    "reading: \"same-state-completes\",",
    "reading: \"next-state-early-start\",",
    "term_months: 1,",
    "term_months: 0,",
    "term_months: 4294967295,",
    "lag_days: 36500,",
    "order: \"ru-official\",",
    "order: \"en\",",
    "anchoring: \"office\",",
    "skip_suspended: true,",
    "start: \"1900-01-01\",",
    "start: \"2099-12-31\",",
    "\"9999-12-31\"",
    "\"0001-01-01\"",
    "\"2020-02-29\"",
    "\"2019-02-29\"",
    "\"XYZ\"",
    "\"UZB\"",
    "[",
    "]",
    "(",
    ")",
    ",",
    "\"",
    ":",
    "Some(",
    "None",
    "-1",
    "99999999999999999999",
    "1e308",
    "/*",
    "*/",
    "// note\n",
    "\n",
    "\u{feff}",
    "\0",
    "\\u{0}",
    "é",
    "Армения",
    "#![enable(implicit_some)]",
    "r#\"raw\"#",
];

fn day(rng: &mut Rng) -> NaiveDate {
    let base = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap();
    base + chrono::Days::new(rng.next() % 60_000)
}

/// One of the office's members, now and then a code it does not know.
fn code(rng: &mut Rng, catalog: &Catalog) -> StateCode {
    let codes: Vec<StateCode> = catalog.office.members.iter().map(|m| m.code).collect();
    if codes.is_empty() || rng.below(16) == 0 {
        StateCode::parse("XYZ").unwrap()
    } else {
        codes[rng.below(codes.len())]
    }
}

fn seeds() -> Vec<Vec<u8>> {
    let mut seeds = Vec::new();
    for dir in [
        "assets/offices/csto-sg/scenarios",
        "tests/data/bad",
        "tests/data/fuzz",
    ] {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        let mut paths: Vec<_> = entries
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "ron"))
            .collect();
        paths.sort();
        seeds.extend(paths.iter().map(|p| std::fs::read(p).unwrap()));
    }
    assert!(seeds.len() > 40, "the seeds are missing");
    seeds
}

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut bytes = common::mutate(rng, seeds, TOKENS);
    bytes.truncate(MAX_INPUT);
    bytes
}

/// A random scenario with random events, written as a scenario file.
fn structured(rng: &mut Rng, catalog: &Catalog) -> Vec<u8> {
    let orders = catalog.office.orders();
    let person = catalog.office.holder == rota::engine::HolderKind::Person;
    let start = day(rng);
    let after = |rng: &mut Rng| start + chrono::Days::new(rng.next() % 20_000);
    let rules = Rules {
        start,
        term_months: [36, 1, 12, 48, 600][rng.below(5)],
        order: orders[rng.below(orders.len())],
        first: None,
        anchoring: if person {
            Anchoring::ALL[rng.below(2)]
        } else {
            Anchoring::Slot
        },
        reading: if person {
            Reading::ALL[rng.below(4)]
        } else {
            Reading::ActingUntilTermEnd
        },
        lag_days: if person {
            [0, 1, 90, 3650][rng.below(4)]
        } else {
            0
        },
        skip_suspended: rng.below(2) == 0,
    };
    let mut events = Vec::new();
    for _ in 0..rng.below(12) {
        events.push(match rng.below(7) {
            0 if person => Event::Recall { date: after(rng) },
            1 if person => Event::TakesOffice {
                state: code(rng, catalog),
                date: after(rng),
            },
            0 | 1 | 5 => Event::Forgo {
                state: code(rng, catalog),
                date: after(rng),
            },
            6 => Event::Swap {
                date: after(rng),
                with: after(rng),
            },
            2 => Event::Join {
                state: code(rng, catalog),
                date: day(rng),
            },
            3 => Event::Withdraw {
                state: code(rng, catalog),
                date: day(rng),
            },
            _ => {
                let from = day(rng);
                Event::Suspend {
                    state: code(rng, catalog),
                    from,
                    to: (rng.below(2) == 0)
                        .then(|| from + chrono::Days::new(1 + rng.next() % 5000)),
                }
            }
        });
    }
    let scenario = Scenario {
        office: catalog.id.clone(),
        name: format!("random {}", rng.next() % 1000),
        description: String::new(),
        rules,
        events,
    };
    scenario_to_ron(&scenario, catalog).into_bytes()
}

/// What became of an input, with names, codes and numbers taken out: the kinds of outcome.
fn signatures(outcome: &Result<Vec<String>, String>) -> Vec<String> {
    let shape = |text: &str| -> String {
        // A byte's value ("0xE9") says nothing about the kind of error.
        let text = match text.find("0x") {
            Some(at) if text.len() >= at + 4 => format!("{}0x#{}", &text[..at], &text[at + 4..]),
            _ => text.to_owned(),
        };
        let mut out = String::new();
        let mut quoted = false;
        for word in text.split_inclusive([' ', '@', ':']) {
            for c in word.chars() {
                match c {
                    '"' | '`' => {
                        quoted = !quoted;
                        out.push('"');
                    }
                    _ if quoted => {}
                    c if c.is_ascii_digit() => {
                        if !out.ends_with('#') {
                            out.push('#');
                        }
                    }
                    // Names of states and people: one kind of outcome whoever it is about.
                    c if c.is_uppercase() && out.ends_with(' ') => out.push('X'),
                    c if c.is_alphabetic() && out.ends_with('X') => {}
                    c => out.push(c),
                }
            }
        }
        out
    };
    match outcome {
        Err(message) => vec![format!("error: {}", shape(message))],
        Ok(warnings) => std::iter::once("ok".to_owned())
            .chain(warnings.iter().map(|w| format!("warning: {}", shape(w))))
            .collect(),
    }
}

/// Runs one input through the loader and the engine, checking what it gives.
fn run(bytes: &[u8], library: &Library) -> Result<Vec<String>, String> {
    let scenario = match parse_scenario("fuzz.ron", bytes, library) {
        Ok(scenario) => scenario,
        Err(problems) => {
            assert!(!problems.is_empty(), "refused without a reason");
            let first = problems[0].to_string();
            assert!(first.starts_with("fuzz.ron:"), "{first}");
            return Err(first.trim_start_matches("fuzz.ron:").to_owned());
        }
    };
    let catalog = library
        .get(&scenario.office)
        .expect("the scenario's office");
    let history = catalog.history_holdings();
    let office = &catalog.office;
    let until = NaiveDate::from_ymd_opt(2100, 1, 1).unwrap();
    let comparison = compare_with_record(&scenario, office, &history, catalog.rules.start, until);
    let holdings = &comparison.projection.holdings;
    for h in holdings {
        assert!(h.start < h.end, "an empty holding {h:?}");
    }
    for pair in holdings.windows(2) {
        assert_eq!(pair[0].end, pair[1].start, "a gap or an overlap");
    }
    if let Some(first) = holdings.first() {
        assert_eq!(first.start, scenario.rules.start);
    }
    for reading in Reading::ALL {
        let mut variant = scenario.clone();
        variant.rules.reading = reading;
        let projection = project(&variant, office, until);
        for pair in projection.holdings.windows(2) {
            assert_eq!(
                pair[0].end, pair[1].start,
                "a gap or an overlap under {reading}"
            );
        }
    }
    // What loads is written back out and reads back the same.
    let text = scenario_to_ron(&scenario, catalog);
    let back =
        parse_scenario("again.ron", text.as_bytes(), library).expect("a saved scenario loads");
    assert_eq!(
        back, scenario,
        "a scenario changed on its way through a file"
    );
    Ok(comparison
        .projection
        .warnings
        .iter()
        .map(|w| rota::words::warning(w, catalog))
        .collect())
}

#[test]
fn the_loader_and_the_engine_answer_every_input_quickly_and_never_panic() {
    let cases: u64 = std::env::var("ROTA_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_CASES);
    let save = std::env::var_os("ROTA_FUZZ_SAVE").is_some();
    let library = common::library();
    let seeds = seeds();
    let mut rng = Rng(0x0052_4F54_4131);
    let mut seen = BTreeSet::new();
    let (mut loaded, mut slowest, mut kept) = (0u64, Duration::ZERO, 0usize);
    let started = Instant::now();
    // Every seed as it is first (the corpus must still be answered), then mutants.
    let total = cases.max(seeds.len() as u64);
    for case in 0..total {
        let input = match usize::try_from(case).ok().and_then(|i| seeds.get(i)) {
            Some(seed) => seed.clone(),
            None if rng.below(4) == 0 => {
                let office = &library.catalogs[rng.below(library.catalogs.len())];
                structured(&mut rng, office)
            }
            None => mutate(&mut rng, &seeds),
        };
        let t0 = Instant::now();
        let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| run(&input, &library)));
        let took = t0.elapsed();
        let Ok(outcome) = outcome else {
            let path = std::env::temp_dir().join(format!("rota-fuzz-panic-{case}.ron"));
            std::fs::write(&path, &input).unwrap();
            panic!("input {case} panicked; it is in {}", path.display());
        };
        if took > LIMIT {
            let path = std::env::temp_dir().join(format!("rota-fuzz-slow-{case}.ron"));
            std::fs::write(&path, &input).unwrap();
            panic!("input {case} took {took:?}; it is in {}", path.display());
        }
        slowest = slowest.max(took);
        loaded += u64::from(outcome.is_ok());
        let mut new = false;
        for kind in signatures(&outcome) {
            new |= seen.insert(kind);
        }
        if new && save && case >= seeds.len() as u64 {
            let dir = Path::new("tests/data/fuzz");
            std::fs::create_dir_all(dir).unwrap();
            std::fs::write(dir.join(format!("found-{case:07}.ron")), &input).unwrap();
            kept += 1;
        }
    }
    if std::env::var_os("ROTA_FUZZ_LIST").is_some() {
        for kind in &seen {
            println!("{kind}");
        }
    }
    println!(
        "{total} inputs in {:.1} s: {loaded} loaded, {} kinds of outcome, slowest {:.2} ms; {kept} new files kept",
        started.elapsed().as_secs_f64(),
        seen.len(),
        slowest.as_secs_f64() * 1000.0,
    );
    // The mutants reach both sides: files that load and many kinds of refusal.
    assert!(loaded > total / 20, "only {loaded} of {total} loaded");
    assert!(seen.len() > 20, "only {} kinds of outcome", seen.len());
}
