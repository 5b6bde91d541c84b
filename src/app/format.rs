//! Dates and events as people read them.

use chrono::{Datelike as _, NaiveDate};

use super::ruler::month_name;
use crate::engine::{Event, Holding, HoldingKind, Members, Order, TurnReason};

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

/// Why a turn is a state's, in a sentence: "Belarus: next after Armenia in the Russian alphabet;
/// an acting SG completed Armenia's turn first".
#[must_use]
pub fn turn_reason(reason: &TurnReason, members: &Members, order: Order) -> String {
    let name = |code| members.name_en(code);
    let alphabet = match order {
        Order::Ru => "the Russian alphabet",
        Order::En => "the English alphabet",
        Order::RuOfficial => "the Russian alphabet of official names",
    };
    let state = name(reason.state);
    let mut text = match reason.previous {
        None => format!("{state}: first in {alphabet}, so the rotation begins with it"),
        Some(previous) => format!("{state}: next after {} in {alphabet}", name(previous)),
    };
    if !reason.skipped.is_empty() {
        let skipped: Vec<String> = reason.skipped.iter().map(|c| name(*c)).collect();
        text.push_str(&format!(" ({} passed over)", skipped.join(", ")));
    }
    if let Some(vacancy) = reason.after_early_vacancy {
        text.push_str(&format!(
            "; after the vacancy of {}, the turn is still {state}'s",
            day(vacancy)
        ));
    } else if reason.previous_completed_by_acting
        && let Some(previous) = reason.previous
    {
        text.push_str(&format!(
            "; an acting SG completed {}'s turn first",
            name(previous)
        ));
    }
    text
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
