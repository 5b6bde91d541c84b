//! The projection: the algorithm of domain.md section 4, generalised in offices.md section 3, from
//! a scenario to holdings.

use chrono::NaiveDate;

use super::calendar::{add_days, add_months};
use super::members::StateCode;
use super::office::{HolderKind, Office};
use super::roster::Roster;
use super::rules::{Anchoring, Reading};
use super::scenario::{Event, Scenario};
use super::warning::{RecallIgnored, TakesOfficeIgnored, Warning};

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

/// Computes the projection of `scenario` for `office` from its start until `until` (exclusive):
/// every holding that starts before `until`. The last one may run past it.
///
/// The scenario should have passed [`Scenario::problems`]; events naming unknown states are
/// ignored here rather than trusted.
///
/// ```
/// use chrono::NaiveDate;
/// use rota::engine::{HolderKind, Member, Members, NameSet, Office, Order, Period, Rules, Scenario, StateCode, project};
/// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
/// let member = |code, name: &str| Member {
///     code: StateCode::parse(code).unwrap_or_else(|| unreachable!()),
///     names: vec![name.to_owned()],
///     membership: vec![Period::new(day(2000, 1, 1), None)],
///     suspensions: vec![],
/// };
/// let members = Members::new(vec![member("BRA", "Brasil"), member("ARG", "Argentina"), member("URY", "Uruguay")]);
/// let sets = vec![NameSet { key: "es".into(), language: "es".into(), label: "Spanish names".into() }];
/// let office = Office::new(HolderKind::State, members, sets, vec![]).unwrap_or_default();
/// let scenario = Scenario::new("example", "Semesters", Rules::new(day(2020, 1, 1), 6, Order::Names(0)));
/// let projection = project(&scenario, &office, day(2022, 1, 1));
/// let turns: Vec<String> = projection.turns.iter().map(|t| t.state.to_string()).collect();
/// assert_eq!(turns, ["ARG", "BRA", "URY", "ARG"]);
/// ```
#[must_use]
pub fn project(scenario: &Scenario, office: &Office, until: NaiveDate) -> Projection {
    let mut warnings = Vec::new();
    let roster = Roster::build(&office.members, &scenario.events, &mut warnings);
    let swaps: Vec<(NaiveDate, NaiveDate)> = scenario
        .events
        .iter()
        .filter_map(|e| match *e {
            Event::Swap { date, with } => Some((date, with)),
            _ => None,
        })
        .collect();
    let overrides = if swaps.is_empty() {
        Vec::new()
    } else {
        // Who would hold each swapped turn without the swaps: the rotation runs once without them,
        // far enough to reach every swapped day.
        let reach = swaps
            .iter()
            .map(|(a, b)| (*a).max(*b))
            .max()
            .map_or(until, |d| add_days(d, 1).max(until));
        let natural = run(scenario, office, &roster, reach, &[], &mut Vec::new());
        swapped_states(&swaps, &natural.turns, &roster, &mut warnings)
    };
    let mut projection = run(scenario, office, &roster, until, &overrides, &mut warnings);
    warnings.sort_by_key(Warning::date);
    projection.warnings = warnings;
    projection
}

/// For each swap, the state that takes each of its two turns; a swap whose days are not both a
/// turn's first day, or whose states would not be members on the other day, changes nothing.
fn swapped_states(
    swaps: &[(NaiveDate, NaiveDate)],
    turns: &[Turn],
    roster: &Roster,
    warnings: &mut Vec<Warning>,
) -> Vec<(NaiveDate, StateCode)> {
    let mut overrides: Vec<(NaiveDate, StateCode)> = Vec::new();
    let state_on = |overrides: &[(NaiveDate, StateCode)], day: NaiveDate| {
        overrides
            .iter()
            .rev()
            .find(|(d, _)| *d == day)
            .map(|(_, s)| *s)
            .or_else(|| turns.iter().find(|t| t.start == day).map(|t| t.state))
    };
    for &(date, with) in swaps {
        let (Some(a), Some(b)) = (state_on(&overrides, date), state_on(&overrides, with)) else {
            let missing = if state_on(&overrides, date).is_none() {
                date
            } else {
                with
            };
            warnings.push(Warning::SwapNoTurn {
                date,
                with,
                missing,
            });
            continue;
        };
        let refused = [(b, date), (a, with)]
            .into_iter()
            .find(|(state, on)| !roster.is_member(*state, *on));
        if let Some((state, on)) = refused {
            warnings.push(Warning::SwapNotEligible {
                date,
                with,
                state,
                on,
            });
            continue;
        }
        overrides.push((date, b));
        overrides.push((with, a));
    }
    overrides
}

/// The rotation itself: turns from the rules' start until `until`, the states of the turns that
/// start on the days of `overrides` replaced (swaps), warnings about unused events added.
#[expect(
    clippy::too_many_lines,
    reason = "domain.md section 4 step by step reads best as one loop"
)]
fn run(
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
