//! The projection: the algorithm of domain.md section 4, from a scenario to holdings.

use std::fmt;

use chrono::NaiveDate;

use super::calendar::{add_days, add_months};
use super::members::{Members, StateCode};
use super::order;
use super::roster::Roster;
use super::rules::{Anchoring, Reading};
use super::scenario::{Event, Scenario};

/// Appointed for a turn, or an acting SG standing in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HoldingKind {
    Term,
    Acting,
}

impl HoldingKind {
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Term => "term",
            Self::Acting => "acting",
        }
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
    /// A nominee took office, ending an acting SG's stand-in.
    NomineeTookOffice,
}

impl Ending {
    #[must_use]
    pub fn describe(self) -> &'static str {
        match self {
            Self::TurnEnd => "the turn ended",
            Self::Recalled => "recalled",
            Self::StateLeft => "the holder's state left the organization",
            Self::NomineeTookOffice => "a nominee took office",
        }
    }
}

/// One continuous stretch in which one person holds the post, `[start, end)`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Holding {
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// Whose turn it is; `None` only for holdings before the rotation (Bordyuzha).
    pub turn: Option<StateCode>,
    /// The holder's state; for an acting SG, the deputy's state where documented.
    pub holder_state: Option<StateCode>,
    /// The documented name, or "Nominee of Belarus", or "Acting Secretary General".
    pub holder: String,
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
}

/// One state's turn, `[start, end)`: from the day it began to the day the next one began.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Turn {
    pub state: StateCode,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// Something in the scenario that is allowed but changes nothing, or stops the rotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub date: NaiveDate,
    pub message: String,
}

