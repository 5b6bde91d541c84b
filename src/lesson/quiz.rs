//! The prediction quiz: from a chosen day the documented lane is hidden, and the class says which
//! state takes the post at each handover that follows; then questions on what a reading would have
//! given. Answers and explanations come from the engine. GUI-free: the window's Predict tab shows
//! it (`app/views/predict.rs`).

use chrono::{Duration, NaiveDate};

use crate::data::Catalog;
use crate::engine::{
    HolderKind, Holding, HoldingKind, StateCode, match_history, project, turn_reason,
};
use crate::lanes::LaneId;
use crate::words;

/// One question and its engine-computed answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    pub prompt: String,
    /// The reading (an index into the office's readings) a "what if" question is about; `None`
    /// for a question on the record.
    pub reading: Option<usize>,
    /// While the question is open, the documented lane is hidden from this day on.
    pub hide_from: Option<NaiveDate>,
    /// Once answered, the documented lane is hidden from this day on (`None`: all shown).
    pub reveal_until: Option<NaiveDate>,
    /// The states to choose from, in the rotation's order.
    pub choices: Vec<StateCode>,
    pub answer: StateCode,
    /// What happened (or would have), then why, from the engine.
    pub outcome: String,
    pub explanation: String,
}

/// A run of questions and the answers given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quiz {
    pub from: NaiveDate,
    pub questions: Vec<Question>,
    pub index: usize,
    pub answers: Vec<Option<StateCode>>,
}

impl Quiz {
    /// The questions from `from` on: each handover to an appointed Secretary General in the
    /// record up to `today`, then the reading questions of the office's lesson whose day is later.
    /// `None` when there is nothing left to ask.
    #[must_use]
    pub fn new(
        catalog: &Catalog,
        history: &[Holding],
        from: NaiveDate,
        today: NaiveDate,
    ) -> Option<Self> {
        let office = &catalog.office;
        let order = catalog.rules.order;
        let name = |code: StateCode| catalog.name(code);
        let choices_on = |day: NaiveDate| office.members_on(order, day);
        let mut questions = Vec::new();
        let mut hide_from = from;
        for (index, h) in history.iter().enumerate() {
            let Some(state) = h.holder_state else {
                continue;
            };
            if h.kind != HoldingKind::Term || h.start <= from || h.start > today {
                continue;
            }
            let Some(reason) = turn_reason(history, index, office, order) else {
                continue;
            };
            let prompt = match office.holder {
                HolderKind::Person => format!(
                    "On {} a new {} takes office (not an acting one). Which state's nominee is it?",
                    words::day(h.start),
                    catalog.post
                ),
                HolderKind::State => format!(
                    "On {} the {} passes to another state. Which state takes it?",
                    words::day(h.start),
                    words::lower_first(&catalog.post)
                ),
            };
            questions.push(Question {
                prompt,
                reading: None,
                hide_from: Some(hide_from),
                reveal_until: Some(h.end),
                choices: choices_on(h.start),
                answer: state,
                outcome: match office.holder {
                    HolderKind::Person => format!(
                        "{} of {} took office on {}.",
                        words::holder(h, catalog),
                        name(state),
                        words::day(h.start)
                    ),
                    HolderKind::State => {
                        format!("{} took it on {}.", name(state), words::day(h.start))
                    }
                },
                explanation: words::turn_reason(&reason, catalog, order),
            });
            hide_from = h.end;
        }
        let lesson_quiz = catalog
            .lesson
            .as_ref()
            .map_or(&[][..], |l| l.quiz.as_slice());
        for q in lesson_quiz.iter().filter(|q| q.on > from) {
            let scenario = catalog.under_reading(&catalog.documented_scenario(), q.reading);
            let until = q.on + Duration::days(366 * 4);
            let mut holdings = project(&scenario, office, until).holdings;
            match_history(&mut holdings, history);
            let Some(index) = holdings.iter().position(|h| h.contains(q.on)) else {
                continue;
            };
            let Some(reason) = turn_reason(&holdings, index, office, scenario.rules.order) else {
                continue;
            };
            let Some(h) = holdings.get(index) else {
                continue;
            };
            let Some(reading) = catalog.readings.get(q.reading) else {
                continue;
            };
            questions.push(Question {
                prompt: format!(
                    "Under {}'s reading{} ({}: {}), whose turn would it have been on {}?",
                    q.party,
                    if q.model { " as rota models it" } else { "" },
                    reading.id,
                    reading.label.to_lowercase(),
                    words::day(q.on)
                ),
                reading: Some(q.reading),
                hide_from: None,
                reveal_until: None,
                choices: choices_on(q.on),
                answer: reason.state,
                outcome: if h.person.is_none()
                    && h.kind == HoldingKind::Term
                    && office.holder == HolderKind::Person
                {
                    // Nobody's name to give: the turn, and its nominee.
                    format!(
                        "{}'s turn, from {} to {}, its nominee in office.",
                        name(reason.state),
                        words::day(h.start),
                        words::day(h.last_day())
                    )
                } else {
                    format!(
                        "{}'s turn: {} from {} to {}.",
                        name(reason.state),
                        words::holder_in_lane(h, catalog),
                        words::day(h.start),
                        words::day(h.last_day())
                    )
                },
                explanation: words::turn_reason(&reason, catalog, scenario.rules.order),
            });
        }
        if questions.is_empty() {
            return None;
        }
        let answers = vec![None; questions.len()];
        Some(Self {
            from,
            questions,
            index: 0,
            answers,
        })
    }

