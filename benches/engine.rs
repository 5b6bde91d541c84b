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
use rota::app::{Command, Doc, Edit, RotaApp, View};
use rota::data::Library;
use rota::engine::{
    Event, HolderKind, Member, Members, NameSet, Office, Order, Period, Reading, Rules, Scenario,
    StateCode, difference, match_history, project,
};

fn engine(c: &mut Criterion) {
    let library = Library::bundled().expect("bundled data");
    let catalog = library.get("csto-sg").expect("the CSTO").clone();
    let start = NaiveDate::from_ymd_opt(2017, 1, 1).unwrap();
    let until = NaiveDate::from_ymd_opt(3017, 1, 1).unwrap();

    // 100 recalls spread over the millennium, every 3,652 days (about ten years), under the reading
    // that moves every later turn (the most work per recall).
    let mut scenario = catalog.documented_scenario();
    scenario.rules.reading = Reading::NextStateFullTerm;
    scenario.events.extend((1..=100u64).map(|k| Event::Recall {
        date: start + Days::new(k * 3_652 + 200),
    }));
    let check = project(&scenario, &catalog.office, until);
    assert!(
        check.holdings.len() > 330,
        "{} holdings",
        check.holdings.len()
    );
    c.bench_function("project 1000 years, 100 recalls", |b| {
        b.iter(|| project(black_box(&scenario), &catalog.office, until));
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
                    let mut p = project(black_box(&s), &catalog.office, horizon);
                    match_history(&mut p.holdings, &history);
                    let d = difference(&p.holdings, &history, start, record_end);
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
    let mut app = RotaApp::from_stored(library.clone(), today, None, Box::new(Desktop::default()));
    app.apply(Command::View(View::SetCompareReadings(true)));
    app.apply(Command::View(View::ShowReadingLane(Some(2))));
    assert_eq!(app.model.lanes.len(), 8);
    let recall = NaiveDate::from_ymd_opt(2018, 11, 2).unwrap();
    c.bench_function("window: a recall and its undo, 8 lanes to 2100", |b| {
        b.iter(|| {
            app.apply(Command::Doc(Doc::Edit(Edit::Recall(black_box(recall)))));
            app.apply(Command::Doc(Doc::Undo));
        });
    });
}

/// A UN Security Council over a century: the five permanent members and ten elected seats, five
/// renewed every 1 January from a pool of 60 states (so the membership changes every year), one
/// presidency a month in English alphabetical order: 1,200 turns.
fn council_of_a_century() -> (Office, Scenario) {
    let day = |y: i32, m: u32| NaiveDate::from_ymd_opt(y, m, 1).unwrap();
    let code = |i: usize| {
        let bytes = [b'A' + (i / 26) as u8, b'A' + (i % 26) as u8, b'X'];
        StateCode::parse(std::str::from_utf8(&bytes).unwrap()).unwrap()
    };
    let mut members: Vec<Member> = (0..5)
        .map(|i| Member {
            code: code(i),
            names: vec![format!("Permanent {}", char::from(b'A' + i as u8))],
            membership: vec![Period::new(day(1945, 10), None)],
            suspensions: vec![],
        })
        .collect();
    for i in 0..60 {
        let mut membership = Vec::new();
        // Seat i % 10 runs two years; its holders rotate through the pool every 12 years.
        let mut year = 2026 + (i % 2) as i32;
        while year < 2127 {
            if (year - 2026) as usize / 2 % 6 == i / 10 {
                membership.push(Period::new(day(year, 1), Some(day(year + 2, 1))));
            }
            year += 2;
        }
        members.push(Member {
            code: code(5 + i),
            names: vec![format!(
                "Elected {i:02} {}",
                char::from(b'a' + (i * 7 % 26) as u8)
            )],
            membership,
            suspensions: vec![],
        });
    }
    let sets = vec![NameSet {
        key: "un-en".into(),
        language: "en".into(),
        label: "UN English names".into(),
    }];
    let office = Office::new(HolderKind::State, Members::new(members), sets, vec![]).unwrap();
    let scenario = Scenario::new(
        "century",
        "A century",
        Rules::new(day(2027, 1), 1, Order::Names(0)),
    );
    (office, scenario)
}

fn offices(c: &mut Criterion) {
    let (office, scenario) = council_of_a_century();
    let until = NaiveDate::from_ymd_opt(2127, 1, 1).unwrap();
    let check = project(&scenario, &office, until);
    assert_eq!(check.turns.len(), 1200);
    c.bench_function("UN Security Council: 100 years monthly, 1,200 turns", |b| {
        b.iter(|| project(black_box(&scenario), &office, until));
    });
    // The fit of every reading of the bundled UN office (its record is the record to fit).
    let library = Library::bundled().expect("bundled data");
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let unsc = library.get("unsc-presidency").expect("the UN office");
    c.bench_function("UN Security Council: fit of every reading", |b| {
        b.iter(|| unsc.fits(black_box(today)));
    });
    // The what-if click of every office, as the window does it: a scenario with one event more,
    // under the rules as agreed and every variant, each projected to 2100, named and compared
    // with the record.
    let far = NaiveDate::from_ymd_opt(2100, 1, 1).unwrap();
    for catalog in &library.catalogs {
        let history = catalog.history_holdings();
        let mut edited = catalog.documented_scenario();
        if let Some(member) = catalog.office.members.iter().next() {
            edited.events.push(Event::Join {
                state: member.code,
                date: catalog.rules.start,
            });
        }
        let scenarios: Vec<Scenario> = (0..catalog.readings.len())
            .map(|i| catalog.under_reading(&edited, i))
            .collect();
        c.bench_function(
            &format!("what-if click: {}, every reading", catalog.id),
            |b| {
                b.iter(|| {
                    scenarios
                        .iter()
                        .map(|s| {
                            rota::engine::compare_with_record(
                                black_box(s),
                                &catalog.office,
                                &history,
                                catalog.rules.start,
                                far,
                            )
                        })
                        .collect::<Vec<_>>()
                });
            },
        );
    }
    // Start-up: every bundled office parsed, checked, and its orders collated.
    c.bench_function(
        "load the library: seven offices, checked and collated",
        |b| {
            b.iter(|| Library::bundled().expect("bundled data"));
        },
    );
    // The collation alone: the orders of the office with the most members, computed anew.
    let eu = library.get("eu-council").expect("the EU office");
    c.bench_function("collate: the EU Council's 28 members in 1 name set", |b| {
        b.iter(|| {
            Office::new(
                eu.office.holder,
                eu.office.members.clone(),
                eu.office.name_sets.clone(),
                eu.office.fixed_order.clone(),
            )
        });
    });
}

criterion_group!(benches, engine, offices);
criterion_main!(benches);
