//! Who is a member, and who is suspended, on any day: the members' table with a scenario's
//! joins, withdrawals and suspensions applied.

use chrono::NaiveDate;

use super::calendar::{Period, add_days};
use super::members::{Members, StateCode};
use super::scenario::Event;
use super::warning::Warning;

/// A state's membership as a list of changes: from `date` on, a member (or not). The last change
/// on or before a day decides; on the same day the members' table goes first, then the scenario.
#[derive(Clone, Debug)]
struct Entry {
    code: StateCode,
    changes: Vec<(NaiveDate, bool)>,
    suspensions: Vec<Period>,
}

impl Entry {
    fn is_member(&self, day: NaiveDate) -> bool {
        let i = self.changes.partition_point(|(d, _)| *d <= day);
        i.checked_sub(1)
            .and_then(|i| self.changes.get(i))
            .is_some_and(|(_, member)| *member)
    }
}

/// Effective membership with a scenario's events applied, in date order.
#[derive(Clone, Debug)]
pub struct Roster {
    entries: Vec<Entry>,
}

impl Roster {
    /// Applies joins, withdrawals and suspensions in date order, after the members' table. A
    /// join of a state that is already a member, or a withdrawal of one that is not, changes
    /// nothing and is reported.
    #[must_use]
    pub fn build(members: &Members, events: &[Event], warnings: &mut Vec<Warning>) -> Self {
        let mut entries: Vec<Entry> = members
            .iter()
            .map(|m| {
                let mut changes = Vec::new();
                for p in &m.membership {
                    changes.push((p.start, true));
                    if let Some(end) = p.end {
                        changes.push((end, false));
                    }
                }
                changes.sort_by_key(|(d, _)| *d);
                Entry {
                    code: m.code,
                    changes,
                    suspensions: m.suspensions.clone(),
                }
            })
            .collect();
        let mut changes: Vec<&Event> = events
            .iter()
            .filter(|e| {
                matches!(
                    e,
                    Event::Join { .. } | Event::Withdraw { .. } | Event::Suspend { .. }
                )
            })
            .collect();
        changes.sort_by_key(|e| e.date());
        for event in changes {
            let Some(entry) = event
                .state()
                .and_then(|code| entries.iter_mut().find(|e| e.code == code))
            else {
                continue; // unknown states are rejected by validation before projecting
            };
            let (date, joins) = match *event {
                Event::Join { date, .. } => (date, true),
                Event::Withdraw { date, .. } => (date, false),
                Event::Suspend { from, to, .. } => {
                    entry.suspensions.push(Period::new(from, to));
                    continue;
                }
                _ => continue,
            };
            if entry.is_member(date) == joins {
                warnings.push(Warning::Membership {
                    event: *event,
                    state: entry.code,
                    date,
                    already: joins,
                });
                continue;
            }
            // After every change already on that day, so the scenario's word is the last.
            let at = entry.changes.partition_point(|(d, _)| *d <= date);
            entry.changes.insert(at, (date, joins));
        }
        for entry in &mut entries {
            entry.suspensions.sort();
        }
        Self { entries }
    }

    fn entry(&self, code: StateCode) -> Option<&Entry> {
        self.entries.iter().find(|e| e.code == code)
    }

    #[must_use]
    pub fn is_member(&self, code: StateCode, day: NaiveDate) -> bool {
        self.entry(code).is_some_and(|e| e.is_member(day))
    }

    #[must_use]
    pub fn is_suspended(&self, code: StateCode, day: NaiveDate) -> bool {
        self.entry(code)
            .is_some_and(|e| e.suspensions.iter().any(|p| p.contains(day)))
    }

    /// The first day strictly after `after` and strictly before `before` on which the state is not
    /// a member, if any.
    #[must_use]
    pub fn first_absence(
        &self,
        code: StateCode,
        after: NaiveDate,
        before: NaiveDate,
    ) -> Option<NaiveDate> {
        let next = add_days(after, 1);
        if next >= before {
            return None;
        }
        let entry = self.entry(code)?;
        if !entry.is_member(next) {
            return Some(next);
        }
        // The first change to "not a member" after `next`, if it comes before `before`.
        entry
            .changes
            .iter()
            .find(|(d, member)| *d > next && !*member && !entry.is_member(*d))
            .map(|(d, _)| *d)
            .filter(|d| *d < before)
    }
}
