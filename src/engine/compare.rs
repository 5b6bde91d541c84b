//! A scenario set against the documented record: the projection, matched to the record's names,
//! and where it departs from the record. The CLI's `compare` and every lane of the app use this.

use chrono::NaiveDate;

use super::diff::{Difference, difference};
use super::members::Members;
use super::project::{Holding, Projection, match_history, project};
use super::rules::Rules;
use super::scenario::Scenario;

/// A scenario's projection and its difference from the record.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    pub projection: Projection,
    pub difference: Difference,
    /// The window compared: from the rotation's start (or the scenario's, if earlier) to the end
    /// of the last documented holding.
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Projects `scenario` until `until` (at least to the record's end), names its holdings after the
/// record, and compares it with `history`.
#[must_use]
pub fn compare_with_record(
    scenario: &Scenario,
    members: &Members,
    history: &[Holding],
    until: NaiveDate,
) -> Comparison {
    let from = Rules::rotation_start().min(scenario.rules.start);
    let to = history
        .iter()
        .map(|h| h.end)
        .max()
        .unwrap_or(from)
        .max(from);
    let mut projection = project(scenario, members, until.max(to));
    match_history(&mut projection.holdings, history);
    let difference = difference(&projection.holdings, history, from, to, members);
    Comparison {
        projection,
        difference,
        from,
        to,
    }
}
