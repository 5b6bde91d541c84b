//! A scenario: a rule set plus dated events, with the checks every scenario must pass against its
//! office.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use super::members::StateCode;
use super::office::{HolderKind, Office};
use super::order::Order;
use super::rules::{Anchoring, MAX_LAG_DAYS, MAX_TERM_MONTHS, Reading, Rules};

/// Something that happened (or, in a what-if, happens) to the post or to the membership.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Event {
    /// The state's nominee took office on this day, later than its turn began (person offices).
    TakesOffice { state: StateCode, date: NaiveDate },
    /// The appointed holder in office is recalled on this day (person offices).
    Recall { date: NaiveDate },
    /// The state becomes a member on this day.
    Join { state: StateCode, date: NaiveDate },
    /// The state is no longer a member from this day on.
    Withdraw { state: StateCode, date: NaiveDate },
    /// The state's participation is suspended on `[from, to)`; `to: None` means open-ended.
    Suspend {
        state: StateCode,
        from: NaiveDate,
        to: Option<NaiveDate>,
    },
    /// The state gives up the turn that would start on this day: the next eligible state in order
    /// takes it, and the cycle goes on from there (every later turn moves one place earlier).
    Forgo { state: StateCode, date: NaiveDate },
    /// The states of the turns starting on these two days exchange them; who comes next is
    /// computed as if they had not.
    Swap { date: NaiveDate, with: NaiveDate },
}

impl Event {
    /// The day the event happens (a suspension's first day, a swap's first date).
    #[must_use]
    pub fn date(&self) -> NaiveDate {
        match *self {
            Self::TakesOffice { date, .. }
            | Self::Recall { date }
            | Self::Join { date, .. }
            | Self::Withdraw { date, .. }
            | Self::Forgo { date, .. }
            | Self::Swap { date, .. } => date,
            Self::Suspend { from, .. } => from,
        }
    }

    /// The state the event concerns, if any.
    #[must_use]
    pub fn state(&self) -> Option<StateCode> {
        match *self {
            Self::Recall { .. } | Self::Swap { .. } => None,
            Self::TakesOffice { state, .. }
            | Self::Join { state, .. }
            | Self::Withdraw { state, .. }
            | Self::Suspend { state, .. }
            | Self::Forgo { state, .. } => Some(state),
        }
    }

    /// The event's name as written in scenario files and on the command line.
    #[must_use]
    pub fn kind_name(&self) -> &'static str {
        match self {
            Self::TakesOffice { .. } => "takes-office",
            Self::Recall { .. } => "recall",
            Self::Join { .. } => "join",
            Self::Withdraw { .. } => "withdraw",
            Self::Suspend { .. } => "suspend",
            Self::Forgo { .. } => "forgo",
            Self::Swap { .. } => "swap",
        }
    }

    /// Events only a person office has: a nominee taking office late, a recall.
    #[must_use]
    pub fn needs_a_person(&self) -> bool {
        matches!(self, Self::TakesOffice { .. } | Self::Recall { .. })
    }
}

impl fmt::Display for Event {
    /// The command-line spelling: `recall 2018-11-02`, `takes-office ARM@2017-05-02`,
    /// `suspend ARM@2024-02-22..`, `forgo GBR@2017-07-01`, `swap 2011-01-01@2013-01-01`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::Recall { date } => write!(f, "recall {date}"),
            Self::TakesOffice { state, date }
            | Self::Join { state, date }
            | Self::Withdraw { state, date }
            | Self::Forgo { state, date } => write!(f, "{} {state}@{date}", self.kind_name()),
            Self::Suspend { state, from, to } => match to {
                Some(to) => write!(f, "suspend {state}@{from}..{to}"),
                None => write!(f, "suspend {state}@{from}.."),
            },
            Self::Swap { date, with } => write!(f, "swap {date}@{with}"),
        }
    }
}

/// A rule set plus events, with a name and a description, for one office.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Scenario {
    /// The id of the office the scenario is about (`csto-sg`).
    pub office: String,
    pub name: String,
    pub description: String,
    pub rules: Rules,
    pub events: Vec<Event>,
}

impl Scenario {
    /// A scenario of the office `office` under `rules`, with no events.
    #[must_use]
    pub fn new(office: &str, name: &str, rules: Rules) -> Self {
        Self {
            office: office.to_owned(),
            name: name.to_owned(),
            description: String::new(),
            rules,
            events: Vec::new(),
        }
    }
}

/// Where in a scenario a problem is: the rule parameter or the event's index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Rule(&'static str),
    Event(usize),
}

/// One thing wrong with a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub place: Place,
    pub message: String,
}

/// The earliest and latest years a date in a scenario may have; the upper bound leaves room for
/// 1,000-year projections while keeping every sum of dates in range.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 9999;

/// Checks a date's year range; the message names the date.
///
/// # Errors
/// A message when the year lies outside [`FIRST_YEAR`]..=[`LAST_YEAR`].
pub fn check_date_range(date: NaiveDate) -> Result<(), String> {
    if (FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
        Ok(())
    } else {
        Err(format!(
            "date {date} is out of range: expected a year from {FIRST_YEAR} to {LAST_YEAR}"
        ))
    }
}

