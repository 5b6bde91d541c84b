//! Every office side by side, as values: one row per office (its rule, who holds it today, who is
//! next by the rule, how much of its record the rule explains, its record and what the rule
//! makes of the years after), and the answers the offices gave to the same question. Pure: the
//! library and today in; the window's *Compare offices* view and `rota offices` read it.

use chrono::NaiveDate;

use crate::data::{Catalog, Library, Moment, Question};
use crate::engine::{Fit, HolderKind, Holding, fit, project};

/// One office, summed up.
#[derive(Clone, Debug, PartialEq)]
pub struct OfficeRow {
    pub id: String,
    /// The organisation's short name ("CSTO").
    pub organisation: String,
    pub post: String,
    /// "a person" or "a state".
    pub held_by: &'static str,
    /// The order of the turns: "the Russian alphabet", "the fixed order".
    pub order: String,
    /// A turn's length: "3-year".
    pub term: String,
    /// The first day the written rule counts turns from.
    pub since: NaiveDate,
    /// Who holds the post today, and whether the record says so (or only the rule does).
    pub today: Option<Now>,
    /// The next holding by the rule after today's: whose turn, from when.
    pub next: Option<Now>,
    /// How much of the record the rule alone explains: no delay, no recall, no swap.
    pub rule_alone: Option<Fit>,
    /// How much of the record the rules as agreed explain with the documented events.
    pub fit: Option<Fit>,
    /// How many documented events the office's record has (delays, recalls, swaps…).
    pub events: usize,
    /// The documented holdings.
    pub record: Vec<Holding>,
    /// The documented events under the rules as agreed, projected to the office's horizon: the
    /// holdings after the record ends are what the rule makes of the years ahead.
    pub projection: Vec<Holding>,
    /// The last day the record covers (exclusive).
    pub record_end: Option<NaiveDate>,
    /// The office's own framing, and all it can show.
    pub framing: (NaiveDate, NaiveDate),
    pub full_span: (NaiveDate, NaiveDate),
}

/// A holding named for the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Now {
    /// "Taalatbek Masadykov" or "Kyrgyzstan"; for a person, their state after a comma.
    pub holder: String,
    pub start: NaiveDate,
    /// The record says so (otherwise only the rule does).
    pub documented: bool,
}

/// One organisation's answer to the question the CSTO faced in 2018.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    pub office: String,
    /// The organisation's short name.
    pub organisation: String,
    pub question: Question,
    pub moment: Moment,
}

/// The offices side by side.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Overview {
    pub rows: Vec<OfficeRow>,
    /// Every moment with a question, grouped by question (in [`Question::ALL`]'s order), then by
    /// date.
    pub answers: Vec<Answer>,
}

impl Overview {
    /// The years the offices' own framings cover together.
    #[must_use]
    pub fn framing(&self) -> (NaiveDate, NaiveDate) {
        span(self.rows.iter().map(|r| r.framing))
    }

    /// Every office's whole span, together.
    #[must_use]
    pub fn full_span(&self) -> (NaiveDate, NaiveDate) {
        span(self.rows.iter().map(|r| r.full_span))
    }
}

fn span(spans: impl Iterator<Item = (NaiveDate, NaiveDate)>) -> (NaiveDate, NaiveDate) {
    spans
        .reduce(|(a, b), (c, d)| (a.min(c), b.max(d)))
        .unwrap_or((NaiveDate::MIN, NaiveDate::MIN))
}

/// Every office of `library`, seen from `today`.
#[must_use]
pub fn overview(library: &Library, today: NaiveDate) -> Overview {
    let rows = library.catalogs.iter().map(|c| row(c, today)).collect();
    let mut answers: Vec<Answer> = library
        .catalogs
        .iter()
        .flat_map(|c| {
            c.moments.iter().filter_map(|m| {
                m.question.map(|question| Answer {
                    office: c.id.clone(),
                    organisation: crate::text::shown_name(&c.short),
                    question,
                    moment: m.clone(),
                })
            })
        })
        .collect();
    let rank = |q: Question| Question::ALL.iter().position(|x| *x == q).unwrap_or(0);
    answers.sort_by(|a, b| {
        rank(a.question)
            .cmp(&rank(b.question))
            .then(a.moment.date.cmp(&b.moment.date))
            .then(a.office.cmp(&b.office))
    });
    Overview { rows, answers }
}

