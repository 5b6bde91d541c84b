//! How well each reading explains the documented record.

use chrono::NaiveDate;

use super::diff::difference;
use super::members::Members;
use super::project::{Holding, match_history, project};
use super::rules::Reading;
use super::scenario::Scenario;

/// The fit of one reading to the documented record over `[from, to)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fit {
    pub reading: Reading,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Days on which the reading's projection and the record agree (turn and holder's state).
    pub agreeing_days: i64,
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
            #[allow(clippy::cast_precision_loss)]
            let share = self.agreeing_days as f64 / self.total_days as f64;
            share
        }
    }
}

/// The fit of every reading, in [`Reading::ALL`] order: `documented` (the documented events) is
/// projected under each reading and compared with `history` from `from` to `to`, clipped to the end
/// of the record.
#[must_use]
pub fn fit_readings(
    documented: &Scenario,
    history: &[Holding],
    members: &Members,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<Fit> {
    let record_end = history.iter().map(|h| h.end).max().unwrap_or(from);
    let to = to.min(record_end).max(from);
    Reading::ALL
        .into_iter()
        .map(|reading| {
            let mut scenario = documented.clone();
            scenario.rules.reading = reading;
            let mut projection = project(&scenario, members, to);
            match_history(&mut projection.holdings, history);
            let diff = difference(&projection.holdings, history, from, to, members);
            let total_days = (to - from).num_days();
            Fit {
                reading,
                from,
                to,
                agreeing_days: total_days - diff.disagreeing_days(),
                total_days,
                first_divergence: diff.first_divergence,
            }
        })
        .collect()
}
