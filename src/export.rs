//! Lanes as text: CSV, JSON, Markdown and plain tables for the CLI and the app's export buttons
//! (the printable handout is `crate::handout`). Pure: text in, text out; the shell writes it.

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
pub(crate) fn esc(text: &str) -> String {
    crate::text::html(text)
}

pub use crate::handout::handout_html;

/// The site a link goes to ("armenpress.am"): a printed page has no room for whole addresses.
#[must_use]
pub fn site(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split('/').next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_in_exports_is_escaped() {
        assert_eq!(esc("<b>“A & B”</b>"), "&lt;b&gt;“A &amp; B”&lt;/b&gt;");
    }
}
