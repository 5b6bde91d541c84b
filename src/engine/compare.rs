//! A scenario set against the documented record: the projection, matched to the record's names,
//! and where it departs from the record. The CLI's `compare` and every lane of the app use this.

use chrono::NaiveDate;

use super::diff::{Difference, difference};
use super::office::Office;
use super::project::{Holding, Projection, match_history, project};
use super::scenario::Scenario;

/// A scenario's projection and its difference from the record.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    pub projection: Projection,
    pub difference: Difference,
    /// The window compared: from `from` (or the scenario's start, if earlier) to the end of the
    /// last documented holding.
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Projects `scenario` until `until` (at least to the record's end), names its holdings after the
/// record, and compares it with `history` from `from` (the office's rotation start) on.
#[must_use]
pub fn compare_with_record(
    scenario: &Scenario,
    office: &Office,
    history: &[Holding],
    from: NaiveDate,
    until: NaiveDate,
) -> Comparison {
    let from = from.min(scenario.rules.start);
    let to = history
        .iter()
        .map(|h| h.end)
        .max()
        .unwrap_or(from)
        .max(from);
    let mut projection = project(scenario, office, until.max(to));
    match_history(&mut projection.holdings, history);
    let difference = difference(&projection.holdings, history, from, to);
    Comparison {
        projection,
        difference,
        from,
        to,
    }
}
