//! The desktop window: the documented succession and the engine's projections lane above lane on
//! a timeline, a side panel with the cursor's day and the selected holding, and what-if editing.
//!
//! Views (one per file) read [`Model`] and push [`Command`]s; [`RotaApp`] applies them after the
//! frame's layout and recomputes the lanes only when a scenario changed. Everything about
//! succession comes from [`crate::engine`]; the files, dialogs and clock sit behind
//! [`files::Platform`] and [`Launch`], so a web edition can swap them.

pub mod changes;
pub mod command;
pub mod conflicts;
pub mod files;
pub mod format;
pub mod help;
pub mod names;
pub mod palette;
pub mod picture;
pub mod quiz;
pub mod reader;
pub mod readings;
pub mod ruler;
#[cfg(not(target_arch = "wasm32"))]
pub mod screenshot;
pub mod side_panel;
#[cfg(not(target_arch = "wasm32"))]
pub mod state_file;
pub mod timeline;
pub mod toolbar;
pub mod walkthrough;
pub mod whatif;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use chrono::{Datelike as _, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::data::Catalog;
use crate::data::scenario_file::{parse_scenario, scenario_to_ron};
use crate::engine::{
    Comparison, Disagreement, Fit, Holding, Reading, Rules, Scenario, StateCode,
    compare_with_record, fit_readings, project::holding_on,
};
pub use command::{Command, Edit, Entry, ExportFormat, Jump, Tab, UndoHistory, Workspace};
use files::Platform;
use palette::Theme;
use ruler::{Ruler, day_number};

/// The key under which the app's state is stored between sessions.
pub const STORAGE_KEY: &str = "rota";
/// The stored state's format; a newer one is set aside rather than misread.
const STORAGE_VERSION: u32 = 1;
/// The keys that answer the quiz's choices, in order.
const DIGITS: [egui::Key; 9] = [
    egui::Key::Num1,
    egui::Key::Num2,
    egui::Key::Num3,
    egui::Key::Num4,
    egui::Key::Num5,
    egui::Key::Num6,
    egui::Key::Num7,
    egui::Key::Num8,
    egui::Key::Num9,
];
/// Lanes are projected this far, so panning never runs off their end.
const PROJECT_UNTIL: (i32, u32, u32) = (2100, 1, 1);

/// One lane of the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LaneId {
    Documented,
    RuleAlone,
    /// The current scenario.
    Scenario,
    /// The current scenario under one of the four readings (index into [`Reading::ALL`]).
    Reading(u8),
    /// The documented events under one of the four readings (index into [`Reading::ALL`]): what
    /// a party's reading would have made of what happened.
    RecordUnder(u8),
}

/// A lane as shown: its title, its holdings and where it disagrees with the record.
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    pub id: LaneId,
    pub title: String,
    /// The title as the lane's label shows it, where room is short.
    pub short_title: String,
    /// What the lane is, for its label's tooltip.
    pub about: String,
    pub holdings: Vec<Holding>,
    /// Periods where this lane and the documented lane disagree (empty for the documented lane).
    pub disagreements: Vec<Disagreement>,
    /// Days on which this lane and the record disagree.
    pub disagreeing_days: i64,
}

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
    /// The lane of the record's events under a reading, when shown (index into [`Reading::ALL`]).
    pub reading_lane: Option<u8>,
    /// The conflict between sources shown in the sources tab.
    pub conflict: Option<usize>,
}

impl Default for ViewState {
    fn default() -> Self {
        Self {
            cursor: Rules::rotation_start(),
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
        }
    }
}

/// The stored form of the app's state. Scenarios are kept as scenario-file text, so a stored
/// state is read by the same checked loader as a file.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct Stored {
    version: u32,
    scenarios: Vec<StoredScenario>,
    current: usize,
    view: ViewState,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct StoredScenario {
    ron: String,
    path: Option<PathBuf>,
    read_only: bool,
}

/// Whether a stored state (rota's part of the state file) can be used whole.
///
/// # Errors
/// Why not, in words: it is damaged, it comes from a newer rota, or a scenario in it cannot be
/// read (using the rest would lose that scenario at the next save).
pub fn check_stored(text: &str, members: &crate::engine::Members) -> Result<(), String> {
    let stored =
        ron::from_str::<Stored>(text).map_err(|e| format!("rota's part is damaged: {e}"))?;
    if stored.version > STORAGE_VERSION {
        return Err(format!(
            "it comes from a newer rota (format {}; this one reads format {STORAGE_VERSION})",
            stored.version
        ));
    }
    for s in &stored.scenarios {
        if let Err(problems) = parse_scenario("saved state", s.ron.as_bytes(), members) {
            let first = problems
                .first()
                .map(ToString::to_string)
                .unwrap_or_default();
            return Err(format!("a saved scenario cannot be read: {first}"));
        }
    }
    Ok(())
}

/// A message shown above the timeline until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
}

/// Everything the views read.
pub struct Model {
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
    pub open_link_visible: bool,
    /// The last link "Copy link" made.
    pub shared_link: Option<String>,
    /// How well each reading explains the record, from the rotation's start to today.
    pub fits: Vec<Fit>,
    /// Presenter mode: large text, high contrast, no editing.
    pub presenter: bool,
    pub quiz: Option<quiz::Quiz>,
}

impl Model {
    /// A state's name as the views show it: English, with the Russian name beside it when the
    /// switch is on ("Armenia · Армения").
    #[must_use]
    pub fn state_name(&self, code: StateCode) -> String {
        match self.catalog.members.get(code) {
            Some(m) if self.view.russian_names => format!("{} · {}", m.name_en, m.name_ru),
            Some(m) => m.name_en.clone(),
            None => code.to_string(),
        }
    }

    /// How much larger than usual text is drawn: 1.5 in presenter mode.
    #[must_use]
    pub fn text_scale(&self) -> f32 {
        if self.presenter { 1.5 } else { 1.0 }
    }

    /// The walkthrough's current step.
    #[must_use]
    pub fn step(&self) -> Option<&crate::data::Step> {
        let steps = &self.catalog.walkthrough.steps;
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
        match self.catalog.members.get(code) {
            Some(m) => format!("{} ({})", m.name_en, m.name_ru),
            None => code.to_string(),
        }
    }
}

