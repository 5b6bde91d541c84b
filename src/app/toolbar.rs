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
    ui.menu_button("File", |ui| {
        let item = |ui: &mut egui::Ui,
                    text: &str,
                    shortcut: String,
                    command: Command,
                    out: &mut Vec<Command>| {
            if ui
                .add(egui::Button::new(text).shortcut_text(shortcut))
                .clicked()
            {
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
    });
    ui.menu_button("Scenarios", |ui| {
        for (i, entry) in model.workspace.entries.iter().enumerate() {
            let current = i == model.workspace.current;
            if ui.selectable_label(current, &entry.scenario.name).clicked() && !current {
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
        if ui.button(text).clicked() {
            out.push(Command::SetTheme(theme.other()));
        }
    });
    ui.menu_button("Help", |ui| {
        if ui
            .add(egui::Button::new("Keyboard shortcuts").shortcut_text("F1"))
            .clicked()
        {
            out.push(Command::ToggleHelp);
        }
    });
}

fn tools(ui: &mut egui::Ui, model: &Model, forms: &mut Forms, out: &mut Vec<Command>) {
    let ctx = ui.ctx().clone();
    let label = ui.label("Scenario:");
    egui::ComboBox::from_id_salt("scenario")
        .selected_text(&model.scenario().name)
        .width(170.0)
        .show_ui(ui, |ui| {
            for (i, entry) in model.workspace.entries.iter().enumerate() {
                let current = i == model.workspace.current;
                if ui.selectable_label(current, &entry.scenario.name).clicked() && !current {
                    out.push(Command::Edit(Edit::Switch(i)));
                }
            }
        })
        .response
        .labelled_by(label.id)
        .on_hover_text("The scenario shown in the third lane and edited under “Edit scenario”");

    let mut compare = model.view.compare_readings;
    if ui
        .toggle_value(&mut compare, "Compare readings")
        .on_hover_text("Add one lane per reading of what follows a recall")
        .clicked()
    {
        out.push(Command::SetCompareReadings(compare));
    }
    ui.separator();
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
    ui.separator();
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
                .desired_width(105.0)
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
                ui.add(egui::Label::new(RichText::new(&notice.text).color(text)).wrap());
            });
        });
    ui.add_space(4.0);
}
