//! Who is a member, and who is suspended, on any day: the members' table with a scenario's
//! joins, withdrawals and suspensions applied.

use chrono::NaiveDate;

use super::calendar::{Period, add_days};
use super::members::{Members, StateCode};
use super::project::Warning;
use super::scenario::Event;

#[derive(Clone, Debug)]
struct Entry {
    code: StateCode,
    membership: Vec<Period>,
    suspensions: Vec<Period>,
}

/// Effective membership with a scenario's events applied, in date order.
#[derive(Clone, Debug)]
pub struct Roster {
    entries: Vec<Entry>,
}

impl Roster {
    /// Applies joins, withdrawals and suspensions in date order. A join of a state that is
    /// already a member, or a withdrawal of one that is not, changes nothing and is reported.
    #[must_use]
    pub fn build(members: &Members, events: &[Event], warnings: &mut Vec<Warning>) -> Self {
        let mut entries: Vec<Entry> = members
            .iter()
            .map(|m| Entry {
                code: m.code,
                membership: m.membership.clone(),
                suspensions: m.suspensions.clone(),
            })
            .collect();
        let mut changes: Vec<&Event> = events
            .iter()
            .filter(|e| !matches!(e, Event::Recall { .. } | Event::TakesOffice { .. }))
            .collect();
        changes.sort_by_key(|e| e.date());
        for event in changes {
            let Some(entry) = event
                .state()
                .and_then(|code| entries.iter_mut().find(|e| e.code == code))
            else {
                continue; // unknown states are rejected by validation before projecting
            };
            let name = members.name_en(entry.code);
            match *event {
                Event::Join { date, .. } => {
                    if entry.membership.iter().any(|p| p.contains(date)) {
                        warnings.push(Warning::new(
                            date,
                            format!(
                                "{event} changes nothing: {name} is already a member on {date}"
                            ),
                        ));
                    } else if let Some(later) = entry.membership.iter_mut().find(|p| p.start > date)
                    {
                        later.start = date;
                    } else {
                        entry.membership.push(Period::new(date, None));
                    }
                }
                Event::Withdraw { date, .. } => {
                    if let Some(i) = entry.membership.iter().position(|p| p.contains(date)) {
                        if entry.membership.get(i).is_some_and(|p| p.start == date) {
                            entry.membership.remove(i);
                        } else if let Some(p) = entry.membership.get_mut(i) {
                            p.end = Some(date);
                        }
                    } else {
                        warnings.push(Warning::new(
                            date,
                            format!("{event} changes nothing: {name} is not a member on {date}"),
                        ));
                    }
                }
                Event::Suspend { from, to, .. } => {
                    entry.suspensions.push(Period::new(from, to));
                }
                Event::Recall { .. } | Event::TakesOffice { .. } => {}
            }
            entry.membership.sort();
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
        self.entry(code)
            .is_some_and(|e| e.membership.iter().any(|p| p.contains(day)))
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
        let mut day = next;
        // Walk through the (sorted) intervals that cover `day` until one leaves a gap.
        loop {
            match entry.membership.iter().find(|p| p.contains(day)) {
                None => return Some(day),
                Some(Period { end: None, .. }) => return None,
                Some(Period { end: Some(end), .. }) => {
                    if *end >= before {
                        return None;
                    }
                    day = *end;
                }
            }
        }
    }
}