/// Text fields' contents while they are being edited: the only state views may change directly.
#[derive(Clone, Debug, Default)]
pub struct Forms {
    pub cursor_text: String,
    pub recall_text: String,
    pub open_path_text: String,
    pub new_event: whatif::NewEvent,
    /// The scenario name and description as typed, and the scenario they belong to.
    pub name_text: String,
    pub description_text: String,
    pub start_text: String,
    pub form_for: Option<usize>,
    pub link_text: String,
}

/// How the window was started: from the command line or by a test.
#[derive(Debug, Default)]
pub struct Launch {
    /// A scenario file to open at start.
    pub scenario: Option<PathBuf>,
    /// The cursor's day at start.
    pub at: Option<NaiveDate>,
    pub compare_readings: bool,
    /// The side panel's tab at start.
    pub tab: Option<Tab>,
    /// The walkthrough's step at start (0-based); opens the walkthrough.
    pub step: Option<usize>,
    /// Start in presenter mode.
    pub presenter: bool,
    /// A message for the user from before the window opened (a state file set aside).
    pub notice: Option<String>,
    /// A shared link to open at start, read-only (the web page's address).
    pub link: Option<String>,
    /// Ignore and do not write the stored state (screenshots, tests).
    pub ephemeral: bool,
    #[cfg(not(target_arch = "wasm32"))]
    pub screenshot: Option<screenshot::Job>,
    /// Measure start-up and idle frames, then close.
    #[cfg(not(target_arch = "wasm32"))]
    pub probe: Option<screenshot::Probe>,
}

/// The app.
pub struct RotaApp {
    pub model: Model,
    pub forms: Forms,
    platform: Box<dyn Platform>,
    commands: Vec<Command>,
    ephemeral: bool,
    #[cfg(not(target_arch = "wasm32"))]
    screenshot: Option<screenshot::Job>,
    #[cfg(not(target_arch = "wasm32"))]
    probe: Option<screenshot::Probe>,
    /// The theme last given to egui, so it is set only when it changes.
    applied_theme: Option<Theme>,
    /// Presenter mode as last given to egui (styles, full screen).
    applied_presenter: Option<bool>,
    /// Where the timeline was drawn in the last frame, in points: what "Export PNG" crops to.
    timeline_rect: Option<egui::Rect>,
    /// A picture of the timeline was asked for and is to be requested from the renderer.
    png_wanted: bool,
    /// The renderer's picture, once it arrives.
    png_slot: Option<Arc<Mutex<Option<Arc<egui::ColorImage>>>>>,
    /// Text for the clipboard, handed to egui in the next frame.
    pending_copy: Option<String>,
    /// The title and message last shown beyond the window, so they are sent only on change.
    shown_status: (String, String),
    /// rota's own state file (the desktop): the stored state is written there, atomically,
    /// rather than into eframe's storage.
    state_file: Option<PathBuf>,
    /// The stored state as last written to `state_file`, so an unchanged state is not rewritten.
    state_written: Option<String>,
}

impl RotaApp {
    /// Builds the app: the stored state (unless `launch` says not to), then what `launch` asks.
    #[must_use]
    pub fn new(
        cc: &eframe::CreationContext<'_>,
        catalog: Catalog,
        today: NaiveDate,
        launch: Launch,
        platform: Box<dyn Platform>,
    ) -> Self {
        let storage = if launch.ephemeral { None } else { cc.storage };
        let stored = storage.and_then(|s| s.get_string(STORAGE_KEY));
        Self::launched(cc, catalog, today, launch, platform, stored.as_deref())
    }

    /// Builds the app keeping its state in rota's own file at `path` (see [`state_file`]):
    /// `text` is that file's content as read at start, or `None` when there is none yet, and then
    /// the state an earlier rota kept in eframe's storage is read instead.
    #[cfg(not(target_arch = "wasm32"))]
    #[must_use]
    pub fn with_state_file(
        cc: &eframe::CreationContext<'_>,
        catalog: Catalog,
        today: NaiveDate,
        launch: Launch,
        platform: Box<dyn Platform>,
        path: PathBuf,
        text: Option<String>,
    ) -> Self {
        let ephemeral = launch.ephemeral;
        let earlier = || cc.storage.and_then(|s| s.get_string(STORAGE_KEY));
        let stored = if ephemeral {
            None
        } else {
            text.or_else(earlier)
        };
        let mut app = Self::launched(cc, catalog, today, launch, platform, stored.as_deref());
        if !ephemeral {
            app.keep_state_in(path);
        }
        app
    }

    /// From now on the stored state is written to rota's own file at `path`, atomically, and no
    /// longer into eframe's storage.
    pub fn keep_state_in(&mut self, path: PathBuf) {
        self.state_file = Some(path);
        self.state_written = None;
    }

    fn launched(
        cc: &eframe::CreationContext<'_>,
        catalog: Catalog,
        today: NaiveDate,
        launch: Launch,
        platform: Box<dyn Platform>,
        stored: Option<&str>,
    ) -> Self {
        cc.egui_ctx.all_styles_mut(palette::classroom_text);
        let mut app = Self::from_stored(catalog, today, stored, platform);
        app.ephemeral = launch.ephemeral;
        #[cfg(not(target_arch = "wasm32"))]
        {
            app.screenshot = launch.screenshot;
            app.probe = launch.probe;
        }
        if let Some(at) = launch.at {
            app.model.view.cursor = at;
        }
        if launch.compare_readings {
            app.model.view.compare_readings = true;
        }
        if let Some(tab) = launch.tab {
            app.apply(Command::SetTab(tab));
            if tab == Tab::Predict {
                let from = app.model.view.cursor;
                app.apply(Command::StartQuiz(from));
            }
        }
        if let Some(step) = launch.step {
            app.model.view.tab = Tab::Dispute;
            app.apply(Command::GoToStep(step));
        }
        if launch.presenter {
            app.model.presenter = true;
        }
        if let Some(text) = launch.notice {
            app.model.notice = Some(Notice {
                text,
                is_error: true,
            });
        }
        if let Some(path) = launch.scenario {
            app.apply(Command::OpenPath(path));
        }
        if let Some(link) = launch.link {
            app.apply(Command::OpenLink(link));
        }
        app.recompute();
        app
    }

