//! The timeline: a time axis, one lane per succession with a block per holding, the marks where a
//! lane disagrees with the record, today's line and the cursor. Pointer and wheel gestures become
//! [`Command`]s; nothing here changes state.

use egui::text::{LayoutJob, TextWrapping};
use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, StrokeKind, pos2, vec2};

use super::palette::{conflict, disagreement, muted, state_colour, text_on};
use super::ruler::{Scale, day_number};
use super::{Command, ExportFormat, Lane, Model, format};
use crate::engine::{Holding, HoldingKind};

/// Height of the axis strip at the top: tick labels, the row of conflict flags, the cursor's tag.
const AXIS_HEIGHT: f32 = 64.0;
/// Height of the strip above a projection lane that marks where it disagrees with the record.
const MARK_HEIGHT: f32 = 7.0;
/// Space between lanes.
const LANE_GAP: f32 = 4.0;

/// The geometry of one frame of the timeline.
struct Layout {
    labels: Rect,
    axis: Rect,
    plot: Rect,
    lane_height: f32,
    /// Text size factor: 1.5 in presenter mode.
    k: f32,
}

impl Layout {
    fn new(rect: Rect, lanes: usize, k: f32) -> Self {
        let label_width = (rect.width() * 0.18).clamp(130.0 * k, 210.0 * k);
        let lanes_f = lanes.max(1) as f32;
        let room = rect.height() - AXIS_HEIGHT * k - 24.0 * k;
        let lane_height = (room / lanes_f - MARK_HEIGHT - LANE_GAP).clamp(30.0 * k, 110.0 * k);
        let axis = Rect::from_min_max(
            pos2(rect.left() + label_width, rect.top()),
            pos2(rect.right(), rect.top() + AXIS_HEIGHT * k),
        );
        let bottom =
            (axis.bottom() + lanes_f * (lane_height + MARK_HEIGHT + LANE_GAP)).min(rect.bottom());
        Self {
            labels: Rect::from_min_max(pos2(rect.left(), axis.bottom()), pos2(axis.left(), bottom)),
            axis,
            plot: Rect::from_min_max(pos2(axis.left(), axis.bottom()), pos2(rect.right(), bottom)),
            lane_height,
            k,
        }
    }

    /// A font of `size` points, scaled for presenter mode.
    fn font(&self, size: f32) -> FontId {
        FontId::proportional(size * self.k)
    }

    /// The band a lane's blocks occupy.
    fn lane(&self, index: usize) -> Rect {
        let top = self.plot.top()
            + index as f32 * (self.lane_height + MARK_HEIGHT + LANE_GAP)
            + MARK_HEIGHT;
        Rect::from_min_max(
            pos2(self.plot.left(), top),
            pos2(self.plot.right(), top + self.lane_height),
        )
    }
}

/// Shows the timeline in the space left.
pub fn show(ui: &mut egui::Ui, model: &Model, out: &mut Vec<Command>) {
    let rect = ui.available_rect_before_wrap();
    ui.allocate_rect(rect, Sense::hover());
    let layout = Layout::new(rect, model.lanes.len(), model.text_scale());
    let scale = model
        .view
        .ruler
        .scale(layout.plot.left(), layout.plot.width());
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals().clone();
    let id = ui.scope_id().with("timeline");

    // Interactions first, so the blocks registered later sit on top of the background.
    let background = ui.interact(layout.plot, id.with("background"), Sense::click_and_drag());
    background.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::ScrollView,
            true,
            "Timeline: drag to pan, Ctrl and the wheel to zoom, double-click to fit",
        )
    });
    let axis = ui.interact(layout.axis, id.with("axis"), Sense::click_and_drag());
    axis.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Slider,
            true,
            format!(
                "Time axis: cursor on {}; click or drag to move it",
                model.view.cursor
            ),
        )
    });
    gestures(ui, &layout, &scale, &background, &axis, out);

    paint_axis(&painter, &layout, &scale, &visuals, model);
    conflict_flags(ui, &painter, &layout, &scale, model, out, id);
    for (index, lane) in model.lanes.iter().enumerate() {
        lane_label(ui, &painter, &layout, index, lane, model, out, id);
        let band = layout.lane(index);
        let hidden = model.hidden_from(lane.id);
        paint_disagreements(&painter, &layout, band, &scale, lane, hidden, &visuals);
        for holding in &lane.holdings {
            let clipped;
            let holding = match hidden {
                Some(hidden) if holding.start >= hidden => continue,
                Some(hidden) if holding.end > hidden => {
                    // The quiz hides the rest: the block ends where the hidden part begins.
                    clipped = Holding {
                        end: hidden,
                        ..holding.clone()
                    };
                    &clipped
                }
                _ => holding,
            };
            block(
                ui, &painter, &layout, band, &scale, lane, holding, model, out, id,
            );
        }
        if let Some(hidden) = hidden {
            paint_hidden(&painter, &layout, band, &scale, hidden, &visuals);
        }
    }
    paint_today(&painter, &layout, &scale, model, &visuals);
    legend(ui, &painter, &layout, rect, model);
    paint_cursor(&painter, &layout, &scale, model, &visuals);
}

