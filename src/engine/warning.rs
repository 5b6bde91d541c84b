//! Warnings: what a scenario asks for that is allowed but changes nothing, or that stops the
//! rotation. Structured values; `crate::words` says them in sentences with the office's words.

use chrono::NaiveDate;

use super::members::StateCode;
use super::scenario::Event;

/// Why a recall changes nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecallIgnored {
    /// It falls before the rotation's first day.
    BeforeStart { start: NaiveDate },
    /// It falls after the projection's last holding ends.
    AfterEnd { end: NaiveDate },
    /// An acting holder holds the post that day.
    ActingHolds,
    /// The appointed holder only takes office that day.
    TakesOfficeThatDay,
    /// Nobody holds the post by appointment that day.
    NoAppointedHolder,
}

/// Why a late appointment changes nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TakesOfficeIgnored {
    AfterEnd {
        end: NaiveDate,
    },
    /// On that day it is another state's turn (or nobody's).
    OtherTurn {
        turn: Option<StateCode>,
    },
    /// The state's turn starts that day anyway.
    ThatDayAnyway,
    /// The state's nominee is already in office that day.
    AlreadyInOffice,
}

/// Something in a scenario that is allowed but changes nothing, or that stops the rotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// No member is eligible for a turn on this day: the projection ends there.
    RotationStops {
        date: NaiveDate,
    },
    Recall {
        date: NaiveDate,
        why: RecallIgnored,
    },
    TakesOffice {
        state: StateCode,
        date: NaiveDate,
        why: TakesOfficeIgnored,
    },
    /// A join of a state that is already a member (`already: true`), or a withdrawal of one that
    /// is not.
    Membership {
        event: Event,
        state: StateCode,
        date: NaiveDate,
        already: bool,
    },
    /// No turn of the state starts on the day it would give up.
    Forgo {
        state: StateCode,
        date: NaiveDate,
    },
    /// No turn starts on `missing`, one of the swap's two days.
    SwapNoTurn {
        date: NaiveDate,
        with: NaiveDate,
        missing: NaiveDate,
    },
    /// A swapped state is not eligible on the other turn's first day.
    SwapNotEligible {
        date: NaiveDate,
        with: NaiveDate,
        state: StateCode,
        on: NaiveDate,
    },
}

impl Warning {
    /// The day the warning is about.
    #[must_use]
    pub fn date(&self) -> NaiveDate {
        match *self {
            Self::RotationStops { date }
            | Self::Recall { date, .. }
            | Self::TakesOffice { date, .. }
            | Self::Membership { date, .. }
            | Self::Forgo { date, .. }
            | Self::SwapNoTurn { date, .. }
            | Self::SwapNotEligible { date, .. } => date,
        }
    }
}
