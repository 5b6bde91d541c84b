//! The documented record in an office file: its history and moments, and the check that every
//! fact cites sources that resolve.

use chrono::NaiveDate;

use super::date_at;
use super::schema::{DocumentedFile, MomentFile};
use crate::data::bundle::seed;
use crate::data::check::Problems;
use crate::data::rules_file::parse_state;
use crate::data::scenario_file::parse_date;
use crate::data::{Catalog, DocumentedHolding, Moment, Question, Variant};
use crate::engine::{
    Ending, HolderKind, Holding, HoldingKind, Office, Rules, StateCode, calendar::add_months,
};

pub(super) fn history(
    raw: Vec<DocumentedFile>,
    office: &Office,
    rules: Rules,
    horizon: NaiveDate,
    problems: &mut Problems,
) -> Vec<DocumentedHolding> {
    let mut out: Vec<DocumentedHolding> = Vec::new();
    for (i, d) in raw.into_iter().enumerate() {
        let path = format!("history.{i}");
        let code = |text: &str, field: &str, problems: &mut Problems| {
            parse_state(text, office)
                .map_err(|m| problems.push(format!("{path}.{field}"), m))
                .ok()
        };
        let kind: HoldingKind = match d.kind.parse() {
            Ok(kind) => kind,
            Err(message) => {
                problems.push(format!("{path}.kind"), message);
                continue;
            }
        };
        let state = d.state.as_deref().and_then(|s| code(s, "state", problems));
        let states: Vec<StateCode> = d
            .states
            .iter()
            .enumerate()
            .filter_map(|(j, s)| code(s, &format!("states.{j}"), problems))
            .collect();
        match kind {
            HoldingKind::Term | HoldingKind::Acting if d.state.is_none() => problems.push(
                path.clone(),
                format!("a {} holding needs its holder's `state`", kind.name()),
            ),
            HoldingKind::Joint if d.states.len() < 2 => problems.push(
                path.clone(),
                "a joint holding needs `states`: expected the two or more states that held it together",
            ),
            HoldingKind::Vacant | HoldingKind::Joint if d.state.is_some() => problems.push(
                format!("{path}.state"),
                format!("a {} holding has no single holder: expected no `state`", kind.name()),
            ),
            _ => {}
        }
        if let (HoldingKind::Term, Some(holder), Ok(from)) = (kind, state, parse_date(&d.from))
            && office
                .members
                .get(holder)
                .is_some_and(|m| !m.is_member_on(from))
        {
            problems.push(
                format!("{path}.state"),
                format!("{holder} holds the post from {from} but is not a member then: expected a member on that day (see its `membership`)"),
            );
        }
        if kind == HoldingKind::Acting && office.holder == HolderKind::State {
            problems.push(format!("{path}.kind"), "a state holds this post, so it has no acting holder: expected \"term\", \"vacant\" or \"joint\"");
        }
        let Some(from) = date_at(&d.from, &format!("{path}.from"), problems) else {
            continue;
        };
        // A term's turn is its holder's state's, unless it began before the rotation did.
        let turn = match &d.turn {
            Some(t) => code(t, "turn", problems),
            None if kind == HoldingKind::Term && from >= rules.start => state,
            None => None,
        };
        let open = d.to.is_none();
        let end = match &d.to {
            Some(to) => match date_at(to, &format!("{path}.to"), problems) {
                Some(to) => to,
                None => continue,
            },
            // Still in office, end not documented: a nominal term, for drawing; the record is
            // compared only up to where it is documented.
            None => add_months(from, rules.term_months).min(horizon.max(from)),
        };
        if end <= from {
            problems.push(
                format!("{path}.to"),
                format!("it ends before it starts: expected `to` after {from}"),
            );
            continue;
        }
        if let Some(last) = out.last()
            && last.holding.end > from
        {
            problems.push(
                format!("{path}.from"),
                format!(
                    "it starts on {from}, before the holding above it ends ({}): expected holdings in date order, not overlapping",
                    last.holding.end
                ),
            );
        }
        let ending = match d.ending.as_deref() {
            None => Ending::TurnEnd,
            Some(text) => text.parse().unwrap_or_else(|m: String| {
                problems.push(format!("{path}.ending"), m);
                Ending::TurnEnd
            }),
        };
        out.push(DocumentedHolding {
            person: d.person.clone(),
            variants: d.variants,
            holding: Holding {
                start: from,
                end,
                turn,
                holder_state: state,
                person: d.person,
                kind,
                ending,
                documented: None,
            },
            states,
            scheduled: d.scheduled,
            open,
            how_it_ended: d.how_it_ended,
            sources: d.sources,
            quotes: d.quotes,
        });
    }
    out
}

