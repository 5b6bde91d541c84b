//! What a projection is made of: holdings, turns, how a holding is held and how it ended.

use chrono::NaiveDate;

use crate::engine::members::StateCode;
use crate::engine::warning::Warning;

/// How a stretch of the post is held.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HoldingKind {
    /// Appointed for a turn (a person), or presiding (a state).
    Term,
    /// An acting holder standing in.
    Acting,
    /// Nobody holds the post (a state office whose state left mid-turn; a disputed stretch of a
    /// record).
    Vacant,
    /// Several states hold it together (only in a record).
    Joint,
}

impl HoldingKind {
    pub const ALL: [Self; 4] = [Self::Term, Self::Acting, Self::Vacant, Self::Joint];

    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Term => "term",
            Self::Acting => "acting",
            Self::Vacant => "vacant",
            Self::Joint => "joint",
        }
    }
}

impl std::str::FromStr for HoldingKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|k| k.name() == s)
            .ok_or_else(|| format!("unknown kind \"{s}\": expected term, acting, vacant or joint"))
    }
}

/// How a holding came to an end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ending {
    /// The turn ended (as scheduled, or where the reading ended it).
    TurnEnd,
    /// The appointed holder was recalled.
    Recalled,
    /// The holder's state left the organization.
    StateLeft,
    /// A nominee took office, ending an acting holder's stand-in.
    NomineeTookOffice,
}

impl Ending {
    pub const ALL: [Self; 4] = [
        Self::TurnEnd,
        Self::Recalled,
        Self::StateLeft,
        Self::NomineeTookOffice,
    ];

    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::TurnEnd => "turn-end",
            Self::Recalled => "recalled",
            Self::StateLeft => "state-left",
            Self::NomineeTookOffice => "nominee-took-office",
        }
    }
}

impl std::str::FromStr for Ending {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|e| e.name() == s).ok_or_else(|| {
            format!(
                "unknown ending \"{s}\": expected turn-end, recalled, state-left or nominee-took-office"
            )
        })
    }
}

/// One continuous stretch in which one holder holds the post, `[start, end)`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Holding {
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// Whose turn it is; `None` only for holdings before the rotation.
    pub turn: Option<StateCode>,
    /// The holder's state; for an acting holder, the deputy's state where documented; `None`
    /// for a vacant or joint holding.
    pub holder_state: Option<StateCode>,
    /// The documented person (or presiding representative), when the holding matches the
    /// record; `None` otherwise (`crate::words::holder` names it then: "Nominee of Belarus").
    pub person: Option<String>,
    pub kind: HoldingKind,
    pub ending: Ending,
    /// Index of the documented holding this one matches, if any.
    pub documented: Option<usize>,
}

impl Holding {
    #[must_use]
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day < self.end
    }

    /// The last day in office (the day before `end`).
    #[must_use]
    pub fn last_day(&self) -> NaiveDate {
        self.end.pred_opt().unwrap_or(self.end)
    }

    /// The days on which the appointed holder of this holding can be recalled: strictly after
    /// they took office, up to their last day. `None` for a holding no recall can end.
    #[must_use]
    pub fn recall_window(&self) -> Option<(NaiveDate, NaiveDate)> {
        let first = self.start.succ_opt()?;
        (self.kind == HoldingKind::Term && first < self.end).then(|| (first, self.last_day()))
    }
}

/// One state's turn, `[start, end)`: from the day it began to the day the next one began.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Turn {
    pub state: StateCode,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// What a scenario yields: holdings that cover every day from the rules' start to `until` exactly
/// once (unless a warning says the rotation stopped), the turns, and warnings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Projection {
    pub holdings: Vec<Holding>,
    pub turns: Vec<Turn>,
    pub warnings: Vec<Warning>,
}

impl Projection {
    /// The holding in office on `day`, if the projection covers it.
    #[must_use]
    pub fn holding_on(&self, day: NaiveDate) -> Option<&Holding> {
        holding_on(&self.holdings, day)
    }
}

/// The holding of `holdings` (sorted by start) in office on `day`.
#[must_use]
pub fn holding_on(holdings: &[Holding], day: NaiveDate) -> Option<&Holding> {
    let i = holdings.partition_point(|h| h.start <= day);
    holdings.get(i.checked_sub(1)?).filter(|h| h.contains(day))
}

/// Gives projected holdings the names and states of the documented holdings they match: same
/// start, same turn, same kind, and (for appointed holders) the same state.
pub fn match_history(holdings: &mut [Holding], documented: &[Holding]) {
    for h in holdings.iter_mut() {
        let found = documented.iter().enumerate().find(|(_, d)| {
            d.start == h.start
                && d.turn == h.turn
                && d.kind == h.kind
                && (h.kind != HoldingKind::Term || d.holder_state == h.holder_state)
        });
        if let Some((i, d)) = found {
            h.person.clone_from(&d.person);
            h.holder_state = d.holder_state;
            h.documented = Some(i);
        }
    }
}
