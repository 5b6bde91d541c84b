//! The desktop app driven as a user would: by labels, keys and clicks (egui_kittest), with
//! assertions on what it shows and on its state: the lanes, a holding's details, the keys, the side
//! panel's tabs, a small screen. Snapshot images of the main views are kept in `tests/snapshots/`.
//! Editing is tested in `ui_whatif.rs`, files in `ui_files.rs`, teaching in `ui_teaching.rs`;
//! the harness they share is `tests/ui/mod.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
mod ui;

use common::d;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use rota::app::{LaneId, Launch, RotaApp, Tab};
use ui::{Scripted, cursor, harness, harness_with, press, type_into};

#[test]
fn it_starts_with_the_lanes_labelled() {
    let harness = harness();
    for lane in [
        "Lane: Documented",
        "Lane: Rule alone (2015)",
        "Lane: Before the recall",
    ] {
        harness.get_by_label(lane);
    }
    let ids: Vec<LaneId> = harness.state().model.lanes.iter().map(|l| l.id).collect();
    assert_eq!(
        ids,
        [LaneId::Documented, LaneId::RuleAlone, LaneId::Scenario]
    );
    // Every documented holder has a block on the documented lane.
    let blocks = harness.get_all_by_label_contains("Documented: ").count();
    assert_eq!(blocks, 7);
}

#[test]
fn clicking_the_khachaturov_block_shows_his_details_and_his_source() {
    let mut harness = harness();
    harness
        .get_by_label("Documented: Yuri Khachaturov, Armenia, 2 May 2017 – 1 Nov 2018")
        .click();
    harness.run();
    assert_eq!(
        harness.state().model.view.selected,
        Some((LaneId::Documented, d("2017-05-02")))
    );
    harness.get_by_label("Armenia (Армения)");
    harness.get_by_label("2 May 2017 – 1 Nov 2018");
    harness.get_by_label("Appointed Secretary General");
    harness.get_by_label("recalled");
    // The sources, and a verbatim seed quote with its file.
    let record = &harness.state().model.catalog.history[2];
    assert_eq!(record.person.as_deref(), Some("Yuri Khachaturov"));
    let first_source = record.sources[0].clone();
    harness.get_by_label(&first_source);
    let quote = record.quotes[0].clone();
    harness.get_by_label(&format!("seeds/{}", quote.seed));
    let read = harness.get_all_by_label("Read the source").next().unwrap();
    read.scroll_to_me();
    harness.run();
    harness
        .get_all_by_label("Read the source")
        .next()
        .unwrap()
        .click();
    harness.run();
    assert_eq!(
        harness.state().model.source,
        Some((quote.seed.clone(), quote.text.clone()))
    );
}

#[test]
fn right_arrow_from_2018_11_01_moves_the_cursor_to_2018_11_02() {
    let mut harness = harness();
    type_into(&mut harness, "Day:", "2018-11-01");
    assert_eq!(harness.state().model.view.cursor, d("2018-11-01"));
    press(&mut harness, Key::ArrowRight);
    assert_eq!(harness.state().model.view.cursor, d("2018-11-02"));
    press(&mut harness, Key::ArrowLeft);
    // Back past 2018-11-01 (nothing starts on it) to the event before: 2018-08-04.
    assert_eq!(harness.state().model.view.cursor, d("2018-08-04"));
    press(&mut harness, Key::Home);
    assert_eq!(
        harness.state().model.view.cursor,
        harness.state().model.stops[0]
    );
    press(&mut harness, Key::End);
    assert_eq!(
        Some(&harness.state().model.view.cursor),
        harness.state().model.stops.last()
    );
}

#[test]
fn f1_opens_the_shortcuts_and_tabs_switch_the_side_panel() {
    let mut harness = harness();
    press(&mut harness, Key::F1);
    assert!(harness.state().model.help_open);
    harness.get_by_label("Ctrl+Shift+Z, Ctrl+Y");
    press(&mut harness, Key::F1);
    assert!(!harness.state().model.help_open);
    harness.get_by_label("Edit scenario").click();
    harness.run();
    assert_eq!(harness.state().model.view.tab, Tab::Scenario);
    harness.get_by_label("Name:");
}

