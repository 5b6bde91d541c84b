//! Files in the window, driven as a user would (egui_kittest): opening, saving and dropping
//! scenario files, exports, the state the app keeps between sessions, and shared links.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
mod ui;

use std::path::{Path, PathBuf};

use common::{Dropped, d};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use rota::app::{Command, LaneId, Launch, Nav, RotaApp, View};
use rota::engine::Reading;
use rota::engine::project::holding_on;
use ui::{Scripted, TODAY, choose_reading, harness, harness_with, recall_khachaturov, type_into};

fn bad_file(name: &str) -> (PathBuf, String) {
    let path = PathBuf::from("tests/data/bad").join(name);
    let expected = std::fs::read_to_string(path.with_extension("expected")).unwrap();
    (path, expected.trim().to_owned())
}

#[test]
fn opening_a_malformed_file_shows_its_line_and_column_and_keeps_the_scenarios() {
    let (path, expected) = bad_file("date-out-of-range.ron");
    assert!(expected.contains(":4:9:"), "{expected}");
    let mut harness = harness_with(
        [1600.0, 1000.0],
        Scripted {
            open: Some(path),
            save: None,
        },
        Launch {
            ephemeral: true,
            ..Launch::default()
        },
    );
    let before = harness.state().model.workspace.clone();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    let notice = harness.state().model.notice.clone().unwrap();
    assert!(notice.is_error);
    assert!(notice.text.contains(&expected), "{}", notice.text);
    harness.get_by_label_contains(&expected);
    assert_eq!(harness.state().model.workspace, before);
}

#[test]
fn a_scenario_saved_and_opened_again_is_the_same_scenario() {
    let dir = std::env::temp_dir().join(format!("rota-ui-save-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("recall.ron");
    let copy = dir.join("copy.ron");
    let mut harness = harness_with(
        [1600.0, 1000.0],
        Scripted {
            open: Some(copy.clone()),
            save: Some(file.clone()),
        },
        Launch {
            ephemeral: true,
            ..Launch::default()
        },
    );
    recall_khachaturov(&mut harness, "2018-11-02");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let saved = harness.state().model.scenario().clone();
    assert_eq!(
        harness.state().model.workspace.current().path.as_deref(),
        Some(file.as_path())
    );
    // Only the file itself is left in the folder: the temporary file was renamed onto it.
    let names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, [std::ffi::OsString::from("recall.ron")]);
    std::fs::copy(&file, &copy).unwrap();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    let model = &harness.state().model;
    assert_eq!(model.workspace.entries.len(), 2);
    assert_eq!(model.scenario().events, saved.events);
    assert_eq!(model.scenario().rules, saved.rules);
    // Opened from its file, it keeps its name (a save writes back what was read); the lists tell
    // the two apart by the file.
    assert_eq!(model.scenario().name, "Before the recall");
    assert_eq!(
        model.workspace.label(model.workspace.current),
        "Before the recall (copy.ron)"
    );
    assert_eq!(model.workspace.label(0), "Before the recall (recall.ron)");
    // The toolbar's scenario list shows the file beside the name.
    harness.get_by_value("Before the recall (copy.ron)");
    // Saved again, the file keeps its name.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let text = std::fs::read_to_string(&copy).unwrap();
    assert!(text.contains("name: \"Before the recall\""), "{text}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_file_dropped_on_the_window_opens_and_a_bad_one_is_refused() {
    let mut harness = harness();
    let good = PathBuf::from("assets/offices/csto-sg/scenarios/four-year-terms.ron");
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(good.clone())));
    harness.run();
    let model = &harness.state().model;
    assert_eq!(model.workspace.entries.len(), 2);
    assert_eq!(model.scenario().rules.term_months, 48);
    assert_eq!(
        model.workspace.current().path.as_deref(),
        Some(good.as_path())
    );
    harness.get_by_label("Lane: What if terms were four years");

    let (bad, expected) = bad_file("not-ron.ron");
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(bad)));
    harness.run();
    let model = &harness.state().model;
    assert_eq!(model.workspace.entries.len(), 2);
    assert!(model.notice.as_ref().unwrap().text.contains(&expected));
}

// Exports.

fn exporting(path: &Path) -> Harness<'static, RotaApp> {
    harness_with(
        [1600.0, 1000.0],
        Scripted {
            open: None,
            save: Some(path.to_path_buf()),
        },
        Launch {
            ephemeral: true,
            ..Launch::default()
        },
    )
}