impl Warning {
    #[must_use]
    pub fn new(date: NaiveDate, message: String) -> Self {
        Self { date, message }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
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

/// A holding's default label before matching against the documented history.
fn label(members: &Members, kind: HoldingKind, state: StateCode) -> String {
    match kind {
        HoldingKind::Term => format!("Nominee of {}", members.name_en(state)),
        HoldingKind::Acting => "Acting Secretary General".to_owned(),
    }
}

struct Pending<T> {
    item: T,
    used: bool,
}

/// Computes the projection of `scenario` from its start until `until` (exclusive): every holding
/// that starts before `until`. The last one may run past it.
///
/// The scenario should have passed [`Scenario::problems`]; events naming unknown states are
/// ignored here rather than trusted.
///
/// ```
/// use rota::engine::{Members, Scenario, project};
/// # let members = rota::data::Catalog::bundled().map(|c| c.members).unwrap_or_default();
/// let until = chrono::NaiveDate::from_ymd_opt(2023, 1, 1).unwrap_or_default();
/// let projection = project(&Scenario::default(), &members, until);
/// let turns: Vec<String> = projection.turns.iter().map(|t| t.state.to_string()).collect();
/// assert_eq!(turns, ["ARM", "BLR"]);
/// ```
#[must_use]
pub fn project(scenario: &Scenario, members: &Members, until: NaiveDate) -> Projection {
    let rules = scenario.rules;
    let mut warnings = Vec::new();
    let roster = Roster::build(members, &scenario.events, &mut warnings);
    let cycle = order::cycle(members, rules.order);

    let mut recalls: Vec<Pending<NaiveDate>> = scenario
        .events
        .iter()
        .filter_map(|e| match *e {
            Event::Recall { date } => Some(Pending {
                item: date,
                used: false,
            }),
            _ => None,
        })
        .collect();
    recalls.sort_by_key(|p| p.item);
    let mut appointments: Vec<Pending<(StateCode, NaiveDate)>> = scenario
        .events
        .iter()
        .filter_map(|e| match *e {
            Event::TakesOffice { state, date } => Some(Pending {
                item: (state, date),
                used: false,
            }),
            _ => None,
        })
        .collect();
    appointments.sort_by_key(|p| p.item.1);

    let mut out = Builder {
        holdings: Vec::new(),
        members,
    };
    let mut turns = Vec::new();
    let mut t = rules.start;
    let mut previous: Option<StateCode> = None;
    let mut forced_end: Option<NaiveDate> = None;

    while t < until {
        let Some(state) = next_eligible(&cycle, previous, t, &roster, rules.skip_suspended) else {
            warnings.push(Warning::new(
                t,
                format!("the rotation stops on {t}: no member state is eligible for a turn"),
            ));
            break;
        };
        let mut end = forced_end
            .take()
            .unwrap_or_else(|| add_months(t, rules.term_months));
        // The turn's first nominee: on its first day, or later if a takes-office event says so.
        let mut appoint = t;
        if let Some(day) = take_office(&mut appointments, state, t, end) {
            appoint = day;
            if rules.anchoring == Anchoring::Office {
                end = add_months(day, rules.term_months);
            }
        }
        let mut pos = t;
        let next_start = loop {
            // An acting SG stands in on [pos, appoint); the state leaving first is a vacancy.
            let vacancy = if appoint > pos {
                match roster.first_absence(state, pos, add_days(appoint, 1)) {
                    Some(left) => {
                        out.push(pos, left, state, HoldingKind::Acting, Ending::StateLeft);
                        Some(left)
                    }
                    None => {
                        out.push(
                            pos,
                            appoint,
                            state,
                            HoldingKind::Acting,
                            Ending::NomineeTookOffice,
                        );
                        None
                    }
                }
            } else {
                None
            };
            let vacancy = match vacancy {
                Some(day) => day,
                None => {
                    let recall = recalls
                        .iter_mut()
                        .find(|r| !r.used && appoint < r.item && r.item < end);
                    let left = roster.first_absence(state, appoint, end);
                    let (day, ending) = match (recall, left) {
                        (Some(r), Some(l)) if l < r.item => (l, Ending::StateLeft),
                        (Some(r), _) => {
                            r.used = true;
                            (r.item, Ending::Recalled)
                        }
                        (None, Some(l)) => (l, Ending::StateLeft),
                        (None, None) => {
                            out.push(appoint, end, state, HoldingKind::Term, Ending::TurnEnd);
                            break end;
                        }
                    };
                    out.push(appoint, day, state, HoldingKind::Term, ending);
                    day
                }
            };
            // The reading decides what follows the vacancy.
            match rules.reading {
                Reading::ActingUntilTermEnd => {
                    out.push(vacancy, end, state, HoldingKind::Acting, Ending::TurnEnd);
                    break end;
                }
                Reading::SameStateCompletes => {
                    let nominee = take_office(&mut appointments, state, vacancy, end)
                        .unwrap_or_else(|| add_days(vacancy, rules.lag_days));
                    if nominee < end && roster.is_member(state, vacancy) {
                        pos = vacancy;
                        appoint = nominee;
                    } else {
                        // The state has left, or no nominee can arrive in time.
                        out.push(vacancy, end, state, HoldingKind::Acting, Ending::TurnEnd);
                        break end;
                    }
                }
                Reading::NextStateFullTerm | Reading::NextStateEarlyStart => {
                    // Never later than the turn's end: no vacancy lengthens a turn.
                    let next = add_days(vacancy, rules.lag_days).min(end);
                    out.push(vacancy, next, state, HoldingKind::Acting, Ending::TurnEnd);
                    if rules.reading == Reading::NextStateEarlyStart {
                        forced_end = Some(add_months(end, rules.term_months));
                    }
                    break next;
                }
            }
        };
        turns.push(Turn {
            state,
            start: t,
            end: next_start,
        });
        if next_start <= t {
            break; // only at the end of the calendar; keeps the loop finite
        }
        previous = Some(state);
        t = next_start;
    }

    let mut holdings = out.holdings;
    holdings.retain(|h| h.start < until);
    turns.retain(|turn| turn.start < until);
    let last_end = holdings.last().map_or(rules.start, |h| h.end);
    for recall in recalls.iter().filter(|r| !r.used) {
        let day = recall.item;
        let why = if day < rules.start {
            format!("the rotation only starts on {}", rules.start)
        } else if day >= last_end {
            format!("it falls after the end of the projection ({last_end})")
        } else {
            match holding_on(&holdings, day) {
                Some(h) if h.kind == HoldingKind::Acting => {
                    "an acting Secretary General holds the post that day".to_owned()
                }
                Some(h) if h.start == day => {
                    "the appointed holder only takes office that day".to_owned()
                }
                _ => "no appointed holder is in office that day".to_owned(),
            }
        };
        warnings.push(Warning::new(
            day,
            format!("recall {day} changes nothing: {why}"),
        ));
    }
    for pending in appointments.iter().filter(|a| !a.used) {
        let (state, day) = pending.item;
        let name = members.name_en(state);
        let why = match holding_on(&holdings, day) {
            _ if day >= last_end => {
                format!("it falls after the end of the projection ({last_end})")
            }
            Some(h) if h.turn != Some(state) => format!(
                "on {day} it is {}'s turn, not {name}'s",
                h.turn
                    .map_or_else(|| "nobody".to_owned(), |s| members.name_en(s))
            ),
            Some(h) if h.start == day => format!("{name}'s nominee takes office that day anyway"),
            _ => format!("{name}'s nominee is already in office on {day}"),
        };
        warnings.push(Warning::new(
            day,
            format!("takes-office {state}@{day} changes nothing: {why}"),
        ));
    }
    warnings.sort_by_key(|w| w.date);
    Projection {
        holdings,
        turns,
        warnings,
    }
}

/// The first state after `previous` in the cycle that is eligible on `day`.
fn next_eligible(
    cycle: &[StateCode],
    previous: Option<StateCode>,
    day: NaiveDate,
    roster: &Roster,
    skip_suspended: bool,
) -> Option<StateCode> {
    let first = previous
        .and_then(|p| cycle.iter().position(|c| *c == p))
        .map_or(0, |i| i + 1);
    (0..cycle.len())
        .filter_map(|k| cycle.get((first + k) % cycle.len()).copied())
        .find(|&code| {
            roster.is_member(code, day) && !(skip_suspended && roster.is_suspended(code, day))
        })
}

/// Takes the first unused takes-office event of `state` dated strictly inside `(after, before)`.
fn take_office(
    appointments: &mut [Pending<(StateCode, NaiveDate)>],
    state: StateCode,
    after: NaiveDate,
    before: NaiveDate,
) -> Option<NaiveDate> {
    let found = appointments
        .iter_mut()
        .find(|a| !a.used && a.item.0 == state && after < a.item.1 && a.item.1 < before)?;
    found.used = true;
    Some(found.item.1)
}

struct Builder<'a> {
    holdings: Vec<Holding>,
    members: &'a Members,
}

impl Builder<'_> {
    /// Appends `[start, end)`; empty stretches are dropped and an acting SG who goes on standing in
    /// extends the previous acting holding rather than starting a new one.
    fn push(
        &mut self,
        start: NaiveDate,
        end: NaiveDate,
        turn: StateCode,
        kind: HoldingKind,
        ending: Ending,
    ) {
        if end <= start {
            return;
        }
        if let Some(last) = self.holdings.last_mut()
            && kind == HoldingKind::Acting
            && last.kind == HoldingKind::Acting
            && last.turn == Some(turn)
            && last.end == start
        {
            last.end = end;
            last.ending = ending;
            return;
        }
        self.holdings.push(Holding {
            start,
            end,
            turn: Some(turn),
            holder_state: (kind == HoldingKind::Term).then_some(turn),
            holder: label(self.members, kind, turn),
            kind,
            ending,
            documented: None,
        });
    }
}

/// Gives projected holdings the names and states of the documented holdings they match: same
/// start, same turn, same kind, and (for appointed holders) the same state.
pub fn match_history(holdings: &mut [Holding], documented: &[Holding]) {
    for h in holdings.iter_mut() {
        let found = documented.iter().enumerate().find(|(_, d)| {
            d.start == h.start
                && d.turn == h.turn
                && d.kind == h.kind
                && (h.kind == HoldingKind::Acting || d.holder_state == h.holder_state)
        });
        if let Some((i, d)) = found {
            h.holder.clone_from(&d.holder);
            h.holder_state = d.holder_state;
            h.documented = Some(i);
        }
    }
}
