//! The difference between two successions: where they disagree, from when, and what changes, as
//! values (`crate::words` says them in sentences).

use chrono::NaiveDate;

use super::members::StateCode;
use super::project::{Holding, holding_on};

/// A period `[start, end)` in which two successions disagree on the turn or the holder's state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disagreement {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// One thing that differs between two successions (`ours` against `theirs`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// The state's k-th turn starts on another day.
    TurnStarts {
        state: StateCode,
        ours: NaiveDate,
        theirs: NaiveDate,
    },
    /// The state's k-th turn has another last day.
    TurnLasts {
        state: StateCode,
        ours: NaiveDate,
        theirs: NaiveDate,
    },
    /// Ours has a turn of the state from `from` that theirs does not have before `until` (its
    /// last day).
    ExtraTurn {
        state: StateCode,
        from: NaiveDate,
        until: NaiveDate,
    },
    /// Their turn of the state from `from` does not happen in ours.
    MissingTurn { state: StateCode, from: NaiveDate },
    /// Inside turns that agree, another holder from `from` to `to` (last day): an acting holder
    /// against a nominee, say.
    OtherHolder {
        from: NaiveDate,
        to: NaiveDate,
        ours: Holding,
        theirs: Holding,
    },
}

/// Where and how two successions differ inside a window.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Difference {
    pub periods: Vec<Disagreement>,
    /// The first day on which they disagree.
    pub first_divergence: Option<NaiveDate>,
    /// What differs, earliest first.
    pub changes: Vec<Change>,
    /// Days in the window on which the baseline says something (a gap in a record is not
    /// compared: it is unknown, not a disagreement).
    pub compared_days: i64,
}

impl Difference {
    /// Days in the window on which the two disagree.
    #[must_use]
    pub fn disagreeing_days(&self) -> i64 {
        self.periods
            .iter()
            .map(|p| (p.end - p.start).num_days())
            .sum()
    }
}

/// What one succession says on a day: whose turn and the holder's state.
fn verdict(holdings: &[Holding], day: NaiveDate) -> Option<(Option<StateCode>, Option<StateCode>)> {
    holding_on(holdings, day).map(|h| (h.turn, h.holder_state))
}

/// One stretch of `[from, to)` in which neither succession changes, and what each says there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row<'a> {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub subject: Option<&'a Holding>,
    pub baseline: Option<&'a Holding>,
    /// Both name the same turn and the same holder's state.
    pub agree: bool,
}

/// The two successions side by side on `[from, to)`, cut at every day on which either changes.
/// Both lists are sorted by start.
#[must_use]
pub fn aligned<'a>(
    subject: &'a [Holding],
    baseline: &'a [Holding],
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<Row<'a>> {
    let mut cuts: Vec<NaiveDate> = subject
        .iter()
        .chain(baseline)
        .flat_map(|h| [h.start, h.end])
        .filter(|d| from < *d && *d < to)
        .collect();
    cuts.push(from);
    cuts.push(to);
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .filter_map(|pair| match *pair {
            [start, end] if start < end => Some(Row {
                start,
                end,
                subject: holding_on(subject, start),
                baseline: holding_on(baseline, start),
                agree: verdict(subject, start) == verdict(baseline, start),
            }),
            _ => None,
        })
        .collect()
}

/// Compares `subject` with `baseline` on `[from, to)`. Both lists are sorted by start. Days on
/// which the baseline has no holding (a gap in the record) are not compared.
#[must_use]
pub fn difference(
    subject: &[Holding],
    baseline: &[Holding],
    from: NaiveDate,
    to: NaiveDate,
) -> Difference {
    let mut periods: Vec<Disagreement> = Vec::new();
    let mut compared_days = 0;
    for row in aligned(subject, baseline, from, to) {
        if row.baseline.is_none() {
            continue;
        }
        compared_days += (row.end - row.start).num_days();
        if row.agree {
            continue;
        }
        match periods.last_mut() {
            Some(last) if last.end == row.start => last.end = row.end,
            _ => periods.push(Disagreement {
                start: row.start,
                end: row.end,
            }),
        }
    }
    let first_divergence = periods.first().map(|p| p.start);
    let changes = if periods.is_empty() {
        Vec::new()
    } else {
        changes(subject, baseline, from, to)
    };
    Difference {
        periods,
        first_divergence,
        changes,
        compared_days,
    }
}