    /// The question being asked; `None` once all are done.
    #[must_use]
    pub fn current(&self) -> Option<&Question> {
        self.questions.get(self.index)
    }

    /// The answer given to the current question, if any.
    #[must_use]
    pub fn answered(&self) -> Option<StateCode> {
        self.answers.get(self.index).copied().flatten()
    }

    /// Records an answer to the current question; a question is answered once.
    pub fn answer(&mut self, state: StateCode) {
        if let Some(slot) = self.answers.get_mut(self.index)
            && slot.is_none()
        {
            *slot = Some(state);
        }
    }

    /// Moves to the next question once the current one is answered.
    pub fn next(&mut self) {
        if self.answered().is_some() {
            self.index = (self.index + 1).min(self.questions.len());
        }
    }

    /// Right answers, and questions answered.
    #[must_use]
    pub fn score(&self) -> (usize, usize) {
        let answered = self.answers.iter().flatten().count();
        let right = self
            .questions
            .iter()
            .zip(&self.answers)
            .filter(|(q, a)| **a == Some(q.answer))
            .count();
        (right, answered)
    }

    /// The day from which `lane` is hidden now, if it is. While a question on the record waits
    /// for its answer every lane that could give it away is hidden from the question's day. A
    /// question on a reading shows that reading's lane (the record's events under it), hidden
    /// from the quiz's first day, and the same reading's lane of the current scenario likewise;
    /// the other lanes do not answer it and stay shown, the record as the last record question
    /// left it. Once answered, only the record beyond the answer stays hidden.
    #[must_use]
    pub fn hidden_from(&self, lane: LaneId) -> Option<NaiveDate> {
        let question = self.current()?;
        let record = if self.answered().is_some() {
            question.reveal_until
        } else {
            // A question on a reading keeps hidden what the last record question had not shown.
            question.hide_from.or_else(|| {
                self.questions
                    .get(..self.index)
                    .unwrap_or_default()
                    .iter()
                    .rev()
                    .find(|q| q.reading.is_none())
                    .and_then(|q| q.reveal_until)
            })
        };
        let asked = question.reading.and_then(|r| u8::try_from(r).ok());
        match (lane, self.answered(), asked) {
            (LaneId::Documented, _, _) => record,
            (_, Some(_), _) => None,
            (_, None, None) => question.hide_from,
            (LaneId::RecordUnder(i) | LaneId::Reading(i), None, Some(r)) if i == r => {
                Some(self.from)
            }
            (_, None, Some(_)) => None,
        }
    }

