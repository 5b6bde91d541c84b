//! Offices in the window, driven as a user would (egui_kittest): the office picker, *Compare
//! offices* and its moments, the Mercosur lesson, a what-if for an office a state holds, the quiz
//! for any office, an office file dropped on the window. Snapshots of the offices view at a desk's
//! and a projector's size are kept in `tests/snapshots/`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Dropped, d};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use rota::app::{LaneId, Launch, RotaApp, Tab};
use rota::engine::{Event, StateCode};

const TODAY: &str = "2026-11-24";

fn harness_with(size: [f32; 2], launch: Launch) -> Harness<'static, RotaApp> {
    let mut harness = Harness::builder().with_size(size).build_eframe(move |cc| {
        RotaApp::new(
            cc,
            common::library(),
            d(TODAY),
            Launch {
                ephemeral: true,
                ..launch
            },
            Box::new(common::Guarded),
        )
    });
    harness.run();
    harness
}

fn harness() -> Harness<'static, RotaApp> {
    harness_with([1600.0, 1000.0], Launch::default())
}

/// Opens the office picker and chooses `office` by its name.
fn pick(harness: &mut Harness<'_, RotaApp>, office: &str) {
    harness.get_by_label("Office:").click();
    harness.run();
    // The picker's own text names the office shown; the list's item comes last.
    harness.get_all_by_label(office).last().unwrap().click();
    harness.run();
}

fn code(text: &str) -> StateCode {
    StateCode::parse(text).unwrap()
}

#[test]
fn the_picker_lists_every_office_and_opens_one_with_its_lanes_and_framing() {
    let mut harness = harness();
    assert_eq!(harness.state().model.catalog.id, "csto-sg");
    harness.get_by_label("Office:").click();
    harness.run();
    for office in [
        "ASEAN Chair",
        "EEC Chairman of the Board",
        "EU Council Presidency",
        "Mercosur Pro tempore presidency",
        "SCO Secretary-General",
        "UN Security Council President",
    ] {
        harness.get_by_label(office);
    }
    harness.get_by_label("EU Council Presidency").click();
    harness.run();
    let m = &harness.state().model;
    assert_eq!(m.catalog.id, "eu-council");
    assert_eq!(m.scenario().office, "eu-council");
    assert_eq!(m.scenario().name, "Documented");
    // The office's framing, the cursor on its rotation's first day.
    assert_eq!(m.view.cursor, d("2007-01-01"));
    let ruler = m.view.ruler;
    assert_eq!(
        rota::app::ruler::date_of(ruler.start_day),
        Some(d("2007-01-01"))
    );
    assert_eq!(
        rota::app::ruler::date_of(ruler.end_day),
        Some(d("2032-01-01"))
    );
    // The record's first turn, Germany's, is a block a screen reader names.
    harness.get_by_label("Documented: Germany, 1 Jan 2007 – 30 Jun 2007");
    harness.get_by_label("Lane: Rule alone");
    // No lesson: no lesson tab; the Order and Offices tabs are there.
    assert!(harness.query_by_label("Dispute").is_none());
    harness.get_by_label("Order");
    harness.get_by_label("Offices");

    // Back to the CSTO: its scenario comes back as it was, with its lesson.
    pick(&mut harness, "CSTO Secretary General");
    let m = &harness.state().model;
    assert_eq!(m.catalog.id, "csto-sg");
    assert_eq!(m.scenario().name, "Before the recall");
    assert_eq!(m.workspace.entries.len(), 2);
    harness.get_by_label("Dispute");
}

#[test]
fn a_monthly_presidency_opens_on_eighteen_months_with_every_block_labelled() {
    let harness = harness_with(
        [1600.0, 1000.0],
        Launch {
            office: Some("unsc-presidency".to_owned()),
            ..Launch::default()
        },
    );
    let m = &harness.state().model;
    assert_eq!(m.catalog.id, "unsc-presidency");
    assert_eq!(m.view.cursor, d("2025-07-01"));
    // The presidencies of the record in the frame, July 2025 to November 2026, each a block a
    // screen reader names: seventeen months but September and October 2026, which no source in
    // rota's record settles.
    let blocks: Vec<String> = harness
        .get_all_by_label_contains("Documented: ")
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .filter(|label| !label.contains("Jun 2025"))
        .collect();
    assert_eq!(blocks.len(), 15, "{blocks:#?}");
    harness.get_by_label("Documented: Latvia, 1 Nov 2026 – 30 Nov 2026");
}

