//! Invariants on random offices: random members (names, joins, leaves), an alphabetical or a
//! fixed order, a person or a state holding the post, random terms; and the two events that only
//! offices beyond the CSTO needed: a `Forgo` moves every later turn one place earlier, a `Swap`
//! changes exactly two turns. The expected turns are computed here, independently of the engine.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use rota::engine::{
    Event, HolderKind, HoldingKind, Member, Members, NameSet, Office, Order, Period, Rules,
    Scenario, StateCode, Warning, project,
};

fn day(offset: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + Days::new(u64::from(offset))
}

/// A random office with `n` members: distinct lower-case ASCII names (so that their English
/// order is their byte order), a random fixed cycle, memberships from the start or joining and
/// leaving later.
#[derive(Clone, Debug)]
struct Random {
    office: Office,
    /// Names by member, in code order, for the independent model.
    names: Vec<(StateCode, String)>,
    rules: Rules,
}

fn office() -> impl Strategy<Value = Random> {
    any::<bool>().prop_flat_map(office_with)
}

/// A random office; with `constant`, every member is a member on every day.
fn office_with(constant: bool) -> impl Strategy<Value = Random> {
    (
        3usize..10,
        prop::collection::vec("[a-z]{3,8}", 10),
        prop::collection::vec((0u32..9000, prop::option::of(1u32..9000)), 10),
        Just(constant),
        any::<bool>(),
        any::<bool>(),
        Just(()).prop_perturb(|(), mut rng| {
            let mut perm: Vec<usize> = (0..10).collect();
            for i in (1..perm.len()).rev() {
                let j = (rng.next_u32() as usize) % (i + 1);
                perm.swap(i, j);
            }
            perm
        }),
        (
            0u32..3000,
            prop_oneof![Just(1u32), Just(6), Just(12), 1u32..60],
        ),
    )
        .prop_map(
            |(n, names, spans, constant, fixed, state, perm, (start, term))| {
                let mut names: Vec<String> = names.into_iter().take(n).collect();
                names.sort();
                names.dedup();
                let codes: Vec<StateCode> = (0..names.len())
                    .map(|i| {
                        let b = [b'A' + (i as u8), b'Q', b'Z'];
                        StateCode::parse(std::str::from_utf8(&b).unwrap()).unwrap()
                    })
                    .collect();
                let members: Vec<Member> = codes
                    .iter()
                    .zip(&names)
                    .zip(&spans)
                    .map(|((code, name), (join, leave))| Member {
                        code: *code,
                        names: vec![name.clone()],
                        membership: if constant {
                            vec![Period::new(day(0), None)]
                        } else {
                            vec![Period::new(day(*join), leave.map(|l| day(join + l)))]
                        },
                        suspensions: vec![],
                    })
                    .collect();
                let fixed_order: Vec<StateCode> = perm
                    .into_iter()
                    .filter_map(|i| codes.get(i).copied())
                    .collect();
                let sets = vec![NameSet {
                    key: "en".into(),
                    language: "en".into(),
                    label: "English names".into(),
                }];
                let holder = if state {
                    HolderKind::State
                } else {
                    HolderKind::Person
                };
                let office = Office::new(holder, Members::new(members), sets, fixed_order).unwrap();
                let order = if fixed { Order::Fixed } else { Order::Names(0) };
                let rules = Rules::new(day(start), term, order);
                Random {
                    office,
                    names: codes.into_iter().zip(names).collect(),
                    rules,
                }
            },
        )
}

/// The cycle written out here: the names in byte order, or the fixed list.
fn cycle(r: &Random) -> Vec<StateCode> {
    match r.rules.order {
        Order::Fixed => r.office.fixed_order.clone(),
        Order::Names(_) => {
            let mut by_name = r.names.clone();
            by_name.sort_by(|a, b| a.1.cmp(&b.1));
            by_name.into_iter().map(|(c, _)| c).collect()
        }
    }
}

fn scenario(r: &Random, events: Vec<Event>) -> Scenario {
    let mut s = Scenario::new("random", "random", r.rules);
    s.events = events;
    s
}

