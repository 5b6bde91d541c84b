//! The window's state between sessions: the user's scenarios (kept as scenario-file text, so a
//! stored state is read by the same checked loader as a file) and the view; and, on the desktop,
//! the file it is kept in (eframe's `app.ron`). eframe reads an unreadable file as empty and later
//! overwrites it; rota looks first, and sets such a file aside (renamed, never deleted) so that
//! nothing a user had is lost, then starts with the defaults.

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

#[cfg(not(target_arch = "wasm32"))]
pub use state_file::*;

#[cfg(not(target_arch = "wasm32"))]
pub mod state_file {
    use std::collections::HashMap;
    use std::path::{Path, PathBuf};

    use super::{STORAGE_KEY, check_stored};
    use crate::data::Library;

    /// Where the desktop app keeps its state: eframe's place for an app called "rota".
    #[must_use]
    pub fn default_path() -> Option<PathBuf> {
        eframe::storage_dir("rota").map(|dir| dir.join("app.ron"))
    }

    /// What happened to the state file at start.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Checked {
        /// Absent, or readable: eframe may load it.
        Fine,
        /// Unreadable (or from a newer rota), renamed to `kept_as`.
        SetAside { reason: String, kept_as: PathBuf },
        /// Unreadable, and it could not be renamed either: rota must not write over it.
        Stuck { reason: String },
    }

    impl Checked {
        /// The sentence the window shows, if any.
        #[must_use]
        pub fn notice(&self, path: &Path) -> Option<String> {
            match self {
                Self::Fine => None,
                Self::SetAside { reason, kept_as } => Some(format!(
                    "The saved state in {} could not be used ({reason}). It was kept as {}, and rota started with the defaults.",
                    path.display(),
                    kept_as.display()
                )),
                Self::Stuck { reason } => Some(format!(
                    "The saved state in {} could not be used ({reason}) nor moved aside; rota started with the defaults and will not save over it.",
                    path.display()
                )),
            }
        }
    }

    /// Reads the state file at `path` and sets it aside when rota cannot use it: when it is not the
    /// RON eframe writes, or rota's part cannot be read or comes from a newer rota. `stamp` (today's
    /// date, from the shell) names the kept copy: `app.ron.set-aside-2026-11-24`, then `-2`, `-3`….
    #[must_use]
    pub fn check(path: &Path, stamp: &str, library: &Library) -> Checked {
        let text = match std::fs::read(path) {
            Ok(bytes) => bytes,
            // Absent is the first start; anything else unreadable is left for eframe to ignore.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Checked::Fine,
            Err(e) => {
                return Checked::Stuck {
                    reason: e.to_string(),
                };
            }
        };
        let problem = match std::str::from_utf8(&text) {
            Err(_) => Some("it is not text".to_owned()),
            Ok(text) => match ron::from_str::<HashMap<String, String>>(text) {
                Err(e) => Some(format!("it is damaged: {e}")),
                Ok(kv) => kv
                    .get(STORAGE_KEY)
                    .and_then(|ours| check_stored(ours, library).err()),
            },
        };
        let Some(reason) = problem else {
            return Checked::Fine;
        };
        match set_aside(path, stamp) {
            Ok(kept_as) => Checked::SetAside { reason, kept_as },
            Err(e) => Checked::Stuck {
                reason: format!("{reason}; renaming it failed: {e}"),
            },
        }
    }

    fn set_aside(path: &Path, stamp: &str) -> std::io::Result<PathBuf> {
        let name = path
            .file_name()
            .map_or_else(|| "app.ron".into(), |n| n.to_string_lossy().into_owned());
        let base = format!("{name}.set-aside-{stamp}");
        let dir = path.parent().unwrap_or(Path::new("."));
        let target = (1..1000)
            .map(|n| {
                if n == 1 {
                    dir.join(&base)
                } else {
                    dir.join(format!("{base}-{n}"))
                }
            })
            .find(|p| !p.exists())
            .ok_or_else(|| std::io::Error::other("too many kept copies already"))?;
        std::fs::rename(path, &target)?;
        Ok(target)
    }

    #[cfg(test)]
    #[expect(clippy::unwrap_used, reason = "tests")]
    mod tests {
        use super::*;

        fn check(path: &Path, stamp: &str) -> Checked {
            let library = crate::data::Library::bundled().unwrap();
            super::check(path, stamp, &library)
        }

        fn scratch(name: &str) -> PathBuf {
            let dir =
                std::env::temp_dir().join(format!("rota-state-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            dir
        }

        #[test]
        fn a_missing_or_good_state_file_is_left_alone() {
            let dir = scratch("good");
            let path = dir.join("app.ron");
            assert_eq!(check(&path, "2026-11-24"), Checked::Fine);
            std::fs::write(&path, "{\"rota\": \"(version: 1)\", \"egui\": \"()\"}").unwrap();
            assert_eq!(check(&path, "2026-11-24"), Checked::Fine);
            assert!(path.exists());
            std::fs::remove_dir_all(&dir).unwrap();
        }

        #[test]
        fn a_damaged_file_is_renamed_aside_with_its_bytes_and_never_deleted() {
            let dir = scratch("damaged");
            let path = dir.join("app.ron");
            let bytes = b"{\"rota\": \"(version: 1, scenar";
            std::fs::write(&path, bytes).unwrap();
            let Checked::SetAside { reason, kept_as } = check(&path, "2026-11-24") else {
                panic!("not set aside");
            };
            assert!(reason.starts_with("it is damaged"), "{reason}");
            assert_eq!(kept_as, dir.join("app.ron.set-aside-2026-11-24"));
            assert!(!path.exists());
            assert_eq!(std::fs::read(&kept_as).unwrap(), bytes);
            // A second bad file the same day gets a name of its own.
            std::fs::write(&path, [0xFF, 0xFE]).unwrap();
            let Checked::SetAside { reason, kept_as } = check(&path, "2026-11-24") else {
                panic!("not set aside");
            };
            assert_eq!(reason, "it is not text");
            assert_eq!(kept_as, dir.join("app.ron.set-aside-2026-11-24-2"));
            std::fs::remove_dir_all(&dir).unwrap();
        }

        #[test]
        fn a_state_from_a_newer_rota_is_set_aside_with_the_reason() {
            let dir = scratch("newer");
            let path = dir.join("app.ron");
            std::fs::write(&path, "{\"rota\": \"(version: 7)\"}").unwrap();
            let checked = check(&path, "2026-11-24");
            let Checked::SetAside { reason, .. } = &checked else {
                panic!("not set aside");
            };
            assert_eq!(
                reason,
                "it comes from a newer rota (format 7; this one reads format 1)"
            );
            let notice = checked.notice(&path).unwrap();
            assert!(notice.contains("It was kept as "), "{notice}");
            std::fs::remove_dir_all(&dir).unwrap();
        }
    }
}
