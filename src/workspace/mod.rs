//! The user's scenarios as a document: which are open and which is shown, the edits that change
//! them, and undo and redo over those edits. GUI-free: the window, its tests and the benchmarks
//! drive it through [`UndoHistory::apply`].

use std::path::PathBuf;

use chrono::NaiveDate;

use crate::data::limits;
use crate::engine::{Event, Office, Rules, Scenario};

/// A change to the scenarios: undoable.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Recall the appointed holder on the date.
    Recall(NaiveDate),
    AddEvent(Event),
    RemoveEvent(usize),
    SetRules(Rules),
    Rename(String),
    SetDescription(String),
    /// A new scenario: the office's rules as agreed (given here), no events.
    New(Box<Scenario>),
    Duplicate,
    Delete,
    Switch(usize),
    /// Add a scenario (opened from a file or the bundled ones) and switch to it.
    Add(Entry),
}

impl Edit {
    /// Edits that arrive once per frame while a value is dragged or typed are merged into one
    /// undo step: this names what they change.
    fn merge_key(&self) -> Option<&'static str> {
        match self {
            Self::SetRules(_) => Some("rules"),
            Self::Rename(_) => Some("name"),
            Self::SetDescription(_) => Some("description"),
            _ => None,
        }
    }
}

/// A scenario and the file it came from or was saved to.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub scenario: Scenario,
    pub path: Option<PathBuf>,
    /// Opened from a shared link: shown as it was shared; "Make a copy" to edit it.
    pub read_only: bool,
    /// The scenario's events or rules changed after its description was written: the description
    /// may no longer say what the scenario does (the Scenario tab says so).
    pub description_stale: bool,
}

/// The user's scenarios and which one is shown. Never empty.
#[derive(Clone, Debug, PartialEq)]
pub struct Workspace {
    pub entries: Vec<Entry>,
    pub current: usize,
}

/// Where the workspace finds the office a scenario belongs to, to check it.
pub trait Offices {
    /// The office with this id.
    fn office_of(&self, id: &str) -> Option<&Office>;
}

/// One office answers for every id (a workspace of one office's scenarios).
impl Offices for Office {
    fn office_of(&self, _id: &str) -> Option<&Office> {
        Some(self)
    }
}

impl Offices for crate::data::Library {
    fn office_of(&self, id: &str) -> Option<&Office> {
        self.get(id).map(|c| &c.office)
    }
}

impl Workspace {
    /// A workspace holding one scenario.
    #[must_use]
    pub fn with(scenario: Scenario) -> Self {
        Self {
            entries: vec![Entry {
                scenario,
                path: None,
                read_only: false,
                description_stale: false,
            }],
            current: 0,
        }
    }

    /// The scenario shown.
    #[must_use]
    pub fn current(&self) -> &Entry {
        let last = self.entries.len().saturating_sub(1);
        &self.entries[self.current.min(last)]
    }

    fn current_mut(&mut self) -> &mut Entry {
        let last = self.entries.len().saturating_sub(1);
        self.current = self.current.min(last);
        &mut self.entries[self.current]
    }

    /// Applies `edit`, or explains why not and leaves the workspace as it was.
    ///
    /// # Errors
    /// A sentence for the user: the edit would make the scenario invalid (each problem the engine
    /// finds), or it cannot apply (deleting the last scenario, an index that does not exist).
    pub fn apply(&mut self, edit: &Edit, offices: &impl Offices) -> Result<(), String> {
        let before = self.clone();
        self.apply_unchecked(edit)?;
        // The limits first: the engine's checks compare events pairwise.
        let mut sentences = limits::problems(&self.current().scenario);
        if sentences.is_empty() {
            // The scenario now current is checked against its own office (a switch or a deletion
            // may make another office's scenario current).
            let id = &self.current().scenario.office;
            let Some(office) = offices.office_of(id) else {
                let message = format!("No office \"{id}\" is open.");
                *self = before;
                return Err(message);
            };
            let problems = self.current().scenario.problems(office);
            sentences.extend(problems.into_iter().map(|p| p.message));
        }
        if sentences.is_empty() {
            Ok(())
        } else {
            *self = before;
            Err(sentences.join("; "))
        }
    }

