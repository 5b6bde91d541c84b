//! Where no native file dialog can open (no desktop portal, no zenity: these test machines, and
//! many classroom ones), saving, exporting and opening ask for a path in a prompt that says why,
//! suggests a path, and asks before replacing a file. Nothing fails silently.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};

use common::d;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use rota::app::files::Platform;
use rota::app::{Command, Doc, Edit, Launch, RotaApp};
use rota::data::scenario_file::Diagnostic;

const REASON: &str = "no file dialog can open here: there is no desktop portal (no D-Bus session) and zenity is not installed";

/// Real files in a scratch folder, and dialogs that never open.
struct NoDialogs {
    folder: PathBuf,
    failure: Option<String>,
}

impl Platform for NoDialogs {
    fn pick_open(&mut self) -> Option<PathBuf> {
        self.failure = Some(REASON.to_owned());
        None
    }
    fn pick_save(&mut self, _suggested: &str) -> Option<PathBuf> {
        self.failure = Some(REASON.to_owned());
        None
    }
    fn dialog_failure(&mut self) -> Option<String> {
        self.failure.take()
    }
    fn exists(&self, path: &Path) -> bool {
        path.exists()
    }
    fn default_folder(&self) -> Option<PathBuf> {
        Some(self.folder.clone())
    }
    fn read(&mut self, path: &Path) -> Result<Vec<u8>, Diagnostic> {
        rota::data::scenario_file::read_limited(path)
    }
    fn write(&mut self, path: &Path, bytes: &[u8]) -> Result<(), String> {
        common::write_in_scratch(path, bytes)
    }
}

fn harness(folder: &Path) -> Harness<'static, RotaApp> {
    let platform = NoDialogs {
        folder: folder.to_path_buf(),
        failure: None,
    };
    let launch = Launch {
        ephemeral: true,
        ..Launch::default()
    };
    let mut harness = Harness::builder()
        .with_size([1600.0, 1000.0])
        .build_eframe(move |cc| {
            RotaApp::new(
                cc,
                common::library(),
                d("2026-11-24"),
                launch,
                Box::new(platform),
            )
        });
    harness.run();
    harness
}

fn press(harness: &mut Harness<'_, RotaApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

fn notice(harness: &Harness<'_, RotaApp>) -> String {
    let model = &harness.state().model;
    model
        .notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default()
}

#[test]
fn save_without_a_dialog_asks_for_the_path_says_why_and_saves_there() {
    let folder = common::scratch("no-dialog-save");
    let mut harness = harness(&folder);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let prompt = harness.state().model.save_prompt.clone().unwrap();
    assert_eq!(prompt.title, "Save the scenario");
    assert_eq!(prompt.reason, REASON);
    // The prompt says why, and suggests the scenario's name in the default folder.
    harness.get_by_label(
        "No file dialog can open here: there is no desktop portal (no D-Bus session) and zenity is not installed: type the path to save to.",
    );
    let suggested = folder.join("Before the recall.ron");
    assert_eq!(
        harness.state().forms.save_path_text,
        suggested.display().to_string()
    );
    // The field has the keyboard: Enter saves.
    press(&mut harness, Key::Enter);
    let text = std::fs::read_to_string(&suggested).unwrap();
    assert!(text.contains("name: \"Before the recall\""), "{text}");
    let model = &harness.state().model;
    assert_eq!(model.save_prompt, None);
    assert_eq!(
        model.workspace.current().path.as_deref(),
        Some(suggested.as_path())
    );
    assert_eq!(
        notice(&harness),
        format!("Saved “Before the recall” to {}.", suggested.display())
    );
    // Saved once, Ctrl+S writes to the same file without asking.
    std::fs::remove_file(&suggested).unwrap();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(harness.state().model.save_prompt, None);
    assert!(suggested.is_file());
    std::fs::remove_dir_all(&folder).unwrap();
}

#[test]
fn an_export_over_an_existing_file_asks_before_replacing_it() {
    let folder = common::scratch("no-dialog-export");
    let mut harness = harness(&folder);
    let target = folder.join("Before the recall handout.html");
    std::fs::write(&target, "an older handout").unwrap();
    harness.get_by_label("Export").click();
    harness.run();
    harness.get_by_label("Handout (HTML)…").click();
    harness.run();
    let prompt = harness.state().model.save_prompt.clone().unwrap();
    assert_eq!(prompt.title, "Export the handout for “Before the recall”");
    assert_eq!(
        harness.state().forms.save_path_text,
        target.display().to_string()
    );
    // The first Save asks; the file is untouched.
    harness.get_by_label("Save").click();
    harness.run();
    let prompt = harness.state().model.save_prompt.clone().unwrap();
    assert_eq!(prompt.replace.as_deref(), Some(target.as_path()));
    harness.get_by_label(&format!(
        "{} already exists. Press Replace to write over it, or type another path.",
        target.display()
    ));
    assert_eq!(
        std::fs::read_to_string(&target).unwrap(),
        "an older handout"
    );
    // Replace writes over it.
    harness.get_by_label("Replace").click();
    harness.run();
    assert_eq!(harness.state().model.save_prompt, None);
    let html = std::fs::read_to_string(&target).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert_eq!(
        notice(&harness),
        format!(
            "Exported the handout for “Before the recall” to {}.",
            target.display()
        )
    );
    std::fs::remove_dir_all(&folder).unwrap();
}

#[test]
fn cancelling_the_path_prompt_saves_nothing() {
    let folder = common::scratch("no-dialog-cancel");
    let mut harness = harness(&folder);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(harness.state().model.save_prompt.is_some());
    press(&mut harness, Key::Escape);
    assert_eq!(harness.state().model.save_prompt, None);
    assert_eq!(harness.state().model.workspace.current().path, None);
    // Enter now does nothing to any file: the folder stays empty.
    press(&mut harness, Key::Enter);
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 0);
    std::fs::remove_dir_all(&folder).unwrap();
}

#[test]
fn open_without_a_dialog_opens_the_path_prompt_and_says_why() {
    let folder = common::scratch("no-dialog-open");
    let mut harness = harness(&folder);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    let model = &harness.state().model;
    assert!(model.open_path_visible);
    assert_eq!(model.open_path_note.as_deref(), Some(REASON));
    harness.get_by_label(
        "No file dialog can open here: there is no desktop portal (no D-Bus session) and zenity is not installed: type the path of the file to open.",
    );
    harness.get_by_label("Path of a scenario file (.ron):");
    std::fs::remove_dir_all(&folder).unwrap();
}

#[test]
fn a_file_opened_again_from_the_path_prompt_shows_the_open_copy() {
    let folder = common::scratch("no-dialog-reopen");
    let mut harness = harness(&folder);
    // Saved through the prompt, then opened again through the other prompt.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    press(&mut harness, Key::Enter);
    let file = folder.join("Before the recall.ron");
    assert!(file.is_file());
    harness
        .state_mut()
        .apply(Command::Doc(Doc::Edit(Edit::Duplicate)));
    harness.run();
    let before = harness.state().model.workspace.entries.len();
    assert_eq!((before, harness.state().model.workspace.current), (2, 1));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    harness
        .get_by_label("Path of a scenario file (.ron):")
        .type_text(&file.display().to_string());
    harness.run();
    press(&mut harness, Key::Enter);
    let model = &harness.state().model;
    assert_eq!(model.workspace.entries.len(), before);
    assert_eq!(model.workspace.current, 0);
    assert_eq!(
        notice(&harness),
        format!(
            "“Before the recall” is already open from {}: it is shown.",
            file.display()
        )
    );
    std::fs::remove_dir_all(&folder).unwrap();
}
