//! Links a teacher copies on the desktop open the class's web edition: its address is a setting
//! (View → Web edition address…), remembered with the window's state, and the notice says where a
//! link opens.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
mod ui;

use common::d;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use rota::app::{Command, File, RotaApp, View};

fn notice(harness: &Harness<'_, RotaApp>) -> String {
    let model = &harness.state().model;
    model
        .notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default()
}

#[test]
fn copy_link_says_where_the_link_opens_and_the_address_is_a_remembered_setting() {
    // The window as a class first sees it; its dialogs open nothing.
    let mut harness = ui::harness();
    harness.state_mut().apply(Command::File(File::CopyLink));
    harness.run();
    let link = harness.state().model.shared_link.clone().unwrap();
    assert!(link.starts_with("http://127.0.0.1:8765/#s="), "{link}");
    assert_eq!(
        notice(&harness),
        format!(
            "Copied a link to “Before the recall” ({} characters). It opens the web edition at \
             http://127.0.0.1:8765/, which only this machine reaches while scripts/serve-web runs: \
             set the class's address in the View menu (Web edition address…). The File menu's Open \
             a shared link opens it here.",
            link.len()
        )
    );
    // The menu item opens a prompt with the address in use.
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Web edition address…").click();
    harness.run();
    assert_eq!(
        harness.state().forms.web_address_text,
        "http://127.0.0.1:8765/"
    );
    // Something that is not an address is refused, and the prompt stays.
    harness.state_mut().forms.web_address_text = "school.example/rota".to_owned();
    harness.get_by_label("Use this address").click();
    harness.run();
    assert!(harness.state().model.web_address_visible);
    assert_eq!(harness.state().model.view.web_address, "");
    assert!(notice(&harness).starts_with("“school.example/rota” is not a web address"));
    harness.state_mut().forms.web_address_text = "https://school.example/rota/".to_owned();
    harness.get_by_label("Use this address").click();
    harness.run();
    assert!(!harness.state().model.web_address_visible);
    assert_eq!(
        notice(&harness),
        "Links made with Copy link now open the web edition at https://school.example/rota/."
    );
    harness.state_mut().apply(Command::File(File::CopyLink));
    harness.run();
    let link = harness.state().model.shared_link.clone().unwrap();
    assert!(
        link.starts_with("https://school.example/rota/#s="),
        "{link}"
    );
    assert!(notice(&harness).ends_with(
        "It opens the web edition at https://school.example/rota/, where whoever opens it sees \
         this scenario, read-only."
    ));
    // Remembered with the window's state, and read back.
    let stored = harness.state().stored();
    let again = harness_from(Some(stored));
    assert_eq!(again.model.view.web_address, "https://school.example/rota/");
    // Set back to this machine's.
    harness.state_mut().apply(Command::View(View::SetWebAddress(
        "http://127.0.0.1:8765/".into(),
    )));
    assert_eq!(harness.state().model.view.web_address, "");
}

fn harness_from(stored: Option<String>) -> RotaApp {
    RotaApp::from_stored(
        common::library(),
        d("2026-11-24"),
        stored.as_deref(),
        Box::new(common::Guarded),
    )
}
