//! The seam between the app and the machine: dialogs, reading, atomic writing, the clipboard's
//! link base. The desktop uses native dialogs and the file system; tests and the web edition
//! supply their own.

use std::path::{Path, PathBuf};

use super::Command;
use crate::data::scenario_file::Diagnostic;

/// What the app needs from the machine to open and save files. The desktop uses native dialogs
/// and the file system; tests and the web edition supply their own.
pub trait Platform {
    /// Asks the user for a scenario file to open; `None` when they cancel.
    fn pick_open(&mut self) -> Option<PathBuf>;
    /// Asks where to save, suggesting a file name; `None` when they cancel.
    fn pick_save(&mut self, suggested_name: &str) -> Option<PathBuf>;
    /// Reads a file, refusing what cannot be a scenario (too large, a directory, unreadable).
    ///
    /// # Errors
    /// A diagnostic naming the file and what is wrong.
    fn read(&mut self, path: &Path) -> Result<Vec<u8>, Diagnostic>;
    /// Replaces the file's contents all at once: a failure leaves the old file as it was.
    ///
    /// # Errors
    /// What went wrong, in words.
    fn write(&mut self, path: &Path, bytes: &[u8]) -> Result<(), String>;
    /// The page a shared link points to. The desktop has none of its own: its links open the web
    /// edition as `scripts/serve-web` serves it.
    fn share_base(&self) -> String {
        DEFAULT_SHARE_BASE.to_owned()
    }
    /// Shows a link's fragment in the page's address (the web edition; nothing on the desktop).
    fn show_fragment(&mut self, _fragment: &str) {}
    /// What arrived since the last frame from work the platform does in the background (a file
    /// picked in a browser's dialog).
    fn poll(&mut self) -> Option<Command> {
        None
    }
    /// Shows what the window is on (its title) and the current message beyond the window: the
    /// web edition puts them in the page's title and in a live region screen readers announce.
    fn show_status(&mut self, _title: &str, _notice: &str) {}
    /// Why the last dialog could not open (no desktop portal, no zenity), if it could not; `None`
    /// when it opened (and the user picked or cancelled). The app then asks for a path instead.
    fn dialog_failure(&mut self) -> Option<String> {
        None
    }
    /// True when something already exists at `path`: a path prompt asks before replacing it.
    fn exists(&self, _path: &Path) -> bool {
        false
    }
    /// The folder a path prompt starts from when the scenario has no file of its own.
    fn default_folder(&self) -> Option<PathBuf> {
        None
    }
    /// A file dropped on a web page: its bytes arrive later, through [`Platform::poll`].
    #[cfg(target_arch = "wasm32")]
    fn receive_dropped(&mut self, _file: egui::DroppedFileHandle) {}
}

/// Where `scripts/serve-web` serves the web edition.
pub const DEFAULT_SHARE_BASE: &str = crate::data::share::DEFAULT_BASE;

/// Native dialogs and the local file system.
#[derive(Clone, Debug, Default)]
pub struct Desktop {
    /// Why the last dialog could not open, if it could not.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    failure: Option<String>,
}

#[cfg(not(target_arch = "wasm32"))]
impl Desktop {
    /// Runs a native dialog, or says why none can open. Linux dialogs go through the desktop
    /// portal (over D-Bus) and then zenity; with neither, `rfd` returns at once with nothing, as
    /// if the user had cancelled. So: no session bus and no zenity means no dialog, and a dialog
    /// that "answers" within a fraction of a second never showed.
    fn dialog(&mut self, show: impl FnOnce() -> Option<PathBuf>) -> Option<PathBuf> {
        self.failure = None;
        let zenity = on_path("zenity");
        if cfg!(target_os = "linux") && !zenity && !has_session_bus() {
            self.failure = Some(
                "no file dialog can open here: there is no desktop portal (no D-Bus session) \
                 and zenity is not installed"
                    .to_owned(),
            );
            return None;
        }
        let asked = std::time::Instant::now();
        let picked = show();
        if picked.is_none() && cfg!(target_os = "linux") && asked.elapsed().as_millis() < 250 {
            let zenity = if zenity {
                ""
            } else {
                ", and zenity is not installed"
            };
            self.failure = Some(format!(
                "the file dialog did not open: no desktop portal answered{zenity}"
            ));
        }
        picked
    }
}

/// True when a program of this name is on `PATH`.
#[cfg(not(target_arch = "wasm32"))]
fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// True when a D-Bus session bus is announced, where a desktop portal could answer.
#[cfg(not(target_arch = "wasm32"))]
fn has_session_bus() -> bool {
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty())
}

#[cfg(not(target_arch = "wasm32"))]
impl Platform for Desktop {
    fn pick_open(&mut self) -> Option<PathBuf> {
        self.dialog(|| {
            rfd::FileDialog::new()
                .set_title("Open a scenario")
                .add_filter("rota scenario (RON)", &["ron"])
                .add_filter("All files", &["*"])
                .pick_file()
        })
    }

    fn pick_save(&mut self, suggested_name: &str) -> Option<PathBuf> {
        let (title, filter, extension) = save_kind(suggested_name);
        self.dialog(|| {
            rfd::FileDialog::new()
                .set_title(title)
                .add_filter(filter, &[extension])
                .set_file_name(suggested_name)
                .save_file()
        })
    }

    fn dialog_failure(&mut self) -> Option<String> {
        self.failure.take()
    }

    fn exists(&self, path: &Path) -> bool {
        path.symlink_metadata().is_ok()
    }

    fn default_folder(&self) -> Option<PathBuf> {
        // The home folder, where a native dialog would start; else the working folder.
        std::env::var_os("HOME")
            .filter(|h| !h.is_empty())
            .map(PathBuf::from)
            .or_else(|| std::env::current_dir().ok())
    }

    fn read(&mut self, path: &Path) -> Result<Vec<u8>, Diagnostic> {
        crate::data::scenario_file::read_limited(path)
    }

    fn write(&mut self, path: &Path, bytes: &[u8]) -> Result<(), String> {
        crate::data::scenario_file::save_atomic(path, bytes).map_err(|e| e.to_string())
    }
}

/// The save dialog's title and filter for a suggested file name, by its extension.
#[cfg(not(target_arch = "wasm32"))]
fn save_kind(suggested_name: &str) -> (&'static str, &'static str, &'static str) {
    let extension = Path::new(suggested_name)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("ron");
    match extension {
        "png" => ("Export the timeline", "PNG image", "png"),
        "csv" => ("Export the lane", "CSV table", "csv"),
        "json" => ("Export the lane", "JSON", "json"),
        "md" => ("Export the lane", "Markdown", "md"),
        "html" => ("Save the handout", "Web page (HTML)", "html"),
        _ => ("Save the scenario", "rota scenario (RON)", "ron"),
    }
}
