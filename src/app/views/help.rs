//! The keyboard shortcuts window (F1).

use crate::app::command::View;
use crate::app::{Command, Model, keys};

/// Shows the help window when it is open.
pub fn show(ctx: &egui::Context, model: &Model, out: &mut Vec<Command>) {
    if !model.help_open {
        return;
    }
    let mut open = true;
    egui::Window::new("Keyboard shortcuts")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts")
                .striped(true)
                .num_columns(2)
                .show(ui, |ui| {
                    for (keys, what) in keys::help_rows() {
                        ui.strong(keys);
                        ui.label(what);
                        ui.end_row();
                    }
                });
        });
    if !open {
        out.push(Command::View(View::ToggleHelp));
    }
}
