//! The document: scenario edits through the undo history, undo and redo, bundled scenarios, and
//! the office shown (which is the current scenario's).

use crate::app::RotaApp;
use crate::app::command::Doc;
use crate::app::model::opening_scenario;
use crate::workspace::{Edit, Entry};

impl RotaApp {
    pub(super) fn doc(&mut self, command: Doc) {
        let m = &mut self.model;
        match command {
            Doc::Edit(edit) => {
                let office = m
                    .library
                    .get(&m.workspace.current().scenario.office)
                    .map_or_else(|| m.catalog.office.clone(), |c| c.office.clone());
                let office = match &edit {
                    // A scenario added from elsewhere is checked against its own office.
                    Edit::Add(entry) => m
                        .library
                        .get(&entry.scenario.office)
                        .map_or(office, |c| c.office.clone()),
                    _ => office,
                };
                match m.undo.apply(&mut m.workspace, &edit, &office) {
                    Ok(()) => {
                        if !matches!(edit, Edit::Rename(_) | Edit::SetDescription(_)) {
                            m.notice = None;
                        }
                        if matches!(edit, Edit::Recall(_)) {
                            // Done: the holding has ended, so the day typed no longer falls in it.
                            self.forms.recall_text.clear();
                        }
                        self.recompute();
                    }
                    Err(message) => self.tell(message, true),
                }
            }
            Doc::Undo => {
                if m.undo.undo(&mut m.workspace) {
                    self.recompute();
                }
            }
            Doc::Redo => {
                if m.undo.redo(&mut m.workspace) {
                    self.recompute();
                }
            }
            Doc::OpenBundled(id) => {
                if let Some(scenario) = m.catalog.scenario(&id).cloned() {
                    self.doc(Doc::Edit(Edit::Add(Entry {
                        scenario,
                        path: None,
                        read_only: false,
                    })));
                }
            }
            Doc::ChooseOffice(id) => {
                if id == m.catalog.id {
                    return;
                }
                // The office's scenario in the workspace, if one is there; else the one it opens
                // with, added.
                let existing = m
                    .workspace
                    .entries
                    .iter()
                    .position(|e| e.scenario.office == id);
                match (existing, m.library.get(&id)) {
                    (Some(index), _) => self.doc(Doc::Edit(Edit::Switch(index))),
                    (None, Some(catalog)) => {
                        let scenario = opening_scenario(catalog);
                        let before = m.workspace.entries.len();
                        self.doc(Doc::Edit(Edit::Add(Entry {
                            scenario,
                            path: None,
                            read_only: false,
                        })));
                        if self.model.workspace.entries.len() == before {
                            return; // not added: the notice says why
                        }
                    }
                    (None, None) => {
                        self.tell(format!("No office \"{id}\" is open."), true);
                        return;
                    }
                }
                self.frame_office();
            }
        }
    }

    /// Frames the years that teach for the office shown, with the cursor on its rotation's start.
    pub(crate) fn frame_office(&mut self) {
        let catalog = &self.model.catalog;
        let start = catalog.rules.start;
        let (from, to) = catalog.framing();
        self.model.view.ruler = crate::app::ruler::Ruler::fitting(from, to);
        self.model.view.selected = None;
        self.model.view.selected_lane = crate::lanes::LaneId::Scenario;
        self.set_cursor(start);
    }
}
