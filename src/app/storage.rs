//! The window's state between sessions: the user's scenarios (kept as scenario-file text, so a
//! stored state is read by the same checked loader as a file) and the view; and, on the desktop,
//! the files it is kept in (`state_file`: rota's own `state.ron`, written atomically, and
//! eframe's `app.ron`, set aside when unusable).

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::model::ViewState;
use crate::data::Library;
use crate::data::scenario_file::{parse_scenario, scenario_to_ron};
use crate::workspace::{Entry, Workspace};

/// The key under which the app's state is stored between sessions.
pub const STORAGE_KEY: &str = "rota";
/// The stored state's format; a newer one is set aside rather than misread.
pub const STORAGE_VERSION: u32 = 1;

/// The stored form of the app's state. Scenarios are kept as scenario-file text, so a stored
/// state is read by the same checked loader as a file.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Stored {
    pub version: u32,
    pub scenarios: Vec<StoredScenario>,
    pub current: usize,
    pub view: ViewState,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct StoredScenario {
    pub ron: String,
    pub path: Option<PathBuf>,
    pub read_only: bool,
}

/// Whether a stored state (rota's part of the state file) can be used whole.
///
/// # Errors
/// Why not, in words: it is damaged, it comes from a newer rota, or a scenario in it cannot be
/// read (using the rest would lose that scenario at the next save).
pub fn check_stored(text: &str, library: &Library) -> Result<(), String> {
    let stored =
        ron::from_str::<Stored>(text).map_err(|e| format!("rota's part is damaged: {e}"))?;
    if stored.version > STORAGE_VERSION {
        return Err(format!(
            "it comes from a newer rota (format {}; this one reads format {STORAGE_VERSION})",
            stored.version
        ));
    }
    for s in &stored.scenarios {
        if let Err(problems) = parse_scenario("saved state", s.ron.as_bytes(), library) {
            let first = problems
                .first()
                .map(ToString::to_string)
                .unwrap_or_default();
            return Err(format!("a saved scenario cannot be read: {first}"));
        }
    }
    Ok(())
}

/// What a stored state gives back: the scenarios (if any could be read), the view, and what the
/// window must tell the user.
#[derive(Debug, Default)]
pub struct Restored {
    pub workspace: Option<Workspace>,
    pub view: ViewState,
    pub notice: Option<String>,
}

/// Reads a stored state (`None`: the first start). A state that cannot be read gives the
/// defaults and a notice saying so; a scenario that cannot be read is left out, and said.
#[must_use]
pub fn restore(library: &Library, stored: Option<&str>) -> Restored {
    let Some(text) = stored else {
        return Restored::default();
    };
    match ron::from_str::<Stored>(text) {
        Ok(stored) if stored.version > STORAGE_VERSION => Restored {
            notice: Some(format!(
                "The saved state comes from a newer rota (format {}); this one reads format {STORAGE_VERSION}, so it started with the defaults.",
                stored.version
            )),
            ..Restored::default()
        },
        Ok(stored) => {
            let mut entries = Vec::new();
            let mut lost = Vec::new();
            for s in &stored.scenarios {
                match parse_scenario("saved state", s.ron.as_bytes(), library) {
                    Ok(scenario) => entries.push(Entry {
                        scenario,
                        path: s.path.clone(),
                        read_only: s.read_only,
                        description_stale: false,
                    }),
                    Err(problems) => lost.extend(problems.iter().map(ToString::to_string)),
                }
            }
            let notice = (!lost.is_empty()).then(|| {
                format!(
                    "Some saved scenarios could not be read and were left out: {}",
                    lost.join("; ")
                )
            });
            let mut view = stored.view;
            view.ruler.clamp();
            let workspace = (!entries.is_empty()).then(|| Workspace {
                current: stored.current.min(entries.len() - 1),
                entries,
            });
            Restored {
                workspace,
                view,
                notice,
            }
        }
        Err(e) => Restored {
            notice: Some(format!(
                "The saved state could not be read ({e}), so rota started with the defaults."
            )),
            ..Restored::default()
        },
    }
}

/// The state written between sessions.
#[must_use]
pub fn stored_text(library: &Library, workspace: &Workspace, view: &ViewState) -> String {
    let stored = Stored {
        version: STORAGE_VERSION,
        scenarios: workspace
            .entries
            .iter()
            .map(|e| StoredScenario {
                ron: library
                    .get(&e.scenario.office)
                    .map_or_else(String::new, |c| scenario_to_ron(&e.scenario, c)),
                path: e.path.clone(),
                read_only: e.read_only,
            })
            .collect(),
        current: workspace.current,
        view: view.clone(),
    };
    ron::ser::to_string(&stored).unwrap_or_default()
}

impl super::RotaApp {
    /// From now on the stored state is written to rota's own file at `path`, atomically, and no
    /// longer into eframe's storage.
    pub fn keep_state_in(&mut self, path: PathBuf) {
        self.state_file = Some(path);
        self.state_written = None;
    }

    /// Writes the stored state to rota's own state file, if it has one and the state changed since
    /// the last write: atomically, so a failure (a full disk) leaves the previous file whole, and
    /// says so in the window.
    ///
    /// # Errors
    /// The I/O error, also shown as a notice.
    pub fn save_state_file(&mut self) -> std::io::Result<()> {
        let Some(path) = self.state_file.clone() else {
            return Ok(());
        };
        let text = self.stored();
        if self.state_written.as_ref() == Some(&text) {
            return Ok(());
        }
        #[cfg(not(target_arch = "wasm32"))]
        let written = state_file::save(&path, &text);
        #[cfg(target_arch = "wasm32")]
        let written: std::io::Result<()> = Err(std::io::ErrorKind::Unsupported.into());
        match written {
            Ok(()) => {
                self.state_written = Some(text);
                Ok(())
            }
            Err(e) => {
                self.model.notice = Some(super::Notice {
                    text: format!(
                        "Could not save the window's state to {}: {e}. The state saved before is kept.",
                        path.display()
                    ),
                    is_error: true,
                });
                Err(e)
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use state_file::*;

#[cfg(not(target_arch = "wasm32"))]
pub mod state_file;
