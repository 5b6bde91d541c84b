//! The colours of an office's member states, as RGB: the window, the exported picture and the
//! handout's timeline use the same. Okabe–Ito's palette (distinguishable with the common forms of
//! colour blindness) first, then Paul Tol's "muted" scheme.

use crate::data::Catalog;
use crate::engine::StateCode;

/// The CSTO's colours, kept from rota's first edition: Okabe–Ito in the order the members are
/// listed, grey for the states that left.
const CSTO: [(&str, [u8; 3]); 9] = [
    ("ARM", [0xE6, 0x9F, 0x00]), // orange
    ("BLR", [0x56, 0xB4, 0xE9]), // sky blue
    ("KAZ", [0x00, 0x9E, 0x73]), // bluish green
    ("KGZ", [0xF0, 0xE4, 0x42]), // yellow
    ("RUS", [0x00, 0x72, 0xB2]), // blue
    ("TJK", [0xD5, 0x5E, 0x00]), // vermillion
    ("UZB", [0xCC, 0x79, 0xA7]), // reddish purple
    ("AZE", [0x88, 0x88, 0x88]),
    ("GEO", [0xAA, 0xAA, 0xAA]),
];

/// How many colours any other office's rotation runs through before they repeat.
pub const CYCLE_LEN: usize = 16;

/// Colours for any other office, given in the order of its rotation so that neighbours differ:
/// Okabe–Ito's seven, then Tol's muted nine. Offices with more members repeat the list; a block's
/// code tells them apart.
const CYCLE: [[u8; 3]; CYCLE_LEN] = [
    [0xE6, 0x9F, 0x00],
    [0x56, 0xB4, 0xE9],
    [0x00, 0x9E, 0x73],
    [0xF0, 0xE4, 0x42],
    [0x00, 0x72, 0xB2],
    [0xD5, 0x5E, 0x00],
    [0xCC, 0x79, 0xA7],
    [0x88, 0xCC, 0xEE],
    [0x44, 0xAA, 0x99],
    [0x11, 0x77, 0x33],
    [0xDD, 0xCC, 0x77],
    [0xCC, 0x66, 0x77],
    [0x99, 0x99, 0x33],
    [0x33, 0x22, 0x88],
    [0xAA, 0x44, 0x99],
    [0x88, 0x22, 0x55],
];

/// The colour of a block with no state.
pub const NO_STATE: [u8; 3] = [0x99, 0x99, 0x99];

/// One office's colours: a colour per member state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Colours {
    colours: Vec<(StateCode, [u8; 3])>,
}

impl Colours {
    /// The colours of `catalog`'s members: the CSTO keeps its own; any other office's members
    /// take the cycle's colours in the order of its rotation (the rules as agreed), then the
    /// members that order leaves out.
    #[must_use]
    pub fn of(catalog: &Catalog) -> Self {
        let members = &catalog.office.members;
        let csto = members
            .iter()
            .all(|m| CSTO.iter().any(|(c, _)| *c == m.code.as_str()));
        if csto {
            let colours = CSTO
                .iter()
                .filter_map(|(c, rgb)| StateCode::parse(c).map(|code| (code, *rgb)))
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
            .zip(CYCLE.iter().cycle())
            .map(|(code, rgb)| (code, *rgb))
            .collect();
        Self { colours }
    }

    /// A state's colour (grey for none, or a state not a member).
    #[must_use]
    pub fn rgb(&self, code: Option<StateCode>) -> [u8; 3] {
        code.and_then(|c| self.colours.iter().find(|(k, _)| *k == c).map(|(_, x)| *x))
            .unwrap_or(NO_STATE)
    }

    /// A state's colour as CSS writes it: `#e69f00`.
    #[must_use]
    pub fn css(&self, code: Option<StateCode>) -> String {
        let [r, g, b] = self.rgb(code);
        format!("#{r:02x}{g:02x}{b:02x}")
    }
}

/// Black or white text, whichever reads better on `rgb` (WCAG relative luminance): `true` for
/// black.
#[must_use]
pub fn dark_text_on(rgb: [u8; 3]) -> bool {
    let channel = |c: u8| {
        let c = f32::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let [r, g, b] = rgb;
    let luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    // The luminance at which black and white give the same contrast ratio.
    luminance > 0.179
}
