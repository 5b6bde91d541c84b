//! Hostile input, round two (issue 17): inputs built to be slow, to block, to overwrite what is
//! not rota's, to flood the window, and to inject into terminals and documents. Each test fails on
//! rota before the issue and holds after it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::{Duration, Instant};

use base64::Engine as _;
use common::{catalog, rota, scratch};
use rota::data::scenario_file::parse_scenario;

/// Well under a second, even unoptimised (`cargo test` builds rota's own code without
/// optimisation; the release build is about ten times faster).
const QUICK: Duration = Duration::from_millis(900);

/// A scenario file of `event` repeated until the file is (nearly) 1 MiB.
fn mebibyte_of(event: &str) -> String {
    let head = "Scenario(name: \"hostile\", events: [\n";
    let line = format!("{event},\n");
    let n = (1024 * 1024 - head.len() - 4) / line.len();
    format!("{head}{}])\n", line.repeat(n))
}

/// The worst events: each one a problem (unknown state, out of range, outside the rotation), or
/// each a repeat of the one before (the engine compares every pair).
const HOSTILE_EVENTS: [&str; 4] = [
    "Join(state:\"XYZ\",date:\"2030-01-01\")",
    "Recall(date:\"2020-01-01\")",
    "Recall(date:\"1800-01-01\")",
    "Recall(date:\"2003-01-01\")",
];

/// A link carrying `text` as it stands (not a scenario rota wrote).
fn link_of(text: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9);
    format!(
        "http://127.0.0.1:8765/#s={}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(packed)
    )
}

fn quickly<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let out = f();
    let took = started.elapsed();
    assert!(took < QUICK, "{what} took {took:?}");
    out
}

// 1. Slow errors.

#[test]
fn a_mebibyte_of_bad_or_repeated_events_is_refused_in_well_under_a_second() {
    let catalog = catalog();
    for event in HOSTILE_EVENTS {
        let text = mebibyte_of(event);
        let problems = quickly(event, || {
            parse_scenario("hostile.ron", text.as_bytes(), &catalog.members).unwrap_err()
        });
        assert_eq!(problems.len(), 1, "{event}");
        assert_eq!(
            problems[0].to_string(),
            format!(
                "hostile.ron:1002:1: {} events are too many: a scenario is expected to hold at most 1,000 events (this is event 1,001)",
                common::thousands((text.lines().count() - 2) as u64)
            )
        );
        // The same text in a link of a few kilobytes.
        let link = link_of(&text);
        assert!(link.len() < 8000, "{}", link.len());
        let message = quickly("the link", || {
            rota::data::share::decode(&link, &catalog.members).unwrap_err()
        });
        assert!(message.contains("events are too many"), "{message}");
    }
}

#[test]
fn at_most_fifty_problems_are_listed_and_the_rest_are_counted_in_one_line() {
    let catalog = catalog();
    // A thousand events, every one a problem: within the limit, so each is checked.
    let text = format!(
        "Scenario(name: \"x\", events: [\n{}])\n",
        "  Join(state: \"XYZ\", date: \"2030-01-01\"),\n".repeat(1000)
    );
    let problems = quickly("1,000 problems", || {
        parse_scenario("many.ron", text.as_bytes(), &catalog.members).unwrap_err()
    });
    assert_eq!(problems.len(), 51);
    assert!(
        problems[49]
            .to_string()
            .starts_with("many.ron:51:3: unknown state code \"XYZ\"")
    );
    assert_eq!(
        problems[50].to_string(),
        "many.ron:52:3: … and 950 more problems"
    );
    // A thousand repeats of one event: the engine's pairwise check, then the same cap.
    let text = format!(
        "Scenario(name: \"x\", events: [\n{}])\n",
        "  Recall(date: \"2020-01-01\"),\n".repeat(1000)
    );
    let problems = quickly("999 repeats", || {
        parse_scenario("repeats.ron", text.as_bytes(), &catalog.members).unwrap_err()
    });
    assert_eq!(problems.len(), 51);
    assert_eq!(
        problems[0].to_string(),
        "repeats.ron:3:3: recall 2020-01-01 repeats event 1 (recall 2020-01-01)"
    );
    assert_eq!(
        problems[50].to_string(),
        "repeats.ron:53:3: … and 949 more problems"
    );
}

#[test]
fn rota_check_and_the_window_answer_a_mebibyte_of_problems_in_well_under_a_second() {
    let dir = scratch("hostile-slow");
    let catalog = catalog();
    for (i, event) in HOSTILE_EVENTS.iter().enumerate() {
        let path = dir.join(format!("slow-{i}.ron"));
        std::fs::write(&path, mebibyte_of(event)).unwrap();
        let (code, out, err) = quickly("rota check", || rota(&["check", path.to_str().unwrap()]));
        assert_eq!((code, out.as_str()), (2, ""), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        let mut app = rota::app::RotaApp::from_stored(
            catalog.clone(),
            common::d("2026-11-24"),
            None,
            Box::new(common::Guarded),
        );
        quickly("the window's open", || {
            app.apply(rota::app::Command::OpenPath(path.clone()));
        });
        let notice = app.model.notice.clone().unwrap();
        assert!(notice.is_error && notice.text.contains("events are too many"));
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