    /// Builds the app from a stored state (`None`: first start). A state that cannot be read gives
    /// the defaults and a notice saying so.
    #[must_use]
    pub fn from_stored(
        catalog: Catalog,
        today: NaiveDate,
        stored: Option<&str>,
        platform: Box<dyn Platform>,
    ) -> Self {
        let default_workspace = Workspace::with(
            catalog
                .scenario("before-the-recall")
                .cloned()
                .unwrap_or_default(),
        );
        let mut notice = None;
        let mut workspace = default_workspace.clone();
        let mut view = ViewState::default();
        if let Some(text) = stored {
            match ron::from_str::<Stored>(text) {
                Ok(stored) if stored.version > STORAGE_VERSION => {
                    notice = Some(format!(
                        "The saved state comes from a newer rota (format {}); this one reads format {STORAGE_VERSION}, so it started with the defaults.",
                        stored.version
                    ));
                }
                Ok(stored) => {
                    let mut entries = Vec::new();
                    let mut lost = Vec::new();
                    for s in &stored.scenarios {
                        match parse_scenario("saved state", s.ron.as_bytes(), &catalog.members) {
                            Ok(scenario) => entries.push(Entry {
                                scenario,
                                path: s.path.clone(),
                                read_only: s.read_only,
                            }),
                            Err(problems) => lost.extend(problems.iter().map(ToString::to_string)),
                        }
                    }
                    if !lost.is_empty() {
                        notice = Some(format!(
                            "Some saved scenarios could not be read and were left out: {}",
                            lost.join("; ")
                        ));
                    }
                    if !entries.is_empty() {
                        workspace = Workspace {
                            current: stored.current.min(entries.len() - 1),
                            entries,
                        };
                    }
                    view = stored.view;
                    view.ruler.clamp();
                }
                Err(e) => {
                    notice = Some(format!(
                        "The saved state could not be read ({e}), so rota started with the defaults."
                    ));
                }
            }
        }
        let history = catalog.history_holdings();
        let mut app = Self {
            model: Model {
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
                notice: notice.map(|text| Notice {
                    text,
                    is_error: true,
                }),
                help_open: false,
                source: None,
                open_path_visible: false,
                open_link_visible: false,
                shared_link: None,
                fits: Vec::new(),
                presenter: false,
                quiz: None,
            },
            forms: Forms::default(),
            platform,
            commands: Vec::new(),
            ephemeral: false,
            #[cfg(not(target_arch = "wasm32"))]
            screenshot: None,
            #[cfg(not(target_arch = "wasm32"))]
            probe: None,
            applied_theme: None,
            applied_presenter: None,
            timeline_rect: None,
            png_wanted: false,
            png_slot: None,
            pending_copy: None,
            shown_status: (String::new(), String::new()),
            state_file: None,
            state_written: None,
        };
        let m = &mut app.model;
        m.fits = fit_readings(
            &m.catalog.documented_scenario(),
            &m.history,
            &m.catalog.members,
            Rules::rotation_start(),
            today,
        );
        app.recompute();
        app.forms.cursor_text = app.model.view.cursor.to_string();
        app
    }

    /// The state written between sessions.
    #[must_use]
    pub fn stored(&self) -> String {
        let stored = Stored {
            version: STORAGE_VERSION,
            scenarios: self
                .model
                .workspace
                .entries
                .iter()
                .map(|e| StoredScenario {
                    ron: scenario_to_ron(&e.scenario),
                    path: e.path.clone(),
                    read_only: e.read_only,
                })
                .collect(),
            current: self.model.workspace.current,
            view: self.model.view.clone(),
        };
        ron::ser::to_string(&stored).unwrap_or_default()
    }

    /// Writes the stored state to rota's own state file, if it has one and the state changed since
    /// the last write: atomically, so a failure (a full disk) leaves the previous file whole, and
    /// says so in the window.
    ///
    /// # Errors
    /// The I/O error, also shown as a notice.
    pub fn save_state_file(&mut self) -> std::io::Result<()> {
        let Some(path) = self.state_file.clone() else {
            return Ok(());
        };
        let text = self.stored();
        if self.state_written.as_ref() == Some(&text) {
            return Ok(());
        }
        #[cfg(not(target_arch = "wasm32"))]
        let written = state_file::save(&path, &text);
        #[cfg(target_arch = "wasm32")]
        let written: std::io::Result<()> = Err(std::io::ErrorKind::Unsupported.into());
        match written {
            Ok(()) => {
                self.state_written = Some(text);
                Ok(())
            }
            Err(e) => {
                self.model.notice = Some(Notice {
                    text: format!(
                        "Could not save the window's state to {}: {e}. The state saved before is kept.",
                        path.display()
                    ),
                    is_error: true,
                });
                Err(e)
            }
        }
    }

