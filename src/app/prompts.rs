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
            note: None,
            close: View::ShowOpenLink(false).into(),
            act_closes: true,
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
        let note = model.open_path_note.as_deref().map(|reason| {
            format!(
                "{}: type the path of the file to open.",
                capitalised(reason)
            )
        });
        let prompt = Prompt {
            title: "Open from path",
            label: "Path of a scenario file (.ron):",
            hint: "/home/teacher/scenarios/recall.ron",
            button: "Open",
            note: note.as_deref(),
            close: View::ShowOpenPath(false).into(),
            act_closes: true,
        };
        prompt.show(ctx, &mut forms.open_path_text, out, |path| {
            File::OpenPath(PathBuf::from(path)).into()
        });
    }
}

/// A small window to set where the class's web edition is served (the desktop's links open there).
pub fn show_web_address(
    ctx: &egui::Context,
    model: &Model,
    forms: &mut Forms,
    out: &mut Vec<Command>,
) {
    if model.web_address_visible {
        let prompt = Prompt {
            title: "Web edition address",
            label: "Address of the web edition:",
            hint: "https://school.example/rota/",
            button: "Use this address",
            note: Some(
                "Links made with Copy link open the web edition at this address. Serve it with \
                 scripts/serve-web (HOST=0.0.0.0 for the whole network) or on any web server; \
                 http://127.0.0.1:8765/ is this machine's.",
            ),
            close: View::ShowWebAddress(false).into(),
            act_closes: false,
        };
        prompt.show(ctx, &mut forms.web_address_text, out, |text| {
            View::SetWebAddress(text.to_owned()).into()
        });
    }
}

/// A small window asking where to save, where no file dialog can open: it says why, suggests a
/// path, and asks before replacing a file.
pub fn show_save_path(
    ctx: &egui::Context,
    model: &Model,
    forms: &mut Forms,
    out: &mut Vec<Command>,
) {
    let Some(save) = &model.save_prompt else {
        return;
    };
    let typed = PathBuf::from(forms.save_path_text.trim());
    let replacing = save.replace.as_ref().filter(|p| **p == typed);
    let note = match replacing {
        Some(path) => format!(
            "{} already exists. Press Replace to write over it, or type another path.",
            path.display()
        ),
        None => format!("{}: type the path to save to.", capitalised(&save.reason)),
    };
    let prompt = Prompt {
        title: &save.title,
        label: "Path of the file:",
        hint: "/home/teacher/rota/recall.ron",
        button: if replacing.is_some() {
            "Replace"
        } else {
            "Save"
        },
        note: Some(&note),
        close: View::CloseSavePrompt.into(),
        act_closes: false,
    };
    prompt.show(ctx, &mut forms.save_path_text, out, |path| {
        File::SaveToPath(PathBuf::from(path)).into()
    });
}

/// The text with its first letter in capitals.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// A window asking for one line of text, with a button (or Enter) to act on it and Cancel.
struct Prompt<'a> {
    title: &'a str,
    label: &'a str,
    hint: &'a str,
    button: &'a str,
    /// Why the window asks (where no dialog could open), above the field.
    note: Option<&'a str>,
    /// What closes the window.
    close: Command,
    /// Whether acting closes the window (else the act's command decides, as a save asking before
    /// it replaces a file does).
    act_closes: bool,
}

impl Prompt<'_> {
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
            .pivot(egui::Align2::CENTER_TOP)
            .default_pos(ctx.content_rect().center_top() + egui::vec2(0.0, 90.0))
            .show(ctx, |ui| {
                if let Some(note) = self.note {
                    ui.set_max_width(440.0);
                    ui.label(note);
                }
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
                    // Esc closes the window, as Cancel does.
                    let cancelled = ui.button("Cancel").clicked()
                        || ui.input(|i| i.key_pressed(egui::Key::Escape));
                    if (done && self.act_closes) || cancelled {
                        out.push(self.close.clone());
                    }
                    if done || cancelled {
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
