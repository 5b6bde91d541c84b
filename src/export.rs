//! Lanes and handouts as text: CSV, JSON, Markdown and plain tables for the CLI and the app's
//! export buttons, and the printable HTML handout. Pure: text in, text out; the shell writes it.

use std::fmt::Write as _;

use crate::data::Catalog;
use crate::engine::{Holding, StateCode};
use crate::words;

/// Output formats: `table` and `markdown` for people, `csv` and `json` for scripts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
    Markdown,
}

pub fn code(s: Option<StateCode>) -> String {
    s.map(|c| c.to_string()).unwrap_or_default()
}

pub fn name(catalog: &Catalog, s: Option<StateCode>) -> String {
    s.map(|c| catalog.name(c)).unwrap_or_default()
}

/// A CSV field: quoted when it holds a comma or a quote. Control characters (a newline
/// included) are written escaped, as `\u{1b}`: CSV has no escapes of its own, and a spreadsheet
/// or a terminal is never served by them.
pub fn csv_field(text: &str) -> String {
    let text = crate::text::escape_controls(text);
    if text.contains([',', '"']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.into_owned()
    }
}

pub fn holding_json(h: &Holding, catalog: &Catalog) -> serde_json::Value {
    serde_json::json!({
        "start": h.start.to_string(),
        "end": h.end.to_string(),
        "turn": code(h.turn),
        "holder_state": code(h.holder_state),
        "holder": words::holder(h, catalog),
        "kind": h.kind.name(),
    })
}

/// Prints holdings in a format. People's formats show the last day in office and states' names.
pub fn holdings_out(
    holdings: &[Holding],
    catalog: &Catalog,
    format: Format,
    history: bool,
) -> String {
    // A documented holding still running with no documented end: the end is not a fact.
    let open = |h: &Holding| {
        history
            && h.documented
                .and_then(|i| catalog.history.get(i))
                .is_some_and(|d| d.open)
    };
    match format {
        Format::Csv => {
            let mut out = String::from("start,end,turn,holder_state,holder,kind\n");
            for h in holdings {
                let _ = writeln!(
                    out,
                    "{},{},{},{},{},{}",
                    h.start,
                    if open(h) {
                        String::new()
                    } else {
                        h.end.to_string()
                    },
                    code(h.turn),
                    code(h.holder_state),
                    csv_field(&words::holder(h, catalog)),
                    h.kind.name()
                );
            }
            out
        }
        Format::Json => {
            let rows: Vec<serde_json::Value> = holdings
                .iter()
                .map(|h| {
                    let mut row = holding_json(h, catalog);
                    if open(h) {
                        row["end"] = serde_json::Value::Null;
                    }
                    row
                })
                .collect();
            json_line(&serde_json::Value::Array(rows))
        }
        Format::Table | Format::Markdown => {
            let header = [
                "From",
                "To (last day)",
                "Turn",
                "Holder",
                "Holder's state",
                "Kind",
            ];
            let rows: Vec<Vec<String>> = holdings
                .iter()
                .map(|h| {
                    vec![
                        h.start.to_string(),
                        if open(h) {
                            "(in office)".to_owned()
                        } else {
                            h.last_day().to_string()
                        },
                        h.turn.map_or_else(
                            || {
                                if history {
                                    "(before the rotation)".to_owned()
                                } else {
                                    String::new()
                                }
                            },
                            |c| catalog.name(c),
                        ),
                        words::holder(h, catalog),
                        name(catalog, h.holder_state),
                        h.kind.name().to_owned(),
                    ]
                })
                .collect();
            table(&header, &rows, format == Format::Markdown)
        }
    }
}

/// JSON as one line of output: the unsafe characters JSON leaves raw written as its `\uXXXX`
/// escapes (see [`crate::text::json_safe`]), so a program reads the same values and a terminal
/// acts on none.
#[must_use]
pub fn json_line(value: &serde_json::Value) -> String {
    format!("{}\n", crate::text::json_safe(&value.to_string()))
}

/// A plain-text or Markdown table with columns as wide as their widest cell. Control characters
/// in a cell are shown escaped.
pub fn table(header: &[&str], rows: &[Vec<String>], markdown: bool) -> String {
    let cell = |text: &str| {
        if markdown {
            crate::text::markdown(text)
        } else {
            crate::text::escape_controls(text).into_owned()
        }
    };
    let header: Vec<String> = header.iter().map(|h| cell(h)).collect();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| cell(c)).collect())
        .collect();
    let (header, rows) = (header.as_slice(), rows.as_slice());
    let width = |i: usize| {
        rows.iter()
            .filter_map(|r| r.get(i))
            .map(|c| c.chars().count())
            .chain([header.get(i).map_or(0, |h| h.chars().count())])
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..header.len()).map(width).collect();
    let line = |cells: &[String]| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w.saturating_sub(c.chars().count()))))
            .collect();
        if markdown {
            format!("| {} |\n", padded.join(" | "))
        } else {
            format!("{}\n", padded.join("  ").trim_end())
        }
    };
    let head: Vec<String> = header.iter().map(|h| (*h).to_owned()).collect();
    let mut out = line(&head);
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    out.push_str(&if markdown {
        line(&rule)
    } else {
        format!("{}\n", rule.join("  "))
    });
    for row in rows {
        out.push_str(&line(row));
    }
    out
}

