//! The rule set: the parameters of domain.md section 3, generalised in offices.md section 3, and
//! rule patches (an office's variants).

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;

use super::members::StateCode;
use super::order::Order;

/// What happens after an early vacancy (a recall, or the holder's state leaving).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Reading {
    /// An acting holder holds the post until the turn's scheduled end.
    #[default]
    ActingUntilTermEnd,
    /// A new nominee of the same state completes the turn.
    SameStateCompletes,
    /// The next state starts a full new turn; later turns move.
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

/// The parameters of the rotation. An office's rules as agreed are data; every scenario starts
/// from them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rules {
    pub start: NaiveDate,
    pub term_months: u32,
    pub order: Order,
    /// The state of the first turn; `None`: the first eligible member in order.
    pub first: Option<StateCode>,
    pub anchoring: Anchoring,
    pub reading: Reading,
    pub lag_days: u32,
    pub skip_suspended: bool,
}

impl Rules {
    /// Rules from `start`, `term_months` and `order`, every other parameter at its default:
    /// slot anchoring, an acting holder until the term's end, no lag, no skipping, no `first`.
    #[must_use]
    pub fn new(start: NaiveDate, term_months: u32, order: Order) -> Self {
        Self {
            start,
            term_months,
            order,
            first: None,
            anchoring: Anchoring::default(),
            reading: Reading::default(),
            lag_days: 0,
            skip_suspended: false,
        }
    }
}

impl Default for Rules {
    /// Neutral rules that belong to no office (1970-01-01, a year a turn, the first name set):
    /// every real scenario takes its office's rules as agreed instead.
    fn default() -> Self {
        Self::new(NaiveDate::default(), 12, Order::default())
    }
}

/// A change to some rule parameters: what an office's variant (a reading someone argued for, or
/// one a class should try) does to the rules.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct RulePatch {
    pub start: Option<NaiveDate>,
    pub term_months: Option<u32>,
    pub order: Option<Order>,
    /// `Some(None)` clears `first`.
    pub first: Option<Option<StateCode>>,
    pub anchoring: Option<Anchoring>,
    pub reading: Option<Reading>,
    pub lag_days: Option<u32>,
    pub skip_suspended: Option<bool>,
}

impl RulePatch {
    /// `rules` with this patch's parameters in place of theirs.
    #[must_use]
    pub fn apply(&self, rules: Rules) -> Rules {
        Rules {
            start: self.start.unwrap_or(rules.start),
            term_months: self.term_months.unwrap_or(rules.term_months),
            order: self.order.unwrap_or(rules.order),
            first: self.first.unwrap_or(rules.first),
            anchoring: self.anchoring.unwrap_or(rules.anchoring),
            reading: self.reading.unwrap_or(rules.reading),
            lag_days: self.lag_days.unwrap_or(rules.lag_days),
            skip_suspended: self.skip_suspended.unwrap_or(rules.skip_suspended),
        }
    }

    /// True when the patch changes nothing.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}
