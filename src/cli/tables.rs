//! The command line's own tables: a scenario beside the record, the fit of each reading, the
//! offices rota knows.

use std::fmt::Write as _;

use crate::data::{Catalog, Library};
use crate::engine::{Fit, Holding, Scenario, aligned, compare_with_record};
use crate::export::{Format, code, csv_field, holding_json, json_line, table};
use crate::text::escape_controls;
use crate::words;

/// A scenario beside the documented history: every stretch in which neither changes, the first
/// divergence and the differences in words.
#[must_use]
pub fn compare_out(scenario: &Scenario, catalog: &Catalog, format: Format) -> String {
    let history = catalog.history_holdings();
    let comparison = compare_with_record(
        scenario,
        &catalog.office,
        &history,
        catalog.rules.start,
        chrono::NaiveDate::MIN,
    );
    let (from, to) = (comparison.from, comparison.to);
    let ours = &comparison.projection.holdings;
    let diff = &comparison.difference;
    let rows = aligned(ours, &history, from, to);
    let who = |h: &Holding| words::holder_in_lane(h, catalog);
    let describe = |side: Option<&Holding>| {
        side.map_or_else(String::new, |h| {
            format!(
                "{}: {}",
                h.turn.map_or_else(String::new, |t| catalog.name(t)),
                who(h)
            )
        })
    };
    match format {
        Format::Csv => {
            let mut out = String::from(
                "start,end,documented_turn,documented_holder_state,documented_holder,scenario_turn,scenario_holder_state,scenario_holder,agree\n",
            );
            for r in &rows {
                let cols = |s: Option<&Holding>| {
                    s.map_or_else(
                        || ",,".to_owned(),
                        |h| {
                            format!(
                                "{},{},{}",
                                code(h.turn),
                                code(h.holder_state),
                                csv_field(&who(h))
                            )
                        },
                    )
                };
                let _ = writeln!(
                    out,
                    "{},{},{},{},{}",
                    r.start,
                    r.end,
                    cols(r.baseline),
                    cols(r.subject),
                    r.agree
                );
            }
            out
        }
        Format::Json => {
            let value = serde_json::json!({
                "office": catalog.id,
                "scenario": scenario.name,
                "from": from.to_string(),
                "to": to.to_string(),
                "first_divergence": diff.first_divergence.map(|d| d.to_string()),
                "disagreements": diff.periods.iter().map(|p| serde_json::json!({"start": p.start.to_string(), "end": p.end.to_string()})).collect::<Vec<_>>(),
                "differences": diff.changes.iter().map(|c| words::change(c, catalog)).collect::<Vec<_>>(),
                "scenario_holdings": ours.iter().filter(|h| h.start < to).map(|h| holding_json(h, catalog)).collect::<Vec<_>>(),
            });
            json_line(&value)
        }
        Format::Table | Format::Markdown => {
            let markdown = format == Format::Markdown;
            let header = [
                "From",
                "To (last day)",
                "Documented",
                &scenario.name,
                "Differs",
            ];
            let body: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    vec![
                        r.start.to_string(),
                        r.end.pred_opt().unwrap_or(r.end).to_string(),
                        describe(r.baseline),
                        describe(r.subject),
                        if r.agree {
                            String::new()
                        } else {
                            "yes".to_owned()
                        },
                    ]
                })
                .collect();
            // What a user wrote, shown as text: Markdown's markup and control characters escaped.
            let shown = |text: &str| {
                if markdown {
                    crate::text::markdown(text)
                } else {
                    escape_controls(text).into_owned()
                }
            };
            let mut out = format!(
                "{}{} beside the documented history, {from} to {}\n\n",
                if markdown { "## " } else { "" },
                shown(&scenario.name),
                to.pred_opt().unwrap_or(to)
            );
            out.push_str(&table(&header, &body, markdown));
            out.push('\n');
            match diff.first_divergence {
                None => out.push_str("They agree on every day.\n"),
                Some(day) => {
                    let _ = writeln!(out, "First divergence: {day}.");
                    let days = diff.disagreeing_days();
                    let _ = writeln!(
                        out,
                        "They disagree on {days} day{}.",
                        if days == 1 { "" } else { "s" }
                    );
                    out.push_str(if markdown {
                        "\n### Differences\n\n"
                    } else {
                        "\nDifferences:\n"
                    });
                    for change in &diff.changes {
                        let _ = writeln!(
                            out,
                            "{} {}.",
                            if markdown { "-" } else { " -" },
                            shown(&words::change(change, catalog))
                        );
                    }
                }
            }
            out
        }
    }
}

