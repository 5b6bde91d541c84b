//! Files and links: opening scenario and office files (from a dialog, a path, a drop or the
//! browser), saving, shared links.

use std::path::PathBuf;

use super::PendingSave;
use crate::app::RotaApp;
use crate::app::command::{Doc, File};
use crate::data::office_file::parse_office;
use crate::data::scenario_file::{Diagnostic, parse_scenario, scenario_to_ron};
use crate::text::shown_name;
use crate::workspace::{Edit, Entry};

/// True when a file's first word (after comments and a byte-order mark) is `Office`.
fn is_office(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes.get(..bytes.len().min(4096)).unwrap_or_default());
    text.trim_start_matches('\u{feff}')
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("//"))
        .is_some_and(|l| l.starts_with("Office"))
}

impl RotaApp {
    pub(super) fn file(&mut self, command: File) {
        match command {
            File::OpenDialog => {
                if let Some(path) = self.platform.pick_open() {
                    self.file(File::OpenPath(path));
                } else if let Some(reason) = self.platform.dialog_failure() {
                    // No dialog could open: the path prompt opens instead and says why.
                    self.model.open_path_visible = true;
                    self.model.open_path_note = Some(reason);
                }
            }
            File::OpenPath(path) => {
                let name = path.display().to_string();
                match self.platform.read(&path) {
                    Ok(bytes) => self.open_bytes(&name, &bytes, Some(path)),
                    Err(diagnostic) => self.refuse(&[diagnostic], &name),
                }
            }
            File::OpenBytes { name, bytes } => self.open_bytes(&name, &bytes, None),
            File::Save => match self.model.workspace.current().path.clone() {
                Some(path) => self.save_to(path),
                None => self.file(File::SaveAs),
            },
            File::SaveAs => {
                // File names are limited in bytes (255 on most systems).
                let name = &self.model.scenario().name;
                let suggested = format!("{}.ron", crate::text::clip_bytes(name, 200));
                let index = self.model.workspace.current;
                self.ask_where(
                    &suggested,
                    "Save the scenario",
                    PendingSave::Scenario { index },
                );
            }
            File::SaveToPath(path) => self.save_to_path(path),
            File::CopyLink => {
                let m = &self.model;
                let scenario = m.scenario().clone();
                // The web edition makes links to itself; the desktop to the class's web edition.
                let base = if cfg!(target_arch = "wasm32") || m.view.web_address.is_empty() {
                    self.platform.share_base()
                } else {
                    m.view.web_address.clone()
                };
                let link = crate::data::share::link(&base, &scenario, &m.catalog);
                let fragment = crate::data::share::fragment(&scenario, &m.catalog);
                self.platform.show_fragment(&fragment);
                self.pending_copy = Some(link.clone());
                self.model.shared_link = Some(link.clone());
                let name = shown_name(&scenario.name);
                let chars = link.len();
                let text = if cfg!(target_arch = "wasm32") {
                    format!(
                        "Copied a link to “{name}” ({chars} characters). Whoever opens it sees this scenario, read-only."
                    )
                } else if self.model.view.web_address.is_empty() {
                    format!(
                        "Copied a link to “{name}” ({chars} characters). It opens the web edition at {base}, \
                         which only this machine reaches while scripts/serve-web runs: set the class's address \
                         in the View menu (Web edition address…). The File menu's Open a shared link opens it here."
                    )
                } else {
                    format!(
                        "Copied a link to “{name}” ({chars} characters). It opens the web edition at {base}, \
                         where whoever opens it sees this scenario, read-only."
                    )
                };
                self.tell(text, false);
            }
            File::OpenLink(text) => match crate::data::share::decode(&text, &self.model.library) {
                Ok(scenario) => {
                    let name = shown_name(&scenario.name);
                    let added = self.add(Entry {
                        scenario,
                        path: None,
                        read_only: true,
                        description_stale: false,
                    });
                    if !added {
                        return; // the notice says why
                    }
                    self.tell(
                        format!(
                            "Opened “{name}” from a shared link, read-only: “Make a copy” to edit it."
                        ),
                        false,
                    );
                }
                Err(message) => self.tell(format!("{message} Nothing was changed."), true),
            },
        }
    }

