//! Where the sources disagree (domain.md section 6): each conflict with both sides next to each
//! other, their sources and verbatim quotes, and a way to see where on the timeline it applies.

use egui::RichText;

use super::cite::sources;
use crate::app::command::Lesson;
use crate::app::{Command, Model, format};
use crate::data::Claim;

/// Shows the sources tab.
pub fn show(ui: &mut egui::Ui, model: &Model, out: &mut Vec<Command>) {
    ui.heading("Where the sources disagree");
    ui.add(
        egui::Label::new(
            "Each question below has two answers from different sources. Seed 003 is a partisan analysis: set its claims beside the reports, read both in full (“Read the source”), and ask who wrote each and why. Amber marks on the time axis show where each disagreement applies.",
        )
        .wrap(),
    );
    for (index, conflict) in model.catalog.conflicts.iter().enumerate() {
        ui.add_space(8.0);
        let chosen = model.view.conflict == Some(index);
        let visuals = ui.visuals().clone();
        let stroke = if chosen {
            egui::Stroke::new(3.0, crate::app::palette::conflict(visuals.dark_mode))
        } else {
            egui::Stroke::new(1.0, visuals.weak_text_color())
        };
        egui::Frame::new()
            .stroke(stroke)
            .inner_margin(8.0)
            .corner_radius(4.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.add(egui::Label::new(RichText::new(&conflict.topic).heading()).wrap());
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        RichText::new(format!(
                            "{} – {}",
                            format::day(conflict.from),
                            format::day(conflict.to.pred_opt().unwrap_or(conflict.to))
                        ))
                        .weak(),
                    );
                    if ui
                        .link("Show on the timeline")
                        .on_hover_text("Move the cursor to the days this is about")
                        .clicked()
                    {
                        out.push(Command::Lesson(Lesson::ShowConflict(index)));
                    }
                });
                ui.columns(2, |columns| {
                    side(&mut columns[0], model, "One side", &conflict.a, out);
                    side(&mut columns[1], model, "The other side", &conflict.b, out);
                });
            });
    }
}

fn side(ui: &mut egui::Ui, model: &Model, heading: &str, claim: &Claim, out: &mut Vec<Command>) {
    // Columns justify their contents; text reads better ragged.
    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
        side_contents(ui, model, heading, claim, out);
    });
}

fn side_contents(
    ui: &mut egui::Ui,
    model: &Model,
    heading: &str,
    claim: &Claim,
    out: &mut Vec<Command>,
) {
    ui.label(RichText::new(heading).strong().underline());
    ui.add(egui::Label::new(&claim.text).wrap());
    if claim.sources.is_empty() {
        ui.label(RichText::new("The outlet is not among rota's listed sources.").weak());
    }
    sources(ui, model, &claim.sources, &claim.quotes, out);
}