/// How well the rules as agreed and each variant explain the record.
#[must_use]
pub fn fit_out(fits: &[Fit], catalog: &Catalog, format: Format) -> String {
    let rows: Vec<(&Fit, &crate::data::Variant)> = fits.iter().zip(&catalog.readings).collect();
    match format {
        Format::Csv => {
            let mut out =
                String::from("reading,agreeing_days,total_days,share,first_divergence,label\n");
            for (f, r) in &rows {
                let _ = writeln!(
                    out,
                    "{},{},{},{:.4},{},{}",
                    csv_field(&r.id),
                    f.agreeing_days,
                    f.total_days,
                    f.share(),
                    f.first_divergence
                        .map(|d| d.to_string())
                        .unwrap_or_default(),
                    csv_field(&r.label)
                );
            }
            out
        }
        Format::Json => {
            let rows: Vec<serde_json::Value> = rows
                .iter()
                .map(|(f, r)| {
                    serde_json::json!({
                        "reading": r.id,
                        "from": f.from.to_string(),
                        "to": f.to.to_string(),
                        "agreeing_days": f.agreeing_days,
                        "total_days": f.total_days,
                        "share": f.share(),
                        "first_divergence": f.first_divergence.map(|d| d.to_string()),
                        "label": r.label,
                    })
                })
                .collect();
            json_line(&serde_json::Value::Array(rows))
        }
        Format::Table | Format::Markdown => {
            let header = [
                "Reading",
                "Agreeing days",
                "Share",
                "First divergence",
                "What it is",
            ];
            let body: Vec<Vec<String>> = rows
                .iter()
                .enumerate()
                .map(|(i, (f, r))| {
                    vec![
                        r.id.clone(),
                        format!("{} of {}", f.agreeing_days, f.total_days),
                        format!("{:.1}%", f.share() * 100.0),
                        f.first_divergence
                            .map_or_else(|| "none".to_owned(), |d| d.to_string()),
                        if i == 0 && r.id != "as-agreed" {
                            format!("the rules as agreed: {}", words::lower_first(&r.label))
                        } else if i == 0 {
                            "the rules as agreed".to_owned()
                        } else {
                            r.label.clone()
                        },
                    ]
                })
                .collect();
            let (from, to) = fits.first().map(|f| (f.from, f.to)).unwrap_or_default();
            let mut out = format!(
                "{}How well each reading explains the record, {from} to {}\n\n",
                if format == Format::Markdown {
                    "## "
                } else {
                    ""
                },
                to.pred_opt().unwrap_or(to)
            );
            out.push_str(&table(&header, &body, format == Format::Markdown));
            out
        }
    }
}

/// The rule of an office in one line: "3-year turns from 2017-01-01, in the Russian alphabet".
#[must_use]
pub fn rule_line(catalog: &Catalog) -> String {
    let rules = &catalog.rules;
    let term = words::term(rules.term_months);
    let mut line = format!(
        "{term} turns from {}, in {}",
        rules.start,
        words::alphabet(rules.order, catalog)
    );
    if let Some(first) = rules.first {
        let _ = write!(line, ", {} first", catalog.name(first));
    }
    if rules.skip_suspended {
        line.push_str(", suspended states skipped");
    }
    line
}

