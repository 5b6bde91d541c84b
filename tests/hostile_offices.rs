//! Hostile input (issue 17) in office files: an office file is what a user writes, like a
//! scenario file, so the same guarantees hold for it. It is read only when it is a regular file
//! of at most 1 MiB; what it names (the office, its post, its readings, its sources) reaches a
//! terminal with its control characters escaped, a Markdown table and a handout as text, and the
//! window clipped to a line; and opening one (or a scenario file, or a link) when the window
//! holds all the scenarios it can does not report success.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::{library, rota, scratch};

/// The ASEAN Secretary-General office file (tests/data/offices), with control characters, HTML
/// and Markdown in the organisation's name, the post, the rules' label and a source's label.
fn hostile_office(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string("tests/data/offices/asean-sg.ron").unwrap();
    let replaced = [
        (
            "organisation: \"ASEAN\",",
            "organisation: \"ASEAN\\u{1b}[2J <b>x</b>\",",
        ),
        (
            "post: \"Secretary-General\",",
            "post: \"Secretary-General\\u{7} | *owned*\",\n    as_agreed: Variant(id: \"charter\", label: \"Rule | <i>as</i> \\u{1b}[31mwritten\"),",
        ),
        (
            "label: \"Claremont McKenna College news: Surin Pitsuwan appointed (term 2008-01-01 to 2012-12-31)\",",
            "label: \"Claremont McKenna College\\u{1b}]0;owned\\u{7}\",",
        ),
    ]
    .into_iter()
    .fold(text, |text, (from, to)| {
        assert!(text.contains(from), "{from}");
        text.replace(from, to)
    });
    let path = dir.join("hostile-office.ron");
    std::fs::write(&path, replaced).unwrap();
    path
}

/// The characters a terminal acts on (besides the newlines that end lines).
fn raw_controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|c| (c.is_control() && *c != '\n') || ('\u{202A}'..='\u{202E}').contains(c))
        .collect()
}

