//! What the window is, above the timeline: the office and what the lanes set side by side, the
//! office's summary a point away, and on a first screen an invitation with three doors (click
//! through the record, try a what-if, teach the lesson) that a teacher can dismiss for good.

use egui::RichText;

use crate::app::command::{Jump, Nav, Tab, View};
use crate::app::{Command, Model};
use crate::engine::HolderKind;

/// The window's title line: "CSTO Secretary General — who holds the post: by the rule, and in
/// fact".
#[must_use]
pub fn title(model: &Model) -> String {
    format!(
        "{} {} — who holds the post: by the rule, and in fact",
        model.catalog.short, model.catalog.post
    )
}

/// Shows the title, and the invitation until it is dismissed.
pub fn show(ui: &mut egui::Ui, model: &Model, out: &mut Vec<Command>) {
    let k = model.text_scale();
    ui.add(
        egui::Label::new(RichText::new(title(model)).size(20.0 * k).strong())
            .truncate()
            .sense(egui::Sense::hover()),
    )
    .on_hover_text(&model.catalog.summary);
    if model.picture {
        // A picture of the timeline says what it shows: the scenario and the years.
        let ruler = &model.view.ruler;
        let year = |day: f64| {
            crate::app::ruler::date_of(day).map_or_else(String::new, |d| d.format("%Y").to_string())
        };
        ui.label(
            RichText::new(format!(
                "Scenario: {} · {} to {} · rota, {}",
                model.scenario().name,
                year(ruler.start_day),
                year(ruler.end_day),
                crate::app::format::day(model.today)
            ))
            .size(15.0 * k),
        );
        return;
    }
    if model.view.invitation_dismissed || model.presenter || model.view.tab == Tab::Offices {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label("Start here:");
        if ui
            .button("Click through the record")
            .on_hover_text("The cursor to the record's first event; then Right for each next one")
            .clicked()
        {
            out.push(View::SetTab(Tab::Details).into());
            out.push(Nav::Jump(Jump::First).into());
        }
        let what_if = match model.catalog.office.holder {
            HolderKind::Person => "Recall someone",
            HolderKind::State => "Give a turn away",
        };
        if ui
            .button(what_if)
            .on_hover_text(
                "Edit the scenario in the third lane: every lane and sentence follows at once",
            )
            .clicked()
        {
            out.push(View::SetTab(Tab::Scenario).into());
        }
        match &model.catalog.lesson {
            Some(lesson) => {
                if ui
                    .button(format!("Teach: {}", lesson.title))
                    .on_hover_text("A walkthrough, step by step (Space, Right, Left)")
                    .clicked()
                {
                    out.push(View::SetTab(Tab::Dispute).into());
                }
            }
            None => {
                if ui
                    .button("Compare the offices")
                    .on_hover_text("How each organisation answered the same question")
                    .clicked()
                {
                    out.push(View::SetTab(Tab::Offices).into());
                }
            }
        }
        if ui
            .small_button("×")
            .on_hover_text("Don't show this again")
            .clicked()
        {
            out.push(View::DismissInvitation.into());
        }
    });
}
