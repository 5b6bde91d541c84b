//! Every bundled office: its documented scenario reproduces its record, or departs from it exactly
//! where and by as many days as pinned here; its worked example (the turns, state by state and day
//! by day, written out from the record); its fit.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{d, library, office};
use rota::data::Catalog;
use rota::engine::compare_with_record;

/// Where the documented scenario of `catalog` disagrees with its record: `(from, to, days)`.
fn departures(catalog: &Catalog) -> Vec<(String, String, i64)> {
    let history = catalog.history_holdings();
    let comparison = compare_with_record(
        &catalog.documented_scenario(),
        &catalog.office,
        &history,
        catalog.rules.start,
        catalog.horizon,
    );
    assert!(comparison.projection.warnings.is_empty(), "{}", catalog.id);
    comparison
        .difference
        .periods
        .iter()
        .map(|p| {
            (
                p.start.to_string(),
                p.end.to_string(),
                (p.end - p.start).num_days(),
            )
        })
        .collect()
}

/// The turns of the documented scenario that start before `until`, as `date STATE`.
fn turns(catalog: &Catalog, until: &str) -> Vec<String> {
    let projection =
        rota::engine::project(&catalog.documented_scenario(), &catalog.office, d(until));
    projection
        .turns
        .iter()
        .map(|t| format!("{} {}", t.start, t.state))
        .collect()
}

#[test]
fn seven_offices_are_bundled_the_csto_first() {
    let ids: Vec<String> = library().catalogs.iter().map(|c| c.id.clone()).collect();
    assert_eq!(
        ids,
        [
            "csto-sg",
            "asean-chair",
            "eaeu-board",
            "eu-council",
            "mercosur-ppt",
            "sco-sg",
            "unsc-presidency"
        ]
    );
}

#[test]
fn five_records_are_reproduced_on_every_documented_day() {
    for id in [
        "csto-sg",
        "asean-chair",
        "eaeu-board",
        "eu-council",
        "unsc-presidency",
    ] {
        assert_eq!(departures(&office(id)), [], "{id}");
    }
}

#[test]
fn the_eec_board_goes_russia_armenia_belarus_kazakhstan_then_kyrgyzstan() {
    let eec = office("eaeu-board");
    assert_eq!(
        turns(&eec, "2032-01-01"),
        [
            "2012-02-01 RUS",
            "2016-02-01 ARM",
            "2020-02-01 BLR",
            "2024-02-01 KAZ",
            "2028-02-01 KGZ"
        ]
    );
    let people: Vec<Option<&str>> = eec.history.iter().map(|h| h.person.as_deref()).collect();
    assert_eq!(
        people,
        [
            Some("Viktor Khristenko"),
            Some("Tigran Sargsyan"),
            Some("Mikhail Myasnikovich"),
            Some("Bakytzhan Sagintayev")
        ]
    );
}

#[test]
fn the_sco_rule_as_written_parts_from_the_record_in_2007_and_english_order_does_not() {
    let sco = office("sco-sg");
    // Кыргызстан follows Китай in Russian; Kazakhstan followed China: 15 years apart, then the
    // turn after China's second.
    assert_eq!(
        departures(&sco),
        [
            ("2007-01-01".to_owned(), "2022-01-01".to_owned(), 5479),
            ("2025-01-01".to_owned(), "2028-01-01".to_owned(), 1095),
        ]
    );
    let fits = sco.fits(d("2026-11-25"));
    let rows: Vec<(&str, i64, i64, Option<String>)> = fits
        .iter()
        .zip(&sco.readings)
        .map(|(f, r)| {
            (
                r.id.as_str(),
                f.agreeing_days,
                f.total_days,
                f.first_divergence.map(|d| d.to_string()),
            )
        })
        .collect();
    assert_eq!(
        rows[0],
        ("as-agreed", 2192, 8364, Some("2007-01-01".to_owned()))
    );
    assert_eq!(rows[1], ("en-order", 8364, 8364, None));
    // The English order, year by year: the record and two turns beyond.
    let en = sco.under_reading(&sco.documented_scenario(), 1);
    let turns: Vec<String> = rota::engine::project(&en, &sco.office, d("2031-01-01"))
        .turns
        .iter()
        .map(|t| format!("{} {}", t.start, t.state))
        .collect();
    assert_eq!(
        turns,
        [
            "2004-01-01 CHN",
            "2007-01-01 KAZ",
            "2010-01-01 KGZ",
            "2013-01-01 RUS",
            "2016-01-01 TJK",
            "2019-01-01 UZB",
            "2022-01-01 CHN",
            "2025-01-01 KAZ",
            "2028-01-01 KGZ"
        ]
    );
}

