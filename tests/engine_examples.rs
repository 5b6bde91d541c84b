//! The worked examples E1 to E6 of domain.md section 7, exactly, through the library and the CLI.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{catalog, cli_rows, projected, rows};
use rota::engine::{Reading, Scenario};

const E1: [&str; 8] = [
    "2017-01-01,2020-01-01,ARM,ARM,term",
    "2020-01-01,2023-01-01,BLR,BLR,term",
    "2023-01-01,2026-01-01,KAZ,KAZ,term",
    "2026-01-01,2029-01-01,KGZ,KGZ,term",
    "2029-01-01,2032-01-01,RUS,RUS,term",
    "2032-01-01,2035-01-01,TJK,TJK,term",
    "2035-01-01,2038-01-01,ARM,ARM,term",
    "2038-01-01,2041-01-01,BLR,BLR,term",
];

fn documented_under(reading: Reading) -> Scenario {
    let mut scenario = catalog().documented_scenario();
    scenario.rules.reading = reading;
    scenario
}

#[test]
fn e1_the_rule_alone_runs_in_russian_alphabetical_order_to_2041() {
    let catalog = catalog();
    let projection = projected(&catalog, &catalog.rule_alone(), "2041-01-01");
    assert_eq!(rows(&projection.holdings), E1);
    assert!(projection.warnings.is_empty());
    assert_eq!(cli_rows(&["--until", "2041-01-01"]), E1);
}

#[test]
fn e2_the_documented_scenario_reproduces_the_record_with_names_then_continues() {
    let catalog = catalog();
    let projection = projected(&catalog, &catalog.documented_scenario(), "2038-01-01");
    let expected = [
        "2017-01-01,2017-05-02,ARM,RUS,acting",
        "2017-05-02,2018-11-02,ARM,ARM,term",
        "2018-11-02,2020-01-01,ARM,RUS,acting",
        "2020-01-01,2023-01-01,BLR,BLR,term",
        "2023-01-01,2026-01-01,KAZ,KAZ,term",
        "2026-01-01,2029-01-01,KGZ,KGZ,term",
        "2029-01-01,2032-01-01,RUS,RUS,term",
        "2032-01-01,2035-01-01,TJK,TJK,term",
        "2035-01-01,2038-01-01,ARM,ARM,term",
    ];
    assert_eq!(rows(&projection.holdings), expected);
    let names: Vec<String> = projection
        .holdings
        .iter()
        .map(|h| rota::words::holder(h, &catalog))
        .collect();
    assert_eq!(
        names,
        [
            "Valery Semerikov",
            "Yuri Khachaturov",
            "Valery Semerikov",
            "Stanislav Zas",
            "Imangali Tasmagambetov",
            "Taalatbek Masadykov",
            "Nominee of Russia",
            "Nominee of Tajikistan",
            "Nominee of Armenia",
        ]
    );
    // The six rotation-era documented holdings, exactly, one for one.
    let history = catalog.history_holdings();
    let era: Vec<String> = rows(&history[1..]);
    assert_eq!(era.len(), 6);
    assert_eq!(rows(&projection.holdings[..6]), era);
    assert_eq!(
        cli_rows(&["--documented", "--until", "2038-01-01"]),
        expected
    );
}

#[test]
fn e3_armenias_reading_lets_a_new_armenian_complete_the_turn() {
    let catalog = catalog();
    let expected = [
        "2017-01-01,2017-05-02,ARM,RUS,acting",
        "2017-05-02,2018-11-02,ARM,ARM,term",
        "2018-11-02,2020-01-01,ARM,ARM,term",
        "2020-01-01,2023-01-01,BLR,BLR,term",
    ];
    let projection = projected(
        &catalog,
        &documented_under(Reading::SameStateCompletes),
        "2023-01-01",
    );
    assert_eq!(rows(&projection.holdings), expected);
    assert_eq!(
        rota::words::holder(&projection.holdings[2], &catalog),
        "Nominee of Armenia"
    );
    assert_eq!(
        cli_rows(&[
            "--documented",
            "--reading",
            "same-state-completes",
            "--until",
            "2023-01-01"
        ]),
        expected
    );
}

