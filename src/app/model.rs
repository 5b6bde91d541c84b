//! What the views read: the office shown and its record, the user's scenarios, the view (cursor,
//! zoom, tabs), the lanes derived from them, the lesson's state and the window's own bits.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::command::Tab;
use super::palette::{Palette, Theme};
use super::ruler::Ruler;
use super::storage::Restored;
use crate::data::{Catalog, Library};
use crate::engine::{Comparison, Fit, Holding, Scenario, StateCode};
use crate::lanes::{Extra, Lane, LaneId, lanes};
use crate::lesson::quiz::Quiz;
use crate::overview::{Overview, overview};
use crate::workspace::{UndoHistory, Workspace};

/// What the view remembers between sessions besides the scenarios.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewState {
    pub cursor: NaiveDate,
    pub ruler: Ruler,
    pub selected_lane: LaneId,
    /// The selected holding: its lane and its first day.
    pub selected: Option<(LaneId, NaiveDate)>,
    pub tab: Tab,
    pub compare_readings: bool,
    pub theme: Theme,
    /// The dispute walkthrough's step (0-based).
    pub step: usize,
    /// States' Russian names beside the English ones.
    pub russian_names: bool,
    /// The lane of the record's events under a reading, when shown (index into the readings).
    pub reading_lane: Option<u8>,
    /// The conflict between sources shown in the sources tab.
    pub conflict: Option<usize>,
    /// The teacher dismissed the first screen's invitation for good.
    pub invitation_dismissed: bool,
    /// Where the class's web edition is served, for the links *Copy link* makes on the desktop
    /// (empty: `scripts/serve-web` on this machine, [`crate::data::share::DEFAULT_BASE`]).
    pub web_address: String,
}

impl Default for ViewState {
    fn default() -> Self {
        Self {
            cursor: NaiveDate::from_ymd_opt(2017, 1, 1).unwrap_or_default(),
            ruler: Ruler::default(),
            selected_lane: LaneId::Scenario,
            selected: None,
            tab: Tab::Details,
            compare_readings: false,
            theme: Theme::Light,
            step: 0,
            russian_names: false,
            reading_lane: None,
            conflict: None,
            invitation_dismissed: false,
            web_address: String::new(),
        }
    }
}

/// A message shown above the timeline until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
}

/// Everything the views read.
pub struct Model {
    /// Every office rota knows.
    pub library: Library,
    /// The office shown.
    pub catalog: Catalog,
    /// The documented holdings, as the engine's type.
    pub history: Vec<Holding>,
    pub workspace: Workspace,
    pub undo: UndoHistory,
    pub view: ViewState,
    pub lanes: Vec<Lane>,
    /// The current scenario against the record.
    pub comparison: Comparison,
    /// The days Left/Right jump between: holdings' starts and the dispute's events.
    pub stops: Vec<NaiveDate>,
    /// The states whose colours the lanes show, for the legend.
    pub states_shown: Vec<StateCode>,
    pub today: NaiveDate,
    pub notice: Option<Notice>,
    pub help_open: bool,
    /// The seed shown in the reader, and the passage highlighted.
    pub source: Option<(String, String)>,
    pub open_path_visible: bool,
    /// Why the path prompt opened instead of a dialog (no dialog could open), shown in it.
    pub open_path_note: Option<String>,
    /// A save or export waiting for a path, where no dialog could open.
    pub save_prompt: Option<SavePrompt>,
    pub open_link_visible: bool,
    /// The prompt for the web edition's address is open.
    pub web_address_visible: bool,
    /// The last link "Copy link" made.
    pub shared_link: Option<String>,
    /// How well each reading explains the record, from the rotation's start to today.
    pub fits: Vec<Fit>,
    /// Presenter mode: large text, high contrast, no editing.
    pub presenter: bool,
    pub quiz: Option<Quiz>,
    /// A picture of the timeline is being taken: a caption (office, scenario, years) stands
    /// where the invitation does.
    pub picture: bool,
    /// The colours of the office shown.
    pub palette: Palette,
    /// Every office side by side (the *Offices* tab), and each office's colours in the library's
    /// order.
    pub overview: Overview,
    pub palettes: Vec<Palette>,
}

