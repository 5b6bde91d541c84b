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
                let office = m.catalog.id.clone();
                match m.undo.apply(&mut m.workspace, &edit, &m.library) {
                    Ok(()) => {
                        if !matches!(edit, Edit::Rename(_) | Edit::SetDescription(_)) {
                            m.notice = None;
                        }
                        if matches!(edit, Edit::Recall(_)) {
                            // Done: the holding has ended, so the day typed no longer falls in it.
                            self.forms.recall_text.clear();
                        }
                        self.recompute();
                        // A scenario of another office (opened, switched to, undone) shows that
                        // office framed as it opens.
                        if self.model.catalog.id != office {
                            self.frame_office();
                        }
                    }
                    Err(message) => self.tell(message, true),
                }
            }
            Doc::Undo => {
                let office = m.catalog.id.clone();
                if m.undo.undo(&mut m.workspace) {
                    self.recompute();
                    if self.model.catalog.id != office {
                        self.frame_office();
                    }
                }
            }
            Doc::Redo => {
                let office = m.catalog.id.clone();
                if m.undo.redo(&mut m.workspace) {
                    self.recompute();
                    if self.model.catalog.id != office {
                        self.frame_office();
                    }
                }
            }
            Doc::OpenBundled(id) => {
                if let Some(scenario) = m.catalog.scenario(&id).cloned() {
                    self.doc(Doc::Edit(Edit::Add(Entry {
                        scenario,
                        path: None,
                        read_only: false,
                        description_stale: false,
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
                        // Where it cannot be added (the window is full), the notice says why.
                        let scenario = opening_scenario(catalog);
                        self.doc(Doc::Edit(Edit::Add(Entry {
                            scenario,
                            path: None,
                            read_only: false,
                            description_stale: false,
                        })));
                    }
                    (None, None) => {
                        self.tell(format!("No office \"{id}\" is open."), true);
                    }
                }
            }
        }
    }

    /// Frames the years that teach for the office shown, with the cursor on its rotation's start.
    pub(crate) fn frame_office(&mut self) {
        let catalog = &self.model.catalog;
        let start = catalog.opening_day();
        let (from, to) = catalog.framing();
        self.model.view.ruler = crate::app::ruler::Ruler::fitting(from, to);
        self.model.view.selected = None;
        self.model.view.selected_lane = crate::lanes::LaneId::Scenario;
        self.set_cursor(start);
    }
}
