//! A scenario's name and description are the user's words: rota never rewrites them, but says
//! when an edit may have left them behind (a "nobody has been recalled" after a recall).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
mod ui;

use common::d;
use egui_kittest::kittest::Queryable as _;
use rota::app::{Command, Doc, Edit, Tab, View};

const STALE: &str = "The name and description were written before your edits: do they still say what this scenario does?";

#[test]
fn after_a_recall_the_scenario_tab_asks_whether_the_description_still_holds() {
    // The window as a class first sees it; its dialogs open nothing.
    let mut harness = ui::harness();
    harness
        .state_mut()
        .apply(Command::View(View::SetTab(Tab::Scenario)));
    harness.run();
    assert!(harness.query_by_label(STALE).is_none());
    harness
        .state_mut()
        .apply(Command::Doc(Doc::Edit(Edit::Recall(d("2018-11-02")))));
    harness.run();
    harness.get_by_label(STALE);
    let description = harness.state().model.scenario().description.clone();
    assert!(
        description.contains("nobody has been recalled"),
        "{description}"
    );
    // "They still do" keeps the words and stops asking.
    harness.get_by_label("They still do").click();
    harness.run();
    assert!(harness.query_by_label(STALE).is_none());
    assert_eq!(harness.state().model.scenario().description, description);
    assert!(!harness.state().model.workspace.current().description_stale);
}
