//! The record's pieces: documented holdings, dated moments and the questions they answer, and the
//! sources and verbatim quotes every fact cites.

use chrono::NaiveDate;
use serde::Deserialize;

use crate::engine::{Holding, StateCode};

/// A verbatim passage of a seed document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// The seed's file name in `seeds/`.
    pub seed: String,
    pub text: String,
}

/// A source: an outlet, a date and addresses, or a seed document (by file name).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub label: String,
    #[serde(default)]
    pub urls: Vec<String>,
    #[serde(default)]
    pub seed: bool,
}

/// A documented holding of the post, with its sources.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentedHolding {
    /// The person (or, for a state office, the representative who presided), if documented.
    pub person: Option<String>,
    /// Other spellings found in sources (Tasmaghambetov, Zass).
    pub variants: Vec<String>,
    pub holding: Holding,
    /// The states of a joint holding.
    pub states: Vec<StateCode>,
    /// True when `holding.end` is scheduled rather than past.
    pub scheduled: bool,
    /// True when the holding is still running and no end is documented (`holding.end` is then
    /// the office's horizon).
    pub open: bool,
    pub how_it_ended: String,
    pub sources: Vec<String>,
    pub quotes: Vec<Quote>,
}

/// What question about the rotation a moment answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    CutShort,
    Refused,
    GivenUp,
    Swapped,
    Order,
}

impl Question {
    pub const ALL: [Self; 5] = [
        Self::CutShort,
        Self::Refused,
        Self::GivenUp,
        Self::Swapped,
        Self::Order,
    ];

    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::CutShort => "cut-short",
            Self::Refused => "refused",
            Self::GivenUp => "given-up",
            Self::Swapped => "swapped",
            Self::Order => "order",
        }
    }

    /// The question in words: "a turn cut short".
    #[must_use]
    pub fn describe(self) -> &'static str {
        match self {
            Self::CutShort => "a turn cut short",
            Self::Refused => "a turn refused",
            Self::GivenUp => "a turn given up",
            Self::Swapped => "turns swapped",
            Self::Order => "an order other than the rule's",
        }
    }
}

/// A dated moment of the record, with its sources: what the window says when the cursor lands on
/// its day, and (with a question) one of the answers the offices' comparison sets side by side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moment {
    pub id: String,
    pub date: NaiveDate,
    /// A second date, for moments over several days or dated twice.
    pub until: Option<NaiveDate>,
    pub title: String,
    pub detail: String,
    pub sources: Vec<String>,
    pub quotes: Vec<Quote>,
    pub question: Option<Question>,
    /// What the organisation did, in one sentence.
    pub answer: String,
    /// The readings (indexes into the catalog's readings) that show the answer or its alternative.
    pub lanes: Vec<usize>,
}
