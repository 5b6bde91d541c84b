//! Questions for the class, for the printed handout: made from the office's record, its rule, its
//! lesson and the scenario, each answerable from the page it is printed on. No answers are given.

use crate::data::Catalog;
use crate::engine::{Comparison, Fit, Scenario};
use crate::words;

/// The questions, in the order a lesson would ask them: the rule, the record against it, the
/// scenario's first difference, the readings, then what the organisation did.
#[must_use]
pub fn questions(
    catalog: &Catalog,
    scenario: &Scenario,
    mine: &Comparison,
    rule_alone: Option<&Fit>,
) -> Vec<String> {
    let mut out = Vec::new();
    let start = words::day(catalog.rules.start);
    out.push(format!(
        "The rule: {} turns from {start}, in {}. Using the lanes, say whose turn it is today, and \
         whose comes next.",
        words::term(catalog.rules.term_months),
        words::alphabet(catalog.rules.order, catalog)
    ));
    if let Some(fit) = rule_alone.filter(|f| f.total_days > 0 && f.agreeing_days < f.total_days) {
        let day = fit.first_divergence.map_or_else(String::new, |d| {
            format!(" The first day they part is {}.", words::day(d))
        });
        out.push(format!(
            "The rule alone agrees with the record on {} of {} days since {start}.{day} What \
             happened there, and which event of the record explains it?",
            crate::overview::thousands(fit.agreeing_days),
            crate::overview::thousands(fit.total_days)
        ));
    }
    if let Some(first) = mine.difference.first_divergence {
        out.push(format!(
            "“{}” departs from the record on {}. Who holds the post that day in the record, and \
             who in the scenario? Which rule or event makes the difference?",
            scenario.name,
            words::day(first)
        ));
    }
    if let Some(lesson) = &catalog.lesson {
        for q in lesson.quiz.iter().take(2) {
            let Some(reading) = catalog.readings.get(q.reading) else {
                continue;
            };
            out.push(format!(
                "Under {}'s reading{} ({}), whose turn would it have been on {}? Why?",
                q.party,
                if q.model { " as rota models it" } else { "" },
                words::lower_first(&reading.label),
                words::day(q.on)
            ));
        }
    }
    if let Some(moment) = first_answer(catalog) {
        let question = moment.question.map_or("", |q| q.describe());
        out.push(format!(
            "On {} the {} faced {question}: {}. What did it do? Name one other answer it could \
             have given, and what it would have changed.",
            words::day(moment.date),
            catalog.short,
            words::lower_first(&moment.title)
        ));
    }
    out
}

/// The office's first moment that answers the question the offices are compared on.
fn first_answer(catalog: &Catalog) -> Option<&crate::data::Moment> {
    catalog
        .moments
        .iter()
        .filter(|m| m.question.is_some())
        .min_by_key(|m| m.date)
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    #[test]
    fn the_csto_worksheet_asks_about_the_rule_the_record_the_recall_and_two_readings() {
        let library = crate::data::Library::bundled().unwrap();
        let catalog = library.get("csto-sg").unwrap();
        let scenario = catalog.scenario("before-the-recall").unwrap().clone();
        let today: chrono::NaiveDate = "2026-11-24".parse().unwrap();
        let history = catalog.history_holdings();
        let mine = crate::engine::compare_with_record(
            &scenario,
            &catalog.office,
            &history,
            catalog.rules.start,
            today,
        );
        let alone = crate::engine::fit(
            &[catalog.rule_alone()],
            &catalog.office,
            &history,
            catalog.rules.start,
            today,
        );
        let questions = questions(catalog, &scenario, &mine, alone.first());
        assert_eq!(questions.len(), 6, "{questions:#?}");
        assert_eq!(
            questions[0],
            "The rule: 3-year turns from 1 Jan 2017, in the Russian alphabet. Using the lanes, say \
             whose turn it is today, and whose comes next."
        );
        assert!(questions[1].starts_with("The rule alone agrees with the record on "));
        assert!(questions[1].contains("The first day they part is 1 Jan 2017."));
        assert_eq!(
            questions[2],
            "“Before the recall” departs from the record on 2 Nov 2018. Who holds the post that \
             day in the record, and who in the scenario? Which rule or event makes the difference?"
        );
        assert_eq!(
            questions[3],
            "Under Kazakhstan's reading as rota models it (the next state starts a full term), \
             whose turn would it have been on 1 Jun 2022? Why?"
        );
        assert!(questions[5].starts_with("On 2 Nov 2018 the CSTO faced a turn cut short: "));
    }
}