fn export(harness: &mut Harness<'_, RotaApp>, item: &str) {
    harness.get_all_by_label("Export").next().unwrap().click();
    harness.run();
    harness.get_by_label(item).click();
    harness.run();
}

#[test]
fn a_lane_exports_as_csv_json_and_markdown_and_the_scenario_as_a_handout() {
    let dir = std::env::temp_dir().join(format!("rota-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("out");
    let mut harness = exporting(&path);
    harness.get_by_label("Lane: Documented").click();
    harness.run();
    export(&mut harness, "Lane as CSV…");
    let csv = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "start,end,turn,holder_state,holder,kind");
    assert_eq!(lines.len(), 1 + 7);
    assert!(lines.contains(&"2020-01-01,2023-01-01,BLR,BLR,Stanislav Zas,term"));
    harness.get_by_label_contains("Exported the lane “Documented” to");
    export(&mut harness, "Lane as JSON…");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 7);
    assert_eq!(json[4]["holder"], "Stanislav Zas");
    export(&mut harness, "Lane as Markdown…");
    let md = std::fs::read_to_string(&path).unwrap();
    assert!(md.starts_with("| From "));
    assert!(md.contains("| 2020-01-01 | 2022-12-31    | Belarus "));
    export(&mut harness, "Handout (HTML)…");
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.contains("<h1>The CSTO Secretary General's rotation: “Before the recall”</h1>"));
    assert!(
        html.contains(
            "<td><b>As agreed: an acting Secretary General until the term's end</b></td>"
        )
    );
    assert!(html.contains("<svg xmlns="));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_timeline_exports_as_a_png_of_the_timeline_alone() {
    let dir = std::env::temp_dir().join(format!("rota-png-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("timeline.png");
    let mut harness = exporting(&path);
    harness.get_all_by_label("Export").next().unwrap().click();
    harness.run();
    harness.get_by_label("Timeline as PNG…").click();
    // Two frames with the picture's caption, the picture, then the file.
    harness.run_steps(8);
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    let picture = image::load_from_memory(&bytes).unwrap();
    // The timeline is the window less the side panel (400 points), from its caption to the end
    // of its legend: no empty quarter under it.
    let ppp = harness.ctx.pixels_per_point();
    assert_eq!(picture.width(), (1200.0 * ppp) as u32);
    assert!(
        picture.height() > (650.0 * ppp) as u32 && picture.height() < (740.0 * ppp) as u32,
        "{}",
        picture.height()
    );
    // The caption gives way to the invitation again.
    assert!(!harness.state().model.picture);
    harness.get_by_label("Start here:");
    harness.get_by_label_contains("Exported the timeline to");
    std::fs::remove_dir_all(&dir).unwrap();
}

// The state kept between sessions.

#[test]
fn the_state_is_restored_when_the_app_opens_again() {
    let mut harness = harness();
    choose_reading(&mut harness, "next-state-early-start");
    harness
        .get_by_label("Documented: Stanislav Zas, Belarus, 1 Jan 2020 – 31 Dec 2022")
        .click();
    harness.run();
    harness
        .state_mut()
        .push(Command::Nav(Nav::ZoomAtCursor(3.0)));
    harness.state_mut().push(Command::View(View::SetTheme(
        rota::app::palette::Theme::Dark,
    )));
    harness.run();
    let stored = harness.state().stored();
    let before = harness.state().model.view.clone();

    let again = RotaApp::from_stored(
        common::library(),
        d(TODAY),
        Some(&stored),
        Box::new(common::Guarded),
    );
    assert_eq!(again.model.view, before);
    assert_eq!(
        again.model.view.selected,
        Some((LaneId::Documented, d("2020-01-01")))
    );
    assert_eq!(
        again.model.scenario().rules.reading,
        Reading::NextStateEarlyStart
    );
    assert!(again.model.notice.is_none());
}

#[test]
fn a_stored_state_that_cannot_be_read_gives_the_defaults_and_says_so() {
    let app = RotaApp::from_stored(
        common::library(),
        d(TODAY),
        Some("(version: 1, scenarios: [(ron: 7"),
        Box::new(common::Guarded),
    );
    assert_eq!(app.model.workspace.entries.len(), 1);
    assert_eq!(app.model.scenario().name, "Before the recall");
    let notice = app.model.notice.unwrap();
    assert!(
        notice.text.starts_with("The saved state could not be read"),
        "{}",
        notice.text
    );

    let newer = RotaApp::from_stored(
        common::library(),
        d(TODAY),
        Some("(version: 99)"),
        Box::new(common::Guarded),
    );
    assert!(newer.model.notice.unwrap().text.contains("newer rota"));
}

#[test]
fn a_damaged_state_file_is_set_aside_and_the_app_starts_with_defaults_and_says_so() {
    let dir = std::env::temp_dir().join(format!("rota-app-state-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("app.ron");
    // A state whose scenario was cut short mid-write: using the rest would lose it at the next save.
    std::fs::write(
        &path,
        r#"{"rota": "(version: 1, scenarios: [(ron: \"Scenario(name: \\\"Mine\")]) "}"#,
    )
    .unwrap();
    let checked = rota::app::storage::state_file::check(&path, "2026-11-24", &common::library());
    let kept = dir.join("app.ron.set-aside-2026-11-24");
    assert!(kept.exists() && !path.exists());
    let harness = harness_with(
        [1600.0, 1000.0],
        Scripted::default(),
        Launch {
            ephemeral: true,
            notice: checked.notice(&path),
            ..Launch::default()
        },
    );
    harness.get_by_label_contains("a saved scenario cannot be read");
    harness.get_by_label_contains(&format!("It was kept as {}", kept.display()));
    assert_eq!(harness.state().model.scenario().name, "Before the recall");
    std::fs::remove_dir_all(&dir).unwrap();
}

// Shared links.

#[test]
fn a_copied_link_opens_its_scenario_read_only_and_make_a_copy_edits_it() {
    let mut first = harness();
    choose_reading(&mut first, "next-state-full-term");
    recall_khachaturov(&mut first, "2018-11-02");
    first.get_by_label("Copy link").click();
    first.run();
    let link = first.state().model.shared_link.clone().unwrap();
    assert!(link.starts_with("http://127.0.0.1:8765/#s="), "{link}");
    let shared = first.state().model.scenario().clone();

    // A second window, as on a classmate's machine, opens the link pasted into it.
    let mut other = harness();
    other.get_by_label("File").click();
    other.run();
    other.get_by_label("Open a shared link…").click();
    other.run();
    type_into(&mut other, "Link to a scenario:", &link);
    let model = &other.state().model;
    assert_eq!(model.workspace.entries.len(), 2);
    // The same scenario; its name gets a number, since this window has one of that name.
    assert_eq!(model.scenario().name, "Before the recall 2");
    assert_eq!(model.scenario().rules, shared.rules);
    assert_eq!(model.scenario().events, shared.events);
    assert!(model.workspace.current().read_only);
    let lane = model.lane(LaneId::Scenario).unwrap();
    let belarus = holding_on(&lane.holdings, d("2019-06-01")).unwrap();
    assert_eq!(
        (belarus.start, belarus.end),
        (d("2018-11-02"), d("2021-11-02"))
    );
    // Read-only: no recall offered, and edits are refused.
    other.get_by_label_contains("Read-only: this scenario came from a shared link.");
    other
        .get_by_label("Documented: Stanislav Zas, Belarus, 1 Jan 2020 – 31 Dec 2022")
        .click();
    other.run();
    assert!(other.query_by_label("Recall").is_none());
    other.get_by_label("Make a copy").click();
    other.run();
    let model = &other.state().model;
    assert_eq!(model.workspace.entries.len(), 3);
    assert!(!model.workspace.current().read_only);
    assert_eq!(model.scenario().events, shared.events);
    other.get_by_label("Recall");
}

#[test]
fn a_damaged_link_gives_a_clear_message_and_changes_nothing() {
    let mut harness = harness();
    let before = harness.state().model.workspace.clone();
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open a shared link…").click();
    harness.run();
    type_into(
        &mut harness,
        "Link to a scenario:",
        "http://127.0.0.1:8765/#s=eNqVVMtu2zAQ",
    );
    let model = &harness.state().model;
    assert_eq!(model.workspace, before);
    let notice = model.notice.as_ref().unwrap();
    assert!(notice.is_error);
    assert_eq!(
        notice.text,
        "This link is damaged (its scenario cannot be unpacked); it may have been cut short when it was copied. Nothing was changed."
    );
}
