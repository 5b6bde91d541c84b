//! Invariants of the projection, checked on 10,000 random scenarios each: random readings, lags,
//! term lengths, orders, anchorings, recalls, late appointments, joins, withdrawals, suspensions;
//! then on random offices (tests/offices.rs has those).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use rota::data::Catalog;
use rota::engine::{
    Anchoring, Event, HoldingKind, Order, Reading, Rules, Scenario, StateCode, project,
};

const CODES: [&str; 9] = [
    "ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "RUS", "TJK", "UZB",
];

const ORDERS: [&str; 3] = ["ru", "en", "ru-official"];

/// The cycles, written out by hand from the alphabets (not computed by the code under test).
fn expected_cycle(order: &str) -> [&'static str; 9] {
    match order {
        // Азербайджан, Армения, Беларусь, Грузия, Казахстан, Кыргызстан, Россия, Таджикистан, Узбекистан
        "ru" => [
            "AZE", "ARM", "BLR", "GEO", "KAZ", "KGZ", "RUS", "TJK", "UZB",
        ],
        "en" => [
            "ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "RUS", "TJK", "UZB",
        ],
        // Азербайджанская Республика, Грузия, Кыргызская Республика, Республика Армения, … Беларусь,
        // … Казахстан, … Таджикистан, … Узбекистан, Российская Федерация
        _ => [
            "AZE", "GEO", "KGZ", "ARM", "BLR", "KAZ", "TJK", "UZB", "RUS",
        ],
    }
}

fn base() -> NaiveDate {
    NaiveDate::from_ymd_opt(1995, 1, 1).unwrap()
}

fn day(offset: u32) -> NaiveDate {
    base() + Days::new(u64::from(offset))
}

fn code(i: usize) -> StateCode {
    StateCode::parse(CODES[i % CODES.len()]).unwrap()
}

fn rules() -> impl Strategy<Value = Rules> {
    (
        0u32..16_000, // start between 1995 and 2038
        prop_oneof![Just(36u32), 1u32..80],
        0usize..3,
        0usize..2,
        0usize..4,
        prop_oneof![Just(0u32), 0u32..800],
        any::<bool>(),
    )
        .prop_map(
            |(start, term, order, anchoring, reading, lag, skip)| Rules {
                start: day(start),
                term_months: term,
                order: Order::Names(u8::try_from(order).unwrap()),
                first: None,
                anchoring: Anchoring::ALL[anchoring],
                reading: Reading::ALL[reading],
                lag_days: lag,
                skip_suspended: skip,
            },
        )
}

fn scenario() -> impl Strategy<Value = (Scenario, NaiveDate)> {
    (
        rules(),
        prop::collection::vec(1u32..15_000, 0..8), // recalls, days after start
        prop::collection::vec((0usize..9, 1u32..15_000), 0..4), // late appointments
        prop::collection::vec((0usize..9, 0u32..20_000), 0..3), // joins
        prop::collection::vec((0usize..9, 0u32..20_000), 0..3), // withdrawals
        prop::collection::vec(
            (0usize..9, 0u32..20_000, prop::option::of(1u32..5_000)),
            0..3,
        ),
        365u32..18_000, // until, days after start
    )
        .prop_map(
            |(rules, recalls, takes, joins, withdrawals, suspensions, until)| {
                let after = |n: u32| rules.start + Days::new(u64::from(n));
                let mut events = Vec::new();
                events.extend(recalls.iter().map(|&n| Event::Recall { date: after(n) }));
                events.extend(takes.iter().map(|&(s, n)| Event::TakesOffice {
                    state: code(s),
                    date: after(n),
                }));
                events.extend(joins.iter().map(|&(s, n)| Event::Join {
                    state: code(s),
                    date: day(n),
                }));
                events.extend(withdrawals.iter().map(|&(s, n)| Event::Withdraw {
                    state: code(s),
                    date: day(n),
                }));
                events.extend(suspensions.iter().map(|&(s, n, len)| Event::Suspend {
                    state: code(s),
                    from: day(n),
                    to: len.map(|l| day(n + l)),
                }));
                let scenario = Scenario {
                    office: "csto-sg".into(),
                    name: "random".into(),
                    description: String::new(),
                    rules,
                    events,
                };
                (scenario, after(until))
            },
        )
}

/// Membership by "the latest change wins": the table's own joins and exits, then the scenario's
/// joins and withdrawals, each taking effect on its day. Independent of the engine's roster.
fn is_member(catalog: &Catalog, scenario: &Scenario, state: StateCode, on: NaiveDate) -> bool {
    let member = catalog.office.members.get(state).unwrap();
    let mut changes: Vec<(NaiveDate, u8, bool)> = Vec::new();
    for p in &member.membership {
        changes.push((p.start, 0, true));
        if let Some(end) = p.end {
            changes.push((end, 0, false));
        }
    }
    for e in &scenario.events {
        match *e {
            Event::Join { state: s, date } if s == state => changes.push((date, 1, true)),
            Event::Withdraw { state: s, date } if s == state => changes.push((date, 1, false)),
            _ => {}
        }
    }
    changes.sort();
    changes.iter().rfind(|c| c.0 <= on).is_some_and(|c| c.2)
}