/// Escapes text for HTML (see [`crate::text::html`]).
fn esc(text: &str) -> String {
    crate::text::html(text)
}

/// A one-page handout for `scenario`, as HTML a browser prints: the documented lane, the rule
/// alone and the scenario as tables, what the scenario changes in words, the readings with how
/// well each explains the record up to `today`, and the sources.
#[must_use]
pub fn handout_html(
    catalog: &Catalog,
    scenario: &crate::engine::Scenario,
    today: chrono::NaiveDate,
) -> String {
    use crate::engine::{HoldingKind, compare_with_record};
    let (from, to) = handout_years(catalog, today);
    let history = catalog.history_holdings();
    let start = catalog.rules.start;
    let rule_alone = catalog.rule_alone();
    let alone = compare_with_record(&rule_alone, &catalog.office, &history, start, to);
    let mine = compare_with_record(scenario, &catalog.office, &history, start, to);
    let fits = catalog.fits(today);

    let lane = |title: &str, holdings: &[Holding]| {
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
                h.start,
                esc(&words::holder(h, catalog)),
                esc(&code(h.turn)),
            );
        }
        html.push_str("</table></div>");
        html
    };

    let rules = &scenario.rules;
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
        "<p class=\"rules\">Rules of this scenario: turns of {} months from {}, order by {}, reading <b>{}</b>; {} event(s). Made with rota on {today}.</p>",
        rules.term_months,
        rules.start,
        esc(&words::order_names(rules.order, catalog)),
        esc(rules.reading.name()),
        scenario.events.len(),
    );
    let _ = writeln!(
        html,
        "<h2>The succession, {from} to {to}</h2><p>Each holding runs until the next one starts; “Turn” is the state whose turn it is.</p><div class=\"lanes\">"
    );
    html.push_str(&lane("Documented", &history));
    html.push_str(&lane(&rule_alone.name, &alone.projection.holdings));
    html.push_str(&lane(&scenario.name, &mine.projection.holdings));
    html.push_str("</div>\n<h2>What the scenario changes against the record</h2>\n");
    match mine.difference.first_divergence {
        None => {
            let _ = writeln!(
                html,
                "<p>Nothing: up to {} it names the same turn and holder's state as the record on every day.</p>",
                mine.to
            );
        }
        Some(first) => {
            let _ = writeln!(
                html,
                "<p>It departs from the record on {first} and disagrees on {} days.</p><ul>",
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
            warning.date(),
            esc(&words::warning(warning, catalog))
        );
    }
    let _ = writeln!(
        html,
        "<h2>{}</h2>\n<table class=\"readings\"><tr><th>Reading</th><th>What it says</th><th>Argued by</th><th>Agrees with the record ({} to {})</th><th>First divergence</th></tr>",
        if catalog.readings.len() == 4 {
            "The four readings of a recall".to_owned()
        } else {
            format!("The readings of the rule ({})", catalog.readings.len())
        },
        start,
        fits.first()
            .map_or(today, |f| f.to.pred_opt().unwrap_or(f.to)),
    );
    for (fit, reading) in fits.iter().zip(&catalog.readings) {
        let _ = writeln!(
            html,
            "<tr><td><b>{}</b></td><td>{}</td><td>{}</td><td>{:.1}%</td><td>{}</td></tr>",
            esc(&reading.id),
            esc(&reading.summary),
            esc(&reading.argued_by),
            fit.share() * 100.0,
            fit.first_divergence
                .map_or_else(|| "none".to_owned(), |d| d.to_string()),
        );
    }
    html.push_str("</table>\n<h2>Sources</h2>\n<ol class=\"sources\">\n");
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
    html.push_str("</ol>\n</body></html>\n");
    html
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

/// The site a link goes to ("armenpress.am"): a printed page has no room for whole addresses.
#[must_use]
pub fn site(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split('/').next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
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
        assert!(html.contains("<td class=\"d\">2020-01-01</td><td>Stanislav Zas</td><td>BLR</td>"));
        assert!(
            html.contains("<td class=\"d\">2018-11-02</td><td>Nominee of Belarus</td><td>BLR</td>"),
            "{html}"
        );
        assert!(
            html.contains("<li>Kazakhstan's turn starts on 2 Nov 2021 instead of 1 Jan 2023.</li>")
        );
        assert!(html.contains("<td><b>acting-until-term-end</b></td>"));
        assert!(html.contains("<td>100.0%</td><td>none</td>"));
        assert_eq!(html.matches("<td>100.0%</td>").count(), 1);
        assert!(html.contains("<b>S27</b> BelTA 2019-11-28; Belsat"));
        assert!(html.contains("<b>seeds/000_23abfe12f1cb37a0.txt</b>"));
    }

    #[test]
    fn text_in_the_handout_is_escaped() {
        assert_eq!(esc("<b>“A & B”</b>"), "&lt;b&gt;“A &amp; B”&lt;/b&gt;");
    }
}
