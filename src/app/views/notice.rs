//! The notice: what the last action did, or why it could not. It floats over the top of the
//! timeline until dismissed, so that lanes never jump as notices come and go; a long one (a file's
//! problems) scrolls within a third of the window.

use egui::RichText;

use crate::app::command::View;
use crate::app::{Command, Model};

/// The most of a notice the window shows, in characters.
const MAX_NOTICE_CHARS: usize = 4000;

/// Shows the notice over the top of `area` (the timeline's panel).
pub fn show(ctx: &egui::Context, area: egui::Rect, model: &Model, out: &mut Vec<Command>) {
    let Some(notice) = &model.notice else {
        return;
    };
    if model.picture {
        return; // a picture of the timeline shows the timeline only
    }
    let visuals = ctx.global_style().visuals.clone();
    let (fill, text) = if notice.is_error {
        (
            blend(visuals.panel_fill, visuals.error_fg_color, 0.15),
            visuals.error_fg_color,
        )
    } else {
        (
            blend(visuals.panel_fill, visuals.selection.bg_fill, 0.3),
            visuals.text_color(),
        )
    };
    let width = (area.width() - 24.0).clamp(120.0, 960.0);
    egui::Area::new(egui::Id::unique("notice"))
        .order(egui::Order::Foreground)
        .pivot(egui::Align2::CENTER_TOP)
        .fixed_pos(area.center_top() + egui::vec2(0.0, 6.0))
        .show(ctx, |ui| {
            egui::Frame::new()
                .fill(fill)
                .stroke(egui::Stroke::new(1.0, text.gamma_multiply(0.5)))
                .shadow(visuals.popup_shadow)
                .inner_margin(8.0)
                .corner_radius(4.0)
                .show(ui, |ui| {
                    ui.set_width(width);
                    ui.horizontal(|ui| {
                        if ui.button("×").on_hover_text("Dismiss").clicked() {
                            out.push(Command::View(View::DismissNotice));
                        }
                        egui::ScrollArea::vertical()
                            .max_height(ctx.content_rect().height() / 3.0)
                            .show(ui, |ui| {
                                // A notice may quote what a file held: it is shown clipped.
                                let shown = crate::text::clip(&notice.text, MAX_NOTICE_CHARS);
                                ui.add(egui::Label::new(RichText::new(shown).color(text)).wrap());
                            });
                    });
                });
        });
}

/// `over` laid on `base` at `amount` (0: base, 1: over), opaque: the notice hides what is under it.
fn blend(base: egui::Color32, over: egui::Color32, amount: f32) -> egui::Color32 {
    let mix = |a: u8, b: u8| {
        let value = f32::from(a) + (f32::from(b) - f32::from(a)) * amount;
        value.round().clamp(0.0, 255.0) as u8
    };
    egui::Color32::from_rgb(
        mix(base.r(), over.r()),
        mix(base.g(), over.g()),
        mix(base.b(), over.b()),
    )
}
