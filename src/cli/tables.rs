//! The command line's own tables: a scenario beside the record, the fit of each reading, the
//! offices rota knows.

use std::fmt::Write as _;

use chrono::NaiveDate;

use crate::data::{Catalog, Library};
use crate::engine::{Fit, Holding, Scenario, aligned, compare_with_record};
use crate::export::{Format, code, csv_field, holding_json, json_line, table};
use crate::overview::{Now, OfficeRow};
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

/// The offices rota knows: each one's rule, record, who holds the post on `today` and who is next
/// by the rule, and how much of the record the rule explains.
#[must_use]
pub fn offices_out(library: &Library, format: Format, today: NaiveDate) -> String {
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
    let rows: Vec<(&Catalog, OfficeRow)> = library
        .catalogs
        .iter()
        .map(|c| (c, crate::overview::row(c, today)))
        .collect();
    let holder = |now: Option<&Now>| now.map_or_else(String::new, |n| n.holder.clone());
    let since = |now: Option<&Now>| now.map_or_else(String::new, |n| n.start.to_string());
    let share = |fit: Option<&Fit>| fit.map(|f| (f.share() * 1000.0).round() / 1000.0);
    match format {
        Format::Csv => {
            let mut out = String::from(
                "id,organisation,post,holder,rule,record_from,record_to,today_holder,today_since,\
                 today_documented,next_holder,next_from,rule_alone_share,fit_share\n",
            );
            for (c, row) in &rows {
                let (a, b) = span(c);
                let number = |v: Option<f64>| v.map_or_else(String::new, |v| format!("{v:.3}"));
                let _ = writeln!(
                    out,
                    "{},{},{},{},{},{a},{b},{},{},{},{},{},{},{}",
                    csv_field(&c.id),
                    csv_field(&c.organisation),
                    csv_field(&c.post),
                    c.office.holder.name(),
                    csv_field(&rule_line(c)),
                    csv_field(&holder(row.today.as_ref())),
                    since(row.today.as_ref()),
                    row.today
                        .as_ref()
                        .map_or("", |n| if n.documented { "yes" } else { "no" }),
                    csv_field(&holder(row.next.as_ref())),
                    since(row.next.as_ref()),
                    number(share(row.rule_alone.as_ref())),
                    number(share(row.fit.as_ref())),
                );
            }
            out
        }
        Format::Json => {
            let now = |n: Option<&Now>| {
                n.map_or(serde_json::Value::Null, |n| {
                    serde_json::json!({
                        "holder": n.holder,
                        "since": n.start.to_string(),
                        "documented": n.documented,
                    })
                })
            };
            let values: Vec<serde_json::Value> = rows
                .iter()
                .map(|(c, row)| {
                    let (a, b) = span(c);
                    serde_json::json!({
                        "id": c.id,
                        "organisation": c.organisation,
                        "post": c.post,
                        "holder": c.office.holder.name(),
                        "rule": rule_line(c),
                        "record_from": a,
                        "record_to": b,
                        "today": now(row.today.as_ref()),
                        "next": row.next.as_ref().map_or(serde_json::Value::Null, |n| {
                            serde_json::json!({"holder": n.holder, "from": n.start.to_string()})
                        }),
                        "rule_alone_share": share(row.rule_alone.as_ref()),
                        "fit_share": share(row.fit.as_ref()),
                    })
                })
                .collect();
            json_line(&serde_json::Value::Array(values))
        }
        Format::Table | Format::Markdown => {
            let header = [
                "Id",
                "Organisation",
                "Post",
                "Rule",
                "Record",
                "Today",
                "Next by the rule",
                "Rule alone explains",
            ];
            let percent = |f: Option<&Fit>| {
                f.map_or_else(String::new, |f| format!("{:.0}%", f.share() * 100.0))
            };
            let body: Vec<Vec<String>> = rows
                .iter()
                .map(|(c, row)| {
                    let (a, b) = span(c);
                    let today = row.today.as_ref().map_or_else(String::new, |n| {
                        let rule = if n.documented { "" } else { " (by the rule)" };
                        format!("{} since {}{rule}", n.holder, n.start)
                    });
                    let next = row
                        .next
                        .as_ref()
                        .map_or_else(String::new, |n| format!("{} from {}", n.holder, n.start));
                    vec![
                        c.id.clone(),
                        c.short.clone(),
                        c.post.clone(),
                        rule_line(c),
                        format!("{a} to {b}"),
                        today,
                        next,
                        percent(row.rule_alone.as_ref()),
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
            offices_out(&library, format, day("2026-11-24"))
                .lines()
                .nth(line)
                .unwrap()
                .to_owned()
        };
        assert_eq!(
            row(Format::Table, 2),
            "csto-sg  CSTO | *x*\\u{7}  <b>Secretary</b>\\nGeneral  3-year turns from 2017-01-01, in the Russian alphabet  2003-04-28 to 2028-12-31  Taalatbek Masadykov, Kyrgyzstan since 2026-01-01  Nominee of Russia from 2029-01-01  85%"
        );
        assert_eq!(
            row(Format::Markdown, 2),
            "| csto-sg | CSTO \\| \\*x\\*\\\\u{7} | &lt;b&gt;Secretary&lt;/b&gt;\\\\nGeneral | 3-year turns from 2017-01-01, in the Russian alphabet | 2003-04-28 to 2028-12-31 | Taalatbek Masadykov, Kyrgyzstan since 2026-01-01 | Nominee of Russia from 2029-01-01 | 85%                 |"
        );
        assert_eq!(
            row(Format::Csv, 1),
            "csto-sg,\"Collective\\u{1b}[2J, \"\"Security\"\"\",<b>Secretary</b>\\nGeneral,person,\"3-year turns from 2017-01-01, in the Russian alphabet\",2003-04-28,2028-12-31,\"Taalatbek Masadykov, Kyrgyzstan\",2026-01-01,yes,Nominee of Russia,2029-01-01,0.849,1.000"
        );
        let json = offices_out(&library, Format::Json, day("2026-11-24"));
        assert!(!json.chars().any(|c| c.is_control() && c != '\n'), "{json}");
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(
            value[0]["organisation"],
            "Collective\u{1b}[2J, \"Security\""
        );
        assert_eq!(value[0]["post"], "<b>Secretary</b>\nGeneral");
        assert_eq!(
            value[0]["today"],
            serde_json::json!({"holder": "Taalatbek Masadykov, Kyrgyzstan", "since": "2026-01-01", "documented": true})
        );
        assert_eq!(
            value[0]["next"],
            serde_json::json!({"holder": "Nominee of Russia", "from": "2029-01-01"})
        );
        assert_eq!(value[0]["rule_alone_share"], 0.849);
        assert_eq!(value[0]["fit_share"], 1.0);
    }

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }
}
