//! The bundled data is sourced and verbatim: every quote appears in the seed it names (read from
//! seeds/ on disk), every source reference resolves, the seeds are the project's originals, every
//! step of the walkthrough is sourced, and the corrections of the facts audit stay made.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use common::{catalog, d};
use rota::data::{Quote, SEEDS};

fn seed_on_disk(file: &str) -> String {
    std::fs::read_to_string(Path::new("seeds").join(file)).expect("the seed file is in seeds/")
}

fn lesson(catalog: &rota::data::Catalog) -> &rota::data::Lesson {
    catalog.lesson.as_ref().expect("the CSTO has its lesson")
}

fn all_quotes(catalog: &rota::data::Catalog) -> Vec<Quote> {
    let mut quotes: Vec<Quote> = Vec::new();
    quotes.extend(catalog.history.iter().flat_map(|h| h.quotes.clone()));
    quotes.extend(catalog.moments.iter().flat_map(|e| e.quotes.clone()));
    quotes.extend(catalog.readings.iter().flat_map(|r| r.quotes.clone()));
    quotes.extend(
        catalog
            .conflicts
            .iter()
            .flat_map(|c| [c.a.quotes.clone(), c.b.quotes.clone()].concat()),
    );
    quotes.extend(
        lesson(catalog)
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
    refs.extend(catalog.moments.iter().flat_map(|e| &e.sources));
    refs.extend(catalog.readings.iter().flat_map(|r| &r.sources));
    refs.extend(
        catalog
            .conflicts
            .iter()
            .flat_map(|c| c.a.sources.iter().chain(&c.b.sources)),
    );
    for step in &lesson(&catalog).steps {
        refs.extend(&step.sources);
        refs.extend(step.positions.iter().flat_map(|p| &p.sources));
    }
    assert!(refs.len() > 40);
    for id in refs {
        assert!(catalog.source(id).is_some(), "unknown source {id}");
    }
    // Every documented holding and every event cites at least one source.
    assert!(catalog.history.iter().all(|h| !h.sources.is_empty()));
    assert!(catalog.moments.iter().all(|e| !e.sources.is_empty()));
    assert!(catalog.event_sources.iter().all(|s| !s.is_empty()));
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
fn the_walkthrough_runs_from_the_agreement_of_2015_to_masadykov_in_fourteen_steps() {
    let catalog = catalog();
    let steps = &lesson(&catalog).steps;
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
            assert!(catalog.moment(id).is_some(), "{id}");
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
        .flat_map(|p| p.readings.iter().map(|r| catalog.readings[*r].id.as_str()))
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

/// The corrections of the facts audit of 2026-11 (shared reviews, facts-audit-2.md, section A),
/// one assertion per row, so that none can quietly go back.
#[test]
fn the_facts_audit_corrections_stay_made() {
    let catalog = catalog();
    let event = |id: &str| catalog.moment(id).unwrap();
    let cites = |sources: &[String], id: &str| sources.iter().any(|s| s == id);
    // 1. The "late October / November 7" outlet is PanArmenian, S17.
    let (_, dates) = catalog
        .conflict("When were the recall and Nazarbayev's statement?")
        .unwrap();
    assert_eq!(dates.a.sources, ["S17"]);
    assert!(!dates.a.text.contains("not among"), "{}", dates.a.text);
    // 2. The Bishkek foreign ministers' meeting of 2019-05-22 cites the Armenian MFA and S26.
    let cfm = event("bishkek-cfm-2019");
    assert_eq!(cfm.date, d("2019-05-22"));
    assert!(cites(&cfm.sources, "S43") && cites(&cfm.sources, "S26"));
    assert!(catalog.source("S43").unwrap().urls[0].contains("mfa.am"));
    // 3. "Armenia absent" at Bishkek 2025 cites sources that say so.
    assert!(cites(&event("bishkek-2025").sources, "S37"));
    assert!(cites(&event("bishkek-2025").sources, "S44"));
    let last = lesson(&catalog).steps.last().unwrap();
    assert!(last.text.contains("Armenia absent") && cites(&last.sources, "S37"));
    // 4. The 2015 decision cites the sources that name the Russian alphabet.
    let moscow = event("moscow-2015");
    for id in ["S45", "S12", "S27", "S7"] {
        assert!(cites(&moscow.sources, id), "moscow-2015 cites {id}");
    }
    // 5. The 2016 sessions cite S8 and a source for the day of Yerevan, 2016-10-14.
    let sessions = event("no-nominee-2016");
    assert_eq!(
        (sessions.date, sessions.until),
        (d("2016-10-14"), Some(d("2016-12-26")))
    );
    assert!(cites(&sessions.sources, "S8") && cites(&sessions.sources, "S42"));
    // 6. Bail late on 27 July, released on 28 July.
    let bail = event("bail-2018");
    assert_eq!(
        (bail.date, bail.until),
        (d("2018-07-27"), Some(d("2018-07-28")))
    );
    assert!(bail.detail.contains("27 July") && bail.detail.contains("freed on 28 July"));
    // 7. "would serve for only a year" is seed 002's paraphrase, never Nazarbayev's words.
    let kazakh = catalog
        .readings
        .iter()
        .find(|r| r.id == "next-state-full-term")
        .unwrap();
    assert!(kazakh.argued_by.contains("seed 002's paraphrase"));
    for step in &lesson(&catalog).steps {
        for p in &step.positions {
            if p.says.contains("only a year") {
                assert!(p.says.contains("seed 002's paraphrase"), "{}", p.says);
            }
        }
        assert!(
            !step.text.contains("would serve for only a year"),
            "{}",
            step.title
        );
    }
    // 8. The full three-year Belarusian term is rota's model of the Kazakh and Belarusian position.
    assert!(kazakh.argued_by.starts_with("Rota's model"));
    let scenario = catalog.scenario("reading-next-state-full-term").unwrap();
    assert!(scenario.description.contains("rota's model"));
    for q in &lesson(&catalog).quiz {
        assert_eq!(
            q.model,
            catalog.readings[q.reading].id == "next-state-full-term",
            "{}",
            q.party
        );
    }
    // 9. Armenia's 2024 step is a freeze, not a formal suspension.
    assert_eq!(
        catalog.suspension_notes,
        [(
            rota::engine::StateCode::parse("ARM").unwrap(),
            rota::engine::Period::new(d("2024-02-22"), None),
            "participation frozen (no formal suspension)".to_owned()
        )]
    );
    assert!(
        catalog
            .scenario("frozen-armenia-skipped")
            .unwrap()
            .description
            .contains("no formal suspension")
    );
    // 10. Azerbaijan, Georgia and Uzbekistan were parties through 1999-04-20: out from 04-21.
    for code in ["AZE", "GEO", "UZB"] {
        let member = catalog
            .office
            .members
            .get(rota::engine::StateCode::parse(code).unwrap())
            .unwrap();
        assert!(member.is_member_on(d("1999-04-20")), "{code}");
        assert!(!member.is_member_on(d("1999-04-21")), "{code}");
    }
    // 11. S34 links the pages that give the accession dates.
    let s34 = catalog.source("S34").unwrap();
    assert!(s34.urls.iter().any(|u| u.contains("amansaja.com")));
    assert!(s34.urls.iter().any(|u| u.contains("mfa.gov.by")));
    // 12. S32 is about Uzbekistan only; the Masadykov page belongs to S31.
    assert!(
        !catalog
            .source("S32")
            .unwrap()
            .urls
            .iter()
            .any(|u| u.contains("news.mail.ru"))
    );
    assert!(
        catalog
            .source("S31")
            .unwrap()
            .urls
            .iter()
            .any(|u| u.contains("news.mail.ru"))
    );
    // 13. The README does not say the others simply contradict seed 003 on the arrest.
    let readme = std::fs::read_to_string("README.md").unwrap();
    assert!(readme.contains("even the\n  reports disagree on whether he was ever under arrest"));
    // 14. The Special Investigative Service charged Khachaturov, not prosecutors.
    let khachaturov = catalog
        .history
        .iter()
        .find(|h| h.person.as_deref() == Some("Yuri Khachaturov"))
        .unwrap();
    assert!(
        khachaturov
            .how_it_ended
            .contains("Special Investigative Service")
    );
    assert!(!khachaturov.how_it_ended.contains("prosecutors"));
    // 15. Semerikov's nationality is cited (S15).
    let step2 = &lesson(&catalog).steps[1];
    assert!(step2.text.contains("Valery Semerikov of Russia") && cites(&step2.sources, "S15"));
}
