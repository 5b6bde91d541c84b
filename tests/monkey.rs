//! A monkey in the classroom: 10,000 random actions on the window with a fixed seed (clicks on
//! every kind of labelled control, keys and shortcuts, typing, drags, zooms, files dropped and
//! opened, good and bad), checking after each that the window still draws and that what it shows
//! holds together: every lane tiles time without gap or overlap, appointed holders hold their own
//! state's turn, the lanes are the ones the settings ask for, and the scenario is a valid one.
//!
//! `ROTA_MONKEY_ACTIONS=N` changes the number of actions; a failure names the action's number,
//! so that the same seed replays it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};

use common::{Rng, d};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable as _};
use rota::app::files::Platform;
use rota::app::{LaneId, Launch, RotaApp};
use rota::data::scenario_file::Diagnostic;
use rota::engine::HoldingKind;

const DEFAULT_ACTIONS: u64 = 10_000;

/// Files the dialogs answer with, in turn: good scenarios and hostile ones, copied into the
/// scratch folder first, so that a save after an open lands on a copy and never in the source tree.
fn files(scratch: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in [
        "assets/offices/csto-sg/scenarios",
        "tests/data/bad",
        "tests/data/offices",
        "tests/data/bad-offices",
    ] {
        let into = scratch.join(dir.replace('/', "-"));
        std::fs::create_dir_all(&into).unwrap();
        files.extend(common::copies(dir, &into));
    }
    files
}

/// Dialogs that answer at once: the next file to open, and a scratch file to save to.
struct Monkeying {
    files: Vec<PathBuf>,
    next: usize,
    out: PathBuf,
}

impl Platform for Monkeying {
    fn pick_open(&mut self) -> Option<PathBuf> {
        self.next += 1;
        self.files.get(self.next % self.files.len()).cloned()
    }
    fn pick_save(&mut self, suggested: &str) -> Option<PathBuf> {
        let extension = Path::new(suggested)
            .extension()
            .map_or("ron".into(), |e| e.to_string_lossy().into_owned());
        Some(self.out.with_extension(extension))
    }
    fn read(&mut self, path: &Path) -> Result<Vec<u8>, Diagnostic> {
        rota::data::scenario_file::read_limited(path)
    }
    fn write(&mut self, path: &Path, bytes: &[u8]) -> Result<(), String> {
        common::write_in_scratch(path, bytes)
    }
}

const KEYS: [Key; 22] = [
    Key::ArrowLeft,
    Key::ArrowRight,
    Key::ArrowUp,
    Key::ArrowDown,
    Key::Home,
    Key::End,
    Key::Space,
    Key::Enter,
    Key::Escape,
    Key::Tab,
    Key::F1,
    Key::F11,
    Key::Plus,
    Key::Minus,
    Key::Num0,
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num5,
    Key::PageUp,
    Key::PageDown,
    Key::Backspace,
];

const TEXTS: [&str; 8] = [
    "2018-11-02",
    "2019-02-29",
    "1899-12-31",
    "9999-99-99",
    "Армения",
    "x",
    "",
    "2100-01-01",
];

/// The offices as the picker names them.
const OFFICES: [&str; 7] = [
    "CSTO Secretary General",
    "ASEAN Chair",
    "EEC Chairman of the Board",
    "EU Council Presidency",
    "Mercosur Pro tempore presidency",
    "SCO Secretary-General",
    "UN Security Council President",
];

fn interactive(role: Role) -> bool {
    matches!(
        role,
        Role::Button
            | Role::CheckBox
            | Role::Link
            | Role::TextInput
            | Role::ComboBox
            | Role::Tab
            | Role::Slider
            | Role::RadioButton
    )
}