#[test]
fn what_an_office_file_names_reaches_the_terminal_escaped() {
    let dir = scratch("hostile-office-terminal");
    let office = hostile_office(&dir);
    let file = office.to_str().unwrap();
    let (code, out, err) = rota(&["check", file]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(
        out,
        format!(
            "{file}: ok: office \"asean-sg\" (ASEAN\\u{{1b}}[2J <b>x</b> Secretary-General\\u{{7}} | *owned*), 10 members, 4 documented holdings, the rules as agreed and 0 variants\n"
        )
    );
    // The sources listed under the history.
    let (code, out, err) = rota(&["history", "--office", file]);
    assert_eq!(code, 0, "{err}");
    assert!(raw_controls(&out).is_empty(), "{out:?}");
    assert!(
        out.contains(
            "\n  SG-S1: Claremont McKenna College\\u{1b}]0;owned\\u{7}, https://cmc.edu/news/surin-pitsuwan-appointed-secretary-general-of-asean\n"
        ),
        "{out}"
    );
    // The fit's label column, in every format.
    let fit = |format: &str| {
        let (code, out, err) = rota(&["fit", "--office", file, "--format", format]);
        assert_eq!(code, 0, "{err}");
        assert!(raw_controls(&out).is_empty(), "{format}: {out:?}");
        out
    };
    let table = fit("table");
    assert_eq!(
        table.lines().nth(4).unwrap().split("  ").last().unwrap(),
        "the rules as agreed: rule | <i>as</i> \\u{1b}[31mwritten"
    );
    let markdown = fit("markdown");
    assert!(
        markdown.contains(
            "| the rules as agreed: rule \\| &lt;i&gt;as&lt;/i&gt; \\\\u{1b}\\[31mwritten |"
        ),
        "{markdown}"
    );
    let csv = fit("csv");
    assert!(
        csv.lines()
            .nth(1)
            .unwrap()
            .ends_with(",Rule | <i>as</i> \\u{1b}[31mwritten"),
        "{csv}"
    );
    // JSON keeps the exact text, escaped its own way.
    let json: serde_json::Value = serde_json::from_str(&fit("json")).unwrap();
    assert_eq!(json[0]["label"], "Rule | <i>as</i> \u{1b}[31mwritten");
    assert_eq!(json[0]["reading"], "charter");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_handout_of_an_office_file_shows_its_names_as_text() {
    let dir = scratch("hostile-office-handout");
    let office = hostile_office(&dir);
    let (code, html, err) = rota(&["handout", "--office", office.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(raw_controls(&html).is_empty(), "{html:?}");
    assert!(!html.contains("<b>x</b>"), "{html}");
    assert!(
        html.contains(
            "<h1>The ASEAN\\u{1b}[2J &lt;b&gt;x&lt;/b&gt; Secretary-General\\u{7} | *owned*'s rotation: “Rule alone"
        ),
        "{html}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[cfg(unix)]
#[test]
fn a_named_pipe_given_as_an_office_file_is_refused_at_once() {
    let dir = scratch("hostile-office-fifo");
    let pipe = dir.join("office.ron");
    let made = std::process::Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .unwrap();
    assert!(made.success());
    let started = Instant::now();
    let (code, out, err) = rota(&["history", "--office", pipe.to_str().unwrap()]);
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(
        (code, out.as_str(), err),
        (
            2,
            "",
            format!(
                "rota: {}: is a named pipe (FIFO), not a regular file: expected a scenario file (.ron)\n",
                pipe.display()
            )
        )
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

fn window() -> rota::app::RotaApp {
    rota::app::RotaApp::from_stored(
        library(),
        common::d("2026-11-24"),
        None,
        Box::new(common::Guarded),
    )
}

#[test]
fn an_office_files_long_names_are_clipped_where_the_window_draws_them() {
    use rota::app::{File, LaneId};
    let dir = scratch("hostile-office-window");
    let text = std::fs::read_to_string(hostile_office(&dir)).unwrap();
    let long = format!("{}\\u{{1b}}[2J", "Association ".repeat(10));
    let text = text.replace(
        "organisation: \"ASEAN\\u{1b}[2J <b>x</b>\",",
        &format!("organisation: \"{long}\","),
    );
    let text = text.replace(
        "id: \"charter\", label: \"Rule | <i>as</i> \\u{1b}[31mwritten\"",
        &format!(
            "id: \"{}\", label: \"{}\"",
            "c".repeat(100),
            "Rule ".repeat(30)
        ),
    );
    let mut app = window();
    app.apply(
        File::OpenBytes {
            name: "long.ron".into(),
            bytes: text.into_bytes(),
        }
        .into(),
    );
    assert_eq!(app.model.catalog.id, "asean-sg");
    let row = app
        .model
        .overview
        .rows
        .iter()
        .find(|r| r.id == "asean-sg")
        .unwrap();
    assert_eq!(
        row.organisation,
        format!("{}Association…", "Association ".repeat(4))
    );
    assert_eq!(row.organisation.chars().count(), 60);
    assert_eq!(row.post, "Secretary-General\\u{7} | *owned*");
    let notice = app.model.notice.clone().unwrap();
    assert_eq!(
        notice.text,
        format!(
            "Opened the office “{}” from long.ron.",
            rota::text::shown_name(&format!(
                "{}\u{1b}[2J Secretary-General\u{7} | *owned*",
                "Association ".repeat(10)
            ))
        )
    );
    app.apply(rota::app::View::SetCompareReadings(true).into());
    let lane = app.model.lane(LaneId::Reading(0)).unwrap();
    // "As agreed: rule Rule Rule …", the label clipped to sixty characters.
    assert_eq!(
        lane.title,
        format!("As agreed: rule {}Rule…", "Rule ".repeat(10))
    );
    assert_eq!(lane.title.chars().count(), 71);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_scenario_file_or_link_opened_when_the_window_is_full_is_not_reported_as_opened() {
    use rota::app::{Edit, File};
    let dir = scratch("hostile-window-full");
    let catalog = common::catalog();
    let scenario = catalog.documented_scenario();
    let path = dir.join("documented.ron");
    let text = rota::data::scenario_file::scenario_to_ron(&scenario, &catalog);
    std::fs::write(&path, text).unwrap();
    let link = rota::data::share::link("https://x.org/", &scenario, &catalog);
    let mut app = window();
    while app.model.workspace.entries.len() < 50 {
        app.apply(Edit::New(Box::new(catalog.rule_alone())).into());
    }
    let before = app.model.workspace.clone();
    for command in [File::OpenPath(path), File::OpenLink(link)] {
        app.model.notice = None;
        app.apply(command.into());
        assert_eq!(app.model.workspace, before);
        let notice = app.model.notice.clone().unwrap();
        assert!(notice.is_error);
        assert_eq!(
            notice.text,
            "rota holds at most 50 scenarios at once: delete one first."
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_office_file_opened_when_the_window_is_full_is_not_reported_as_shown() {
    use rota::app::{Edit, File};
    let dir = scratch("hostile-office-full");
    let bytes = std::fs::read("tests/data/offices/asean-sg.ron").unwrap();
    let mut app = window();
    while app.model.workspace.entries.len() < 50 {
        let rule_alone = app.model.catalog.rule_alone();
        app.apply(Edit::New(Box::new(rule_alone)).into());
    }
    let before = app.model.workspace.clone();
    app.apply(
        File::OpenBytes {
            name: "asean-sg.ron".into(),
            bytes,
        }
        .into(),
    );
    assert_eq!(app.model.workspace, before);
    assert_eq!(app.model.catalog.id, "csto-sg");
    let notice = app.model.notice.clone().unwrap();
    assert!(notice.is_error);
    assert_eq!(
        notice.text,
        "Added the office “ASEAN Secretary-General” from asean-sg.ron to the offices, but could not show it: rota holds at most 50 scenarios at once: delete one first."
    );
    // It is among the offices: chosen once a scenario is deleted, it shows.
    assert!(app.model.library.get("asean-sg").is_some());
    app.apply(Edit::Delete.into());
    app.apply(rota::app::Doc::ChooseOffice("asean-sg".into()).into());
    assert_eq!(app.model.catalog.id, "asean-sg");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_unknown_field_with_a_huge_name_gives_a_message_of_a_line() {
    let name = "x".repeat(1024 * 1024 - 40);
    let text = format!("Scenario(name: \"n\", {name}: 1)\n");
    let problems =
        rota::data::scenario_file::parse_scenario("huge.ron", text.as_bytes(), &library())
            .unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].to_string(),
        format!(
            "huge.ron:1:21: Unexpected field named `{}…` in `Scenario`, expected one of `office`, `name`, `description`, `rules`, or `events` instead",
            "x".repeat(39)
        )
    );
}