/// A state's turn as seen in a list of holdings.
#[derive(Clone, Copy, Debug)]
struct Span {
    state: StateCode,
    start: NaiveDate,
    end: NaiveDate,
}

/// Consecutive holdings of the same turn: the turns a list of holdings shows in a window.
fn turns_of(holdings: &[Holding], from: NaiveDate, to: NaiveDate) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    for h in holdings.iter().filter(|h| h.end > from && h.start < to) {
        let Some(state) = h.turn else { continue };
        match spans.last_mut() {
            Some(last) if last.state == state && last.end == h.start => last.end = h.end,
            _ => spans.push(Span {
                state,
                start: h.start,
                end: h.end,
            }),
        }
    }
    spans
}

fn last_day(end: NaiveDate) -> NaiveDate {
    end.pred_opt().unwrap_or(end)
}

/// Pairs each span with its place among the spans of the same state: the k-th turn of a state.
fn numbered(spans: &[Span]) -> Vec<(Span, usize)> {
    let mut seen: Vec<(StateCode, usize)> = Vec::new();
    spans
        .iter()
        .map(|span| {
            let k = match seen.iter_mut().find(|(s, _)| *s == span.state) {
                Some((_, n)) => {
                    *n += 1;
                    *n - 1
                }
                None => {
                    seen.push((span.state, 1));
                    0
                }
            };
            (*span, k)
        })
        .collect()
}

fn changes(
    subject: &[Holding],
    baseline: &[Holding],
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<Change> {
    let ours = turns_of(subject, from, to);
    let theirs = turns_of(baseline, from, to);
    let mut said: Vec<(NaiveDate, Change)> = Vec::new();
    // Pair the k-th turn of a state in one with the k-th turn of that state in the other.
    for (span, k) in numbered(&ours) {
        let twin = theirs.iter().filter(|t| t.state == span.state).nth(k);
        match twin {
            Some(other) => {
                if span.start != other.start {
                    said.push((
                        span.start.min(other.start),
                        Change::TurnStarts {
                            state: span.state,
                            ours: span.start,
                            theirs: other.start,
                        },
                    ));
                }
                if span.end != other.end && span.end <= to && other.end <= to {
                    said.push((
                        span.end.min(other.end),
                        Change::TurnLasts {
                            state: span.state,
                            ours: last_day(span.end),
                            theirs: last_day(other.end),
                        },
                    ));
                }
            }
            None => said.push((
                span.start,
                Change::ExtraTurn {
                    state: span.state,
                    from: span.start.max(from),
                    until: last_day(to),
                },
            )),
        }
    }
    for (span, k) in numbered(&theirs) {
        if ours
            .iter()
            .filter(|t| t.state == span.state)
            .nth(k)
            .is_none()
        {
            said.push((
                span.start,
                Change::MissingTurn {
                    state: span.state,
                    from: span.start.max(from),
                },
            ));
        }
    }
    // Inside turns that agree, a different holder: an acting holder against a nominee, say.
    for h in subject.iter().filter(|h| h.end > from && h.start < to) {
        let day = h.start.max(from);
        if let Some(other) = holding_on(baseline, day)
            && other.turn == h.turn
            && other.holder_state != h.holder_state
        {
            let end = h.end.min(other.end).min(to);
            said.push((
                day,
                Change::OtherHolder {
                    from: day,
                    to: last_day(end),
                    ours: h.clone(),
                    theirs: other.clone(),
                },
            ));
        }
    }
    said.sort_by_key(|(day, _)| *day);
    said.into_iter().map(|(_, change)| change).collect()
}
