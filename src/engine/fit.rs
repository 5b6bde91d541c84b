//! How well each reading of an office's rule (the rules as agreed, and every variant) explains the
//! documented record.

use chrono::NaiveDate;

use super::diff::difference;
use super::office::Office;
use super::project::{Holding, match_history, project};
use super::scenario::Scenario;

/// The fit of one scenario to the documented record over `[from, to)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fit {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Days on which the projection and the record agree (turn and holder's state).
    pub agreeing_days: i64,
    /// Days of the window the record covers.
    pub total_days: i64,
    pub first_divergence: Option<NaiveDate>,
}

impl Fit {
    /// The share of agreeing days, from 0.0 to 1.0 (1.0 for an empty window).
    #[must_use]
    pub fn share(&self) -> f64 {
        if self.total_days <= 0 {
            1.0
        } else {
            // Day counts are far below 2^52, so the conversion is exact.
            #[expect(clippy::cast_precision_loss, reason = "day counts are small")]
            let share = self.agreeing_days as f64 / self.total_days as f64;
            share
        }
    }
}

/// The fit of each scenario (the documented events under the rules as agreed, then under each
/// variant), in the order given: each is projected and compared with `history` from `from` to
/// `to`, clipped to the end of the record.
#[must_use]
pub fn fit(
    scenarios: &[Scenario],
    office: &Office,
    history: &[Holding],
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<Fit> {
    let record_end = history.iter().map(|h| h.end).max().unwrap_or(from);
    let to = to.min(record_end).max(from);
    scenarios
        .iter()
        .map(|scenario| {
            let mut projection = project(scenario, office, to);
            match_history(&mut projection.holdings, history);
            let diff = difference(&projection.holdings, history, from, to);
            // Only days the record covers count: a gap in it is unknown.
            let total_days = diff.compared_days;
            Fit {
                from,
                to,
                agreeing_days: total_days - diff.disagreeing_days(),
                total_days,
                first_divergence: diff.first_divergence,
            }
        })
        .collect()
}