/// Drag, wheel, pinch, clicks on the axis and double-clicks.
fn gestures(
    ui: &egui::Ui,
    layout: &Layout,
    scale: &Scale,
    background: &egui::Response,
    axis: &egui::Response,
    out: &mut Vec<Command>,
) {
    if background.dragged() {
        let dx = background.drag_delta().x;
        if dx != 0.0 {
            out.push(Command::Pan {
                days: scale.drag_to_days(dx),
            });
        }
    }
    if background.double_clicked() || axis.double_clicked() {
        out.push(Command::FitAll);
    } else if (axis.clicked() || axis.dragged() || background.clicked())
        && let Some(pos) = axis
            .interact_pointer_pos()
            .or(background.interact_pointer_pos())
        && let Some(day) = scale.date_at(pos.x)
    {
        out.push(Command::SetCursor(day));
    }
    let area = layout.plot.union(layout.axis);
    if let Some(pointer) = ui.ctx().pointer_hover_pos()
        && area.contains(pointer)
    {
        let (zoom, scroll) = ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta));
        if (zoom - 1.0).abs() > f32::EPSILON {
            out.push(Command::Zoom {
                pivot_day: scale.day_at(pointer.x),
                factor: f64::from(zoom),
            });
        }
        let pan = scroll.x + scroll.y;
        if pan != 0.0 {
            out.push(Command::Pan {
                days: scale.drag_to_days(pan),
            });
        }
    }
}

