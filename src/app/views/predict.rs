//! The Predict tab: the quiz of `crate::lesson::quiz`, one question at a time, with the answer's
//! explanation from the engine and the score.

use egui::RichText;

use crate::app::command::Lesson;
use crate::app::{Command, Model, format};

/// "Predict the next Secretary General", "Predict the next EU Council Presidency".
#[must_use]
pub fn heading(catalog: &crate::data::Catalog) -> String {
    match catalog.office.holder {
        crate::engine::HolderKind::Person => format!("Predict the next {}", catalog.post),
        crate::engine::HolderKind::State => {
            format!("Predict the next {} {}", catalog.short, catalog.post)
        }
    }
}

/// Shows the quiz tab.
pub fn show(ui: &mut egui::Ui, model: &Model, out: &mut Vec<Command>) {
    let catalog = &model.catalog;
    let person = catalog.office.holder == crate::engine::HolderKind::Person;
    ui.heading(heading(catalog));
    let Some(quiz) = &model.quiz else {
        let who = if person {
            "which state's nominee takes office".to_owned()
        } else {
            format!(
                "which state takes the {}",
                crate::words::lower_first(&catalog.post)
            )
        };
        let readings = if catalog.lesson.as_ref().is_some_and(|l| !l.quiz.is_empty()) {
            "; then what a reading would have given"
        } else {
            ""
        };
        ui.add(
            egui::Label::new(format!(
                "The documented lane is hidden from the cursor's day, {}, on. For each handover that follows, say {who}{readings}. The engine checks each answer and explains it.",
                format::day(model.view.cursor)
            ))
            .wrap(),
        );
        ui.label(
            RichText::new(
                "Move the cursor first (the day field, or Left/Right) to a day before the handovers to predict.",
            )
            .weak(),
        );
        if ui
            .button(format!(
                "Start the quiz from {}",
                format::day(model.view.cursor)
            ))
            .on_hover_text("Enter")
            .clicked()
        {
            out.push(Command::Lesson(Lesson::StartQuiz(model.view.cursor)));
        }
        return;
    };
    let (right, answered) = quiz.score();
    ui.label(
        RichText::new(format!(
            "Score: {right} of {answered}  ·  question {} of {}",
            (quiz.index + 1).min(quiz.questions.len()),
            quiz.questions.len()
        ))
        .strong(),
    );
    ui.separator();
    let Some(question) = quiz.current() else {
        ui.label(
            RichText::new(format!("Done: {right} right of {}.", quiz.questions.len())).heading(),
        );
        ui.horizontal_wrapped(|ui| {
            if ui.button("Play again").clicked() {
                out.push(Command::Lesson(Lesson::StartQuiz(quiz.from)));
            }
            if ui.button("End the quiz").clicked() {
                out.push(Command::Lesson(Lesson::EndQuiz));
            }
        });
        return;
    };
    ui.add(egui::Label::new(RichText::new(&question.prompt).strong()).wrap());
    ui.add_space(4.0);
    let given = quiz.answered();
    ui.horizontal_wrapped(|ui| {
        for (n, &choice) in (1..).zip(&question.choices) {
            let text = format!("{n} {}", model.state_name(choice));
            let button = match given {
                Some(_) if choice == question.answer => {
                    egui::Button::new(RichText::new(format!("{text}: the answer")).strong())
                        .fill(egui::Color32::from_rgb(0x1B, 0x7A, 0x32).gamma_multiply(0.35))
                }
                Some(g) if g == choice => egui::Button::new(format!("{text}: your answer"))
                    .fill(ui.visuals().error_fg_color.gamma_multiply(0.25)),
                _ => egui::Button::new(text),
            };
            if ui.add_enabled(given.is_none(), button).clicked() {
                out.push(Command::Lesson(Lesson::Answer(choice)));
            }
        }
    });
    if let Some(given) = given {
        ui.add_space(6.0);
        let verdict = if given == question.answer {
            "Right.".to_owned()
        } else {
            format!("Not {}.", model.catalog.name(given))
        };
        ui.label(RichText::new(verdict).heading());
        ui.add(egui::Label::new(&question.outcome).wrap());
        ui.add(
            egui::Label::new(RichText::new(format!("Why: {}.", question.explanation)).strong())
                .wrap(),
        );
        if let Some(reading) = question.reading
            && let Some(info) = model.catalog.readings.get(reading)
        {
            ui.add(egui::Label::new(RichText::new(&info.summary).weak()).wrap());
        }
        ui.add_space(4.0);
        let last = quiz.index + 1 >= quiz.questions.len();
        let text = if last {
            "See the score"
        } else {
            "Next question"
        };
        if ui.button(text).clicked() {
            out.push(Command::Lesson(Lesson::NextQuestion));
        }
    }
    ui.add_space(8.0);
    if ui
        .button("End the quiz")
        .on_hover_text("Show the whole record again")
        .clicked()
    {
        out.push(Command::Lesson(Lesson::EndQuiz));
    }
}
