//! The key to every mark, under the lanes, at every size: each state's colour, hatching, the
//! disagreement bars and counts, the record's events, the flags where sources disagree, today's
//! line. Laid out first, so the lanes leave it room; it wraps onto more lines where it must.

use egui::{Color32, Rect, Stroke, pos2, vec2};

use super::blocks::hatch;
use crate::app::Model;
use crate::app::palette::{conflict, disagreement, muted};

/// What an entry's sample looks like.
#[derive(Clone, Copy)]
enum Sample {
    Fill(Color32),
    Hatched(Color32),
    Bar(Color32),
    Dot(Color32),
    Flag(Color32),
    Dashed(Color32),
    /// A short text drawn in a colour ("≠").
    Sign(&'static str, Color32),
    /// Three states' colours side by side: "one colour per state".
    Colours([Color32; 3]),
}

/// The legend, measured for a width.
pub(super) struct Legend {
    entries: Vec<(Sample, std::sync::Arc<egui::Galley>, &'static str)>,
    /// Where each entry goes, relative to the legend's top left.
    places: Vec<egui::Pos2>,
    pub(super) height: f32,
    k: f32,
}

const SAMPLE: f32 = 16.0;
const GAP: f32 = 14.0;

/// The colour of the record's events on the axis: not a state's, not the disagreement red.
#[must_use]
pub fn event_colour(visuals: &egui::Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(0xC8, 0xC8, 0xD8)
    } else {
        Color32::from_rgb(0x3A, 0x3A, 0x5A)
    }
}

/// The colour of today's line.
#[must_use]
pub fn today_colour(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x7C, 0xD3, 0x8B)
    } else {
        Color32::from_rgb(0x1B, 0x7A, 0x32)
    }
}

