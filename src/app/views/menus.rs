//! The menu bar: File, Scenarios, View (with the office), Help. Shortcut hints come from the one
//! table of keys (`keys.rs`).

use crate::app::command::{Doc, Export, File, Nav, Tab, View};
use crate::app::keys::{Action, keys_of};
use crate::app::{Command, Edit, Model};

/// Shows the menu bar.
pub fn show(ui: &mut egui::Ui, model: &Model, out: &mut Vec<Command>) {
    if model.presenter {
        // Presenting: nothing that edits or saves, only what moves the lesson on.
        view_menu(ui, model, out);
        help_menu(ui, out);
        return;
    }
    ui.menu_button("File", |ui| {
        let item = |ui: &mut egui::Ui,
                    text: &str,
                    shortcut: &str,
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
            &keys_of(Action::Open),
            Command::File(File::OpenDialog),
            out,
        );
        item(
            ui,
            "Open from path…",
            "",
            Command::View(View::ShowOpenPath(true)),
            out,
        );
        item(
            ui,
            "Open a shared link…",
            "",
            Command::View(View::ShowOpenLink(true)),
            out,
        );
        item(
            ui,
            "Save",
            &keys_of(Action::Save),
            Command::File(File::Save),
            out,
        );
        item(
            ui,
            "Save as…",
            &keys_of(Action::SaveAs),
            Command::File(File::SaveAs),
            out,
        );
        ui.separator();
        ui.menu_button("Export", |ui| export_items(ui, model, out));
        item(
            ui,
            "Copy link to this scenario",
            "",
            Command::File(File::CopyLink),
            out,
        );
    });
    ui.menu_button("Scenarios", |ui| {
        for i in 0..model.workspace.entries.len() {
            let current = i == model.workspace.current;
            let name = crate::text::shown_name(&model.workspace.label(i));
            if ui.selectable_label(current, name).clicked() && !current {
                out.push(Command::Doc(Doc::Edit(Edit::Switch(i))));
            }
        }
        ui.separator();
        if ui.button("New scenario").clicked() {
            out.push(Command::Doc(Doc::Edit(Edit::New(Box::new(
                model.catalog.rule_alone(),
            )))));
        }
        if ui.button("Duplicate this scenario").clicked() {
            out.push(Command::Doc(Doc::Edit(Edit::Duplicate)));
        }
        let can_delete = model.workspace.entries.len() > 1;
        if ui
            .add_enabled(can_delete, egui::Button::new("Delete this scenario"))
            .on_disabled_hover_text("The last scenario cannot be deleted")
            .clicked()
        {
            out.push(Command::Doc(Doc::Edit(Edit::Delete)));
        }
        ui.separator();
        ui.menu_button("Open a bundled scenario", |ui| {
            for bundled in &model.catalog.scenarios {
                if ui
                    .button(&bundled.scenario.name)
                    .on_hover_text(&bundled.scenario.description)
                    .clicked()
                {
                    out.push(Command::Doc(Doc::OpenBundled(bundled.id.clone())));
                }
            }
        });
    });
    view_menu(ui, model, out);
    help_menu(ui, out);
}

fn view_menu(ui: &mut egui::Ui, model: &Model, out: &mut Vec<Command>) {
    ui.menu_button("View", |ui| {
        ui.menu_button("Office", |ui| {
            for catalog in &model.library.catalogs {
                let current = catalog.id == model.catalog.id;
                if ui
                    .selectable_label(current, super::toolbar::office_title(catalog))
                    .on_hover_text(&catalog.summary)
                    .clicked()
                    && !current
                {
                    out.push(Doc::ChooseOffice(catalog.id.clone()).into());
                }
            }
        });
        if ui
            .add(egui::Button::new("Compare offices").shortcut_text(keys_of(Action::Tab(7))))
            .on_hover_text("Every office side by side, and how each answered the same question")
            .clicked()
        {
            out.push(View::SetTab(Tab::Offices).into());
        }
        ui.separator();
        let compare = model.view.compare_readings;
        if ui
            .checkbox(&mut compare.clone(), "Compare readings")
            .on_hover_text("One lane per reading of the office's rule")
            .clicked()
        {
            out.push(Command::View(View::SetCompareReadings(!compare)));
        }
        if ui
            .add(egui::Button::new("Fit the years that matter").shortcut_text(keys_of(Action::Fit)))
            .on_hover_text("The office's own framing (with the Offices tab: every office's)")
            .clicked()
        {
            out.push(Command::Nav(Nav::Fit));
        }
        if ui
            .button("Fit everything")
            .on_hover_text("From the record's first day to the projection's horizon")
            .clicked()
        {
            out.push(Command::Nav(Nav::FitAll));
        }
        let theme = model.view.theme;
        let text = match theme {
            crate::app::palette::Theme::Light => "Dark theme",
            crate::app::palette::Theme::Dark => "Light theme",
        };
        if !model.presenter && ui.button(text).clicked() {
            out.push(Command::View(View::SetTheme(theme.other())));
        }
        let russian = model.view.russian_names;
        if model.russian_set().is_some()
            && ui
            .checkbox(&mut russian.clone(), "Russian names")
            .on_hover_text("Show the states' Russian names beside the English ones: the order of a Russian-alphabet rotation depends on them")
            .clicked()
        {
            out.push(Command::View(View::SetRussianNames(!russian)));
        }
        if !cfg!(target_arch = "wasm32")
            && ui
                .button("Web edition address…")
                .on_hover_text("Where the class's web edition is served: the links Copy link makes open there")
                .clicked()
        {
            out.push(Command::View(View::ShowWebAddress(true)));
        }
        let presenter = model.presenter;
        if ui
            .add(egui::Button::new(if presenter { "Leave presenter mode" } else { "Presenter mode" }).shortcut_text(keys_of(Action::Present)))
            .clicked()
        {
            out.push(Command::View(View::SetPresenter(!presenter)));
        }
    });
}

fn help_menu(ui: &mut egui::Ui, out: &mut Vec<Command>) {
    ui.menu_button("Help", |ui| {
        if ui
            .add(egui::Button::new("Keyboard shortcuts").shortcut_text(keys_of(Action::Help)))
            .clicked()
        {
            out.push(Command::View(View::ToggleHelp));
        }
    });
}

/// Export the timeline as a picture, a lane as a table, or the handout.
pub fn export_items(ui: &mut egui::Ui, model: &Model, out: &mut Vec<Command>) {
    if ui
        .button("Timeline as PNG…")
        .on_hover_text("A picture of the timeline as it is on screen")
        .clicked()
    {
        out.push(Command::Export(Export::Png));
    }
    ui.separator();
    let lane = model
        .lane(model.view.selected_lane)
        .or_else(|| model.lane(crate::lanes::LaneId::Scenario));
    if let Some(lane) = lane {
        ui.label(egui::RichText::new(format!("The lane “{}”", lane.title)).weak())
            .on_hover_text("Choose another lane by clicking its name, or with Up and Down");
        for (text, format) in [
            ("Lane as CSV…", crate::app::ExportFormat::Csv),
            ("Lane as JSON…", crate::app::ExportFormat::Json),
            ("Lane as Markdown…", crate::app::ExportFormat::Markdown),
        ] {
            if ui.button(text).clicked() {
                out.push(Command::Export(Export::Lane(lane.id, format)));
            }
        }
    }
    ui.separator();
    if ui
        .button("Handout (HTML)…")
        .on_hover_text("One printable page: the lanes as tables, the differences in words, the readings and the sources")
        .clicked()
    {
        out.push(Command::Export(Export::Handout));
    }
}
