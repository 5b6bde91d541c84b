//! "Edit scenario": the current scenario's name, rules and events. Every change is an undoable
//! [`Edit`]; the lanes are recomputed at once.

use egui::RichText;

use crate::app::command::{Doc, Nav};
use crate::app::{Command, Edit, Forms, Model};
use crate::data::scenario_file::parse_date;
use crate::engine::rules::{MAX_LAG_DAYS, MAX_TERM_MONTHS};
use crate::engine::{Anchoring, Event, HolderKind, Reading, Rules, StateCode};

/// The kinds of event a user can add.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EventKind {
    #[default]
    Recall,
    TakesOffice,
    Join,
    Withdraw,
    Suspend,
    Forgo,
    Swap,
}

impl EventKind {
    const ALL: [Self; 7] = [
        Self::Recall,
        Self::TakesOffice,
        Self::Join,
        Self::Withdraw,
        Self::Suspend,
        Self::Forgo,
        Self::Swap,
    ];

    /// The kinds that make sense for an office: recalls and late nominees only where a person
    /// holds the post.
    #[must_use]
    pub fn for_office(holder: HolderKind) -> Vec<Self> {
        Self::ALL
            .into_iter()
            .filter(|k| {
                holder == HolderKind::Person || !matches!(k, Self::Recall | Self::TakesOffice)
            })
            .collect()
    }

    fn label(self) -> &'static str {
        match self {
            Self::Recall => "Recall",
            Self::TakesOffice => "Nominee takes office",
            Self::Join => "State joins",
            Self::Withdraw => "State leaves",
            Self::Suspend => "State suspended",
            Self::Forgo => "State gives up its turn",
            Self::Swap => "Two turns swapped",
        }
    }

    fn about(self) -> &'static str {
        match self {
            Self::Recall => "Whoever holds the post by appointment that day is recalled",
            Self::TakesOffice => {
                "The state's nominee takes office that day, later than its turn began"
            }
            Self::Join => "The state becomes a member that day",
            Self::Withdraw => "The state is no longer a member from that day",
            Self::Suspend => "The state's participation is suspended for a time",
            Self::Forgo => {
                "The state gives up the turn that would start that day: the next state in order \
                 takes it, and every later turn moves one place earlier"
            }
            Self::Swap => {
                "The states of the turns starting on the two days exchange them; who comes next \
                 is computed as if they had not"
            }
        }
    }
}

/// The "add an event" form.
#[derive(Clone, Debug, Default)]
pub struct NewEvent {
    pub kind: EventKind,
    pub state: Option<StateCode>,
    pub date_text: String,
    /// A suspension's last day, or a swap's second turn.
    pub until_text: String,
}

impl NewEvent {
    /// The event the form describes, or what is missing.
    fn event(&self) -> Result<Event, String> {
        let date = parse_date(self.date_text.trim())?;
        let state = || self.state.ok_or_else(|| "Choose a state.".to_owned());
        Ok(match self.kind {
            EventKind::Recall => Event::Recall { date },
            EventKind::TakesOffice => Event::TakesOffice {
                state: state()?,
                date,
            },
            EventKind::Join => Event::Join {
                state: state()?,
                date,
            },
            EventKind::Withdraw => Event::Withdraw {
                state: state()?,
                date,
            },
            EventKind::Forgo => Event::Forgo {
                state: state()?,
                date,
            },
            EventKind::Swap => Event::Swap {
                date,
                with: parse_date(self.until_text.trim())
                    .map_err(|e| format!("The other turn's first day: {e}"))?,
            },
            EventKind::Suspend => {
                let until = self.until_text.trim();
                let to = if until.is_empty() {
                    None
                } else {
                    Some(parse_date(until)?)
                };
                Event::Suspend {
                    state: state()?,
                    from: date,
                    to,
                }
            }
        })
    }
}

/// Shows the editor.
pub fn show(ui: &mut egui::Ui, model: &Model, forms: &mut Forms, out: &mut Vec<Command>) {
    if model.workspace.current().read_only {
        read_only_banner(ui, out);
        ui.add_enabled_ui(false, |ui| editor(ui, model, forms, out));
    } else {
        editor(ui, model, forms, out);
    }
}

/// Says that a shared scenario is read-only, and offers the way to edit it.
pub fn read_only_banner(ui: &mut egui::Ui, out: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new("Read-only: this scenario came from a shared link.").strong());
        if ui
            .button("Make a copy")
            .on_hover_text("An editable copy of this scenario, beside the shared one")
            .clicked()
        {
            out.push(Command::Doc(Doc::Edit(crate::workspace::Edit::Duplicate)));
        }
    });
}