impl Scenario {
    /// Every problem, in the order of the rules and then the events; empty when the scenario is
    /// sound for `office`. Warnings (things that are allowed but change nothing) come from the
    /// projection.
    #[must_use]
    pub fn problems(&self, office: &Office) -> Vec<Problem> {
        let mut problems = Vec::new();
        let rules = &self.rules;
        let mut rule = |name: &'static str, message: String| {
            problems.push(Problem {
                place: Place::Rule(name),
                message,
            });
        };
        if !(1..=MAX_TERM_MONTHS).contains(&rules.term_months) {
            rule(
                "term_months",
                format!(
                    "a term of {} months is impossible: expected 1 to {MAX_TERM_MONTHS} months",
                    rules.term_months
                ),
            );
        }
        if rules.lag_days > MAX_LAG_DAYS {
            rule(
                "lag_days",
                format!(
                    "a lag of {} days is too long: expected 0 to {MAX_LAG_DAYS} days",
                    rules.lag_days
                ),
            );
        }
        if let Err(message) = check_date_range(rules.start) {
            rule("start", message);
        }
        match rules.order {
            Order::Fixed if office.fixed_order.is_empty() => rule(
                "order",
                "order \"fixed\" needs the office's fixed_order, and this office has none"
                    .to_owned(),
            ),
            Order::Names(i) if usize::from(i) >= office.name_sets.len() => {
                rule(
                    "order",
                    "the order names no name set of this office".to_owned(),
                );
            }
            _ => {}
        }
        if let Some(first) = rules.first {
            match office.members.get(first) {
                None => rule(
                    "first",
                    format!(
                        "unknown state code \"{first}\": expected one of {}",
                        office.members.codes_list()
                    ),
                ),
                Some(m) if !m.is_member_on(rules.start) => rule(
                    "first",
                    format!(
                        "{first} is not a member on {}, the rotation's first day: the first turn must go to a member",
                        rules.start
                    ),
                ),
                Some(_) => {}
            }
        }
        if office.holder == HolderKind::State {
            if rules.reading != Reading::default() {
                rule(
                    "reading",
                    format!(
                        "reading \"{}\" applies only to a post a person holds: a state holds this one (leave it out)",
                        rules.reading
                    ),
                );
            }
            if rules.lag_days != 0 {
                rule(
                    "lag_days",
                    "a lag applies only to a post a person holds: a state holds this one (leave it out)"
                        .to_owned(),
                );
            }
            if rules.anchoring != Anchoring::default() {
                rule(
                    "anchoring",
                    "anchoring \"office\" applies only to a post a person holds: a state holds this one (leave it out)"
                        .to_owned(),
                );
            }
        }
        for (index, event) in self.events.iter().enumerate() {
            let found = self
                .check_event(event, office)
                .err()
                .or_else(|| self.contradiction(index, event));
            if let Some(message) = found {
                problems.push(Problem {
                    place: Place::Event(index),
                    message,
                });
            }
        }
        problems
    }

    /// Checks one event on its own.
    fn check_event(&self, event: &Event, office: &Office) -> Result<(), String> {
        if let Some(state) = event.state()
            && office.members.get(state).is_none()
        {
            return Err(format!(
                "unknown state code \"{state}\": expected one of {}",
                office.members.codes_list()
            ));
        }
        if office.holder == HolderKind::State && event.needs_a_person() {
            return Err(format!(
                "{event}: a {} applies only to a post a person holds, and a state holds this one",
                match event {
                    Event::Recall { .. } => "recall",
                    _ => "late appointment",
                }
            ));
        }
        check_date_range(event.date())?;
        match *event {
            Event::Recall { date }
            | Event::TakesOffice { date, .. }
            | Event::Forgo { date, .. }
                if date < self.rules.start =>
            {
                Err(format!(
                    "{event} is outside the rotation: it starts on {}, expected a date from then on",
                    self.rules.start
                ))
            }
            Event::Swap { date, with } => {
                check_date_range(with)?;
                if date == with {
                    Err(format!(
                        "{event} swaps a turn with itself: expected two different dates"
                    ))
                } else if date.min(with) < self.rules.start {
                    Err(format!(
                        "{event} is outside the rotation: it starts on {}, expected dates from then on",
                        self.rules.start
                    ))
                } else {
                    Ok(())
                }
            }
            Event::Suspend {
                to: Some(to), from, ..
            } => {
                check_date_range(to)?;
                if to <= from {
                    Err(format!(
                        "{event} ends before it begins: expected the end after {from}"
                    ))
                } else {
                    Ok(())
                }
            }
            _ => Ok(()),
        }
    }

    /// An earlier event that this one contradicts or repeats, as a message.
    fn contradiction(&self, index: usize, event: &Event) -> Option<String> {
        let earlier = self.events.get(..index)?;
        earlier.iter().enumerate().find_map(|(i, other)| {
            let same_state_same_day =
                event.state() == other.state() && event.date() == other.date();
            let clash = match (event, other) {
                _ if event == other => Some("repeats"),
                (Event::Join { .. }, Event::Withdraw { .. })
                | (Event::Withdraw { .. }, Event::Join { .. })
                    if same_state_same_day =>
                {
                    Some("contradicts")
                }
                (Event::TakesOffice { .. }, Event::TakesOffice { .. }) if same_state_same_day => {
                    Some("repeats")
                }
                (Event::Swap { date, with }, Event::Swap { date: d2, with: w2 })
                    if [*date, *with].iter().any(|d| d == d2 || d == w2) =>
                {
                    Some("swaps a turn already swapped by")
                }
                (
                    Event::Suspend {
                        state: a,
                        from: a_from,
                        to: a_to,
                    },
                    Event::Suspend {
                        state: b,
                        from: b_from,
                        to: b_to,
                    },
                ) if a == b
                    && a_to.is_none_or(|end| *b_from < end)
                    && b_to.is_none_or(|end| *a_from < end) =>
                {
                    Some("overlaps")
                }
                _ => None,
            };
            clash.map(|verb| format!("{event} {verb} event {} ({other})", i + 1))
        })
    }
}
