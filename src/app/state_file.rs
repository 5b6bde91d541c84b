//! The files the window's state is kept in between sessions: rota's own `state.ron` (the
//! scenarios and the view, written by rota atomically, like every save) and eframe's `app.ron`
//! (the window's place and egui's memory; an earlier rota kept its state there too). eframe reads
//! an unreadable file as empty and later overwrites it; rota looks at both first, and sets a file
//! it cannot use aside (renamed, never deleted) so that nothing a user had is lost, then starts
//! with the defaults. Both are read as regular files of at most [`MAX_STATE_BYTES`], never
//! waited on or read whole.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{STORAGE_KEY, check_stored};
use crate::data::limits::MAX_STATE_BYTES;
use crate::engine::Members;

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

impl Checked {
    /// The sentence the window shows for eframe's `app.ron` when rota's own state file holds the
    /// state: then only the window's place and egui's memory were lost.
    #[must_use]
    pub fn layout_notice(&self, path: &Path) -> Option<String> {
        match self {
            Self::SetAside { reason, kept_as } => Some(format!(
                "The window's saved place and layout in {} could not be used ({reason}). It was kept as {}; your scenarios are safe.",
                path.display(),
                kept_as.display()
            )),
            _ => self.notice(path),
        }
    }
}

/// Reads the state file at `path` and sets it aside when rota cannot use it: when it is not the
/// RON eframe writes, or rota's part cannot be read or comes from a newer rota. `stamp` (today's
/// date, from the shell) names the kept copy: `app.ron.set-aside-2026-11-24`, then `-2`, `-3`….
#[must_use]
pub fn check(path: &Path, stamp: &str, members: &Members) -> Checked {
    examine(path, stamp, |text| {
        match ron::from_str::<HashMap<String, String>>(text) {
            Err(e) => Err(format!("it is damaged: {e}")),
            Ok(kv) => match kv.get(STORAGE_KEY) {
                Some(ours) => check_stored(ours, members),
                None => Ok(()),
            },
        }
    })
    .1
}

/// Reads the file at `path` (a regular file of at most [`MAX_STATE_BYTES`]) and judges its text
/// with `usable`; sets it aside when it cannot be read as text or `usable` says why not.
fn examine(
    path: &Path,
    stamp: &str,
    usable: impl FnOnce(&str) -> Result<(), String>,
) -> (Option<String>, Checked) {
    use crate::data::files::{ReadError, read_regular};
    let read = read_regular(path, MAX_STATE_BYTES);
    let problem = match read.map(String::from_utf8) {
        // Absent is the first start.
        Err(ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
            return (None, Checked::Fine);
        }
        // Unreadable (no permission): left for eframe to ignore, and never written over.
        Err(ReadError::Io(e)) => {
            return (
                None,
                Checked::Stuck {
                    reason: e.to_string(),
                },
            );
        }
        // A named pipe, a device or a huge file: set aside unread, before eframe opens it.
        Err(e) => e.to_string(),
        Ok(Err(_)) => "it is not text".to_owned(),
        Ok(Ok(text)) => match usable(&text) {
            Ok(()) => return (Some(text), Checked::Fine),
            Err(reason) => reason,
        },
    };
    match set_aside(path, stamp) {
        Ok(kept_as) => (
            None,
            Checked::SetAside {
                reason: problem,
                kept_as,
            },
        ),
        Err(e) => (
            None,
            Checked::Stuck {
                reason: format!("{problem}; renaming it failed: {e}"),
            },
        ),
    }
}

/// rota's own state file, beside eframe's `app.ron`: the scenarios and the view, written by rota
/// itself, atomically. eframe's `app.ron` keeps only the window's place and egui's memory, whose
/// loss costs nothing; an earlier rota kept the state there, under the key "rota", and it is
/// read from there until rota has written its own file.
#[must_use]
pub fn own_path(app_ron: &Path) -> PathBuf {
    app_ron.with_file_name(OWN_FILE)
}

/// The name of rota's own state file.
pub const OWN_FILE: &str = "state.ron";

/// Reads rota's own state file at start: its text when it can be used whole; otherwise it is set
/// aside (renamed, never deleted) as [`check`] does, and the window starts with the defaults.
#[must_use]
pub fn load(path: &Path, stamp: &str, members: &Members) -> (Option<String>, Checked) {
    examine(path, stamp, |text| check_stored(text, members))
}

/// Writes the stored state to rota's own state file, atomically: a failure at any point (a full
/// disk) leaves the previous file whole.
///
/// # Errors
/// The I/O error.
pub fn save(path: &Path, text: &str) -> std::io::Result<()> {
    save_with(path, text, |file, bytes| {
        std::io::Write::write_all(file, bytes)
    })
}

