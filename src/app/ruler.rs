//! Time-to-pixel math for the timeline: which days are visible, where a day is drawn, zooming
//! about a point, and the ticks of the axis. Days are counted from 0001-01-01 (`num_days_from_ce`)
//! as `f64`, so a position can fall inside a day.

use chrono::{Datelike as _, NaiveDate};
use serde::{Deserialize, Serialize};

/// The narrowest window the timeline shows: a week and a half, enough to read single days.
pub const MIN_SPAN_DAYS: f64 = 10.0;
/// The widest window: two centuries.
pub const MAX_SPAN_DAYS: f64 = 365.25 * 200.0;
/// Days outside this range are never shown: they are beyond what the engine projects.
const FIRST_VISIBLE_DAY: f64 = 693_595.0; // 1900-01-01
const LAST_VISIBLE_DAY: f64 = 766_645.0; // 2100-01-01

/// Converts a date to the ruler's day number.
#[must_use]
pub fn day_number(date: NaiveDate) -> f64 {
    f64::from(date.num_days_from_ce())
}

/// The date that contains the (possibly fractional) day number.
#[must_use]
pub fn date_of(day: f64) -> Option<NaiveDate> {
    let whole = day.floor();
    if !whole.is_finite() || whole < f64::from(i32::MIN) || whole > f64::from(i32::MAX) {
        return None;
    }
    #[expect(clippy::cast_possible_truncation, reason = "range checked above")]
    NaiveDate::from_num_days_from_ce_opt(whole as i32)
}

/// The visible window of the timeline, `[start_day, end_day)`. This is what is remembered between
/// sessions; the pixels it maps to are given each frame through [`Ruler::scale`].
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ruler {
    pub start_day: f64,
    pub end_day: f64,
}

impl Default for Ruler {
    fn default() -> Self {
        Self::fitting(
            NaiveDate::from_ymd_opt(2002, 1, 1).unwrap_or_default(),
            NaiveDate::from_ymd_opt(2041, 1, 1).unwrap_or_default(),
        )
    }
}

impl Ruler {
    /// A window showing `[start, end)`.
    #[must_use]
    pub fn fitting(start: NaiveDate, end: NaiveDate) -> Self {
        let mut ruler = Self {
            start_day: day_number(start),
            end_day: day_number(end),
        };
        ruler.clamp();
        ruler
    }

    /// The number of days visible.
    #[must_use]
    pub fn span_days(&self) -> f64 {
        self.end_day - self.start_day
    }

    /// The mapping onto `width_px` pixels starting at `left_px`.
    #[must_use]
    pub fn scale(&self, left_px: f32, width_px: f32) -> Scale {
        Scale {
            ruler: *self,
            left_px,
            width_px: width_px.max(1.0),
        }
    }

    /// Zooms by `factor` (above 1 zooms in) keeping `pivot_day` where it is on screen.
    pub fn zoom_about(&mut self, pivot_day: f64, factor: f64) {
        if !(factor.is_finite() && factor > 0.0 && pivot_day.is_finite()) {
            return;
        }
        let span = (self.span_days() / factor).clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        let share = ((pivot_day - self.start_day) / self.span_days()).clamp(0.0, 1.0);
        self.start_day = pivot_day - share * span;
        self.end_day = self.start_day + span;
        self.clamp();
    }

    /// Moves the window later by `days` (earlier when negative).
    pub fn pan_days(&mut self, days: f64) {
        if !days.is_finite() {
            return;
        }
        self.start_day += days;
        self.end_day += days;
        self.clamp();
    }

    /// Keeps the window valid: finite, not too narrow or too wide, inside the projected centuries.
    /// A remembered window that is nonsense (a damaged state file) becomes the default.
    pub fn clamp(&mut self) {
        if !(self.start_day.is_finite() && self.end_day.is_finite())
            || self.end_day <= self.start_day
        {
            *self = Self::default();
            return;
        }
        let span = self.span_days().clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        let centre = f64::midpoint(self.start_day, self.end_day);
        self.start_day = centre - span / 2.0;
        self.end_day = centre + span / 2.0;
        if self.start_day < FIRST_VISIBLE_DAY {
            self.start_day = FIRST_VISIBLE_DAY;
            self.end_day = FIRST_VISIBLE_DAY + span;
        }
        if self.end_day > LAST_VISIBLE_DAY {
            self.end_day = LAST_VISIBLE_DAY;
            self.start_day = LAST_VISIBLE_DAY - span;
        }
    }
}

/// A [`Ruler`] laid onto pixels for one frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub ruler: Ruler,
    pub left_px: f32,
    pub width_px: f32,
}

impl Scale {
    /// Pixels per day.
    #[must_use]
    pub fn px_per_day(&self) -> f64 {
        f64::from(self.width_px) / self.ruler.span_days()
    }

