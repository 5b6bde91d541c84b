//! The axis strip: ticks, the office's moments, the flags where sources disagree, today's line
//! and the cursor.

use egui::{Color32, FontId, Pos2, Rect, Sense, Stroke, pos2, vec2};

use super::Layout;
use crate::app::command::{Lesson, Tab};
use crate::app::palette::{conflict, text_on};
use crate::app::ruler::{Scale, day_number};
use crate::app::{Command, Model, format};

pub(super) fn paint_axis(
    painter: &egui::Painter,
    layout: &Layout,
    scale: &Scale,
    visuals: &egui::Visuals,
) {
    let axis = layout.axis;
    painter.rect_filled(axis, 0.0, visuals.faint_bg_color);
    let font = layout.font(14.0);
    let grid = visuals.weak_text_color().gamma_multiply(0.35);
    // Each label gets its width and a gap: a projector's larger font gets fewer ticks.
    let room = |label: &str| {
        let width = painter
            .layout_no_wrap(label.to_owned(), font.clone(), visuals.text_color())
            .size()
            .x;
        width + 28.0 * layout.k
    };
    for tick in scale.ticks_fitting(room) {
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
    painter.line_segment(
        [axis.left_bottom(), axis.right_bottom()],
        Stroke::new(1.0, visuals.text_color()),
    );
}

/// The record's events as dots under the ticks, so the eye finds them: each names its event when
/// pointed at, and a click puts the cursor on its day. Events on the same few pixels share a dot.
pub(super) fn moment_marks(
    ui: &egui::Ui,
    painter: &egui::Painter,
    layout: &Layout,
    scale: &Scale,
    moments: &[(chrono::NaiveDate, String)],
    out: &mut Vec<Command>,
    id: egui::Id,
) {
    let colour = super::legend::event_colour(ui.visuals());
    let radius = 3.0 * layout.k;
    let y = layout.axis.bottom() - 5.0 * layout.k;
    let mut groups: Vec<(f32, chrono::NaiveDate, Vec<&str>)> = Vec::new();
    let mut sorted: Vec<&(chrono::NaiveDate, String)> = moments.iter().collect();
    sorted.sort_by_key(|(day, _)| *day);
    for (day, text) in sorted {
        let x = scale.x(day_number(*day) + 0.5);
        if !layout.axis.x_range().contains(x) {
            continue;
        }
        match groups.last_mut() {
            Some((gx, _, texts)) if x - *gx < radius * 3.0 => texts.push(text),
            _ => groups.push((x, *day, vec![text])),
        }
    }
    for (x, day, texts) in groups {
        let hit = Rect::from_center_size(pos2(x, y), vec2(radius * 4.0, radius * 4.0));
        let text = texts.join("\n");
        let response = ui
            .interact(hit, id.with(("moment", day)), Sense::click())
            .on_hover_text(format!("{text}\nClick to go there"));
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &text));
        let r = if response.hovered() {
            radius * 1.5
        } else {
            radius
        };
        painter.circle_filled(pos2(x, y), r, colour);
        if response.clicked() {
            out.push(Command::Nav(crate::app::command::Nav::SetCursor(day)));
        }
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
    let colour = super::legend::today_colour(visuals.dark_mode);
    painter.add(egui::Shape::dashed_line(
        &[pos2(x, layout.axis.bottom()), pos2(x, layout.plot.bottom())],
        Stroke::new(2.0, colour),
        6.0,
        4.0,
    ));
    // The day's words under the line, kept inside the plot.
    let galley = painter.layout_no_wrap(
        format!("today, {}", format::day(model.today)),
        layout.font(13.0),
        colour,
    );
    let width = galley.size().x;
    let left = (x - width / 2.0)
        .min(layout.plot.right() - width)
        .max(layout.plot.left());
    painter.galley(pos2(left, layout.plot.bottom() + 2.0), galley, colour);
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
/// Amber flags in the axis where sources disagree; a click opens both sides. Flags that would
/// overlap at this zoom become one, naming every disagreement it stands for (a click opens the
/// next). With the sources tab open on a conflict, its days are shaded across the lanes too.
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
    let mut spans: Vec<(usize, f32, f32)> = model
        .catalog
        .conflicts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let x0 = scale.x_of(c.from);
            (i, x0, scale.x_of(c.to).max(x0 + 10.0 * k))
        })
        .filter(|(_, x0, x1)| *x1 >= layout.axis.left() && *x0 <= layout.axis.right())
        .collect();
    spans.sort_by(|a, b| a.1.total_cmp(&b.1));
    let mut groups: Vec<(Vec<usize>, f32, f32)> = Vec::new();
    for (i, x0, x1) in spans {
        match groups.last_mut() {
            Some((members, _, right)) if x0 < *right + 2.0 * k => {
                members.push(i);
                *right = right.max(x1);
            }
            _ => groups.push((vec![i], x0, x1)),
        }
    }
    let chosen = model
        .view
        .conflict
        .filter(|_| model.view.tab == Tab::Sources);
    for (members, x0, x1) in groups {
        let Some(&first) = members.first() else {
            continue;
        };
        let topics: Vec<&str> = members
            .iter()
            .filter_map(|i| model.catalog.conflicts.get(*i))
            .map(|c| c.topic.as_str())
            .collect();
        let rect = Rect::from_min_max(pos2(x0, top), pos2(x1, top + height)).intersect(layout.axis);
        let words = if topics.len() == 1 {
            format!("Sources disagree: {}", topics.join(""))
        } else {
            format!("Sources disagree ({}): {}", topics.len(), topics.join("; "))
        };
        let response = ui
            .interact(rect, id.with(("conflict", first)), Sense::click())
            .on_hover_text(format!(
                "{}\nClick to see both sides",
                words.replace("; ", "\n")
            ));
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &words));
        let picked = chosen.and_then(|c| members.iter().position(|m| *m == c));
        let fill = if response.hovered() || picked.is_some() {
            colour
        } else {
            colour.gamma_multiply(0.75)
        };
        painter.rect_filled(rect, 2.0, fill);
        let mark = if members.len() == 1 {
            "!".to_owned()
        } else {
            format!("{}!", members.len())
        };
        let galley = painter.layout_no_wrap(mark, FontId::proportional(12.0 * k), text_on(colour));
        if galley.size().x + 4.0 * k <= rect.width() {
            painter.galley(
                pos2(
                    rect.left() + 2.0 * k,
                    rect.center().y - galley.size().y / 2.0,
                ),
                galley,
                text_on(colour),
            );
        }
        if let Some(c) = picked
            .and_then(|p| members.get(p))
            .and_then(|i| model.catalog.conflicts.get(*i))
        {
            let band = Rect::from_min_max(
                pos2(
                    scale.x_of(c.from).max(layout.plot.left()),
                    layout.plot.top(),
                ),
                pos2(
                    scale
                        .x_of(c.to)
                        .max(scale.x_of(c.from) + 10.0 * k)
                        .min(layout.plot.right()),
                    layout.plot.bottom(),
                ),
            );
            painter.rect_filled(band, 0.0, colour.gamma_multiply(0.18));
        }
        if response.clicked() {
            // One flag for several: each click opens the next.
            let next = picked.map_or(first, |p| *members.get(p + 1).unwrap_or(&first));
            out.push(Command::Lesson(Lesson::ShowConflict(next)));
        }
    }
}
