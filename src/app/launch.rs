//! How the window starts: from the command line, a test or the web page, what the [`Launch`]
//! asks for is done through the same commands the views push.

use std::path::PathBuf;

use chrono::NaiveDate;

use super::command::{Doc, File, Lesson, Nav, Tab, View};
use super::model::Notice;
use super::platform::Platform;
use super::{RotaApp, STORAGE_KEY, palette};
use crate::data::Library;

/// How the window was started: from the command line or by a test.
#[derive(Debug, Default)]
pub struct Launch {
    /// The office to show: a bundled id, or an office file.
    pub office: Option<String>,
    /// A scenario (or office) file to open at start.
    pub scenario: Option<PathBuf>,
    /// The cursor's day at start; the timeline centres on it.
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
    pub screenshot: Option<super::screenshot::Job>,
    /// Measure start-up and idle frames, then close.
    #[cfg(not(target_arch = "wasm32"))]
    pub probe: Option<super::screenshot::Probe>,
}

impl RotaApp {
    /// Builds the app: the stored state (unless `launch` says not to), then what `launch` asks.
    #[must_use]
    pub fn new(
        cc: &eframe::CreationContext<'_>,
        library: Library,
        today: NaiveDate,
        launch: Launch,
        platform: Box<dyn Platform>,
    ) -> Self {
        let storage = if launch.ephemeral { None } else { cc.storage };
        let stored = storage.and_then(|s| s.get_string(STORAGE_KEY));
        Self::launched(cc, library, today, launch, platform, stored.as_deref())
    }

    /// Builds the app keeping its state in rota's own file at `path` (see
    /// [`super::storage::state_file`]): `text` is that file's content as read at start, or `None`
    /// when there is none yet, and then the state an earlier rota kept in eframe's storage is read
    /// instead.
    #[cfg(not(target_arch = "wasm32"))]
    #[must_use]
    pub fn with_state_file(
        cc: &eframe::CreationContext<'_>,
        library: Library,
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
        let mut app = Self::launched(cc, library, today, launch, platform, stored.as_deref());
        if !ephemeral {
            app.keep_state_in(path);
        }
        app
    }

    fn launched(
        cc: &eframe::CreationContext<'_>,
        library: Library,
        today: NaiveDate,
        launch: Launch,
        platform: Box<dyn Platform>,
        stored: Option<&str>,
    ) -> Self {
        cc.egui_ctx.all_styles_mut(palette::classroom_text);
        let mut app = Self::from_stored(library, today, stored, platform);
        app.launch(launch);
        app
    }

    /// Does what `launch` asks, in the order that makes sense: the office, the files and links,
    /// then the view.
    pub fn launch(&mut self, launch: Launch) {
        self.ephemeral = launch.ephemeral;
        #[cfg(not(target_arch = "wasm32"))]
        {
            self.screenshot = launch.screenshot;
            self.probe = launch.probe;
        }
        if let Some(office) = launch.office {
            if self.model.library.get(&office).is_some() {
                self.apply(Doc::ChooseOffice(office).into());
            } else {
                self.apply(File::OpenPath(PathBuf::from(office)).into());
            }
        }
        if let Some(path) = launch.scenario {
            self.apply(File::OpenPath(path).into());
        }
        if let Some(link) = launch.link {
            self.apply(File::OpenLink(link).into());
        }
        if let Some(at) = launch.at {
            self.apply(Nav::SetCursor(at).into());
            self.apply(Nav::FocusCursor.into());
        }
        if launch.compare_readings {
            self.apply(View::SetCompareReadings(true).into());
        }
        if let Some(tab) = launch.tab {
            self.apply(View::SetTab(tab).into());
            if tab == Tab::Predict {
                let from = self.model.view.cursor;
                self.apply(Lesson::StartQuiz(from).into());
            }
        }
        if let Some(step) = launch.step {
            self.apply(Lesson::GoToStep(step).into());
        }
        if launch.presenter {
            self.apply(View::SetPresenter(true).into());
        }
        if let Some(text) = launch.notice {
            self.model.notice = Some(Notice {
                text,
                is_error: true,
            });
        }
        self.recompute();
    }
}
