//! Teaching the dispute in the window, driven as a user would (egui_kittest): the walkthrough,
//! the quiz, the fit of the readings, the sources that disagree, presenter mode. Snapshots of the
//! walkthrough and of presenter mode are kept in `tests/snapshots/`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
mod ui;

use common::d;
use egui::Key;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use rota::app::{LaneId, Launch, Tab};
use rota::engine::project::holding_on;
use ui::{Scripted, code, cursor, harness, harness_with, press, type_into};

const STEP_DATES: [&str; 14] = [
    "2015-12-21",
    "2017-01-01",
    "2017-05-02",
    "2018-07-27",
    "2018-11-02",
    "2018-11-07",
    "2018-11-08",
    "2018-11-16",
    "2018-12-06",
    "2018-12-21",
    "2019-05-22",
    "2020-01-01",
    "2022-11-23",
    "2026-01-01",
];

#[test]
fn the_walkthrough_steps_move_the_cursor_to_their_dates() {
    let mut harness = harness();
    harness.get_by_label("Dispute").click();
    harness.run();
    assert_eq!(cursor(&harness), d(STEP_DATES[0]));
    harness.get_by_label("step 1 of 14");
    for (n, date) in STEP_DATES.iter().enumerate().skip(1) {
        // Space and Right both move on, as a presenter's clicker does.
        press(
            &mut harness,
            if n % 2 == 0 {
                Key::Space
            } else {
                Key::ArrowRight
            },
        );
        assert_eq!(cursor(&harness), d(date), "step {}", n + 1);
    }
    harness.get_by_label("step 14 of 14");
    harness.get_by_label("Masadykov: Kyrgyzstan's turn");
    // Past the last step nothing moves; Left goes back, Home to the start.
    press(&mut harness, Key::Space);
    assert_eq!(cursor(&harness), d("2026-01-01"));
    press(&mut harness, Key::ArrowLeft);
    assert_eq!(cursor(&harness), d("2022-11-23"));
    press(&mut harness, Key::Home);
    for _ in 0..3 {
        press(&mut harness, Key::Space);
    }
    harness.get_by_label("step 4 of 14");
    assert_eq!(cursor(&harness), d("2018-07-27"));
    // The step is about Khachaturov's holding: the day it highlights falls in it.
    assert_eq!(harness.state().model.highlight_days(), [d("2018-07-27")]);
    harness.get_by_label("The Secretary General is charged");
    harness.get_by_label("« Previous").click();
    harness.run();
    assert_eq!(cursor(&harness), d("2017-05-02"));
    // Outside the walkthrough the arrows go back to jumping between events.
    harness.get_by_label("Details").click();
    harness.run();
    press(&mut harness, Key::ArrowRight);
    // The next event after Khachaturov took office: the charges of 2018-07-26 (not step 4's day).
    assert_eq!(cursor(&harness), d("2018-07-26"));
    assert!(harness.state().model.highlight_days().is_empty());
}

#[test]
fn a_position_in_the_walkthrough_shows_its_readings_lane() {
    let mut harness = harness();
    harness.get_by_label("Dispute").click();
    harness.run();
    for _ in 0..5 {
        press(&mut harness, Key::Space);
    }
    harness.get_by_label("step 6 of 14");
    harness.get_by_label("Russia (Ushakov), option 1");
    // Option 1, "an Armenian until 2020", is Armenia's reading.
    harness
        .get_all_by_label("Show its lane")
        .next()
        .unwrap()
        .click();
    harness.run();
    harness.get_by_label("Lane: What happened, under Armenia's reading");
    let lane = harness
        .state()
        .model
        .lane(LaneId::RecordUnder(1))
        .unwrap()
        .clone();
    let h = holding_on(&lane.holdings, d("2019-06-01")).unwrap();
    assert_eq!((h.start, h.end), (d("2018-11-02"), d("2020-01-01")));
    assert_eq!((h.turn, h.holder_state), (code("ARM"), code("ARM")));
    harness.get_by_label("Hide its lane").click();
    harness.run();
    assert!(harness.state().model.lane(LaneId::RecordUnder(1)).is_none());
}