    /// Asks for a command, as a view would; it is applied at the end of the frame.
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Projects every lane again. Called when a scenario or the set of lanes changed, never per
    /// frame.
    pub fn recompute(&mut self) {
        let m = &mut self.model;
        let until = NaiveDate::from_ymd_opt(PROJECT_UNTIL.0, PROJECT_UNTIL.1, PROJECT_UNTIL.2)
            .unwrap_or(NaiveDate::MAX);
        let members = &m.catalog.members;
        let lane_of = |id, title: String, about: String, scenario: &Scenario| {
            let comparison = compare_with_record(scenario, members, &m.history, until);
            let lane = Lane {
                id,
                short_title: match id {
                    LaneId::Reading(_) => title.trim_start_matches("Reading: ").replace('-', " "),
                    _ => title.clone(),
                },
                title,
                about,
                holdings: comparison.projection.holdings.clone(),
                disagreements: comparison.difference.periods.clone(),
                disagreeing_days: comparison.difference.disagreeing_days(),
            };
            (lane, comparison)
        };
        let mut lanes = vec![Lane {
            id: LaneId::Documented,
            title: "Documented".to_owned(),
            short_title: "Documented".to_owned(),
            about: "What happened, from the sources: each holding cites them.".to_owned(),
            holdings: m.history.clone(),
            disagreements: Vec::new(),
            disagreeing_days: 0,
        }];
        let rule_alone = m
            .catalog
            .scenario("rule-alone")
            .cloned()
            .unwrap_or_default();
        lanes.push(
            lane_of(
                LaneId::RuleAlone,
                "Rule alone (2015)".to_owned(),
                rule_alone.description.clone(),
                &rule_alone,
            )
            .0,
        );
        let scenario = m.workspace.current().scenario.clone();
        // A scenario may be called "Documented" (the bundled one is): its lane must still be told
        // apart from the record's, on screen and by a screen reader.
        let shown = crate::text::shown_name(&scenario.name);
        let title = if lanes.iter().any(|l| l.title == shown) {
            format!("{shown} (scenario)")
        } else {
            shown
        };
        let (lane, comparison) = lane_of(
            LaneId::Scenario,
            title,
            scenario.description.clone(),
            &scenario,
        );
        lanes.push(lane);
        m.comparison = comparison;
        if m.view.compare_readings {
            for (i, reading) in (0u8..).zip(Reading::ALL) {
                let mut variant = scenario.clone();
                variant.rules.reading = reading;
                let info = m.catalog.readings.iter().find(|r| r.reading == reading);
                let about = info.map_or_else(String::new, |r| {
                    format!("Reading {}: {}\n{}", reading.name(), r.title, r.summary)
                });
                lanes.push(
                    lane_of(
                        LaneId::Reading(i),
                        format!("Reading: {}", reading.name()),
                        about,
                        &variant,
                    )
                    .0,
                );
            }
        }
        if let Some(i) = m.view.reading_lane
            && let Some(reading) = Reading::ALL.get(usize::from(i)).copied()
        {
            let mut variant = m.catalog.documented_scenario();
            variant.rules.reading = reading;
            let info = m.catalog.readings.iter().find(|r| r.reading == reading);
            let about = info.map_or_else(String::new, |r| {
                format!(
                    "What happened (the late appointment of 2017 and the recall of 2018), projected under the reading {}: {}\n{}\nArgued by: {}",
                    reading.name(),
                    r.title,
                    r.summary,
                    r.argued_by
                )
            });
            let mut lane = lane_of(
                LaneId::RecordUnder(i),
                format!("Record's events, {}", reading.name()),
                about,
                &variant,
            )
            .0;
            lane.short_title = format!("If {}", reading.name().replace('-', " "));
            lanes.push(lane);
        }
        let mut stops: Vec<NaiveDate> = lanes
            .iter()
            .flat_map(|l| l.holdings.iter().map(|h| h.start))
            .chain(m.catalog.events.iter().map(|e| e.date))
            .collect();
        stops.sort_unstable();
        stops.dedup();
        m.stops = stops;
        let mut states: Vec<StateCode> = lanes
            .iter()
            .flat_map(|l| l.holdings.iter().filter_map(|h| h.holder_state.or(h.turn)))
            .collect();
        states.sort_unstable();
        states.dedup();
        m.states_shown = states;
        m.lanes = lanes;
        if m.view.selected.is_some() && m.selected().is_none() {
            m.view.selected = None;
        }
    }

