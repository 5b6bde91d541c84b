//! The keyboard, in one table: what each key does, when, and the words F1 shows for it. The
//! dispatcher, the help window and the menus' shortcut hints all read [`BINDINGS`].

use egui::{Key, Modifiers};

use super::command::{Doc, File, Jump, Lesson, Nav, Tab, View};
use super::{Command, Model};

/// What a key does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Open,
    Save,
    SaveAs,
    Help,
    Present,
    LeavePresenter,
    NextStep,
    PreviousStep,
    FirstStep,
    LastStep,
    ScrollDown,
    ScrollUp,
    StartQuiz,
    /// Answer with the quiz's n-th choice (0-based).
    Answer(usize),
    NextQuestion,
    Undo,
    Redo,
    PreviousEvent,
    NextEvent,
    FirstEvent,
    LastEvent,
    ZoomIn,
    ZoomOut,
    Fit,
    ClearSelection,
    PreviousLane,
    NextLane,
    SelectAtCursor,
    /// Open the side panel's n-th tab (0-based, in [`Tab::ALL`]).
    Tab(usize),
}

/// When a binding applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// Always, even while typing.
    Always,
    /// Outside presenter mode, even while typing (file shortcuts).
    Editing,
    /// Outside presenter mode, not typing.
    EditingNotTyping,
    /// In the lesson's tab, not typing.
    Walkthrough,
    /// In the Predict tab with no quiz running.
    QuizIdle,
    /// While the quiz waits for an answer.
    QuizAsking,
    /// Once the quiz's question is answered.
    QuizAnswered,
    /// In presenter mode, not typing.
    Presenting,
    /// Not typing.
    NotTyping,
}

/// One key (or a few) and what it does.
#[derive(Clone, Copy, Debug)]
pub struct Binding {
    pub keys: &'static [(Modifiers, Key)],
    pub when: When,
    pub action: Action,
    /// The keys as F1 and the menus write them.
    pub keys_text: &'static str,
    /// What it does, for F1 (empty: listed with another binding).
    pub help: &'static str,
}

const NONE: Modifiers = Modifiers::NONE;
const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers {
    alt: false,
    ctrl: false,
    shift: true,
    mac_cmd: false,
    command: true,
};

const fn b(
    keys: &'static [(Modifiers, Key)],
    when: When,
    action: Action,
    keys_text: &'static str,
    help: &'static str,
) -> Binding {
    Binding {
        keys,
        when,
        action,
        keys_text,
        help,
    }
}

