//! Commands applied after the frame's layout, one file per concern: navigation, the document,
//! the view, the lesson, files and links, exports.

mod doc;
mod export;
mod file;
mod lesson;
mod nav;
mod save;
mod view;

pub use save::PendingSave;

use super::model::Notice;
use super::{Command, RotaApp};

impl RotaApp {
    /// Applies one command.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Nav(c) => self.nav(c),
            Command::Doc(c) => self.doc(c),
            Command::View(c) => self.view(c),
            Command::Lesson(c) => self.lesson(c),
            Command::File(c) => self.file(c),
            Command::Export(c) => self.export_command(c),
        }
    }

    /// Says something to the user above the timeline.
    fn tell(&mut self, text: String, is_error: bool) {
        self.model.notice = Some(Notice { text, is_error });
    }
}

/// A file name made of a title: letters, digits, spaces and dashes.
fn file_stem(title: &str) -> String {
    // File names are limited in bytes (255 on most systems).
    let stem: String = crate::text::clip_bytes(title, 150)
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == ' ' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem.trim().trim_matches('-').to_owned();
    if stem.is_empty() {
        "rota".to_owned()
    } else {
        stem
    }
}
