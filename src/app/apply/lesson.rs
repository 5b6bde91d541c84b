//! The office's lesson (the walkthrough, its conflicts) and the prediction quiz.

use chrono::Datelike as _;

use crate::app::command::{Lesson, Tab, View};
use crate::app::ruler::Ruler;
use crate::app::{RotaApp, format};
use crate::lesson::quiz::Quiz;

impl RotaApp {
    pub(super) fn lesson(&mut self, command: Lesson) {
        let m = &mut self.model;
        match command {
            Lesson::StepBy(delta) => {
                let step = m.view.step.saturating_add_signed(delta);
                self.lesson(Lesson::GoToStep(step));
            }
            Lesson::GoToStep(step) => {
                let last = m.steps().len().saturating_sub(1);
                m.view.step = step.min(last);
                m.view.tab = Tab::Dispute;
                m.view.selected = None;
                self.forms.scroll = f32::NEG_INFINITY;
                if let Some(step) = m.step() {
                    let (date, (from, to)) = (step.date, step.window);
                    m.view.ruler = Ruler::fitting(from, to);
                    self.set_cursor(date);
                }
            }
            Lesson::ShowConflict(index) => {
                if let Some(conflict) = m.catalog.conflicts.get(index) {
                    let from = conflict.from;
                    m.view.conflict = Some(index);
                    m.view.tab = Tab::Sources;
                    self.set_cursor(from);
                    self.reveal_cursor();
                }
            }
            Lesson::StartQuiz(from) => {
                m.quiz = Quiz::new(&m.catalog, &m.history, from, m.today);
                m.view.tab = Tab::Predict;
                m.view.selected = None;
                if m.quiz.is_some() {
                    // Frame the years the questions are about: a few before, the turns after.
                    let years = |n: i32| from.with_year(from.year() + n).unwrap_or(from);
                    m.view.ruler = Ruler::fitting(years(-3), years(13));
                    self.show_asked_lane();
                } else {
                    let text = format!(
                        "No handover in the record follows {}: move the cursor earlier to start the quiz.",
                        format::day(from)
                    );
                    self.tell(text, true);
                }
            }
            Lesson::Answer(state) => {
                let mut reading = None;
                if let Some(quiz) = &mut m.quiz {
                    quiz.answer(state);
                    reading = quiz.current().and_then(|q| q.reading);
                }
                // A question on a reading is answered by showing that reading's lane.
                if let Some(i) = reading.and_then(|i| u8::try_from(i).ok()) {
                    self.view(View::ShowReadingLane(Some(i)));
                }
            }
            Lesson::NextQuestion => {
                if let Some(quiz) = &mut m.quiz {
                    quiz.next();
                }
                self.show_asked_lane();
            }
            Lesson::EndQuiz => {
                let asked = m.quiz.as_ref().and_then(Quiz::asks_about_reading);
                m.quiz = None;
                if asked.is_some() && asked == m.view.reading_lane {
                    self.view(View::ShowReadingLane(None));
                }
            }
        }
    }

    /// A question on a reading shows that reading's lane (and no lane left from an earlier
    /// question); a question on the record shows none.
    fn show_asked_lane(&mut self) {
        let Some(quiz) = &self.model.quiz else {
            return;
        };
        let wanted = quiz.asks_about_reading();
        if self.model.view.reading_lane != wanted {
            self.view(View::ShowReadingLane(wanted));
        }
    }
}