/// Every binding, first match first. A focused button or tab takes Enter and Space itself before
/// any of these (see [`dispatch`]).
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    b(&[(CMD, Key::O)], When::Editing, Action::Open, "Ctrl+O", "Open a scenario or office file"),
    b(&[(CMD_SHIFT, Key::S)], When::Editing, Action::SaveAs, "Ctrl+Shift+S", "Save as"),
    b(&[(CMD, Key::S)], When::Editing, Action::Save, "Ctrl+S", "Save"),
    b(&[(NONE, Key::F1)], When::Always, Action::Help, "F1", "Show or hide this window"),
    b(&[(NONE, Key::F11)], When::Always, Action::Present, "F11", "Presenter mode on / off (Esc also leaves it)"),
    b(&[(NONE, Key::Space), (NONE, Key::ArrowRight), (NONE, Key::PageDown)], When::Walkthrough, Action::NextStep, "Space, Right, Page Down", "Lesson: the next step"),
    b(&[(NONE, Key::ArrowLeft), (NONE, Key::PageUp)], When::Walkthrough, Action::PreviousStep, "Left, Page Up", "Lesson: the previous step"),
    b(&[(NONE, Key::Home)], When::Walkthrough, Action::FirstStep, "Home / End", "Lesson: the first / last step"),
    b(&[(NONE, Key::End)], When::Walkthrough, Action::LastStep, "", ""),
    b(&[(NONE, Key::ArrowDown)], When::Walkthrough, Action::ScrollDown, "Down / Up", "Lesson: scroll the step's text (positions, quotes)"),
    b(&[(NONE, Key::ArrowUp)], When::Walkthrough, Action::ScrollUp, "", ""),
    b(&[(NONE, Key::Enter)], When::QuizIdle, Action::StartQuiz, "Enter", "Predict: start the quiz at the cursor's day"),
    b(&[(NONE, Key::Num1)], When::QuizAsking, Action::Answer(0), "1, 2, 3…", "Predict: answer; then Space or Enter for the next question"),
    b(&[(NONE, Key::Num2)], When::QuizAsking, Action::Answer(1), "", ""),
    b(&[(NONE, Key::Num3)], When::QuizAsking, Action::Answer(2), "", ""),
    b(&[(NONE, Key::Num4)], When::QuizAsking, Action::Answer(3), "", ""),
    b(&[(NONE, Key::Num5)], When::QuizAsking, Action::Answer(4), "", ""),
    b(&[(NONE, Key::Num6)], When::QuizAsking, Action::Answer(5), "", ""),
    b(&[(NONE, Key::Num7)], When::QuizAsking, Action::Answer(6), "", ""),
    b(&[(NONE, Key::Num8)], When::QuizAsking, Action::Answer(7), "", ""),
    b(&[(NONE, Key::Num9)], When::QuizAsking, Action::Answer(8), "", ""),
    b(&[(NONE, Key::Space), (NONE, Key::Enter)], When::QuizAnswered, Action::NextQuestion, "", ""),
    b(&[(NONE, Key::Escape)], When::Presenting, Action::LeavePresenter, "", ""),
    b(&[(CMD_SHIFT, Key::Z), (CMD, Key::Y)], When::EditingNotTyping, Action::Redo, "Ctrl+Shift+Z, Ctrl+Y", "Redo"),
    b(&[(CMD, Key::Z)], When::EditingNotTyping, Action::Undo, "Ctrl+Z", "Undo"),
    b(&[(NONE, Key::ArrowLeft)], When::NotTyping, Action::PreviousEvent, "Left / Right", "Cursor to the previous / next event; the side panel says what happened"),
    b(&[(NONE, Key::ArrowRight)], When::NotTyping, Action::NextEvent, "", ""),
    b(&[(NONE, Key::Home)], When::NotTyping, Action::FirstEvent, "Home / End", "Cursor to the first / last event"),
    b(&[(NONE, Key::End)], When::NotTyping, Action::LastEvent, "", ""),
    b(&[(NONE, Key::Plus), (NONE, Key::Equals)], When::NotTyping, Action::ZoomIn, "+ / -", "Zoom in / out about the cursor"),
    b(&[(NONE, Key::Minus)], When::NotTyping, Action::ZoomOut, "", ""),
    b(&[(NONE, Key::Num0)], When::NotTyping, Action::Fit, "0", "Fit the years that matter"),
    b(&[(NONE, Key::Escape)], When::NotTyping, Action::ClearSelection, "Esc", "Clear the selection; close a prompt"),
    b(&[(NONE, Key::ArrowUp)], When::NotTyping, Action::PreviousLane, "Up / Down", "Previous / next lane"),
    b(&[(NONE, Key::ArrowDown)], When::NotTyping, Action::NextLane, "", ""),
    b(&[(NONE, Key::Enter)], When::NotTyping, Action::SelectAtCursor, "Enter", "Select the holding at the cursor in the current lane"),
    b(&[(CMD, Key::Num1)], When::NotTyping, Action::Tab(0), "Ctrl+1 … Ctrl+8", "Side panel: Details, Edit scenario, the lesson, Predict, Sources, Readings, Order, Offices"),
    b(&[(CMD, Key::Num2)], When::NotTyping, Action::Tab(1), "", ""),
    b(&[(CMD, Key::Num3)], When::NotTyping, Action::Tab(2), "", ""),
    b(&[(CMD, Key::Num4)], When::NotTyping, Action::Tab(3), "", ""),
    b(&[(CMD, Key::Num5)], When::NotTyping, Action::Tab(4), "", ""),
    b(&[(CMD, Key::Num6)], When::NotTyping, Action::Tab(5), "", ""),
    b(&[(CMD, Key::Num7)], When::NotTyping, Action::Tab(6), "", ""),
    b(&[(CMD, Key::Num8)], When::NotTyping, Action::Tab(7), "", ""),
];