#[test]
fn the_quiz_scores_a_right_and_a_wrong_answer() {
    let mut harness = harness();
    type_into(&mut harness, "Day:", "2018-11-01");
    harness.get_by_label("Predict").click();
    harness.run();
    harness
        .get_by_label("Start the quiz from 1 Nov 2018")
        .click();
    harness.run();
    // The record is hidden from the chosen day on.
    let zas = "Documented: Stanislav Zas, Belarus, 1 Jan 2020 – 31 Dec 2022";
    assert!(harness.query_by_label(zas).is_none());
    // So is what the rule alone gives, whose holders carry the record's names.
    let rule = "Rule alone (2015): Stanislav Zas, Belarus, 1 Jan 2020 – 31 Dec 2022";
    assert!(harness.query_by_label(rule).is_none());
    harness.get_by_label_contains("On 1 Jan 2020 a new Secretary General takes office");
    harness.get_by_label("2 Belarus").click();
    harness.run();
    harness.get_by_label("Right.");
    harness.get_by_label(
        "Why: Belarus: next after Armenia in the Russian alphabet; an acting Secretary General completed Armenia's turn first.",
    );
    harness.get_by_label_contains("Score: 1 of 1");
    // Answered: the record is revealed up to the end of the answer's term.
    harness.get_by_label(zas);
    harness.get_by_label("2 Belarus: the answer");
    harness.get_by_label("Next question").click();
    harness.run();
    // The keyboard answers too: 5 is the fifth state in order, Russia.
    press(&mut harness, Key::Num5);
    harness.get_by_label("Not Russia.");
    harness.get_by_label("5 Russia: your answer");
    harness.get_by_label("Imangali Tasmagambetov of Kazakhstan took office on 1 Jan 2023.");
    harness.get_by_label_contains("Score: 1 of 2");
    assert_eq!(harness.state().model.quiz.as_ref().unwrap().score(), (1, 2));
    // Then a reading: Kazakhstan's, and its lane appears with the answer.
    press(&mut harness, Key::Space);
    harness.get_by_label("4 Kyrgyzstan").click();
    harness.run();
    harness.get_by_label_contains("Score: 2 of 3");
    press(&mut harness, Key::Enter);
    harness.get_by_label_contains(
        "Under Kazakhstan's reading as rota models it (next-state-full-term",
    );
    harness.get_by_label("3 Kazakhstan").click();
    harness.run();
    harness.get_by_label("Right.");
    harness.get_by_label("Lane: What happened, under Kazakhstan's reading");
    harness.get_by_label("End the quiz").click();
    harness.run();
    assert_eq!(harness.state().model.hidden_from(LaneId::Documented), None);
}

#[test]
fn enter_starts_the_quiz_from_the_keyboard() {
    let mut harness = harness();
    type_into(&mut harness, "Day:", "2018-11-01");
    harness.get_by_label("Predict").click();
    harness.run();
    press(&mut harness, Key::Enter);
    let quiz = harness.state().model.quiz.as_ref().unwrap();
    assert_eq!(quiz.from, d("2018-11-01"));
    press(&mut harness, Key::Num2);
    harness.get_by_label("Right.");
}

#[test]
fn the_fit_table_lists_four_readings_with_acting_until_term_end_at_100_percent() {
    let mut harness = harness();
    harness.get_by_label("Readings").click();
    harness.run();
    // The engine's fit since 2017: one reading explains every day.
    assert_eq!(harness.get_all_by_label("100.0%").count(), 1);
    assert_eq!(harness.get_all_by_label("88.2%").count(), 2);
    assert_eq!(harness.get_all_by_label("64.7%").count(), 1);
    let row_of = |label: &str| {
        harness
            .get_all_by_label(label)
            .next()
            .unwrap()
            .rect()
            .center()
            .y
    };
    let hundred = row_of("100.0%");
    assert!((row_of("acting-until-term-end") - hundred).abs() < 2.0);
    for reading in [
        "same-state-completes",
        "next-state-full-term",
        "next-state-early-start",
    ] {
        assert!((row_of(reading) - hundred).abs() > 10.0, "{reading}");
    }
    let fits = &harness.state().model.fits;
    assert_eq!(fits.len(), 4);
    assert_eq!(
        harness.state().model.catalog.readings[0].id,
        "acting-until-term-end"
    );
    assert_eq!(fits[0].agreeing_days, fits[0].total_days);
    assert!(
        fits[1..]
            .iter()
            .all(|f| f.first_divergence == Some(d("2018-11-02")))
    );
}