    fn apply_unchecked(&mut self, edit: &Edit) -> Result<(), String> {
        let changes_scenario = matches!(
            edit,
            Edit::Recall(_)
                | Edit::AddEvent(_)
                | Edit::RemoveEvent(_)
                | Edit::SetRules(_)
                | Edit::Rename(_)
                | Edit::SetDescription(_)
        );
        if changes_scenario && self.current().read_only {
            return Err(
                "This scenario came from a shared link and is read-only: “Make a copy” to edit it."
                    .to_owned(),
            );
        }
        let adds = matches!(edit, Edit::New(_) | Edit::Duplicate | Edit::Add(_));
        if adds && self.entries.len() >= limits::MAX_SCENARIOS {
            return Err(format!(
                "rota holds at most {} scenarios at once: delete one first.",
                limits::MAX_SCENARIOS
            ));
        }
        if matches!(
            edit,
            Edit::Recall(_) | Edit::AddEvent(_) | Edit::RemoveEvent(_) | Edit::SetRules(_)
        ) {
            let entry = self.current_mut();
            entry.description_stale |= !entry.scenario.description.trim().is_empty();
        }
        match edit {
            Edit::Recall(date) => {
                let events = &mut self.current_mut().scenario.events;
                if events.contains(&Event::Recall { date: *date }) {
                    return Err(format!("This scenario already has a recall on {date}."));
                }
                events.push(Event::Recall { date: *date });
            }
            Edit::AddEvent(event) => {
                let events = &mut self.current_mut().scenario.events;
                if events.contains(event) {
                    return Err(format!("This scenario already has “{event}”."));
                }
                events.push(*event);
            }
            Edit::RemoveEvent(index) => {
                let events = &mut self.current_mut().scenario.events;
                if *index >= events.len() {
                    return Err("That event is no longer in the scenario.".to_owned());
                }
                events.remove(*index);
            }
            Edit::SetRules(rules) => self.current_mut().scenario.rules = *rules,
            Edit::Rename(name) => self.current_mut().scenario.name.clone_from(name),
            Edit::SetDescription(text) => {
                let entry = self.current_mut();
                entry.scenario.description.clone_from(text);
                entry.description_stale = false;
            }
            Edit::New(base) => {
                let mut scenario = (**base).clone();
                scenario.name = self.unused_name("Untitled");
                scenario.description.clear();
                scenario.events.clear();
                self.push(Entry {
                    scenario,
                    path: None,
                    read_only: false,
                    description_stale: false,
                });
            }
            Edit::Duplicate => {
                let mut copy = self.current().clone();
                copy.scenario.name =
                    self.unused_name(&limits::fit_name(&copy.scenario.name, " (copy)"));
                copy.path = None;
                copy.read_only = false;
                self.push(copy);
            }
            Edit::Delete => {
                if self.entries.len() <= 1 {
                    return Err("The last scenario cannot be deleted; create another first.".into());
                }
                let at = self.current.min(self.entries.len() - 1);
                self.entries.remove(at);
                self.current = at.min(self.entries.len() - 1);
            }
            Edit::Switch(index) => {
                if *index >= self.entries.len() {
                    return Err("That scenario no longer exists.".to_owned());
                }
                self.current = *index;
            }
            Edit::Add(entry) => {
                let mut entry = entry.clone();
                // A scenario from a file keeps its name, so that saving it back writes what was
                // read: the lists tell two of a name apart by their files (`label`).
                if entry.path.is_none()
                    && self
                        .entries
                        .iter()
                        .any(|e| e.scenario.name == entry.scenario.name)
                {
                    entry.scenario.name = self.unused_name(&entry.scenario.name);
                }
                self.push(entry);
            }
        }
        Ok(())
    }

