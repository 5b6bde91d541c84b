//! The optional files beside a bundled office: its lesson (a walkthrough of one dispute and the
//! quiz's reading questions) and the conflicts between its sources, checked against the office.

use chrono::NaiveDate;
use serde::Deserialize;

use super::check::Problems;
use super::scenario_file::{Diagnostic, options, parse_date, syntax_error, text_of};
use super::{Catalog, Conflict, Lesson, Position, QuizReading, Quote, Step};

#[derive(Deserialize)]
#[serde(rename = "Lesson", deny_unknown_fields)]
struct LessonFile {
    #[serde(default)]
    tab: Option<String>,
    title: String,
    steps: Vec<StepFile>,
    #[serde(default)]
    quiz: Vec<QuizFile>,
}

#[derive(Deserialize)]
#[serde(rename = "Step", deny_unknown_fields)]
struct StepFile {
    title: String,
    date: String,
    window: (String, String),
    about: Vec<String>,
    text: String,
    #[serde(default)]
    events: Vec<String>,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default)]
    positions: Vec<PositionFile>,
    #[serde(default)]
    conflicts: Vec<String>,
}

#[derive(Deserialize)]
#[serde(rename = "Position", deny_unknown_fields)]
struct PositionFile {
    party: String,
    says: String,
    readings: Vec<String>,
    sources: Vec<String>,
    #[serde(default)]
    quotes: Vec<Quote>,
}

#[derive(Deserialize)]
#[serde(rename = "QuizReading", deny_unknown_fields)]
struct QuizFile {
    reading: String,
    party: String,
    on: String,
    #[serde(default)]
    model: bool,
}

