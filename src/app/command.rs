//! What views ask for, grouped by concern. Views never change state: they push [`Command`]s, which
//! the app applies after the frame's layout (`apply/`, one file per concern). Scenario edits go
//! through [`crate::workspace`] and its undo history.

use std::path::PathBuf;

use chrono::NaiveDate;

use super::palette::Theme;
use crate::engine::StateCode;
use crate::lanes::LaneId;
pub use crate::workspace::{Edit, Entry};

/// Where the cursor should jump.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Jump {
    Previous,
    Next,
    First,
    Last,
}

/// The side panel's tabs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Tab {
    #[default]
    Details,
    Scenario,
    /// The office's lesson: a walkthrough of its dispute.
    Dispute,
    /// The prediction quiz.
    Predict,
    /// Where sources disagree.
    Sources,
    /// Which reading explains the record.
    Readings,
    /// The order of the rotation and the states' names.
    Order,
    /// Every office side by side.
    Offices,
}

impl Tab {
    /// Every tab, in the order the panel shows them.
    pub const ALL: [Self; 8] = [
        Self::Details,
        Self::Scenario,
        Self::Dispute,
        Self::Predict,
        Self::Sources,
        Self::Readings,
        Self::Order,
        Self::Offices,
    ];

    /// The tab's name on its button (the lesson's tab takes the lesson's name).
    #[must_use]
    pub fn title(self) -> &'static str {
        match self {
            Self::Details => "Details",
            Self::Scenario => "Edit scenario",
            Self::Dispute => "Dispute",
            Self::Predict => "Predict",
            Self::Sources => "Sources disagree",
            Self::Readings => "Readings",
            Self::Order => "Order",
            Self::Offices => "Offices",
        }
    }

    /// What the tab holds, for its tooltip.
    #[must_use]
    pub fn about(self) -> &'static str {
        match self {
            Self::Details => "The cursor's day in every lane, and the selected holding",
            Self::Scenario => "Edit the current scenario: rules and events",
            Self::Dispute => "Step through the office's lesson (Space, Right, Left)",
            Self::Predict => "Predict who takes the post next: a quiz with a score",
            Self::Sources => "Where the sources disagree, side by side",
            Self::Readings => "Which reading explains the record: the engine's fit",
            Self::Order => "The order of the rotation, and the states' names",
            Self::Offices => "Every office side by side: how each answered the same question",
        }
    }

    /// Tabs that change scenarios, hidden in presenter mode.
    #[must_use]
    pub fn edits(self) -> bool {
        self == Self::Scenario
    }
}

/// A lane that can be exported, and how.
pub use crate::export::Format as ExportFormat;

/// Everything a view can ask the app to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Nav(Nav),
    Doc(Doc),
    View(View),
    Lesson(Lesson),
    File(File),
    Export(Export),
}

/// Moving through time and choosing what to look at (`apply/nav.rs`).
#[derive(Clone, Debug, PartialEq)]
pub enum Nav {
    SetCursor(NaiveDate),
    Jump(Jump),
    /// Select the holding of `lane` that starts on the date (or clear the selection).
    Select(Option<(LaneId, NaiveDate)>),
    SelectLane(LaneId),
    /// Zoom by `factor` (above 1 zooms in) about a day number of the ruler.
    Zoom {
        pivot_day: f64,
        factor: f64,
    },
    /// Zoom about the cursor (keyboard and toolbar).
    ZoomAtCursor(f64),
    /// Centre the timeline on the cursor, keeping the zoom.
    CentreOnCursor,
    /// Centre on the cursor, a few turns wide (`--at`).
    FocusCursor,
    Pan {
        days: f64,
    },
    /// Frame the years that teach (the office's framing).
    Fit,
    /// Frame the whole record and its projection.
    FitAll,
}

/// The document: scenarios and their edits, undo, the office (`apply/doc.rs`).
#[derive(Clone, Debug, PartialEq)]
pub enum Doc {
    Edit(Edit),
    Undo,
    Redo,
    /// Open a scenario the office ships with.
    OpenBundled(String),
    /// Show another office (by id).
    ChooseOffice(String),
}

/// How things are shown (`apply/view.rs`).
#[derive(Clone, Debug, PartialEq)]
pub enum View {
    SetCompareReadings(bool),
    SetTheme(Theme),
    SetTab(Tab),
    ToggleHelp,
    /// Show a seed's text with `quote` highlighted.
    ReadSource {
        seed: String,
        quote: String,
    },
    CloseSource,
    ShowOpenPath(bool),
    ShowOpenLink(bool),
    /// Close the prompt asking where to save, saving nothing.
    CloseSavePrompt,
    /// Show (or hide) the prompt for the web edition's address.
    ShowWebAddress(bool),
    /// Where the class's web edition is served, for the links the desktop makes (empty: this
    /// machine's `scripts/serve-web`).
    SetWebAddress(String),
    DismissNotice,
    /// Show (or hide, with `None`) the lane of the record's events under a reading (an index into
    /// the office's readings).
    ShowReadingLane(Option<u8>),
    SetPresenter(bool),
    SetRussianNames(bool),
    /// Scroll the side panel by this many screens (positive: down).
    Scroll(f32),
    /// Hide the first screen's invitation for good.
    DismissInvitation,
}

/// The office's lesson and quiz (`apply/lesson.rs`).
#[derive(Clone, Debug, PartialEq)]
pub enum Lesson {
    /// Go to a step of the walkthrough (0-based; clamped).
    GoToStep(usize),
    /// Go forward (or back) this many steps from the current one.
    StepBy(isize),
    /// Open the sources tab on a conflict (an index into the office's conflicts).
    ShowConflict(usize),
    /// Start the prediction quiz at a day.
    StartQuiz(NaiveDate),
    /// Answer the quiz's current question.
    Answer(StateCode),
    NextQuestion,
    EndQuiz,
}

/// Files and links (`apply/file.rs`).
#[derive(Clone, Debug, PartialEq)]
pub enum File {
    OpenDialog,
    OpenPath(PathBuf),
    /// A file's bytes, as a drop or a browser hands them over.
    OpenBytes {
        name: String,
        bytes: Vec<u8>,
    },
    Save,
    SaveAs,
    /// Save what waits for a path (the prompt shown where no file dialog can open) to this one.
    SaveToPath(PathBuf),
    /// Put a link to the current scenario on the clipboard (and, on the web, in the address).
    CopyLink,
    /// Open the scenario a shared link carries, read-only.
    OpenLink(String),
}

/// Pictures, tables and handouts (`apply/export.rs`).
#[derive(Clone, Debug, PartialEq)]
pub enum Export {
    /// Save a picture of the timeline.
    Png,
    Lane(LaneId, ExportFormat),
    /// Save the printable handout of the current scenario.
    Handout,
}

macro_rules! into_command {
    ($($group:ident),*) => {
        $(impl From<$group> for Command {
            fn from(command: $group) -> Self {
                Self::$group(command)
            }
        })*
    };
}
into_command!(Nav, Doc, View, Lesson, File, Export);

impl From<Edit> for Command {
    fn from(edit: Edit) -> Self {
        Self::Doc(Doc::Edit(edit))
    }
}