    /// How the lists name the scenario at `index`: its name, and its file's name where another
    /// scenario has the same name ("Before the recall (zas-recall.ron)").
    #[must_use]
    pub fn label(&self, index: usize) -> String {
        let Some(entry) = self.entries.get(index) else {
            return String::new();
        };
        let name = &entry.scenario.name;
        let shared = self
            .entries
            .iter()
            .enumerate()
            .any(|(i, e)| i != index && e.scenario.name == *name);
        match (&entry.path, shared) {
            (Some(path), true) => {
                let file = path
                    .file_name()
                    .map_or_else(String::new, |f| f.to_string_lossy().into_owned());
                format!("{name} ({file})")
            }
            _ => name.clone(),
        }
    }

    fn push(&mut self, entry: Entry) {
        self.entries.push(entry);
        self.current = self.entries.len() - 1;
    }

    /// `base`, or `base 2`, `base 3`... whichever no scenario is called yet.
    fn unused_name(&self, base: &str) -> String {
        let taken = |name: &str| self.entries.iter().any(|e| e.scenario.name == name);
        if !taken(base) {
            return base.to_owned();
        }
        (2..)
            .map(|n| limits::fit_name(base, &format!(" {n}")))
            .find(|name| !taken(name))
            .unwrap_or_else(|| base.to_owned())
    }
}

/// Undo and redo over whole workspaces: scenarios are small, so a snapshot per step is simple
/// and cannot drift out of step with the edits.
#[derive(Clone, Debug, Default)]
pub struct UndoHistory {
    undo: Vec<Workspace>,
    redo: Vec<Workspace>,
    last_merge_key: Option<&'static str>,
}

/// How many steps back undo reaches.
const UNDO_DEPTH: usize = 500;
/// About how much memory the undo steps may take together (each a whole workspace): with many
/// large scenarios, undo reaches fewer steps back rather than taking a gigabyte.
const UNDO_BYTES: usize = 64 * 1024 * 1024;

impl Workspace {
    /// About how many bytes the workspace takes in memory.
    fn weight(&self) -> usize {
        self.entries
            .iter()
            .map(|e| {
                std::mem::size_of::<Entry>()
                    + e.scenario.office.len()
                    + e.scenario.name.len()
                    + e.scenario.description.len()
                    + e.scenario.events.len() * std::mem::size_of::<Event>()
            })
            .sum()
    }
}

impl UndoHistory {
    /// Applies `edit` to `workspace`, remembering the state before it.
    ///
    /// # Errors
    /// As [`Workspace::apply`]; nothing is remembered then.
    pub fn apply(
        &mut self,
        workspace: &mut Workspace,
        edit: &Edit,
        offices: &impl Offices,
    ) -> Result<(), String> {
        let before = workspace.clone();
        workspace.apply(edit, offices)?;
        let key = edit.merge_key();
        if key.is_none() || key != self.last_merge_key {
            self.undo.push(before);
            // At most UNDO_DEPTH steps, and fewer when the scenarios are large: the oldest go.
            let mut weight: usize = self.undo.iter().map(Workspace::weight).sum();
            while self.undo.len() > UNDO_DEPTH || (weight > UNDO_BYTES && self.undo.len() > 1) {
                weight = weight.saturating_sub(self.undo.remove(0).weight());
            }
        }
        self.last_merge_key = key;
        self.redo.clear();
        Ok(())
    }

    /// Ends a run of merged edits, so the next one is a step of its own.
    pub fn seal(&mut self) {
        self.last_merge_key = None;
    }

    /// Steps back; `false` when there is nothing to undo.
    pub fn undo(&mut self, workspace: &mut Workspace) -> bool {
        self.last_merge_key = None;
        match self.undo.pop() {
            Some(previous) => {
                self.redo.push(std::mem::replace(workspace, previous));
                true
            }
            None => false,
        }
    }

    /// Steps forward again; `false` when there is nothing to redo.
    pub fn redo(&mut self, workspace: &mut Workspace) -> bool {
        self.last_merge_key = None;
        match self.redo.pop() {
            Some(next) => {
                self.undo.push(std::mem::replace(workspace, next));
                true
            }
            None => false,
        }
    }

    #[must_use]
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    #[must_use]
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests;
