//! Colours: one per state, from the Okabe–Ito palette (distinguishable with the common forms of
//! colour blindness), the text drawn on them, and the app's two themes with classroom-sized text.

use egui::Color32;
use serde::{Deserialize, Serialize};

use crate::data::Catalog;
use crate::engine::StateCode;

/// The CSTO's colours, kept from rota's first edition: Okabe–Ito in the order the members are
/// listed, grey for the states that left.
const CSTO_COLOURS: [(&str, Color32); 9] = [
    ("ARM", Color32::from_rgb(0xE6, 0x9F, 0x00)), // orange
    ("BLR", Color32::from_rgb(0x56, 0xB4, 0xE9)), // sky blue
    ("KAZ", Color32::from_rgb(0x00, 0x9E, 0x73)), // bluish green
    ("KGZ", Color32::from_rgb(0xF0, 0xE4, 0x42)), // yellow
    ("RUS", Color32::from_rgb(0x00, 0x72, 0xB2)), // blue
    ("TJK", Color32::from_rgb(0xD5, 0x5E, 0x00)), // vermillion
    ("UZB", Color32::from_rgb(0xCC, 0x79, 0xA7)), // reddish purple
    ("AZE", Color32::from_rgb(0x88, 0x88, 0x88)),
    ("GEO", Color32::from_rgb(0xAA, 0xAA, 0xAA)),
];

/// Colours for any other office, given in the order of its rotation so that neighbours differ:
/// Okabe–Ito's seven, then Paul Tol's "muted" scheme (both distinguishable with the common forms
/// of colour blindness). Offices with more members repeat the list; a block's code tells them
/// apart.
const CYCLE_COLOURS: [Color32; 16] = [
    Color32::from_rgb(0xE6, 0x9F, 0x00),
    Color32::from_rgb(0x56, 0xB4, 0xE9),
    Color32::from_rgb(0x00, 0x9E, 0x73),
    Color32::from_rgb(0xF0, 0xE4, 0x42),
    Color32::from_rgb(0x00, 0x72, 0xB2),
    Color32::from_rgb(0xD5, 0x5E, 0x00),
    Color32::from_rgb(0xCC, 0x79, 0xA7),
    Color32::from_rgb(0x88, 0xCC, 0xEE),
    Color32::from_rgb(0x44, 0xAA, 0x99),
    Color32::from_rgb(0x11, 0x77, 0x33),
    Color32::from_rgb(0xDD, 0xCC, 0x77),
    Color32::from_rgb(0xCC, 0x66, 0x77),
    Color32::from_rgb(0x99, 0x99, 0x33),
    Color32::from_rgb(0x33, 0x22, 0x88),
    Color32::from_rgb(0xAA, 0x44, 0x99),
    Color32::from_rgb(0x88, 0x22, 0x55),
];

/// The colour of a block with no state.
const NO_STATE: Color32 = Color32::from_rgb(0x99, 0x99, 0x99);

/// One office's colours: a colour per member state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Palette {
    colours: Vec<(StateCode, Color32)>,
}

impl Palette {
    /// The colours of `catalog`'s members: the CSTO keeps its own; any other office's members
    /// take [`CYCLE_COLOURS`] in the order of its rotation (the rules as agreed), then the
    /// members that order leaves out.
    #[must_use]
    pub fn of(catalog: &Catalog) -> Self {
        let members = &catalog.office.members;
        let csto = members
            .iter()
            .all(|m| CSTO_COLOURS.iter().any(|(c, _)| *c == m.code.as_str()));
        if csto {
            let colours = CSTO_COLOURS
                .iter()
                .filter_map(|(c, colour)| StateCode::parse(c).map(|code| (code, *colour)))
                .collect();
            return Self { colours };
        }
        let mut order: Vec<StateCode> = catalog.office.cycle(catalog.rules.order).to_vec();
        for m in members.iter() {
            if !order.contains(&m.code) {
                order.push(m.code);
            }
        }
        let colours = order
            .into_iter()
            .zip(CYCLE_COLOURS.iter().cycle())
            .map(|(code, colour)| (code, *colour))
            .collect();
        Self { colours }
    }

