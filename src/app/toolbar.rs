//! The menu bar, the toolbar (scenario, readings, undo, cursor date, zoom, theme) and the notice.

use egui::{Key, KeyboardShortcut, Modifiers, RichText};

use super::{Command, Edit, Forms, Jump, Model};
use crate::data::scenario_file::parse_date;

/// Shows the top panel.
pub fn show(ui: &mut egui::Ui, model: &Model, forms: &mut Forms, out: &mut Vec<Command>) {
    egui::Panel::top("toolbar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| menus(ui, model, out));
        ui.horizontal_wrapped(|ui| tools(ui, model, forms, out));
        ui.add_space(2.0);
        notice(ui, model, out);
    });
}

fn shortcut_text(ctx: &egui::Context, modifiers: Modifiers, key: Key) -> String {
    ctx.format_shortcut(&KeyboardShortcut::new(modifiers, key))
}

fn menus(ui: &mut egui::Ui, model: &Model, out: &mut Vec<Command>) {
    let ctx = ui.ctx().clone();
    if model.presenter {
        // Presenting: nothing that edits or saves, only what moves the lesson on.
        view_menu(ui, model, out);
        help_menu(ui, out);
        return;
    }
    ui.menu_button("File", |ui| {
        let item = |ui: &mut egui::Ui,
                    text: &str,
                    shortcut: String,
                    command: Command,
                    out: &mut Vec<Command>| {
            // An item without a shortcut gets no empty shortcut text: its name stays its own.
            let button = if shortcut.is_empty() {
                egui::Button::new(text)
            } else {
                egui::Button::new(text).shortcut_text(shortcut)
            };
            if ui.add(button).clicked() {
                out.push(command);
            }
        };
        item(
            ui,
            "Open…",
            shortcut_text(&ctx, Modifiers::COMMAND, Key::O),
            Command::OpenDialog,
            out,
        );
        item(
            ui,
            "Open from path…",
            String::new(),
            Command::ShowOpenPath(true),
            out,
        );
        item(
            ui,
            "Open a shared link…",
            String::new(),
            Command::ShowOpenLink(true),
            out,
        );
        item(
            ui,
            "Save",
            shortcut_text(&ctx, Modifiers::COMMAND, Key::S),
            Command::Save,
            out,
        );
        item(
            ui,
            "Save as…",
            shortcut_text(&ctx, Modifiers::COMMAND | Modifiers::SHIFT, Key::S),
            Command::SaveAs,
            out,
        );
        ui.separator();
        ui.menu_button("Export", |ui| export_items(ui, model, out));
        item(
            ui,
            "Copy link to this scenario",
            String::new(),
            Command::CopyLink,
            out,
        );
    });
    ui.menu_button("Scenarios", |ui| {
        for (i, entry) in model.workspace.entries.iter().enumerate() {
            let current = i == model.workspace.current;
            let name = crate::text::shown_name(&entry.scenario.name);
            if ui.selectable_label(current, name).clicked() && !current {
                out.push(Command::Edit(Edit::Switch(i)));
            }
        }
        ui.separator();
        if ui.button("New scenario").clicked() {
            out.push(Command::Edit(Edit::New));
        }
        if ui.button("Duplicate this scenario").clicked() {
            out.push(Command::Edit(Edit::Duplicate));
        }
        let can_delete = model.workspace.entries.len() > 1;
        if ui
            .add_enabled(can_delete, egui::Button::new("Delete this scenario"))
            .on_disabled_hover_text("The last scenario cannot be deleted")
            .clicked()
        {
            out.push(Command::Edit(Edit::Delete));
        }
        ui.separator();
        ui.menu_button("Open a bundled scenario", |ui| {
            for bundled in &model.catalog.scenarios {
                if ui
                    .button(&bundled.scenario.name)
                    .on_hover_text(&bundled.scenario.description)
                    .clicked()
                {
                    out.push(Command::OpenBundled(bundled.id.clone()));
                }
            }
        });
    });
    view_menu(ui, model, out);
    help_menu(ui, out);
}

