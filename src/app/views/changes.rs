//! The bottom panel: what the current scenario changes against the documented history, in plain
//! sentences from the engine's difference, and the engine's warnings.

use crate::app::command::Nav;
use crate::app::{Command, Model, format};

/// Shows the bottom panel.
pub fn show(ui: &mut egui::Ui, model: &Model, out: &mut Vec<Command>) {
    // As tall as its sentences, up to a third of the window; beyond that it scrolls.
    let most = (ui.available_height() / 3.0).max(80.0);
    egui::Panel::bottom("changes")
        .resizable(false)
        .show(ui, |ui| {
            let comparison = &model.comparison;
            let name = crate::text::shown_name(&model.scenario().name);
            ui.add_space(4.0);
            ui.strong(format!("What “{name}” changes against the documented history"));
            egui::ScrollArea::vertical()
                .auto_shrink([false, true])
                .max_height(most)
                .show(ui, |ui| {
                    match comparison.difference.first_divergence {
                        None => {
                            ui.label(format!(
                                "Nothing: from {} to {} it names the same turn and the same holder's state as the record on every day.",
                                format::day(comparison.from),
                                format::day(comparison.to.pred_opt().unwrap_or(comparison.to)),
                            ));
                        }
                        Some(first) => {
                            ui.horizontal_wrapped(|ui| {
                                ui.label(format!(
                                    "It departs from the record on {}, and disagrees on {} days up to {}.",
                                    format::day(first),
                                    comparison.difference.disagreeing_days(),
                                    format::day(comparison.to.pred_opt().unwrap_or(comparison.to)),
                                ));
                                if ui
                                    .link("Go to the first difference")
                                    .on_hover_text("Move the cursor there")
                                    .clicked()
                                {
                                    out.push(Command::Nav(Nav::SetCursor(first)));
                                }
                            });
                            for change in &comparison.difference.changes {
                                ui.add(
                                    egui::Label::new(format!(
                                        "• {}.",
                                        crate::words::change(change, &model.catalog)
                                    ))
                                    .wrap(),
                                );
                            }
                        }
                    }
                    for warning in &comparison.projection.warnings {
                        ui.colored_label(
                            ui.visuals().warn_fg_color,
                            format!(
                                "Warning, {}: {}",
                                format::day(warning.date()),
                                crate::words::warning(warning, &model.catalog)
                            ),
                        );
                    }
                });
        });
}
