//! Sentences made from the engine's values, with the office's words: its post and acting titles,
//! the states' names, its alphabets. GUI-free: the window, the command line, the exports and the
//! lessons all say things the same way.

use chrono::{Datelike as _, NaiveDate};

use crate::data::Catalog;
use crate::engine::{
    Change, Event, HolderKind, Holding, HoldingKind, Order, RecallIgnored, TakesOfficeIgnored,
    TurnReason, Warning,
};

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A day as the window writes it: "2 Nov 2018".
#[must_use]
pub fn day(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        MONTHS.get(date.month0() as usize).copied().unwrap_or(""),
        date.year()
    )
}

/// A holding's dates, first to last day: "1 Jan 2020 – 31 Dec 2022".
#[must_use]
pub fn span(holding: &Holding) -> String {
    format!("{} – {}", day(holding.start), day(holding.last_day()))
}

/// `text` with its first letter in lower case ("Acting Secretary General" → "acting Secretary
/// General").
#[must_use]
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A label in the middle of a sentence: "Official Russian names" → "official Russian names",
/// but "English names" keeps its capital (a language's name is a proper adjective).
#[must_use]
pub fn lower_label(text: &str) -> String {
    const PROPER: [&str; 8] = [
        "English",
        "Russian",
        "Spanish",
        "Portuguese",
        "French",
        "Chinese",
        "Arabic",
        "German",
    ];
    let first = text.split(' ').next().unwrap_or_default();
    if PROPER.contains(&first) {
        text.to_owned()
    } else {
        lower_first(text)
    }
}

/// `text` as the middle of a sentence: "The appointed holder…" → "the appointed holder…", but
/// "Armenia's nominee…" stays as it is (only an article is lowered).
#[must_use]
pub fn mid_sentence(text: &str) -> String {
    let first = text.split(' ').next().unwrap_or_default();
    if matches!(first, "The" | "A" | "An") {
        lower_first(text)
    } else {
        text.to_owned()
    }
}

/// `text` with its first letter in capitals.
#[must_use]
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// "a" or "an", as English puts it before `word`.
#[must_use]
pub fn article(word: &str) -> &'static str {
    match word.chars().next().map(|c| c.to_ascii_lowercase()) {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}

/// The holder of a holding: the documented person, or what rota knows of them ("Nominee of
/// Belarus", "Acting Secretary General", the presiding state, "Vacant").
#[must_use]
pub fn holder(holding: &Holding, catalog: &Catalog) -> String {
    if let Some(person) = &holding.person {
        return person.clone();
    }
    let state = |code| catalog.name(code);
    match (holding.kind, catalog.office.holder) {
        (HoldingKind::Term, HolderKind::Person) => holding
            .turn
            .map_or_else(String::new, |t| format!("Nominee of {}", state(t))),
        (HoldingKind::Term, HolderKind::State) => holding
            .holder_state
            .or(holding.turn)
            .map_or_else(String::new, state),
        (HoldingKind::Acting, _) => catalog.acting.clone(),
        (HoldingKind::Vacant, _) => "Vacant".to_owned(),
        (HoldingKind::Joint, _) => {
            let states = holding
                .documented
                .and_then(|i| catalog.history.get(i))
                .or_else(|| {
                    catalog.history.iter().find(|d| {
                        d.holding.start == holding.start && d.holding.kind == HoldingKind::Joint
                    })
                })
                .map(|d| d.states.iter().map(|s| state(*s)).collect::<Vec<_>>())
                .unwrap_or_default();
            format!("{}, jointly", and_list(&states))
        }
    }
}

/// How a holding ended, in words.
#[must_use]
pub fn ending(ending: crate::engine::Ending) -> &'static str {
    use crate::engine::Ending;
    match ending {
        Ending::TurnEnd => "the turn ended",
        Ending::Recalled => "recalled",
        Ending::StateLeft => "the holder's state left the organization",
        Ending::NomineeTookOffice => "a nominee took office",
    }
}

