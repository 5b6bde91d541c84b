//! "Edit scenario": the current scenario's name, rules and events. Every change is an undoable
//! [`Edit`]; the lanes are recomputed at once.

use egui::RichText;

mod events;

use events::add_event;
pub use events::{EventKind, NewEvent};

use crate::app::command::{Doc, Nav};
use crate::app::{Command, Edit, Forms, Model};
use crate::data::scenario_file::parse_date;
use crate::engine::rules::{MAX_LAG_DAYS, MAX_TERM_MONTHS};
use crate::engine::{Anchoring, HolderKind, Reading, Rules, StateCode};

/// Shows the editor.
pub fn show(ui: &mut egui::Ui, model: &Model, forms: &mut Forms, out: &mut Vec<Command>) {
    if model.workspace.current().read_only {
        read_only_banner(ui, out);
        ui.add_enabled_ui(false, |ui| editor(ui, model, forms, out));
    } else {
        editor(ui, model, forms, out);
    }
}

/// Says that a shared scenario is read-only, and offers the way to edit it.
pub fn read_only_banner(ui: &mut egui::Ui, out: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new("Read-only: this scenario came from a shared link.").strong());
        if ui
            .button("Make a copy")
            .on_hover_text("An editable copy of this scenario, beside the shared one")
            .clicked()
        {
            out.push(Command::Doc(Doc::Edit(crate::workspace::Edit::Duplicate)));
        }
    });
}

fn editor(ui: &mut egui::Ui, model: &Model, forms: &mut Forms, out: &mut Vec<Command>) {
    let entry = model.workspace.current();
    let scenario = &entry.scenario;
    if forms.form_for != Some(model.workspace.current) || !ui.ctx().text_edit_focused() {
        if forms.name_text != scenario.name {
            forms.name_text.clone_from(&scenario.name);
        }
        if forms.description_text != scenario.description {
            forms.description_text.clone_from(&scenario.description);
        }
        forms.form_for = Some(model.workspace.current);
    }

    ui.horizontal_wrapped(|ui| {
        if ui
            .button("New")
            .on_hover_text("A new scenario under the rule alone")
            .clicked()
        {
            out.push(Command::Doc(Doc::Edit(Edit::New(Box::new(
                model.catalog.rule_alone(),
            )))));
        }
        if ui
            .button("Duplicate")
            .on_hover_text("A copy of this scenario")
            .clicked()
        {
            out.push(Command::Doc(Doc::Edit(Edit::Duplicate)));
        }
        if ui
            .add_enabled(
                model.workspace.entries.len() > 1,
                egui::Button::new("Delete"),
            )
            .on_hover_text("Delete this scenario (undo brings it back)")
            .on_disabled_hover_text("The last scenario cannot be deleted")
            .clicked()
        {
            out.push(Command::Doc(Doc::Edit(Edit::Delete)));
        }
    });
    let label = ui.label("Name:");
    if ui
        .add(
            egui::TextEdit::singleline(&mut forms.name_text)
                .char_limit(crate::data::limits::MAX_NAME_CHARS)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id)
        .changed()
    {
        out.push(Command::Doc(Doc::Edit(Edit::Rename(
            forms.name_text.clone(),
        ))));
    }
    let label = ui.label("Description:");
    if ui
        .add(
            egui::TextEdit::multiline(&mut forms.description_text)
                .char_limit(crate::data::limits::MAX_DESCRIPTION_CHARS)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id)
        .changed()
    {
        out.push(Command::Doc(Doc::Edit(Edit::SetDescription(
            forms.description_text.clone(),
        ))));
    }
    if entry.description_stale {
        // The text was written for the scenario as it was: say so, never rewrite it.
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(
                    "The name and description were written before your edits: \
                     do they still say what this scenario does?",
                )
                .color(ui.visuals().warn_fg_color),
            );
            if ui
                .button("They still do")
                .on_hover_text("Keep them as they are, and stop asking")
                .clicked()
            {
                out.push(Command::Doc(Doc::Edit(Edit::SetDescription(
                    scenario.description.clone(),
                ))));
            }
        });
    }
    if let Some(path) = &entry.path {
        ui.label(RichText::new(format!("File: {}", path.display())).weak());
    }

    ui.separator();
    ui.strong("Rules");
    rules(ui, model, forms, scenario.rules, out);

    ui.separator();
    ui.strong("Events");
    if scenario.events.is_empty() {
        ui.label(RichText::new("None: the rule runs undisturbed.").weak());
    }
    for (i, event) in scenario.events.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            if ui
                .small_button("×")
                .on_hover_text("Remove this event")
                .clicked()
            {
                out.push(Command::Doc(Doc::Edit(Edit::RemoveEvent(i))));
            }
            if ui
                .link(crate::words::event(event, &model.catalog))
                .on_hover_text("Move the cursor to this day")
                .clicked()
            {
                out.push(Command::Nav(Nav::SetCursor(event.date())));
            }
        });
    }
    ui.add_space(6.0);
    add_event(ui, model, forms, out);
}

