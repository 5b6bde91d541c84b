//! The editor's "Add an event" form: the kinds of event that make sense for the office shown
//! (no recall or late nominee where a state holds the post), and the event the form describes.

use crate::app::command::Doc;
use crate::app::{Command, Edit, Forms, Model};
use crate::data::scenario_file::parse_date;
use crate::engine::{Event, HolderKind, StateCode};

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

pub(super) fn add_event(
    ui: &mut egui::Ui,
    model: &Model,
    forms: &mut Forms,
    out: &mut Vec<Command>,
) {
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
