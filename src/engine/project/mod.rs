//! The projection: the algorithm of domain.md section 4, generalised in offices.md section 3, from
//! a scenario to holdings.

mod holdings;
mod rotation;

use chrono::NaiveDate;

use super::calendar::add_days;
use super::members::StateCode;
use super::office::Office;
use super::roster::Roster;
use super::scenario::{Event, Scenario};
use super::warning::Warning;
pub use holdings::{Ending, Holding, HoldingKind, Projection, Turn, holding_on, match_history};
use rotation::run;

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