/// The holder as a lane shows them: "Valery Semerikov (acting)".
#[must_use]
pub fn holder_in_lane(holding: &Holding, catalog: &Catalog) -> String {
    match holding.kind {
        // "Acting Secretary General" says it already.
        HoldingKind::Acting if holding.person.is_none() => holder(holding, catalog),
        HoldingKind::Acting => format!("{} (acting)", holder(holding, catalog)),
        _ => holder(holding, catalog),
    }
}

/// "a, b and c".
#[must_use]
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// How a holder appears in a sentence about who holds the post instead of whom.
fn who(h: &Holding, catalog: &Catalog) -> String {
    match (h.kind, h.holder_state) {
        (HoldingKind::Acting, Some(s)) => {
            format!("{} (acting, {})", holder(h, catalog), catalog.name(s))
        }
        (HoldingKind::Acting, None) if h.person.is_none() => {
            let acting = lower_first(&catalog.acting);
            format!("{} {acting}", article(&acting))
        }
        (HoldingKind::Vacant, _) if h.person.is_none() => "nobody (the post is vacant)".to_owned(),
        (HoldingKind::Term, _)
            if h.person.is_none() && catalog.office.holder == HolderKind::Person =>
        {
            // "Nominee of Armenia" as a sentence has it.
            format!("a {}", lower_first(&holder(h, catalog)))
        }
        _ => holder(h, catalog),
    }
}

/// A date as sentences about differences and warnings write it: as the window does.
fn date(d: NaiveDate) -> String {
    day(d)
}

/// A difference between two successions, in a sentence.
#[must_use]
pub fn change(change: &Change, catalog: &Catalog) -> String {
    let name = |code| catalog.name(code);
    let sentence = match change {
        Change::TurnStarts {
            state,
            ours,
            theirs,
        } => format!(
            "{}'s turn starts on {} instead of {}",
            name(*state),
            date(*ours),
            date(*theirs)
        ),
        Change::TurnLasts {
            state,
            ours,
            theirs,
        } => format!(
            "{}'s turn lasts until {} instead of {}",
            name(*state),
            date(*ours),
            date(*theirs)
        ),
        Change::ExtraTurn { state, from, until } => format!(
            "{} has a turn from {} that the other does not have before {}",
            name(*state),
            date(*from),
            date(*until)
        ),
        Change::MissingTurn { state, from } => {
            format!(
                "{}'s turn from {} does not happen",
                name(*state),
                date(*from)
            )
        }
        Change::OtherHolder {
            from,
            to,
            ours,
            theirs,
        } => format!(
            "from {} to {}, {} holds the post instead of {}",
            date(*from),
            date(*to),
            who(ours, catalog),
            who(theirs, catalog)
        ),
    };
    capitalise(&sentence)
}