/// What the mouse does, for F1 beside the keys.
pub const MOUSE: [(&str, &str); 6] = [
    ("Ctrl + wheel, pinch", "Zoom about the pointer"),
    ("Drag, wheel", "Pan through time"),
    ("Double-click", "Fit the years that matter"),
    ("Click or drag the axis", "Set the cursor"),
    (
        "Tab",
        "Move between controls and blocks; Space or Enter acts on the focused one",
    ),
    (
        "Ctrl and + / - / 0",
        "Change the size of everything (egui's zoom)",
    ),
];

/// The keys F1 lists, with what they do, in the table's order.
pub fn help_rows() -> impl Iterator<Item = (&'static str, &'static str)> {
    BINDINGS
        .iter()
        .filter(|b| !b.help.is_empty())
        .map(|b| (b.keys_text, b.help))
        .chain(MOUSE)
}

/// The keys of an action, as a menu shows them ("Ctrl+S"); empty when it has none. A binding
/// listed in F1 with others ("Ctrl+1 … Ctrl+8") is spelt out on its own ("Ctrl+8").
#[must_use]
pub fn keys_of(action: Action) -> String {
    let Some(binding) = BINDINGS.iter().find(|b| b.action == action) else {
        return String::new();
    };
    if !binding.keys_text.is_empty() && !binding.keys_text.contains('…') {
        return binding.keys_text.to_owned();
    }
    binding
        .keys
        .first()
        .map_or_else(String::new, |(modifiers, key)| {
            let mut text = String::new();
            if modifiers.command || modifiers.ctrl {
                text.push_str("Ctrl+");
            }
            if modifiers.shift {
                text.push_str("Shift+");
            }
            if modifiers.alt {
                text.push_str("Alt+");
            }
            text.push_str(key.name());
            text
        })
}

/// The situation the keys are read in.
struct Situation {
    typing: bool,
    presenter: bool,
    walkthrough: bool,
    quiz_idle: bool,
    quiz: Option<bool>,
}

impl Situation {
    fn applies(&self, when: When) -> bool {
        match when {
            When::Always => true,
            When::Editing => !self.presenter,
            When::EditingNotTyping => !self.presenter && !self.typing,
            When::Walkthrough => self.walkthrough && !self.typing,
            When::QuizIdle => self.quiz_idle && !self.typing,
            When::QuizAsking => self.quiz == Some(false) && !self.typing,
            When::QuizAnswered => self.quiz == Some(true) && !self.typing,
            When::Presenting => self.presenter && !self.typing,
            When::NotTyping => !self.typing,
        }
    }
}

/// The command an action asks for, in this model.
fn command(action: Action, model: &Model) -> Option<Command> {
    let view = &model.view;
    Some(match action {
        Action::Open => File::OpenDialog.into(),
        Action::Save => File::Save.into(),
        Action::SaveAs => File::SaveAs.into(),
        Action::Help => View::ToggleHelp.into(),
        Action::Present => View::SetPresenter(!model.presenter).into(),
        Action::LeavePresenter => View::SetPresenter(false).into(),
        Action::NextStep => Lesson::StepBy(1).into(),
        Action::PreviousStep => Lesson::StepBy(-1).into(),
        Action::FirstStep => Lesson::GoToStep(0).into(),
        Action::LastStep => Lesson::GoToStep(usize::MAX).into(),
        Action::ScrollDown => View::Scroll(1.0).into(),
        Action::ScrollUp => View::Scroll(-1.0).into(),
        Action::StartQuiz => Lesson::StartQuiz(view.cursor).into(),
        Action::Answer(n) => {
            let quiz = model.quiz.as_ref()?;
            Lesson::Answer(*quiz.current()?.choices.get(n)?).into()
        }
        Action::NextQuestion => Lesson::NextQuestion.into(),
        Action::Undo => Doc::Undo.into(),
        Action::Redo => Doc::Redo.into(),
        Action::PreviousEvent => Nav::Jump(Jump::Previous).into(),
        Action::NextEvent => Nav::Jump(Jump::Next).into(),
        Action::FirstEvent => Nav::Jump(Jump::First).into(),
        Action::LastEvent => Nav::Jump(Jump::Last).into(),
        Action::ZoomIn => Nav::ZoomAtCursor(1.5).into(),
        Action::ZoomOut => Nav::ZoomAtCursor(1.0 / 1.5).into(),
        Action::Fit => Nav::Fit.into(),
        Action::ClearSelection => Nav::Select(None).into(),
        Action::PreviousLane | Action::NextLane => {
            let lanes = &model.lanes;
            let at = lanes.iter().position(|l| l.id == view.selected_lane)?;
            let to = if action == Action::NextLane {
                (at + 1).min(lanes.len().saturating_sub(1))
            } else {
                at.saturating_sub(1)
            };
            Nav::SelectLane(lanes.get(to)?.id).into()
        }
        Action::SelectAtCursor => {
            let lane = model.lane(view.selected_lane)?;
            let hit = crate::engine::holding_on(&lane.holdings, view.cursor);
            Nav::Select(hit.map(|h| (lane.id, h.start))).into()
        }
        Action::Tab(n) => {
            let tab = *Tab::ALL.get(n)?;
            if !super::views::side_panel::tabs(model).contains(&tab) {
                return None;
            }
            View::SetTab(tab).into()
        }
    })
}