#[test]
fn asean_swaps_twice_and_myanmar_gives_up_2026() {
    let asean = office("asean-chair");
    assert_eq!(
        turns(&asean, "2031-01-01"),
        [
            "2010-01-01 VNM",
            "2011-01-01 IDN",
            "2012-01-01 KHM",
            "2013-01-01 BRN",
            "2014-01-01 MMR",
            "2015-01-01 MYS",
            "2016-01-01 LAO",
            "2017-01-01 PHL",
            "2018-01-01 SGP",
            "2019-01-01 THA",
            "2020-01-01 VNM",
            "2021-01-01 BRN",
            "2022-01-01 KHM",
            "2023-01-01 IDN",
            "2024-01-01 LAO",
            "2025-01-01 MYS",
            "2026-01-01 PHL",
            "2027-01-01 SGP",
            "2028-01-01 THA",
            "2029-01-01 TLS",
            "2030-01-01 VNM"
        ]
    );
    // The rule alone, without the swaps and Myanmar's choice, parts from the record in 2011.
    let alone = compare_with_record(
        &asean.rule_alone(),
        &asean.office,
        &asean.history_holdings(),
        asean.rules.start,
        asean.horizon,
    );
    assert_eq!(alone.difference.first_divergence, Some(d("2011-01-01")));
}

#[test]
fn the_eu_council_moves_everyone_forward_when_the_uk_gives_up_2017() {
    let eu = office("eu-council");
    let turns = turns(&eu, "2031-01-01");
    assert_eq!(turns.len(), 48);
    for expected in [
        "2017-01-01 MLT",
        "2017-07-01 EST",
        "2018-01-01 BGR",
        "2019-07-01 FIN",
        "2020-01-01 HRV",
        "2020-07-01 DEU",
        "2026-07-01 IRL",
        "2030-07-01 MLT",
    ] {
        assert!(turns.contains(&expected.to_owned()), "{expected}");
    }
    assert!(!turns.iter().any(|t| t.ends_with("GBR")));
}

#[test]
fn the_security_council_presidency_goes_month_by_month_in_un_english_order() {
    let unsc = office("unsc-presidency");
    let turns = turns(&unsc, "2027-01-01");
    let year = |y: &str| -> Vec<&str> {
        turns
            .iter()
            .filter(|t| t.starts_with(y))
            .map(|t| &t[11..])
            .collect()
    };
    assert_eq!(
        year("2023"),
        [
            "JPN", "MLT", "MOZ", "RUS", "CHE", "ARE", "GBR", "USA", "ALB", "BRA", "CHN", "ECU"
        ]
    );
    assert_eq!(
        year("2026"),
        [
            "SOM", "GBR", "USA", "BHR", "CHN", "COL", "COD", "DNK", "FRA", "GRC", "LVA", "LBR"
        ]
    );
}

#[test]
fn mercosurs_summits_move_every_handover_and_2016_was_nobodys_then_four_states() {
    let mercosur = office("mercosur-ppt");
    // Each handover came at a summit some days before the rule's six-month date; the second half of
    // 2016 was Venezuela's turn by the rule, but vacant and then held jointly, until Argentina's
    // turn began on 2016-12-14 (the rule: 2017-01-29).
    let got = departures(&mercosur);
    let days: Vec<i64> = got.iter().map(|(_, _, n)| *n).collect();
    assert_eq!(
        days,
        [
            43, 12, 39, 184, 8, 39, 41, 42, 12, 55, 27, 44, 21, 43, 8, 54, 25, 53, 21, 54, 26, 40
        ]
    );
    assert_eq!(got[3].0, "2016-07-29");
    assert_eq!(got[3].1, "2017-01-29");
    let vacant = mercosur
        .history
        .iter()
        .find(|h| h.holding.kind == rota::engine::HoldingKind::Vacant)
        .unwrap();
    assert_eq!(vacant.holding.start, d("2016-07-29"));
    let joint = mercosur
        .history
        .iter()
        .find(|h| h.holding.kind == rota::engine::HoldingKind::Joint)
        .unwrap();
    assert_eq!(joint.states.len(), 4);
    assert_eq!(
        rota::words::holder(&joint.holding, &mercosur),
        "Argentina, Brazil, Paraguay and Uruguay, jointly"
    );
}

#[test]
fn every_bundled_office_cites_every_fact() {
    for catalog in &library().catalogs {
        for (code, sources) in &catalog.member_sources {
            assert!(!sources.is_empty(), "{}: member {code}", catalog.id);
        }
        for h in &catalog.history {
            assert!(!h.sources.is_empty(), "{}: {:?}", catalog.id, h.holding);
        }
        for (i, sources) in catalog.event_sources.iter().enumerate() {
            assert!(!sources.is_empty(), "{}: event {i}", catalog.id);
        }
        for m in &catalog.moments {
            assert!(!m.sources.is_empty(), "{}: {}", catalog.id, m.id);
        }
        assert!(!catalog.rule_sources.is_empty(), "{}: the rule", catalog.id);
        assert!(!catalog.summary.is_empty(), "{}", catalog.id);
    }
}

#[test]
fn every_office_answers_the_question_once_at_least() {
    use rota::data::Question;
    let mut asked = Vec::new();
    for catalog in &library().catalogs {
        for m in catalog.moments.iter().filter(|m| m.question.is_some()) {
            assert!(!m.answer.is_empty(), "{}: {}", catalog.id, m.id);
            asked.push((catalog.id.clone(), m.question.unwrap()));
        }
    }
    for question in [
        Question::CutShort,
        Question::Refused,
        Question::GivenUp,
        Question::Swapped,
        Question::Order,
    ] {
        assert!(asked.iter().any(|(_, q)| *q == question), "{question:?}");
    }
    for catalog in &library().catalogs {
        assert!(
            asked.iter().any(|(id, _)| id == &catalog.id),
            "{}",
            catalog.id
        );
    }
}