#[test]
fn e4_kazakhstans_reading_moves_every_later_turn() {
    let catalog = catalog();
    let expected = [
        "2017-01-01,2017-05-02,ARM,RUS,acting",
        "2017-05-02,2018-11-02,ARM,ARM,term",
        "2018-11-02,2021-11-02,BLR,BLR,term",
        "2021-11-02,2024-11-02,KAZ,KAZ,term",
        "2024-11-02,2027-11-02,KGZ,KGZ,term",
        "2027-11-02,2030-11-02,RUS,RUS,term",
    ];
    let projection = projected(
        &catalog,
        &documented_under(Reading::NextStateFullTerm),
        "2030-11-02",
    );
    assert_eq!(rows(&projection.holdings), expected);
    assert_eq!(
        cli_rows(&[
            "--documented",
            "--reading",
            "next-state-full-term",
            "--until",
            "2030-11-02"
        ]),
        expected
    );
}

#[test]
fn e5_an_early_start_for_belarus_keeps_kazakhstans_date() {
    let catalog = catalog();
    let projection = projected(
        &catalog,
        &documented_under(Reading::NextStateEarlyStart),
        "2026-01-01",
    );
    let expected = [
        "2017-01-01,2017-05-02,ARM,RUS,acting",
        "2017-05-02,2018-11-02,ARM,ARM,term",
        "2018-11-02,2023-01-01,BLR,BLR,term",
        "2023-01-01,2026-01-01,KAZ,KAZ,term",
    ];
    assert_eq!(rows(&projection.holdings), expected);
    assert_eq!(
        rota::words::holder(&projection.holdings[3], &catalog),
        "Imangali Tasmagambetov"
    );
    assert_eq!(
        cli_rows(&[
            "--documented",
            "--reading",
            "next-state-early-start",
            "--until",
            "2026-01-01"
        ]),
        expected
    );
}

#[test]
fn e6_five_year_terms_move_belarus_to_2022_and_kazakhstan_to_2027() {
    let catalog = catalog();
    let mut scenario = catalog.rule_alone();
    scenario.rules.term_months = 60;
    let expected = [
        "2017-01-01,2022-01-01,ARM,ARM,term",
        "2022-01-01,2027-01-01,BLR,BLR,term",
        "2027-01-01,2032-01-01,KAZ,KAZ,term",
    ];
    assert_eq!(
        rows(&projected(&catalog, &scenario, "2028-01-01").holdings),
        expected
    );
    assert_eq!(
        cli_rows(&["--term-months", "60", "--until", "2028-01-01"]),
        expected
    );
    assert_eq!(
        cli_rows(&["--term-years", "5", "--until", "2028-01-01"]),
        expected
    );
}

#[test]
fn from_2020_the_rule_alone_and_the_record_agree() {
    let catalog = catalog();
    let history = catalog.history_holdings();
    let rule = projected(&catalog, &catalog.rule_alone(), "2029-01-01");
    let diff = rota::engine::difference(
        &rule.holdings,
        &history,
        common::d("2017-01-01"),
        common::d("2029-01-01"),
    );
    let periods: Vec<(String, String)> = diff
        .periods
        .iter()
        .map(|p| (p.start.to_string(), p.end.to_string()))
        .collect();
    // They differ while an acting SG held the post; an Armenian in office is an Armenian in
    // office. From 2020-01-01 on they agree.
    assert_eq!(
        periods,
        [
            ("2017-01-01".to_owned(), "2017-05-02".to_owned()),
            ("2018-11-02".to_owned(), "2020-01-01".to_owned()),
        ]
    );
    assert_eq!(diff.first_divergence, Some(common::d("2017-01-01")));
}

#[test]
fn the_fit_of_each_reading_to_the_record() {
    let catalog = catalog();
    let fits = catalog.fits(common::d("2026-11-24"));
    let got: Vec<(String, i64, i64, Option<String>)> = fits
        .iter()
        .zip(&catalog.readings)
        .map(|(f, r)| {
            (
                r.id.clone(),
                f.agreeing_days,
                f.total_days,
                f.first_divergence.map(|d| d.to_string()),
            )
        })
        .collect();
    // 3614 days from 2017-01-01 to 2026-11-24; 425 from 2018-11-02 to 2020-01-01; Kazakhstan's
    // reading also disagrees wherever its turns run ahead of the record (1701 days to 2029, 1275
    // of them before 2026-11-24).
    let total = 3614;
    assert_eq!(
        got,
        [
            ("acting-until-term-end".to_owned(), total, total, None),
            (
                "same-state-completes".to_owned(),
                total - 425,
                total,
                Some("2018-11-02".to_owned())
            ),
            (
                "next-state-full-term".to_owned(),
                total - 1275,
                total,
                Some("2018-11-02".to_owned())
            ),
            (
                "next-state-early-start".to_owned(),
                total - 425,
                total,
                Some("2018-11-02".to_owned())
            ),
        ]
    );
}
