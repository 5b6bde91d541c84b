//! Why a turn falls to its state: the facts behind "Belarus: next after Armenia in the Russian
//! alphabet; an acting Secretary General completed Armenia's turn first", read off a succession.

use chrono::NaiveDate;

use super::members::StateCode;
use super::office::Office;
use super::order::Order;
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
    office: &Office,
    order: Order,
) -> Option<TurnReason> {
    let holding = holdings.get(index)?;
    let state = holding.turn?;
    // The turn's holdings are the run of holdings with the same turn that ends here.
    let before_index = holdings.get(..index)?;
    let first_of_turn = before_index
        .iter()
        .rposition(|h| h.turn != Some(state))
        .map_or(0, |i| i + 1);
    let turn_start = holdings.get(first_of_turn)?.start;
    let before = first_of_turn.checked_sub(1).and_then(|i| holdings.get(i));
    let previous = before.and_then(|h| h.turn);
    let previous_start = before.and_then(|b| {
        let last = first_of_turn.checked_sub(1)?;
        let first = holdings
            .get(..last)?
            .iter()
            .rposition(|h| h.turn != b.turn)
            .map_or(0, |i| i + 1);
        holdings.get(first).map(|h| h.start)
    });
    let previous_completed_by_acting =
        previous.is_some() && before.is_some_and(|h| h.kind == HoldingKind::Acting);
    let after_early_vacancy = holdings
        .get(first_of_turn..index)?
        .iter()
        .rev()
        .find(|h| {
            h.kind == HoldingKind::Term && matches!(h.ending, Ending::Recalled | Ending::StateLeft)
        })
        .map(|h| h.end);
    let skipped = match previous {
        Some(previous) => {
            let cycle = office.cycle(order);
            let from = cycle.iter().position(|c| *c == previous);
            let to = cycle.iter().position(|c| *c == state);
            match (from, to) {
                (Some(from), Some(to)) if to != from => {
                    let n = cycle.len();
                    (1..n)
                        .filter_map(|k| cycle.get((from + k) % n).copied())
                        .take_while(|c| *c != state)
                        .filter(|c| {
                            previous_start.is_some_and(|day| {
                                office.members.get(*c).is_some_and(|m| m.is_member_on(day))
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
