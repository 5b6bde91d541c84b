//! The axis strip: ticks, the office's moments, the flags where sources disagree, today's line
//! and the cursor.

use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, pos2, vec2};

use super::Layout;
use crate::app::command::{Lesson, Tab};
use crate::app::palette::{conflict, disagreement, text_on};
use crate::app::ruler::{Scale, day_number};
use crate::app::{Command, Model, format};

pub(super) fn paint_axis(
    painter: &egui::Painter,
    layout: &Layout,
    scale: &Scale,
    visuals: &egui::Visuals,
    moments: impl Iterator<Item = chrono::NaiveDate>,
) {
    let axis = layout.axis;
    painter.rect_filled(axis, 0.0, visuals.faint_bg_color);
    let font = layout.font(14.0);
    let grid = visuals.weak_text_color().gamma_multiply(0.35);
    for tick in scale.ticks(96.0 * layout.k) {
        let x = scale.x_of(tick.date);
        painter.line_segment(
            [pos2(x, axis.bottom() - 9.0), pos2(x, axis.bottom())],
            Stroke::new(1.0, visuals.text_color()),
        );
        painter.line_segment(
            [pos2(x, layout.plot.top()), pos2(x, layout.plot.bottom())],
            Stroke::new(1.0, grid),
        );
        let galley = painter.layout_no_wrap(tick.label, font.clone(), visuals.text_color());
        // A label that would be cut by the edge is left out; its tick still shows.
        if x + 3.0 + galley.size().x <= axis.right() {
            painter.galley(
                pos2(x + 3.0, axis.top() + 4.0 * layout.k),
                galley,
                visuals.text_color(),
            );
        }
    }
    // The dispute's events: small marks under the ticks, so the eye finds them.
    for day in moments {
        let x = scale.x_of(day);
        if axis.x_range().contains(x) {
            painter.circle_filled(
                pos2(x, axis.bottom() - 4.0),
                2.5 * layout.k,
                disagreement(visuals.dark_mode),
            );
        }
    }
    painter.line_segment(
        [axis.left_bottom(), axis.right_bottom()],
        Stroke::new(1.0, visuals.text_color()),
    );
}

pub(super) fn today_colour(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x7C, 0xD3, 0x8B)
    } else {
        Color32::from_rgb(0x1B, 0x7A, 0x32)
    }
}

pub(super) fn paint_today(
    painter: &egui::Painter,
    layout: &Layout,
    scale: &Scale,
    model: &Model,
    visuals: &egui::Visuals,
) {
    let x = scale.x(day_number(model.today) + 0.5);
    if !layout.plot.x_range().contains(x) {
        return;
    }
    let colour = today_colour(visuals.dark_mode);
    painter.add(egui::Shape::dashed_line(
        &[pos2(x, layout.axis.bottom()), pos2(x, layout.plot.bottom())],
        Stroke::new(2.0, colour),
        6.0,
        4.0,
    ));
    painter.text(
        pos2(x, layout.plot.bottom() + 2.0),
        Align2::CENTER_TOP,
        format!("today, {}", format::day(model.today)),
        layout.font(13.0),
        colour,
    );
}

pub(super) fn paint_cursor(
    painter: &egui::Painter,
    layout: &Layout,
    scale: &Scale,
    model: &Model,
    visuals: &egui::Visuals,
) {
    let start = scale.x_of(model.view.cursor);
    let end = scale.x(day_number(model.view.cursor) + 1.0);
    let mid = f32::midpoint(start, end);
    if !layout.plot.x_range().contains(mid) {
        return;
    }
    let colour = visuals.selection.stroke.color;
    if end - start >= 3.0 {
        painter.rect_filled(
            Rect::from_min_max(
                pos2(start, layout.plot.top()),
                pos2(end, layout.plot.bottom()),
            ),
            0.0,
            colour.gamma_multiply(0.25),
        );
    }
    painter.line_segment(
        [
            pos2(mid, layout.axis.top()),
            pos2(mid, layout.plot.bottom()),
        ],
        Stroke::new(2.0, colour),
    );
    // The day's label on the axis, kept inside the plot.
    let text = format::day(model.view.cursor);
    let ink = text_on(colour);
    let galley = painter.layout_no_wrap(text, layout.font(14.0), ink);
    let width = galley.size().x + 10.0;
    let height = galley.size().y + 4.0;
    // Kept inside the axis; where the axis is narrower than the tag, it starts at the left.
    let left = (mid - width / 2.0)
        .min(layout.axis.right() - width)
        .max(layout.axis.left());
    let tag = Rect::from_min_size(
        pos2(left, layout.axis.bottom() - height - 2.0),
        vec2(width, height),
    );
    painter.rect_filled(tag, 4.0, colour);
    painter.galley(
        Pos2::new(tag.left() + 5.0, tag.top() + 2.0),
        galley,
        Color32::WHITE,
    );
}

/// Amber flags in the axis where sources disagree; a click opens both sides. With the sources
/// tab open on a conflict, its days are shaded across the lanes too.
pub(super) fn conflict_flags(
    ui: &egui::Ui,
    painter: &egui::Painter,
    layout: &Layout,
    scale: &Scale,
    model: &Model,
    out: &mut Vec<Command>,
    id: egui::Id,
) {
    let visuals = ui.visuals();
    let colour = conflict(visuals.dark_mode);
    let k = layout.k;
    let top = layout.axis.top() + 22.0 * k;
    let height = 14.0 * k;
    for (index, c) in model.catalog.conflicts.iter().enumerate() {
        let x0 = scale.x_of(c.from);
        let x1 = scale.x_of(c.to).max(x0 + 10.0 * k);
        if x1 < layout.axis.left() || x0 > layout.axis.right() {
            continue;
        }
        let rect = Rect::from_min_max(pos2(x0, top), pos2(x1, top + height)).intersect(layout.axis);
        let response = ui
            .interact(rect, id.with(("conflict", index)), Sense::click())
            .on_hover_text(format!(
                "Sources disagree: {}\nClick to see both sides",
                c.topic
            ));
        response.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                true,
                format!("Sources disagree: {}", c.topic),
            )
        });
        let chosen = model.view.conflict == Some(index) && model.view.tab == Tab::Sources;
        let fill = if response.hovered() || chosen {
            colour
        } else {
            colour.gamma_multiply(0.75)
        };
        painter.rect_filled(rect, 2.0, fill);
        if rect.width() >= 8.0 * k {
            painter.text(
                pos2(rect.left() + 2.0 * k, rect.center().y),
                Align2::LEFT_CENTER,
                "!",
                FontId::proportional(12.0 * k),
                text_on(colour),
            );
        }
        if chosen {
            let band = Rect::from_min_max(
                pos2(x0.max(layout.plot.left()), layout.plot.top()),
                pos2(x1.min(layout.plot.right()), layout.plot.bottom()),
            );
            painter.rect_filled(band, 0.0, colour.gamma_multiply(0.18));
        }
        if response.clicked() {
            out.push(Command::Lesson(Lesson::ShowConflict(index)));
        }
    }
}
