//! A scenario: a rule set plus dated events, with the checks every scenario must pass.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use super::members::{Members, StateCode};
use super::rules::{MAX_LAG_DAYS, MAX_TERM_MONTHS, Rules};

/// Something that happened (or, in a what-if, happens) to the post or to the membership.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Event {
    /// The state's nominee took office on this day, later than its turn began.
    TakesOffice { state: StateCode, date: NaiveDate },
    /// The appointed holder in office is recalled on this day.
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
}

impl Event {
    /// The day the event happens (a suspension's first day).
    #[must_use]
    pub fn date(&self) -> NaiveDate {
        match *self {
            Self::TakesOffice { date, .. }
            | Self::Recall { date }
            | Self::Join { date, .. }
            | Self::Withdraw { date, .. } => date,
            Self::Suspend { from, .. } => from,
        }
    }

    /// The state the event concerns, if any.
    #[must_use]
    pub fn state(&self) -> Option<StateCode> {
        match *self {
            Self::Recall { .. } => None,
            Self::TakesOffice { state, .. }
            | Self::Join { state, .. }
            | Self::Withdraw { state, .. }
            | Self::Suspend { state, .. } => Some(state),
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
        }
    }
}

impl fmt::Display for Event {
    /// The command-line spelling: `recall 2018-11-02`, `takes-office ARM@2017-05-02`,
    /// `suspend ARM@2024-02-22..`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::Recall { date } => write!(f, "recall {date}"),
            Self::TakesOffice { state, date }
            | Self::Join { state, date }
            | Self::Withdraw { state, date } => write!(f, "{} {state}@{date}", self.kind_name()),
            Self::Suspend { state, from, to } => match to {
                Some(to) => write!(f, "suspend {state}@{from}..{to}"),
                None => write!(f, "suspend {state}@{from}.."),
            },
        }
    }
}

/// A rule set plus events, with a name and a description.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Scenario {
    pub name: String,
    pub description: String,
    pub rules: Rules,
    pub events: Vec<Event>,
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

/// The earliest and latest years a date in a scenario may have. The treaty dates from 1992; the
/// upper bound leaves room for 1,000-year projections while keeping every sum of dates in range.
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
    /// sound. Warnings (things that are allowed but change nothing) come from the projection.
    #[must_use]
    pub fn problems(&self, members: &Members) -> Vec<Problem> {
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
        for (index, event) in self.events.iter().enumerate() {
            if let Err(message) = self.check_event(event, members) {
                problems.push(Problem {
                    place: Place::Event(index),
                    message,
                });
            } else if let Some(message) = self.contradiction(index, event) {
                problems.push(Problem {
                    place: Place::Event(index),
                    message,
                });
            }
        }
        problems
    }

    /// Checks one event on its own.
    fn check_event(&self, event: &Event, members: &Members) -> Result<(), String> {
        if let Some(state) = event.state()
            && members.get(state).is_none()
        {
            return Err(format!(
                "unknown state code \"{state}\": expected one of {}",
                members.codes_list()
            ));
        }
        check_date_range(event.date())?;
        match *event {
            Event::Recall { date } | Event::TakesOffice { date, .. } if date < self.rules.start => {
                Err(format!(
                    "{event} is outside the rotation: it starts on {}, expected a date from then on",
                    self.rules.start
                ))
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
