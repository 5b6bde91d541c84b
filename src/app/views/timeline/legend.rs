//! The key to the colours, under the lanes.

use egui::{Color32, Rect, pos2, vec2};

use super::Layout;
use super::blocks::hatch;
use crate::app::Model;
use crate::app::palette::{disagreement, muted};

/// The key to the colours, under the lanes: each state's code, colour and name, and what a
/// hatched block and a red mark mean.
pub(super) fn legend(
    ui: &egui::Ui,
    painter: &egui::Painter,
    layout: &Layout,
    rect: Rect,
    model: &Model,
) {
    let visuals = ui.visuals();
    let font = layout.font(14.0);
    let mut x = rect.left() + 8.0;
    let mut y = layout.plot.bottom() + 24.0 * layout.k;
    let row = 24.0 * layout.k;
    let mut place = |width: f32| {
        if x + width > rect.right() - 8.0 {
            x = rect.left() + 8.0;
            y += row;
        }
        let at = pos2(x, y);
        x += width + 14.0;
        at
    };
    let mut entries: Vec<(Color32, bool, String)> = model
        .states_shown
        .iter()
        .copied()
        .map(|code| {
            (
                model.palette.colour(Some(code)),
                false,
                format!("{code} {}", model.state_name(code)),
            )
        })
        .collect();
    entries.sort_by(|a, b| a.2.cmp(&b.2));
    entries.push((
        model.palette.colour(None),
        true,
        "acting (hatched)".to_owned(),
    ));
    for (colour, acting, text) in entries {
        let galley = painter.layout_no_wrap(text, font.clone(), visuals.text_color());
        let at = place(22.0 + galley.size().x);
        if at.y + row > rect.bottom() {
            return;
        }
        let swatch = Rect::from_min_size(at, vec2(16.0, 16.0));
        if acting {
            painter.rect_filled(swatch, 2.0, muted(colour, visuals.panel_fill));
            hatch(painter, swatch, colour);
        } else {
            painter.rect_filled(swatch, 2.0, colour);
        }
        painter.galley(pos2(at.x + 22.0, at.y - 1.0), galley, visuals.text_color());
    }
    let text = "disagrees with the record";
    let galley = painter.layout_no_wrap(text.to_owned(), font, visuals.text_color());
    let at = place(22.0 + galley.size().x);
    if at.y + row <= rect.bottom() {
        painter.rect_filled(
            Rect::from_min_size(pos2(at.x, at.y + 5.0), vec2(16.0, 6.0)),
            1.0,
            disagreement(visuals.dark_mode),
        );
        painter.galley(pos2(at.x + 22.0, at.y - 1.0), galley, visuals.text_color());
    }
}