fn until(r: &Random) -> NaiveDate {
    r.rules.start + Days::new(u64::from(r.rules.term_months) * 31 * 40)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn turns_tile_time_and_follow_the_order_among_members(r in office()) {
        let s = scenario(&r, vec![]);
        let projection = project(&s, &r.office, until(&r));
        for pair in projection.holdings.windows(2) {
            prop_assert_eq!(pair[0].end, pair[1].start);
        }
        for h in &projection.holdings {
            prop_assert!(h.start < h.end);
            if r.office.holder == HolderKind::State {
                prop_assert!(h.kind != HoldingKind::Acting, "a state office has no acting holder");
            }
        }
        let cycle = cycle(&r);
        let mut previous: Option<usize> = None;
        for turn in &projection.turns {
            let first = previous.map_or(0, |p| p + 1);
            let expected = (0..cycle.len())
                .map(|k| cycle[(first + k) % cycle.len()])
                .find(|c| r.office.members.get(*c).unwrap().is_member_on(turn.start));
            prop_assert_eq!(Some(turn.state), expected, "the turn of {}", turn.start);
            previous = cycle.iter().position(|c| *c == turn.state);
        }
    }

    #[test]
    fn a_forgo_moves_every_later_turn_one_place_earlier(r in office_with(true), pick in 0usize..40) {
        prop_assume!(r.names.len() >= 2);
        let base = project(&scenario(&r, vec![]), &r.office, until(&r)).turns;
        prop_assume!(base.len() > 2);
        let k = pick % (base.len() - 1);
        let forgone = base[k];
        let event = Event::Forgo { state: forgone.state, date: forgone.start };
        let after = project(&scenario(&r, vec![event]), &r.office, until(&r));
        prop_assert!(after.warnings.is_empty(), "{:?}", after.warnings);
        let turns = after.turns;
        prop_assert_eq!(turns.len(), base.len());
        for (i, t) in turns.iter().enumerate() {
            prop_assert_eq!((t.start, t.end), (base[i].start, base[i].end), "dates keep");
            if i < k {
                prop_assert_eq!(t.state, base[i].state, "before the forgone turn nothing moves");
            } else if i + 1 < base.len() {
                prop_assert_eq!(t.state, base[i + 1].state, "turn {} moves one place earlier", i);
            }
        }
    }

    #[test]
    fn a_swap_changes_exactly_two_turns(r in office_with(true), a in 0usize..40, b in 0usize..40) {
        let base = project(&scenario(&r, vec![]), &r.office, until(&r)).turns;
        prop_assume!(base.len() > 2);
        let (i, j) = (a % base.len(), b % base.len());
        prop_assume!(i != j);
        let event = Event::Swap { date: base[i].start, with: base[j].start };
        let after = project(&scenario(&r, vec![event]), &r.office, until(&r));
        prop_assert!(after.warnings.is_empty(), "{:?}", after.warnings);
        let mut expected: Vec<StateCode> = base.iter().map(|t| t.state).collect();
        expected.swap(i, j);
        let got: Vec<StateCode> = after.turns.iter().map(|t| t.state).collect();
        prop_assert_eq!(got, expected);
        let changed = base.iter().zip(&after.turns).filter(|(x, y)| x.state != y.state).count();
        prop_assert!(changed == 2 || base[i].state == base[j].state);
    }

    #[test]
    fn a_forgo_or_swap_on_a_day_no_turn_starts_changes_nothing_and_says_so(r in office(), off in 1u32..20) {
        let base = project(&scenario(&r, vec![]), &r.office, until(&r));
        prop_assume!(base.turns.len() > 1);
        let first = base.turns[0];
        let not_a_start = first.start + Days::new(u64::from(off));
        prop_assume!(not_a_start < first.end);
        for event in [
            Event::Forgo { state: first.state, date: not_a_start },
            Event::Swap { date: first.start, with: not_a_start },
        ] {
            let after = project(&scenario(&r, vec![event]), &r.office, until(&r));
            prop_assert_eq!(&after.turns, &base.turns, "{}", event);
            let said = after
                .warnings
                .iter()
                .filter(|w| matches!(w, Warning::Forgo { .. } | Warning::SwapNoTurn { .. }))
                .count();
            prop_assert_eq!(said, 1, "{}", event);
        }
    }
}
