//! Scenario files: every hostile file in tests/data/bad/ gives exactly the message beside it
//! (`NAME.expected`), through the library and the CLI; good files round-trip; saves are atomic.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};

use common::{catalog, rota};
use rota::data::scenario_file::{load_scenario, parse_scenario, save_atomic, scenario_to_ron};
use rota::engine::{Event, StateCode};

fn bad_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir("tests/data/bad")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

fn expected(file: &Path) -> String {
    std::fs::read_to_string(file.with_extension("expected"))
        .expect("each bad file has its .expected message")
}

#[test]
fn every_bad_file_gives_its_message_from_the_library() {
    let _ = catalog();
    let files = bad_files();
    assert!(files.len() >= 30, "only {} bad files", files.len());
    for file in files {
        let problems =
            load_scenario(&file, &common::library()).expect_err("a bad file must not load");
        let got: String = problems.iter().map(|p| format!("{p}\n")).collect();
        assert_eq!(got, expected(&file), "{}", file.display());
        // Every message names the file, and a line and column unless it could not be read.
        for p in &problems {
            assert_eq!(p.position.is_some(), file.is_file(), "{p}");
            assert!(p.to_string().starts_with(&format!("{}:", file.display())));
        }
    }
}

#[test]
fn every_bad_file_gives_its_message_and_status_2_from_rota_check() {
    for file in bad_files() {
        let (code, out, err) = rota(&["check", file.to_str().unwrap()]);
        assert_eq!(code, 2, "{}", file.display());
        assert_eq!(out, "");
        assert_eq!(
            err,
            format!("rota: {}", expected(&file)),
            "{}",
            file.display()
        );
    }
}

