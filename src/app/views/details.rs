//! The Details tab: the cursor's day in every lane, and the selected holding with its dates, how
//! it ended, its sources and quotes, and "Recall on…".

use chrono::NaiveDate;
use egui::RichText;

use super::cite::sources;
use crate::app::command::Nav;
use crate::app::{Command, Forms, Lane, LaneId, Model, format};
use crate::data::scenario_file::parse_date;
use crate::engine::{Holding, HoldingKind, project::holding_on};
use crate::workspace::Edit;

/// Shows the Details tab: the selection first (it is what the user just clicked), then the
/// cursor's day.
pub fn show(ui: &mut egui::Ui, model: &Model, forms: &mut Forms, out: &mut Vec<Command>) {
    if model.selected().is_some() {
        selected(ui, model, forms, out);
        ui.separator();
    }
    on_this_day(ui, model, out);
    if model.selected().is_none() {
        ui.separator();
        selected(ui, model, forms, out);
    }
}

/// The record's events of the day, as Left and Right land on them: what happened, and its
/// sources a click away.
fn what_happened(ui: &mut egui::Ui, model: &Model, day: NaiveDate, out: &mut Vec<Command>) {
    for (index, moment) in model
        .catalog
        .moments
        .iter()
        .enumerate()
        .filter(|(_, m)| m.date == day || m.until.is_some_and(|u| m.date <= day && day <= u))
    {
        egui::Frame::new()
            .fill(ui.visuals().faint_bg_color)
            .inner_margin(8.0)
            .corner_radius(4.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.add(egui::Label::new(RichText::new(&moment.title).strong().size(17.0)).wrap());
                if !moment.detail.is_empty() {
                    ui.add(egui::Label::new(&moment.detail).wrap());
                }
                egui::CollapsingHeader::new("Sources")
                    .id_salt(("moment-sources", index))
                    .show(ui, |ui| {
                        sources(ui, model, &moment.sources, &moment.quotes, out)
                    });
            });
        ui.add_space(4.0);
    }
}

fn on_this_day(ui: &mut egui::Ui, model: &Model, out: &mut Vec<Command>) {
    let day = model.view.cursor;
    ui.heading(format!("On {}", format::day(day)));
    let hidden = model.hidden_from(LaneId::Documented).filter(|h| day >= *h);
    if hidden.is_none() {
        what_happened(ui, model, day, out);
    }
    if let Some(hidden) = hidden {
        ui.label(format!(
            "The record is hidden from {} on while the quiz runs.",
            format::day(hidden)
        ));
    } else if let Some(documented) = model.lane(LaneId::Documented) {
        match holding_on(&documented.holdings, day) {
            Some(h) => {
                let turn = h.turn.filter(|_| !holds_own_turn(h, model));
                let mut text = format!(
                    "{} holds the post",
                    crate::words::holder_in_lane(h, &model.catalog)
                );
                if let Some(turn) = turn {
                    text.push_str(&format!("; it is {}'s turn", model.state_name(turn)));
                }
                ui.label(RichText::new(text + ".").strong());
            }
            None => {
                ui.label("The record has no holder on this day.");
            }
        }
    }
    ui.add_space(4.0);
    for lane in &model.lanes {
        if model.hidden_from(lane.id).is_some_and(|h| day >= h) {
            continue;
        }
        lane_on_day(ui, model, lane, day, out);
    }
}

/// A state holding the presidency in its own turn: its name says it all.
fn holds_own_turn(h: &crate::engine::Holding, model: &Model) -> bool {
    h.kind == HoldingKind::Term
        && h.person.is_none()
        && model.catalog.office.holder == crate::engine::HolderKind::State
        && h.holder_state.or(h.turn) == h.turn
}

