//! Every office as a lane on one time axis, while the *Offices* tab is open: a class sees the
//! rhythms side by side (a month, six months, a year, three, four). Each lane is the office's
//! record, then, faded and hatched, what its rule as agreed makes of the years after; a marker
//! stands on each moment the tab lists. A click opens the office on that day.

use egui::text::{LayoutJob, TextWrapping};
use egui::{Rect, Sense, Stroke, StrokeKind, pos2, vec2};

use super::axis::{paint_axis, paint_cursor, paint_today};
use super::blocks::hatch;
use super::{Layout, gestures};
use crate::app::palette::{Palette, muted, text_on};
use crate::app::ruler::Scale;
use crate::app::views::offices::open_at;
use crate::app::{Command, Model, format};
use crate::data::Catalog;
use crate::engine::{Holding, HoldingKind};
use crate::overview::OfficeRow;

/// Shows every office's lane in the space left; returns how far down it drew.
pub fn show(ui: &mut egui::Ui, model: &Model, out: &mut Vec<Command>) -> f32 {
    let rect = ui.available_rect_before_wrap();
    ui.allocate_rect(rect, Sense::hover());
    let rows = &model.overview.rows;
    let k = model.text_scale();
    // Room for the key under the lanes, on one or two lines.
    let key_height = if rect.width() > 1100.0 * k {
        30.0
    } else {
        50.0
    } * k;
    let layout = Layout::new(rect, rows.len(), k, key_height);
    let scale = model
        .view
        .ruler
        .scale(layout.plot.left(), layout.plot.width());
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals().clone();
    let id = ui.scope_id().with("offices-timeline");
    let background = ui.interact(layout.plot, id.with("background"), Sense::click_and_drag());
    background.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::ScrollView,
            true,
            "Every office on one axis: drag to pan, Ctrl and the wheel to zoom",
        )
    });
    let axis = ui.interact(layout.axis, id.with("axis"), Sense::click_and_drag());
    gestures(ui, &layout, &scale, &background, &axis, out);
    paint_axis(&painter, &layout, &scale, &visuals);
    let default = Palette::default();
    for (index, row) in rows.iter().enumerate() {
        let Some(catalog) = model.library.get(&row.id) else {
            continue;
        };
        let palette = model
            .library
            .catalogs
            .iter()
            .position(|c| c.id == row.id)
            .and_then(|i| model.palettes.get(i))
            .unwrap_or(&default);
        let band = layout.lane(index);
        label(ui, &painter, &layout, band, row, model, out, id);
        let lane = Lane {
            catalog,
            row,
            palette,
            band,
        };
        for holding in &row.record {
            block(ui, &painter, &layout, &scale, &lane, holding, true, out, id);
        }
        let after = row.record_end.unwrap_or(row.since);
        for holding in row.projection.iter().filter(|h| h.start >= after) {
            block(
                ui, &painter, &layout, &scale, &lane, holding, false, out, id,
            );
        }
        markers(ui, &painter, &layout, &scale, model, &lane, out, id);
    }
    paint_today(&painter, &layout, &scale, model, &visuals);
    key(&painter, &layout, rect, &visuals);
    paint_cursor(&painter, &layout, &scale, model, &visuals);
    (layout.plot.bottom() + key_height + 24.0 * k).min(rect.bottom())
}

/// One office's lane: what a block needs to know of it.
struct Lane<'a> {
    catalog: &'a Catalog,
    row: &'a OfficeRow,
    palette: &'a Palette,
    band: Rect,
}

#[expect(
    clippy::too_many_arguments,
    reason = "one call site; the pieces of one frame"
)]
fn label(
    ui: &egui::Ui,
    painter: &egui::Painter,
    layout: &Layout,
    band: Rect,
    row: &OfficeRow,
    model: &Model,
    out: &mut Vec<Command>,
    id: egui::Id,
) {
    let rect = Rect::from_min_max(
        pos2(layout.labels.left(), band.top()),
        pos2(layout.labels.right() - 6.0, band.bottom()),
    );
    let title = format!("{} {}", row.organisation, row.post);
    let response = ui
        .interact(rect, id.with(("office", &row.id)), Sense::click())
        .on_hover_text(format!("{title}: {}\nClick to open it", row.rule()));
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Office: {title}"))
    });
    if response.clicked() {
        out.extend(open_at(&row.id, model.view.cursor, None));
    }
    let visuals = ui.visuals();
    if row.id == model.catalog.id {
        painter.rect_filled(rect, 4.0, visuals.selection.bg_fill.gamma_multiply(0.35));
    } else if response.hovered() {
        painter.rect_filled(rect, 4.0, visuals.widgets.hovered.weak_bg_fill);
    }
    let mut job = LayoutJob::single_section(
        row.organisation.clone(),
        egui::TextFormat::simple(layout.font(15.0), visuals.strong_text_color()),
    );
    if band.height() >= 36.0 * layout.k {
        job.append(
            &format!("\n{} · {}", row.post, row.term),
            0.0,
            egui::TextFormat::simple(layout.font(13.0), visuals.text_color()),
        );
    }
    job.wrap = TextWrapping {
        max_width: rect.width() - 8.0,
        max_rows: 3,
        break_anywhere: false,
        overflow_character: Some('…'),
    };
    let galley = painter.layout_job(job);
    let pos = pos2(rect.left() + 6.0, rect.center().y - galley.size().y / 2.0);
    painter.galley(pos, galley, visuals.text_color());
}

