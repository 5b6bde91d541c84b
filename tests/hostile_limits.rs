//! Hostile input, round two (issue 17), by size: a mebibyte of bad or repeated events, a thousand
//! problems, names and descriptions too long, too many scenarios or events, and what rota writes at
//! every limit, which it must read back. Each test fails on rota before the issue and holds after
//! it. Pipes and devices are in `hostile_devices.rs`; injection is in `hostile_injection.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use base64::Engine as _;
use common::{catalog, library, quickly, rota, scratch};
use rota::data::scenario_file::parse_scenario;

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

// 1. Slow errors.

#[test]
fn a_mebibyte_of_bad_or_repeated_events_is_refused_without_the_old_minutes_long_wait() {
    for event in HOSTILE_EVENTS {
        let text = mebibyte_of(event);
        let problems = quickly(event, || {
            parse_scenario("hostile.ron", text.as_bytes(), &library()).unwrap_err()
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
            rota::data::share::decode(&link, &library()).unwrap_err()
        });
        assert!(message.contains("events are too many"), "{message}");
    }
}

#[test]
fn at_most_fifty_problems_are_listed_and_the_rest_are_counted_in_one_line() {
    // A thousand events, every one a problem: within the limit, so each is checked.
    let text = format!(
        "Scenario(name: \"x\", events: [\n{}])\n",
        "  Join(state: \"XYZ\", date: \"2030-01-01\"),\n".repeat(1000)
    );
    let problems = quickly("1,000 problems", || {
        parse_scenario("many.ron", text.as_bytes(), &library()).unwrap_err()
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
        parse_scenario("repeats.ron", text.as_bytes(), &library()).unwrap_err()
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
fn rota_check_and_the_window_answer_a_mebibyte_of_problems_without_the_old_wait() {
    let dir = scratch("hostile-slow");
    for (i, event) in HOSTILE_EVENTS.iter().enumerate() {
        let path = dir.join(format!("slow-{i}.ron"));
        std::fs::write(&path, mebibyte_of(event)).unwrap();
        let (code, out, err) = quickly("rota check", || rota(&["check", path.to_str().unwrap()]));
        assert_eq!((code, out.as_str()), (2, ""), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        let mut app = rota::app::RotaApp::from_stored(
            library(),
            common::d("2026-11-24"),
            None,
            Box::new(common::Guarded),
        );
        quickly("the window's open", || {
            app.apply(rota::app::File::OpenPath(path.clone()).into());
        });
        let notice = app.model.notice.clone().unwrap();
        assert!(notice.is_error && notice.text.contains("events are too many"));
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

// 4. Limits on what a user writes.

fn window() -> rota::app::RotaApp {
    rota::app::RotaApp::from_stored(
        library(),
        common::d("2026-11-24"),
        None,
        Box::new(common::Guarded),
    )
}

#[test]
fn a_huge_name_or_description_is_refused_by_the_loader_a_link_and_the_windows_editing() {
    use rota::app::{Edit, File};
    let huge = "n".repeat(1024 * 1024 - 40);
    let text = format!("Scenario(\n  name: \"{huge}\",\n)\n");
    let problems = parse_scenario("huge.ron", text.as_bytes(), &library()).unwrap_err();
    let message =
        "the name is 1,048,536 characters long: a name is expected to be at most 200 characters";
    assert_eq!(problems[0].to_string(), format!("huge.ron:2:3: {message}"));
    // The same name in a link of about 1,500 characters.
    let link = link_of(&text);
    assert!(link.len() < 2000, "{}", link.len());
    let mut app = window();
    let before = app.model.workspace.clone();
    app.apply(File::OpenLink(link).into());
    assert_eq!(app.model.workspace, before);
    let notice = app.model.notice.clone().unwrap();
    assert!(
        notice.is_error && notice.text.contains(message),
        "{}",
        notice.text
    );
    // Typed (or pasted) into the window: refused, and the name stays.
    let name = app.model.scenario().name.clone();
    app.apply(Edit::Rename(huge.clone()).into());
    assert_eq!(app.model.scenario().name, name);
    let notice = app.model.notice.clone().unwrap();
    assert!(notice.is_error && notice.text.contains("a name is expected to be at most 200"));
    app.apply(Edit::SetDescription(huge).into());
    let notice = app.model.notice.clone().unwrap();
    assert!(
        notice
            .text
            .contains("a description is expected to be at most 4,000 characters")
    );
    // At the limits, accepted.
    app.apply(Edit::Rename("é".repeat(200)).into());
    assert_eq!(app.model.scenario().name.chars().count(), 200);
    app.apply(Edit::SetDescription("d".repeat(4000)).into());
    assert_eq!(app.model.scenario().description.len(), 4000);
}

#[test]
fn long_names_are_clipped_where_the_window_draws_them() {
    use rota::app::{Edit, LaneId};
    let mut app = window();
    let long = format!("{}\u{1b}[2J", "A long name ".repeat(16));
    app.apply(Edit::Rename(long).into());
    let lane = app.model.lane(LaneId::Scenario).unwrap();
    assert_eq!(lane.title.chars().count(), 60, "{}", lane.title);
    assert!(lane.title.ends_with('…'));
    // A copy's name keeps within the limit too.
    app.apply(Edit::Rename("x".repeat(200)).into());
    app.apply(Edit::Duplicate.into());
    let copy = &app.model.scenario().name;
    assert_eq!(copy.chars().count(), 200);
    assert!(copy.ends_with("… (copy)"), "{copy}");
    app.apply(Edit::Rename("Short \u{1b}[2J".into()).into());
    assert_eq!(
        app.model.lane(LaneId::Scenario).unwrap().title,
        "Short \\u{1b}[2J"
    );
}

#[test]
fn the_window_holds_at_most_fifty_scenarios_and_a_thousand_events_each() {
    use rota::app::{Edit, File};
    use rota::engine::Event;
    let mut app = window();
    while app.model.workspace.entries.len() < 50 {
        app.apply(Edit::New(Box::new(catalog().rule_alone())).into());
        assert!(app.model.notice.is_none());
    }
    app.apply(Edit::New(Box::new(catalog().rule_alone())).into());
    assert_eq!(app.model.workspace.entries.len(), 50);
    let notice = app.model.notice.clone().unwrap();
    assert_eq!(
        notice.text,
        "rota holds at most 50 scenarios at once: delete one first."
    );
    // A thousand events (suspensions a year apart), then one more.
    let mut app = window();
    let day = |y: i32, m: u32| chrono::NaiveDate::from_ymd_opt(y, m, 1).unwrap();
    let suspend = |y: i32| Event::Suspend {
        state: rota::engine::StateCode::parse("ARM").unwrap(),
        from: day(y, 1),
        to: Some(day(y, 6)),
    };
    let mut scenario = app.model.scenario().clone();
    scenario.events = (0..1000 - scenario.events.len() as i32)
        .map(|i| suspend(3000 + i))
        .collect();
    scenario.events.extend(app.model.scenario().events.clone());
    app.apply(
        File::OpenBytes {
            name: "thousand.ron".into(),
            bytes: rota::data::scenario_file::scenario_to_ron(&scenario, &catalog()).into_bytes(),
        }
        .into(),
    );
    assert_eq!(app.model.scenario().events.len(), 1000);
    app.apply(Edit::AddEvent(suspend(2500)).into());
    assert_eq!(app.model.scenario().events.len(), 1000);
    let notice = app.model.notice.clone().unwrap();
    assert!(
        notice.text.starts_with("1,001 events are too many"),
        "{}",
        notice.text
    );
}

// 5. What rota writes, it reads back.

/// The character whose escape in RON is longest (`\u{10fffd}`-like, ten bytes), the worst a name
/// can hold for the size of what rota writes.
fn widest_char() -> char {
    (0..=0x10_FFFF_u32)
        .filter_map(char::from_u32)
        .max_by_key(|c| c.escape_debug().count())
        .unwrap()
}

/// The largest scenario the limits allow: the longest name and description, of the widest
/// character, and the most events, of the longest kind.
fn largest_scenario() -> rota::engine::Scenario {
    use rota::engine::{Event, StateCode};
    let wide = widest_char();
    let mut scenario = catalog().documented_scenario();
    scenario.name = std::iter::repeat_n(wide, 200).collect();
    scenario.description = std::iter::repeat_n(wide, 4000).collect();
    let day = |y: i32, m: u32| chrono::NaiveDate::from_ymd_opt(y, m, 1).unwrap();
    scenario.events = (0..1000)
        .map(|i| Event::Suspend {
            state: StateCode::parse("TJK").unwrap(),
            from: day(3000 + i, 1),
            to: Some(day(3000 + i, 6)),
        })
        .collect();
    scenario
}

#[test]
fn what_rota_writes_at_every_limit_it_reads_back_a_file_a_link_and_the_stored_state() {
    use rota::app::{Edit, Entry};
    use rota::data::scenario_file::scenario_to_ron;
    let catalog = catalog();
    let largest = largest_scenario();
    let text = scenario_to_ron(&largest, &catalog);
    assert!(text.len() < 1024 * 1024, "{} bytes", text.len());
    let back = parse_scenario("largest.ron", text.as_bytes(), &library()).unwrap();
    assert_eq!(back, largest);
    let link = rota::data::share::link("https://x.org/", &largest, &catalog);
    assert_eq!(
        rota::data::share::decode(&link, &library()).unwrap(),
        largest
    );
    // One past each limit is refused, so nothing larger is ever written.
    for (what, grown) in [
        ("name", {
            let mut s = largest.clone();
            s.name.push('x');
            s
        }),
        ("description", {
            let mut s = largest.clone();
            s.description.push('x');
            s
        }),
        ("events", {
            let mut s = largest.clone();
            s.events.push(rota::engine::Event::Recall {
                date: common::d("2020-01-01"),
            });
            s
        }),
    ] {
        let text = scenario_to_ron(&grown, &catalog);
        assert!(
            parse_scenario("grown.ron", text.as_bytes(), &library()).is_err(),
            "{what}"
        );
    }
    // The most scenarios the window holds, each the largest: the stored state reads back whole.
    let mut app = window();
    while app.model.workspace.entries.len() < 50 {
        let mut scenario = largest.clone();
        let n = app.model.workspace.entries.len();
        let rest: String = scenario.name.chars().skip(3).collect();
        scenario.name = format!("{n:02} {rest}");
        app.apply(
            Edit::Add(Entry {
                scenario,
                path: Some(std::path::PathBuf::from("/".repeat(10))),
                read_only: n.is_multiple_of(2),
                description_stale: false,
            })
            .into(),
        );
        assert!(app.model.notice.is_none(), "{:?}", app.model.notice);
    }
    let stored = app.stored();
    assert!(stored.len() < 32 * 1024 * 1024, "{} bytes", stored.len());
    eprintln!(
        "the largest scenario file: {} bytes; the largest stored state: {} bytes",
        text.len(),
        stored.len()
    );
    let again = rota::app::RotaApp::from_stored(
        library(),
        common::d("2026-11-24"),
        Some(&stored),
        Box::new(common::Guarded),
    );
    assert!(again.model.notice.is_none(), "{:?}", again.model.notice);
    assert_eq!(again.model.workspace, app.model.workspace);
}

#[test]
fn whatever_rota_check_accepts_rota_writes_back_readable() {
    use rota::data::scenario_file::scenario_to_ron;
    let catalog = catalog();
    // Written compactly, 9,000 suspensions fit in half a mebibyte; written by rota (one field a
    // line), they took more than the 1 MiB rota reads: a file check accepted came back refused.
    let events: String = (0..9000_u32)
        .map(|i| {
            let (y, m) = (1900 + i / 2, if i.is_multiple_of(2) { 1 } else { 7 });
            format!("Suspend(state:\"TJK\",from:\"{y}-{m:02}-01\",to:\"{y}-{m:02}-20\"),")
        })
        .collect();
    let compact = format!("Scenario(name:\"Compact\",events:[{events}])");
    assert!(compact.len() < 600 * 1024);
    let dir = scratch("hostile-round-trip");
    let mut files = vec![(dir.join("compact.ron"), compact)];
    files.push((
        dir.join("longest-name.ron"),
        scenario_to_ron(
            &{
                let mut s = catalog.documented_scenario();
                s.name = "N".repeat(200);
                s
            },
            &catalog,
        ),
    ));
    for (path, text) in &files {
        std::fs::write(path, text).unwrap();
        let (code, _, _) = rota(&["check", path.to_str().unwrap()]);
        if code != 0 {
            continue; // refused: nothing to write back
        }
        let scenario = rota::data::scenario_file::load_scenario(path, &library()).unwrap();
        let written = scenario_to_ron(&scenario, &catalog);
        let back = parse_scenario("written.ron", written.as_bytes(), &library());
        assert_eq!(back.as_ref().ok(), Some(&scenario), "{}", path.display());
        // Its link, with what-if flags on top (which lengthen the name), opens too.
        let (code, link, err) = rota(&["link", path.to_str().unwrap(), "--lag-days", "30"]);
        assert_eq!(code, 0, "{err}");
        let opened = rota::data::share::decode(link.trim(), &library()).unwrap();
        assert!(opened.name.ends_with(" (what-if)"), "{}", opened.name);
    }
    // Flags that would take a scenario past a limit are refused, not written unreadable.
    let full = dir.join("full.ron");
    std::fs::write(&full, scenario_to_ron(&largest_scenario(), &catalog)).unwrap();
    let (code, out, err) = rota(&["link", full.to_str().unwrap(), "--recall", "2020-01-01"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(
        err,
        "rota: with the what-if flags, 1,001 events are too many: a scenario is expected to hold at most 1,000 events (this is event 1,001)\n"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
