//! The bundled data is sourced and verbatim: every quote appears in the seed it names (read from
//! seeds/ on disk), every source reference resolves, the seeds are the project's originals.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use common::{catalog, d};
use rota::data::{Quote, SEEDS};

fn seed_on_disk(file: &str) -> String {
    std::fs::read_to_string(Path::new("seeds").join(file)).expect("the seed file is in seeds/")
}

fn all_quotes(catalog: &rota::data::Catalog) -> Vec<Quote> {
    let mut quotes: Vec<Quote> = Vec::new();
    quotes.extend(catalog.history.iter().flat_map(|h| h.quotes.clone()));
    quotes.extend(catalog.events.iter().flat_map(|e| e.quotes.clone()));
    quotes.extend(catalog.readings.iter().flat_map(|r| r.quotes.clone()));
    quotes.extend(
        catalog
            .conflicts
            .iter()
            .flat_map(|c| [c.a.quotes.clone(), c.b.quotes.clone()].concat()),
    );
    quotes.extend(
        catalog
            .walkthrough
            .steps
            .iter()
            .flat_map(|s| s.positions.iter().flat_map(|p| p.quotes.clone())),
    );
    quotes
}

#[test]
fn every_quote_appears_verbatim_in_the_seed_it_names() {
    let catalog = catalog();
    let quotes = all_quotes(&catalog);
    assert!(
        quotes.len() >= 20,
        "expected the data to quote the seeds, found {}",
        quotes.len()
    );
    for quote in quotes {
        let text = seed_on_disk(&quote.seed);
        assert!(
            text.contains(&quote.text),
            "not verbatim in {}: {}",
            quote.seed,
            quote.text
        );
    }
}

#[test]
fn every_source_reference_resolves() {
    let catalog = catalog();
    let mut refs: Vec<&String> = Vec::new();
    refs.extend(catalog.history.iter().flat_map(|h| &h.sources));
    refs.extend(catalog.events.iter().flat_map(|e| &e.sources));
    refs.extend(catalog.readings.iter().flat_map(|r| &r.sources));
    refs.extend(
        catalog
            .conflicts
            .iter()
            .flat_map(|c| c.a.sources.iter().chain(&c.b.sources)),
    );
    for step in &catalog.walkthrough.steps {
        refs.extend(&step.sources);
        refs.extend(step.positions.iter().flat_map(|p| &p.sources));
    }
    assert!(refs.len() > 40);
    for id in refs {
        assert!(catalog.source(id).is_some(), "unknown source {id}");
    }
    // Every documented holding and every event cites at least one source.
    assert!(catalog.history.iter().all(|h| !h.sources.is_empty()));
    assert!(catalog.events.iter().all(|e| !e.sources.is_empty()));
}

#[test]
fn the_seeds_are_the_five_original_documents_unchanged() {
    let mut files: Vec<String> = std::fs::read_dir("seeds")
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let embedded: Vec<&str> = SEEDS.iter().map(|s| s.file).collect();
    assert_eq!(files, embedded);
    for seed in SEEDS {
        assert_eq!(
            seed.text,
            seed_on_disk(seed.file),
            "{} differs from seeds/",
            seed.file
        );
        // Beside the project, the shared originals (when present) are byte for byte the same.
        let shared = Path::new("../shared/seeds").join(seed.file);
        if let Ok(original) = std::fs::read(&shared) {
            assert_eq!(
                original,
                seed.text.as_bytes(),
                "{} differs from ../shared/seeds",
                seed.file
            );
        }
    }
}

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
                h.person.clone(),
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
    let first = catalog.events.first().unwrap();
    let last = catalog.events.last().unwrap();
    assert_eq!(first.date, d("2015-09-15"));
    assert_eq!(last.date, d("2025-11-27"));
    assert_eq!(
        catalog
            .events
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
        .members
        .get(rota::engine::StateCode::parse("ARM").unwrap())
        .unwrap();
    assert_eq!(
        (
            arm.name_en.as_str(),
            arm.name_ru.as_str(),
            arm.name_ru_official.as_str()
        ),
        ("Armenia", "Армения", "Республика Армения")
    );
    let cycle: Vec<String> =
        rota::engine::order::cycle(&catalog.members, rota::engine::Order::RuOfficial)
            .iter()
            .filter(|c| {
                catalog
                    .members
                    .get(**c)
                    .unwrap()
                    .is_member_on(d("2017-01-01"))
            })
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
        let file = Path::new("assets/scenarios").join(format!("{}.ron", bundled.id));
        let reloaded = rota::data::scenario_file::load_scenario(&file, &catalog.members).unwrap();
        assert_eq!(reloaded, bundled.scenario);
    }
}

#[test]
fn the_walkthrough_runs_from_the_agreement_of_2015_to_masadykov_in_fourteen_steps() {
    let catalog = catalog();
    let steps = &catalog.walkthrough.steps;
    assert_eq!(steps.len(), 14);
    assert_eq!(steps[0].date, d("2015-12-21"));
    assert_eq!(steps[13].date, d("2026-01-01"));
    // Every step is sourced through its events or its own sources, and every event it names exists.
    for step in steps {
        assert!(
            !step.events.is_empty() || !step.sources.is_empty(),
            "{}",
            step.title
        );
        for id in &step.events {
            assert!(catalog.event(id).is_some(), "{id}");
        }
        for topic in &step.conflicts {
            assert!(catalog.conflict(topic).is_some(), "{topic}");
        }
    }
    // The three options of 2018-11-07 name three different readings between them.
    let ushakov = steps.iter().find(|s| s.date == d("2018-11-07")).unwrap();
    let mut readings: Vec<_> = ushakov
        .positions
        .iter()
        .flat_map(|p| p.readings.iter().map(|r| r.name()))
        .collect();
    readings.sort_unstable();
    readings.dedup();
    assert_eq!(
        readings,
        [
            "acting-until-term-end",
            "next-state-early-start",
            "next-state-full-term",
            "same-state-completes"
        ]
    );
}
