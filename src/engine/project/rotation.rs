//! The rotation itself, step by step (domain.md section 4): turns and holdings from the rules'
//! start, with the scenario's recalls, appointments and forgone turns.

use chrono::NaiveDate;

use super::{Ending, Holding, HoldingKind, Projection, Turn, holding_on};
use crate::engine::calendar::{add_days, add_months};
use crate::engine::members::StateCode;
use crate::engine::office::{HolderKind, Office};
use crate::engine::roster::Roster;
use crate::engine::rules::{Anchoring, Reading};
use crate::engine::scenario::{Event, Scenario};
use crate::engine::warning::{RecallIgnored, TakesOfficeIgnored, Warning};

struct Pending<T> {
    item: T,
    used: bool,
}

/// The events of one kind, sorted by day, each usable once.
fn pending<T: Copy>(events: &[Event], pick: impl Fn(&Event) -> Option<T>) -> Vec<Pending<T>> {
    events
        .iter()
        .filter_map(|e| pick(e).map(|item| Pending { item, used: false }))
        .collect()
}

/// The rotation itself: turns from the rules' start until `until`, the states of the turns that
/// start on the days of `overrides` replaced (swaps), warnings about unused events added.
#[expect(
    clippy::too_many_lines,
    reason = "domain.md section 4 step by step reads best as one loop"
)]
pub(super) fn run(
    scenario: &Scenario,
    office: &Office,
    roster: &Roster,
    until: NaiveDate,
    overrides: &[(NaiveDate, StateCode)],
    warnings: &mut Vec<Warning>,
) -> Projection {
    let rules = scenario.rules;
    let cycle = office.cycle(rules.order);
    let standin = match office.holder {
        HolderKind::Person => HoldingKind::Acting,
        HolderKind::State => HoldingKind::Vacant,
    };
    let mut recalls = pending(&scenario.events, |e| match *e {
        Event::Recall { date } => Some(date),
        _ => None,
    });
    recalls.sort_by_key(|p| p.item);
    let mut appointments = pending(&scenario.events, |e| match *e {
        Event::TakesOffice { state, date } => Some((state, date)),
        _ => None,
    });
    appointments.sort_by_key(|p| p.item.1);
    let mut forgone = pending(&scenario.events, |e| match *e {
        Event::Forgo { state, date } => Some((state, date)),
        _ => None,
    });

    let mut out = Builder {
        holdings: Vec::new(),
        standin,
    };
    let mut turns = Vec::new();
    let mut t = rules.start;
    let mut previous: Option<StateCode> = None;
    let mut forced_end: Option<NaiveDate> = None;

    while t < until {
        let eligible = |code: StateCode| {
            roster.is_member(code, t) && !(rules.skip_suspended && roster.is_suspended(code, t))
        };
        let first = rules.first.filter(|f| previous.is_none() && eligible(*f));
        let Some(mut natural) = first.or_else(|| next_eligible(cycle, previous, &eligible)) else {
            warnings.push(Warning::RotationStops { date: t });
            break;
        };
        // A state that gives up this turn passes it to the next eligible state after it.
        while let Some(f) = forgone
            .iter_mut()
            .find(|f| !f.used && f.item == (natural, t))
        {
            f.used = true;
            match next_eligible(cycle, Some(natural), &eligible) {
                Some(next) => natural = next,
                None => break,
            }
        }
        let state = overrides
            .iter()
            .rev()
            .find(|(d, _)| *d == t)
            .map_or(natural, |(_, s)| *s);
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
            // An acting holder stands in on [pos, appoint); the state leaving first is a vacancy.
            let vacancy = if appoint > pos {
                if let Some(left) = roster.first_absence(state, pos, add_days(appoint, 1)) {
                    out.push(pos, left, state, standin, Ending::StateLeft);
                    Some(left)
                } else {
                    out.push(pos, appoint, state, standin, Ending::NomineeTookOffice);
                    None
                }
            } else {
                None
            };
            let vacancy = if let Some(day) = vacancy {
                day
            } else {
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
            };
            // The reading decides what follows the vacancy.
            match rules.reading {
                Reading::ActingUntilTermEnd => {
                    out.push(vacancy, end, state, standin, Ending::TurnEnd);
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
                        out.push(vacancy, end, state, standin, Ending::TurnEnd);
                        break end;
                    }
                }
                Reading::NextStateFullTerm | Reading::NextStateEarlyStart => {
                    // Never later than the turn's end: no vacancy lengthens a turn.
                    let next = add_days(vacancy, rules.lag_days).min(end);
                    out.push(vacancy, next, state, standin, Ending::TurnEnd);
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
        // Who comes next is computed from the state the rule gave this turn, swapped or not.
        previous = Some(natural);
        t = next_start;
    }

    let mut holdings = out.holdings;
    holdings.retain(|h| h.start < until);
    turns.retain(|turn| turn.start < until);
    let last_end = holdings.last().map_or(rules.start, |h| h.end);
    for recall in recalls.iter().filter(|r| !r.used) {
        let date = recall.item;
        let why = if date < rules.start {
            RecallIgnored::BeforeStart { start: rules.start }
        } else if date >= last_end {
            RecallIgnored::AfterEnd { end: last_end }
        } else {
            match holding_on(&holdings, date) {
                Some(h) if h.kind == HoldingKind::Acting => RecallIgnored::ActingHolds,
                Some(h) if h.start == date => RecallIgnored::TakesOfficeThatDay,
                _ => RecallIgnored::NoAppointedHolder,
            }
        };
        warnings.push(Warning::Recall { date, why });
    }
    for pending in appointments.iter().filter(|a| !a.used) {
        let (state, date) = pending.item;
        let why = match holding_on(&holdings, date) {
            _ if date >= last_end => TakesOfficeIgnored::AfterEnd { end: last_end },
            Some(h) if h.turn != Some(state) => TakesOfficeIgnored::OtherTurn { turn: h.turn },
            Some(h) if h.start == date => TakesOfficeIgnored::ThatDayAnyway,
            _ => TakesOfficeIgnored::AlreadyInOffice,
        };
        warnings.push(Warning::TakesOffice { state, date, why });
    }
    for f in forgone.iter().filter(|f| !f.used) {
        let (state, date) = f.item;
        if date < until {
            warnings.push(Warning::Forgo { state, date });
        }
    }
    Projection {
        holdings,
        turns,
        warnings: Vec::new(),
    }
}

/// The first state after `previous` in the cycle that is eligible (the first in the cycle when
/// there is no previous state).
fn next_eligible(
    cycle: &[StateCode],
    previous: Option<StateCode>,
    eligible: &impl Fn(StateCode) -> bool,
) -> Option<StateCode> {
    let first = previous
        .and_then(|p| cycle.iter().position(|c| *c == p))
        .map_or(0, |i| i + 1);
    (0..cycle.len())
        .filter_map(|k| cycle.get((first + k) % cycle.len()).copied())
        .find(|&code| eligible(code))
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

struct Builder {
    holdings: Vec<Holding>,
    /// What stands in when nobody appointed holds the post: an acting holder (a person office) or
    /// a vacancy (a state office).
    standin: HoldingKind,
}

impl Builder {
    /// Appends `[start, end)`; empty stretches are dropped and a stand-in who goes on standing in
    /// extends the previous stand-in holding rather than starting a new one.
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
            && kind == self.standin
            && last.kind == self.standin
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
            person: None,
            kind,
            ending,
            documented: None,
        });
    }
}
