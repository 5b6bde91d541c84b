//! Rules and events as scenario files and office files write them: text until checked against an
//! office, then the engine's values; and back to text.

use serde::{Deserialize, Serialize};

use super::limits::quoted;
use super::scenario_file::parse_date;
use crate::engine::{Event, Office, RulePatch, Rules, StateCode};

/// Rule parameters as written: each may be left out (a scenario takes its office's rules as
/// agreed; a variant changes only those it names).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(rename = "Rules", default, deny_unknown_fields)]
pub struct RulesFile {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub term_months: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anchoring: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reading: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lag_days: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip_suspended: Option<bool>,
}

/// `parse(text)`; when it fails, its message quotes at most
/// [`super::limits::MAX_QUOTED_CHARS`] of `text`: the text is read whole, then, for the message
/// only, clipped (clipped text ends in "…", which nothing valid does).
fn quoting<T>(text: &str, parse: impl Fn(&str) -> Result<T, String>) -> Result<T, String> {
    parse(text).or_else(|_| parse(&quoted(text)))
}

/// A state code of `office`'s members.
///
/// # Errors
/// A message naming the text and the codes the office knows.
pub fn parse_state(text: &str, office: &Office) -> Result<StateCode, String> {
    StateCode::parse(text)
        .filter(|c| office.members.get(*c).is_some())
        .ok_or_else(|| {
            format!(
                "unknown state code \"{}\": expected one of {}",
                quoted(text),
                office.members.codes_list()
            )
        })
}

impl RulesFile {
    /// The parameters written here, checked against `office`, and a problem (with the field's
    /// name) for each that cannot be read.
    #[must_use]
    pub fn patch(&self, office: &Office) -> (RulePatch, Vec<(&'static str, String)>) {
        let mut problems = Vec::new();
        let mut read = |name: &'static str, result: Result<(), String>| {
            if let Err(message) = result {
                problems.push((name, message));
            }
        };
        let mut patch = RulePatch {
            term_months: self.term_months,
            lag_days: self.lag_days,
            skip_suspended: self.skip_suspended,
            ..RulePatch::default()
        };
        if let Some(text) = &self.start {
            read("start", parse_date(text).map(|d| patch.start = Some(d)));
        }
        if let Some(text) = &self.order {
            read(
                "order",
                quoting(text, |t| office.parse_order(t)).map(|o| patch.order = Some(o)),
            );
        }
        if let Some(text) = &self.first {
            read(
                "first",
                parse_state(text, office).map(|s| patch.first = Some(Some(s))),
            );
        }
        if let Some(text) = &self.anchoring {
            let anchoring = quoting(text, str::parse);
            read("anchoring", anchoring.map(|a| patch.anchoring = Some(a)));
        }
        if let Some(text) = &self.reading {
            let reading = quoting(text, str::parse);
            read("reading", reading.map(|r| patch.reading = Some(r)));
        }
        (patch, problems)
    }

    /// Every parameter of `rules`, written out (a scenario file says what it assumes).
    #[must_use]
    pub fn from_rules(rules: &Rules, office: &Office) -> Self {
        Self {
            start: Some(rules.start.to_string()),
            term_months: Some(rules.term_months),
            order: Some(office.order_key(rules.order).to_owned()),
            first: rules.first.map(|s| s.to_string()),
            anchoring: Some(rules.anchoring.name().to_owned()),
            reading: Some(rules.reading.name().to_owned()),
            lag_days: Some(rules.lag_days),
            skip_suspended: Some(rules.skip_suspended),
        }
    }
}

/// An event as written; states and dates stay text until they are checked. An office's
/// documented events cite their sources.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename = "Event", deny_unknown_fields)]
pub enum EventFile {
    TakesOffice {
        state: String,
        date: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        sources: Vec<String>,
    },
    Recall {
        date: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        sources: Vec<String>,
    },
    Join {
        state: String,
        date: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        sources: Vec<String>,
    },
    Withdraw {
        state: String,
        date: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        sources: Vec<String>,
    },
    Suspend {
        state: String,
        from: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        to: Option<String>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        sources: Vec<String>,
    },
    Forgo {
        state: String,
        date: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        sources: Vec<String>,
    },
    Swap {
        date: String,
        with: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        sources: Vec<String>,
    },
}

impl EventFile {
    /// The event, checked against `office`'s members.
    ///
    /// # Errors
    /// The first state or date that cannot be read, in words.
    pub fn to_event(&self, office: &Office) -> Result<Event, String> {
        let state = |s: &str| parse_state(s, office);
        Ok(match self {
            Self::TakesOffice { state: s, date, .. } => Event::TakesOffice {
                state: state(s)?,
                date: parse_date(date)?,
            },
            Self::Recall { date, .. } => Event::Recall {
                date: parse_date(date)?,
            },
            Self::Join { state: s, date, .. } => Event::Join {
                state: state(s)?,
                date: parse_date(date)?,
            },
            Self::Withdraw { state: s, date, .. } => Event::Withdraw {
                state: state(s)?,
                date: parse_date(date)?,
            },
            Self::Suspend {
                state: s, from, to, ..
            } => Event::Suspend {
                state: state(s)?,
                from: parse_date(from)?,
                to: to.as_deref().map(parse_date).transpose()?,
            },
            Self::Forgo { state: s, date, .. } => Event::Forgo {
                state: state(s)?,
                date: parse_date(date)?,
            },
            Self::Swap { date, with, .. } => Event::Swap {
                date: parse_date(date)?,
                with: parse_date(with)?,
            },
        })
    }

    /// The sources the event cites.
    #[must_use]
    pub fn sources(&self) -> &[String] {
        match self {
            Self::TakesOffice { sources, .. }
            | Self::Recall { sources, .. }
            | Self::Join { sources, .. }
            | Self::Withdraw { sources, .. }
            | Self::Suspend { sources, .. }
            | Self::Forgo { sources, .. }
            | Self::Swap { sources, .. } => sources,
        }
    }

    /// An engine event as written in a file.
    #[must_use]
    pub fn from_event(event: &Event) -> Self {
        let sources = Vec::new();
        match *event {
            Event::TakesOffice { state, date } => Self::TakesOffice {
                state: state.to_string(),
                date: date.to_string(),
                sources,
            },
            Event::Recall { date } => Self::Recall {
                date: date.to_string(),
                sources,
            },
            Event::Join { state, date } => Self::Join {
                state: state.to_string(),
                date: date.to_string(),
                sources,
            },
            Event::Withdraw { state, date } => Self::Withdraw {
                state: state.to_string(),
                date: date.to_string(),
                sources,
            },
            Event::Suspend { state, from, to } => Self::Suspend {
                state: state.to_string(),
                from: from.to_string(),
                to: to.map(|d| d.to_string()),
                sources,
            },
            Event::Forgo { state, date } => Self::Forgo {
                state: state.to_string(),
                date: date.to_string(),
                sources,
            },
            Event::Swap { date, with } => Self::Swap {
                date: date.to_string(),
                with: with.to_string(),
                sources,
            },
        }
    }
}