/// One random action; returns what it was, for the failure message.
fn act(harness: &mut Harness<'_, RotaApp>, rng: &mut Rng, files: &[PathBuf]) -> String {
    let size = harness.ctx.content_rect().size();
    let anywhere = |rng: &mut Rng| egui::pos2(rng.unit() * size.x, rng.unit() * size.y);
    match rng.below(100) {
        0..=44 => {
            let by = By::new().predicate(|n| interactive(n.role()) && !n.is_disabled());
            let count = harness.query_all(by).count();
            if count == 0 {
                return "no control to click".into();
            }
            let pick = rng.below(count);
            let by = By::new().predicate(|n| interactive(n.role()) && !n.is_disabled());
            let node = harness.query_all(by).nth(pick).unwrap();
            let what = format!("click control {pick} of {count}: {node:?}");
            node.click();
            what.chars().take(160).collect()
        }
        45..=69 => {
            let key = KEYS[rng.below(KEYS.len())];
            let modifiers = match rng.below(8) {
                0 => Modifiers::COMMAND,
                1 => Modifiers::COMMAND | Modifiers::SHIFT,
                _ => Modifiers::NONE,
            };
            // No dialog is real here: a save goes to the scratch file or to an opened copy.
            harness.key_press_modifiers(modifiers, key);
            format!("key {modifiers:?} {key:?}")
        }
        70..=76 => {
            let text = TEXTS[rng.below(TEXTS.len())];
            harness.event(egui::Event::Text(text.to_owned()));
            format!("type {text:?}")
        }
        77..=86 => {
            let from = anywhere(rng);
            let to = anywhere(rng);
            harness.hover_at(from);
            harness.drag_at(from);
            harness.step();
            harness.hover_at(to);
            harness.step();
            harness.drop_at(to);
            format!("drag {from:?} to {to:?}")
        }
        87..=91 => {
            let at = anywhere(rng);
            let factor = [0.5, 0.8, 1.25, 2.0, 10.0, 0.05][rng.below(6)];
            harness.hover_at(at);
            harness.event(egui::Event::Zoom(factor));
            format!("zoom {factor} at {at:?}")
        }
        92..=93 => {
            // The quiz, as a class starts it: the Predict tab, then its start button.
            if let Some(tab) = harness.query_by_label("Predict") {
                tab.click();
                harness.run_ok();
            }
            match harness.query_by_label_contains("Start the quiz from") {
                Some(start) => {
                    start.click();
                    "start the quiz".into()
                }
                None => "no quiz to start here".into(),
            }
        }
        94..=95 => {
            // The office picker, as a user opens it: a click on it, then on one of its offices.
            let Some(picker) = harness.query_by_label("Office:") else {
                return "no office picker".into();
            };
            picker.click();
            harness.run_ok();
            let office = OFFICES[rng.below(OFFICES.len())];
            // The picker's own text names the office shown; the list's item comes last.
            match harness.query_all_by_label(office).last() {
                Some(item) => {
                    item.click();
                    format!("pick the office {office}")
                }
                None => format!("the picker had no {office}"),
            }
        }
        _ => {
            let file = files[rng.below(files.len())].clone();
            harness
                .input_mut()
                .dropped_files
                .push(std::sync::Arc::new(common::Dropped(file.clone())));
            format!("drop {}", file.display())
        }
    }
}

/// What the window shows holds together.
fn check(app: &RotaApp) -> Result<(), String> {
    let m = &app.model;
    let scenario = m.scenario();
    let problems = scenario.problems(&m.catalog.office);
    if !problems.is_empty() {
        return Err(format!("the current scenario is invalid: {problems:?}"));
    }
    if m.scenario().office != m.catalog.id {
        return Err(format!(
            "the scenario is {}'s but the window shows {}",
            m.scenario().office,
            m.catalog.id
        ));
    }
    let expected =
        3 + if m.view.compare_readings {
            m.catalog.readings.len()
        } else {
            0
        } + usize::from(m.view.reading_lane.is_some());
    if m.lanes.len() != expected {
        return Err(format!(
            "{} lanes shown, {expected} expected",
            m.lanes.len()
        ));
    }
    for lane in &m.lanes {
        for h in &lane.holdings {
            if h.start >= h.end {
                return Err(format!("{:?}: an empty holding {h:?}", lane.id));
            }
            if h.kind == HoldingKind::Term
                && lane.id != LaneId::Documented
                && h.holder_state != h.turn
            {
                return Err(format!("{:?}: {h:?} holds another state's turn", lane.id));
            }
        }
        for pair in lane.holdings.windows(2) {
            // The record may have gaps (months no source settles); projections tile time.
            let broken = if lane.id == LaneId::Documented {
                pair[0].end > pair[1].start
            } else {
                pair[0].end != pair[1].start
            };
            if broken {
                return Err(format!(
                    "{:?}: a gap or an overlap at {}",
                    lane.id, pair[0].end
                ));
            }
        }
    }
    if let Some(lane) = m.lanes.iter().find(|l| l.id == LaneId::Scenario)
        && lane.holdings.first().map(|h| h.start) != Some(scenario.rules.start)
        && !lane.holdings.is_empty()
    {
        return Err("the scenario's lane does not start with its rotation".into());
    }
    let ruler = &m.view.ruler;
    if !(ruler.start_day.is_finite()
        && ruler.end_day.is_finite()
        && ruler.start_day < ruler.end_day)
    {
        return Err(format!("the time axis broke: {ruler:?}"));
    }
    if !(d("1900-01-01")..=d("2099-12-31")).contains(&m.view.cursor) {
        return Err(format!("the cursor left the timeline: {}", m.view.cursor));
    }
    if m.workspace.entries.is_empty() || m.workspace.current >= m.workspace.entries.len() {
        return Err("the workspace lost its scenarios".into());
    }
    Ok(())
}