impl Model {
    /// The model of a window starting from `restored` (the defaults on a first start): the office
    /// is the current scenario's.
    #[must_use]
    pub fn new(library: Library, today: NaiveDate, restored: Restored) -> Self {
        let first_start = restored.workspace.is_none();
        let workspace = restored.workspace.unwrap_or_else(|| {
            let catalog = library.default_office().cloned().unwrap_or_default();
            Workspace::with(opening_scenario(&catalog))
        });
        let catalog = library
            .get(&workspace.current().scenario.office)
            .or_else(|| library.default_office())
            .cloned()
            .unwrap_or_default();
        let history = catalog.history_holdings();
        let fits = catalog.fits(today);
        let palette = Palette::of(&catalog);
        let mut view = restored.view;
        if first_start {
            // A first start frames the office's years that teach, the cursor on its rotation's
            // first day.
            let (from, to) = catalog.framing();
            view.ruler = Ruler::fitting(from, to);
            view.cursor = catalog.opening_day();
        }
        let overview = overview(&library, today);
        let palettes = library.catalogs.iter().map(Palette::of).collect();
        Self {
            library,
            catalog,
            history,
            workspace,
            undo: UndoHistory::default(),
            view,
            lanes: Vec::new(),
            comparison: Comparison::default(),
            stops: Vec::new(),
            states_shown: Vec::new(),
            today,
            notice: restored.notice.map(|text| Notice {
                text,
                is_error: true,
            }),
            help_open: false,
            source: None,
            open_path_visible: false,
            open_path_note: None,
            save_prompt: None,
            open_link_visible: false,
            web_address_visible: false,
            shared_link: None,
            fits,
            presenter: false,
            quiz: None,
            picture: false,
            palette,
            overview,
            palettes,
        }
    }

    /// Adds an office to the library (replacing one with the same id) and compares it with the
    /// others.
    pub fn add_office(&mut self, catalog: Catalog) {
        self.library.add(catalog);
        self.overview = overview(&self.library, self.today);
        self.palettes = self.library.catalogs.iter().map(Palette::of).collect();
    }

    /// Derives the lanes again (and, when the current scenario belongs to another office than the
    /// one shown, that office's record and fit first).
    pub fn recompute(&mut self) {
        let office = &self.workspace.current().scenario.office;
        if *office != self.catalog.id
            && let Some(catalog) = self.library.get(office)
        {
            self.catalog = catalog.clone();
            self.history = self.catalog.history_holdings();
            self.fits = self.catalog.fits(self.today);
            self.palette = Palette::of(&self.catalog);
            self.quiz = None;
            self.view.reading_lane = None;
            self.view.step = 0;
            self.view.conflict = None;
            if self.view.tab == Tab::Dispute && self.catalog.lesson.is_none() {
                self.view.tab = Tab::Details;
            }
        }
        let extra = Extra {
            compare_readings: self.view.compare_readings,
            reading_lane: self.view.reading_lane,
        };
        let set = lanes(&self.catalog, &self.history, self.scenario(), extra);
        self.lanes = set.lanes;
        self.comparison = set.comparison;
        self.stops = set.stops;
        self.states_shown = set.states_shown;
        if self.view.selected.is_some() && self.selected().is_none() {
            self.view.selected = None;
        }
    }

    /// A state's name as the views show it: English, with the Russian name beside it when the
    /// switch is on ("Armenia · Армения").
    #[must_use]
    pub fn state_name(&self, code: StateCode) -> String {
        let english = self.catalog.name(code);
        match (self.catalog.office.members.get(code), self.russian_set()) {
            (Some(m), Some(set))
                if self.view.russian_names && set != self.catalog.display_set() =>
            {
                format!("{english} · {}", m.name(set))
            }
            _ => english,
        }
    }