/// A holding of the record (`documented`) or of the rule after the record ends.
#[expect(
    clippy::too_many_arguments,
    reason = "one call site; the pieces of one frame"
)]
fn block(
    ui: &egui::Ui,
    painter: &egui::Painter,
    layout: &Layout,
    scale: &Scale,
    lane: &Lane<'_>,
    holding: &Holding,
    documented: bool,
    out: &mut Vec<Command>,
    id: egui::Id,
) {
    let band = lane.band;
    let x0 = scale.x_of(holding.start);
    let x1 = scale.x_of(holding.end);
    if x1 < layout.plot.left() || x0 > layout.plot.right() {
        return;
    }
    let rect = Rect::from_min_max(pos2(x0, band.top()), pos2(x1.max(x0 + 1.0), band.bottom()));
    let visible = rect.intersect(layout.plot);
    let visuals = ui.visuals();
    let state = match holding.kind {
        HoldingKind::Term => holding.holder_state.or(holding.turn),
        HoldingKind::Acting | HoldingKind::Vacant | HoldingKind::Joint => holding.turn,
    };
    let base = lane.palette.colour(state);
    let plain = documented && holding.kind == HoldingKind::Term;
    let fill = if plain {
        base
    } else {
        muted(base, visuals.panel_fill)
    };
    painter.rect_filled(visible, 2.0, fill);
    if !plain {
        hatch(painter, visible, base.gamma_multiply(0.9));
    }
    let response = ui.interact(
        visible,
        id.with((&lane.row.id, holding.start, documented)),
        Sense::click(),
    );
    let holder = crate::words::holder_in_lane(holding, lane.catalog);
    let how = if documented {
        "documented"
    } else {
        "by the rule as agreed"
    };
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            true,
            format!(
                "{}: {holder}, {}, {how}",
                lane.row.organisation,
                format::span(holding)
            ),
        )
    });
    let edge = if response.hovered() || response.has_focus() {
        Stroke::new(2.0, visuals.strong_text_color())
    } else {
        Stroke::new(1.0, visuals.panel_fill)
    };
    painter.rect_stroke(visible, 2.0, edge, StrokeKind::Inside);
    if let Some(code) = state {
        let ink = text_on(fill);
        let galley = painter.layout_no_wrap(code.to_string(), layout.font(14.0), ink);
        if galley.size().x + 6.0 <= visible.width() {
            painter.galley(
                pos2(
                    visible.left() + 3.0,
                    visible.center().y - galley.size().y / 2.0,
                ),
                galley,
                ink,
            );
        }
    }
    let response = response.on_hover_ui_at_pointer(|ui| {
        ui.strong(format!("{} {}", lane.row.organisation, lane.row.post));
        ui.label(&holder);
        if let Some(code) = state
            && lane.catalog.name(code) != holder
        {
            ui.label(lane.catalog.name(code));
        }
        ui.label(format::span(holding));
        ui.label(egui::RichText::new(format!("{how} · click to open the office here")).weak());
    });
    if response.clicked() {
        out.extend(open_at(&lane.row.id, holding.start, None));
    }
}

/// A marker over each moment of the office that answers the question, clickable.
#[expect(
    clippy::too_many_arguments,
    reason = "one call site; the pieces of one frame"
)]
fn markers(
    ui: &egui::Ui,
    painter: &egui::Painter,
    layout: &Layout,
    scale: &Scale,
    model: &Model,
    lane: &Lane<'_>,
    out: &mut Vec<Command>,
    id: egui::Id,
) {
    let visuals = ui.visuals();
    let size = 7.0 * layout.k;
    for answer in model
        .overview
        .answers
        .iter()
        .filter(|a| a.office == lane.row.id)
    {
        let x = scale.x_of(answer.moment.date);
        if !layout.plot.x_range().contains(x) {
            continue;
        }
        let top = lane.band.top() - 1.0;
        let points = vec![
            pos2(x - size, top - size),
            pos2(x + size, top - size),
            pos2(x, top + size * 0.6),
        ];
        let hit = Rect::from_center_size(pos2(x, top - size / 2.0), vec2(size * 2.4, size * 2.2));
        let response = ui
            .interact(
                hit,
                id.with(("moment", &answer.moment.id, &lane.row.id)),
                Sense::click(),
            )
            .on_hover_text(format!(
                "{}, {}: {}\n{}\nClick to open it",
                answer.organisation,
                format::day(answer.moment.date),
                answer.moment.title,
                answer.moment.answer
            ));
        response.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                true,
                format!("{}: {}", answer.organisation, answer.moment.title),
            )
        });
        let ink = visuals.strong_text_color();
        painter.add(egui::Shape::convex_polygon(
            points,
            if response.hovered() {
                visuals.selection.stroke.color
            } else {
                ink
            },
            Stroke::new(1.5, visuals.panel_fill),
        ));
        if response.clicked() {
            let lane_index = answer
                .moment
                .lanes
                .first()
                .and_then(|i| u8::try_from(*i).ok());
            out.extend(open_at(&lane.row.id, answer.moment.date, lane_index));
        }
    }
}

/// What the lanes' looks mean, under them.
fn key(painter: &egui::Painter, layout: &Layout, rect: Rect, visuals: &egui::Visuals) {
    let y = layout.plot.bottom() + 24.0 * layout.k;
    if y + 20.0 * layout.k > rect.bottom() {
        return;
    }
    let text = "Solid: the record.   Faded and hatched: acting or vacant holdings, and what the \
                rule as agreed gives after the record ends.   A triangle: a moment the Offices tab \
                lists.   Codes name the states.";
    let galley = painter.layout(
        text.to_owned(),
        layout.font(14.0),
        visuals.text_color(),
        rect.width() - 16.0,
    );
    painter.galley(pos2(rect.left() + 8.0, y), galley, visuals.text_color());
}
