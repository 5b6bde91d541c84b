//! The right panel: its tabs, and the tab shown, in a scroll area the keyboard can scroll.

use egui::RichText;

use super::{details, dispute, edit, offices, order, predict, readings, sources};
use crate::app::command::{Tab, View};
use crate::app::{Command, Forms, Model};

/// Shows the right panel.
pub fn show(ui: &mut egui::Ui, model: &Model, forms: &mut Forms, out: &mut Vec<Command>) {
    // Presenter mode keeps a wider panel of its own, so the usual width comes back afterwards.
    let room = ui.available_width();
    let (id, width) = if model.presenter {
        ("side-presenter", (room * 0.36).clamp(320.0, 600.0))
    } else {
        ("side", 400.0)
    };
    let most = (room * 0.55).max(320.0);
    egui::Panel::right(id)
        .resizable(true)
        .default_size(width.min(most))
        .size_range(300.0..=most.max(640.0))
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                for tab in tabs(model) {
                    if ui
                        .selectable_label(
                            model.view.tab == tab,
                            RichText::new(title(tab, model)).strong(),
                        )
                        .on_hover_text(tab.about())
                        .clicked()
                    {
                        out.push(View::SetTab(tab).into());
                    }
                }
            });
            ui.separator();
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    scroll(ui, forms);
                    tab_contents(ui, model, forms, out);
                });
        });
}

/// The tabs the panel offers: the lesson's only where the office has one; none that edits in
/// presenter mode.
#[must_use]
pub fn tabs(model: &Model) -> Vec<Tab> {
    Tab::ALL
        .into_iter()
        .filter(|t| !(model.presenter && t.edits()))
        .filter(|t| *t != Tab::Dispute || model.catalog.lesson.is_some())
        .collect()
}

/// A tab's name on its button: the lesson's tab takes the lesson's name ("Dispute", "2016").
#[must_use]
pub fn title(tab: Tab, model: &Model) -> String {
    match (tab, &model.catalog.lesson) {
        (Tab::Dispute, Some(lesson)) if !lesson.tab.is_empty() => lesson.tab.clone(),
        _ => tab.title().to_owned(),
    }
}

/// Scrolls as the keyboard asked: by screens, or back to the top.
fn scroll(ui: &mut egui::Ui, forms: &mut Forms) {
    let screens = std::mem::take(&mut forms.scroll);
    if screens == f32::NEG_INFINITY {
        ui.scroll_to_cursor(Some(egui::Align::TOP));
    } else if screens != 0.0 && screens.is_finite() {
        let height = ui.clip_rect().height() * 0.85;
        ui.scroll_with_delta(egui::vec2(0.0, -screens * height));
    }
}

fn tab_contents(ui: &mut egui::Ui, model: &Model, forms: &mut Forms, out: &mut Vec<Command>) {
    match model.view.tab {
        Tab::Details => details::show(ui, model, forms, out),
        Tab::Scenario if model.presenter => details::show(ui, model, forms, out),
        Tab::Scenario => edit::show(ui, model, forms, out),
        Tab::Dispute => dispute::show(ui, model, out),
        Tab::Predict => predict::show(ui, model, out),
        Tab::Sources => sources::show(ui, model, out),
        Tab::Readings => readings::show(ui, model, out),
        Tab::Order => order::show(ui, model, out),
        Tab::Offices => offices::show(ui, model, out),
    }
}
