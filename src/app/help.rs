//! The keyboard shortcuts window (F1).

use super::{Command, Model};

/// Every shortcut, as the help window lists it.
pub const SHORTCUTS: [(&str, &str); 23] = [
    ("Left / Right", "Cursor to the previous / next event"),
    (
        "Space, Right, Page Down",
        "Dispute walkthrough: the next step",
    ),
    ("Left, Page Up", "Dispute walkthrough: the previous step"),
    ("Home / End", "Dispute walkthrough: the first / last step"),
    ("F11", "Presenter mode on / off (Esc also leaves it)"),
    ("Enter", "Predict: start the quiz at the cursor's day"),
    (
        "1, 2, 3…",
        "Predict: answer; then Space or Enter for the next question",
    ),
    ("Home / End", "Cursor to the first / last event"),
    ("Up / Down", "Previous / next lane"),
    (
        "Enter",
        "Select the holding at the cursor in the current lane",
    ),
    ("Esc", "Clear the selection"),
    ("+ / -", "Zoom in / out about the cursor"),
    ("0", "Fit 2002 to 2041"),
    ("Ctrl + wheel, pinch", "Zoom about the pointer"),
    ("Drag, wheel", "Pan through time"),
    ("Double-click", "Fit 2002 to 2041"),
    ("Click or drag the axis", "Set the cursor"),
    ("Ctrl+Z", "Undo"),
    ("Ctrl+Shift+Z, Ctrl+Y", "Redo"),
    ("Ctrl+O", "Open a scenario file"),
    ("Ctrl+S / Ctrl+Shift+S", "Save / save as"),
    (
        "Tab",
        "Move between controls and blocks; Space or Enter acts",
    ),
    ("F1", "Show or hide this window"),
];

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
                    for (keys, what) in SHORTCUTS {
                        ui.strong(keys);
                        ui.label(what);
                        ui.end_row();
                    }
                });
            ui.add_space(6.0);
            ui.label("Ctrl and + / - / 0 change the size of everything (egui's zoom).");
        });
    if !open {
        out.push(Command::ToggleHelp);
    }
}