/// One office's row.
#[must_use]
pub fn row(catalog: &Catalog, today: NaiveDate) -> OfficeRow {
    let record = catalog.history_holdings();
    let record_end = record.iter().map(|h| h.end).max();
    let projection = project(
        &catalog.documented_scenario(),
        &catalog.office,
        catalog.horizon.max(today),
    )
    .holdings;
    let named = |h: &Holding, documented: bool| Now {
        holder: holder(h, catalog),
        start: h.start,
        documented,
    };
    let in_record = catalog
        .history
        .iter()
        .find(|d| d.holding.start <= today && (d.open || today < d.holding.end));
    let today_holding = in_record.map(|d| named(&d.holding, true)).or_else(|| {
        projection
            .iter()
            .find(|h| h.contains(today))
            .map(|h| named(h, false))
    });
    let current_end = in_record
        .filter(|d| !d.open)
        .map(|d| d.holding.end)
        .or_else(|| projection.iter().find(|h| h.contains(today)).map(|h| h.end))
        .unwrap_or(today);
    let next = projection
        .iter()
        .find(|h| h.start >= current_end.max(today) && h.start > today)
        .map(|h| named(h, false));
    OfficeRow {
        id: catalog.id.clone(),
        // Names an office file gives, as the window shows them in a line: clipped.
        organisation: crate::text::shown_name(&catalog.short),
        post: crate::text::shown_name(&catalog.post),
        held_by: match catalog.office.holder {
            HolderKind::Person => "a person",
            HolderKind::State => "a state",
        },
        order: crate::words::alphabet(catalog.rules.order, catalog),
        term: crate::words::term(catalog.rules.term_months),
        since: catalog.rules.start,
        today: today_holding,
        next,
        rule_alone: fit(
            &[catalog.rule_alone()],
            &catalog.office,
            &record,
            catalog.rules.start,
            today,
        )
        .into_iter()
        .next(),
        fit: catalog.fits(today).into_iter().next(),
        events: catalog.events.len(),
        record,
        projection,
        record_end,
        framing: catalog.framing(),
        full_span: catalog.full_span(),
    }
}

/// A holder for the table: a person with their state, or a state.
fn holder(holding: &Holding, catalog: &Catalog) -> String {
    let name = crate::words::holder_in_lane(holding, catalog);
    match (catalog.office.holder, holding.holder_state.or(holding.turn)) {
        (HolderKind::Person, Some(state)) if holding.person.is_some() => {
            format!("{name}, {}", catalog.name(state))
        }
        _ => name,
    }
}

impl OfficeRow {
    /// "3-year turns in the Russian alphabet since 1 Jan 2017".
    #[must_use]
    pub fn rule(&self) -> String {
        format!(
            "{} turns in {}, since {}",
            self.term,
            self.order,
            crate::words::day(self.since)
        )
    }

    /// What rota's fit says of the office, in a sentence: "The rule alone explains 88% of the
    /// 3,615 days of the record since 1 Jan 2017; with the 5 documented events, 100%." Empty
    /// where the record does not reach the rule's start.
    #[must_use]
    pub fn fit_words(&self) -> String {
        let (Some(alone), Some(with)) = (&self.rule_alone, &self.fit) else {
            return String::new();
        };
        if alone.total_days <= 0 {
            return String::new();
        }
        let percent = |f: &Fit| {
            // Never "100%" for a share short of all: the reader would take it as exact.
            let p = f.share() * 100.0;
            if p < 100.0 && p > 99.5 {
                "over 99%".to_owned()
            } else {
                format!("{p:.0}%")
            }
        };
        let mut text = format!(
            "The rule alone explains {} of the {} days of the record since {}",
            percent(alone),
            thousands(alone.total_days),
            crate::words::day(alone.from)
        );
        if self.events > 0 {
            let events = if self.events == 1 {
                "the documented event".to_owned()
            } else {
                format!("the {} documented events", self.events)
            };
            text.push_str(&format!("; with {events}, {}", percent(with)));
        }
        text.push('.');
        text
    }
}

/// "3,287".
#[must_use]
pub fn thousands(n: i64) -> String {
    let out = crate::text::thousands(usize::try_from(n.unsigned_abs()).unwrap_or(usize::MAX));
    if n < 0 { format!("-{out}") } else { out }
}
