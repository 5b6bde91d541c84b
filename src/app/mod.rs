//! The window: a small frame over a [`Model`]. Views (`views/`, one file per tab or panel) read
//! the model and push [`Command`]s; the frame applies them after the layout (`apply/`, one file
//! per concern) and derives the lanes again (`crate::lanes`) only when a scenario, the office or
//! the set of lanes changed. The keyboard is one table (`keys.rs`); storage, launch and the native
//! start-up have files of their own; files, dialogs and the clock sit behind [`Platform`] and
//! [`Launch`], so the web edition swaps them.

mod apply;
pub mod command;
pub mod format;
pub mod keys;
pub mod launch;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
mod native;
pub mod palette;
pub mod picture;
pub mod platform;
pub mod prompts;
pub mod ruler;
#[cfg(not(target_arch = "wasm32"))]
pub mod screenshot;
pub mod storage;
pub mod views;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;

pub use crate::lanes::{Lane, LaneId};
pub use crate::workspace::{Edit, Entry, UndoHistory, Workspace};
pub use command::{Command, Doc, Export, ExportFormat, File, Jump, Lesson, Nav, Tab, View};
pub use launch::Launch;
pub use model::{Forms, Model, Notice, ViewState};
#[cfg(not(target_arch = "wasm32"))]
pub use native::run;
use palette::Theme;
/// The old name of the platform seam's module, for code written against it.
pub use platform as files;
pub use platform::Platform;
pub use storage::{STORAGE_KEY, check_stored};

/// The app.
pub struct RotaApp {
    pub model: Model,
    pub forms: Forms,
    platform: Box<dyn Platform>,
    commands: Vec<Command>,
    ephemeral: bool,
    #[cfg(not(target_arch = "wasm32"))]
    screenshot: Option<screenshot::Job>,
    #[cfg(not(target_arch = "wasm32"))]
    probe: Option<screenshot::Probe>,
    /// The theme last given to egui, so it is set only when it changes.
    applied_theme: Option<Theme>,
    /// Presenter mode as last given to egui (styles, full screen).
    applied_presenter: Option<bool>,
    /// Where the timeline was drawn in the last frame, in points: what "Export PNG" crops to.
    timeline_rect: Option<egui::Rect>,
    /// A picture of the timeline was asked for: the frames to draw (with its caption) before it
    /// is requested from the renderer.
    png_frames: u8,
    /// The renderer's picture, once it arrives.
    png_slot: Option<Arc<Mutex<Option<Arc<egui::ColorImage>>>>>,
    /// A save or export waiting for the path prompt's answer (no file dialog could open).
    pending_save: Option<apply::PendingSave>,
    /// Text for the clipboard, handed to egui in the next frame.
    pending_copy: Option<String>,
    /// The title and message last shown beyond the window, so they are sent only on change.
    shown_status: (String, String),
    /// rota's own state file (the desktop): the stored state is written there, atomically,
    /// rather than into eframe's storage.
    state_file: Option<PathBuf>,
    /// The stored state as last written to `state_file`, so an unchanged state is not rewritten.
    state_written: Option<String>,
}

impl RotaApp {
    /// Builds the app from a stored state (`None`: first start). A state that cannot be read gives
    /// the defaults and a notice saying so.
    #[must_use]
    pub fn from_stored(
        library: crate::data::Library,
        today: NaiveDate,
        stored: Option<&str>,
        platform: Box<dyn Platform>,
    ) -> Self {
        let restored = storage::restore(&library, stored);
        let model = Model::new(library, today, restored);
        let mut app = Self {
            model,
            forms: Forms::default(),
            platform,
            commands: Vec::new(),
            ephemeral: false,
            #[cfg(not(target_arch = "wasm32"))]
            screenshot: None,
            #[cfg(not(target_arch = "wasm32"))]
            probe: None,
            applied_theme: None,
            applied_presenter: None,
            timeline_rect: None,
            png_frames: 0,
            png_slot: None,
            pending_save: None,
            pending_copy: None,
            shown_status: (String::new(), String::new()),
            state_file: None,
            state_written: None,
        };
        app.recompute();
        app.forms.cursor_text = app.model.view.cursor.to_string();
        app
    }

    /// The state written between sessions.
    #[must_use]
    pub fn stored(&self) -> String {
        let m = &self.model;
        storage::stored_text(&m.library, &m.workspace, &m.view)
    }

    /// Asks for a command, as a view would; it is applied at the end of the frame.
    pub fn push(&mut self, command: impl Into<Command>) {
        self.commands.push(command.into());
    }