    /// Opens a scenario file, or an office file (added to the offices and shown).
    fn open_bytes(&mut self, name: &str, bytes: &[u8], path: Option<PathBuf>) {
        if is_office(bytes) {
            match parse_office(name, bytes) {
                Ok(catalog) => {
                    let id = catalog.id.clone();
                    let title = shown_name(&format!("{} {}", catalog.short, catalog.post));
                    self.model.add_office(catalog);
                    // A reopened office file replaces the office: its scenarios are shown anew.
                    if self.model.catalog.id == id {
                        self.model.catalog.id.clear();
                    }
                    self.doc(Doc::ChooseOffice(id.clone()));
                    self.recompute();
                    if self.model.catalog.id != id {
                        // Not shown (rota holds as many scenarios as it can): the notice says why.
                        let why = self.model.notice.take().map(|n| n.text).unwrap_or_default();
                        self.tell(
                            format!("Added the office “{title}” from {name} to the offices, but could not show it: {why}"),
                            true,
                        );
                        return;
                    }
                    self.tell(format!("Opened the office “{title}” from {name}."), false);
                }
                Err(problems) => self.refuse(&problems, name),
            }
            return;
        }
        let open = path.as_ref().and_then(|p| {
            let entries = &self.model.workspace.entries;
            entries.iter().position(|e| e.path.as_ref() == Some(p))
        });
        if let Some(index) = open {
            // Already open: show it, rather than a second copy that saves over the first.
            self.doc(Doc::Edit(Edit::Switch(index)));
            let shown = shown_name(&self.model.scenario().name);
            self.tell(
                format!("“{shown}” is already open from {name}: it is shown."),
                false,
            );
            return;
        }
        match parse_scenario(name, bytes, &self.model.library) {
            Ok(scenario) => {
                let opened = shown_name(&scenario.name);
                let added = self.add(Entry {
                    scenario,
                    path,
                    read_only: false,
                    description_stale: false,
                });
                if added {
                    self.tell(format!("Opened “{opened}” from {name}."), false);
                }
            }
            Err(problems) => self.refuse(&problems, name),
        }
    }

    /// Adds a scenario and shows it; `false` when it was not added (the notice says why: rota
    /// holds at most [`crate::data::limits::MAX_SCENARIOS`]).
    fn add(&mut self, entry: Entry) -> bool {
        let before = self.model.workspace.entries.len();
        self.doc(Doc::Edit(Edit::Add(entry)));
        self.model.workspace.entries.len() > before
    }

    fn refuse(&mut self, problems: &[Diagnostic], name: &str) {
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        self.tell(
            format!(
                "Could not open {name}; nothing was changed.\n{}",
                lines.join("\n")
            ),
            true,
        );
    }

    fn save_to(&mut self, path: PathBuf) {
        let index = self.model.workspace.current;
        self.save_entry(index, path);
    }

    /// Saves the scenario at `index` in the workspace to `path`, and remembers the file.
    pub(super) fn save_entry(&mut self, index: usize, path: PathBuf) {
        let m = &mut self.model;
        let Some(scenario) = m.workspace.entries.get(index).map(|e| &e.scenario) else {
            return;
        };
        let name = shown_name(&scenario.name);
        let catalog = m.library.get(&scenario.office).unwrap_or(&m.catalog);
        let text = scenario_to_ron(scenario, catalog);
        match self.platform.write(&path, text.as_bytes()) {
            Ok(()) => {
                let saved = format!("Saved “{name}” to {}.", path.display());
                if let Some(entry) = m.workspace.entries.get_mut(index) {
                    entry.path = Some(path);
                }
                self.tell(saved, false);
            }
            Err(message) => self.tell(
                format!(
                    "Could not save to {}: {message}. The file on disk was not changed.",
                    path.display()
                ),
                true,
            ),
        }
    }
}
