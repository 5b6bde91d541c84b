//! The timeline: a time axis, one lane per succession with a block per holding, the marks where a
//! lane disagrees with the record, today's line and the cursor. Pointer and wheel gestures become
//! [`Command`]s; nothing here changes state.

use egui::text::{LayoutJob, TextWrapping};
use egui::{FontId, Rect, Sense, pos2};

mod axis;
mod blocks;
mod legend;
pub mod offices;

use crate::app::command::{Export, Nav};
use crate::app::palette::disagreement;
use crate::app::ruler::Scale;
use crate::app::{Command, ExportFormat, Lane, Model, format};
use crate::engine::Holding;

use axis::{conflict_flags, paint_axis, paint_cursor, paint_today};
pub use blocks::block_label;
use blocks::{Text, block, paint_disagreements, paint_hidden};
use legend::Legend;

/// Height of the axis strip at the top: tick labels, the row of conflict flags, the cursor's tag.
const AXIS_HEIGHT: f32 = 58.0;
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
    /// The geometry in `rect`, leaving `reserved` points at the bottom (the legend's).
    fn new(rect: Rect, lanes: usize, k: f32, reserved: f32) -> Self {
        let label_width = (rect.width() * 0.18).clamp(130.0 * k, 210.0 * k);
        let lanes_f = lanes.max(1) as f32;
        let room = rect.height() - AXIS_HEIGHT * k - 24.0 * k - reserved;
        // Lanes grow into the height there is, up to a size a block still reads well at; on a
        // small screen they shrink first (to a line of small text), so that the legend and the
        // today line's date under them always keep their places.
        let lane_height = (room / lanes_f - MARK_HEIGHT - LANE_GAP).clamp(12.0 * k, 160.0 * k);
        let axis = Rect::from_min_max(
            pos2(rect.left() + label_width, rect.top()),
            pos2(rect.right(), rect.top() + AXIS_HEIGHT * k),
        );
        let bottom = (axis.bottom() + lanes_f * (lane_height + MARK_HEIGHT + LANE_GAP))
            .min(rect.bottom() - reserved - 22.0 * k)
            .max(axis.bottom());
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

    /// The size of a block's text: larger in taller lanes, so text grows with the room.
    fn block_text_size(&self) -> f32 {
        (15.0 + (self.lane_height / self.k - 60.0) * 0.03).clamp(15.0, 17.0)
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

/// Shows the timeline in the space left; returns how far down it drew (the legend's end).
pub fn show(ui: &mut egui::Ui, model: &Model, out: &mut Vec<Command>) -> f32 {
    let rect = ui.available_rect_before_wrap();
    ui.allocate_rect(rect, Sense::hover());
    let k = model.text_scale();
    // The legend's text grows less than the rest in presenter mode: it must fit on a projector.
    let legend = Legend::new(ui, model, rect.width(), k.min(1.15));
    let layout = Layout::new(rect, model.lanes.len(), k, legend.height);
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

    paint_axis(&painter, &layout, &scale, &visuals);
    let moments: Vec<(chrono::NaiveDate, String)> = model
        .catalog
        .moments
        .iter()
        .map(|m| (m.date, format!("{}: {}", format::day(m.date), m.title)))
        .collect();
    axis::moment_marks(ui, &painter, &layout, &scale, &moments, out, id);
    conflict_flags(ui, &painter, &layout, &scale, model, out, id);
    let mut texts: Vec<Text> = Vec::new();
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
            texts.extend(block(
                ui, &painter, &layout, band, &scale, lane, holding, model, out, id,
            ));
        }
        if let Some(hidden) = hidden {
            paint_hidden(&painter, &layout, band, &scale, hidden, model, &visuals);
        }
    }
    paint_today(&painter, &layout, &scale, model, &visuals);
    paint_cursor(&painter, &layout, &scale, model, &visuals);
    // The blocks' words on top of every line, so no line strikes through a name.
    for text in texts {
        text.paint(&painter);
    }
    focus_ring(&painter, &background, &axis, &layout, &visuals);
    let legend_top = layout.plot.bottom() + 22.0 * k;
    legend.paint(ui, &painter, pos2(rect.left(), legend_top));
    (legend_top + legend.height).min(rect.bottom())
}