fn view_menu(ui: &mut egui::Ui, model: &Model, out: &mut Vec<Command>) {
    ui.menu_button("View", |ui| {
        let compare = model.view.compare_readings;
        if ui
            .checkbox(&mut compare.clone(), "Compare readings")
            .clicked()
        {
            out.push(Command::SetCompareReadings(!compare));
        }
        if ui.button("Fit everything").clicked() {
            out.push(Command::FitAll);
        }
        let theme = model.view.theme;
        let text = match theme {
            super::palette::Theme::Light => "Dark theme",
            super::palette::Theme::Dark => "Light theme",
        };
        if !model.presenter && ui.button(text).clicked() {
            out.push(Command::SetTheme(theme.other()));
        }
        let russian = model.view.russian_names;
        if ui
            .checkbox(&mut russian.clone(), "Russian names")
            .on_hover_text("Show the states' Russian names beside the English ones: the order of the rotation depends on them")
            .clicked()
        {
            out.push(Command::SetRussianNames(!russian));
        }
        let presenter = model.presenter;
        if ui
            .add(egui::Button::new(if presenter { "Leave presenter mode" } else { "Presenter mode" }).shortcut_text("F11"))
            .clicked()
        {
            out.push(Command::SetPresenter(!presenter));
        }
    });
}

fn help_menu(ui: &mut egui::Ui, out: &mut Vec<Command>) {
    ui.menu_button("Help", |ui| {
        if ui
            .add(egui::Button::new("Keyboard shortcuts").shortcut_text("F1"))
            .clicked()
        {
            out.push(Command::ToggleHelp);
        }
    });
}

/// Export the timeline as a picture, a lane as a table, or the handout.
fn export_items(ui: &mut egui::Ui, model: &Model, out: &mut Vec<Command>) {
    if ui
        .button("Timeline as PNG…")
        .on_hover_text("A picture of the timeline as it is on screen")
        .clicked()
    {
        out.push(Command::ExportPng);
    }
    ui.separator();
    let lane = model
        .lane(model.view.selected_lane)
        .or_else(|| model.lane(super::LaneId::Scenario));
    if let Some(lane) = lane {
        ui.label(egui::RichText::new(format!("The lane “{}”", lane.title)).weak())
            .on_hover_text("Choose another lane by clicking its name, or with Up and Down");
        for (text, format) in [
            ("Lane as CSV…", super::ExportFormat::Csv),
            ("Lane as JSON…", super::ExportFormat::Json),
            ("Lane as Markdown…", super::ExportFormat::Markdown),
        ] {
            if ui.button(text).clicked() {
                out.push(Command::ExportLane(lane.id, format));
            }
        }
    }
    ui.separator();
    if ui
        .button("Handout (HTML)…")
        .on_hover_text("One printable page: the lanes as tables, the differences in words, the readings and the sources")
        .clicked()
    {
        out.push(Command::ExportHandout);
    }
}

fn tools(ui: &mut egui::Ui, model: &Model, forms: &mut Forms, out: &mut Vec<Command>) {
    let label = ui.label("Scenario:");
    egui::ComboBox::from_id_salt("scenario")
        .selected_text(crate::text::shown_name(&model.scenario().name))
        .width(170.0)
        .show_ui(ui, |ui| {
            for (i, entry) in model.workspace.entries.iter().enumerate() {
                let current = i == model.workspace.current;
                let name = crate::text::shown_name(&entry.scenario.name);
                if ui.selectable_label(current, name).clicked() && !current {
                    out.push(Command::Edit(Edit::Switch(i)));
                }
            }
        })
        .response
        .labelled_by(label.id)
        .on_hover_text("The scenario shown in the third lane and edited under “Edit scenario”");

    if model.workspace.current().read_only && !model.presenter {
        super::whatif::read_only_banner(ui, out);
    }
    let mut compare = model.view.compare_readings;
    if ui
        .toggle_value(&mut compare, "Compare readings")
        .on_hover_text("Add one lane per reading of what follows a recall")
        .clicked()
    {
        out.push(Command::SetCompareReadings(compare));
    }
    ui.separator();
    if model.presenter {
        if ui
            .button("Leave presenter mode")
            .on_hover_text("Back to editing (F11 or Esc)")
            .clicked()
        {
            out.push(Command::SetPresenter(false));
        }
        ui.separator();
    } else {
        undo_redo(ui, model, out);
        ui.separator();
    }
    cursor_tools(ui, model, forms, out);
    if !model.presenter {
        ui.separator();
        ui.menu_button("Export", |ui| export_items(ui, model, out))
            .response
            .on_hover_text(
                "The timeline as PNG, a lane as CSV, JSON or Markdown, a printable handout",
            );
        if ui
            .button("Copy link")
            .on_hover_text(
                "A link that opens this scenario (read-only) in rota on the web or on a desktop",
            )
            .clicked()
        {
            out.push(Command::CopyLink);
        }
        if ui
            .button("Present")
            .on_hover_text(
                "Presenter mode: full screen, large text, high contrast, no editing (F11)",
            )
            .clicked()
        {
            out.push(Command::SetPresenter(true));
        }
    }
}