fn editor(ui: &mut egui::Ui, model: &Model, forms: &mut Forms, out: &mut Vec<Command>) {
    let entry = model.workspace.current();
    let scenario = &entry.scenario;
    if forms.form_for != Some(model.workspace.current) || !ui.ctx().text_edit_focused() {
        if forms.name_text != scenario.name {
            forms.name_text.clone_from(&scenario.name);
        }
        if forms.description_text != scenario.description {
            forms.description_text.clone_from(&scenario.description);
        }
        forms.form_for = Some(model.workspace.current);
    }

    ui.horizontal_wrapped(|ui| {
        if ui
            .button("New")
            .on_hover_text("A new scenario under the rule alone")
            .clicked()
        {
            out.push(Command::Doc(Doc::Edit(Edit::New(Box::new(
                model.catalog.rule_alone(),
            )))));
        }
        if ui
            .button("Duplicate")
            .on_hover_text("A copy of this scenario")
            .clicked()
        {
            out.push(Command::Doc(Doc::Edit(Edit::Duplicate)));
        }
        if ui
            .add_enabled(
                model.workspace.entries.len() > 1,
                egui::Button::new("Delete"),
            )
            .on_hover_text("Delete this scenario (undo brings it back)")
            .on_disabled_hover_text("The last scenario cannot be deleted")
            .clicked()
        {
            out.push(Command::Doc(Doc::Edit(Edit::Delete)));
        }
    });
    let label = ui.label("Name:");
    if ui
        .add(
            egui::TextEdit::singleline(&mut forms.name_text)
                .char_limit(crate::data::limits::MAX_NAME_CHARS)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id)
        .changed()
    {
        out.push(Command::Doc(Doc::Edit(Edit::Rename(
            forms.name_text.clone(),
        ))));
    }
    let label = ui.label("Description:");
    if ui
        .add(
            egui::TextEdit::multiline(&mut forms.description_text)
                .char_limit(crate::data::limits::MAX_DESCRIPTION_CHARS)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id)
        .changed()
    {
        out.push(Command::Doc(Doc::Edit(Edit::SetDescription(
            forms.description_text.clone(),
        ))));
    }
    if let Some(path) = &entry.path {
        ui.label(RichText::new(format!("File: {}", path.display())).weak());
    }

    ui.separator();
    ui.strong("Rules");
    rules(ui, model, forms, scenario.rules, out);

    ui.separator();
    ui.strong("Events");
    if scenario.events.is_empty() {
        ui.label(RichText::new("None: the rule runs undisturbed.").weak());
    }
    for (i, event) in scenario.events.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            if ui
                .small_button("×")
                .on_hover_text("Remove this event")
                .clicked()
            {
                out.push(Command::Doc(Doc::Edit(Edit::RemoveEvent(i))));
            }
            if ui
                .link(crate::words::event(event, &model.catalog))
                .on_hover_text("Move the cursor to this day")
                .clicked()
            {
                out.push(Command::Nav(Nav::SetCursor(event.date())));
            }
        });
    }
    ui.add_space(6.0);
    add_event(ui, model, forms, out);
}

