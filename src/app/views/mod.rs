//! The views, one file per tab or panel, named after what the user sees. Each reads the model
//! and pushes commands; none changes state but the text fields in [`Forms`].

pub mod changes;
pub mod cite;
pub mod details;
pub mod dispute;
pub mod edit;
pub mod help;
pub mod menus;
pub mod notice;
pub mod offices;
pub mod order;
pub mod predict;
pub mod reader;
pub mod readings;
pub mod side_panel;
pub mod sources;
pub mod timeline;
pub mod toolbar;
pub mod welcome;

use super::command::Tab;
use super::{Command, Forms, Model, prompts};

/// Lays out the whole window; returns where the timeline was drawn (what a PNG export crops to).
pub fn show(
    ui: &mut egui::Ui,
    model: &Model,
    forms: &mut Forms,
    out: &mut Vec<Command>,
) -> egui::Rect {
    let ctx = ui.ctx().clone();
    toolbar::show(ui, model, forms, out);
    // On a projector the lesson's tabs need the height more than the list of differences.
    let lesson = !matches!(model.view.tab, Tab::Details | Tab::Scenario);
    // The differences are the current scenario's; beside every office they would be out of place.
    // On a small projector the timeline needs the height more than the sentences.
    let small = model.presenter && ui.available_height() < 700.0;
    if !(small || model.presenter && lesson) && model.view.tab != Tab::Offices {
        changes::show(ui, model, out);
    }
    side_panel::show(ui, model, forms, out);
    let central = egui::CentralPanel::default().show(ui, |ui| {
        welcome::show(ui, model, out);
        if model.view.tab == Tab::Offices {
            timeline::offices::show(ui, model, out)
        } else {
            timeline::show(ui, model, out)
        }
    });
    notice::show(&ctx, central.response.rect, model, out);
    help::show(&ctx, model, out);
    reader::show(&ctx, model, out);
    prompts::show_open_path(&ctx, model, forms, out);
    prompts::show_open_link(&ctx, model, forms, out);
    prompts::show_save_path(&ctx, model, forms, out);
    prompts::show_web_address(&ctx, model, forms, out);
    // A picture of the timeline ends where the timeline does: no empty quarter under it.
    let mut drawn = central.response.rect;
    drawn.max.y = central.inner.max(drawn.min.y + 1.0);
    drawn
}