    /// Applies one command.
    pub fn apply(&mut self, command: Command) {
        let m = &mut self.model;
        match command {
            Command::SetCursor(day) => self.set_cursor(day),
            Command::Jump(jump) => {
                let cursor = m.view.cursor;
                let target = match jump {
                    Jump::Previous => m.stops.iter().rev().find(|d| **d < cursor),
                    Jump::Next => m.stops.iter().find(|d| **d > cursor),
                    Jump::First => m.stops.first(),
                    Jump::Last => m.stops.last(),
                };
                if let Some(day) = target.copied() {
                    self.set_cursor(day);
                    self.reveal_cursor();
                }
            }
            Command::Select(selection) => {
                m.view.selected = selection;
                if let Some((lane, start)) = selection {
                    m.view.selected_lane = lane;
                    m.view.tab = Tab::Details;
                    let last_day = m.selected().map(|(_, h)| h.last_day());
                    // Offer the cursor's day for a recall when it falls inside the holding.
                    let cursor = m.view.cursor;
                    let offer = match last_day {
                        Some(last) if start < cursor && cursor <= last => cursor,
                        Some(last) => start.succ_opt().unwrap_or(start).min(last),
                        None => cursor,
                    };
                    self.forms.recall_text = offer.to_string();
                }
            }
            Command::Edit(edit) => {
                let members = &m.catalog.members;
                match m.undo.apply(&mut m.workspace, &edit, members) {
                    Ok(()) => {
                        if !matches!(edit, Edit::Rename(_) | Edit::SetDescription(_)) {
                            m.notice = None;
                        }
                        if matches!(edit, Edit::Recall(_)) {
                            // Done: the holding has ended, so the day typed no longer falls in it.
                            self.forms.recall_text.clear();
                        }
                        self.recompute();
                    }
                    Err(message) => {
                        m.notice = Some(Notice {
                            text: message,
                            is_error: true,
                        });
                    }
                }
            }
            Command::Undo => {
                if m.undo.undo(&mut m.workspace) {
                    self.recompute();
                }
            }
            Command::Redo => {
                if m.undo.redo(&mut m.workspace) {
                    self.recompute();
                }
            }
            Command::Zoom { pivot_day, factor } => m.view.ruler.zoom_about(pivot_day, factor),
            Command::ZoomAtCursor(factor) => {
                let pivot = day_number(m.view.cursor) + 0.5;
                let pivot = if (m.view.ruler.start_day..m.view.ruler.end_day).contains(&pivot) {
                    pivot
                } else {
                    f64::midpoint(m.view.ruler.start_day, m.view.ruler.end_day)
                };
                m.view.ruler.zoom_about(pivot, factor);
            }
            Command::Pan { days } => m.view.ruler.pan_days(days),
            Command::FitAll => m.view.ruler = Ruler::default(),
            Command::SetCompareReadings(on) => {
                m.view.compare_readings = on;
                if !on && matches!(m.view.selected, Some((LaneId::Reading(_), _))) {
                    m.view.selected = None;
                }
                self.recompute();
            }
            Command::SetTheme(theme) => m.view.theme = theme,
            Command::SetTab(tab) => {
                let entering = m.view.tab != tab;
                m.view.tab = tab;
                if entering && tab == Tab::Dispute {
                    let step = m.view.step;
                    self.apply(Command::GoToStep(step));
                }
            }
            Command::StepBy(delta) => {
                let step = m.view.step.saturating_add_signed(delta);
                self.apply(Command::GoToStep(step));
            }
            Command::GoToStep(step) => {
                let last = m.catalog.walkthrough.steps.len().saturating_sub(1);
                m.view.step = step.min(last);
                m.view.tab = Tab::Dispute;
                m.view.selected = None;
                if let Some(step) = m.step() {
                    let (date, (from, to)) = (step.date, step.window);
                    m.view.ruler = Ruler::fitting(from, to);
                    self.set_cursor(date);
                }
            }
            Command::ShowReadingLane(lane) => {
                m.view.reading_lane = lane;
                if let Some(i) = lane {
                    m.view.selected_lane = LaneId::RecordUnder(i);
                }
                if matches!(m.view.selected, Some((LaneId::RecordUnder(_), _))) {
                    m.view.selected = None;
                }
                self.recompute();
            }
            Command::SetPresenter(on) => {
                m.presenter = on;
                if on && m.view.tab.edits() {
                    m.view.tab = Tab::Details;
                }
            }
            Command::SetRussianNames(on) => m.view.russian_names = on,
            Command::ShowConflict(index) => {
                if let Some(conflict) = m.catalog.conflicts.get(index) {
                    let from = conflict.from;
                    m.view.conflict = Some(index);
                    m.view.tab = Tab::Sources;
                    self.set_cursor(from);
                    self.reveal_cursor();
                }
            }
            Command::StartQuiz(from) => {
                m.quiz = quiz::Quiz::new(&m.catalog, &m.history, from, m.today);
                m.view.tab = Tab::Predict;
                m.view.selected = None;
                if m.quiz.is_some() {
                    // Frame the years the questions are about: a few before, the turns after.
                    let years = |n: i32| from.with_year(from.year() + n).unwrap_or(from);
                    m.view.ruler = Ruler::fitting(years(-3), years(13));
                }
                if m.quiz.is_none() {
                    m.notice = Some(Notice {
                        text: format!(
                            "No handover in the record follows {}: move the cursor earlier to start the quiz.",
                            format::day(from)
                        ),
                        is_error: true,
                    });
                }
            }
            Command::Answer(state) => {
                let mut reading = None;
                if let Some(quiz) = &mut m.quiz {
                    quiz.answer(state);
                    reading = quiz.current().and_then(|q| q.reading);
                }
                // A question on a reading is answered by showing that reading's lane.
                if let Some(i) = reading.and_then(reading_index) {
                    self.apply(Command::ShowReadingLane(Some(i)));
                }
            }
            Command::NextQuestion => {
                if let Some(quiz) = &mut m.quiz {
                    quiz.next();
                }
            }
            Command::EndQuiz => m.quiz = None,
            Command::ExportPng => self.png_wanted = true,
            Command::ExportLane(id, format) => {
                let Some(lane) = m.lane(id) else { return };
                let text = crate::export::holdings_out(
                    &lane.holdings,
                    &m.catalog.members,
                    format,
                    id == LaneId::Documented,
                );
                let extension = match format {
                    ExportFormat::Csv => "csv",
                    ExportFormat::Json => "json",
                    ExportFormat::Markdown => "md",
                    ExportFormat::Table => "txt",
                };
                let title = lane.title.clone();
                let name = format!("{}.{extension}", file_stem(&title));
                self.export(&name, text.as_bytes(), &format!("the lane “{title}”"));
            }
            Command::CopyLink => {
                let scenario = m.scenario().clone();
                let link = crate::data::share::link(&self.platform.share_base(), &scenario);
                self.platform
                    .show_fragment(&crate::data::share::fragment(&scenario));
                self.pending_copy = Some(link.clone());
                self.model.shared_link = Some(link.clone());
                self.model.notice = Some(Notice {
                    text: format!(
                        "Copied a link to “{}” ({} characters). Whoever opens it sees this scenario, read-only.",
                        crate::text::shown_name(&scenario.name),
                        link.len()
                    ),
                    is_error: false,
                });
            }
            Command::OpenLink(text) => {
                match crate::data::share::decode(&text, &m.catalog.members) {
                    Ok(scenario) => {
                        let name = crate::text::shown_name(&scenario.name);
                        let before = m.workspace.entries.len();
                        self.apply(Command::Edit(Edit::Add(Entry {
                            scenario,
                            path: None,
                            read_only: true,
                        })));
                        if self.model.workspace.entries.len() == before {
                            return; // not added: the notice says why
                        }
                        self.model.notice = Some(Notice {
                            text: format!(
                                "Opened “{name}” from a shared link, read-only: “Make a copy” to edit it."
                            ),
                            is_error: false,
                        });
                    }
                    Err(message) => {
                        m.notice = Some(Notice {
                            text: format!("{message} Nothing was changed."),
                            is_error: true,
                        });
                    }
                }
            }
            Command::ShowOpenLink(show) => m.open_link_visible = show,
            Command::ExportHandout => {
                let html = crate::export::handout_html(&m.catalog, m.scenario(), m.today);
                let scenario = crate::text::shown_name(&m.scenario().name);
                let name = format!("{} handout.html", file_stem(&scenario));
                self.export(
                    &name,
                    html.as_bytes(),
                    &format!("the handout for “{scenario}”"),
                );
            }
            Command::SelectLane(lane) => m.view.selected_lane = lane,
            Command::ToggleHelp => m.help_open = !m.help_open,
            Command::ReadSource { seed, quote } => m.source = Some((seed, quote)),
            Command::CloseSource => m.source = None,
            Command::ShowOpenPath(show) => m.open_path_visible = show,
            Command::DismissNotice => m.notice = None,
            Command::OpenDialog => {
                if let Some(path) = self.platform.pick_open() {
                    self.apply(Command::OpenPath(path));
                }
            }
            Command::OpenPath(path) => {
                let name = path.display().to_string();
                match self.platform.read(&path) {
                    Ok(bytes) => self.open_bytes(&name, &bytes, Some(path)),
                    Err(diagnostic) => self.model.notice = Some(error_notice(&diagnostic)),
                }
            }
            Command::OpenBytes { name, bytes } => self.open_bytes(&name, &bytes, None),
            Command::OpenBundled(id) => {
                if let Some(scenario) = m.catalog.scenario(&id).cloned() {
                    self.apply(Command::Edit(Edit::Add(Entry {
                        scenario,
                        path: None,
                        read_only: false,
                    })));
                }
            }
            Command::Save => match m.workspace.current().path.clone() {
                Some(path) => self.save_to(path),
                None => self.apply(Command::SaveAs),
            },
            Command::SaveAs => {
                // File names are limited in bytes (255 on most systems).
                let name = &m.scenario().name;
                let suggested = format!("{}.ron", crate::text::clip_bytes(name, 200));
                if let Some(path) = self.platform.pick_save(&suggested) {
                    self.save_to(path);
                }
            }
        }
    }