fn paint_axis(
    painter: &egui::Painter,
    layout: &Layout,
    scale: &Scale,
    visuals: &egui::Visuals,
    model: &Model,
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
    for event in &model.catalog.moments {
        let x = scale.x_of(event.date);
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

#[expect(
    clippy::too_many_arguments,
    reason = "one call site; the pieces of one frame"
)]
fn lane_label(
    ui: &egui::Ui,
    painter: &egui::Painter,
    layout: &Layout,
    index: usize,
    lane: &Lane,
    model: &Model,
    out: &mut Vec<Command>,
    id: egui::Id,
) {
    let band = layout.lane(index);
    let rect = Rect::from_min_max(
        pos2(layout.labels.left(), band.top()),
        pos2(layout.labels.right() - 6.0, band.bottom()),
    );
    let response = ui
        .interact(rect, id.with(("lane", index)), Sense::click())
        .on_hover_text(&lane.about);
    response.context_menu(|ui| {
        ui.label(egui::RichText::new(format!("Export “{}”", lane.title)).strong());
        for (text, format) in [
            ("as CSV…", ExportFormat::Csv),
            ("as JSON…", ExportFormat::Json),
            ("as Markdown…", ExportFormat::Markdown),
        ] {
            if ui.button(text).clicked() {
                out.push(Command::ExportLane(lane.id, format));
            }
        }
    });
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Lane: {}", lane.title))
    });
    if response.clicked() {
        out.push(Command::Select(None));
        out.push(Command::SelectLane(lane.id));
    }
    let visuals = ui.visuals();
    let selected = model.view.selected_lane == lane.id;
    if selected {
        painter.rect_filled(rect, 4.0, visuals.selection.bg_fill.gamma_multiply(0.35));
    } else if response.hovered() {
        painter.rect_filled(rect, 4.0, visuals.widgets.hovered.weak_bg_fill);
    }
    let rows = if band.height() >= 36.0 * layout.k {
        2
    } else {
        1
    };
    let mut job = LayoutJob::single_section(
        lane.short_title.clone(),
        egui::TextFormat::simple(layout.font(15.0), visuals.strong_text_color()),
    );
    job.wrap = TextWrapping {
        max_width: rect.width() - 8.0,
        max_rows: rows,
        break_anywhere: false,
        overflow_character: Some('…'),
    };
    if lane.disagreeing_days > 0 && band.height() >= 50.0 * layout.k {
        // The number of days the lane departs from the record, under its title.
        job.append(
            &format!("\n≠ {} days", lane.disagreeing_days),
            0.0,
            egui::TextFormat::simple(layout.font(13.0), disagreement(visuals.dark_mode)),
        );
        job.wrap.max_rows = 3;
    }
    let galley = painter.layout_job(job);
    let pos = pos2(rect.left() + 6.0, rect.center().y - galley.size().y / 2.0);
    painter.galley(pos, galley, visuals.text_color());
}

fn paint_disagreements(
    painter: &egui::Painter,
    layout: &Layout,
    band: Rect,
    scale: &Scale,
    lane: &Lane,
    hidden: Option<chrono::NaiveDate>,
    visuals: &egui::Visuals,
) {
    let colour = disagreement(visuals.dark_mode);
    for period in &lane.disagreements {
        // Where the quiz hides the lane, its marks would give the answer away.
        let end = hidden.map_or(period.end, |h| period.end.min(h));
        let x0 = scale.x_of(period.start).max(layout.plot.left());
        let x1 = scale.x_of(end).min(layout.plot.right());
        if x1 <= x0 {
            continue;
        }
        let strip = Rect::from_min_max(
            pos2(x0, band.top() - MARK_HEIGHT + 1.0),
            pos2(x1.max(x0 + 2.0), band.top() - 1.0),
        );
        painter.rect_filled(strip, 1.0, colour);
    }
}

/// The words a block can carry, longest first; the longest that fits is drawn.
fn block_texts(holding: &Holding, model: &Model) -> Vec<String> {
    let catalog = &model.catalog;
    let russian = model.russian_set().filter(|_| model.view.russian_names);
    let code = |c: Option<crate::engine::StateCode>| {
        c.map_or_else(String::new, |c| {
            match (catalog.office.members.get(c), russian) {
                (Some(m), Some(set)) => format!("{c} {}", m.name(set)),
                _ => c.to_string(),
            }
        })
    };
    let holder = crate::words::holder(holding, catalog);
    let surname = holder.rsplit(' ').next().unwrap_or(&holder).to_owned();
    match holding.kind {
        HoldingKind::Term
            if holding.person.is_none()
                && catalog.office.holder == crate::engine::HolderKind::State =>
        {
            let code = code(holding.holder_state.or(holding.turn));
            vec![format!("{code}  {holder}"), code]
        }
        HoldingKind::Term => {
            let code = code(holding.holder_state.or(holding.turn));
            vec![
                format!("{code}  {holder}"),
                format!("{code}  {surname}"),
                code,
            ]
        }
        HoldingKind::Acting => {
            let code = code(holding.turn);
            vec![
                format!("{code} · acting: {holder}"),
                format!("{code} · acting: {surname}"),
                format!("{code} · acting"),
                "acting".to_owned(),
                code,
            ]
        }
        HoldingKind::Vacant => {
            let code = code(holding.turn);
            vec![format!("{code} · vacant"), "vacant".to_owned(), code]
        }
        HoldingKind::Joint => vec![holder, "joint".to_owned()],
    }
}

