//! On the projectors classrooms have (1024x640 and 1366x768), in presenter mode: every block of
//! the framed years carries a label, the legend is there, and snapshots of the first launch, the
//! walkthrough's steps 1, 4 and 7 and the quiz's fourth question are kept in `tests/snapshots/`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::d;
use egui::epaint::{ClippedShape, Shape};
use egui::{Key, Pos2, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use rota::app::{Launch, RotaApp, Tab};

const TODAY: &str = "2026-11-24";
const SIZES: [([f32; 2], &str); 2] = [([1024.0, 640.0], "1024"), ([1366.0, 768.0], "1366")];

fn presenting(size: [f32; 2], launch: Launch) -> Harness<'static, RotaApp> {
    let mut harness = Harness::builder().with_size(size).build_eframe(move |cc| {
        RotaApp::new(
            cc,
            common::library(),
            d(TODAY),
            Launch {
                ephemeral: true,
                presenter: true,
                ..launch
            },
            Box::new(common::Guarded),
        )
    });
    harness.run();
    harness
}

/// Every text drawn: its words and the middle of where they are on screen.
fn texts(shapes: &[ClippedShape]) -> Vec<(String, Pos2)> {
    fn walk(shape: &Shape, out: &mut Vec<(String, Pos2)>) {
        match shape {
            Shape::Text(text) => {
                let size = text.galley.size();
                // A label turned a quarter back runs up from its position.
                let rect = if text.angle == 0.0 {
                    Rect::from_min_size(text.pos, size)
                } else {
                    Rect::from_min_max(
                        Pos2::new(text.pos.x, text.pos.y - size.x),
                        Pos2::new(text.pos.x + size.y, text.pos.y),
                    )
                };
                out.push((text.galley.text().to_owned(), rect.center()));
            }
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

/// The blocks on screen whose middle has no text of their own: their labels, for the message.
fn unlabelled(harness: &Harness<'_, RotaApp>) -> (usize, Vec<String>) {
    let drawn = texts(&harness.output().shapes);
    let lanes: Vec<String> = harness
        .state()
        .model
        .lanes
        .iter()
        .map(|l| format!("{}: ", l.title))
        .collect();
    let mut blocks = 0;
    let mut missing = Vec::new();
    for lane in &lanes {
        for node in harness.get_all_by_label_contains(lane) {
            let rect = node.rect();
            if rect.width() < 1.0
                || !node
                    .accesskit_node()
                    .label()
                    .unwrap_or_default()
                    .starts_with(lane.as_str())
            {
                continue;
            }
            blocks += 1;
            let inside = drawn.iter().any(|(text, centre)| {
                !text.trim().is_empty() && rect.expand(2.0).contains(*centre)
            });
            if !inside {
                missing.push(node.accesskit_node().label().unwrap_or_default());
            }
        }
    }
    (blocks, missing)
}

#[test]
fn every_block_of_the_framed_years_carries_a_label_on_a_1024_projector() {
    let harness = presenting([1024.0, 640.0], Launch::default());
    let m = &harness.state().model;
    assert!(m.presenter);
    assert_eq!(
        rota::app::ruler::date_of(m.view.ruler.start_day),
        Some(d("2015-01-01"))
    );
    let (blocks, missing) = unlabelled(&harness);
    // Three lanes from 2015 to 2031: the record's seven holdings (the end of Bordyuzha's, two
    // acting ones), the rule's five turns, the scenario's six holdings.
    assert_eq!(blocks, 18);
    assert!(missing.is_empty(), "blocks without a label: {missing:#?}");
    // The legend is there, whole, inside the window: from the first state to its last entry.
    let drawn = texts(&harness.output().shapes);
    for entry in [
        "ARM Armenia",
        "acting or vacant (hatched)",
        "sources disagree",
        "today",
    ] {
        assert!(
            drawn.iter().any(|(t, c)| t == entry && c.y < 640.0),
            "the legend lacks {entry:?}"
        );
    }
}

#[test]
fn every_block_carries_a_label_on_a_1366_projector_and_in_the_walkthrough() {
    for step in [None, Some(3), Some(6)] {
        let harness = presenting(
            [1366.0, 768.0],
            Launch {
                step,
                ..Launch::default()
            },
        );
        let (blocks, missing) = unlabelled(&harness);
        let expected = match step {
            None => 18,
            Some(3) => 9,
            _ => 17,
        };
        assert_eq!(blocks, expected, "step {step:?}");
        assert!(missing.is_empty(), "step {step:?}: {missing:#?}");
    }
}

#[test]
fn snapshots_of_a_lesson_on_projectors() {
    let mut results = egui_kittest::SnapshotResults::new();
    for (size, name) in SIZES {
        let mut harness = presenting(size, Launch::default());
        results.add(harness.try_snapshot(format!("presenter_{name}_first_launch")));
        for step in [0, 3, 6] {
            let mut harness = presenting(
                size,
                Launch {
                    step: Some(step),
                    ..Launch::default()
                },
            );
            harness.run();
            results.add(harness.try_snapshot(format!("presenter_{name}_step_{}", step + 1)));
        }
        // The quiz from the day before the recall, answered up to its fourth question.
        let mut harness = presenting(
            size,
            Launch {
                at: Some(d("2018-11-01")),
                tab: Some(Tab::Predict),
                ..Launch::default()
            },
        );
        for _ in 0..3 {
            harness.key_press(Key::Num1);
            harness.run();
            harness.key_press(Key::Space);
            harness.run();
        }
        let quiz = harness.state().model.quiz.as_ref().unwrap();
        assert_eq!(quiz.index, 3);
        results.add(harness.try_snapshot(format!("presenter_{name}_quiz_4")));
    }
}