    fn open_bytes(&mut self, name: &str, bytes: &[u8], path: Option<PathBuf>) {
        match parse_scenario(name, bytes, &self.model.catalog.members) {
            Ok(scenario) => {
                let opened = crate::text::shown_name(&scenario.name);
                let before = self.model.workspace.entries.len();
                self.apply(Command::Edit(Edit::Add(Entry {
                    scenario,
                    path,
                    read_only: false,
                })));
                if self.model.workspace.entries.len() == before {
                    return; // not added: the notice says why
                }
                self.model.notice = Some(Notice {
                    text: format!("Opened “{opened}” from {name}."),
                    is_error: false,
                });
            }
            Err(problems) => {
                let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
                self.model.notice = Some(Notice {
                    text: format!(
                        "Could not open {name}; nothing was changed.\n{}",
                        lines.join("\n")
                    ),
                    is_error: true,
                });
            }
        }
    }

    /// Asks where to save an export and writes it, saying how it went.
    fn export(&mut self, suggested_name: &str, bytes: &[u8], what: &str) {
        let Some(path) = self.platform.pick_save(suggested_name) else {
            return;
        };
        self.model.notice = Some(match self.platform.write(&path, bytes) {
            Ok(()) => Notice {
                text: format!("Exported {what} to {}.", path.display()),
                is_error: false,
            },
            Err(message) => Notice {
                text: format!("Could not export to {}: {message}.", path.display()),
                is_error: true,
            },
        });
    }

    /// A picture of the timeline, once the renderer has delivered one, is encoded and saved.
    fn finish_png(&mut self, ctx: &egui::Context) {
        if self.png_wanted {
            self.png_wanted = false;
            let slot = Arc::new(Mutex::new(None));
            let inbox = Arc::clone(&slot);
            let repaint = ctx.clone();
            ctx.request_screenshot(move |image| {
                if let Ok(mut inbox) = inbox.lock() {
                    *inbox = Some(image);
                }
                repaint.request_repaint();
            });
            self.png_slot = Some(slot);
            return;
        }
        let image = self
            .png_slot
            .as_ref()
            .and_then(|slot| slot.lock().ok().and_then(|mut s| s.take()));
        let Some(image) = image else { return };
        self.png_slot = None;
        let crop = self.timeline_rect.map(|r| r * ctx.pixels_per_point());
        match picture::png_bytes(&image, crop) {
            Ok(bytes) => self.export("rota timeline.png", &bytes, "the timeline"),
            Err(message) => {
                self.model.notice = Some(Notice {
                    text: format!("Could not make the picture: {message}."),
                    is_error: true,
                });
            }
        }
    }

    fn save_to(&mut self, path: PathBuf) {
        let m = &mut self.model;
        let text = scenario_to_ron(m.scenario());
        match self.platform.write(&path, text.as_bytes()) {
            Ok(()) => {
                m.notice = Some(Notice {
                    text: format!(
                        "Saved “{}” to {}.",
                        crate::text::shown_name(&m.scenario().name),
                        path.display()
                    ),
                    is_error: false,
                });
                let current = m.workspace.current;
                if let Some(entry) = m.workspace.entries.get_mut(current) {
                    entry.path = Some(path);
                }
            }
            Err(message) => {
                m.notice = Some(Notice {
                    text: format!(
                        "Could not save to {}: {message}. The file on disk was not changed.",
                        path.display()
                    ),
                    is_error: true,
                });
            }
        }
    }

    fn set_cursor(&mut self, day: NaiveDate) {
        // The cursor stays within the centuries the timeline can show.
        let lo = NaiveDate::from_ymd_opt(1900, 1, 1);
        let hi = NaiveDate::from_ymd_opt(PROJECT_UNTIL.0 - 1, 12, 31);
        let day = match (lo, hi) {
            (Some(lo), Some(hi)) => day.clamp(lo, hi),
            _ => day,
        };
        self.model.view.cursor = day;
        self.forms.cursor_text = day.to_string();
    }

    /// Pans so the cursor is on screen, keeping the zoom.
    fn reveal_cursor(&mut self) {
        let ruler = &mut self.model.view.ruler;
        let day = day_number(self.model.view.cursor);
        let margin = ruler.span_days() * 0.05;
        if day < ruler.start_day + margin {
            ruler.pan_days(day - ruler.start_day - margin);
        } else if day + 1.0 > ruler.end_day - margin {
            ruler.pan_days(day + 1.0 - ruler.end_day + margin);
        }
    }