impl Legend {
    /// The legend of what `model` shows, laid out in `width` points.
    pub(super) fn new(ui: &egui::Ui, model: &Model, width: f32, k: f32) -> Self {
        let visuals = ui.visuals();
        let font = egui::FontId::proportional(14.0 * k);
        let mut items: Vec<(Sample, String, &'static str)> = model
            .states_shown
            .iter()
            .map(|code| {
                (
                    Sample::Fill(model.palette.colour(Some(*code))),
                    format!("{code} {}", model.state_name(*code)),
                    "",
                )
            })
            .collect();
        items.sort_by(|a, b| a.1.cmp(&b.1));
        // Many states (the UN Security Council's, the EU's) would bury the lanes under their names:
        // beyond two lines they are one entry, since every block carries its state's code.
        let states_width: f32 = items
            .iter()
            .map(|(_, text, _)| {
                let galley =
                    ui.painter()
                        .layout_no_wrap(text.clone(), font.clone(), visuals.text_color());
                SAMPLE * k + 6.0 + galley.size().x + GAP
            })
            .sum();
        if items.len() > 3 && states_width > 2.0 * (width - 16.0) {
            let colour = |i: usize| match items.get(i) {
                Some((Sample::Fill(c), _, _)) => *c,
                _ => model.palette.colour(None),
            };
            let colours = [colour(0), colour(1), colour(2)];
            items = vec![(
                Sample::Colours(colours),
                format!(
                    "{} states, a colour each: the code on a block names its state",
                    items.len()
                ),
                "Point at a block for the state's name, or see the Order tab for them all",
            )];
        }
        let grey = model.palette.colour(None);
        let what = if model.catalog.office.holder == crate::engine::HolderKind::Person {
            "acting or vacant (hatched)"
        } else {
            "joint or vacant (hatched)"
        };
        items.push((Sample::Hatched(grey), what.to_owned(), ""));
        let red = disagreement(visuals.dark_mode);
        items.push((
            Sample::Bar(red),
            "disagrees with the record".to_owned(),
            "A red bar over a lane marks the days it names another turn or holder than the record",
        ));
        items.push((
            Sample::Sign("≠", red),
            "days it disagrees".to_owned(),
            "Under a lane's name: how many days it disagrees with the record",
        ));
        items.push((
            Sample::Dot(event_colour(visuals)),
            "an event (point at it)".to_owned(),
            "The dots on the axis are the record's events; point at one to read it, click to go there",
        ));
        if !model.catalog.conflicts.is_empty() {
            items.push((
                Sample::Flag(conflict(visuals.dark_mode)),
                "sources disagree".to_owned(),
                "An amber flag on the axis: the sources disagree about those days; click it",
            ));
        }
        items.push((
            Sample::Dashed(today_colour(visuals.dark_mode)),
            "today".to_owned(),
            "",
        ));
        let entries: Vec<_> = items
            .into_iter()
            .map(|(sample, text, tip)| {
                let galley = ui
                    .painter()
                    .layout_no_wrap(text, font.clone(), visuals.text_color());
                (sample, galley, tip)
            })
            .collect();
        let row = 24.0 * k;
        let (mut x, mut y) = (8.0, 0.0);
        let mut places = Vec::with_capacity(entries.len());
        for (_, galley, _) in &entries {
            let w = SAMPLE * k + 6.0 + galley.size().x;
            if x > 8.0 && x + w > width - 8.0 {
                x = 8.0;
                y += row;
            }
            places.push(pos2(x, y));
            x += w + GAP;
        }
        Self {
            entries,
            places,
            height: y + row + 4.0,
            k,
        }
    }

    /// Draws the legend with its top left at `at`.
    pub(super) fn paint(&self, ui: &egui::Ui, painter: &egui::Painter, at: egui::Pos2) {
        let visuals = ui.visuals();
        let k = self.k;
        for ((sample, galley, tip), place) in self.entries.iter().zip(&self.places) {
            let origin = at + place.to_vec2();
            let swatch = Rect::from_min_size(origin + vec2(0.0, 2.0), vec2(SAMPLE * k, SAMPLE * k));
            match *sample {
                Sample::Fill(c) => {
                    painter.rect_filled(swatch, 2.0, c);
                }
                Sample::Hatched(c) => {
                    painter.rect_filled(swatch, 2.0, muted(c, visuals.panel_fill));
                    hatch(painter, swatch, c);
                }
                Sample::Bar(c) => {
                    let bar = Rect::from_center_size(swatch.center(), vec2(SAMPLE * k, 6.0));
                    painter.rect_filled(bar, 1.0, c);
                }
                Sample::Dot(c) => {
                    painter.circle_filled(swatch.center(), 3.5 * k, c);
                }
                Sample::Flag(c) => {
                    let flag = Rect::from_center_size(swatch.center(), vec2(10.0 * k, 14.0 * k));
                    painter.rect_filled(flag, 2.0, c);
                }
                Sample::Dashed(c) => {
                    painter.add(egui::Shape::dashed_line(
                        &[swatch.center_top(), swatch.center_bottom()],
                        Stroke::new(2.0, c),
                        4.0,
                        3.0,
                    ));
                }
                Sample::Colours(colours) => {
                    let third = swatch.width() / 3.0;
                    for (i, c) in colours.iter().enumerate() {
                        let left = swatch.left() + third * i as f32;
                        let stripe = Rect::from_min_max(
                            pos2(left, swatch.top()),
                            pos2(left + third, swatch.bottom()),
                        );
                        painter.rect_filled(stripe, 0.0, *c);
                    }
                }
                Sample::Sign(text, c) => {
                    painter.text(
                        swatch.center(),
                        egui::Align2::CENTER_CENTER,
                        text,
                        egui::FontId::proportional(15.0 * k),
                        c,
                    );
                }
            }
            let text_at = pos2(swatch.right() + 6.0, origin.y);
            painter.galley(text_at, galley.clone(), visuals.text_color());
            if !tip.is_empty() {
                let whole = Rect::from_min_max(
                    swatch.min,
                    pos2(text_at.x + galley.size().x, swatch.bottom()),
                );
                ui.interact(
                    whole,
                    ui.scope_id().with(("legend", *tip)),
                    egui::Sense::hover(),
                )
                .on_hover_text(*tip);
            }
        }
    }
}
