//! The difference between two successions: where they disagree, from when, and in words.

use chrono::NaiveDate;

use super::members::{Members, StateCode};
use super::project::{Holding, HoldingKind, holding_on};

/// A period `[start, end)` in which two successions disagree on the turn or the holder's state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disagreement {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// Where and how two successions differ inside a window.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Difference {
    pub periods: Vec<Disagreement>,
    /// The first day on which they disagree.
    pub first_divergence: Option<NaiveDate>,
    /// Plain sentences, earliest first, such as "Kazakhstan's turn starts on 2021-11-02 instead
    /// of 2023-01-01".
    pub sentences: Vec<String>,
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

/// Compares `subject` with `baseline` on `[from, to)`. Both lists are sorted by start.
#[must_use]
pub fn difference(
    subject: &[Holding],
    baseline: &[Holding],
    from: NaiveDate,
    to: NaiveDate,
    members: &Members,
) -> Difference {
    // Every day on which either list changes, inside the window: between two of them nothing does.
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

    let mut periods: Vec<Disagreement> = Vec::new();
    for pair in cuts.windows(2) {
        let [start, end] = [pair[0], pair[1]];
        if verdict(subject, start) == verdict(baseline, start) {
            continue;
        }
        match periods.last_mut() {
            Some(last) if last.end == start => last.end = end,
            _ => periods.push(Disagreement { start, end }),
        }
    }
    let first_divergence = periods.first().map(|p| p.start);
    let sentences = if periods.is_empty() {
        Vec::new()
    } else {
        sentences(subject, baseline, from, to, members)
    };
    Difference {
        periods,
        first_divergence,
        sentences,
    }
}

/// A state's turn as seen in a list of holdings.
#[derive(Clone, Copy, Debug)]
struct Span {
    state: StateCode,
    start: NaiveDate,
    end: NaiveDate,
}

/// Consecutive holdings of the same turn, clipped to nothing: the turns a list of holdings shows.
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

fn sentences(
    subject: &[Holding],
    baseline: &[Holding],
    from: NaiveDate,
    to: NaiveDate,
    members: &Members,
) -> Vec<String> {
    let ours = turns_of(subject, from, to);
    let theirs = turns_of(baseline, from, to);
    let mut said: Vec<(NaiveDate, String)> = Vec::new();
    // Pair the k-th turn of a state in one with the k-th turn of that state in the other.
    let mut seen: Vec<(StateCode, usize)> = Vec::new();
    for span in &ours {
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
        let name = members.name_en(span.state);
        let twin = theirs.iter().filter(|t| t.state == span.state).nth(k);
        match twin {
            Some(other) => {
                if span.start != other.start {
                    said.push((
                        span.start.min(other.start),
                        format!(
                            "{name}'s turn starts on {} instead of {}",
                            span.start, other.start
                        ),
                    ));
                }
                if span.end != other.end && span.end <= to && other.end <= to {
                    said.push((
                        span.end.min(other.end),
                        format!(
                            "{name}'s turn lasts until {} instead of {}",
                            last_day(span.end),
                            last_day(other.end)
                        ),
                    ));
                }
            }
            None => said.push((
                span.start,
                format!(
                    "{name} has a turn from {} that the other does not have before {}",
                    span.start.max(from),
                    last_day(to)
                ),
            )),
        }
    }
    let mut counted: Vec<(StateCode, usize)> = Vec::new();
    for span in &theirs {
        let k = match counted.iter_mut().find(|(s, _)| *s == span.state) {
            Some((_, n)) => {
                *n += 1;
                *n - 1
            }
            None => {
                counted.push((span.state, 1));
                0
            }
        };
        if ours
            .iter()
            .filter(|t| t.state == span.state)
            .nth(k)
            .is_none()
        {
            said.push((
                span.start,
                format!(
                    "{}'s turn from {} does not happen",
                    members.name_en(span.state),
                    span.start.max(from)
                ),
            ));
        }
    }
    // Inside turns that agree, a different holder: an acting SG against a nominee, say.
    for h in subject.iter().filter(|h| h.end > from && h.start < to) {
        let day = h.start.max(from);
        if let Some(other) = holding_on(baseline, day)
            && other.turn == h.turn
            && other.holder_state != h.holder_state
        {
            let end = h.end.min(other.end).min(to);
            said.push((
                day,
                format!(
                    "from {day} to {}, {} holds the post instead of {}",
                    last_day(end),
                    describe(h, members),
                    describe(other, members)
                ),
            ));
        }
    }
    said.sort_by_key(|(day, _)| *day);
    said.into_iter().map(|(_, s)| capitalise(&s)).collect()
}

fn describe(h: &Holding, members: &Members) -> String {
    match (h.kind, h.holder_state) {
        (HoldingKind::Acting, Some(s)) => {
            format!("{} (acting, {})", h.holder, members.name_en(s))
        }
        (HoldingKind::Acting, None) => h
            .holder
            .to_lowercase()
            .replace("secretary general", "Secretary General"),
        (HoldingKind::Term, _) => h.holder.clone(),
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
