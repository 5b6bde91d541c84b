//! Which reading explains the record? The engine's fit: for each reading, the share of days since
//! the rotation began on which the record's events projected under it agree with what happened,
//! and the first day they part; then what each reading says and who argued for it.

use egui::RichText;

use super::cite::sources;
use crate::app::command::View;
use crate::app::{Command, Model, format};

/// Shows the readings tab.
pub fn show(ui: &mut egui::Ui, model: &Model, out: &mut Vec<Command>) {
    ui.heading("Which reading explains the record?");
    let Some(first) = model.fits.first() else {
        return;
    };
    ui.add(
        egui::Label::new(format!(
            "The documented events ({}) projected under each reading, compared day by day with what happened from {} to {}: same turn, same holder's state.",
            documented_events(model),
            format::day(first.from),
            format::day(first.to.pred_opt().unwrap_or(first.to)),
        ))
        .wrap(),
    );
    ui.add_space(4.0);
    egui::Grid::new("fit")
        .striped(true)
        .num_columns(4)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            ui.strong("Reading");
            ui.strong("Agrees");
            ui.strong("Parts on")
                .on_hover_text("The first day it parts from the record");
            ui.strong("Lane");
            ui.end_row();
            for ((i, fit), reading) in (0u8..).zip(&model.fits).zip(&model.catalog.readings) {
                ui.label(&reading.id)
                    .on_hover_text(format!("{}: {}", reading.id, reading.label));
                ui.label(format!("{:.1}%", fit.share() * 100.0))
                    .on_hover_text(format!("{} of {} days", fit.agreeing_days, fit.total_days));
                ui.label(
                    fit.first_divergence
                        .map_or_else(|| "none".to_owned(), format::day),
                );
                lane_button(ui, model, i, &reading.id, out);
                ui.end_row();
            }
        });
    ui.add_space(8.0);
    for info in &model.catalog.readings {
        ui.separator();
        ui.label(RichText::new(&info.id).monospace().strong());
        ui.add(egui::Label::new(RichText::new(&info.label).strong()).wrap());
        ui.add(egui::Label::new(&info.summary).wrap());
        ui.add(
            egui::Label::new(RichText::new(format!("Argued by: {}", info.argued_by)).italics())
                .wrap(),
        );
        if !info.sources.is_empty() {
            sources(ui, model, &info.sources, &info.quotes, out);
        }
    }
}

/// The office's documented events in a phrase ("Armenia's nominee takes office on 2 May 2017; the
/// appointed holder is recalled on 2 Nov 2018"), or "none".
fn documented_events(model: &Model) -> String {
    let events: Vec<String> = model
        .catalog
        .events
        .iter()
        .map(|e| crate::words::mid_sentence(&crate::words::event(e, &model.catalog)))
        .collect();
    if events.is_empty() {
        "none: the rule alone".to_owned()
    } else {
        events.join("; ")
    }
}

fn lane_button(ui: &mut egui::Ui, model: &Model, index: u8, reading: &str, out: &mut Vec<Command>) {
    let shown = model.view.reading_lane == Some(index);
    let text = if shown { "Hide" } else { "Show" };
    if ui
        .button(text)
        .on_hover_text(format!(
            "A lane with the record's events projected under {reading}"
        ))
        .clicked()
    {
        out.push(Command::View(View::ShowReadingLane(
            (!shown).then_some(index),
        )));
    }
}