/// A warning, in a sentence.
#[must_use]
pub fn warning(warning: &Warning, catalog: &Catalog) -> String {
    let name = |code| catalog.name(code);
    match *warning {
        Warning::RotationStops { date: d } => format!(
            "the rotation stops on {}: no member state is eligible for a turn",
            date(d)
        ),
        Warning::Recall { date: d, why } => {
            let why = match why {
                RecallIgnored::BeforeStart { start } => {
                    format!("the rotation only starts on {}", date(start))
                }
                RecallIgnored::AfterEnd { end } => {
                    format!("it falls after the end of the projection ({})", date(end))
                }
                RecallIgnored::ActingHolds => {
                    let acting = lower_first(&catalog.acting);
                    format!("{} {acting} holds the post that day", article(&acting))
                }
                RecallIgnored::TakesOfficeThatDay => {
                    "the appointed holder only takes office that day".to_owned()
                }
                RecallIgnored::NoAppointedHolder => {
                    "no appointed holder is in office that day".to_owned()
                }
            };
            format!("recall {d} changes nothing: {why}")
        }
        Warning::TakesOffice {
            state,
            date: d,
            why,
        } => {
            let who = name(state);
            let why = match why {
                TakesOfficeIgnored::AfterEnd { end } => {
                    format!("it falls after the end of the projection ({})", date(end))
                }
                TakesOfficeIgnored::OtherTurn { turn } => format!(
                    "on {} it is {}'s turn, not {who}'s",
                    date(d),
                    turn.map_or_else(|| "nobody".to_owned(), name)
                ),
                TakesOfficeIgnored::ThatDayAnyway => {
                    format!("{who}'s nominee takes office that day anyway")
                }
                TakesOfficeIgnored::AlreadyInOffice => {
                    format!("{who}'s nominee is already in office on {}", date(d))
                }
            };
            format!("takes-office {state}@{d} changes nothing: {why}")
        }
        Warning::Membership {
            event,
            state,
            date: d,
            already,
        } => {
            let why = if already {
                "is already a member"
            } else {
                "is not a member"
            };
            format!(
                "{event} changes nothing: {} {why} on {}",
                name(state),
                date(d)
            )
        }
        Warning::Forgo { state, date: d } => format!(
            "forgo {state}@{d} changes nothing: no turn of {} starts that day",
            name(state)
        ),
        Warning::SwapNoTurn {
            date: a,
            with,
            missing,
        } => format!(
            "swap {a}@{with} changes nothing: no turn starts on {}",
            date(missing)
        ),
        Warning::SwapNotEligible {
            date: a,
            with,
            state,
            on,
        } => format!(
            "swap {a}@{with} changes nothing: {} is not a member on {}",
            name(state),
            date(on)
        ),
    }
}

/// An event in a sentence: "Armenia's nominee takes office on 2 May 2017".
#[must_use]
pub fn event(event: &Event, catalog: &Catalog) -> String {
    let name = |code| catalog.name(code);
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
        Event::Forgo { state, date } => format!(
            "{} gives up the turn that would start on {}",
            name(state),
            day(date)
        ),
        Event::Swap { date, with } => format!(
            "The turns starting on {} and {} swap their states",
            day(date),
            day(with)
        ),
    }
}

/// A term's length: "1 month", "6 months", "1 year", "3-year" (as an adjective with `-`).
#[must_use]
pub fn term(months: u32) -> String {
    match (months % 12, months / 12) {
        (0, 1) => "1-year".to_owned(),
        (0, years) => format!("{years}-year"),
        _ if months == 1 => "1-month".to_owned(),
        _ => format!("{months}-month"),
    }
}

/// How sentences name an order: "the Russian alphabet", "the fixed order".
#[must_use]
pub fn alphabet(order: Order, catalog: &Catalog) -> String {
    match order {
        Order::Names(i) => catalog
            .alphabets
            .get(usize::from(i))
            .cloned()
            .unwrap_or_else(|| "the order of names".to_owned()),
        Order::Fixed => "the fixed order".to_owned(),
    }
}

/// What an order compares, for a description of rules: "short Russian names", "the fixed list".
#[must_use]
pub fn order_names(order: Order, catalog: &Catalog) -> String {
    match order {
        Order::Names(i) => catalog
            .office
            .name_sets
            .get(usize::from(i))
            .map_or_else(String::new, |s| lower_label(&s.label)),
        Order::Fixed => "the fixed list".to_owned(),
    }
}

/// Why a turn is a state's, in a sentence: "Belarus: next after Armenia in the Russian alphabet;
/// an acting Secretary General completed Armenia's turn first".
#[must_use]
pub fn turn_reason(reason: &TurnReason, catalog: &Catalog, order: Order) -> String {
    let name = |code| catalog.name(code);
    let alphabet = alphabet(order, catalog);
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
        let acting = lower_first(&catalog.acting);
        text.push_str(&format!(
            "; {} {acting} completed {}'s turn first",
            article(&acting),
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

    #[test]
    fn articles_and_lists_read_as_english() {
        assert_eq!(article("acting"), "an");
        assert_eq!(article("nominee"), "a");
        assert_eq!(
            lower_first("Acting Secretary General"),
            "acting Secretary General"
        );
        assert_eq!(
            and_list(&["Argentina".into(), "Brazil".into(), "Uruguay".into()]),
            "Argentina, Brazil and Uruguay"
        );
    }
}