    /// Keyboard shortcuts. Plain keys are left to a text field that has focus.
    fn shortcuts(&mut self, ctx: &egui::Context) {
        use egui::{Key, Modifiers};
        let typing = ctx.text_edit_focused();
        let presenter = self.model.presenter;
        let walkthrough = self.model.view.tab == Tab::Dispute;
        let predicting = self.model.view.tab == Tab::Predict;
        let quiz = self
            .model
            .quiz
            .as_ref()
            .filter(|_| self.model.view.tab == Tab::Predict)
            .and_then(|q| Some((q.current()?.choices.clone(), q.answered().is_some())));
        let mut out = Vec::new();
        // Every shortcut, first match first; then the key presses are read in the order they
        // came, so that keys pressed faster than frames (a clicker, a test) keep their order.
        let mut table: Vec<(Modifiers, Key, Command)> = Vec::new();
        {
            let mut shortcut = |modifiers, key, command: Command| {
                table.push((modifiers, key, command));
            };
            let shift_cmd = Modifiers::COMMAND | Modifiers::SHIFT;
            if !presenter {
                shortcut(Modifiers::COMMAND, Key::O, Command::OpenDialog);
                shortcut(shift_cmd, Key::S, Command::SaveAs);
                shortcut(Modifiers::COMMAND, Key::S, Command::Save);
            }
            shortcut(Modifiers::NONE, Key::F1, Command::ToggleHelp);
            shortcut(Modifiers::NONE, Key::F11, Command::SetPresenter(!presenter));
            if !typing && walkthrough {
                // The walkthrough takes the arrows: a clicker sends Right/Left or Space.
                shortcut(Modifiers::NONE, Key::Space, Command::StepBy(1));
                shortcut(Modifiers::NONE, Key::ArrowRight, Command::StepBy(1));
                shortcut(Modifiers::NONE, Key::PageDown, Command::StepBy(1));
                shortcut(Modifiers::NONE, Key::ArrowLeft, Command::StepBy(-1));
                shortcut(Modifiers::NONE, Key::PageUp, Command::StepBy(-1));
                shortcut(Modifiers::NONE, Key::Home, Command::GoToStep(0));
                shortcut(Modifiers::NONE, Key::End, Command::GoToStep(usize::MAX));
            }
            if !typing && predicting && self.model.quiz.is_none() {
                // The quiz's tab from the keyboard: Enter starts it at the cursor's day.
                shortcut(
                    Modifiers::NONE,
                    Key::Enter,
                    Command::StartQuiz(self.model.view.cursor),
                );
            }
            if !typing && let Some((choices, answered)) = &quiz {
                // The quiz from the keyboard: 1, 2, 3… answer; Space or Enter goes on.
                if *answered {
                    shortcut(Modifiers::NONE, Key::Space, Command::NextQuestion);
                    shortcut(Modifiers::NONE, Key::Enter, Command::NextQuestion);
                } else {
                    for (key, state) in DIGITS.iter().zip(choices) {
                        shortcut(Modifiers::NONE, *key, Command::Answer(*state));
                    }
                }
            }
            if presenter && !typing {
                shortcut(Modifiers::NONE, Key::Escape, Command::SetPresenter(false));
            }
            if !typing {
                if !presenter {
                    shortcut(shift_cmd, Key::Z, Command::Redo);
                    shortcut(Modifiers::COMMAND, Key::Y, Command::Redo);
                    shortcut(Modifiers::COMMAND, Key::Z, Command::Undo);
                }
                shortcut(
                    Modifiers::NONE,
                    Key::ArrowLeft,
                    Command::Jump(Jump::Previous),
                );
                shortcut(Modifiers::NONE, Key::ArrowRight, Command::Jump(Jump::Next));
                shortcut(Modifiers::NONE, Key::Home, Command::Jump(Jump::First));
                shortcut(Modifiers::NONE, Key::End, Command::Jump(Jump::Last));
                shortcut(Modifiers::NONE, Key::Plus, Command::ZoomAtCursor(1.5));
                shortcut(Modifiers::NONE, Key::Equals, Command::ZoomAtCursor(1.5));
                shortcut(
                    Modifiers::NONE,
                    Key::Minus,
                    Command::ZoomAtCursor(1.0 / 1.5),
                );
                shortcut(Modifiers::NONE, Key::Num0, Command::FitAll);
                shortcut(Modifiers::NONE, Key::Escape, Command::Select(None));
            }
        }
        ctx.input_mut(|i| {
            i.events.retain(|event| {
                let egui::Event::Key {
                    key,
                    pressed: true,
                    modifiers,
                    ..
                } = event
                else {
                    return true;
                };
                match table
                    .iter()
                    .find(|(m, k, _)| k == key && modifiers.matches_logically(*m))
                {
                    Some((_, _, command)) => {
                        out.push(command.clone());
                        false
                    }
                    None => true,
                }
            });
        });
        if !typing {
            let (up, down, enter) = ctx.input_mut(|i| {
                (
                    i.consume_key(Modifiers::NONE, Key::ArrowUp),
                    i.consume_key(Modifiers::NONE, Key::ArrowDown),
                    i.consume_key(Modifiers::NONE, Key::Enter),
                )
            });
            let m = &self.model;
            let at = m.lanes.iter().position(|l| l.id == m.view.selected_lane);
            let step = |i: usize, delta: isize| {
                i.saturating_add_signed(delta)
                    .min(m.lanes.len().saturating_sub(1))
            };
            let lane = match (at, up, down) {
                (Some(i), true, false) => Some(step(i, -1)),
                (Some(i), false, true) => Some(step(i, 1)),
                _ => None,
            };
            if let Some(lane) = lane.and_then(|i| m.lanes.get(i)) {
                out.push(Command::Select(None));
                self.model.view.selected_lane = lane.id;
            }
            if enter {
                let m = &self.model;
                if let Some(lane) = m.lane(m.view.selected_lane) {
                    let hit = holding_on(&lane.holdings, m.view.cursor);
                    out.push(Command::Select(hit.map(|h| (lane.id, h.start))));
                }
            }
        }
        self.commands.extend(out);
    }

    /// Files dropped on the window open as scenarios.
    fn dropped_files(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        for file in dropped {
            // On the desktop a dropped file has a path; the web edition reads its bytes instead.
            #[cfg(not(target_arch = "wasm32"))]
            self.commands
                .push(Command::OpenPath(file.path().to_path_buf()));
            #[cfg(target_arch = "wasm32")]
            self.platform.receive_dropped(file);
        }
    }

    /// The window's title names the day and the scenario ("rota · 2 Nov 2018 · Documented"); it
    /// and the current message also reach the platform (the web page's title and live region).
    fn show_status(&mut self, ctx: &egui::Context) {
        let m = &self.model;
        let entry = m.workspace.current();
        let read_only = if entry.read_only { " (read-only)" } else { "" };
        let title = format!(
            "rota · {} · {}{read_only}",
            format::day(m.view.cursor),
            crate::text::shown_name(&entry.scenario.name)
        );
        let notice = m
            .notice
            .as_ref()
            .map_or_else(String::new, |n| n.text.clone());
        if self.shown_status.0 != title || self.shown_status.1 != notice {
            if self.shown_status.0 != title {
                ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            }
            self.platform.show_status(&title, &notice);
            self.shown_status = (title, notice);
        }
    }