/// [`save`] with the writing done by `write`: the seam through which tests fill the disk halfway.
///
/// # Errors
/// The I/O error.
pub fn save_with(
    path: &Path,
    text: &str,
    write: impl FnOnce(&mut std::fs::File, &[u8]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    crate::data::files::save_with(path, text.as_bytes(), write)
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
        let catalog = crate::data::Catalog::bundled().unwrap();
        super::check(path, stamp, &catalog.members)
    }

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("rota-state-{name}-{}", std::process::id()));
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

    /// eframe's storage, in memory.
    #[derive(Default)]
    struct Memory(HashMap<String, String>);

    impl eframe::Storage for Memory {
        fn get_string(&self, key: &str) -> Option<String> {
            self.0.get(key).cloned()
        }
        fn set_string(&mut self, key: &str, value: String) {
            self.0.insert(key.to_owned(), value);
        }
        fn remove_string(&mut self, key: &str) {
            self.0.remove(key);
        }
        fn flush(&mut self) {}
    }

    fn app(stored: Option<&str>) -> crate::app::RotaApp {
        let catalog = crate::data::Catalog::bundled().unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        crate::app::RotaApp::from_stored(
            catalog,
            today,
            stored,
            Box::new(crate::app::files::Desktop),
        )
    }

    fn rename(app: &mut crate::app::RotaApp, name: &str) {
        use crate::app::{Command, Edit};
        app.apply(Command::Edit(Edit::Rename(name.to_owned())));
        assert_eq!(app.model.scenario().name, name);
    }

    #[test]
    fn a_full_disk_during_the_windows_save_leaves_the_stored_state_whole() {
        use eframe::App as _;
        let dir = scratch("full-disk");
        let path = dir.join(OWN_FILE);
        let catalog = crate::data::Catalog::bundled().unwrap();
        let mut window = app(None);
        window.keep_state_in(path.clone());
        rename(&mut window, "The teacher's lesson");
        let mut storage = Memory::default();
        window.save(&mut storage);
        let saved = std::fs::read(&path).unwrap();
        // The state is rota's own file's alone: eframe's storage does not hold it.
        assert!(!storage.0.contains_key(STORAGE_KEY));

        // The disk fills up halfway through the next save: an error, and the file as it was.
        rename(&mut window, "Changed since");
        let failed = save_with(&path, &window.stored(), |file, bytes| {
            std::io::Write::write_all(file, &bytes[..bytes.len() / 2])?;
            Err(std::io::Error::from(std::io::ErrorKind::StorageFull))
        });
        assert_eq!(failed.unwrap_err().kind(), std::io::ErrorKind::StorageFull);
        assert_eq!(std::fs::read(&path).unwrap(), saved);
        // Killed halfway (a panic stands in): the same.
        let died = std::panic::catch_unwind(|| {
            let _ = save_with(&path, "(version: 1, scenar", |file, bytes| {
                std::io::Write::write_all(file, &bytes[..5]).unwrap();
                panic!("killed");
            });
        });
        assert!(died.is_err());
        assert_eq!(std::fs::read(&path).unwrap(), saved);
        assert_eq!(
            std::fs::read_dir(&dir).unwrap().count(),
            1,
            "a temporary file was left"
        );

        // The next start reads the state saved before, whole.
        let (text, checked) = load(&path, "2026-11-25", &catalog.members);
        assert_eq!(checked, Checked::Fine);
        let again = app(text.as_deref());
        assert_eq!(again.model.scenario().name, "The teacher's lesson");
        assert!(again.model.notice.is_none());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_failing_save_of_the_state_is_said_and_tried_again() {
        use eframe::{App as _, Storage as _};
        let dir = scratch("blocked-state");
        // The state file's place is taken by a directory: the save fails.
        let path = dir.join(OWN_FILE);
        std::fs::create_dir_all(path.join("inside")).unwrap();
        let mut window = app(None);
        window.keep_state_in(path.clone());
        let mut storage = Memory::default();
        storage.set_string(STORAGE_KEY, "(version: 1)".to_owned());
        window.save(&mut storage);
        let notice = window.model.notice.clone().unwrap();
        assert!(notice.is_error);
        assert!(
            notice
                .text
                .starts_with("Could not save the window's state to "),
            "{}",
            notice.text
        );
        // Nothing was lost: the earlier rota's state stays in eframe's storage.
        assert!(storage.0.contains_key(STORAGE_KEY));
        // Once the place is free, the next save writes it and eframe's copy goes.
        std::fs::remove_dir_all(&path).unwrap();
        window.save(&mut storage);
        assert!(path.is_file());
        assert!(!storage.0.contains_key(STORAGE_KEY));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_state_an_earlier_rota_kept_in_app_ron_moves_to_rotas_own_file() {
        use eframe::{App as _, Storage as _};
        let dir = scratch("earlier");
        let app_ron = dir.join("app.ron");
        let catalog = crate::data::Catalog::bundled().unwrap();
        // What an earlier rota left: its state under "rota" in eframe's app.ron.
        let mut earlier = app(None);
        rename(&mut earlier, "Kept by an earlier rota");
        let mut storage = Memory::default();
        storage.set_string(STORAGE_KEY, earlier.stored());
        storage.set_string("egui", "()".to_owned());
        let text = ron::to_string(&storage.0).unwrap();
        std::fs::write(&app_ron, &text).unwrap();
        assert_eq!(check(&app_ron, "2026-11-24"), Checked::Fine);
        let own = own_path(&app_ron);
        assert_eq!(own, dir.join("state.ron"));
        let (none, checked) = load(&own, "2026-11-24", &catalog.members);
        assert_eq!((none, checked), (None, Checked::Fine));
        // This rota starts from it, and its first save writes its own file.
        let mut window = app(storage.get_string(STORAGE_KEY).as_deref());
        assert_eq!(window.model.scenario().name, "Kept by an earlier rota");
        window.keep_state_in(own.clone());
        window.save(&mut storage);
        let (text, _) = load(&own, "2026-11-24", &catalog.members);
        assert_eq!(
            app(text.as_deref()).model.scenario().name,
            "Kept by an earlier rota"
        );
        assert_eq!(storage.0.keys().collect::<Vec<_>>(), ["egui"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