#[test]
fn ten_thousand_random_actions_leave_a_working_window_that_holds_together() {
    let actions: u64 = std::env::var("ROTA_MONKEY_ACTIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_ACTIONS);
    let scratch = common::scratch("monkey");
    let files = files(&scratch);
    let platform = Monkeying {
        files: files.clone(),
        next: 0,
        out: scratch.join("saved"),
    };
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(12)
        // egui_extras' date picker popup has three unnamed combo boxes (year, month, day) that
        // rota cannot label; tests/ui_app.rs keeps the check on for rota's own widgets.
        .with_accessibility_check(false)
        .build_eframe(move |cc| {
            RotaApp::new(
                cc,
                common::library(),
                d("2026-11-24"),
                Launch {
                    ephemeral: true,
                    ..Launch::default()
                },
                Box::new(platform),
            )
        });
    harness.run();
    let mut rng = Rng(0x4D4F_4E4B_4559);
    let mut last = Vec::new();
    let mut tabs = std::collections::BTreeSet::new();
    let mut offices = std::collections::BTreeSet::new();
    let (mut presented, mut quizzed, mut refused, mut most_scenarios) = (false, false, 0, 0);
    for n in 0..actions {
        let what = act(&mut harness, &mut rng, &files);
        // Animations may take more frames than a step allows; that is not a failure.
        let _ = harness.try_run();
        last.push(what);
        if last.len() > 5 {
            last.remove(0);
        }
        if let Err(problem) = check(harness.state()) {
            panic!("after action {n}: {problem}\nthe last actions: {last:#?}");
        }
        let m = &harness.state().model;
        tabs.insert(format!("{:?}", m.view.tab));
        presented |= m.presenter;
        quizzed |= m.quiz.is_some();
        refused += usize::from(m.notice.as_ref().is_some_and(|n| n.is_error));
        most_scenarios = most_scenarios.max(m.workspace.entries.len());
        offices.insert(m.catalog.id.clone());
        // The window still draws its timeline: the office's lanes, or every office's.
        let drawn = if m.view.tab == rota::app::Tab::Offices {
            harness
                .query_by_label("Office: CSTO Secretary General")
                .is_some()
        } else {
            harness.query_by_label("Lane: Documented").is_some()
        };
        assert!(
            drawn,
            "after action {n} the timeline is gone; the last actions: {last:#?}"
        );
    }
    println!(
        "{actions} actions: tabs visited {tabs:?}; offices {offices:?}; presenter mode \
         {presented}; quiz {quizzed}; {refused} frames with an error shown; up to \
         {most_scenarios} scenarios"
    );
    // The monkey went everywhere a class goes, so the checks above covered all of it.
    if actions >= DEFAULT_ACTIONS {
        assert_eq!(tabs.len(), 8, "{tabs:?}");
        assert!(offices.len() >= 7, "{offices:?}");
        assert!(presented && quizzed && refused > 0 && most_scenarios > 3);
    }
    std::fs::remove_dir_all(&scratch).unwrap();
}