pub(super) fn moments(
    raw: Vec<MomentFile>,
    readings: &[Variant],
    problems: &mut Problems,
) -> Vec<Moment> {
    let mut out: Vec<Moment> = Vec::new();
    for (i, m) in raw.into_iter().enumerate() {
        let path = format!("moments.{i}");
        if out.iter().any(|o| o.id == m.id) {
            problems.push(
                format!("{path}.id"),
                format!(
                    "the moment id \"{}\" is taken: expected an id of its own",
                    m.id
                ),
            );
        }
        let Some(date) = date_at(&m.date, &format!("{path}.date"), problems) else {
            continue;
        };
        let until = m
            .until
            .as_deref()
            .and_then(|u| date_at(u, &format!("{path}.until"), problems));
        if until.is_some_and(|u| u < date) {
            problems.push(
                format!("{path}.until"),
                format!("it ends before it begins: expected `until` after {date}"),
            );
        }
        if out.last().is_some_and(|last| last.date > date) {
            problems.push(format!("{path}.date"), "moments are expected in date order");
        }
        let question = m.question.as_deref().and_then(|q| {
            Question::ALL.into_iter().find(|x| x.name() == q).or_else(|| {
                problems.push(
                    format!("{path}.question"),
                    format!("unknown question \"{q}\": expected cut-short, refused, given-up, swapped or order"),
                );
                None
            })
        });
        if question.is_some() && m.answer.trim().is_empty() {
            problems.push(path.clone(), "a moment with a question needs its `answer`: one sentence on what the organisation did");
        }
        let lanes = m
            .lanes
            .iter()
            .enumerate()
            .filter_map(|(j, id)| {
                let found = readings.iter().position(|r| &r.id == id);
                if found.is_none() {
                    problems.push(format!("{path}.lanes.{j}"), format!("no reading \"{id}\": expected the id of the rules as agreed or of a variant"));
                }
                found
            })
            .collect();
        out.push(Moment {
            id: m.id,
            date,
            until,
            title: m.title,
            detail: m.detail,
            sources: m.sources,
            quotes: m.quotes,
            question,
            answer: m.answer,
            lanes,
        });
    }
    out
}

/// Every fact cites sources that resolve; every quote is verbatim; every seed source is a seed.
pub(super) fn check_sources(catalog: &Catalog, problems: &mut Problems) {
    let known = &catalog.sources;
    for (i, s) in known.iter().enumerate() {
        if known.iter().take(i).any(|o| o.id == s.id) {
            problems.push(
                format!("sources.{i}.id"),
                format!(
                    "the source id \"{}\" is taken: expected an id of its own",
                    s.id
                ),
            );
        }
        if s.seed && seed(&s.id).is_none() {
            problems.push(
                format!("sources.{i}"),
                format!("no seed document named {}", s.id),
            );
        }
    }
    problems.cite(
        "rule_sources",
        "the rule",
        &catalog.rule_sources,
        &[],
        known,
        false,
    );
    for (i, (code, sources)) in catalog.member_sources.iter().enumerate() {
        problems.cite(
            &format!("members.{i}"),
            code.as_str(),
            sources,
            &[],
            known,
            false,
        );
    }
    for (i, d) in catalog.history.iter().enumerate() {
        let item = format!(
            "{} from {}",
            d.person.as_deref().unwrap_or("the holding"),
            d.holding.start
        );
        problems.cite(
            &format!("history.{i}"),
            &item,
            &d.sources,
            &d.quotes,
            known,
            true,
        );
    }
    for (i, sources) in catalog.event_sources.iter().enumerate() {
        problems.cite(
            &format!("events.{i}"),
            &format!("event {}", i + 1),
            sources,
            &[],
            known,
            true,
        );
    }
    for (i, r) in catalog.readings.iter().enumerate() {
        let path = if i == 0 {
            "as_agreed".to_owned()
        } else {
            format!("variants.{}", i - 1)
        };
        problems.cite(&path, &r.id, &r.sources, &r.quotes, known, false);
    }
    for (i, m) in catalog.moments.iter().enumerate() {
        problems.cite(
            &format!("moments.{i}"),
            &m.id,
            &m.sources,
            &m.quotes,
            known,
            true,
        );
    }
}