/// The timeline and its axis take keyboard focus (Tab); a ring shows which has it.
fn focus_ring(
    painter: &egui::Painter,
    background: &egui::Response,
    axis: &egui::Response,
    layout: &Layout,
    visuals: &egui::Visuals,
) {
    let stroke = egui::Stroke::new(2.0, visuals.selection.stroke.color);
    for (response, rect) in [(background, layout.plot), (axis, layout.axis)] {
        if response.has_focus() {
            painter.rect_stroke(rect.shrink(1.0), 2.0, stroke, egui::StrokeKind::Inside);
        }
    }
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
            out.push(Command::Nav(Nav::Pan {
                days: scale.drag_to_days(dx),
            }));
        }
    }
    if background.double_clicked() || axis.double_clicked() {
        out.push(Command::Nav(Nav::Fit));
    } else if (axis.clicked() || axis.dragged() || background.clicked())
        && let Some(pos) = axis
            .interact_pointer_pos()
            .or(background.interact_pointer_pos())
        && let Some(day) = scale.date_at(pos.x)
    {
        out.push(Command::Nav(Nav::SetCursor(day)));
    }
    let area = layout.plot.union(layout.axis);
    if let Some(pointer) = ui.ctx().pointer_hover_pos()
        && area.contains(pointer)
    {
        let (zoom, scroll) = ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta));
        if (zoom - 1.0).abs() > f32::EPSILON {
            out.push(Command::Nav(Nav::Zoom {
                pivot_day: scale.day_at(pointer.x),
                factor: f64::from(zoom),
            }));
        }
        let pan = scroll.x + scroll.y;
        if pan != 0.0 {
            out.push(Command::Nav(Nav::Pan {
                days: scale.drag_to_days(pan),
            }));
        }
    }
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
        .on_hover_text(if lane.disagreeing_days > 0 {
            format!(
                "{}\n≠ {} days: the days this lane names another turn or holder than the record.",
                lane.about, lane.disagreeing_days
            )
        } else {
            lane.about.clone()
        });
    response.context_menu(|ui| {
        ui.label(egui::RichText::new(format!("Export “{}”", lane.title)).strong());
        for (text, format) in [
            ("as CSV…", ExportFormat::Csv),
            ("as JSON…", ExportFormat::Json),
            ("as Markdown…", ExportFormat::Markdown),
        ] {
            if ui.button(text).clicked() {
                out.push(Command::Export(Export::Lane(lane.id, format)));
            }
        }
    });
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Lane: {}", lane.title))
    });
    if response.clicked() {
        out.push(Command::Nav(Nav::Select(None)));
        out.push(Command::Nav(Nav::SelectLane(lane.id)));
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
    // The quiz's question on a reading shows its lane without its name until it is answered.
    let unnamed = model.quiz.as_ref().is_some_and(|q| {
        q.answered().is_none()
            && q.asks_about_reading().is_some_and(|r| {
                lane.id == crate::lanes::LaneId::RecordUnder(r)
                    || lane.id == crate::lanes::LaneId::Reading(r)
            })
    });
    let title = if unnamed {
        "The reading asked about".to_owned()
    } else {
        lane.short_title.clone()
    };
    // A lane too short for the count under its name has it at the right of the name's line.
    let beside = (lane.disagreeing_days > 0 && band.height() < 50.0 * layout.k).then(|| {
        painter.layout_no_wrap(
            format!("≠ {}", lane.disagreeing_days),
            layout.font(13.0),
            disagreement(visuals.dark_mode),
        )
    });
    // Only where the whole name still fits beside it: a name matters more than its count (which
    // the lane's tooltip also gives).
    let name_width = painter
        .layout_no_wrap(
            title.clone(),
            layout.font(15.0),
            visuals.strong_text_color(),
        )
        .size()
        .x;
    let beside = beside.filter(|g| name_width + g.size().x + 6.0 <= rect.width() - 8.0);
    let beside_width = beside.as_ref().map_or(0.0, |g| g.size().x + 6.0);
    let mut job = LayoutJob::single_section(
        title,
        egui::TextFormat::simple(layout.font(15.0), visuals.strong_text_color()),
    );
    job.wrap = TextWrapping {
        max_width: rect.width() - 8.0 - beside_width,
        max_rows: rows,
        break_anywhere: false,
        overflow_character: Some('…'),
    };
    if lane.disagreeing_days > 0 && band.height() >= 50.0 * layout.k {
        // The number of days the lane departs from the record, under its title.
        job.append(
            &format!("\n≠ {} days", lane.disagreeing_days),
            0.0,
            egui::TextFormat::simple(layout.font(14.0), disagreement(visuals.dark_mode)),
        );
        job.wrap.max_rows = 3;
    }
    if lane.id == crate::lanes::LaneId::Scenario && band.height() >= 70.0 * layout.k {
        job.append(
            "\nthe lane you edit",
            0.0,
            egui::TextFormat::simple(layout.font(13.0), visuals.weak_text_color()),
        );
        job.wrap.max_rows += 1;
    }
    let galley = painter.layout_job(job);
    let pos = pos2(rect.left() + 6.0, rect.center().y - galley.size().y / 2.0);
    painter.galley(pos, galley, visuals.text_color());
    if let Some(count) = beside {
        let size = count.size();
        let pos = pos2(rect.right() - 2.0 - size.x, rect.center().y - size.y / 2.0);
        painter.galley(pos, count, visuals.text_color());
    }
}