/// What a screen reader (and a test) calls a block.
#[must_use]
pub fn block_label(lane: &Lane, holding: &Holding, model: &Model) -> String {
    let state = match holding.kind {
        HoldingKind::Term => holding
            .holder_state
            .or(holding.turn)
            .map(|s| model.state_name(s)),
        HoldingKind::Acting | HoldingKind::Vacant | HoldingKind::Joint => holding
            .turn
            .map(|s| format!("{}'s turn", model.state_name(s))),
    };
    let state = state.map_or_else(String::new, |s| format!(", {s}"));
    format!(
        "{}: {}{state}, {}",
        lane.title,
        crate::words::holder_in_lane(holding, &model.catalog),
        format::span(holding)
    )
}

#[expect(
    clippy::too_many_arguments,
    reason = "one call site; the pieces of one frame"
)]
fn block(
    ui: &egui::Ui,
    painter: &egui::Painter,
    layout: &Layout,
    band: Rect,
    scale: &Scale,
    lane: &Lane,
    holding: &Holding,
    model: &Model,
    out: &mut Vec<Command>,
    id: egui::Id,
) {
    let plot = Rect::from_x_y_ranges(
        painter
            .clip_rect()
            .x_range()
            .intersection(egui::Rangef::new(band.left(), band.right())),
        band.y_range(),
    );
    let x0 = scale.x_of(holding.start);
    let x1 = scale.x_of(holding.end);
    if x1 < plot.left() || x0 > plot.right() {
        return;
    }
    let rect = Rect::from_min_max(pos2(x0, band.top()), pos2(x1.max(x0 + 1.0), band.bottom()));
    let visible = rect.intersect(plot);
    let visuals = ui.visuals();
    let response = ui.interact(visible, id.with((lane.id, holding.start)), Sense::click());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Button, true, block_label(lane, holding, model))
    });
    let selected = model.view.selected == Some((lane.id, holding.start));
    let highlighted = model
        .highlight_days()
        .iter()
        .any(|day| holding.contains(*day));

    let base = state_colour(match holding.kind {
        HoldingKind::Term => holding.holder_state.or(holding.turn),
        HoldingKind::Acting | HoldingKind::Vacant | HoldingKind::Joint => holding.turn,
    });
    let fill = match holding.kind {
        HoldingKind::Term => base,
        HoldingKind::Acting | HoldingKind::Vacant | HoldingKind::Joint => {
            muted(base, visuals.panel_fill)
        }
    };
    painter.rect_filled(visible, 3.0, fill);
    if holding.kind != HoldingKind::Term {
        hatch(painter, visible, base.gamma_multiply(0.9));
    }
    let edge = if selected || highlighted {
        Stroke::new(3.5 * layout.k, visuals.strong_text_color())
    } else if response.hovered() || response.has_focus() {
        Stroke::new(2.0, visuals.strong_text_color())
    } else {
        Stroke::new(1.0, visuals.panel_fill)
    };
    painter.rect_stroke(visible, 3.0, edge, StrokeKind::Inside);
    if highlighted {
        // A second, light ring inside the dark one: the step's holdings stand out on any colour.
        painter.rect_stroke(
            visible.shrink(3.5 * layout.k),
            2.0,
            Stroke::new(2.0 * layout.k, visuals.panel_fill),
            StrokeKind::Inside,
        );
    }

    let text_colour = text_on(fill);
    let room = visible.width() - 6.0;
    if room > 8.0 {
        let font = layout.font(15.0);
        for text in block_texts(holding, model) {
            let galley = painter.layout_no_wrap(text, font.clone(), text_colour);
            if galley.size().x <= room {
                let pos = pos2(
                    visible.left() + 3.0,
                    visible.center().y - galley.size().y / 2.0,
                );
                painter
                    .with_clip_rect(visible.intersect(painter.clip_rect()))
                    .galley(pos, galley, text_colour);
                break;
            }
        }
    }

    let response = response.on_hover_ui_at_pointer(|ui| tooltip(ui, lane, holding, model));
    if response.clicked() {
        out.push(Command::Select(Some((lane.id, holding.start))));
    }
}

