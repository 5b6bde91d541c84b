//! Colours as egui draws them: each state's (from `crate::colours`), the text drawn on them, and
//! the app's two themes with classroom-sized text.

use egui::Color32;
use serde::{Deserialize, Serialize};

use crate::data::Catalog;
use crate::engine::StateCode;

/// One office's colours (`crate::colours`), as egui draws them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Palette {
    colours: crate::colours::Colours,
}

impl Palette {
    /// The colours of `catalog`'s members.
    #[must_use]
    pub fn of(catalog: &Catalog) -> Self {
        Self {
            colours: crate::colours::Colours::of(catalog),
        }
    }

    /// The colour of a state's blocks (grey for none, or a state not a member).
    #[must_use]
    pub fn colour(&self, code: Option<StateCode>) -> Color32 {
        let [r, g, b] = self.colours.rgb(code);
        Color32::from_rgb(r, g, b)
    }
}

/// Black or white, whichever reads better on `fill` (WCAG relative luminance).
#[must_use]
pub fn text_on(fill: Color32) -> Color32 {
    if crate::colours::dark_text_on([fill.r(), fill.g(), fill.b()]) {
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
        let (p, catalog) = palette("csto-sg");
        let mut colours: Vec<[u8; 4]> = catalog
            .office
            .members
            .iter()
            .map(|m| p.colour(Some(m.code)).to_array())
            .collect();
        colours.sort_unstable();
        let all = colours.len();
        colours.dedup();
        assert_eq!(colours.len(), all);
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
            if cycle.len() <= crate::colours::CYCLE_LEN {
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