#[test]
fn sources_that_disagree_are_side_by_side_and_flagged_on_the_timeline() {
    let mut harness = harness();
    harness
        .get_by_label("Sources disagree: Was Khachaturov arrested?")
        .click();
    harness.run();
    let model = &harness.state().model;
    assert_eq!(model.view.tab, Tab::Sources);
    assert_eq!(model.view.conflict, Some(0));
    assert_eq!(model.view.cursor, d("2018-07-27"));
    let a = harness
        .get_by_label("Khachaturov was arrested and could not leave Armenia.")
        .rect();
    let b = harness
        .get_by_label("A court granted him bail, and he resumed his duties in Moscow on August 4.")
        .rect();
    assert!(a.right() <= b.left(), "{a:?} {b:?}");
    assert!((a.top() - b.top()).abs() < 2.0);
    // Seed 003's claim and seed 000's answer are both quoted, with their seeds.
    harness.get_by_label("“CSTO secretary general Yuri Khachaturov was arrested”");
    harness.get_by_label(
        "“The court remanded the ex-president in pre-trial custody but granted bail to Khachaturov.”",
    );
    // At this zoom three of the four flags would overlap: they are one, naming all three.
    let flags: Vec<String> = harness
        .get_all_by_label_contains("Sources disagree")
        .filter(|n| n.accesskit_node().role() == egui::accesskit::Role::Button)
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .filter(|l| l != "Sources disagree")
        .collect();
    assert_eq!(flags.len(), 2, "{flags:#?}");
    assert!(
        flags
            .iter()
            .any(|f| f.starts_with("Sources disagree (3): "))
    );
    for topic in common::catalog().conflicts.iter().map(|c| c.topic.clone()) {
        assert!(
            flags.iter().any(|f| f.contains(&topic)),
            "{topic}: {flags:#?}"
        );
    }
}

#[test]
fn presenter_mode_hides_editing_controls_and_enlarges_text() {
    let mut harness = harness();
    for label in ["Undo", "Redo", "Edit scenario", "File", "Export"] {
        harness.get_by_label(label);
    }
    press(&mut harness, Key::F11);
    assert!(harness.state().model.presenter);
    for label in ["Undo", "Redo", "Edit scenario", "File", "Export"] {
        assert!(
            harness.query_by_label(label).is_none(),
            "{label} is still shown"
        );
    }
    let body = harness.ctx.style_of(egui::Theme::Light).text_styles[&egui::TextStyle::Body].size;
    assert!(body >= 16.0 * 1.5, "body text is {body} points");
    // A selected holding offers no recall.
    harness
        .get_by_label("Documented: Yuri Khachaturov, Armenia, 2 May 2017 – 1 Nov 2018")
        .click();
    harness.run();
    harness.get_by_label("Appointed Secretary General");
    assert!(harness.query_by_label("Recall").is_none());
    harness.get_by_label("Leave presenter mode").click();
    harness.run();
    assert!(!harness.state().model.presenter);
    harness.get_by_label("Undo");
    harness.get_by_label("Recall");
    let body = harness.ctx.style_of(egui::Theme::Light).text_styles[&egui::TextStyle::Body].size;
    assert!((body - 16.0).abs() < f32::EPSILON);
}

#[test]
fn snapshot_of_the_walkthrough() {
    let mut harness = harness_with(
        [1600.0, 1000.0],
        Scripted::default(),
        Launch {
            ephemeral: true,
            step: Some(6),
            ..Launch::default()
        },
    );
    harness.run();
    // `--step 7` on the command line: Astana.
    assert_eq!(cursor(&harness), d("2018-11-08"));
    harness.get_by_label("step 7 of 14");
    harness.snapshot("walkthrough");
}

#[test]
fn snapshot_of_presenter_mode() {
    let mut harness = harness_with(
        [1600.0, 1000.0],
        Scripted::default(),
        Launch {
            ephemeral: true,
            step: Some(4),
            presenter: true,
            ..Launch::default()
        },
    );
    harness.run();
    assert_eq!(cursor(&harness), d("2018-11-02"));
    assert!(harness.query_by_label("Undo").is_none());
    harness.snapshot("presenter");
}
