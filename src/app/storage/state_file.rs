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
use crate::data::Library;
use crate::data::limits::MAX_STATE_BYTES;

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
pub fn check(path: &Path, stamp: &str, library: &Library) -> Checked {
    examine(path, stamp, |text| {
        match ron::from_str::<HashMap<String, String>>(text) {
            Err(e) => Err(format!("it is damaged: {e}")),
            Ok(kv) => match kv.get(STORAGE_KEY) {
                Some(ours) => check_stored(ours, library),
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
pub fn load(path: &Path, stamp: &str, library: &Library) -> (Option<String>, Checked) {
    examine(path, stamp, |text| check_stored(text, library))
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
mod tests;
