//! The CSTO's bundled data says what the record says: the seven documented holdings, the seeds'
//! spellings of names, the dispute's events, the members' names and order, and the bundled
//! scenarios, which load, project without warnings and keep their hand-written names.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use common::{catalog, d};

#[test]
fn the_documented_history_is_the_seven_holdings_of_the_record() {
    let catalog = catalog();
    let rows: Vec<(String, String, String, String, &str)> = catalog
        .history
        .iter()
        .map(|h| {
            (
                h.holding.start.to_string(),
                h.holding.end.to_string(),
                h.person.clone().unwrap_or_default(),
                h.holding
                    .holder_state
                    .map(|c| c.to_string())
                    .unwrap_or_default(),
                h.holding.kind.name(),
            )
        })
        .collect();
    let expected = [
        (
            "2003-04-28",
            "2017-01-01",
            "Nikolai Bordyuzha",
            "RUS",
            "term",
        ),
        (
            "2017-01-01",
            "2017-05-02",
            "Valery Semerikov",
            "RUS",
            "acting",
        ),
        (
            "2017-05-02",
            "2018-11-02",
            "Yuri Khachaturov",
            "ARM",
            "term",
        ),
        (
            "2018-11-02",
            "2020-01-01",
            "Valery Semerikov",
            "RUS",
            "acting",
        ),
        ("2020-01-01", "2023-01-01", "Stanislav Zas", "BLR", "term"),
        (
            "2023-01-01",
            "2026-01-01",
            "Imangali Tasmagambetov",
            "KAZ",
            "term",
        ),
        (
            "2026-01-01",
            "2029-01-01",
            "Taalatbek Masadykov",
            "KGZ",
            "term",
        ),
    ];
    let expected: Vec<(String, String, String, String, &str)> = expected
        .iter()
        .map(|(a, b, c, s, k)| {
            (
                (*a).to_owned(),
                (*b).to_owned(),
                (*c).to_owned(),
                (*s).to_owned(),
                *k,
            )
        })
        .collect();
    assert_eq!(rows, expected);
    assert_eq!(catalog.history[0].holding.turn, None);
    assert!(catalog.history[6].scheduled);
}

#[test]
fn a_seeds_spelling_of_a_name_is_recognised() {
    let catalog = catalog();
    assert_eq!(
        catalog.person_named("Imanghali Tasmaghambetov"),
        Some("Imangali Tasmagambetov")
    );
    assert_eq!(catalog.person_named("Stanislau Zas"), Some("Stanislav Zas"));
    assert_eq!(catalog.person_named("Zass"), Some("Stanislav Zas"));
    assert_eq!(
        catalog.person_named("Khachaturov"),
        Some("Yuri Khachaturov")
    );
    assert_eq!(catalog.person_named("Lukashenka"), None);
}

#[test]
fn the_dispute_events_run_from_2015_to_masadykov_in_date_order() {
    let catalog = catalog();
    let first = catalog.moments.first().unwrap();
    let last = catalog.moments.last().unwrap();
    assert_eq!(first.date, d("2015-09-15"));
    assert_eq!(last.date, d("2025-11-27"));
    assert_eq!(
        catalog
            .moments
            .iter()
            .filter(|e| e.date == d("2018-11-02"))
            .count(),
        1
    );
    assert_eq!(catalog.conflicts.len(), 4);
    assert_eq!(catalog.readings.len(), 4);
}

#[test]
fn members_have_their_three_names_and_the_2015_order() {
    let catalog = catalog();
    let arm = catalog
        .office
        .members
        .get(rota::engine::StateCode::parse("ARM").unwrap())
        .unwrap();
    let keys: Vec<&str> = catalog
        .office
        .name_sets
        .iter()
        .map(|s| s.key.as_str())
        .collect();
    assert_eq!(keys, ["ru", "en", "ru-official"]);
    assert_eq!(arm.names, ["Армения", "Armenia", "Республика Армения"]);
    let official = catalog.office.parse_order("ru-official").unwrap();
    let cycle: Vec<String> = catalog
        .office
        .members_on(official, d("2017-01-01"))
        .iter()
        .map(ToString::to_string)
        .collect();
    // Under the official names Kyrgyzstan would come first and Russia last.
    assert_eq!(cycle, ["KGZ", "ARM", "BLR", "KAZ", "TJK", "RUS"]);
}

#[test]
fn every_bundled_scenario_loads_and_projects_without_warnings() {
    let catalog = catalog();
    assert_eq!(catalog.scenarios.len(), 12);
    for bundled in &catalog.scenarios {
        let projection = common::projected(&catalog, &bundled.scenario, "2041-01-01");
        assert!(
            projection.warnings.is_empty(),
            "{}: {:?}",
            bundled.id,
            projection.warnings
        );
        let file =
            Path::new("assets/offices/csto-sg/scenarios").join(format!("{}.ron", bundled.id));
        let reloaded = rota::data::scenario_file::load_scenario(&file, &common::library()).unwrap();
        assert_eq!(reloaded, bundled.scenario);
    }
}

/// The bundled scenarios' names, as written by hand: a test that saved over one would change it
/// ("Rule alone (2015) 2 2" once shipped that way).
#[test]
fn bundled_scenarios_keep_their_names() {
    let catalog = catalog();
    let names: Vec<(&str, &str)> = catalog
        .scenarios
        .iter()
        .map(|s| (s.id.as_str(), s.scenario.name.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("armenia-leaves", "What if Armenia left in 2027"),
            ("azerbaijan-joins", "What if Azerbaijan joined in 2030"),
            ("before-the-recall", "Before the recall"),
            ("documented", "Documented"),
            ("four-year-terms", "What if terms were four years"),
            (
                "frozen-armenia-skipped",
                "What if a frozen member were skipped"
            ),
            (
                "late-appointment-moves-turns",
                "What if a late appointment moved the schedule"
            ),
            ("official-names", "Order by official Russian names"),
            ("reading-next-state-early-start", "Early start, same end"),
            ("reading-next-state-full-term", "Kazakhstan's reading"),
            ("reading-same-state-completes", "Armenia's reading"),
            ("rule-alone", "Rule alone (2015)"),
        ]
    );
    // Each keeps its explanatory comment on the first line, as written by hand, not the comment
    // rota writes into files it saves.
    for bundled in &catalog.scenarios {
        let file =
            Path::new("assets/offices/csto-sg/scenarios").join(format!("{}.ron", bundled.id));
        let text = std::fs::read_to_string(file).unwrap();
        assert!(text.starts_with("// "), "{}", bundled.id);
        assert!(
            !text.starts_with("// A rota scenario. See README.md"),
            "{} was saved over by rota",
            bundled.id
        );
    }
}