#[test]
fn compare_offices_sets_every_office_side_by_side_and_a_moment_opens_its_office_on_its_day() {
    let mut harness = harness();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num8);
    harness.run();
    assert_eq!(harness.state().model.view.tab, Tab::Offices);
    harness.get_by_label("Seven offices, one question");
    // One lane per office on one axis, and a card per office with who holds it today.
    for office in [
        "Office: CSTO Secretary General",
        "Office: ASEAN Chair",
        "Office: EEC Chairman of the Board",
        "Office: EU Council Presidency",
        "Office: Mercosur Pro tempore presidency",
        "Office: SCO Secretary-General",
        "Office: UN Security Council President",
    ] {
        harness.get_by_label(office);
    }
    harness.get_by_label("Today: Taalatbek Masadykov, Kyrgyzstan, since 1 Jan 2026.");
    harness.get_by_label("Next by the rule: Nominee of Russia, from 1 Jan 2029.");
    harness.get_by_label("Today: Ireland, since 1 Jul 2026.");
    harness.get_by_label("Next by the rule: Lithuania, from 1 Jan 2027.");
    harness.get_by_label(
        "The rule alone explains 53% of the 7,267 days of the record since 1 Jan 2007; with the \
         documented event, 100%.",
    );
    harness.get_by_label("The same question, answered 13 ways");
    for question in [
        "A turn cut short",
        "A turn refused",
        "A turn given up",
        "Turns swapped",
        "An order other than the rule's",
    ] {
        harness.get_by_label(question);
    }

    // Mercosur's answer of 2016 opens Mercosur on that day, with the lane of its first reading.
    let answer =
        harness.get_by_label("Mercosur, 13 Sep 2016: The Joint Declaration of the four founders");
    answer.scroll_to_me();
    harness.run();
    harness
        .get_by_label("Mercosur, 13 Sep 2016: The Joint Declaration of the four founders")
        .click();
    harness.run();
    let m = &harness.state().model;
    assert_eq!(m.catalog.id, "mercosur-ppt");
    assert_eq!(m.view.tab, Tab::Details);
    assert_eq!(m.view.cursor, d("2016-09-13"));
    assert_eq!(m.view.reading_lane, Some(1));
    assert!(m.lane(LaneId::RecordUnder(1)).is_some());
    // The cursor is in the middle of the office's framing.
    let middle = (m.view.ruler.start_day + m.view.ruler.end_day) / 2.0;
    assert!((middle - rota::app::ruler::day_number(d("2016-09-13")) - 0.5).abs() < 1.0);

    // The EU Council's, from the lane of every office: the triangle over 20 Jul 2016.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num8);
    harness.run();
    harness
        .get_by_label("EU Council: The UK gives up its 2017 presidency")
        .click();
    harness.run();
    let m = &harness.state().model;
    assert_eq!(m.catalog.id, "eu-council");
    assert_eq!(m.view.cursor, d("2016-07-20"));
    assert_eq!(m.view.reading_lane, None);

    // And an office's card opens it.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num8);
    harness.run();
    harness
        .get_by_label("Open the SCO Secretary-General")
        .scroll_to_me();
    harness.run();
    harness
        .get_by_label("Open the SCO Secretary-General")
        .click();
    harness.run();
    assert_eq!(harness.state().model.catalog.id, "sco-sg");
}