fn rules(
    ui: &mut egui::Ui,
    model: &Model,
    forms: &mut Forms,
    rules: Rules,
    out: &mut Vec<Command>,
) {
    let mut edited = rules;
    let start_id = ui.make_persistent_id("rotation-start");
    if !ui.ctx().memory(|m| m.has_focus(start_id)) {
        forms.start_text = rules.start.to_string();
    }
    // What follows a vacancy, a late nominee and the lag only mean something where a person
    // holds the post.
    let person = model.catalog.office.holder == HolderKind::Person;
    egui::Grid::new("rules").num_columns(2).show(ui, |ui| {
        if person {
            let label = ui.label("Reading:");
            // A reading by its words ("The same state completes its turn"), as the office's
            // readings put them; its id where the office has no words for it.
            let catalog = &model.catalog;
            let info = |reading: Reading| {
                catalog.readings.iter().find(|r| {
                    r.patch.reading == Some(reading)
                        || (r.patch.is_empty() && catalog.rules.reading == reading)
                })
            };
            let words = |reading: Reading| {
                info(reading).map_or_else(|| reading.name().to_owned(), |i| i.label.clone())
            };
            egui::ComboBox::from_id_salt("reading")
                .selected_text(words(edited.reading))
                .width(260.0)
                .show_ui(ui, |ui| {
                    for reading in Reading::ALL {
                        let response =
                            ui.selectable_value(&mut edited.reading, reading, words(reading));
                        if let Some(info) = info(reading) {
                            response.on_hover_text(format!(
                                "{} ({})\n{}\nArgued by: {}",
                                info.label, reading, info.summary, info.argued_by
                            ));
                        }
                    }
                })
                .response
                .labelled_by(label.id)
                .on_hover_text("What follows an early recall");
            ui.end_row();
        }

        let label = ui.label("Term (months):");
        ui.add(egui::DragValue::new(&mut edited.term_months).range(1..=MAX_TERM_MONTHS))
            .labelled_by(label.id)
            .on_hover_text("Length of a state's turn");
        ui.end_row();

        if person {
            let label = ui.label("Lag (days):");
            ui.add(egui::DragValue::new(&mut edited.lag_days).range(0..=MAX_LAG_DAYS))
                .labelled_by(label.id)
                .on_hover_text("Days from a vacancy until the next nominee takes office");
            ui.end_row();
        }

        let label = ui.label("Order:");
        let office = &model.catalog.office;
        egui::ComboBox::from_id_salt("order")
            .selected_text(order_title(edited.order, model))
            .show_ui(ui, |ui| {
                for order in office.orders() {
                    ui.selectable_value(&mut edited.order, order, order_title(order, model))
                        .on_hover_text(crate::words::order_names(order, &model.catalog));
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text("Whose names set the alphabetical order");
        ui.end_row();

        let label = ui.label("First turn:");
        let first_name = |code: Option<StateCode>| {
            code.map_or_else(|| "first in order".to_owned(), |c| model.catalog.name(c))
        };
        egui::ComboBox::from_id_salt("first")
            .selected_text(first_name(edited.first))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut edited.first, None, first_name(None));
                for member in model.catalog.office.members.iter() {
                    ui.selectable_value(
                        &mut edited.first,
                        Some(member.code),
                        first_name(Some(member.code)),
                    );
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text("The state whose turn comes first, on the rotation's start");
        ui.end_row();

        if person {
            let label = ui.label("Late appointment:");
            egui::ComboBox::from_id_salt("anchoring")
                .selected_text(anchoring_words(edited.anchoring))
                .show_ui(ui, |ui| {
                    for anchoring in Anchoring::ALL {
                        ui.selectable_value(
                            &mut edited.anchoring,
                            anchoring,
                            anchoring_words(anchoring),
                        );
                    }
                })
                .response
                .labelled_by(label.id)
                .on_hover_text(
                    "slot: the turn keeps its end; office: a full term from taking office",
                );
            ui.end_row();
        }

        let label = ui.label("Rotation starts:");
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut forms.start_text)
                    .id(start_id)
                    .desired_width(105.0),
            )
            .labelled_by(label.id)
            .on_hover_text("The day the rotation begins; type a date and press Enter");
        if response.lost_focus()
            && let Ok(day) = parse_date(forms.start_text.trim())
        {
            edited.start = day;
        }
        ui.end_row();
    });
    let mut about_skip =
        "A state whose participation is suspended when its turn would start is passed over."
            .to_owned();
    for (code, period, note) in &model.catalog.suspension_notes {
        about_skip.push_str(&format!(
            "\nIn rota's members' table, {} from {}: {note}; skipping treats it as a suspension.",
            model.catalog.name(*code),
            crate::app::format::day(period.start)
        ));
    }
    ui.checkbox(&mut edited.skip_suspended, "Skip a suspended state")
        .on_hover_text(about_skip);
    if edited != rules {
        out.push(Command::Doc(Doc::Edit(Edit::SetRules(edited))));
    }
}

/// What a late appointment does, in words.
fn anchoring_words(anchoring: Anchoring) -> &'static str {
    match anchoring {
        Anchoring::Slot => "The turn keeps its end",
        Anchoring::Office => "A full term from taking office",
    }
}

/// "English alphabet", "Fixed order".
fn order_title(order: crate::engine::Order, model: &Model) -> String {
    let words = crate::words::alphabet(order, &model.catalog);
    crate::words::capitalise(words.strip_prefix("the ").unwrap_or(&words))
}