    /// Derives every lane again. Called when a scenario, the office or the set of lanes changed,
    /// never per frame.
    pub fn recompute(&mut self) {
        self.model.recompute();
    }

    /// Files dropped on the window open as scenarios (or offices).
    fn dropped_files(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        for file in dropped {
            // On the desktop a dropped file has a path; the web edition reads its bytes instead.
            #[cfg(not(target_arch = "wasm32"))]
            self.commands
                .push(File::OpenPath(file.path().to_path_buf()).into());
            #[cfg(target_arch = "wasm32")]
            self.platform.receive_dropped(file);
        }
    }

    /// The window's title names the office, the day and the scenario ("rota · CSTO Secretary
    /// General · 2 Nov 2018 · Documented"); it and the current message also reach the platform
    /// (the web page's title and live region).
    fn show_status(&mut self, ctx: &egui::Context) {
        let m = &self.model;
        let entry = m.workspace.current();
        let read_only = if entry.read_only { " (read-only)" } else { "" };
        let title = format!(
            "rota · {} · {} · {}{read_only}",
            crate::text::shown_name(&format!("{} {}", m.catalog.short, m.catalog.post)),
            format::day(m.view.cursor),
            crate::text::shown_name(&entry.scenario.name)
        );
        let notice = m
            .notice
            .as_ref()
            .map_or_else(String::new, |n| n.text.clone());
        if self.shown_status.0 != title || self.shown_status.1 != notice {
            if self.shown_status.0 != title {
                ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            }
            self.platform.show_status(&title, &notice);
            self.shown_status = (title, notice);
        }
    }

    /// Gives egui the theme, and presenter mode's text, contrast and full screen, when they change.
    fn apply_look(&mut self, ctx: &egui::Context) {
        let presenter = self.model.presenter;
        if self.applied_presenter != Some(presenter) {
            if presenter {
                ctx.all_styles_mut(palette::presenter);
            } else {
                ctx.style_mut_of(egui::Theme::Light, |s| s.visuals = egui::Visuals::light());
                ctx.style_mut_of(egui::Theme::Dark, |s| s.visuals = egui::Visuals::dark());
                ctx.all_styles_mut(palette::classroom_text);
            }
            // A screenshot or a measurement keeps the size it was asked for.
            #[cfg(not(target_arch = "wasm32"))]
            let full_screen = self.screenshot.is_none() && self.probe.is_none();
            #[cfg(target_arch = "wasm32")]
            let full_screen = true;
            // Nothing to undo on the first frame of an ordinary start.
            let changed = self.applied_presenter.is_some() || presenter;
            if full_screen && changed {
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(presenter));
            }
            self.applied_presenter = Some(presenter);
            self.applied_theme = None;
        }
        let theme = if presenter {
            Theme::Light
        } else {
            self.model.view.theme
        };
        if self.applied_theme != Some(theme) {
            ctx.set_theme(theme.egui());
            self.applied_theme = Some(theme);
        }
    }

    /// Lays out one frame and applies what it asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.apply_look(&ctx);
        let keyed = keys::dispatch(&ctx, &self.model);
        self.commands.extend(keyed);
        self.dropped_files(&ctx);
        if let Some(text) = self.pending_copy.take() {
            ctx.copy_text(text);
        }
        while let Some(command) = self.platform.poll() {
            self.commands.push(command);
        }
        let mut out = std::mem::take(&mut self.commands);
        self.timeline_rect = Some(views::show(ui, &self.model, &mut self.forms, &mut out));
        if !ctx.egui_is_using_pointer() && !ctx.text_edit_focused() {
            self.model.undo.seal();
        }
        for command in out {
            self.apply(command);
        }
        self.finish_png(&ctx);
        self.show_status(&ctx);
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(job) = &mut self.screenshot {
            job.step(&ctx);
        }
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(probe) = &mut self.probe {
            probe.step(&ctx);
        }
    }
}

impl eframe::App for RotaApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.ephemeral {
            return;
        }
        if self.state_file.is_some() {
            if self.save_state_file().is_ok() && storage.get_string(STORAGE_KEY).is_some() {
                // Kept in rota's own file now: eframe's (written in place) no longer holds it.
                storage.remove_string(STORAGE_KEY);
            }
            return;
        }
        storage.set_string(STORAGE_KEY, self.stored());
    }

    fn persist_egui_memory(&self) -> bool {
        !self.ephemeral
    }
}
