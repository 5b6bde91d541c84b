//! Small windows asking for one line of text: a file's path (where no native dialog can open, and
//! from the keyboard) and a shared link.

use std::path::PathBuf;

use super::command::{File, View};
use super::{Command, Forms, Model};

/// A small window to paste a shared link into.
pub fn show_open_link(
    ctx: &egui::Context,
    model: &Model,
    forms: &mut Forms,
    out: &mut Vec<Command>,
) {
    if model.open_link_visible {
        let prompt = Prompt {
            title: "Open a shared link",
            label: "Link to a scenario:",
            hint: "http://127.0.0.1:8765/#s=…",
            button: "Open the link",
            close: View::ShowOpenLink(false).into(),
        };
        prompt.show(ctx, &mut forms.link_text, out, |link| {
            File::OpenLink(link.to_owned()).into()
        });
    }
}

/// A small window to type a file's path: works where no native dialog does, and from the keyboard.
pub fn show_open_path(
    ctx: &egui::Context,
    model: &Model,
    forms: &mut Forms,
    out: &mut Vec<Command>,
) {
    if model.open_path_visible {
        let prompt = Prompt {
            title: "Open from path",
            label: "Path of a scenario file (.ron):",
            hint: "/home/teacher/scenarios/recall.ron",
            button: "Open",
            close: View::ShowOpenPath(false).into(),
        };
        prompt.show(ctx, &mut forms.open_path_text, out, |path| {
            File::OpenPath(PathBuf::from(path)).into()
        });
    }
}

/// A window asking for one line of text, with a button (or Enter) to act on it and Cancel.
struct Prompt {
    title: &'static str,
    label: &'static str,
    hint: &'static str,
    button: &'static str,
    /// What closes the window.
    close: Command,
}

impl Prompt {
    fn show(
        self,
        ctx: &egui::Context,
        text: &mut String,
        out: &mut Vec<Command>,
        act: impl FnOnce(&str) -> Command,
    ) {
        let mut open = true;
        let mut field_id = None;
        egui::Window::new(self.title)
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                let label = ui.label(self.label);
                let field = ui
                    .add(
                        egui::TextEdit::singleline(text)
                            .desired_width(420.0)
                            .hint_text(self.hint),
                    )
                    .labelled_by(label.id);
                // Typing goes to the field as soon as the window opens, never to the shortcuts.
                field_id = Some(field.id);
                let opened = ui.ctx().data(|d| d.get_temp::<bool>(field.id).is_some());
                if !opened {
                    field.request_focus();
                    ui.ctx().data_mut(|d| d.insert_temp(field.id, true));
                }
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                ui.horizontal(|ui| {
                    let value = text.trim();
                    let done = (ui.button(self.button).clicked() || entered) && !value.is_empty();
                    if done {
                        out.push(act(value));
                    }
                    if done || ui.button("Cancel").clicked() {
                        out.push(self.close.clone());
                        // The next time it opens, the field takes the keyboard again.
                        ui.ctx().data_mut(|d| d.remove::<bool>(field.id));
                    }
                });
            });
        if !open {
            out.push(self.close);
            if let Some(id) = field_id {
                ctx.data_mut(|d| d.remove::<bool>(id));
            }
        }
    }
}