/// The offices rota knows.
#[must_use]
pub fn offices_out(library: &Library, format: Format) -> String {
    let span = |c: &Catalog| {
        let first = c.history.first().map(|d| d.holding.start);
        let last = c.history.last().map(|d| {
            if d.open {
                "in office".to_owned()
            } else {
                d.holding.last_day().to_string()
            }
        });
        match (first, last) {
            (Some(a), Some(b)) => (a.to_string(), b),
            _ => (String::new(), String::new()),
        }
    };
    match format {
        Format::Csv => {
            let mut out = String::from("id,organisation,post,holder,rule,record_from,record_to\n");
            for c in &library.catalogs {
                let (a, b) = span(c);
                let _ = writeln!(
                    out,
                    "{},{},{},{},{},{a},{b}",
                    csv_field(&c.id),
                    csv_field(&c.organisation),
                    csv_field(&c.post),
                    c.office.holder.name(),
                    csv_field(&rule_line(c)),
                );
            }
            out
        }
        Format::Json => {
            let rows: Vec<serde_json::Value> = library
                .catalogs
                .iter()
                .map(|c| {
                    let (a, b) = span(c);
                    serde_json::json!({
                        "id": c.id,
                        "organisation": c.organisation,
                        "post": c.post,
                        "holder": c.office.holder.name(),
                        "rule": rule_line(c),
                        "record_from": a,
                        "record_to": b,
                    })
                })
                .collect();
            json_line(&serde_json::Value::Array(rows))
        }
        Format::Table | Format::Markdown => {
            let header = ["Id", "Organisation", "Post", "Rule", "Record"];
            let body: Vec<Vec<String>> = library
                .catalogs
                .iter()
                .map(|c| {
                    let (a, b) = span(c);
                    vec![
                        c.id.clone(),
                        c.short.clone(),
                        c.post.clone(),
                        rule_line(c),
                        format!("{a} to {b}"),
                    ]
                })
                .collect();
            table(&header, &body, format == Format::Markdown)
        }
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    /// The CSTO as an office file could name it: control characters, Markdown and HTML.
    fn hostile_library() -> Library {
        let mut catalog = Library::bundled().unwrap().get("csto-sg").unwrap().clone();
        catalog.organisation = "Collective\u{1b}[2J, \"Security\"".to_owned();
        catalog.short = "CSTO | *x*\u{7}".to_owned();
        catalog.post = "<b>Secretary</b>\nGeneral".to_owned();
        Library {
            catalogs: vec![catalog],
        }
    }

    #[test]
    fn the_offices_an_office_file_names_are_printed_as_text() {
        let library = hostile_library();
        let row = |format: Format, line: usize| {
            offices_out(&library, format)
                .lines()
                .nth(line)
                .unwrap()
                .to_owned()
        };
        assert_eq!(
            row(Format::Table, 2),
            "csto-sg  CSTO | *x*\\u{7}  <b>Secretary</b>\\nGeneral  3-year turns from 2017-01-01, in the Russian alphabet  2003-04-28 to 2028-12-31"
        );
        assert_eq!(
            row(Format::Markdown, 2),
            "| csto-sg | CSTO \\| \\*x\\*\\\\u{7} | &lt;b&gt;Secretary&lt;/b&gt;\\\\nGeneral | 3-year turns from 2017-01-01, in the Russian alphabet | 2003-04-28 to 2028-12-31 |"
        );
        assert_eq!(
            row(Format::Csv, 1),
            "csto-sg,\"Collective\\u{1b}[2J, \"\"Security\"\"\",<b>Secretary</b>\\nGeneral,person,\"3-year turns from 2017-01-01, in the Russian alphabet\",2003-04-28,2028-12-31"
        );
        let json = offices_out(&library, Format::Json);
        assert!(!json.chars().any(|c| c.is_control() && c != '\n'), "{json}");
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(
            value[0]["organisation"],
            "Collective\u{1b}[2J, \"Security\""
        );
        assert_eq!(value[0]["post"], "<b>Secretary</b>\nGeneral");
    }
}
