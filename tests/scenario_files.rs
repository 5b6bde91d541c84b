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
    let catalog = catalog();
    let files = bad_files();
    assert!(files.len() >= 20, "only {} bad files", files.len());
    for file in files {
        let problems =
            load_scenario(&file, &catalog.members).expect_err("a bad file must not load");
        let got: String = problems.iter().map(|p| format!("{p}\n")).collect();
        assert_eq!(got, expected(&file), "{}", file.display());
        // Every message names the file and a line and column.
        for p in &problems {
            assert!(p.position.is_some(), "{p}");
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
    let catalog = catalog();
    let mut bytes = b"Scenario(name: \"big\", description: \"".to_vec();
    bytes.resize(1024 * 1024 + 10, b'x');
    let problems = parse_scenario("big.ron", &bytes, &catalog.members).unwrap_err();
    assert_eq!(
        problems[0].to_string(),
        "big.ron:1:1: the file is 1048586 bytes: a scenario file is expected to be at most 1 MiB (1048576 bytes)"
    );
}

#[test]
fn a_hundred_thousand_levels_of_nesting_are_refused_not_a_stack_overflow() {
    let catalog = catalog();
    let text = format!("Scenario(name: {}", "[".repeat(100_000));
    let problems = parse_scenario("deep.ron", text.as_bytes(), &catalog.members).unwrap_err();
    let got: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(got, ["deep.ron:1:15: Expected string"]);
    let text = format!("Scenario(name: \"x\", events: [{}", "(".repeat(100_000));
    let problems = parse_scenario("deep.ron", text.as_bytes(), &catalog.members).unwrap_err();
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
    let text = scenario_to_ron(&scenario);
    let back = parse_scenario("written.ron", text.as_bytes(), &catalog.members).unwrap();
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
    let previous = std::fs::read("assets/scenarios/documented.ron").unwrap();
    save_atomic(&path, &previous).unwrap();
    let next = std::fs::read("assets/scenarios/reading-next-state-full-term.ron").unwrap();

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
    let catalog = common::catalog();
    let loaded = rota::data::scenario_file::load_scenario(&path, &catalog.members).unwrap();
    assert_eq!(loaded.name, "Documented");
    std::fs::remove_dir_all(&dir).unwrap();
}