#[test]
fn the_project_command_refuses_a_bad_file_with_the_same_message() {
    let (code, out, err) = rota(&["project", "tests/data/bad/unknown-state.ron"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(
        err,
        "rota: tests/data/bad/unknown-state.ron:5:9: unknown state code \"XYZ\": expected one of ARM, AZE, BLR, GEO, KAZ, KGZ, RUS, TJK, UZB\n"
    );
}

#[test]
fn a_file_over_one_mebibyte_is_refused_without_parsing() {
    let _ = catalog();
    let mut bytes = b"Scenario(name: \"big\", description: \"".to_vec();
    bytes.resize(1024 * 1024 + 10, b'x');
    let problems = parse_scenario("big.ron", &bytes, &common::library()).unwrap_err();
    assert_eq!(
        problems[0].to_string(),
        "big.ron:1:1: the file is 1048586 bytes: a scenario file is expected to be at most 1 MiB (1048576 bytes)"
    );
}

#[test]
fn a_hundred_thousand_levels_of_nesting_are_refused_not_a_stack_overflow() {
    let _ = catalog();
    let text = format!("Scenario(name: {}", "[".repeat(100_000));
    let problems = parse_scenario("deep.ron", text.as_bytes(), &common::library()).unwrap_err();
    let got: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(got, ["deep.ron:1:15: Expected string"]);
    let text = format!("Scenario(name: \"x\", events: [{}", "(".repeat(100_000));
    let problems = parse_scenario("deep.ron", text.as_bytes(), &common::library()).unwrap_err();
    assert_eq!(problems.len(), 1);
}

#[test]
fn a_directory_and_a_missing_file_are_named_in_the_message() {
    let (code, _, err) = rota(&["check", "tests/data"]);
    assert_eq!(
        (code, err.as_str()),
        (
            2,
            "rota: tests/data: is a directory: expected a scenario file (.ron)\n"
        )
    );
    let (code, _, err) = rota(&["check", "tests/data/no-such-file.ron"]);
    assert_eq!(
        (code, err.as_str()),
        (
            2,
            "rota: tests/data/no-such-file.ron: no such file: expected a scenario file (.ron)\n"
        )
    );
}

#[test]
fn a_scenario_written_out_reads_back_the_same() {
    let catalog = catalog();
    let mut scenario = catalog.documented_scenario();
    let code = |s: &str| StateCode::parse(s).unwrap();
    scenario.name = "Quotes \"and\" commas, too".into();
    scenario.events.extend([
        Event::Join {
            state: code("AZE"),
            date: common::d("2030-01-01"),
        },
        Event::Withdraw {
            state: code("ARM"),
            date: common::d("2027-01-01"),
        },
        Event::Suspend {
            state: code("KGZ"),
            from: common::d("2031-01-01"),
            to: None,
        },
        Event::Suspend {
            state: code("TJK"),
            from: common::d("2031-01-01"),
            to: Some(common::d("2032-02-29")),
        },
    ]);
    scenario.rules.lag_days = 90;
    let text = scenario_to_ron(&scenario, &catalog);
    let back = parse_scenario("written.ron", text.as_bytes(), &common::library()).unwrap();
    assert_eq!(back, scenario);
}

#[test]
fn an_atomic_save_replaces_the_file_whole_and_leaves_no_temporary_behind() {
    let dir = std::env::temp_dir().join(format!("rota-save-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("lesson.ron");
    save_atomic(&path, b"first").unwrap();
    save_atomic(&path, b"second version").unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "second version");
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["lesson.ron"]);
    // A save that cannot be written (its target is a directory) fails and leaves the old file.
    let blocked = dir.join("blocked.ron");
    std::fs::create_dir_all(blocked.join("inside")).unwrap();
    assert!(save_atomic(&blocked, b"new").is_err());
    assert!(blocked.join("inside").is_dir());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_save_that_fails_or_dies_halfway_leaves_the_previous_file_intact() {
    use std::io::Write as _;
    let dir = std::env::temp_dir().join(format!("rota-fault-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("lesson.ron");
    let previous = std::fs::read("assets/offices/csto-sg/scenarios/documented.ron").unwrap();
    save_atomic(&path, &previous).unwrap();
    let next =
        std::fs::read("assets/offices/csto-sg/scenarios/reading-next-state-full-term.ron").unwrap();

    // The disk fills up after half the bytes: an error, the old file, no temporary left.
    let failed = rota::data::scenario_file::save_atomic_with(&path, &next, |file, bytes| {
        file.write_all(&bytes[..bytes.len() / 2])?;
        Err(std::io::Error::other("no space left on device"))
    });
    assert_eq!(failed.unwrap_err().to_string(), "no space left on device");
    assert_eq!(std::fs::read(&path).unwrap(), previous);
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);

    // The program dies halfway through writing (a panic stands in for a kill): the file under
    // its name is still the old one, whole, and it still loads.
    let died = std::panic::catch_unwind(|| {
        let _ = rota::data::scenario_file::save_atomic_with(&path, &next, |file, bytes| {
            file.write_all(&bytes[..bytes.len() / 2]).unwrap();
            panic!("killed");
        });
    });
    assert!(died.is_err());
    assert_eq!(std::fs::read(&path).unwrap(), previous);
    let _ = common::catalog();
    let loaded = rota::data::scenario_file::load_scenario(&path, &common::library()).unwrap();
    assert_eq!(loaded.name, "Documented");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The window's "open" action, as a menu, a dialog or a drop performs it, on a fresh workspace:
/// the notice it shows, and whether the workspace stayed as it was.
fn open_in_the_app(path: &Path) -> (String, bool) {
    use rota::app::{Command, RotaApp};
    let mut app = RotaApp::from_stored(
        common::library(),
        common::d("2026-11-24"),
        None,
        Box::new(common::Guarded),
    );
    let before = app.model.workspace.clone();
    app.apply(Command::File(rota::app::File::OpenPath(path.to_path_buf())));
    let notice = app.model.notice.clone().expect("a notice");
    assert!(notice.is_error);
    (notice.text, app.model.workspace == before)
}

#[test]
fn every_bad_file_opened_in_the_app_shows_its_message_and_changes_nothing() {
    for file in bad_files() {
        let (notice, unchanged) = open_in_the_app(&file);
        assert!(unchanged, "{}", file.display());
        assert!(notice.starts_with("Could not open "), "{notice}");
        assert!(
            notice.ends_with(expected(&file).trim_end()),
            "{}: {notice}",
            file.display()
        );
    }
}

/// Hostile files too large or too awkward to keep in git are made by the test: 50 MiB, and one
/// nobody may read.
#[test]
fn a_50_mib_file_and_an_unreadable_file_are_refused_by_the_library_the_cli_and_the_app() {
    use std::io::Write as _;
    let dir = std::env::temp_dir().join(format!("rota-hostile-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let huge = dir.join("huge.ron");
    let mut file = std::fs::File::create(&huge).unwrap();
    file.write_all(b"Scenario(name: \"").unwrap();
    let chunk = vec![b'x'; 1024 * 1024];
    for _ in 0..50 {
        file.write_all(&chunk).unwrap();
    }
    drop(file);
    let size = std::fs::metadata(&huge).unwrap().len();
    let message = format!(
        "{}:1:1: the file is {size} bytes: a scenario file is expected to be at most 1 MiB (1048576 bytes)",
        huge.display()
    );
    let problems = load_scenario(&huge, &common::library()).unwrap_err();
    assert_eq!(problems[0].to_string(), message);
    let (code, _, err) = rota(&["check", huge.to_str().unwrap()]);
    assert_eq!((code, err), (2, format!("rota: {message}\n")));
    let (notice, unchanged) = open_in_the_app(&huge);
    assert!(unchanged && notice.ends_with(&message), "{notice}");

    let locked = dir.join("locked.ron");
    std::fs::write(&locked, "Scenario(name: \"Locked\")").unwrap();
    set_mode(&locked, 0o000);
    // An administrator (root, as in some containers) reads any file: then the file is simply
    // read, and there is nothing to refuse.
    let readable = std::fs::File::open(&locked).is_ok();
    let message = format!(
        "{}: cannot be read (permission denied): expected a readable scenario file",
        locked.display()
    );
    let (code, _, err) = rota(&["check", locked.to_str().unwrap()]);
    if readable {
        assert_eq!(code, 0, "{err}");
    } else {
        assert_eq!((code, err), (2, format!("rota: {message}\n")));
        let (notice, unchanged) = open_in_the_app(&locked);
        assert!(unchanged && notice.ends_with(&message), "{notice}");
    }
    set_mode(&locked, 0o644);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(not(unix))]
fn set_mode(path: &Path, mode: u32) {
    let mut permissions = std::fs::metadata(path).unwrap().permissions();
    permissions.set_readonly(mode & 0o200 == 0);
    std::fs::set_permissions(path, permissions).unwrap();
}

#[test]
fn a_file_saved_with_a_byte_order_mark_loads() {
    let _ = catalog();
    let text = "\u{feff}Scenario(name: \"From Notepad\")\n";
    let scenario = parse_scenario("notepad.ron", text.as_bytes(), &common::library()).unwrap();
    assert_eq!(scenario.name, "From Notepad");
}