fn is_suspended(catalog: &Catalog, scenario: &Scenario, state: StateCode, on: NaiveDate) -> bool {
    let member = catalog.office.members.get(state).unwrap();
    member.suspensions.iter().any(|p| p.contains(on))
        || scenario.events.iter().any(|e| match *e {
            Event::Suspend { state: s, from, to } => {
                s == state && from <= on && to.is_none_or(|t| on < t)
            }
            _ => false,
        })
}

fn eligible(catalog: &Catalog, scenario: &Scenario, state: StateCode, on: NaiveDate) -> bool {
    is_member(catalog, scenario, state, on)
        && !(scenario.rules.skip_suspended && is_suspended(catalog, scenario, state, on))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn holdings_cover_every_day_exactly_once((scenario, until) in scenario()) {
        let catalog = common::catalog();
        prop_assume!(scenario.problems(&catalog.office).is_empty());
        let projection = project(&scenario, &catalog.office, until);
        let stopped = projection.warnings.iter().find(|w| matches!(w, rota::engine::Warning::RotationStops { .. })).map(rota::engine::Warning::date);
        let holdings = &projection.holdings;
        if holdings.is_empty() {
            prop_assert_eq!(stopped, Some(scenario.rules.start));
            return Ok(());
        }
        prop_assert_eq!(holdings[0].start, scenario.rules.start);
        for h in holdings {
            prop_assert!(h.start < h.end, "empty holding {:?}", h);
            prop_assert!(h.start < until);
        }
        for pair in holdings.windows(2) {
            prop_assert_eq!(pair[0].end, pair[1].start, "gap or overlap");
        }
        let last = holdings.last().unwrap().end;
        match stopped {
            Some(stop) => prop_assert_eq!(last, stop),
            None => prop_assert!(last >= until),
        }
        // Turns tile the same days, and every holding lies inside a turn of its own state.
        for pair in projection.turns.windows(2) {
            prop_assert_eq!(pair[0].end, pair[1].start);
        }
        for h in holdings {
            let turn = projection.turns.iter().find(|t| t.start <= h.start && h.start < t.end).unwrap();
            prop_assert_eq!(Some(turn.state), h.turn);
            prop_assert!(h.end <= turn.end);
        }
    }

    #[test]
    fn every_appointed_holders_state_is_a_member_when_the_holding_starts((scenario, until) in scenario()) {
        let catalog = common::catalog();
        prop_assume!(scenario.problems(&catalog.office).is_empty());
        let projection = project(&scenario, &catalog.office, until);
        for h in projection.holdings.iter().filter(|h| h.kind == HoldingKind::Term) {
            let state = h.holder_state.unwrap();
            prop_assert_eq!(h.turn, Some(state));
            prop_assert!(is_member(&catalog, &scenario, state, h.start), "{} is not a member on {}", state, h.start);
        }
    }

    #[test]
    fn turns_follow_the_order_among_eligible_members((scenario, until) in scenario()) {
        let catalog = common::catalog();
        prop_assume!(scenario.problems(&catalog.office).is_empty());
        let projection = project(&scenario, &catalog.office, until);
        let cycle = expected_cycle(ORDERS[match scenario.rules.order { Order::Names(i) => usize::from(i), Order::Fixed => 0 }]);
        let mut previous: Option<usize> = None;
        for turn in &projection.turns {
            let first = previous.map_or(0, |p| p + 1);
            let expected = (0..cycle.len())
                .map(|k| StateCode::parse(cycle[(first + k) % cycle.len()]).unwrap())
                .find(|&s| eligible(&catalog, &scenario, s, turn.start));
            prop_assert_eq!(Some(turn.state), expected, "turn starting {}", turn.start);
            previous = cycle.iter().position(|c| *c == turn.state.as_str());
        }
    }

    #[test]
    fn no_recall_lengthens_a_turn((scenario, until) in scenario()) {
        let catalog = common::catalog();
        prop_assume!(scenario.problems(&catalog.office).is_empty());
        // Add the recalls one by one, in date order: each may only end the first turn it changes
        // earlier (same start, same or earlier end), never later.
        let mut recalls: Vec<Event> = scenario.events.iter().copied().filter(|e| matches!(e, Event::Recall { .. })).collect();
        recalls.sort_by_key(Event::date);
        let mut partial = scenario.clone();
        partial.events.retain(|e| !matches!(e, Event::Recall { .. }));
        let mut before = project(&partial, &catalog.office, until);
        for recall in recalls {
            partial.events.push(recall);
            let after = project(&partial, &catalog.office, until);
            if let Some((a, b)) = after.turns.iter().zip(&before.turns).find(|(a, b)| a != b) {
                prop_assert_eq!(a.start, b.start, "{}", recall);
                prop_assert!(a.end <= b.end, "{}: turn {:?} ends later than {:?}", recall, a, b);
            }
            before = after;
        }
    }

    #[test]
    fn arbitrary_scenarios_never_panic((scenario, until) in scenario(), junk in prop::collection::vec(any::<u8>(), 0..64)) {
        let catalog = common::catalog();
        // Even unchecked scenarios: the engine must answer, not panic.
        let projection = project(&scenario, &catalog.office, until);
        prop_assert!(projection.holdings.len() < 200_000);
        let _ = rota::data::scenario_file::parse_scenario("junk.ron", &junk, &common::library());
    }
}
