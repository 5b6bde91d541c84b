//! The printable handout of a scenario, as HTML a browser prints on one or two A4 pages: the
//! timeline as a picture, the documented lane, the rule alone and the scenario as tables, what the
//! scenario changes in words, the readings with how well each explains the record, questions for
//! the class with room for the answers, and the sources. Pure: text out; the shell writes it.

use std::fmt::Write as _;

use chrono::NaiveDate;

use crate::data::Catalog;
use crate::engine::{Holding, HoldingKind, Scenario, compare_with_record, fit};
use crate::export::{code, esc, site};
use crate::words;

/// The handout of `scenario` in `catalog`'s office, made on `today`.
#[must_use]
pub fn handout_html(catalog: &Catalog, scenario: &Scenario, today: NaiveDate) -> String {
    let (from, to) = handout_years(catalog, today);
    let history = catalog.history_holdings();
    let start = catalog.rules.start;
    let rule_alone = catalog.rule_alone();
    let alone = compare_with_record(&rule_alone, &catalog.office, &history, start, to);
    let mine = compare_with_record(scenario, &catalog.office, &history, start, to);
    let fits = catalog.fits(today);
    let alone_fit = fit(
        std::slice::from_ref(&rule_alone),
        &catalog.office,
        &history,
        start,
        today,
    );

    let mut html =
        String::from("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
    let _ = write!(
        html,
        "<title>rota handout: {}</title>\n<style>\n{HANDOUT_CSS}</style></head><body>\n",
        esc(&scenario.name)
    );
    let _ = writeln!(
        html,
        "<h1>The {} {}'s rotation: “{}”</h1>",
        esc(&catalog.short),
        esc(&catalog.post),
        esc(&scenario.name)
    );
    if !scenario.description.is_empty() {
        let _ = writeln!(html, "<p class=\"lead\">{}</p>", esc(&scenario.description));
    }
    let _ = writeln!(
        html,
        "<p class=\"rules\">Rules of this scenario: {}. Made with rota on {}.</p>",
        esc(&rules_line(catalog, scenario)),
        words::day(today)
    );
    let _ = writeln!(
        html,
        "<h2>The succession, {} to {}</h2>",
        words::day(from),
        words::day(to.pred_opt().unwrap_or(to))
    );
    let lanes: [(&str, &[Holding]); 3] = [
        ("Documented", &history),
        (&rule_alone.name, &alone.projection.holdings),
        (&scenario.name, &mine.projection.holdings),
    ];
    html.push_str(&crate::svg::timeline(catalog, &lanes, from, to));
    html.push_str(
        "\n<p>Each holding runs until the next one starts; “Turn” is the state whose turn it is. \
         Hatched: an acting or vacant holding.</p><div class=\"lanes\">",
    );
    for (title, holdings) in lanes {
        html.push_str(&lane(catalog, title, holdings, from, to));
    }
    html.push_str("</div>\n<h2>What the scenario changes against the record</h2>\n");
    match mine.difference.first_divergence {
        None => {
            let _ = writeln!(
                html,
                "<p>Nothing: up to {} it names the same turn and holder's state as the record on every day.</p>",
                words::day(mine.to.pred_opt().unwrap_or(mine.to))
            );
        }
        Some(first) => {
            let _ = writeln!(
                html,
                "<p>It departs from the record on {} and disagrees on {} days.</p><ul>",
                words::day(first),
                mine.difference.disagreeing_days()
            );
            for change in &mine.difference.changes {
                let _ = writeln!(html, "<li>{}.</li>", esc(&words::change(change, catalog)));
            }
            html.push_str("</ul>\n");
        }
    }
    for warning in &mine.projection.warnings {
        let _ = writeln!(
            html,
            "<p class=\"warn\">Warning, {}: {}</p>",
            words::day(warning.date()),
            esc(&words::warning(warning, catalog))
        );
    }
    readings(&mut html, catalog, &fits, today);
    html.push_str("<h2>Questions</h2>\n<ol class=\"questions\">\n");
    for question in crate::worksheet::questions(catalog, scenario, &mine, alone_fit.first()) {
        let _ = writeln!(
            html,
            "<li>{}<div class=\"answer\"></div></li>",
            esc(&question)
        );
    }
    html.push_str("</ol>\n");
    sources(&mut html, catalog);
    html.push_str("</body></html>\n");
    html
}

/// "3-year turns from 1 Jan 2017, in the Russian alphabet; after an early vacancy, an acting
/// Secretary General until the term's end; 2 events".
fn rules_line(catalog: &Catalog, scenario: &Scenario) -> String {
    let rules = &scenario.rules;
    let mut line = format!(
        "{} turns from {}, in {}",
        words::term(rules.term_months),
        words::day(rules.start),
        words::alphabet(rules.order, catalog)
    );
    if let Some(first) = rules.first {
        let _ = write!(line, ", {} first", catalog.name(first));
    }
    if catalog.office.holder == crate::engine::HolderKind::Person {
        // The reading by the office's words for it, where it has them.
        let words = catalog
            .readings
            .iter()
            .find(|r| r.patch.reading == Some(rules.reading))
            .or_else(|| {
                catalog
                    .readings
                    .first()
                    .filter(|_| catalog.rules.reading == rules.reading)
            })
            .map_or_else(|| rules.reading.name().to_owned(), |r| r.label.clone());
        let _ = write!(
            line,
            "; after an early vacancy: {}",
            words::lower_first(&words)
        );
    }
    let events = match scenario.events.len() {
        0 => "no events".to_owned(),
        1 => "one event".to_owned(),
        n => format!("{n} events"),
    };
    let _ = write!(line, "; {events}");
    line
}

/// One lane as a table: from, holder, turn.
fn lane(
    catalog: &Catalog,
    title: &str,
    holdings: &[Holding],
    from: NaiveDate,
    to: NaiveDate,
) -> String {
    let mut html = format!(
        "<div class=\"lane\"><h3>{}</h3><table><tr><th>From</th><th>Holder</th><th title=\"whose turn\">Turn</th></tr>",
        esc(title)
    );
    for h in holdings.iter().filter(|h| h.end > from && h.start < to) {
        let acting = if h.kind == HoldingKind::Acting && h.person.is_some() {
            " <i>(acting)</i>"
        } else {
            ""
        };
        let _ = write!(
            html,
            "<tr><td class=\"d\">{}</td><td>{}{acting}</td><td>{}</td></tr>",
            words::day(h.start),
            esc(&words::holder(h, catalog)),
            esc(&code(h.turn)),
        );
    }
    html.push_str("</table></div>");
    html
}

/// The readings with how well each explains the record.
fn readings(html: &mut String, catalog: &Catalog, fits: &[crate::engine::Fit], today: NaiveDate) {
    let _ = writeln!(
        html,
        "<h2>{}</h2>\n<table class=\"readings\"><tr><th>Reading</th><th>What it says</th><th>Argued by</th><th>Agrees with the record ({} to {})</th><th>Parts from it on</th></tr>",
        if catalog.readings.len() == 4 {
            "The four readings of a recall".to_owned()
        } else {
            format!("The readings of the rule ({})", catalog.readings.len())
        },
        words::day(catalog.rules.start),
        words::day(
            fits.first()
                .map_or(today, |f| f.to.pred_opt().unwrap_or(f.to))
        ),
    );
    for (i, (fit, reading)) in fits.iter().zip(&catalog.readings).enumerate() {
        let _ = writeln!(
            html,
            "<tr><td><b>{}</b></td><td>{}</td><td>{}</td><td>{:.1}%</td><td>{}</td></tr>",
            esc(&crate::lanes::reading_title(catalog, i)),
            esc(&reading.summary),
            esc(&reading.argued_by),
            fit.share() * 100.0,
            fit.first_divergence
                .map_or_else(|| "none".to_owned(), words::day),
        );
    }
    html.push_str("</table>\n");
}

/// The sources, numbered, with their sites.
fn sources(html: &mut String, catalog: &Catalog) {
    html.push_str("<h2>Sources</h2>\n<ol class=\"sources\">\n");
    for source in handout_sources(catalog) {
        let links: Vec<String> = source
            .urls
            .iter()
            .map(|u| {
                // Only web addresses become links: never a javascript: or data: one.
                if u.starts_with("https://") || u.starts_with("http://") {
                    format!("<a href=\"{}\">{}</a>", esc(u), esc(site(u)))
                } else {
                    esc(u)
                }
            })
            .collect();
        let what = if source.seed {
            format!("seeds/{}", source.id)
        } else {
            source.id.clone()
        };
        let _ = writeln!(
            html,
            "<li><b>{}</b> {} {}</li>",
            esc(&what),
            esc(&source.label),
            links.join(" ")
        );
    }
    html.push_str("</ol>\n");
}

/// The years the handout's lanes run over: the rotation's start to two turns after today's
/// (for the CSTO in 2026: 2017 to 2035).
fn handout_years(
    catalog: &Catalog,
    today: chrono::NaiveDate,
) -> (chrono::NaiveDate, chrono::NaiveDate) {
    use crate::engine::calendar::add_months;
    let start = catalog.rules.start;
    let term = catalog.rules.term_months.max(1);
    // Whole turns from the start to the end of today's turn, then two more.
    let mut end = start;
    while end <= today {
        end = add_months(end, term);
    }
    (start, add_months(end, term.saturating_mul(2)))
}

/// The sources the handout's facts rest on: those of the documented holdings and the readings,
/// in the order sources.md lists them.
fn handout_sources(catalog: &Catalog) -> Vec<&crate::data::Source> {
    let cited: Vec<&String> = catalog
        .history
        .iter()
        .flat_map(|h| &h.sources)
        .chain(catalog.readings.iter().flat_map(|r| &r.sources))
        .collect();
    catalog
        .sources
        .iter()
        .filter(|s| cited.contains(&&s.id))
        .collect()
}

const HANDOUT_CSS: &str = "@page { size: A4; margin: 11mm; }
body { font: 9pt/1.3 'DejaVu Sans', Arial, sans-serif; color: #000; max-width: 190mm; margin: 0 auto; }
h1 { font-size: 13pt; margin: 0 0 3pt; }
h2 { font-size: 11pt; margin: 9pt 0 3pt; border-bottom: 1px solid #000; }
h3 { font-size: 9.5pt; margin: 0 0 2pt; }
p { margin: 2pt 0; }
.lead { font-style: italic; }
.lanes { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 6pt; }
.lane td { font-size: 7pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #888; padding: 1pt 3pt; text-align: left; vertical-align: top; font-size: 7.5pt; }
td.d { white-space: nowrap; }
th { background: #eee; }
.readings td { font-size: 7.5pt; }
.warn { color: #900; }
.sources { font-size: 7pt; columns: 2; column-gap: 12pt; margin: 0; padding-left: 16pt; }
.sources a { color: #000; word-break: break-all; }
svg.timeline { width: 100%; height: auto; margin: 3pt 0; }
.questions li { margin: 4pt 0 0; }
.answer { border: 1px solid #888; height: 5.5em; margin: 3pt 0 6pt; }
";

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;
    #[test]
    fn the_handout_of_a_recall_under_kazakhstans_reading_has_its_lanes_changes_readings_and_sources()
     {
        let library = crate::data::Library::bundled().unwrap();
        let catalog = library.get("csto-sg").unwrap();
        let scenario = catalog
            .scenario("reading-next-state-full-term")
            .unwrap()
            .clone();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let html = handout_html(catalog, &scenario, today);
        assert!(html.starts_with("<!DOCTYPE html>"));
        // The three lanes: the record's Zas, the rule alone's Belarus turn, the scenario's Belarus
        // from the recall.
        assert!(html.contains("<td class=\"d\">1 Jan 2020</td><td>Stanislav Zas</td><td>BLR</td>"));
        assert!(
            html.contains("<td class=\"d\">2 Nov 2018</td><td>Nominee of Belarus</td><td>BLR</td>"),
            "{html}"
        );
        assert!(
            html.contains("<li>Kazakhstan's turn starts on 2 Nov 2021 instead of 1 Jan 2023.</li>")
        );
        assert!(html.contains(
            "<td><b>As agreed: an acting Secretary General until the term's end</b></td>"
        ));
        assert!(html.contains(
            "<td><b>Kazakhstan's reading, as rota models it: the next state starts a full term</b></td>"
        ));
        // The rules in words, the timeline as a picture, questions with room for the answers.
        assert!(html.contains(
            "Rules of this scenario: 3-year turns from 1 Jan 2017, in the Russian alphabet; after an \
             early vacancy: the next state starts a full term; 2 events. Made with rota on 24 Nov 2026."
        ));
        assert!(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(html.contains(">BLR Zas</text>"));
        assert_eq!(html.matches("<div class=\"answer\"></div></li>").count(), 6);
        assert!(!html.contains("event(s)"));
        assert!(html.contains("<td>100.0%</td><td>none</td>"));
        assert_eq!(html.matches("<td>100.0%</td>").count(), 1);
        assert!(html.contains("<b>S27</b> BelTA 2019-11-28; Belsat"));
        assert!(html.contains("<b>seeds/000_23abfe12f1cb37a0.txt</b>"));
    }
}
