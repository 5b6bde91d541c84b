//! The rule set: parameters of domain.md section 3, and the four readings of an early vacancy.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;

use super::order::Order;

/// What happens after an early vacancy (a recall, or the holder's state leaving).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Reading {
    /// An acting SG holds the post until the turn's scheduled end (what actually happened).
    #[default]
    ActingUntilTermEnd,
    /// A new nominee of the same state completes the turn (Armenia's reading).
    SameStateCompletes,
    /// The next state starts a full new turn; later turns move (Kazakhstan's and Belarus's reading).
    NextStateFullTerm,
    /// The next state starts early and still ends on schedule; later turns keep their dates.
    NextStateEarlyStart,
}

impl Reading {
    pub const ALL: [Self; 4] = [
        Self::ActingUntilTermEnd,
        Self::SameStateCompletes,
        Self::NextStateFullTerm,
        Self::NextStateEarlyStart,
    ];

    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::ActingUntilTermEnd => "acting-until-term-end",
            Self::SameStateCompletes => "same-state-completes",
            Self::NextStateFullTerm => "next-state-full-term",
            Self::NextStateEarlyStart => "next-state-early-start",
        }
    }
}

impl fmt::Display for Reading {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Reading {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|r| r.name() == s).ok_or_else(|| {
            format!(
                "unknown reading \"{s}\": expected acting-until-term-end, same-state-completes, \
                 next-state-full-term or next-state-early-start"
            )
        })
    }
}

/// What a late appointment does to the end of the turn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Anchoring {
    /// The turn keeps its scheduled end.
    #[default]
    Slot,
    /// The turn runs a full term from the day the nominee takes office; later turns move.
    Office,
}

impl Anchoring {
    pub const ALL: [Self; 2] = [Self::Slot, Self::Office];

    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Slot => "slot",
            Self::Office => "office",
        }
    }
}

impl fmt::Display for Anchoring {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Anchoring {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|a| a.name() == s)
            .ok_or_else(|| format!("unknown anchoring \"{s}\": expected slot or office"))
    }
}

/// The longest term a rule set may have (100 years): keeps projections finite and meaningful.
pub const MAX_TERM_MONTHS: u32 = 1200;
/// The longest lag a rule set may have (about 30 years).
pub const MAX_LAG_DAYS: u32 = 11_000;

/// The parameters of the rotation (domain.md section 3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rules {
    pub start: NaiveDate,
    pub term_months: u32,
    pub order: Order,
    pub anchoring: Anchoring,
    pub reading: Reading,
    pub lag_days: u32,
    pub skip_suspended: bool,
}

impl Rules {
    /// The day the rotation agreed in 2015 began.
    #[must_use]
    pub fn rotation_start() -> NaiveDate {
        NaiveDate::from_ymd_opt(2017, 1, 1).unwrap_or_default()
    }
}

impl Default for Rules {
    /// The principle as practised: from 2017-01-01, 36 months, Russian order, slot anchoring,
    /// an acting SG until the term's end, no lag, suspensions not skipped.
    fn default() -> Self {
        Self {
            start: Self::rotation_start(),
            term_months: 36,
            order: Order::Ru,
            anchoring: Anchoring::Slot,
            reading: Reading::ActingUntilTermEnd,
            lag_days: 0,
            skip_suspended: false,
        }
    }
}
