//! A lane's blocks: one per holding, with the longest label that fits, its tooltip and what a
//! screen reader calls it; the marks where the lane departs from the record, and what the quiz
//! hides.

use egui::{Color32, Rect, Sense, Stroke, StrokeKind, pos2};

use super::{Layout, MARK_HEIGHT};
use crate::app::command::Nav;
use crate::app::palette::{disagreement, muted, text_on};
use crate::app::ruler::Scale;
use crate::app::{Command, Lane, Model, format};
use crate::engine::{Holding, HoldingKind};

pub(super) fn paint_disagreements(
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
pub(super) fn block_texts(holding: &Holding, model: &Model) -> Vec<String> {
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
    // With names beside the codes, a narrow block still gets the bare code last.
    let bare = holding
        .holder_state
        .or(holding.turn)
        .map_or_else(String::new, |c| c.to_string());
    let surname = holder.rsplit(' ').next().unwrap_or(&holder).to_owned();
    let mut texts = match holding.kind {
        HoldingKind::Term
            if holding.person.is_none()
                && catalog.office.holder == crate::engine::HolderKind::State =>
        {
            let code = code(holding.holder_state.or(holding.turn));
            vec![format!("{code}  {holder}"), code]
        }
        HoldingKind::Term if holding.person.is_none() => {
            // "Nominee of Armenia" has no surname to shorten to.
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
            let mut texts = vec![format!("{code} · acting: {holder}")];
            if holding.person.is_some() {
                // The acting person's name before the word "acting": the hatching says that.
                texts.push(format!("{code} · acting: {surname}"));
                texts.push(format!("acting: {surname}"));
                texts.push(surname);
            }
            texts.extend([format!("{code} · acting"), "acting".to_owned(), code]);
            texts
        }
        HoldingKind::Vacant => {
            let code = code(holding.turn);
            vec![format!("{code} · vacant"), "vacant".to_owned(), code]
        }
        HoldingKind::Joint => vec![holder, "joint".to_owned()],
    };
    if russian.is_some() && !bare.is_empty() && texts.last() != Some(&bare) {
        texts.push(bare);
    }
    texts
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
    let holder = crate::words::holder_in_lane(holding, &model.catalog);
    // A state that holds the presidency is named once.
    let state = state
        .filter(|s| *s != holder)
        .map_or_else(String::new, |s| format!(", {s}"));
    format!("{}: {holder}{state}, {}", lane.title, format::span(holding))
}

#[expect(
    clippy::too_many_arguments,
    reason = "one call site; the pieces of one frame"
)]
pub(super) fn block(
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
) -> Option<Text> {
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
        return None;
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

    let base = model.palette.colour(match holding.kind {
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
    // Inside the outline, however thick.
    let inset = if selected || highlighted {
        3.5 * layout.k + 2.0
    } else {
        3.0
    };
    let room = visible.width() - 2.0 * inset;
    let mut text = None;
    if visible.width() > 8.0 {
        let texts = block_texts(holding, model);
        let size = layout.block_text_size();
        // The longest text that fits at the lane's size; else the shortest (the state's code) in
        // smaller type, so that every block a class can see carries a label.
        let fitting = texts
            .iter()
            .map(|t| painter.layout_no_wrap(t.clone(), layout.font(size), text_colour))
            .find(|g| g.size().x <= room)
            .or_else(|| {
                let code = texts.last()?;
                [12.0, 10.0]
                    .into_iter()
                    .map(|size| {
                        painter.layout_no_wrap(code.clone(), layout.font(size), text_colour)
                    })
                    .find(|g| g.size().x <= visible.width() - 2.0)
            });
        if let Some(galley) = fitting {
            let left = if galley.size().x > room {
                visible.center().x - galley.size().x / 2.0
            } else {
                visible.left() + inset
            };
            let pos = pos2(left, visible.center().y - galley.size().y / 2.0);
            text = Some(Text {
                pos,
                galley,
                colour: text_colour,
                clip: visible.intersect(painter.clip_rect()),
                angle: 0.0,
            });
        }
    }
    if text.is_none() && visible.width() >= 7.0 {
        // Narrower still: the code turned on its side, read from the bottom up, as large as the
        // block's width allows, where the lane is tall enough for it.
        if let Some(code) = block_texts(holding, model).last() {
            let size = (visible.width() + 1.0).clamp(8.0, 11.0 * layout.k);
            let galley =
                painter.layout_no_wrap(code.clone(), egui::FontId::proportional(size), text_colour);
            let (w, h) = (galley.size().x, galley.size().y);
            if h <= visible.width() + 4.0 && w + 4.0 <= visible.height() {
                text = Some(Text {
                    pos: pos2(visible.center().x - h / 2.0, visible.center().y + w / 2.0),
                    galley,
                    colour: text_colour,
                    clip: visible
                        .expand2(egui::vec2(1.0, 0.0))
                        .intersect(painter.clip_rect()),
                    angle: -std::f32::consts::FRAC_PI_2,
                });
            }
        }
    }

    let response = response.on_hover_ui_at_pointer(|ui| tooltip(ui, lane, holding, model));
    if response.clicked() {
        out.push(Command::Nav(Nav::Select(Some((lane.id, holding.start)))));
    }
    text
}

/// A block's words, drawn after every line so that none strikes through them.
pub(super) struct Text {
    pos: egui::Pos2,
    galley: std::sync::Arc<egui::Galley>,
    colour: Color32,
    clip: Rect,
    /// Turned this far (radians, clockwise) about `pos`: 0, or a quarter turn back.
    angle: f32,
}

impl Text {
    pub(super) fn paint(self, painter: &egui::Painter) {
        let shape =
            egui::epaint::TextShape::new(self.pos, self.galley, self.colour).with_angle(self.angle);
        painter.with_clip_rect(self.clip).add(shape);
    }
}

pub(super) fn tooltip(ui: &mut egui::Ui, lane: &Lane, holding: &Holding, model: &Model) {
    let holder = crate::words::holder_in_lane(holding, &model.catalog);
    ui.strong(&holder);
    if let Some(state) = holding.holder_state
        && model.catalog.name(state) != holder
    {
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
pub(super) fn hatch(painter: &egui::Painter, rect: Rect, colour: Color32) {
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

/// Where the documented lane is hidden while the quiz asks about it: a grey block with a question
/// mark, so the class sees that something is there to predict.
pub(super) fn paint_hidden(
    painter: &egui::Painter,
    layout: &Layout,
    band: Rect,
    scale: &Scale,
    hidden: chrono::NaiveDate,
    model: &Model,
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
    let text = format!(
        "? hidden: {}",
        crate::words::lower_first(&crate::app::views::predict::heading(&model.catalog))
    );
    let galley = painter.layout_no_wrap(text, layout.font(15.0), visuals.text_color());
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