/// A lesson file of `catalog`'s office.
///
/// # Errors
/// Every problem, located: syntax; steps out of date order or outside their window; a moment,
/// conflict or reading the office does not have; a source that does not resolve, a quote that is
/// not verbatim.
pub fn parse_lesson(file: &str, text: &str, catalog: &Catalog) -> Result<Lesson, Vec<Diagnostic>> {
    let text = text_of(file, text.as_bytes())?;
    let raw: LessonFile = options()
        .from_str(text)
        .map_err(|e| vec![syntax_error(file, &e, "a lesson")])?;
    let mut problems = Problems::default();
    let date = |text: &str, path: &str, problems: &mut Problems| -> Option<NaiveDate> {
        parse_date(text).map_err(|m| problems.push(path, m)).ok()
    };
    if raw.steps.is_empty() {
        problems.push(
            "steps",
            "the lesson has no steps: expected at least one Step(…)",
        );
    }
    let mut steps: Vec<Step> = Vec::new();
    for (n, s) in raw.steps.into_iter().enumerate() {
        let path = format!("steps.{n}");
        let item = format!("step {} ({})", n + 1, s.title);
        let (Some(day), Some(from), Some(to)) = (
            date(&s.date, &format!("{path}.date"), &mut problems),
            date(&s.window.0, &format!("{path}.window.0"), &mut problems),
            date(&s.window.1, &format!("{path}.window.1"), &mut problems),
        ) else {
            continue;
        };
        if !(from <= day && day < to) {
            problems.push(
                format!("{path}.date"),
                format!("{item}: its date is outside its window {from} to {to}"),
            );
        }
        if steps.last().is_some_and(|last| last.date > day) {
            problems.push(format!("{path}.date"), "steps are expected in date order");
        }
        let about: Vec<NaiveDate> = s
            .about
            .iter()
            .enumerate()
            .filter_map(|(i, a)| date(a, &format!("{path}.about.{i}"), &mut problems))
            .collect();
        if s.events.is_empty() && s.sources.is_empty() {
            problems.push(path.clone(), format!("{item} cites no moment or source"));
        }
        problems.cite(&path, &item, &s.sources, &[], &catalog.sources, false);
        for (i, id) in s.events.iter().enumerate() {
            if catalog.moment(id).is_none() {
                problems.push(
                    format!("{path}.events.{i}"),
                    format!("{item}: no moment with id \"{id}\""),
                );
            }
        }
        for (i, topic) in s.conflicts.iter().enumerate() {
            if !catalog.conflicts.iter().any(|c| &c.topic == topic) {
                problems.push(
                    format!("{path}.conflicts.{i}"),
                    format!("{item}: no conflict with topic \"{topic}\""),
                );
            }
        }
        let mut positions = Vec::new();
        for (p, position) in s.positions.into_iter().enumerate() {
            let at = format!("{path}.positions.{p}");
            let what = format!("{item}, {}", position.party);
            problems.cite(
                &at,
                &what,
                &position.sources,
                &position.quotes,
                &catalog.sources,
                true,
            );
            let readings = position
                .readings
                .iter()
                .enumerate()
                .filter_map(|(i, id)| {
                    let found = catalog.reading(id).map(|(index, _)| index);
                    if found.is_none() {
                        problems.push(format!("{at}.readings.{i}"), format!("{what}: no reading \"{id}\": expected the id of the rules as agreed or of a variant"));
                    }
                    found
                })
                .collect();
            positions.push(Position {
                party: position.party,
                says: position.says,
                readings,
                sources: position.sources,
                quotes: position.quotes,
            });
        }
        steps.push(Step {
            title: s.title,
            date: day,
            window: (from, to),
            about,
            text: s.text,
            events: s.events,
            sources: s.sources,
            positions,
            conflicts: s.conflicts,
        });
    }
    let mut quiz = Vec::new();
    for (i, q) in raw.quiz.into_iter().enumerate() {
        let path = format!("quiz.{i}");
        let reading = catalog.reading(&q.reading).map(|(index, _)| index);
        if reading.is_none() {
            problems.push(
                format!("{path}.reading"),
                format!(
                    "no reading \"{}\": expected the id of the rules as agreed or of a variant",
                    q.reading
                ),
            );
        }
        let on = date(&q.on, &format!("{path}.on"), &mut problems);
        if let (Some(reading), Some(on)) = (reading, on) {
            quiz.push(QuizReading {
                reading,
                party: q.party,
                on,
                model: q.model,
            });
        }
    }
    if problems.is_empty() {
        Ok(Lesson {
            tab: raw.tab.unwrap_or_else(|| "Lesson".to_owned()),
            title: raw.title,
            steps,
            quiz,
        })
    } else {
        Err(problems.located(file, text))
    }
}

/// The conflicts between `catalog`'s sources.
///
/// # Errors
/// Every problem, located: syntax; a claim whose sources do not resolve or whose quotes are not
/// verbatim; a disagreement that ends before it begins.
pub fn parse_conflicts(
    file: &str,
    text: &str,
    catalog: &Catalog,
) -> Result<Vec<Conflict>, Vec<Diagnostic>> {
    let text = text_of(file, text.as_bytes())?;
    let conflicts: Vec<Conflict> = options()
        .from_str(text)
        .map_err(|e| vec![syntax_error(file, &e, "a list of conflicts")])?;
    let mut problems = Problems::default();
    for (i, c) in conflicts.iter().enumerate() {
        let path = i.to_string();
        if c.to < c.from {
            problems.push(
                format!("{path}.to"),
                format!("{}: it ends before it begins", c.topic),
            );
        }
        // Side a may be an outlet rota cannot cite; side b answers it with sources.
        problems.cite(
            &format!("{path}.a"),
            &c.topic,
            &c.a.sources,
            &c.a.quotes,
            &catalog.sources,
            false,
        );
        problems.cite(
            &format!("{path}.b"),
            &c.topic,
            &c.b.sources,
            &c.b.quotes,
            &catalog.sources,
            true,
        );
    }
    if problems.is_empty() {
        Ok(conflicts)
    } else {
        Err(problems.located(file, text))
    }
}
