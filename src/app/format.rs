//! Dates and events as people read them.

use chrono::{Datelike as _, NaiveDate};

use super::ruler::month_name;
use crate::engine::{Event, Holding, HoldingKind, Members};

/// "1 Jan 2020".
#[must_use]
pub fn day(date: NaiveDate) -> String {
    format!("{} {} {}", date.day(), month_name(date), date.year())
}

/// A holding's dates, first to last day: "1 Jan 2020 – 31 Dec 2022".
#[must_use]
pub fn span(holding: &Holding) -> String {
    format!("{} – {}", day(holding.start), day(holding.last_day()))
}

/// The holder as a lane shows them: "Valery Semerikov (acting)".
#[must_use]
pub fn holder(holding: &Holding) -> String {
    match holding.kind {
        HoldingKind::Acting => format!("{} (acting)", holding.holder),
        HoldingKind::Term => holding.holder.clone(),
    }
}

/// An event in a sentence: "Armenia's nominee takes office on 2 May 2017".
#[must_use]
pub fn event(event: &Event, members: &Members) -> String {
    let name = |code| members.name_en(code);
    match *event {
        Event::Recall { date } => format!("The appointed holder is recalled on {}", day(date)),
        Event::TakesOffice { state, date } => {
            format!("{}'s nominee takes office on {}", name(state), day(date))
        }
        Event::Join { state, date } => format!("{} joins on {}", name(state), day(date)),
        Event::Withdraw { state, date } => format!("{} leaves on {}", name(state), day(date)),
        Event::Suspend { state, from, to } => match to {
            Some(to) => format!(
                "{} is suspended from {} until {}",
                name(state),
                day(from),
                day(to)
            ),
            None => format!("{} is suspended from {} on", name(state), day(from)),
        },
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_day_month_year() {
        assert_eq!(
            day(NaiveDate::from_ymd_opt(2018, 11, 2).unwrap()),
            "2 Nov 2018"
        );
        assert_eq!(
            day(NaiveDate::from_ymd_opt(2020, 1, 1).unwrap()),
            "1 Jan 2020"
        );
    }
}
