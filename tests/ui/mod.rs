//! The window under egui_kittest, as `ui_app.rs`, `ui_whatif.rs`, `ui_files.rs` and
//! `ui_teaching.rs` drive it: a harness whose dialogs answer what the test chose, and the moves a
//! user makes (typing, keys, a reading, a recall). Each of those tests uses part of it.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use crate::common::{self, d};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use rota::app::files::Platform;
use rota::app::{Launch, RotaApp};
use rota::data::scenario_file::Diagnostic;
use rota::engine::StateCode;

pub const TODAY: &str = "2026-11-24";

/// Real files, and dialogs that answer with what the test chose.
#[derive(Default)]
pub struct Scripted {
    pub open: Option<PathBuf>,
    pub save: Option<PathBuf>,
}

impl Platform for Scripted {
    fn pick_open(&mut self) -> Option<PathBuf> {
        self.open.clone()
    }
    fn pick_save(&mut self, _suggested: &str) -> Option<PathBuf> {
        self.save.clone()
    }
    fn read(&mut self, path: &Path) -> Result<Vec<u8>, Diagnostic> {
        rota::data::scenario_file::read_limited(path)
    }
    fn write(&mut self, path: &Path, bytes: &[u8]) -> Result<(), String> {
        common::write_in_scratch(path, bytes)
    }
}

pub fn harness_with(
    size: [f32; 2],
    platform: Scripted,
    launch: Launch,
) -> Harness<'static, RotaApp> {
    let mut harness = Harness::builder().with_size(size).build_eframe(move |cc| {
        RotaApp::new(cc, common::library(), d(TODAY), launch, Box::new(platform))
    });
    harness.run();
    harness
}

pub fn harness() -> Harness<'static, RotaApp> {
    harness_with(
        [1600.0, 1000.0],
        Scripted::default(),
        Launch {
            ephemeral: true,
            ..Launch::default()
        },
    )
}

/// Types into the text field labelled `label`, replacing what it held, and presses Enter.
pub fn type_into(harness: &mut Harness<'_, RotaApp>, label: &str, text: &str) {
    harness.get_by_label(label).click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label(label).type_text(text);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
}

pub fn press(harness: &mut Harness<'_, RotaApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

pub fn code(text: &str) -> Option<StateCode> {
    StateCode::parse(text)
}

/// Chooses a reading (by its name, such as `next-state-full-term`) in the editor, where the
/// office's words for it are shown.
pub fn choose_reading(harness: &mut Harness<'_, RotaApp>, reading: &str) {
    let catalog = common::catalog();
    let words = catalog
        .readings
        .iter()
        .find(|r| r.patch.reading.is_some_and(|x| x.name() == reading))
        .or_else(|| {
            catalog
                .readings
                .first()
                .filter(|_| reading == "acting-until-term-end")
        })
        .map(|r| r.label.clone())
        .unwrap();
    harness.get_by_label("Edit scenario").click();
    harness.run();
    harness.get_by_label("Reading:").click();
    harness.run();
    harness.get_all_by_label(&words).last().unwrap().click();
    harness.run();
}

pub fn recall_khachaturov(harness: &mut Harness<'_, RotaApp>, day: &str) {
    harness
        .get_by_label("Before the recall: Yuri Khachaturov, Armenia, 2 May 2017 – 31 Dec 2019")
        .click();
    harness.run();
    type_into(harness, "Recall on:", day);
    harness.get_by_label("Recall").click();
    harness.run();
}

pub fn cursor(harness: &Harness<'_, RotaApp>) -> chrono::NaiveDate {
    harness.state().model.view.cursor
}