    /// The office's name set of Russian names, if it has one.
    #[must_use]
    pub fn russian_set(&self) -> Option<usize> {
        self.catalog.name_set("ru")
    }

    /// The lesson's steps (none when the office has no lesson).
    #[must_use]
    pub fn steps(&self) -> &[crate::data::Step] {
        self.catalog
            .lesson
            .as_ref()
            .map_or(&[], |l| l.steps.as_slice())
    }

    /// How much larger than usual text is drawn: 1.5 in presenter mode.
    #[must_use]
    pub fn text_scale(&self) -> f32 {
        if self.presenter { 1.5 } else { 1.0 }
    }

    /// The walkthrough's current step.
    #[must_use]
    pub fn step(&self) -> Option<&crate::data::Step> {
        let steps = self.steps();
        steps.get(self.view.step.min(steps.len().saturating_sub(1)))
    }

    /// Days whose holdings the timeline highlights: the current step's, while the walkthrough is
    /// open.
    #[must_use]
    pub fn highlight_days(&self) -> &[NaiveDate] {
        match (self.view.tab, self.step()) {
            (Tab::Dispute, Some(step)) => &step.about,
            _ => &[],
        }
    }

    /// The day from which a lane is hidden while the quiz asks about it.
    #[must_use]
    pub fn hidden_from(&self, lane: LaneId) -> Option<NaiveDate> {
        self.quiz.as_ref().and_then(|q| q.hidden_from(lane))
    }
    /// The lane with this id, if shown.
    #[must_use]
    pub fn lane(&self, id: LaneId) -> Option<&Lane> {
        self.lanes.iter().find(|l| l.id == id)
    }

    /// The selected holding and its lane.
    #[must_use]
    pub fn selected(&self) -> Option<(&Lane, &Holding)> {
        let (id, start) = self.view.selected?;
        let lane = self.lane(id)?;
        let holding = lane.holdings.iter().find(|h| h.start == start)?;
        Some((lane, holding))
    }

    /// The current scenario.
    #[must_use]
    pub fn scenario(&self) -> &Scenario {
        &self.workspace.current().scenario
    }

    /// A state's English name, and its Russian one in brackets.
    #[must_use]
    pub fn state_names(&self, code: crate::engine::StateCode) -> String {
        let english = self.catalog.name(code);
        match (self.catalog.office.members.get(code), self.russian_set()) {
            (Some(m), Some(set)) if set != self.catalog.display_set() => {
                format!("{english} ({})", m.name(set))
            }
            _ => english,
        }
    }
}

/// Text fields' contents while they are being edited: the only state views may change directly.
#[derive(Clone, Debug, Default)]
pub struct Forms {
    pub cursor_text: String,
    pub recall_text: String,
    pub open_path_text: String,
    /// The path typed where a save or export asks for one.
    pub save_path_text: String,
    pub new_event: super::views::edit::NewEvent,
    /// The scenario name and description as typed, and the scenario they belong to.
    pub name_text: String,
    pub description_text: String,
    pub start_text: String,
    pub form_for: Option<usize>,
    pub link_text: String,
    /// The web edition's address as typed.
    pub web_address_text: String,
    /// Screens to scroll the side panel by, asked for by the keyboard (negative infinity: back to
    /// the top, as a new step shows).
    pub scroll: f32,
}

/// A save or an export asking for a path in a prompt, because no file dialog could open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavePrompt {
    /// What is being saved ("Save the scenario", "Export the timeline").
    pub title: String,
    /// Why there is no dialog.
    pub reason: String,
    /// A path where something exists already, once the user has been asked about replacing it:
    /// saving to that same path again replaces it.
    pub replace: Option<std::path::PathBuf>,
}

/// The scenario a window opens with for an office: the one the office names (the CSTO's "Before
/// the recall"), else its documented scenario.
#[must_use]
pub fn opening_scenario(catalog: &Catalog) -> Scenario {
    catalog
        .opens_with
        .as_deref()
        .and_then(|id| catalog.scenario(id))
        .cloned()
        .unwrap_or_else(|| catalog.documented_scenario())
}
