//! The dispute walkthrough: one step at a time, from the agreement of 2015 to Masadykov. Each
//! step moves the cursor and frames the timeline (the app does it on [`Command::Lesson(Lesson::GoToStep)`]),
//! highlights the holdings it is about, and shows the events, the parties' positions with their
//! quotes and sources, and the reading each position corresponds to.

use egui::RichText;

use super::cite::{quote_box, sources};
use crate::app::command::{Lesson, View};
use crate::app::{Command, LaneId, Model, format};

/// Shows the walkthrough tab.
pub fn show(ui: &mut egui::Ui, model: &Model, out: &mut Vec<Command>) {
    let steps = model.steps();
    let Some(step) = model.step() else {
        ui.label("The walkthrough has no steps.");
        return;
    };
    let at = model.view.step.min(steps.len().saturating_sub(1));
    ui.horizontal(|ui| {
        if ui
            .add_enabled(at > 0, egui::Button::new("« Previous"))
            .on_hover_text("The previous step (Left)")
            .clicked()
        {
            out.push(Command::Lesson(Lesson::GoToStep(at.saturating_sub(1))));
        }
        ui.label(RichText::new(format!("step {} of {}", at + 1, steps.len())).strong());
        if ui
            .add_enabled(at + 1 < steps.len(), egui::Button::new("Next »"))
            .on_hover_text("The next step (Space or Right)")
            .clicked()
        {
            out.push(Command::Lesson(Lesson::GoToStep(at + 1)));
        }
    });
    ui.add(
        egui::ProgressBar::new((at + 1) as f32 / steps.len().max(1) as f32)
            .desired_height(4.0 * model.text_scale()),
    );
    ui.add_space(4.0);
    ui.label(RichText::new(format::day(step.date)).strong());
    ui.add(egui::Label::new(RichText::new(&step.title).heading()).wrap());
    ui.add_space(2.0);
    ui.add(egui::Label::new(&step.text).wrap());

    for position in &step.positions {
        ui.add_space(6.0);
        egui::Frame::new()
            .stroke(egui::Stroke::new(1.5, ui.visuals().weak_text_color()))
            .inner_margin(8.0)
            .corner_radius(4.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(&position.party).strong());
                // rota's paraphrase of the position: never in quotation marks, which belong to
                // the verbatim quotes below it.
                ui.add(egui::Label::new(&position.says).wrap())
                    .on_hover_text(
                        "rota's summary of the position; the sources' own words are quoted below",
                    );
                for reading in &position.readings {
                    reading_row(ui, model, *reading, out);
                }
                for quote in &position.quotes {
                    quote_box(ui, quote, out);
                }
                sources(ui, model, &position.sources, &[], out);
            });
    }

    for topic in &step.conflicts {
        if let Some((index, _)) = model.catalog.conflict(topic) {
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new("Sources disagree:").color(ui.visuals().warn_fg_color));
                if ui
                    .link(topic)
                    .on_hover_text("See both sides in “Sources disagree”")
                    .clicked()
                {
                    out.push(Command::Lesson(Lesson::ShowConflict(index)));
                }
            });
        }
    }

    let events: Vec<_> = step
        .events
        .iter()
        .filter_map(|id| model.catalog.moment(id))
        .collect();
    if !events.is_empty() || !step.sources.is_empty() {
        ui.add_space(6.0);
        ui.separator();
        ui.strong("What happened, and the sources");
    }
    for event in events {
        let dates = match event.until {
            Some(until) => format!("{} – {}", format::day(event.date), format::day(until)),
            None => format::day(event.date),
        };
        ui.add_space(4.0);
        ui.add(
            egui::Label::new(RichText::new(format!("{dates}: {}", event.title)).strong()).wrap(),
        );
        ui.add(egui::Label::new(&event.detail).wrap());
        sources(ui, model, &event.sources, &event.quotes, out);
    }
    if !step.sources.is_empty() {
        sources(ui, model, &step.sources, &[], out);
    }
}

/// A reading a position stands for, and the button that shows its lane.
fn reading_row(ui: &mut egui::Ui, model: &Model, reading: usize, out: &mut Vec<Command>) {
    let (Ok(index), Some(info)) = (u8::try_from(reading), model.catalog.readings.get(reading))
    else {
        return;
    };
    let info = Some(info);
    let name = info.map_or("", |i| i.id.as_str());
    ui.horizontal_wrapped(|ui| {
        ui.label("Reading:");
        ui.label(RichText::new(name).monospace().strong())
            .on_hover_text(info.map_or("", |i| i.summary.as_str()));
        let shown = model.view.reading_lane == Some(index);
        let text = if shown {
            "Hide its lane"
        } else {
            "Show its lane"
        };
        if ui
            .button(text)
            .on_hover_text(format!("A lane with what happened projected under {name}"))
            .clicked()
        {
            out.push(Command::View(View::ShowReadingLane(
                (!shown).then_some(index),
            )));
        }
    });
    if let Some(info) = info {
        ui.add(egui::Label::new(RichText::new(&info.label).italics()).wrap());
    }
    if model.view.reading_lane == Some(index)
        && let Some(lane) = model.lane(LaneId::RecordUnder(index))
    {
        let text = if lane.disagreeing_days == 0 {
            "Its lane agrees with the record on every day.".to_owned()
        } else {
            format!(
                "Its lane disagrees with the record on {} days.",
                lane.disagreeing_days
            )
        };
        ui.label(RichText::new(text).weak());
    }
}