#[test]
fn the_mercosur_lesson_walks_through_the_2016_semester_with_a_lane_per_position() {
    let mut harness = harness();
    pick(&mut harness, "Mercosur Pro tempore presidency");
    // The lesson's tab takes the lesson's name.
    harness.get_by_label("2016 semester").click();
    harness.run();
    assert_eq!(harness.state().model.view.tab, Tab::Dispute);
    harness.get_by_label("The rule and the order");
    assert_eq!(harness.state().model.view.cursor, d("2015-12-21"));
    for (date, title) in [
        ("2016-07-29", "Uruguay ends its presidency by a note"),
        ("2016-07-30", "Venezuela claims the presidency"),
        ("2016-08-02", "Paraguay: no automatic handover"),
    ] {
        harness.key_press(Key::Space);
        harness.run();
        harness.get_by_label(title);
        assert_eq!(harness.state().model.view.cursor, d(date));
    }
    // Paraguay's fallback, skipping Venezuela, is a reading with a lane of its own.
    harness.get_by_label("Paraguay (fallback)");
    harness.get_by_label("Show its lane").scroll_to_me();
    harness.run();
    harness.get_by_label("Show its lane").click();
    harness.run();
    let m = &harness.state().model;
    assert_eq!(m.view.reading_lane, Some(1));
    let lane = m.lane(LaneId::RecordUnder(1)).unwrap();
    let semester = rota::engine::project::holding_on(&lane.holdings, d("2016-08-02")).unwrap();
    assert_eq!(semester.turn, Some(code("ARG")));
    // The joint presidency of the four founders, in the record.
    harness.key_press(Key::End);
    harness.run();
    harness.get_by_label("After: the Ushuaia suspension");
    let documented = m_lane(&harness, LaneId::Documented);
    let joint = rota::engine::project::holding_on(&documented, d("2016-10-01")).unwrap();
    assert_eq!(joint.kind, rota::engine::HoldingKind::Joint);
}

fn m_lane(harness: &Harness<'_, RotaApp>, id: LaneId) -> Vec<rota::engine::Holding> {
    harness.state().model.lane(id).unwrap().holdings.clone()
}

#[test]
fn a_state_office_what_if_offers_giving_up_a_turn_and_no_recall() {
    let mut harness = harness();
    pick(&mut harness, "EU Council Presidency");
    harness.get_by_label("Edit scenario").click();
    harness.run();
    // No reading, lag or late appointment: a state holds the presidency.
    assert!(harness.query_by_label("Reading:").is_none());
    assert!(harness.query_by_label("Lag (days):").is_none());
    harness.get_by_label("Term (months):");
    harness.get_by_label("First turn:");
    harness.get_by_label("Kind:").click();
    harness.run();
    assert!(harness.query_by_label("Recall").is_none());
    assert!(harness.query_by_label("Nominee takes office").is_none());
    harness.get_by_label("Two turns swapped");
    harness.get_by_label("State gives up its turn").click();
    harness.run();
    harness.get_by_label("State:").click();
    harness.run();
    harness.get_by_label("Slovakia").scroll_to_me();
    harness.run();
    harness.get_by_label("Slovakia").click();
    harness.run();
    harness.get_by_label("On:").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("On:").type_text("2016-07-01");
    harness.run();
    harness.get_by_label("Add event").click();
    harness.run();
    let m = &harness.state().model;
    assert!(m.scenario().events.contains(&Event::Forgo {
        state: code("SVK"),
        date: d("2016-07-01"),
    }));
    // Malta takes Slovakia's semester; every later turn moves one place earlier.
    let lane = &m.lane(LaneId::Scenario).unwrap().holdings;
    let turn = |day| {
        rota::engine::project::holding_on(lane, d(day))
            .unwrap()
            .turn
    };
    assert_eq!(turn("2016-07-01"), Some(code("MLT")));
    // The United Kingdom's turn now starts on 1 Jan 2017, so its documented giving up of the
    // turn of 1 Jul 2017 no longer applies: Estonia's turn follows as before.
    assert_eq!(turn("2017-01-01"), Some(code("GBR")));
    assert_eq!(turn("2017-07-01"), Some(code("EST")));
    harness.get_by_label("Slovakia gives up the turn that would start on 1 Jul 2016");
    // Undone with Ctrl+Z, as any edit.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().model.scenario().events.len(), 1);
}