#[test]
fn the_keyboard_alone_selects_a_holding() {
    let mut harness = harness();
    type_into(&mut harness, "Day:", "2019-06-01");
    // The current lane starts as the scenario's; Up moves to the rule alone, then the record.
    press(&mut harness, Key::ArrowUp);
    press(&mut harness, Key::ArrowUp);
    assert_eq!(harness.state().model.view.selected_lane, LaneId::Documented);
    press(&mut harness, Key::Enter);
    assert_eq!(
        harness.state().model.view.selected,
        Some((LaneId::Documented, d("2018-11-02")))
    );
    harness.get_by_label("Acting Secretary General");
}

#[test]
fn keys_pressed_faster_than_frames_keep_their_order() {
    let mut harness = harness();
    // End, Home, Right, Right within one frame: a clicker or a fast hand.
    for key in [Key::End, Key::Home, Key::ArrowRight, Key::ArrowRight] {
        harness.key_press(key);
    }
    harness.run();
    let stops = &harness.state().model.stops;
    assert_eq!(cursor(&harness), stops[2]);
    // In the walkthrough three Spaces in one frame are three steps.
    harness.get_by_label("Dispute").click();
    harness.run();
    for _ in 0..3 {
        harness.key_press(Key::Space);
    }
    harness.run();
    harness.get_by_label("step 4 of 14");
}

#[test]
fn russian_names_show_beside_english_and_the_order_explains_armenia_first() {
    let mut harness = harness();
    harness.get_by_label("Order").click();
    harness.run();
    harness.get_by_label_contains(
        "Armenia comes first because its Russian name, Армения, begins with А, letter 1 of the Russian alphabet.",
    );
    harness.get_by_label_contains("would start with Kyrgyzstan (Кыргызская Республика) and end with Russia (Российская Федерация)");
    harness
        .get_by_label("Show Russian names beside English ones")
        .click();
    harness.run();
    assert!(harness.state().model.view.russian_names);
    harness
        .get_by_label("Documented: Yuri Khachaturov, Armenia · Армения, 2 May 2017 – 1 Nov 2018");
}

#[test]
fn the_ui_fits_a_small_screen() {
    let harness = on_recall_day([1024.0, 640.0], true);
    // Every lane's label is on screen, and the last lane ends above the bottom panel.
    let lanes = harness
        .get_all_by_label_contains("Lane: ")
        .collect::<Vec<_>>();
    assert_eq!(lanes.len(), 7);
    let bottom = lanes.iter().map(|l| l.rect().bottom()).fold(0.0, f32::max);
    let summary = harness
        .get_by_label_contains("changes against the documented history")
        .rect();
    assert!(
        bottom < summary.top(),
        "lanes end at {bottom}, summary starts at {}",
        summary.top()
    );
}

#[test]
fn an_idle_window_does_not_repaint() {
    let mut harness = harness();
    // Settled: one more frame is drawn, and it asks for no other.
    assert_eq!(harness.run(), 1);
    assert!(!harness.ctx.has_requested_repaint());
}

// Snapshots of the main views.

/// The window with the cursor on the day of the recall.
fn on_recall_day(size: [f32; 2], compare_readings: bool) -> Harness<'static, RotaApp> {
    harness_with(
        size,
        Scripted::default(),
        Launch {
            ephemeral: true,
            compare_readings,
            at: Some(d("2018-11-02")),
            ..Launch::default()
        },
    )
}

#[test]
fn snapshot_of_the_timeline() {
    on_recall_day([1600.0, 1000.0], false).snapshot("timeline");
}

#[test]
fn snapshot_of_the_details() {
    let mut harness = harness();
    harness
        .get_by_label("Documented: Yuri Khachaturov, Armenia, 2 May 2017 – 1 Nov 2018")
        .click();
    harness.run();
    harness.snapshot("details");
}

#[test]
fn snapshot_of_compare_readings() {
    on_recall_day([1600.0, 1000.0], true).snapshot("compare_readings");
}
