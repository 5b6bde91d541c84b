//! Engine benchmarks: a 1,000-year projection with 100 recalls, and the work of one what-if
//! click (recomputing every reading and its difference from the record), both as the engine
//! alone and as the window does it (a recall applied, checked, and all eight lanes recomputed to
//! 2100).
//!
//! Run with `cargo bench --bench engine`; criterion prints the median of many samples.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use chrono::{Days, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use rota::app::files::Desktop;
use rota::app::{Command, Edit, RotaApp};
use rota::data::Catalog;
use rota::engine::{Event, Reading, difference, match_history, project};

fn engine(c: &mut Criterion) {
    let catalog = Catalog::bundled().expect("bundled data");
    let start = NaiveDate::from_ymd_opt(2017, 1, 1).unwrap();
    let until = NaiveDate::from_ymd_opt(3017, 1, 1).unwrap();

    // 100 recalls spread over the millennium, every 3,652 days (about ten years), under the reading
    // that moves every later turn (the most work per recall).
    let mut scenario = catalog.documented_scenario();
    scenario.rules.reading = Reading::NextStateFullTerm;
    scenario.events.extend((1..=100u64).map(|k| Event::Recall {
        date: start + Days::new(k * 3_652 + 200),
    }));
    let check = project(&scenario, &catalog.members, until);
    assert!(
        check.holdings.len() > 330,
        "{} holdings",
        check.holdings.len()
    );
    c.bench_function("project 1000 years, 100 recalls", |b| {
        b.iter(|| project(black_box(&scenario), &catalog.members, until));
    });

    // One what-if click: the current scenario and the four readings, named and compared.
    let history = catalog.history_holdings();
    let record_end = NaiveDate::from_ymd_opt(2029, 1, 1).unwrap();
    let horizon = NaiveDate::from_ymd_opt(2041, 1, 1).unwrap();
    let mut edited = catalog.documented_scenario();
    edited.events.push(Event::Recall {
        date: NaiveDate::from_ymd_opt(2021, 6, 1).unwrap(),
    });
    c.bench_function(
        "what-if click: scenario + 4 readings with differences",
        |b| {
            b.iter(|| {
                let mut lanes = Vec::with_capacity(5);
                for reading in [
                    None,
                    Some(Reading::ActingUntilTermEnd),
                    Some(Reading::SameStateCompletes),
                    Some(Reading::NextStateFullTerm),
                    Some(Reading::NextStateEarlyStart),
                ] {
                    let mut s = edited.clone();
                    if let Some(r) = reading {
                        s.rules.reading = r;
                    }
                    let mut p = project(black_box(&s), &catalog.members, horizon);
                    match_history(&mut p.holdings, &history);
                    let d = difference(&p.holdings, &history, start, record_end, &catalog.members);
                    lanes.push((p, d));
                }
                lanes
            });
        },
    );

    // The same click in the window: the edit applied and checked, then every lane recomputed (the
    // record, the rule alone, the scenario, four readings, and a reading's record lane), and the
    // edit undone, which recomputes them all again. Half the time is one click.
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let mut app = RotaApp::from_stored(catalog.clone(), today, None, Box::new(Desktop));
    app.apply(Command::SetCompareReadings(true));
    app.apply(Command::ShowReadingLane(Some(2)));
    assert_eq!(app.model.lanes.len(), 8);
    let recall = NaiveDate::from_ymd_opt(2018, 11, 2).unwrap();
    c.bench_function("window: a recall and its undo, 8 lanes to 2100", |b| {
        b.iter(|| {
            app.apply(Command::Edit(Edit::Recall(black_box(recall))));
            app.apply(Command::Undo);
        });
    });
}

criterion_group!(benches, engine);
criterion_main!(benches);
