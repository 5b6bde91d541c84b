//! The worst inputs of 1 MiB (and the worst within the limits) through the loader, as `rota
//! check`, a shared link and the window's open meet them: every one must answer in well under a
//! second (issue 17). Before the issue, locating each problem re-read the whole text: a 1 MiB file
//! of repeated recalls took 54 s in `rota check`, one of unknown states ten minutes.
//!
//! Run with `cargo bench --bench hostile`; criterion prints the median of the samples.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::time::Duration;

use base64::Engine as _;
use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use rota::data::Library;
use rota::data::scenario_file::parse_scenario;
use rota::engine::project;

/// `event` repeated until the file is (nearly) 1 MiB.
fn mebibyte_of(event: &str) -> String {
    let head = "Scenario(name: \"hostile\", events: [\n";
    let line = format!("{event},\n");
    let n = (1024 * 1024 - head.len() - 4) / line.len();
    format!("{head}{}])\n", line.repeat(n))
}

/// `n` events made by `event(i)`.
fn events(n: usize, event: impl Fn(usize) -> String) -> String {
    let body: String = (0..n).map(|i| format!("    {},\n", event(i))).collect();
    format!("Scenario(name: \"hostile\", events: [\n{body}])\n")
}

fn link_of(text: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9);
    format!(
        "http://127.0.0.1:8765/#s={}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(packed)
    )
}

fn hostile(c: &mut Criterion) {
    let library = Library::bundled().expect("bundled data");
    let office = &library.get("csto-sg").expect("the CSTO").office;
    let until = NaiveDate::from_ymd_opt(2041, 1, 1).unwrap();
    let cases: Vec<(&str, String)> = vec![
        (
            "1 MiB of unknown states",
            mebibyte_of("Join(state:\"XYZ\",date:\"2030-01-01\")"),
        ),
        (
            "1 MiB of repeated recalls",
            mebibyte_of("Recall(date:\"2020-01-01\")"),
        ),
        (
            "1,000 unknown states",
            events(1000, |_| {
                "Join(state: \"XYZ\", date: \"2030-01-01\")".into()
            }),
        ),
        (
            "1,000 repeated recalls",
            events(1000, |_| "Recall(date: \"2020-01-01\")".into()),
        ),
        (
            "1,000 overlapping suspensions",
            events(1000, |i| {
                format!("Suspend(state: \"ARM\", from: \"{}-01-01\")", 2000 + i)
            }),
        ),
        (
            "1,000 valid suspensions",
            events(1000, |i| {
                format!(
                    "Suspend(state: \"ARM\", from: \"{y}-01-01\", to: \"{y}-06-01\")",
                    y = 2000 + i
                )
            }),
        ),
        (
            "1 MiB name",
            format!("Scenario(name: \"{}\")", "n".repeat(1024 * 1024 - 20)),
        ),
        (
            "1 MiB of comments",
            format!(
                "{}Scenario(name: \"x\")",
                "// a comment, with [brackets] and: colons\n".repeat(24_000)
            ),
        ),
    ];
    let mut group = c.benchmark_group("hostile");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(3));
    for (name, text) in &cases {
        assert!(text.len() <= 1024 * 1024, "{name}: {}", text.len());
        // `rota check`: the loader, then (when it loads) the projection.
        group.bench_function(format!("check: {name}"), |b| {
            b.iter(
                || match parse_scenario("h.ron", black_box(text.as_bytes()), &library) {
                    Ok(scenario) => project(&scenario, office, until.max(scenario.rules.start))
                        .holdings
                        .len(),
                    Err(problems) => problems.len(),
                },
            );
        });
        let link = link_of(text);
        group.bench_function(format!("link: {name}"), |b| {
            b.iter(|| rota::data::share::decode(black_box(&link), &library).is_ok());
        });
    }
    group.finish();
}

criterion_group!(benches, hostile);
criterion_main!(benches);