    /// The x of the start (midnight) of `day`.
    #[must_use]
    #[expect(
        clippy::cast_possible_truncation,
        reason = "screen coordinates fit in f32"
    )]
    pub fn x(&self, day: f64) -> f32 {
        self.left_px + ((day - self.ruler.start_day) * self.px_per_day()) as f32
    }

    /// The x of the start of `date`.
    #[must_use]
    pub fn x_of(&self, date: NaiveDate) -> f32 {
        self.x(day_number(date))
    }

    /// The day number at `x`.
    #[must_use]
    pub fn day_at(&self, x_px: f32) -> f64 {
        self.ruler.start_day + f64::from(x_px - self.left_px) / self.px_per_day()
    }

    /// The date drawn at `x`.
    #[must_use]
    pub fn date_at(&self, x_px: f32) -> Option<NaiveDate> {
        date_of(self.day_at(x_px))
    }

    /// Days that a drag of `dx_px` pixels moves the window by (dragging right shows earlier days).
    #[must_use]
    pub fn drag_to_days(&self, dx_px: f32) -> f64 {
        -f64::from(dx_px) / self.px_per_day()
    }

    /// The labelled ticks of the axis: the finest step whose labels stay `min_gap_px` apart.
    #[must_use]
    pub fn ticks(&self, min_gap_px: f32) -> Vec<Tick> {
        self.ticks_fitting(|_| min_gap_px)
    }

    /// The labelled ticks of the axis: the finest step whose ticks are further apart than
    /// `room(label)` asks for its widest label ("2018", "Jan 2018", "1 Jan 2018"), so that a
    /// large font gets fewer ticks, not overlapping ones.
    #[must_use]
    pub fn ticks_fitting(&self, room: impl Fn(&str) -> f32) -> Vec<Tick> {
        let px_per_day = self.px_per_day();
        let widest = date_of(self.ruler.start_day)
            .and_then(|d| NaiveDate::from_ymd_opt(d.year(), 1, 1))
            .unwrap_or_default();
        let step = STEPS
            .iter()
            .rev()
            .find(|s| s.approx_days() * px_per_day >= f64::from(room(&s.label(widest))))
            .copied()
            .unwrap_or(Step::Years(100));
        let (Some(first), Some(last)) = (
            date_of(self.ruler.start_day),
            date_of(self.ruler.end_day + 1.0),
        ) else {
            return Vec::new();
        };
        let mut ticks = Vec::new();
        let mut date = step.floor(first);
        while date <= last {
            let day = day_number(date);
            if self.ruler.start_day <= day && day <= self.ruler.end_day {
                ticks.push(Tick {
                    date,
                    label: step.label(date),
                });
            }
            match step.next(date) {
                Some(next) if next > date => date = next,
                _ => break,
            }
        }
        ticks
    }
}

/// One labelled mark of the axis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tick {
    pub date: NaiveDate,
    pub label: String,
}

/// A tick interval: decades and years, months, or days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Years(i32),
    Months(u32),
    Days(u32),
}

/// From the coarsest to the finest.
const STEPS: [Step; 12] = [
    Step::Years(50),
    Step::Years(20),
    Step::Years(10),
    Step::Years(5),
    Step::Years(2),
    Step::Years(1),
    Step::Months(6),
    Step::Months(3),
    Step::Months(1),
    Step::Days(10),
    Step::Days(5),
    Step::Days(1),
];

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The short English name of a date's month ("Nov").
#[must_use]
pub fn month_name(date: NaiveDate) -> &'static str {
    MONTHS.get(date.month0() as usize).copied().unwrap_or("")
}

impl Step {
    fn approx_days(self) -> f64 {
        match self {
            Self::Years(n) => 365.25 * f64::from(n),
            Self::Months(n) => 30.44 * f64::from(n),
            Self::Days(n) => f64::from(n),
        }
    }

    /// The last tick on or before `date`.
    fn floor(self, date: NaiveDate) -> NaiveDate {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or(date);
        match self {
            Self::Years(n) => ymd(date.year() - date.year().rem_euclid(n), 1, 1),
            Self::Months(n) => ymd(date.year(), date.month0() / n * n + 1, 1),
            // Day ticks fall on the 1st, 11th and 21st (or every 5th) so they line up with months.
            Self::Days(n) => ymd(date.year(), date.month(), (date.day() - 1) / n * n + 1),
        }
    }

    fn next(self, date: NaiveDate) -> Option<NaiveDate> {
        match self {
            Self::Years(n) => NaiveDate::from_ymd_opt(date.year() + n, 1, 1),
            Self::Months(n) => date.checked_add_months(chrono::Months::new(n)),
            Self::Days(n) => {
                let next = date + chrono::Days::new(u64::from(n));
                // Never cross into the next month except at its 1st; with steps of several days,
                // skip a last tick that would crowd the next month's 1st.
                if next.month() != date.month() || (n > 1 && next.day() + n > 32) {
                    date.checked_add_months(chrono::Months::new(1))
                        .map(|d| d.with_day(1).unwrap_or(d))
                } else {
                    Some(next)
                }
            }
        }
    }

