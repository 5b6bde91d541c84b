//! What-ifs in the window, driven as a user would (egui_kittest): a reading chosen, a recall,
//! undo and redo, a recall refused, the readings compared. A snapshot of the what-if view is kept
//! in `tests/snapshots/`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
mod ui;

use common::d;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use rota::app::LaneId;
use rota::engine::Reading;
use rota::engine::project::holding_on;
use ui::{choose_reading, code, harness, recall_khachaturov, type_into};

#[test]
fn recalling_khachaturov_under_next_state_full_term_hands_the_post_to_belarus() {
    let mut harness = harness();
    choose_reading(&mut harness, "next-state-full-term");
    assert_eq!(
        harness.state().model.scenario().rules.reading,
        Reading::NextStateFullTerm
    );
    recall_khachaturov(&mut harness, "2018-11-02");

    let model = &harness.state().model;
    let lane = model.lane(LaneId::Scenario).unwrap();
    let belarus = holding_on(&lane.holdings, d("2018-11-02")).unwrap();
    assert_eq!(belarus.start, d("2018-11-02"));
    assert_eq!(belarus.turn, code("BLR"));
    assert_eq!(belarus.last_day(), d("2021-11-01"));
    let kazakhstan = holding_on(&lane.holdings, d("2021-11-02")).unwrap();
    assert_eq!(kazakhstan.turn, code("KAZ"));
    assert_eq!(kazakhstan.start, d("2021-11-02"));
    // What the lane shows, and what the summary says.
    harness.get_by_label_contains("Before the recall: Nominee of Belarus, Belarus, 2 Nov 2018");
    harness.get_by_label_contains("Kazakhstan's turn starts on 2 Nov 2021 instead of 1 Jan 2023");
}

#[test]
fn undo_restores_the_previous_scenario_and_redo_brings_the_edit_back() {
    let mut harness = harness();
    let original = harness.state().model.scenario().clone();
    choose_reading(&mut harness, "next-state-full-term");
    let with_reading = harness.state().model.scenario().clone();
    recall_khachaturov(&mut harness, "2018-11-02");
    let recalled = harness.state().model.scenario().clone();
    assert_eq!(recalled.events.len(), 2);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().model.scenario(), &with_reading);
    let lane = harness.state().model.lane(LaneId::Scenario).unwrap();
    assert_eq!(
        rota::words::holder(
            holding_on(&lane.holdings, d("2018-11-02")).unwrap(),
            &harness.state().model.catalog
        ),
        "Yuri Khachaturov"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().model.scenario(), &original);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(harness.state().model.scenario(), &recalled);
}

#[test]
fn a_recall_outside_the_holding_is_refused_with_the_days_it_accepts() {
    let mut harness = harness();
    harness
        .get_by_label("Before the recall: Yuri Khachaturov, Armenia, 2 May 2017 – 31 Dec 2019")
        .click();
    harness.run();
    type_into(&mut harness, "Recall on:", "2021-03-01");
    harness.get_by_label("Pick a day from 3 May 2017 to 31 Dec 2019.");
    harness.get_by_label("Recall").click();
    harness.run();
    assert_eq!(harness.state().model.scenario().events.len(), 1);
}

#[test]
fn compare_readings_adds_one_lane_per_reading() {
    let mut harness = harness();
    harness.get_by_label("Compare readings").click();
    harness.run();
    let ids: Vec<LaneId> = harness.state().model.lanes.iter().map(|l| l.id).collect();
    assert_eq!(ids.len(), 7);
    // Each lane says whose reading it is, where a party can be named.
    for title in [
        "As agreed: an acting Secretary General until the term's end",
        "Armenia's reading: the same state completes its turn",
        "Kazakhstan's reading, as rota models it: the next state starts a full term",
        "The next state starts early, ends on schedule",
    ] {
        harness.get_by_label(&format!("Lane: {title}"));
    }
    // The reading the record followed never departs from it; the others do.
    let days: Vec<i64> = harness.state().model.lanes[3..]
        .iter()
        .map(|l| l.disagreeing_days)
        .collect();
    assert_eq!(days[0], harness.state().model.lanes[2].disagreeing_days);
}

#[test]
fn snapshot_of_a_what_if() {
    let mut harness = harness();
    choose_reading(&mut harness, "next-state-full-term");
    recall_khachaturov(&mut harness, "2018-11-02");
    harness.get_by_label("Edit scenario").click();
    harness.run();
    harness.snapshot("what_if");
}