fn lane_on_day(
    ui: &mut egui::Ui,
    model: &Model,
    lane: &Lane,
    day: NaiveDate,
    out: &mut Vec<Command>,
) {
    let selected = model.view.selected_lane == lane.id;
    let title = RichText::new(&lane.title).strong();
    let title = if selected { title.underline() } else { title };
    ui.label(title);
    ui.indent(("lane", lane.title.as_str()), |ui| {
        match holding_on(&lane.holdings, day) {
            Some(h) => {
                let state = h.holder_state.map(|s| model.state_name(s));
                let holder = crate::words::holder_in_lane(h, &model.catalog);
                let who = match state {
                    Some(state) if h.kind == HoldingKind::Term && !holder.contains(&state) => {
                        format!("{holder} ({state})")
                    }
                    _ => holder,
                };
                let text = if holds_own_turn(h, model) {
                    who
                } else {
                    let turn = h.turn.map_or_else(
                        || "no turn".to_owned(),
                        |t| format!("{}'s turn", model.state_name(t)),
                    );
                    format!("{who}, {turn}")
                };
                if ui.link(text).on_hover_text("Select this holding").clicked() {
                    out.push(Command::Nav(Nav::Select(Some((lane.id, h.start)))));
                }
            }
            None => {
                ui.label("No holder");
            }
        }
        let hidden = model.hidden_from(lane.id);
        if let Some(next) = lane
            .holdings
            .iter()
            .find(|h| h.start > day)
            .filter(|h| hidden.is_none_or(|hidden| h.start < hidden))
        {
            let state = next
                .turn
                .filter(|_| !holds_own_turn(next, model))
                .map_or_else(String::new, |t| format!(" ({})", model.state_name(t)));
            ui.label(
                RichText::new(format!(
                    "Next handover: {}, {}{state}",
                    format::day(next.start),
                    crate::words::holder_in_lane(next, &model.catalog)
                ))
                .weak(),
            );
        }
    });
}

fn selected(ui: &mut egui::Ui, model: &Model, forms: &mut Forms, out: &mut Vec<Command>) {
    let Some((lane, holding)) = model.selected() else {
        ui.label(RichText::new("Click a block on the timeline (or press Enter) to see who held the post, when, how it ended and the sources.").weak());
        return;
    };
    ui.horizontal(|ui| {
        ui.heading(crate::words::holder(holding, &model.catalog));
        if ui
            .small_button("×")
            .on_hover_text("Clear the selection (Esc)")
            .clicked()
        {
            out.push(Command::Nav(Nav::Select(None)));
        }
    });
    ui.label(RichText::new(format!("in the lane “{}”", lane.title)).weak());
    egui::Grid::new("holding")
        .num_columns(2)
        .striped(true)
        .show(ui, |ui| {
            if let Some(state) = holding.holder_state {
                ui.label("State");
                ui.label(model.state_names(state));
                ui.end_row();
            }
            if let Some(turn) = holding.turn
                && holding.holder_state != Some(turn)
            {
                ui.label("Turn of");
                ui.label(model.state_names(turn));
                ui.end_row();
            }
            ui.label("Dates");
            ui.label(format::span(holding));
            ui.end_row();
            ui.label("Days");
            ui.label((holding.end - holding.start).num_days().to_string());
            ui.end_row();
            ui.label("As");
            ui.label(match holding.kind {
                HoldingKind::Term
                    if model.catalog.office.holder == crate::engine::HolderKind::State =>
                {
                    format!(
                        "Holds the {}",
                        crate::words::lower_first(&model.catalog.post)
                    )
                }
                HoldingKind::Term => format!("Appointed {}", model.catalog.post),
                HoldingKind::Acting => model.catalog.acting.clone(),
                HoldingKind::Vacant => "Nobody: the post is vacant".to_owned(),
                HoldingKind::Joint => "Several states, jointly".to_owned(),
            });
            ui.end_row();
            ui.label("Ended");
            ui.label(crate::words::ending(holding.ending));
            ui.end_row();
        });
    if holding.recall_window().is_some()
        && model.catalog.office.holder == crate::engine::HolderKind::Person
        && !model.presenter
        && !model.workspace.current().read_only
    {
        ui.separator();
        recall_form(ui, model, holding, forms, out);
        ui.separator();
    }
    let record = holding
        .documented
        .and_then(|i| model.catalog.history.get(i));
    if let Some(record) = record {
        if lane.id == LaneId::Documented {
            ui.add(egui::Label::new(&record.how_it_ended).wrap());
        } else {
            ui.label(
                RichText::new(format!(
                    "Projected by the engine. It matches the documented holding of {}, so it carries that name.",
                    crate::words::holder(&record.holding, &model.catalog)
                ))
                .weak(),
            );
        }
        sources(ui, model, &record.sources, &record.quotes, out);
    } else {
        ui.label(
            RichText::new("Projected by the engine; the record has no holding that matches it.")
                .weak(),
        );
    }
}