fn tooltip(ui: &mut egui::Ui, lane: &Lane, holding: &Holding, model: &Model) {
    ui.strong(crate::words::holder_in_lane(holding, &model.catalog));
    if let Some(state) = holding.holder_state {
        ui.label(model.state_names(state));
    }
    if let Some(turn) = holding.turn
        && holding.holder_state != Some(turn)
    {
        ui.label(format!("{}'s turn", model.state_name(turn)));
    }
    ui.label(format::span(holding));
    ui.label(format!("Ended: {}", crate::words::ending(holding.ending)));
    ui.label(egui::RichText::new(format!("{} · click for details and sources", lane.title)).weak());
}

/// Diagonal lines across an acting holding, so it reads as different without colour.
fn hatch(painter: &egui::Painter, rect: Rect, colour: Color32) {
    let step = 9.0;
    let painter = painter.with_clip_rect(rect.intersect(painter.clip_rect()));
    let height = rect.height();
    let mut x = rect.left() - height;
    let stroke = Stroke::new(1.5, colour);
    while x < rect.right() {
        painter.line_segment(
            [pos2(x, rect.bottom()), pos2(x + height, rect.top())],
            stroke,
        );
        x += step;
    }
}

fn today_colour(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x7C, 0xD3, 0x8B)
    } else {
        Color32::from_rgb(0x1B, 0x7A, 0x32)
    }
}

fn paint_today(
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

fn paint_cursor(
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

/// The key to the colours, under the lanes: each state's code, colour and name, and what a
/// hatched block and a red mark mean.
fn legend(ui: &egui::Ui, painter: &egui::Painter, layout: &Layout, rect: Rect, model: &Model) {
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
                state_colour(Some(code)),
                false,
                format!("{code} {}", model.state_name(code)),
            )
        })
        .collect();
    entries.sort_by(|a, b| a.2.cmp(&b.2));
    entries.push((state_colour(None), true, "acting (hatched)".to_owned()));
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

/// Where the documented lane is hidden while the quiz asks about it: a grey block with a question
/// mark, so the class sees that something is there to predict.
fn paint_hidden(
    painter: &egui::Painter,
    layout: &Layout,
    band: Rect,
    scale: &Scale,
    hidden: chrono::NaiveDate,
    visuals: &egui::Visuals,
) {
    let x0 = scale.x_of(hidden).max(layout.plot.left());
    if x0 >= layout.plot.right() {
        return;
    }
    let rect = Rect::from_min_max(
        pos2(x0, band.top()),
        pos2(layout.plot.right(), band.bottom()),
    );
    painter.rect_filled(rect, 3.0, visuals.faint_bg_color);
    painter.rect_stroke(
        rect,
        3.0,
        Stroke::new(1.5 * layout.k, visuals.weak_text_color()),
        StrokeKind::Inside,
    );
    let text = "? hidden: predict the next Secretary General";
    let galley = painter.layout_no_wrap(text.to_owned(), layout.font(15.0), visuals.text_color());
    let text = if galley.size().x + 12.0 <= rect.width() {
        galley
    } else {
        painter.layout_no_wrap("?".to_owned(), layout.font(18.0), visuals.text_color())
    };
    if text.size().x + 6.0 <= rect.width() {
        painter.galley(
            pos2(rect.left() + 6.0, rect.center().y - text.size().y / 2.0),
            text,
            visuals.text_color(),
        );
    }
}

/// Amber flags in the axis where sources disagree; a click opens both sides. With the sources
/// tab open on a conflict, its days are shaded across the lanes too.
fn conflict_flags(
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
        let chosen = model.view.conflict == Some(index) && model.view.tab == super::Tab::Sources;
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
            out.push(Command::ShowConflict(index));
        }
    }
}
