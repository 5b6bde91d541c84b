//! Where to save: the native dialog, or, where none can open (no desktop portal, no zenity), a
//! prompt asking for the path, which says why and asks before replacing a file.

use std::path::{Path, PathBuf};

use crate::app::RotaApp;
use crate::app::model::SavePrompt;

/// A save or an export waiting for its path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PendingSave {
    /// The scenario at this index in the workspace.
    Scenario { index: usize },
    /// An export's bytes, and what they are ("the timeline").
    Export { bytes: Vec<u8>, what: String },
}

impl RotaApp {
    /// Asks where to save: the dialog, and where it cannot open, the path prompt. Cancelling the
    /// dialog saves nothing.
    pub(super) fn ask_where(&mut self, suggested_name: &str, title: &str, pending: PendingSave) {
        if let Some(path) = self.platform.pick_save(suggested_name) {
            self.save_pending(pending, path);
            return;
        }
        let Some(reason) = self.platform.dialog_failure() else {
            return; // cancelled
        };
        let folder = self
            .model
            .workspace
            .current()
            .path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .or_else(|| self.platform.default_folder());
        let path = folder.map_or_else(|| PathBuf::from(suggested_name), |f| f.join(suggested_name));
        self.forms.save_path_text = path.display().to_string();
        self.pending_save = Some(pending);
        self.model.save_prompt = Some(SavePrompt {
            title: title.to_owned(),
            reason,
            replace: None,
        });
    }

    /// The path prompt's answer: saves what waits, after asking once before replacing a file.
    pub(super) fn save_to_path(&mut self, path: PathBuf) {
        let (Some(pending), Some(prompt)) =
            (self.pending_save.take(), self.model.save_prompt.take())
        else {
            return;
        };
        if self.platform.exists(&path) && prompt.replace.as_ref() != Some(&path) {
            // Ask first: the same path saved again replaces the file.
            self.pending_save = Some(pending);
            self.model.save_prompt = Some(SavePrompt {
                replace: Some(path),
                ..prompt
            });
            return;
        }
        self.save_pending(pending, path);
    }

    fn save_pending(&mut self, pending: PendingSave, path: PathBuf) {
        match pending {
            PendingSave::Scenario { index } => self.save_entry(index, path),
            PendingSave::Export { bytes, what } => self.write_export(&path, &bytes, &what),
        }
    }
}
