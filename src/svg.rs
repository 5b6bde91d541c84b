//! A timeline as SVG, for the printed handout: a year axis and one lane per succession, a block per
//! holding in its state's colour with its code (and the holder's name where it fits), acting and
//! vacant holdings hatched. Pure: lanes in, text out; it prints in black and white too, since every
//! block carries its code.

use std::fmt::Write as _;

use chrono::{Datelike as _, NaiveDate};

use crate::colours::{Colours, dark_text_on};
use crate::data::Catalog;
use crate::engine::{Holding, HoldingKind};
use crate::text::{clip, html};

/// Width of the drawing, in SVG units (it scales to the page).
const WIDTH: f64 = 1000.0;
/// Room for the lanes' titles on the left.
const LABELS: f64 = 175.0;
const LANE: f64 = 46.0;
const GAP: f64 = 8.0;
const AXIS: f64 = 24.0;

/// The lanes over `[from, to)`, each a title and its holdings.
#[must_use]
pub fn timeline(
    catalog: &Catalog,
    lanes: &[(&str, &[Holding])],
    from: NaiveDate,
    to: NaiveDate,
) -> String {
    let colours = Colours::of(catalog);
    let days = (to - from).num_days().max(1) as f64;
    let x = |day: NaiveDate| {
        let offset = (day - from).num_days() as f64;
        LABELS + (offset / days).clamp(0.0, 1.0) * (WIDTH - LABELS)
    };
    let height = AXIS + lanes.len() as f64 * (LANE + GAP);
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" \
         role=\"img\" aria-label=\"The lanes from {} to {}\" class=\"timeline\">\
         <defs><pattern id=\"hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" \
         patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"white\" \
         fill-opacity=\"0.45\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#555\" \
         stroke-width=\"2\"/></pattern></defs>",
        crate::words::day(from),
        crate::words::day(to.pred_opt().unwrap_or(to)),
    );
    // The axis: a tick and a label for each year, or every few years over a long span.
    let years = f64::from(to.year() - from.year()).max(1.0);
    let step = if years > 30.0 {
        5
    } else if years > 14.0 {
        2
    } else {
        1
    };
    let mut year = from.year();
    while year <= to.year() {
        if let Some(day) = NaiveDate::from_ymd_opt(year, 1, 1)
            && day >= from
            && day < to
            && year % step == 0
        {
            let at = x(day);
            let _ = write!(
                svg,
                "<line x1=\"{at:.1}\" y1=\"{AXIS}\" x2=\"{at:.1}\" y2=\"{height}\" stroke=\"#ccc\"/>\
                 <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"13\">{year}</text>",
                at + 2.0,
                AXIS - 8.0
            );
        }
        year += 1;
    }
    for (index, (title, holdings)) in lanes.iter().enumerate() {
        let top = AXIS + index as f64 * (LANE + GAP) + GAP / 2.0;
        let _ = write!(
            svg,
            "<text x=\"4\" y=\"{:.1}\" font-size=\"14\" font-weight=\"bold\">{}</text>",
            top + LANE / 2.0 + 5.0,
            html(&clip(title, 20))
        );
        for h in holdings.iter().filter(|h| h.end > from && h.start < to) {
            block(&mut svg, catalog, &colours, h, x(h.start), x(h.end), top);
        }
    }
    svg.push_str("</svg>");
    svg
}

fn block(
    svg: &mut String,
    catalog: &Catalog,
    colours: &Colours,
    h: &Holding,
    x0: f64,
    x1: f64,
    top: f64,
) {
    let state = match h.kind {
        HoldingKind::Term => h.holder_state.or(h.turn),
        HoldingKind::Acting | HoldingKind::Vacant | HoldingKind::Joint => h.turn,
    };
    let width = (x1 - x0).max(1.0);
    let fill = colours.css(state);
    let _ = write!(
        svg,
        "<rect x=\"{x0:.1}\" y=\"{top:.1}\" width=\"{width:.1}\" height=\"{LANE}\" fill=\"{fill}\" \
         stroke=\"white\"><title>{}</title></rect>",
        html(&format!(
            "{}, {}",
            crate::words::holder_in_lane(h, catalog),
            crate::words::span(h)
        ))
    );
    if h.kind != HoldingKind::Term {
        let _ = write!(
            svg,
            "<rect x=\"{x0:.1}\" y=\"{top:.1}\" width=\"{width:.1}\" height=\"{LANE}\" \
             fill=\"url(#hatch)\"/>"
        );
    }
    let code = state.map_or_else(String::new, |c| c.to_string());
    let ink = if dark_text_on(colours.rgb(state)) {
        "black"
    } else {
        "white"
    };
    // About 7.5 units a letter at size 13: the code, then the name, where they fit.
    let name = h
        .person
        .as_deref()
        .map(|p| p.rsplit(' ').next().unwrap_or(p).to_owned());
    let text = match name {
        Some(name) if (code.len() + name.len() + 1) as f64 * 7.5 + 6.0 <= width => {
            format!("{code} {name}")
        }
        _ if code.len() as f64 * 7.5 + 4.0 <= width => code,
        _ => String::new(),
    };
    if !text.is_empty() {
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"13\" fill=\"{ink}\">{}</text>",
            x0 + 3.0,
            top + LANE / 2.0 + 4.5,
            html(&text)
        );
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn the_csto_record_draws_each_holding_in_its_colour_with_its_code() {
        let library = crate::data::Library::bundled().unwrap();
        let catalog = library.get("csto-sg").unwrap();
        let history = catalog.history_holdings();
        let svg = timeline(
            catalog,
            &[("Documented", &history)],
            d("2015-01-01"),
            d("2031-01-01"),
        );
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.ends_with("</svg>"));
        // Seven holdings of the record in 2015-2030: Bordyuzha to Masadykov.
        assert_eq!(svg.matches("<rect x=").count(), 7 + 2);
        // Zas's block: Belarus's sky blue, his code and name, his dates when pointed at.
        assert!(svg.contains("fill=\"#56b4e9\""));
        assert!(svg.contains(">BLR Zas</text>"));
        assert!(svg.contains("<title>Stanislav Zas, 1 Jan 2020 – 31 Dec 2022</title>"));
        // The two acting holdings are hatched.
        assert_eq!(svg.matches("fill=\"url(#hatch)\"").count(), 2);
        assert!(svg.contains(">2016</text>") && svg.contains(">2030</text>"));
    }

    #[test]
    fn a_title_is_escaped_and_clipped() {
        let library = crate::data::Library::bundled().unwrap();
        let catalog = library.get("csto-sg").unwrap();
        let svg = timeline(
            catalog,
            &[("<b>a very long lane title indeed</b>", &[])],
            d("2015-01-01"),
            d("2016-01-01"),
        );
        assert!(svg.contains(">&lt;b&gt;a very long lane…</text>"));
    }
}
