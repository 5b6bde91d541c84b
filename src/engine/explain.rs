//! Why a turn falls to its state: the facts behind "Belarus: next after Armenia in the Russian
//! alphabet; an acting SG completed Armenia's turn first", read off a succession.

use chrono::NaiveDate;

use super::members::{Members, StateCode};
use super::order::{Order, cycle};
use super::project::{Ending, Holding, HoldingKind};

/// Why the turn running in a holding is that state's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TurnReason {
    /// The state whose turn it is.
    pub state: StateCode,
    /// The day the turn started.
    pub turn_start: NaiveDate,
    /// The state of the turn before, if any (`None`: the rotation's first turn).
    pub previous: Option<StateCode>,
    /// Members (on the day the previous turn started) that come between `previous` and `state`
    /// in the order's cycle and were passed over: they had left, or were suspended and skipped.
    pub skipped: Vec<StateCode>,
    /// The previous turn ended with an acting Secretary General.
    pub previous_completed_by_acting: bool,
    /// Inside this turn, an earlier appointed holder was recalled (or their state left) on this
    /// day, and this holding is their replacement or the acting SG after them.
    pub after_early_vacancy: Option<NaiveDate>,
}

/// Why the holding at `index` of `holdings` (a succession in date order) belongs to its turn.
/// `None` when the index is out of range or the holding belongs to no turn (before the rotation).
#[must_use]
pub fn turn_reason(
    holdings: &[Holding],
    index: usize,
    members: &Members,
    order: Order,
) -> Option<TurnReason> {
    let holding = holdings.get(index)?;
    let state = holding.turn?;
    // The turn's holdings are the run of holdings with the same turn that ends here.
    let first_of_turn = holdings[..index]
        .iter()
        .rposition(|h| h.turn != Some(state))
        .map_or(0, |i| i + 1);
    let turn_start = holdings[first_of_turn].start;
    let before = first_of_turn.checked_sub(1).and_then(|i| holdings.get(i));
    let previous = before.and_then(|h| h.turn);
    let previous_start = before.map(|b| {
        let last = first_of_turn - 1;
        let first = holdings[..last]
            .iter()
            .rposition(|h| h.turn != b.turn)
            .map_or(0, |i| i + 1);
        holdings[first].start
    });
    let previous_completed_by_acting =
        previous.is_some() && before.is_some_and(|h| h.kind == HoldingKind::Acting);
    let after_early_vacancy = holdings[first_of_turn..index]
        .iter()
        .rev()
        .find(|h| {
            h.kind == HoldingKind::Term && matches!(h.ending, Ending::Recalled | Ending::StateLeft)
        })
        .map(|h| h.end);
    let skipped = match previous {
        Some(previous) => {
            let cycle = cycle(members, order);
            let from = cycle.iter().position(|c| *c == previous);
            let to = cycle.iter().position(|c| *c == state);
            match (from, to) {
                (Some(from), Some(to)) => {
                    let n = cycle.len();
                    (1..n)
                        .map(|k| cycle[(from + k) % n])
                        .take_while(|c| *c != state)
                        .filter(|c| {
                            to != from
                                && previous_start.is_some_and(|day| {
                                    members.get(*c).is_some_and(|m| m.is_member_on(day))
                                })
                        })
                        .collect()
                }
                _ => Vec::new(),
            }
        }
        None => Vec::new(),
    };
    Some(TurnReason {
        state,
        turn_start,
        previous,
        skipped,
        previous_completed_by_acting,
        after_early_vacancy,
    })
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;
    use crate::data::Catalog;
    use crate::engine::{Event, Reading, Scenario, match_history, project};

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn code(text: &str) -> StateCode {
        StateCode::parse(text).unwrap()
    }

    #[test]
    fn belarus_follows_armenia_after_an_acting_sg_in_the_record() {
        let catalog = Catalog::bundled().unwrap();
        let history = catalog.history_holdings();
        let zas = history
            .iter()
            .position(|h| h.start == d("2020-01-01"))
            .unwrap();
        let reason = turn_reason(&history, zas, &catalog.members, Order::Ru).unwrap();
        assert_eq!(reason.state, code("BLR"));
        assert_eq!(reason.turn_start, d("2020-01-01"));
        assert_eq!(reason.previous, Some(code("ARM")));
        assert!(reason.previous_completed_by_acting);
        assert_eq!(reason.skipped, []);
        assert_eq!(reason.after_early_vacancy, None);
        // Armenia's turn begins the rotation.
        let first = history
            .iter()
            .position(|h| h.start == d("2017-01-01"))
            .unwrap();
        let reason = turn_reason(&history, first, &catalog.members, Order::Ru).unwrap();
        assert_eq!((reason.state, reason.previous), (code("ARM"), None));
        // Bordyuzha's holding belongs to no turn.
        assert_eq!(turn_reason(&history, 0, &catalog.members, Order::Ru), None);
    }

    #[test]
    fn armenias_second_nominee_completes_its_turn_under_armenias_reading() {
        let catalog = Catalog::bundled().unwrap();
        let mut scenario = catalog.documented_scenario();
        scenario.rules.reading = Reading::SameStateCompletes;
        let holdings = project(&scenario, &catalog.members, d("2024-01-01")).holdings;
        let at = holdings
            .iter()
            .position(|h| h.start == d("2018-11-02"))
            .unwrap();
        let reason = turn_reason(&holdings, at, &catalog.members, Order::Ru).unwrap();
        assert_eq!(reason.state, code("ARM"));
        assert_eq!(reason.turn_start, d("2017-01-01"));
        assert_eq!(reason.after_early_vacancy, Some(d("2018-11-02")));
    }

    #[test]
    fn a_state_that_has_left_is_passed_over() {
        let catalog = Catalog::bundled().unwrap();
        let scenario = Scenario {
            events: vec![Event::Withdraw {
                state: code("BLR"),
                date: d("2019-06-01"),
            }],
            ..Scenario::default()
        };
        let mut holdings = project(&scenario, &catalog.members, d("2026-01-01")).holdings;
        match_history(&mut holdings, &catalog.history_holdings());
        let at = holdings
            .iter()
            .position(|h| h.start == d("2020-01-01"))
            .unwrap();
        let reason = turn_reason(&holdings, at, &catalog.members, Order::Ru).unwrap();
        assert_eq!(reason.state, code("KAZ"));
        assert_eq!(reason.previous, Some(code("ARM")));
        assert_eq!(reason.skipped, [code("BLR")]);
        assert!(!reason.previous_completed_by_acting);
    }
}
