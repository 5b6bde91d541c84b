//! Calendar arithmetic: half-open periods and adding months with clamping.

use chrono::{Months, NaiveDate};

/// Adds calendar months, clamping to the month's end (2020-02-29 + 36 months = 2023-02-28).
///
/// Saturates at chrono's largest date instead of overflowing, so absurd inputs never panic.
#[must_use]
pub fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// Adds days, saturating at chrono's largest date.
#[must_use]
pub fn add_days(date: NaiveDate, days: u32) -> NaiveDate {
    date.checked_add_days(chrono::Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MAX)
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
#[must_use]
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// A half-open period `[start, end)`; `end: None` means it has not ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
}

impl Period {
    #[must_use]
    pub fn new(start: NaiveDate, end: Option<NaiveDate>) -> Self {
        Self { start, end }
    }

    /// True when `day` falls inside `[start, end)`.
    #[must_use]
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && self.end.is_none_or(|end| day < end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn adding_months_clamps_to_the_end_of_the_month() {
        assert_eq!(add_months(d(2020, 2, 29), 36), d(2023, 2, 28));
        assert_eq!(add_months(d(2017, 1, 31), 1), d(2017, 2, 28));
        assert_eq!(add_months(d(2017, 1, 1), 36), d(2020, 1, 1));
    }

    #[test]
    fn adding_months_saturates_instead_of_overflowing() {
        assert_eq!(add_months(NaiveDate::MAX, 12), NaiveDate::MAX);
        assert_eq!(add_days(NaiveDate::MAX, 1), NaiveDate::MAX);
    }

    #[test]
    fn a_period_is_half_open() {
        let p = Period::new(d(2017, 1, 1), Some(d(2020, 1, 1)));
        assert!(p.contains(d(2017, 1, 1)));
        assert!(p.contains(d(2019, 12, 31)));
        assert!(!p.contains(d(2020, 1, 1)));
        assert!(!p.contains(d(2016, 12, 31)));
        assert!(Period::new(d(2017, 1, 1), None).contains(d(9999, 1, 1)));
    }
}