#[test]
fn the_quiz_asks_who_takes_a_presidency_in_any_office() {
    let mut harness = harness();
    pick(&mut harness, "EU Council Presidency");
    harness.get_by_label("Day:").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Day:").type_text("2016-01-01");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label("Predict").click();
    harness.run();
    harness.get_by_label("Predict the next EU Council Presidency");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label(
        "On 1 Jul 2016 the presidency passes to another state. Which state takes it?",
    );
    // The record is hidden from the quiz's day on.
    assert_eq!(
        harness.state().model.hidden_from(LaneId::Documented),
        Some(d("2016-01-01"))
    );
    harness.get_by_label("20 Slovakia").click();
    harness.run();
    harness.get_by_label("Right.");
}

#[test]
fn an_office_file_dropped_on_the_window_opens_that_office() {
    let mut harness = harness();
    let scratch = common::scratch("ui-offices-drop");
    let file = scratch.join("asean-sg.ron");
    std::fs::copy("tests/data/offices/asean-sg.ron", &file).unwrap();
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(file.clone())));
    harness.run();
    let m = &harness.state().model;
    assert_eq!(m.catalog.id, "asean-sg");
    assert_eq!(m.library.catalogs.len(), 8);
    assert_eq!(m.overview.rows.len(), 8);
    assert!(
        m.notice
            .as_ref()
            .unwrap()
            .text
            .starts_with("Opened the office “ASEAN Secretary-General” from ")
    );
    harness.get_by_label("Lane: Documented");
    // It takes its place among the offices.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num8);
    harness.run();
    harness.get_by_label("Office: ASEAN Secretary-General");
    std::fs::remove_dir_all(&scratch).unwrap();
}

fn snapshot_of_every_office(size: [f32; 2], name: &str) {
    let mut harness = harness_with(
        size,
        Launch {
            tab: Some(Tab::Offices),
            ..Launch::default()
        },
    );
    harness.run();
    harness.snapshot(name);
}

#[test]
fn snapshot_of_every_office_at_a_desk() {
    snapshot_of_every_office([1600.0, 1000.0], "offices");
}

#[test]
fn snapshot_of_every_office_on_a_projector() {
    snapshot_of_every_office([1024.0, 640.0], "offices_1024");
}

#[test]
fn snapshot_of_a_council_of_many_states_on_a_projector_keeps_its_lanes_tall() {
    // 32 states would fill the screen with their names: the legend says "a colour each" instead.
    let mut harness = harness_with(
        [1024.0, 640.0],
        Launch {
            office: Some("unsc-presidency".to_owned()),
            ..Launch::default()
        },
    );
    harness.run();
    harness.snapshot("unsc_1024");
}

#[test]
fn snapshot_of_the_mercosur_lesson() {
    let mut harness = harness_with(
        [1600.0, 1000.0],
        Launch {
            office: Some("mercosur-ppt".to_owned()),
            step: Some(5),
            ..Launch::default()
        },
    );
    harness.run();
    assert_eq!(harness.state().model.view.cursor, d("2016-09-13"));
    harness.snapshot("mercosur_lesson");
}

#[test]
fn a_link_to_another_office_opens_that_office_framed_and_undo_goes_back() {
    let eu = common::office("eu-council");
    let mut scenario = eu.rule_alone();
    scenario.events.push(Event::Forgo {
        state: code("GBR"),
        date: d("2017-07-01"),
    });
    let link = rota::data::share::link("http://127.0.0.1:8765/", &scenario, &eu);
    let mut harness = harness_with(
        [1600.0, 1000.0],
        Launch {
            link: Some(link),
            ..Launch::default()
        },
    );
    harness.run();
    let m = &harness.state().model;
    assert_eq!(m.catalog.id, "eu-council");
    assert!(m.workspace.current().read_only);
    assert_eq!(m.view.cursor, d("2007-01-01"));
    assert_eq!(
        rota::app::ruler::date_of(m.view.ruler.end_day),
        Some(d("2032-01-01"))
    );
    // Undo takes the link's scenario away, and the CSTO comes back framed as it opens.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let m = &harness.state().model;
    assert_eq!(m.catalog.id, "csto-sg");
    assert_eq!(m.view.cursor, d("2017-01-01"));
    assert_eq!(
        rota::app::ruler::date_of(m.view.ruler.start_day),
        Some(d("2015-01-01"))
    );
}
