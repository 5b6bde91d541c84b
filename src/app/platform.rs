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
    /// A file dropped on a web page: its bytes arrive later, through [`Platform::poll`].
    #[cfg(target_arch = "wasm32")]
    fn receive_dropped(&mut self, _file: egui::DroppedFileHandle) {}
}

/// Where `scripts/serve-web` serves the web edition.
pub const DEFAULT_SHARE_BASE: &str = crate::data::share::DEFAULT_BASE;

/// Native dialogs and the local file system.
#[derive(Clone, Copy, Debug, Default)]
pub struct Desktop;

#[cfg(not(target_arch = "wasm32"))]
impl Platform for Desktop {
    fn pick_open(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Open a scenario")
            .add_filter("rota scenario (RON)", &["ron"])
            .add_filter("All files", &["*"])
            .pick_file()
    }

    fn pick_save(&mut self, suggested_name: &str) -> Option<PathBuf> {
        let (title, filter, extension) = save_kind(suggested_name);
        rfd::FileDialog::new()
            .set_title(title)
            .add_filter(filter, &[extension])
            .set_file_name(suggested_name)
            .save_file()
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
