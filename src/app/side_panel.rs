//! The right panel. "Details": the cursor's day in every lane, and the selected holding with its
//! dates, how it ended, its sources and quotes, and "Recall on…". "Edit scenario": see
//! [`super::whatif`].

use chrono::NaiveDate;
use egui::RichText;

use super::{
    Command, Edit, Forms, Lane, LaneId, Model, Tab, conflicts, format, names, quiz, readings,
    walkthrough, whatif,
};
use crate::data::scenario_file::parse_date;
use crate::engine::{Holding, HoldingKind, project::holding_on};

/// Shows the right panel.
pub fn show(ui: &mut egui::Ui, model: &Model, forms: &mut Forms, out: &mut Vec<Command>) {
    // Presenter mode keeps a wider panel of its own, so the usual width comes back afterwards.
    let room = ui.available_width();
    let (id, width) = if model.presenter {
        ("side-presenter", (room * 0.42).clamp(360.0, 640.0))
    } else {
        ("side", 400.0)
    };
    let most = (room * 0.55).max(320.0);
    egui::Panel::right(id)
        .resizable(true)
        .default_size(width.min(most))
        .size_range(300.0..=most.max(640.0))
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                for tab in Tab::ALL {
                    if model.presenter && tab.edits() {
                        continue;
                    }
                    if ui
                        .selectable_label(
                            model.view.tab == tab,
                            RichText::new(tab.title()).strong(),
                        )
                        .on_hover_text(tab.about())
                        .clicked()
                    {
                        out.push(Command::SetTab(tab));
                    }
                }
            });
            ui.separator();
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| match model.view.tab {
                    Tab::Details => {
                        // The selection first: it is what the user just clicked.
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
                    Tab::Scenario if model.presenter => on_this_day(ui, model, out),
                    Tab::Scenario => whatif::show(ui, model, forms, out),
                    Tab::Dispute => walkthrough::show(ui, model, out),
                    Tab::Predict => quiz::show(ui, model, out),
                    Tab::Sources => conflicts::show(ui, model, out),
                    Tab::Readings => readings::show(ui, model, out),
                    Tab::Order => names::show(ui, model, out),
                });
        });
}

fn on_this_day(ui: &mut egui::Ui, model: &Model, out: &mut Vec<Command>) {
    let day = model.view.cursor;
    ui.heading(format!("On {}", format::day(day)));
    let hidden = model.hidden_from(LaneId::Documented).filter(|h| day >= *h);
    if let Some(hidden) = hidden {
        ui.label(format!(
            "The record is hidden from {} on while the quiz runs.",
            format::day(hidden)
        ));
    } else if let Some(documented) = model.lane(LaneId::Documented) {
        match holding_on(&documented.holdings, day) {
            Some(h) => {
                let turn = h.turn.map(|t| model.state_name(t));
                let mut text = format!("{} holds the post", format::holder(h));
                if let Some(turn) = turn {
                    text.push_str(&format!("; it is {turn}'s turn"));
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
                let who = match state {
                    Some(state) if h.kind == HoldingKind::Term => {
                        format!("{} ({state})", format::holder(h))
                    }
                    _ => format::holder(h),
                };
                let turn = h.turn.map_or_else(
                    || "no turn".to_owned(),
                    |t| format!("{}'s turn", model.state_name(t)),
                );
                if ui
                    .link(format!("{who}, {turn}"))
                    .on_hover_text("Select this holding")
                    .clicked()
                {
                    out.push(Command::Select(Some((lane.id, h.start))));
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
                .map_or_else(String::new, |t| format!(" ({})", model.state_name(t)));
            ui.label(
                RichText::new(format!(
                    "Next handover: {}, {}{state}",
                    format::day(next.start),
                    format::holder(next)
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
        ui.heading(&holding.holder);
        if ui
            .small_button("×")
            .on_hover_text("Clear the selection (Esc)")
            .clicked()
        {
            out.push(Command::Select(None));
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
                HoldingKind::Term => "Appointed Secretary General",
                HoldingKind::Acting => "Acting Secretary General",
            });
            ui.end_row();
            ui.label("Ended");
            ui.label(holding.ending.describe());
            ui.end_row();
        });
    if holding.kind == HoldingKind::Term && !model.presenter && !model.workspace.current().read_only
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
                    record.person
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

/// The sources of a fact and its verbatim seed quotes.
pub fn sources(
    ui: &mut egui::Ui,
    model: &Model,
    ids: &[String],
    quotes: &[crate::data::Quote],
    out: &mut Vec<Command>,
) {
    ui.add_space(4.0);
    ui.strong("Sources");
    for id in ids {
        match model.catalog.source(id) {
            Some(source) => {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(&source.id).monospace());
                    ui.add(egui::Label::new(&source.label).wrap());
                    for url in &source.urls {
                        ui.hyperlink_to(crate::export::site(url), url)
                            .on_hover_text(url);
                    }
                });
            }
            None => {
                ui.label(id);
            }
        }
    }
    for quote in quotes {
        quote_box(ui, quote, out);
    }
}

/// A seed quote in a box with the seed's file name and a way to read it in context.
pub fn quote_box(ui: &mut egui::Ui, quote: &crate::data::Quote, out: &mut Vec<Command>) {
    let visuals = ui.visuals().clone();
    egui::Frame::new()
        .fill(visuals.faint_bg_color)
        .stroke(egui::Stroke::new(1.0, visuals.weak_text_color()))
        .inner_margin(8.0)
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.add(egui::Label::new(RichText::new(format!("“{}”", quote.text)).italics()).wrap());
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(format!("seeds/{}", quote.seed))
                        .monospace()
                        .weak(),
                );
                if ui
                    .button("Read the source")
                    .on_hover_text("Open the seed document with this passage highlighted")
                    .clicked()
                {
                    out.push(Command::ReadSource {
                        seed: quote.seed.clone(),
                        quote: quote.text.clone(),
                    });
                }
            });
        });
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
    let first = holding.start.succ_opt().unwrap_or(holding.start);
    let last = holding.last_day();
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
        out.push(Command::Edit(Edit::Recall(day)));
        out.push(Command::SetCursor(day));
    }
    ui.label(
        RichText::new(format!(
            "The reading of “{scenario}” decides what follows: {}. Change it under “Edit scenario”.",
            model.scenario().rules.reading.name()
        ))
        .weak(),
    );
}