    /// The reading whose lane the current question is about, while it waits for its answer: the
    /// window shows that lane, without its name.
    #[must_use]
    pub fn asks_about_reading(&self) -> Option<u8> {
        self.current()
            .and_then(|q| q.reading)
            .and_then(|r| u8::try_from(r).ok())
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn from_the_eve_of_the_recall_the_quiz_asks_three_handovers_then_three_readings() {
        let catalog = crate::data::Library::bundled()
            .unwrap()
            .get("csto-sg")
            .unwrap()
            .clone();
        let history = catalog.history_holdings();
        let quiz = Quiz::new(&catalog, &history, d("2018-11-01"), d("2026-11-24")).unwrap();
        let answers: Vec<&str> = quiz.questions.iter().map(|q| q.answer.as_str()).collect();
        assert_eq!(answers, ["BLR", "KAZ", "KGZ", "KAZ", "ARM", "KGZ"]);
        assert_eq!(
            quiz.questions[0].explanation,
            "Belarus: next after Armenia in the Russian alphabet; an acting Secretary General completed Armenia's turn first"
        );
        assert_eq!(quiz.questions[0].hide_from, Some(d("2018-11-01")));
        assert_eq!(quiz.questions[1].hide_from, Some(d("2023-01-01")));
        let choices: Vec<&str> = quiz.questions[0]
            .choices
            .iter()
            .map(|c| c.as_str())
            .collect();
        assert_eq!(choices, ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]);
    }

    #[test]
    fn a_wrong_answer_scores_nothing_and_cannot_be_changed() {
        let catalog = crate::data::Library::bundled()
            .unwrap()
            .get("csto-sg")
            .unwrap()
            .clone();
        let history = catalog.history_holdings();
        let mut quiz = Quiz::new(&catalog, &history, d("2018-11-01"), d("2026-11-24")).unwrap();
        assert_eq!(quiz.hidden_from(LaneId::Documented), Some(d("2018-11-01")));
        assert_eq!(quiz.hidden_from(LaneId::RuleAlone), Some(d("2018-11-01")));
        quiz.answer(StateCode::parse("RUS").unwrap());
        quiz.answer(StateCode::parse("BLR").unwrap());
        assert_eq!(quiz.score(), (0, 1));
        // Answered: the record is shown up to the end of Zas's term.
        assert_eq!(quiz.hidden_from(LaneId::Documented), Some(d("2023-01-01")));
        assert_eq!(quiz.hidden_from(LaneId::RuleAlone), None);
        quiz.next();
        quiz.answer(StateCode::parse("KAZ").unwrap());
        assert_eq!(quiz.score(), (1, 2));
    }

    #[test]
    fn a_question_on_a_reading_hides_only_that_reading_s_lanes() {
        let catalog = crate::data::Library::bundled()
            .unwrap()
            .get("csto-sg")
            .unwrap()
            .clone();
        let history = catalog.history_holdings();
        let mut quiz = Quiz::new(&catalog, &history, d("2018-11-01"), d("2026-11-24")).unwrap();
        for answer in ["BLR", "KAZ", "KGZ"] {
            quiz.answer(StateCode::parse(answer).unwrap());
            quiz.next();
        }
        // The fourth question: Kazakhstan's reading, next-state-full-term (reading 2).
        assert_eq!(quiz.asks_about_reading(), Some(2));
        assert_eq!(
            quiz.hidden_from(LaneId::RecordUnder(2)),
            Some(d("2018-11-01"))
        );
        assert_eq!(quiz.hidden_from(LaneId::Reading(2)), Some(d("2018-11-01")));
        assert_eq!(quiz.hidden_from(LaneId::Scenario), None);
        assert_eq!(quiz.hidden_from(LaneId::RuleAlone), None);
        assert_eq!(quiz.hidden_from(LaneId::RecordUnder(1)), None);
        // The record as the last record question left it: up to the end of Masadykov's term.
        assert_eq!(quiz.hidden_from(LaneId::Documented), Some(d("2029-01-01")));
        quiz.answer(StateCode::parse("KAZ").unwrap());
        assert_eq!(quiz.hidden_from(LaneId::RecordUnder(2)), None);
    }
}