fn rules(
    ui: &mut egui::Ui,
    model: &Model,
    forms: &mut Forms,
    rules: Rules,
    out: &mut Vec<Command>,
) {
    let mut edited = rules;
    let start_id = ui.make_persistent_id("rotation-start");
    if !ui.ctx().memory(|m| m.has_focus(start_id)) {
        forms.start_text = rules.start.to_string();
    }
    // What follows a vacancy, a late nominee and the lag only mean something where a person
    // holds the post.
    let person = model.catalog.office.holder == HolderKind::Person;
    egui::Grid::new("rules").num_columns(2).show(ui, |ui| {
        if person {
            let label = ui.label("Reading:");
            egui::ComboBox::from_id_salt("reading")
                .selected_text(edited.reading.name())
                .width(220.0)
                .show_ui(ui, |ui| {
                    for reading in Reading::ALL {
                        let catalog = &model.catalog;
                        let info = catalog.readings.iter().find(|r| {
                            r.patch.reading == Some(reading)
                                || (r.patch.is_empty() && catalog.rules.reading == reading)
                        });
                        let response =
                            ui.selectable_value(&mut edited.reading, reading, reading.name());
                        if let Some(info) = info {
                            response.on_hover_text(format!("{}\n{}", info.label, info.summary));
                        }
                    }
                })
                .response
                .labelled_by(label.id)
                .on_hover_text("What follows an early recall");
            ui.end_row();
        }

        let label = ui.label("Term (months):");
        ui.add(egui::DragValue::new(&mut edited.term_months).range(1..=MAX_TERM_MONTHS))
            .labelled_by(label.id)
            .on_hover_text("Length of a state's turn");
        ui.end_row();

        if person {
            let label = ui.label("Lag (days):");
            ui.add(egui::DragValue::new(&mut edited.lag_days).range(0..=MAX_LAG_DAYS))
                .labelled_by(label.id)
                .on_hover_text("Days from a vacancy until the next nominee takes office");
            ui.end_row();
        }

        let label = ui.label("Order:");
        let office = &model.catalog.office;
        egui::ComboBox::from_id_salt("order")
            .selected_text(order_title(edited.order, model))
            .show_ui(ui, |ui| {
                for order in office.orders() {
                    ui.selectable_value(&mut edited.order, order, order_title(order, model))
                        .on_hover_text(crate::words::order_names(order, &model.catalog));
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text("Whose names set the alphabetical order");
        ui.end_row();

        let label = ui.label("First turn:");
        let first_name = |code: Option<StateCode>| {
            code.map_or_else(|| "first in order".to_owned(), |c| model.catalog.name(c))
        };
        egui::ComboBox::from_id_salt("first")
            .selected_text(first_name(edited.first))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut edited.first, None, first_name(None));
                for member in model.catalog.office.members.iter() {
                    ui.selectable_value(
                        &mut edited.first,
                        Some(member.code),
                        first_name(Some(member.code)),
                    );
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text("The state whose turn comes first, on the rotation's start");
        ui.end_row();

        if person {
            let label = ui.label("Late appointment:");
            egui::ComboBox::from_id_salt("anchoring")
                .selected_text(edited.anchoring.name())
                .show_ui(ui, |ui| {
                    for anchoring in Anchoring::ALL {
                        ui.selectable_value(&mut edited.anchoring, anchoring, anchoring.name());
                    }
                })
                .response
                .labelled_by(label.id)
                .on_hover_text(
                    "slot: the turn keeps its end; office: a full term from taking office",
                );
            ui.end_row();
        }

        let label = ui.label("Rotation starts:");
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut forms.start_text)
                    .id(start_id)
                    .desired_width(105.0),
            )
            .labelled_by(label.id)
            .on_hover_text("The day the rotation begins; type a date and press Enter");
        if response.lost_focus()
            && let Ok(day) = parse_date(forms.start_text.trim())
        {
            edited.start = day;
        }
        ui.end_row();
    });
    let mut about_skip =
        "A state whose participation is suspended when its turn would start is passed over."
            .to_owned();
    for (code, period, note) in &model.catalog.suspension_notes {
        about_skip.push_str(&format!(
            "\nIn rota's members' table, {} from {}: {note}; skipping treats it as a suspension.",
            model.catalog.name(*code),
            crate::app::format::day(period.start)
        ));
    }
    ui.checkbox(&mut edited.skip_suspended, "Skip a suspended state")
        .on_hover_text(about_skip);
    if edited != rules {
        out.push(Command::Doc(Doc::Edit(Edit::SetRules(edited))));
    }
}

/// "English alphabet", "Fixed order".
fn order_title(order: crate::engine::Order, model: &Model) -> String {
    let words = crate::words::alphabet(order, &model.catalog);
    crate::words::capitalise(words.strip_prefix("the ").unwrap_or(&words))
}

fn add_event(ui: &mut egui::Ui, model: &Model, forms: &mut Forms, out: &mut Vec<Command>) {
    let new = &mut forms.new_event;
    if new.date_text.is_empty() {
        new.date_text = model.view.cursor.to_string();
    }
    let kinds = EventKind::for_office(model.catalog.office.holder);
    if !kinds.contains(&new.kind)
        && let Some(first) = kinds.first()
    {
        new.kind = *first;
    }
    ui.strong("Add an event");
    egui::Grid::new("new-event").num_columns(2).show(ui, |ui| {
        let label = ui.label("Kind:");
        egui::ComboBox::from_id_salt("event-kind")
            .selected_text(new.kind.label())
            .show_ui(ui, |ui| {
                for kind in &kinds {
                    ui.selectable_value(&mut new.kind, *kind, kind.label())
                        .on_hover_text(kind.about());
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text(new.kind.about());
        ui.end_row();
        if !matches!(new.kind, EventKind::Recall | EventKind::Swap) {
            let label = ui.label("State:");
            let members = &model.catalog.office.members;
            let shown = new
                .state
                .map_or_else(|| "choose…".to_owned(), |s| model.catalog.name(s));
            egui::ComboBox::from_id_salt("event-state")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    for member in members.iter() {
                        ui.selectable_value(
                            &mut new.state,
                            Some(member.code),
                            model.state_names(member.code),
                        );
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
        }
        let label = ui.label(match new.kind {
            EventKind::Suspend => "From:",
            EventKind::Swap => "Turn starting:",
            _ => "On:",
        });
        ui.add(
            egui::TextEdit::singleline(&mut new.date_text)
                .desired_width(105.0)
                .hint_text("YYYY-MM-DD"),
        )
        .labelled_by(label.id);
        ui.end_row();
        if matches!(new.kind, EventKind::Suspend | EventKind::Swap) {
            let (text, hint) = if new.kind == EventKind::Swap {
                ("With the turn starting:", "YYYY-MM-DD")
            } else {
                ("Until:", "open-ended")
            };
            let label = ui.label(text);
            ui.add(
                egui::TextEdit::singleline(&mut new.until_text)
                    .desired_width(105.0)
                    .hint_text(hint),
            )
            .labelled_by(label.id);
            ui.end_row();
        }
    });
    let event = new.event();
    let button = ui.add_enabled(event.is_ok(), egui::Button::new("Add event"));
    if let Err(problem) = &event {
        ui.colored_label(ui.visuals().error_fg_color, problem);
    }
    if button.clicked()
        && let Ok(event) = event
    {
        out.push(Command::Doc(Doc::Edit(Edit::AddEvent(event))));
    }
}