/// Reads this frame's key presses in the order they came (keys pressed faster than frames, by a
/// clicker or a test, keep their order) and turns those the table knows into commands, removing
/// them from egui's input. A focused control (a button, a tab, a block) keeps Enter and Space: they
/// act on it.
pub fn dispatch(ctx: &egui::Context, model: &Model) -> Vec<Command> {
    let quiz = model
        .quiz
        .as_ref()
        .filter(|_| model.view.tab == Tab::Predict)
        .and_then(|q| q.current().map(|_| q.answered().is_some()));
    let situation = Situation {
        typing: ctx.text_edit_focused(),
        presenter: model.presenter,
        walkthrough: model.view.tab == Tab::Dispute,
        quiz_idle: model.view.tab == Tab::Predict && model.quiz.is_none(),
        quiz,
    };
    let focused = ctx.memory(|m| m.focused().is_some());
    // An open menu or popup keeps Esc, Enter and the arrows: they close it and move in it.
    let popup = egui::Popup::is_any_open(ctx);
    // A prompt (a path, a link) keeps Esc: it closes the prompt.
    let prompt = model.open_path_visible
        || model.open_link_visible
        || model.web_address_visible
        || model.save_prompt.is_some();
    let mut out = Vec::new();
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
            if focused
                && !situation.typing
                && matches!(key, Key::Enter | Key::Space)
                && modifiers.is_none()
            {
                return true;
            }
            if popup
                && matches!(
                    key,
                    Key::Escape | Key::Enter | Key::ArrowUp | Key::ArrowDown
                )
            {
                return true;
            }
            if prompt && *key == Key::Escape {
                return true;
            }
            let found = BINDINGS.iter().find(|b| {
                situation.applies(b.when)
                    && b.keys
                        .iter()
                        .any(|(m, k)| k == key && modifiers.matches_logically(*m))
            });
            match found.map(|b| command(b.action, model)) {
                Some(Some(command)) => {
                    out.push(command);
                    false
                }
                // A key the table knows that means nothing here (no lane to select): used up.
                Some(None) => false,
                None => true,
            }
        });
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_bound_once_in_each_situation_that_can_meet() {
        // Two bindings of the same key for situations that can both hold would shadow each other
        // silently; the table lists the situation-specific ones first on purpose, so only exact
        // duplicates (same key, same situation) are mistakes.
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in BINDINGS.iter().skip(i + 1) {
                if a.when == b.when {
                    for key in a.keys {
                        assert!(
                            !b.keys.contains(key),
                            "{:?} twice: {:?} and {:?}",
                            key,
                            a.action,
                            b.action
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn the_help_lists_every_action_that_has_words() {
        let rows: Vec<(&str, &str)> = help_rows().collect();
        assert!(rows.iter().any(|(k, _)| *k == "Ctrl+1 … Ctrl+8"));
        assert!(rows.iter().any(|(_, w)| w.contains("scroll the step")));
        assert_eq!(keys_of(Action::Save), "Ctrl+S");
        assert_eq!(keys_of(Action::Undo), "Ctrl+Z");
        assert_eq!(keys_of(Action::Tab(7)), "Ctrl+8");
        assert_eq!(keys_of(Action::Tab(0)), "Ctrl+1");
        assert_eq!(keys_of(Action::Fit), "0");
    }
}