    /// Gives egui the theme, and presenter mode's text, contrast and full screen, when they change.
    fn apply_look(&mut self, ctx: &egui::Context) {
        let presenter = self.model.presenter;
        if self.applied_presenter != Some(presenter) {
            if presenter {
                ctx.all_styles_mut(palette::presenter);
            } else {
                ctx.style_mut_of(egui::Theme::Light, |s| s.visuals = egui::Visuals::light());
                ctx.style_mut_of(egui::Theme::Dark, |s| s.visuals = egui::Visuals::dark());
                ctx.all_styles_mut(palette::classroom_text);
            }
            // A screenshot or a measurement keeps the size it was asked for.
            #[cfg(not(target_arch = "wasm32"))]
            let full_screen = self.screenshot.is_none() && self.probe.is_none();
            #[cfg(target_arch = "wasm32")]
            let full_screen = true;
            // Nothing to undo on the first frame of an ordinary start.
            let changed = self.applied_presenter.is_some() || presenter;
            if full_screen && changed {
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(presenter));
            }
            self.applied_presenter = Some(presenter);
            self.applied_theme = None;
        }
        let theme = if presenter {
            Theme::Light
        } else {
            self.model.view.theme
        };
        if self.applied_theme != Some(theme) {
            ctx.set_theme(theme.egui());
            self.applied_theme = Some(theme);
        }
    }

    /// Lays out one frame and applies what it asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.apply_look(&ctx);
        self.shortcuts(&ctx);
        self.dropped_files(&ctx);
        if let Some(text) = self.pending_copy.take() {
            ctx.copy_text(text);
        }
        while let Some(command) = self.platform.poll() {
            self.commands.push(command);
        }
        let mut out = std::mem::take(&mut self.commands);
        toolbar::show(ui, &self.model, &mut self.forms, &mut out);
        // On a projector the lesson's tabs need the height more than the list of differences.
        let lesson = !matches!(self.model.view.tab, Tab::Details | Tab::Scenario);
        if !(self.model.presenter && lesson) {
            changes::show(ui, &self.model, &mut out);
        }
        side_panel::show(ui, &self.model, &mut self.forms, &mut out);
        let central = egui::CentralPanel::default().show(ui, |ui| {
            timeline::show(ui, &self.model, &mut out);
        });
        self.timeline_rect = Some(central.response.rect);
        help::show(&ctx, &self.model, &mut out);
        reader::show(&ctx, &self.model, &mut out);
        files::show_open_path(&ctx, &self.model, &mut self.forms, &mut out);
        files::show_open_link(&ctx, &self.model, &mut self.forms, &mut out);
        if !ctx.egui_is_using_pointer() && !ctx.text_edit_focused() {
            self.model.undo.seal();
        }
        for command in out {
            self.apply(command);
        }
        self.finish_png(&ctx);
        self.show_status(&ctx);
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(job) = &mut self.screenshot {
            job.step(&ctx);
        }
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(probe) = &mut self.probe {
            probe.step(&ctx);
        }
    }
}

/// A reading's place in [`Reading::ALL`], as lane ids and the view state name it.
#[must_use]
pub fn reading_index(reading: Reading) -> Option<u8> {
    let i = Reading::ALL.iter().position(|r| *r == reading)?;
    u8::try_from(i).ok()
}

/// A file name made of a title: letters, digits, spaces and dashes.
fn file_stem(title: &str) -> String {
    // File names are limited in bytes (255 on most systems).
    let stem: String = crate::text::clip_bytes(title, 150)
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == ' ' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem.trim().trim_matches('-').to_owned();
    if stem.is_empty() {
        "rota".to_owned()
    } else {
        stem
    }
}

fn error_notice(diagnostic: &crate::data::scenario_file::Diagnostic) -> Notice {
    Notice {
        text: format!("Could not open the file; nothing was changed.\n{diagnostic}"),
        is_error: true,
    }
}

impl eframe::App for RotaApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.ephemeral {
            return;
        }
        if self.state_file.is_some() {
            if self.save_state_file().is_ok() && storage.get_string(STORAGE_KEY).is_some() {
                // Kept in rota's own file now: eframe's (written in place) no longer holds it.
                storage.remove_string(STORAGE_KEY);
            }
            return;
        }
        storage.set_string(STORAGE_KEY, self.stored());
    }

    fn persist_egui_memory(&self) -> bool {
        !self.ephemeral
    }
}

/// Opens the window and runs until it closes.
///
/// # Errors
/// The windowing system or the renderer could not start.
#[cfg(not(target_arch = "wasm32"))]
pub fn run(
    catalog: Catalog,
    today: NaiveDate,
    launch: Launch,
    size: Option<[f32; 2]>,
) -> Result<(), String> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("rota: the CSTO Secretary General's rotation")
        .with_min_inner_size([800.0, 500.0])
        .with_drag_and_drop(true);
    viewport = viewport.with_inner_size(size.unwrap_or([1400.0, 900.0]));
    let mut options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    // OpenGL through glow: on school laptops without a GPU (Mesa's software OpenGL) it starts in
    // about half the time of wgpu and with 20 MiB less memory (benches/startup.rs).
    options.renderer = eframe::Renderer::Glow;
    let mut launch = launch;
    // rota's own state file and what it holds, read before eframe opens anything.
    let mut own_state = None;
    if !launch.ephemeral
        && let Some(path) = state_file::default_path()
    {
        let stamp = today.to_string();
        let own = state_file::own_path(&path);
        let (text, own_checked) = state_file::load(&own, &stamp, &catalog.members);
        let checked = state_file::check(&path, &stamp, &catalog.members);
        launch.notice = own_checked.notice(&own).or_else(|| {
            if text.is_some() {
                checked.layout_notice(&path)
            } else {
                checked.notice(&path)
            }
        });
        let stuck = |c: &state_file::Checked| matches!(c, state_file::Checked::Stuck { .. });
        if stuck(&checked) || stuck(&own_checked) {
            // A file rota can neither read nor move is not written over.
            launch.ephemeral = true;
        } else {
            options.persistence_path = Some(path);
            own_state = Some((own, text));
        }
    }
    if launch.ephemeral {
        // Nothing of the user's stored state is read or overwritten.
        options.persist_window = false;
        options.persistence_path =
            Some(std::env::temp_dir().join(format!("rota-ephemeral-{}.ron", std::process::id())));
    }
    let scratch = options
        .persistence_path
        .clone()
        .filter(|_| launch.ephemeral);
    let result = eframe::run_native(
        "rota",
        options,
        Box::new(move |cc| {
            let platform = Box::new(files::Desktop);
            Ok(Box::new(match own_state {
                Some((path, text)) => {
                    RotaApp::with_state_file(cc, catalog, today, launch, platform, path, text)
                }
                None => RotaApp::new(cc, catalog, today, launch, platform),
            }))
        }),
    )
    .map_err(|e| e.to_string());
    if let Some(scratch) = scratch {
        // The throwaway state file of an ephemeral run; it may never have been written.
        let _ignored = std::fs::remove_file(scratch);
    }
    result
}
