//! The *Offices* tab: every office side by side (its rule, who holds it today, who is next by the
//! rule, how much of its record the rule explains), then the same question answered by each
//! organisation, each answer a click away from its office on its day. The timeline beside it
//! shows every office as a lane on one axis (`timeline/offices.rs`).

use egui::RichText;

use super::cite::sources_in;
use crate::app::command::{Doc, Nav, Tab, View};
use crate::app::{Command, Model, format};
use crate::data::Question;
use crate::overview::{Answer, OfficeRow};

/// Shows the tab.
pub fn show(ui: &mut egui::Ui, model: &Model, out: &mut Vec<Command>) {
    let overview = &model.overview;
    ui.heading(format!(
        "{} offices, one question",
        count(overview.rows.len())
    ));
    ui.add(
        egui::Label::new(
            "What happens when a state's turn is cut short, refused, given up or swapped? Each \
             organisation below answered it once; the timeline shows every office's rhythm on \
             one axis. Open an office to see its record, its rule and its what-ifs.",
        )
        .wrap(),
    );
    ui.add_space(6.0);
    for row in &overview.rows {
        office_card(ui, model, row, out);
    }
    ui.add_space(10.0);
    ui.heading(format!(
        "The same question, answered {} ways",
        count(overview.answers.len())
    ));
    ui.add(
        egui::Label::new(
            "Each is a documented moment, with what the organisation did in one sentence and its \
             sources. Click one to open its office on that day, with the lane that shows it.",
        )
        .wrap(),
    );
    let mut question = None;
    for (index, answer) in overview.answers.iter().enumerate() {
        if question != Some(answer.question) {
            question = Some(answer.question);
            ui.add_space(8.0);
            ui.label(RichText::new(heading(answer.question)).strong().size(19.0));
        }
        answer_card(ui, model, index, answer, out);
    }
}

/// "Seven".
fn count(n: usize) -> String {
    const WORDS: [&str; 13] = [
        "No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
        "Eleven", "Twelve",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_owned())
}

/// A question as a heading: "A turn cut short".
fn heading(question: Question) -> String {
    crate::words::capitalise(question.describe())
}

/// The commands that open an office on a day, with the reading lane that shows what happened.
#[must_use]
pub fn open_at(office: &str, day: chrono::NaiveDate, lane: Option<u8>) -> Vec<Command> {
    vec![
        Doc::ChooseOffice(office.to_owned()).into(),
        View::SetTab(Tab::Details).into(),
        View::ShowReadingLane(lane).into(),
        Nav::SetCursor(day).into(),
        Nav::CentreOnCursor.into(),
    ]
}

fn office_card(ui: &mut egui::Ui, model: &Model, row: &OfficeRow, out: &mut Vec<Command>) {
    let shown = row.id == model.catalog.id;
    let visuals = ui.visuals().clone();
    let frame = egui::Frame::new()
        .inner_margin(8.0)
        .corner_radius(4.0)
        .stroke(egui::Stroke::new(
            if shown { 2.0 } else { 1.0 },
            if shown {
                visuals.selection.stroke.color
            } else {
                visuals.widgets.noninteractive.bg_stroke.color
            },
        ));
    frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("{} {}", row.organisation, row.post)).strong());
            let text = if shown { "Shown" } else { "Open" };
            let button = ui
                .add_enabled(!shown, egui::Button::new(text))
                .on_hover_text(format!(
                    "Show the {} {}: its record, rule and what-ifs",
                    row.organisation, row.post
                ));
            button.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    !shown,
                    format!("Open the {} {}", row.organisation, row.post),
                )
            });
            if button.clicked() {
                out.push(Doc::ChooseOffice(row.id.clone()).into());
                out.push(View::SetTab(Tab::Details).into());
            }
        });
        ui.add(egui::Label::new(format!("Held by {}; {}.", row.held_by, row.rule())).wrap());
        if let Some(now) = &row.today {
            let how = if now.documented { "" } else { " (by the rule)" };
            ui.add(
                egui::Label::new(format!(
                    "Today: {}{how}, since {}.",
                    now.holder,
                    format::day(now.start)
                ))
                .wrap(),
            );
        }
        if let Some(next) = &row.next {
            ui.add(
                egui::Label::new(format!(
                    "Next by the rule: {}, from {}.",
                    next.holder,
                    format::day(next.start)
                ))
                .wrap(),
            );
        }
        let fit = row.fit_words();
        if !fit.is_empty() {
            ui.add(egui::Label::new(RichText::new(fit).weak()).wrap())
                .on_hover_text(
                    "rota's fit: the written rule projected on its own, then with the documented \
                 events, compared day by day with what happened (same turn, same holder's \
                 state). The Readings tab has every reading's.",
                );
        }
    });
    ui.add_space(4.0);
}

fn answer_card(
    ui: &mut egui::Ui,
    model: &Model,
    index: usize,
    answer: &Answer,
    out: &mut Vec<Command>,
) {
    let Some(catalog) = model.library.get(&answer.office) else {
        return;
    };
    let moment = &answer.moment;
    let lanes: Vec<u8> = moment
        .lanes
        .iter()
        .filter_map(|i| u8::try_from(*i).ok())
        .collect();
    let when = match moment.until {
        Some(until) if until != moment.date => {
            format!("{} – {}", format::day(moment.date), format::day(until))
        }
        _ => format::day(moment.date),
    };
    let title = format!("{}, {when}: {}", answer.organisation, moment.title);
    let button = ui
        .add(egui::Button::new(RichText::new(&title).strong()).wrap())
        .on_hover_text(format!(
            "Open the {} {} on {}",
            catalog.short,
            catalog.post,
            format::day(moment.date)
        ));
    if button.clicked() {
        out.extend(open_at(&answer.office, moment.date, lanes.first().copied()));
    }
    ui.indent(("answer", index), |ui| {
        if !moment.answer.is_empty() {
            ui.add(egui::Label::new(&moment.answer).wrap());
        }
        if lanes.len() > 1 {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new("Lanes:").weak());
                for lane in &lanes {
                    let Some(reading) = catalog.readings.get(usize::from(*lane)) else {
                        continue;
                    };
                    if ui
                        .small_button(&reading.id)
                        .on_hover_text(&reading.label)
                        .clicked()
                    {
                        out.extend(open_at(&answer.office, moment.date, Some(*lane)));
                    }
                }
            });
        }
        egui::CollapsingHeader::new("Sources")
            .id_salt(("answer-sources", index))
            .show(ui, |ui| {
                sources_in(ui, catalog, &moment.sources, &moment.quotes, out);
            });
    });
    ui.add_space(4.0);
}
