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
            View::ShowWebAddress(show) => {
                m.web_address_visible = show;
                if show {
                    self.forms.web_address_text = if m.view.web_address.is_empty() {
                        crate::data::share::DEFAULT_BASE.to_owned()
                    } else {
                        m.view.web_address.clone()
                    };
                }
            }
            View::SetWebAddress(text) => match web_address(&text) {
                Ok(address) => {
                    m.web_address_visible = false;
                    let shown = if address.is_empty() {
                        format!(
                            "{} (scripts/serve-web on this machine)",
                            crate::data::share::DEFAULT_BASE
                        )
                    } else {
                        address.clone()
                    };
                    m.view.web_address = address;
                    self.tell(
                        format!("Links made with Copy link now open the web edition at {shown}."),
                        false,
                    );
                }
                Err(message) => self.tell(message, true),
            },
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

/// The web edition's address as the user typed it, checked: `http://` or `https://`, no spaces,
/// no fragment; the default (this machine's `scripts/serve-web`) comes back as empty.
fn web_address(text: &str) -> Result<String, String> {
    let text = text.trim();
    let page = text.split_once('#').map_or(text, |(page, _)| page);
    if page.is_empty() || page == crate::data::share::DEFAULT_BASE {
        return Ok(String::new());
    }
    let host = page
        .strip_prefix("https://")
        .or_else(|| page.strip_prefix("http://"))
        .unwrap_or_default();
    if host.is_empty() || host.starts_with('/') || page.chars().any(char::is_whitespace) {
        return Err(format!(
            "“{}” is not a web address: it starts with http:// or https:// and a server's name, \
             as in https://school.example/rota/. Nothing was changed.",
            crate::text::shown_name(text)
        ));
    }
    if page.len() > 2000 {
        return Err("That address is longer than 2,000 characters. Nothing was changed.".into());
    }
    Ok(page.to_owned())
}

#[cfg(test)]
mod tests {
    use super::web_address;

    #[test]
    fn a_web_address_is_checked_and_the_default_comes_back_empty() {
        assert_eq!(
            web_address(" https://school.example/rota/ "),
            Ok("https://school.example/rota/".to_owned())
        );
        assert_eq!(
            web_address("http://10.0.0.5:8765/#s=abc"),
            Ok("http://10.0.0.5:8765/".to_owned())
        );
        assert_eq!(web_address("http://127.0.0.1:8765/"), Ok(String::new()));
        assert_eq!(web_address(""), Ok(String::new()));
        for bad in [
            "school.example/rota",
            "https://",
            "ftp://x/",
            "http://a b/",
            "http:///x",
        ] {
            assert!(web_address(bad).is_err(), "{bad}");
        }
    }
}