    fn label(self, date: NaiveDate) -> String {
        match self {
            Self::Years(_) => date.year().to_string(),
            Self::Months(_) if date.month() == 1 => format!("Jan {}", date.year()),
            Self::Months(_) => month_name(date).to_owned(),
            Self::Days(_) if date.day() == 1 => {
                format!("1 {} {}", month_name(date), date.year())
            }
            Self::Days(_) => format!("{} {}", date.day(), month_name(date)),
        }
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_date_maps_to_x_and_back_to_the_same_date() {
        let scale = Ruler::fitting(d(2002, 1, 1), d(2041, 1, 1)).scale(100.0, 1400.0);
        for date in [
            d(2002, 1, 1),
            d(2017, 1, 1),
            d(2018, 11, 2),
            d(2040, 12, 31),
        ] {
            let x = scale.x_of(date);
            // The middle of the day's span, as a click would land.
            let mid = x + (scale.px_per_day() / 2.0) as f32;
            assert_eq!(scale.date_at(mid), Some(date));
        }
        assert!((scale.x_of(d(2002, 1, 1)) - 100.0).abs() < 1e-3);
        assert!((scale.x_of(d(2041, 1, 1)) - 1500.0).abs() < 1e-3);
    }

    #[test]
    fn zooming_keeps_the_pivot_day_under_the_pointer() {
        let mut ruler = Ruler::fitting(d(2002, 1, 1), d(2041, 1, 1));
        let pivot = day_number(d(2018, 11, 2));
        let before = ruler.scale(0.0, 1000.0).x(pivot);
        ruler.zoom_about(pivot, 4.0);
        let after = ruler.scale(0.0, 1000.0).x(pivot);
        assert!((before - after).abs() < 1e-2, "{before} vs {after}");
        let span = day_number(d(2041, 1, 1)) - day_number(d(2002, 1, 1));
        assert!((ruler.span_days() - span / 4.0).abs() < 1e-6);
    }

    #[test]
    fn zoom_stops_at_ten_days_and_two_centuries() {
        let mut ruler = Ruler::default();
        ruler.zoom_about(day_number(d(2020, 1, 1)), 1e9);
        assert!((ruler.span_days() - MIN_SPAN_DAYS).abs() < 1e-9);
        ruler.zoom_about(day_number(d(2020, 1, 1)), 1e-9);
        assert!((ruler.span_days() - MAX_SPAN_DAYS).abs() < 1e-6);
    }

    #[test]
    fn dragging_right_by_the_width_shows_the_previous_window() {
        let mut ruler = Ruler::fitting(d(2010, 1, 1), d(2020, 1, 1));
        let days = ruler.scale(0.0, 800.0).drag_to_days(800.0);
        ruler.pan_days(days);
        assert_eq!(date_of(ruler.start_day), Some(d(2000, 1, 2)));
        assert!((ruler.span_days() - 3652.0).abs() < 1e-9);
    }

    #[test]
    fn a_nonsense_window_becomes_the_default() {
        let mut ruler = Ruler {
            start_day: f64::NAN,
            end_day: 3.0,
        };
        ruler.clamp();
        assert_eq!(ruler, Ruler::default());
        let mut backwards = Ruler {
            start_day: 10.0,
            end_day: 5.0,
        };
        backwards.clamp();
        assert_eq!(backwards, Ruler::default());
    }

    #[test]
    fn ticks_adapt_from_decades_to_days() {
        let ticks = |from, to, width| {
            Ruler::fitting(from, to)
                .scale(0.0, width)
                .ticks(90.0)
                .into_iter()
                .map(|t| t.label)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            ticks(d(2002, 1, 1), d(2041, 1, 1), 400.0),
            ["2010", "2020", "2030", "2040"]
        );
        // Too narrow for decades (large presenter text): every twenty years, never none.
        assert_eq!(ticks(d(2002, 1, 1), d(2041, 1, 1), 250.0), ["2020", "2040"]);
        let quarters: Vec<String> = (2017..=2020)
            .flat_map(|y| [format!("Jan {y}"), "Apr".into(), "Jul".into(), "Oct".into()])
            .chain(["Jan 2021".to_owned()])
            .collect();
        assert_eq!(ticks(d(2017, 1, 1), d(2021, 1, 1), 1600.0), quarters);
        assert_eq!(
            ticks(d(2018, 10, 28), d(2018, 11, 7), 1000.0),
            [
                "28 Oct",
                "29 Oct",
                "30 Oct",
                "31 Oct",
                "1 Nov 2018",
                "2 Nov",
                "3 Nov",
                "4 Nov",
                "5 Nov",
                "6 Nov",
                "7 Nov"
            ]
        );
        assert_eq!(
            ticks(d(2018, 1, 1), d(2018, 3, 1), 600.0),
            [
                "1 Jan 2018",
                "11 Jan",
                "21 Jan",
                "1 Feb 2018",
                "11 Feb",
                "21 Feb",
                "1 Mar 2018"
            ]
        );
    }
}
