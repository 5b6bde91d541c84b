//! How things are shown: tabs, lanes, theme, presenter mode, the reader and the small windows.

use crate::app::command::{Lesson, Tab, View};
use crate::app::{LaneId, RotaApp};

impl RotaApp {
    pub(super) fn view(&mut self, command: View) {
        let m = &mut self.model;
        match command {
            View::SetCompareReadings(on) => {
                m.view.compare_readings = on;
                if !on && matches!(m.view.selected, Some((LaneId::Reading(_), _))) {
                    m.view.selected = None;
                }
                self.recompute();
            }
            View::SetTheme(theme) => m.view.theme = theme,
            View::SetTab(tab) => {
                let entering = m.view.tab != tab;
                m.view.tab = tab;
                if entering && tab == Tab::Offices {
                    // Every office's rhythm at once: the years all their framings cover.
                    let (from, to) = m.overview.framing();
                    m.view.ruler = crate::app::ruler::Ruler::fitting(from, to);
                }
                if entering && tab == Tab::Dispute {
                    let step = m.view.step;
                    self.lesson(Lesson::GoToStep(step));
                }
            }
            View::ToggleHelp => m.help_open = !m.help_open,
            View::ReadSource { seed, quote } => m.source = Some((seed, quote)),
            View::CloseSource => m.source = None,
            View::ShowOpenPath(show) => {
                m.open_path_visible = show;
                m.open_path_note = None;
            }
            View::CloseSavePrompt => {
                m.save_prompt = None;
                self.pending_save = None;
            }
            View::ShowOpenLink(show) => m.open_link_visible = show,
            View::DismissNotice => m.notice = None,
            View::ShowReadingLane(lane) => {
                m.view.reading_lane = lane;
                if let Some(i) = lane {
                    m.view.selected_lane = LaneId::RecordUnder(i);
                }
                if matches!(m.view.selected, Some((LaneId::RecordUnder(_), _))) {
                    m.view.selected = None;
                }
                self.recompute();
            }
            View::SetPresenter(on) => {
                m.presenter = on;
                if on && m.view.tab.edits() {
                    m.view.tab = Tab::Details;
                }
            }
            View::SetRussianNames(on) => m.view.russian_names = on,
            View::Scroll(screens) => self.forms.scroll += screens,
            View::DismissInvitation => m.view.invitation_dismissed = true,
        }
    }
}