fn to_jiff(date: NaiveDate) -> Option<jiff::civil::Date> {
    use chrono::Datelike as _;
    let year = i16::try_from(date.year()).ok()?;
    let month = i8::try_from(date.month()).ok()?;
    let day = i8::try_from(date.day()).ok()?;
    jiff::civil::Date::new(year, month, day).ok()
}

fn from_jiff(date: jiff::civil::Date) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(
        i32::from(date.year()),
        u32::try_from(date.month()).ok()?,
        u32::try_from(date.day()).ok()?,
    )
}

/// "Recall on…": a day inside the holding, typed or picked, added to the current scenario.
fn recall_form(
    ui: &mut egui::Ui,
    model: &Model,
    holding: &Holding,
    forms: &mut Forms,
    out: &mut Vec<Command>,
) {
    ui.strong("What if…");
    let Some((first, last)) = holding.recall_window() else {
        return;
    };
    ui.horizontal(|ui| {
        let label = ui.label("Recall on:");
        ui.add(
            egui::TextEdit::singleline(&mut forms.recall_text)
                .desired_width(105.0)
                .hint_text("YYYY-MM-DD"),
        )
        .labelled_by(label.id);
        let parsed = parse_date(forms.recall_text.trim()).ok();
        if let Some(mut picked) = parsed.or(Some(first)).and_then(to_jiff) {
            let before = picked;
            ui.add(
                egui_extras::DatePickerButton::new(&mut picked)
                    .id_salt("recall-date")
                    .show_icon(false)
                    .calendar_week(false),
            )
            .on_hover_text("Pick the day from a calendar");
            if picked != before
                && let Some(day) = from_jiff(picked)
            {
                forms.recall_text = day.to_string();
            }
        }
    });
    let parsed = parse_date(forms.recall_text.trim());
    let valid = match &parsed {
        Ok(day) if first <= *day && *day <= last => Ok(*day),
        Ok(_) => Err(format!(
            "Pick a day from {} to {}.",
            format::day(first),
            format::day(last)
        )),
        Err(e) => Err(e.clone()),
    };
    let scenario = crate::text::shown_name(&model.scenario().name);
    let button = ui
        .add_enabled(valid.is_ok(), egui::Button::new("Recall"))
        .on_hover_text(format!(
            "Add a recall on this day to “{scenario}”: whoever holds the post by appointment that day in that scenario is recalled."
        ));
    if let Err(problem) = &valid
        && !forms.recall_text.trim().is_empty()
    {
        ui.colored_label(ui.visuals().error_fg_color, problem);
    }
    if button.clicked()
        && let Ok(day) = valid
    {
        out.push(Command::Doc(crate::app::Doc::Edit(Edit::Recall(day))));
        out.push(Command::Nav(Nav::SetCursor(day)));
    }
    ui.label(
        RichText::new(format!(
            "The reading of “{scenario}” decides what follows: {}. Change it under “Edit scenario”.",
            model.scenario().rules.reading.name()
        ))
        .weak(),
    );
}
