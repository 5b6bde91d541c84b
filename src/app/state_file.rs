//! The file the window's state is kept in between sessions (eframe's `app.ron`). eframe reads an
//! unreadable file as empty and later overwrites it; rota looks first, and sets such a file aside
//! (renamed, never deleted) so that nothing a user had is lost, then starts with the defaults.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{STORAGE_KEY, check_stored};
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

/// Reads the state file at `path` and sets it aside when rota cannot use it: when it is not the
/// RON eframe writes, or rota's part cannot be read or comes from a newer rota. `stamp` (today's
/// date, from the shell) names the kept copy: `app.ron.set-aside-2026-11-24`, then `-2`, `-3`….
#[must_use]
pub fn check(path: &Path, stamp: &str, members: &Members) -> Checked {
    use crate::data::files::{ReadError, read_regular};
    let read = read_regular(path, crate::data::limits::MAX_STATE_BYTES);
    let problem = match read.as_deref().map(std::str::from_utf8) {
        // Absent is the first start.
        Err(ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => return Checked::Fine,
        // Unreadable (no permission): left for eframe to ignore, and never written over.
        Err(ReadError::Io(e)) => {
            return Checked::Stuck {
                reason: e.to_string(),
            };
        }
        // A named pipe, a device or a huge file: set aside unread, before eframe opens it.
        Err(e) => Some(e.to_string()),
        Ok(Err(_)) => Some("it is not text".to_owned()),
        Ok(Ok(text)) => match ron::from_str::<HashMap<String, String>>(text) {
            Err(e) => Some(format!("it is damaged: {e}")),
            Ok(kv) => kv
                .get(STORAGE_KEY)
                .and_then(|ours| check_stored(ours, members).err()),
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
}
