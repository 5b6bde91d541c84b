//! Moving through time and choosing what to look at.

use chrono::NaiveDate;

use crate::app::RotaApp;
use crate::app::command::{Jump, Nav, Tab};
use crate::app::ruler::{Ruler, day_number};
use crate::lanes::PROJECT_UNTIL;

impl RotaApp {
    pub(super) fn nav(&mut self, command: Nav) {
        let m = &mut self.model;
        match command {
            Nav::SetCursor(day) => self.set_cursor(day),
            Nav::Jump(jump) => {
                let cursor = m.view.cursor;
                let target = match jump {
                    Jump::Previous => m.stops.iter().rev().find(|d| **d < cursor),
                    Jump::Next => m.stops.iter().find(|d| **d > cursor),
                    Jump::First => m.stops.first(),
                    Jump::Last => m.stops.last(),
                };
                if let Some(day) = target.copied() {
                    self.set_cursor(day);
                    self.reveal_cursor();
                    // The Details tab says what happened there (the lesson and the quiz keep
                    // their own tabs).
                    if !matches!(
                        self.model.view.tab,
                        Tab::Dispute | Tab::Predict | Tab::Details
                    ) {
                        self.model.view.tab = Tab::Details;
                    }
                }
            }
            Nav::Select(selection) => {
                m.view.selected = selection;
                if let Some((lane, start)) = selection {
                    m.view.selected_lane = lane;
                    m.view.tab = Tab::Details;
                    let window = m.selected().and_then(|(_, h)| h.recall_window());
                    // Offer the cursor's day for a recall when it falls inside the holding.
                    let cursor = m.view.cursor;
                    let offer = match window {
                        Some((first, last)) if first <= cursor && cursor <= last => cursor,
                        Some((first, _)) => first,
                        None => start,
                    };
                    self.forms.recall_text = offer.to_string();
                }
            }
            Nav::SelectLane(lane) => {
                m.view.selected_lane = lane;
                if m.view.selected.is_some_and(|(l, _)| l != lane) {
                    m.view.selected = None;
                }
            }
            Nav::Zoom { pivot_day, factor } => m.view.ruler.zoom_about(pivot_day, factor),
            Nav::ZoomAtCursor(factor) => {
                let pivot = day_number(m.view.cursor) + 0.5;
                let pivot = if (m.view.ruler.start_day..m.view.ruler.end_day).contains(&pivot) {
                    pivot
                } else {
                    f64::midpoint(m.view.ruler.start_day, m.view.ruler.end_day)
                };
                m.view.ruler.zoom_about(pivot, factor);
            }
            Nav::CentreOnCursor => {
                // The zoom stays: only the cursor moves to the middle.
                let ruler = &mut m.view.ruler;
                let middle = f64::midpoint(ruler.start_day, ruler.end_day);
                ruler.pan_days(day_number(m.view.cursor) + 0.5 - middle);
            }
            Nav::FocusCursor => {
                // Two turns either side (at least two years): the day and what led to it.
                let term = m.scenario().rules.term_months.max(1);
                let half = term.saturating_mul(2).max(24);
                let cursor = m.view.cursor;
                let from = cursor
                    .checked_sub_months(chrono::Months::new(half))
                    .unwrap_or(cursor);
                let to = crate::engine::calendar::add_months(cursor, half);
                m.view.ruler = Ruler::fitting(from, to);
            }
            Nav::Pan { days } => m.view.ruler.pan_days(days),
            Nav::Fit => {
                let (from, to) = if m.view.tab == Tab::Offices {
                    m.overview.framing()
                } else {
                    m.catalog.framing()
                };
                m.view.ruler = Ruler::fitting(from, to);
            }
            Nav::FitAll => {
                let (from, to) = if m.view.tab == Tab::Offices {
                    m.overview.full_span()
                } else {
                    m.catalog.full_span()
                };
                m.view.ruler = Ruler::fitting(from, to);
            }
        }
    }

    pub(crate) fn set_cursor(&mut self, day: NaiveDate) {
        // The cursor stays within the centuries the timeline can show.
        let lo = NaiveDate::from_ymd_opt(1900, 1, 1);
        let hi = NaiveDate::from_ymd_opt(PROJECT_UNTIL.0 - 1, 12, 31);
        let day = match (lo, hi) {
            (Some(lo), Some(hi)) => day.clamp(lo, hi),
            _ => day,
        };
        self.model.view.cursor = day;
        self.forms.cursor_text = day.to_string();
    }

    /// Pans so the cursor is on screen, keeping the zoom.
    pub(crate) fn reveal_cursor(&mut self) {
        let ruler = &mut self.model.view.ruler;
        let day = day_number(self.model.view.cursor);
        let margin = ruler.span_days() * 0.05;
        if day < ruler.start_day + margin {
            ruler.pan_days(day - ruler.start_day - margin);
        } else if day + 1.0 > ruler.end_day - margin {
            ruler.pan_days(day + 1.0 - ruler.end_day + margin);
        }
    }
}