fn undo_redo(ui: &mut egui::Ui, model: &Model, out: &mut Vec<Command>) {
    let ctx = ui.ctx().clone();
    let undo_tip = format!(
        "Undo the last edit ({})",
        shortcut_text(&ctx, Modifiers::COMMAND, Key::Z)
    );
    if ui
        .add_enabled(model.undo.can_undo(), egui::Button::new("Undo"))
        .on_hover_text(&undo_tip)
        .on_disabled_hover_text("Nothing to undo")
        .clicked()
    {
        out.push(Command::Undo);
    }
    let redo_tip = format!(
        "Redo ({})",
        shortcut_text(&ctx, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z)
    );
    if ui
        .add_enabled(model.undo.can_redo(), egui::Button::new("Redo"))
        .on_hover_text(&redo_tip)
        .on_disabled_hover_text("Nothing to redo")
        .clicked()
    {
        out.push(Command::Redo);
    }
}

fn cursor_tools(ui: &mut egui::Ui, model: &Model, forms: &mut Forms, out: &mut Vec<Command>) {
    if ui
        .button("«")
        .on_hover_text("Previous event (Left arrow)")
        .clicked()
    {
        out.push(Command::Jump(Jump::Previous));
    }
    let label = ui.label("Day:");
    let field = ui
        .add(
            egui::TextEdit::singleline(&mut forms.cursor_text)
                .desired_width(105.0 * model.text_scale())
                .hint_text("YYYY-MM-DD"),
        )
        .labelled_by(label.id)
        .on_hover_text("The cursor's day; type a date and press Enter");
    let parsed = parse_date(forms.cursor_text.trim());
    if field.lost_focus() {
        match parsed {
            Ok(day) if day != model.view.cursor => out.push(Command::SetCursor(day)),
            _ => forms.cursor_text = model.view.cursor.to_string(),
        }
    } else if !field.has_focus() && forms.cursor_text != model.view.cursor.to_string() {
        forms.cursor_text = model.view.cursor.to_string();
    }
    if ui
        .button("»")
        .on_hover_text("Next event (Right arrow)")
        .clicked()
    {
        out.push(Command::Jump(Jump::Next));
    }
    ui.separator();
    if ui.button("−").on_hover_text("Zoom out (-)").clicked() {
        out.push(Command::ZoomAtCursor(1.0 / 1.5));
    }
    if ui.button("+").on_hover_text("Zoom in (+)").clicked() {
        out.push(Command::ZoomAtCursor(1.5));
    }
    if ui
        .button("Fit")
        .on_hover_text("Show 2002 to 2041 (0, or double-click the timeline)")
        .clicked()
    {
        out.push(Command::FitAll);
    }
}

/// The most of a notice the window shows, in characters.
const MAX_NOTICE_CHARS: usize = 4000;

fn notice(ui: &mut egui::Ui, model: &Model, out: &mut Vec<Command>) {
    let Some(notice) = &model.notice else {
        return;
    };
    let visuals = ui.visuals();
    let (fill, text) = if notice.is_error {
        (
            visuals.error_fg_color.gamma_multiply(0.15),
            visuals.error_fg_color,
        )
    } else {
        (
            visuals.selection.bg_fill.gamma_multiply(0.25),
            visuals.text_color(),
        )
    };
    egui::Frame::new()
        .fill(fill)
        .inner_margin(6.0)
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                if ui.button("×").on_hover_text("Dismiss").clicked() {
                    out.push(Command::DismissNotice);
                }
                // A notice may quote what a file held: it is shown clipped.
                let shown = crate::text::clip(&notice.text, MAX_NOTICE_CHARS);
                ui.add(egui::Label::new(RichText::new(shown).color(text)).wrap());
            });
        });
    ui.add_space(4.0);
}