    /// The colour of a state's blocks (grey for none, or a state not a member).
    #[must_use]
    pub fn colour(&self, code: Option<StateCode>) -> Color32 {
        code.and_then(|c| self.colours.iter().find(|(k, _)| *k == c).map(|(_, x)| *x))
            .unwrap_or(NO_STATE)
    }
}

/// Black or white, whichever reads better on `fill` (WCAG relative luminance).
#[must_use]
pub fn text_on(fill: Color32) -> Color32 {
    let channel = |c: u8| {
        let c = f32::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance =
        0.2126 * channel(fill.r()) + 0.7152 * channel(fill.g()) + 0.0722 * channel(fill.b());
    // The luminance at which black and white give the same contrast ratio.
    if luminance > 0.179 {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

/// An acting holding's fill: the turn's colour, faded towards the background.
#[must_use]
pub fn muted(fill: Color32, background: Color32) -> Color32 {
    fill.lerp_to_gamma(background, 0.55)
}

/// The light or dark look.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

impl Theme {
    #[must_use]
    pub fn egui(self) -> egui::Theme {
        match self {
            Self::Light => egui::Theme::Light,
            Self::Dark => egui::Theme::Dark,
        }
    }

    #[must_use]
    pub fn other(self) -> Self {
        match self {
            Self::Light => Self::Dark,
            Self::Dark => Self::Light,
        }
    }
}

/// The colour that marks where a projection disagrees with the record.
#[must_use]
pub fn disagreement(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_rgb(0xFF, 0x6B, 0x6B)
    } else {
        Color32::from_rgb(0xC0, 0x10, 0x10)
    }
}

/// The colour that flags where sources disagree: amber, apart from the red of disagreements.
#[must_use]
pub fn conflict(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_rgb(0xFF, 0xC8, 0x57)
    } else {
        Color32::from_rgb(0xB3, 0x6B, 0x00)
    }
}

/// Text sizes read from the back of a classroom: egui's defaults are for a desk.
pub fn classroom_text(style: &mut egui::Style) {
    use egui::{FontFamily, FontId, TextStyle};
    style.text_styles = [
        (
            TextStyle::Small,
            FontId::new(13.0, FontFamily::Proportional),
        ),
        (TextStyle::Body, FontId::new(16.0, FontFamily::Proportional)),
        (
            TextStyle::Button,
            FontId::new(16.0, FontFamily::Proportional),
        ),
        (
            TextStyle::Heading,
            FontId::new(21.0, FontFamily::Proportional),
        ),
        (
            TextStyle::Monospace,
            FontId::new(15.0, FontFamily::Monospace),
        ),
    ]
    .into();
    style.spacing.interact_size.y = 26.0;
    style.spacing.item_spacing = egui::vec2(8.0, 6.0);
}

/// Presenter mode: text half as large again as the classroom sizes, black on white, strong
/// outlines; read from the back of a room on a washed-out projector.
pub fn presenter(style: &mut egui::Style) {
    use egui::{FontFamily, FontId, Stroke, TextStyle};
    classroom_text(style);
    for font in style.text_styles.values_mut() {
        font.size *= PRESENTER_SCALE;
    }
    style.text_styles.insert(
        TextStyle::Heading,
        FontId::new(21.0 * PRESENTER_SCALE, FontFamily::Proportional),
    );
    style.spacing.interact_size.y = 26.0 * PRESENTER_SCALE;
    style.spacing.item_spacing = egui::vec2(10.0, 8.0);
    style.spacing.button_padding = egui::vec2(8.0, 4.0);
    let mut v = egui::Visuals::light();
    let ink = Color32::BLACK;
    v.override_text_color = Some(ink);
    v.panel_fill = Color32::WHITE;
    v.window_fill = Color32::WHITE;
    v.extreme_bg_color = Color32::WHITE;
    v.faint_bg_color = Color32::from_gray(236);
    v.hyperlink_color = Color32::from_rgb(0x00, 0x33, 0x99);
    v.selection.bg_fill = Color32::from_rgb(0xFF, 0xD5, 0x4F);
    v.selection.stroke = Stroke::new(2.5, Color32::from_rgb(0x00, 0x33, 0x99));
    v.window_stroke = Stroke::new(2.0, ink);
    for (widget, width) in [
        (&mut v.widgets.noninteractive, 1.5),
        (&mut v.widgets.inactive, 1.5),
        (&mut v.widgets.hovered, 2.5),
        (&mut v.widgets.active, 3.0),
        (&mut v.widgets.open, 2.0),
    ] {
        widget.fg_stroke = Stroke::new(width, ink);
        widget.bg_stroke = Stroke::new(width, ink);
    }
    v.widgets.noninteractive.bg_stroke = Stroke::new(1.0, Color32::from_gray(90));
    v.widgets.inactive.weak_bg_fill = Color32::from_gray(228);
    v.widgets.inactive.bg_fill = Color32::from_gray(228);
    v.widgets.hovered.weak_bg_fill = Color32::from_rgb(0xFF, 0xE8, 0x9A);
    v.widgets.active.weak_bg_fill = Color32::from_rgb(0xFF, 0xD5, 0x4F);
    v.error_fg_color = Color32::from_rgb(0xA0, 0x00, 0x00);
    v.warn_fg_color = Color32::from_rgb(0x80, 0x40, 0x00);
    style.visuals = v;
}

/// How much larger presenter mode draws text.
pub const PRESENTER_SCALE: f32 = 1.5;

#[cfg(test)]
#[expect(clippy::expect_used, reason = "tests")]
mod tests {
    use super::*;
    use crate::data::Library;

    fn palette(id: &str) -> (Palette, Catalog) {
        let library = Library::bundled().expect("the bundled data loads");
        let catalog = library.get(id).expect("a bundled office").clone();
        (Palette::of(&catalog), catalog)
    }

    #[test]
    fn every_csto_member_has_its_own_colour() {
        let mut colours: Vec<[u8; 4]> = CSTO_COLOURS.iter().map(|(_, c)| c.to_array()).collect();
        colours.sort_unstable();
        colours.dedup();
        assert_eq!(colours.len(), CSTO_COLOURS.len());
    }

    #[test]
    fn the_csto_keeps_its_colours() {
        let (p, _) = palette("csto-sg");
        assert_eq!(
            p.colour(StateCode::parse("ARM")),
            Color32::from_rgb(0xE6, 0x9F, 0x00)
        );
        assert_eq!(
            p.colour(StateCode::parse("RUS")),
            Color32::from_rgb(0x00, 0x72, 0xB2)
        );
    }

    #[test]
    fn neighbours_in_any_office_s_rotation_differ() {
        for id in [
            "sco-sg",
            "asean-chair",
            "eaeu-board",
            "eu-council",
            "unsc-presidency",
            "mercosur-ppt",
        ] {
            let (p, catalog) = palette(id);
            let cycle = catalog.office.cycle(catalog.rules.order);
            for pair in cycle.windows(2) {
                if let [a, b] = pair {
                    assert_ne!(p.colour(Some(*a)), p.colour(Some(*b)), "{id}: {a} and {b}");
                }
            }
            // Up to sixteen members, every one has its own colour.
            if cycle.len() <= CYCLE_COLOURS.len() {
                let mut colours: Vec<[u8; 4]> = cycle
                    .iter()
                    .map(|c| p.colour(Some(*c)).to_array())
                    .collect();
                colours.sort_unstable();
                colours.dedup();
                assert_eq!(colours.len(), cycle.len(), "{id}");
            }
        }
    }

    #[test]
    fn text_is_dark_on_yellow_and_light_on_blue() {
        let (p, _) = palette("csto-sg");
        assert_eq!(text_on(p.colour(StateCode::parse("KGZ"))), Color32::BLACK);
        assert_eq!(text_on(p.colour(StateCode::parse("RUS"))), Color32::WHITE);
        assert_eq!(text_on(p.colour(None)), Color32::BLACK);
    }
}
