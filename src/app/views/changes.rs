//! The bottom panel: what the current scenario changes against the documented history, in plain
//! sentences from the engine's difference, and the engine's warnings.

use crate::app::command::Nav;
use crate::app::{Command, Model, format};

/// Shows the bottom panel.
pub fn show(ui: &mut egui::Ui, model: &Model, out: &mut Vec<Command>) {
    // As tall as its sentences, up to a third of the window; beyond that it scrolls.
    let most = (ui.available_height() / 3.0).max(80.0);
    // A bottom panel takes the height it had in the last frame, and what grows past it is cut
    // off below the window: so the panel is given the height its sentences took last time (one
    // more frame when they change).
    let key = egui::Id::unique("changes-panel-height");
    let wanted = ui.ctx().data(|d| d.get_temp::<f32>(key));
    let mut panel = egui::Panel::bottom("changes").resizable(false);
    if let Some(height) = wanted {
        panel = panel.exact_size(height);
    }
    let shown = panel.show(ui, |ui| {
            let top = ui.cursor().min.y;
            let comparison = &model.comparison;
            let name = crate::text::shown_name(&model.scenario().name);
            ui.add_space(4.0);
            ui.strong(format!("What “{name}” changes against the documented history"));
            let heading = ui.cursor().min.y - top;
            let sentences = egui::ScrollArea::vertical()
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
            // What the panel needs: the heading, and the sentences up to a third of the window.
            heading + sentences.content_size.y.min(most)
        });
    // The panel's frame around the sentences: its margins, and the separator line above it.
    let frame = egui::Frame::side_top_panel(ui.style())
        .total_margin()
        .sum()
        .y;
    let line = ui.visuals().widgets.noninteractive.bg_stroke.width.round();
    let height = (shown.inner + frame + line).round();
    if wanted.is_none_or(|w| (w - height).abs() > 0.5) {
        let ctx = ui.ctx();
        ctx.data_mut(|d| d.insert_temp(key, height));
        ctx.request_repaint();
    }
}
