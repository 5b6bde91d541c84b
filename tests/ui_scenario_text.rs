//! A scenario's name and description are the user's words: rota never rewrites them, but says
//! when an edit may have left them behind (a "nobody has been recalled" after a recall).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::d;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use rota::app::{Command, Doc, Edit, Launch, RotaApp, Tab, View};

const STALE: &str = "The name and description were written before your edits: do they still say what this scenario does?";

#[test]
fn after_a_recall_the_scenario_tab_asks_whether_the_description_still_holds() {
    let launch = Launch {
        ephemeral: true,
        ..Launch::default()
    };
    let mut harness = Harness::builder()
        .with_size([1600.0, 1000.0])
        .build_eframe(move |cc| {
            let platform = Box::new(common::Guarded);
            RotaApp::new(cc, common::library(), d("2026-11-24"), launch, platform)
        });
    harness.run();
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
