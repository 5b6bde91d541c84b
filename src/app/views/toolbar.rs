//! The top panel: the menu bar (`menus.rs`), the toolbar (office, scenario, readings, undo, cursor
//! date, zoom, exports).

use egui::RichText;

use crate::app::command::{Doc, File, Nav, View};
use crate::app::keys::{Action, keys_of};
use crate::app::{Command, Edit, Forms, Jump, Model};
use crate::data::scenario_file::parse_date;

/// Shows the top panel.
pub fn show(ui: &mut egui::Ui, model: &Model, forms: &mut Forms, out: &mut Vec<Command>) {
    egui::Panel::top("toolbar").show(ui, |ui| {
        if model.presenter {
            // Presenting, the menus are two: they share the toolbar's row, leaving the class the
            // height.
            ui.horizontal_wrapped(|ui| {
                super::menus::show(ui, model, out);
                ui.separator();
                tools(ui, model, forms, out);
            });
        } else {
            egui::MenuBar::new().ui(ui, |ui| super::menus::show(ui, model, out));
            ui.horizontal_wrapped(|ui| tools(ui, model, forms, out));
        }
        ui.add_space(2.0);
    });
}

fn tools(ui: &mut egui::Ui, model: &Model, forms: &mut Forms, out: &mut Vec<Command>) {
    office_picker(ui, model, out);
    let label = ui.label("Scenario:");
    egui::ComboBox::from_id_salt("scenario")
        .selected_text(crate::text::shown_name(
            &model.workspace.label(model.workspace.current),
        ))
        .width(170.0)
        .show_ui(ui, |ui| {
            for i in 0..model.workspace.entries.len() {
                let current = i == model.workspace.current;
                let name = crate::text::shown_name(&model.workspace.label(i));
                if ui.selectable_label(current, name).clicked() && !current {
                    out.push(Command::Doc(Doc::Edit(Edit::Switch(i))));
                }
            }
        })
        .response
        .labelled_by(label.id)
        .on_hover_text("The scenario shown in the third lane and edited under “Edit scenario”");

    if model.workspace.current().read_only && !model.presenter {
        super::edit::read_only_banner(ui, out);
    }
    let mut compare = model.view.compare_readings;
    if ui
        .toggle_value(&mut compare, "Compare readings")
        .on_hover_text("Add one lane per reading of the office's rule: the scenario under each")
        .clicked()
    {
        out.push(Command::View(View::SetCompareReadings(compare)));
    }
    ui.separator();
    if model.presenter {
        if ui
            .button("Leave presenter mode")
            .on_hover_text("Back to editing (F11 or Esc)")
            .clicked()
        {
            out.push(Command::View(View::SetPresenter(false)));
        }
        ui.separator();
    } else {
        undo_redo(ui, model, out);
        ui.separator();
    }
    cursor_tools(ui, model, forms, out);
    if !model.presenter {
        ui.separator();
        ui.menu_button("Export", |ui| super::menus::export_items(ui, model, out))
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
            out.push(Command::File(File::CopyLink));
        }
        if ui
            .button("Present")
            .on_hover_text(
                "Presenter mode: full screen, large text, high contrast, no editing (F11)",
            )
            .clicked()
        {
            out.push(Command::View(View::SetPresenter(true)));
        }
    }
}

/// An office as the window names it in a line: "CSTO Secretary General", clipped (an office file
/// may name it at any length).
pub fn office_title(catalog: &crate::data::Catalog) -> String {
    crate::text::shown_name(&format!("{} {}", catalog.short, catalog.post))
}

/// The office shown: every office rota knows, and a way to open another from a file.
fn office_picker(ui: &mut egui::Ui, model: &Model, out: &mut Vec<Command>) {
    let label = ui.label("Office:");
    let title = office_title;
    egui::ComboBox::from_id_salt("office")
        .selected_text(RichText::new(title(&model.catalog)).strong())
        .width(230.0 * model.text_scale())
        .show_ui(ui, |ui| {
            for catalog in &model.library.catalogs {
                let current = catalog.id == model.catalog.id;
                if ui
                    .selectable_label(current, title(catalog))
                    .on_hover_text(&catalog.summary)
                    .clicked()
                    && !current
                {
                    out.push(Doc::ChooseOffice(catalog.id.clone()).into());
                }
            }
            ui.separator();
            if ui
                .button("Compare every office…")
                .on_hover_text("The Offices tab: every office side by side")
                .clicked()
            {
                out.push(View::SetTab(crate::app::Tab::Offices).into());
            }
            if !model.presenter
                && ui
                    .button("Open an office file…")
                    .on_hover_text(
                        "An office of your own, written as rota's office files are (RON)",
                    )
                    .clicked()
            {
                out.push(File::OpenDialog.into());
            }
        })
        .response
        .labelled_by(label.id)
        .on_hover_text("The office shown: its record, its rule, its lesson and its what-ifs");
    ui.separator();
}

fn undo_redo(ui: &mut egui::Ui, model: &Model, out: &mut Vec<Command>) {
    let undo_tip = format!("Undo the last edit ({})", keys_of(Action::Undo));
    if ui
        .add_enabled(model.undo.can_undo(), egui::Button::new("Undo"))
        .on_hover_text(&undo_tip)
        .on_disabled_hover_text("Nothing to undo")
        .clicked()
    {
        out.push(Command::Doc(Doc::Undo));
    }
    let redo_tip = format!("Redo ({})", keys_of(Action::Redo));
    if ui
        .add_enabled(model.undo.can_redo(), egui::Button::new("Redo"))
        .on_hover_text(&redo_tip)
        .on_disabled_hover_text("Nothing to redo")
        .clicked()
    {
        out.push(Command::Doc(Doc::Redo));
    }
}

fn cursor_tools(ui: &mut egui::Ui, model: &Model, forms: &mut Forms, out: &mut Vec<Command>) {
    if ui
        .button("«")
        .on_hover_text("Previous event (Left arrow)")
        .clicked()
    {
        out.push(Command::Nav(Nav::Jump(Jump::Previous)));
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
            Ok(day) if day != model.view.cursor => out.push(Command::Nav(Nav::SetCursor(day))),
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
        out.push(Command::Nav(Nav::Jump(Jump::Next)));
    }
    ui.separator();
    if ui.button("−").on_hover_text("Zoom out (-)").clicked() {
        out.push(Command::Nav(Nav::ZoomAtCursor(1.0 / 1.5)));
    }
    if ui.button("+").on_hover_text("Zoom in (+)").clicked() {
        out.push(Command::Nav(Nav::ZoomAtCursor(1.5)));
    }
    let (from, to) = if model.view.tab == crate::app::Tab::Offices {
        model.overview.framing()
    } else {
        model.catalog.framing()
    };
    if ui
        .button("Fit")
        .on_hover_text(format!(
            "Show {} to {} ({}, or double-click the timeline)",
            from.format("%Y"),
            to.format("%Y"),
            keys_of(Action::Fit)
        ))
        .clicked()
    {
        out.push(Command::Nav(Nav::Fit));
    }
}
