//! Hostile input, round two (issue 17): inputs built to be slow, to block, to overwrite what is
//! not rota's, to flood the window, and to inject into terminals and documents. Each test fails on
//! rota before the issue and holds after it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use base64::Engine as _;
use common::{catalog, library, rota, scratch};
use rota::data::scenario_file::parse_scenario;

/// A guard against the old behaviour, not a measurement: before issue 17 these inputs took from
/// 53 s to ten minutes; now they take tens of milliseconds (`cargo bench --bench hostile` measures
/// them). The guard is far above that, so a busy machine never fails it, and far below the old.
const QUICK: Duration = Duration::from_secs(10);

/// A scenario file of `event` repeated until the file is (nearly) 1 MiB.
fn mebibyte_of(event: &str) -> String {
    let head = "Scenario(name: \"hostile\", events: [\n";
    let line = format!("{event},\n");
    let n = (1024 * 1024 - head.len() - 4) / line.len();
    format!("{head}{}])\n", line.repeat(n))
}

/// The worst events: each one a problem (unknown state, out of range, outside the rotation), or
/// each a repeat of the one before (the engine compares every pair).
const HOSTILE_EVENTS: [&str; 4] = [
    "Join(state:\"XYZ\",date:\"2030-01-01\")",
    "Recall(date:\"2020-01-01\")",
    "Recall(date:\"1800-01-01\")",
    "Recall(date:\"2003-01-01\")",
];

/// A link carrying `text` as it stands (not a scenario rota wrote).
fn link_of(text: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9);
    format!(
        "http://127.0.0.1:8765/#s={}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(packed)
    )
}

fn quickly<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let out = f();
    let took = started.elapsed();
    assert!(took < QUICK, "{what} took {took:?}");
    out
}

// 1. Slow errors.

#[test]
fn a_mebibyte_of_bad_or_repeated_events_is_refused_without_the_old_minutes_long_wait() {
    for event in HOSTILE_EVENTS {
        let text = mebibyte_of(event);
        let problems = quickly(event, || {
            parse_scenario("hostile.ron", text.as_bytes(), &library()).unwrap_err()
        });
        assert_eq!(problems.len(), 1, "{event}");
        assert_eq!(
            problems[0].to_string(),
            format!(
                "hostile.ron:1002:1: {} events are too many: a scenario is expected to hold at most 1,000 events (this is event 1,001)",
                common::thousands((text.lines().count() - 2) as u64)
            )
        );
        // The same text in a link of a few kilobytes.
        let link = link_of(&text);
        assert!(link.len() < 8000, "{}", link.len());
        let message = quickly("the link", || {
            rota::data::share::decode(&link, &library()).unwrap_err()
        });
        assert!(message.contains("events are too many"), "{message}");
    }
}

#[test]
fn at_most_fifty_problems_are_listed_and_the_rest_are_counted_in_one_line() {
    // A thousand events, every one a problem: within the limit, so each is checked.
    let text = format!(
        "Scenario(name: \"x\", events: [\n{}])\n",
        "  Join(state: \"XYZ\", date: \"2030-01-01\"),\n".repeat(1000)
    );
    let problems = quickly("1,000 problems", || {
        parse_scenario("many.ron", text.as_bytes(), &library()).unwrap_err()
    });
    assert_eq!(problems.len(), 51);
    assert!(
        problems[49]
            .to_string()
            .starts_with("many.ron:51:3: unknown state code \"XYZ\"")
    );
    assert_eq!(
        problems[50].to_string(),
        "many.ron:52:3: … and 950 more problems"
    );
    // A thousand repeats of one event: the engine's pairwise check, then the same cap.
    let text = format!(
        "Scenario(name: \"x\", events: [\n{}])\n",
        "  Recall(date: \"2020-01-01\"),\n".repeat(1000)
    );
    let problems = quickly("999 repeats", || {
        parse_scenario("repeats.ron", text.as_bytes(), &library()).unwrap_err()
    });
    assert_eq!(problems.len(), 51);
    assert_eq!(
        problems[0].to_string(),
        "repeats.ron:3:3: recall 2020-01-01 repeats event 1 (recall 2020-01-01)"
    );
    assert_eq!(
        problems[50].to_string(),
        "repeats.ron:53:3: … and 949 more problems"
    );
}

#[test]
fn rota_check_and_the_window_answer_a_mebibyte_of_problems_without_the_old_wait() {
    let dir = scratch("hostile-slow");
    for (i, event) in HOSTILE_EVENTS.iter().enumerate() {
        let path = dir.join(format!("slow-{i}.ron"));
        std::fs::write(&path, mebibyte_of(event)).unwrap();
        let (code, out, err) = quickly("rota check", || rota(&["check", path.to_str().unwrap()]));
        assert_eq!((code, out.as_str()), (2, ""), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        let mut app = rota::app::RotaApp::from_stored(
            library(),
            common::d("2026-11-24"),
            None,
            Box::new(common::Guarded),
        );
        quickly("the window's open", || {
            app.apply(rota::app::File::OpenPath(path.clone()).into());
        });
        let notice = app.model.notice.clone().unwrap();
        assert!(notice.is_error && notice.text.contains("events are too many"));
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

// 6. Named pipes, devices and huge files.

/// Runs `f` on a thread of its own and waits at most five seconds: a read that blocks (on a
/// named pipe with no writer) fails the test instead of holding it forever.
fn within<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(Duration::from_secs(5))
        .unwrap_or_else(|_| panic!("{what} did not return within 5 s: it blocked"))
}

/// Runs `rota` and waits at most five seconds for it; kills it if it blocks.
fn rota_within(args: &[&str]) -> (i32, String, String) {
    use std::io::Read as _;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_rota"))
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(5) {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("rota {args:?} did not end within 5 s: it blocked");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let (mut out, mut err) = (String::new(), String::new());
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    (child.wait().unwrap().code().unwrap_or(-1), out, err)
}

fn mkfifo(path: &std::path::Path) {
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(made.success());
}

#[cfg(unix)]
fn is_fifo(path: &std::path::Path) -> bool {
    use std::os::unix::fs::FileTypeExt as _;
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_fifo())
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_refused_at_once_by_the_library_rota_check_and_the_window() {
    let dir = scratch("hostile-fifo");
    let pipe = dir.join("lesson.ron");
    mkfifo(&pipe);
    let message = format!(
        "{}: is a named pipe (FIFO), not a regular file: expected a scenario file (.ron)",
        pipe.display()
    );
    let path = pipe.clone();
    let problems = within("load_scenario", move || {
        rota::data::scenario_file::load_scenario(&path, &library()).unwrap_err()
    });
    assert_eq!(problems[0].to_string(), message);
    let (code, out, err) = rota_within(&["check", pipe.to_str().unwrap()]);
    assert_eq!(
        (code, out, err),
        (2, String::new(), format!("rota: {message}\n"))
    );
    // The window's "Open from path…" (and a drop) go through the same read.
    let path = pipe.clone();
    let notice = within("the window's open", move || {
        let mut app = rota::app::RotaApp::from_stored(
            library(),
            common::d("2026-11-24"),
            None,
            Box::new(common::Guarded),
        );
        app.apply(rota::app::File::OpenPath(path).into());
        app.model.notice.unwrap()
    });
    assert!(
        notice.is_error && notice.text.ends_with(&message),
        "{}",
        notice.text
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[cfg(unix)]
#[test]
fn a_pipe_a_device_or_a_huge_file_at_the_state_files_place_is_set_aside_unread() {
    use rota::app::storage::state_file::{Checked, check};
    let dir = scratch("hostile-state-kinds");
    let path = dir.join("app.ron");
    // A named pipe: eframe would wait on it forever before the window opens.
    mkfifo(&path);
    let at = path.clone();
    let checked = within("the state file's check", move || {
        check(&at, "2026-11-24", &library())
    });
    let Checked::SetAside { reason, kept_as } = checked else {
        panic!("not set aside: {checked:?}");
    };
    assert_eq!(reason, "it is a named pipe (FIFO), not a regular file");
    assert!(is_fifo(&kept_as) && !path.exists());
    // A link to /dev/zero: it would be read until memory ran out. The link is moved, not the
    // device.
    std::os::unix::fs::symlink("/dev/zero", &path).unwrap();
    let at = path.clone();
    let checked = within("the state file's check", move || {
        check(&at, "2026-11-25", &library())
    });
    let Checked::SetAside { reason, kept_as } = checked else {
        panic!("not set aside: {checked:?}");
    };
    assert_eq!(reason, "it is a device, not a regular file");
    assert_eq!(
        std::fs::read_link(&kept_as).unwrap(),
        Path::new("/dev/zero")
    );
    assert!(Path::new("/dev/zero").exists());
    // 700 MB (a sparse file: nothing is written): refused by its size without being read.
    let huge = std::fs::File::create(&path).unwrap();
    huge.set_len(700_000_000).unwrap();
    drop(huge);
    let checked = quickly("a 700 MB state file", || {
        check(&path, "2026-11-26", &library())
    });
    let Checked::SetAside { reason, kept_as } = checked else {
        panic!("not set aside: {checked:?}");
    };
    assert_eq!(reason, "it is too large (700000000 bytes)");
    assert_eq!(std::fs::metadata(&kept_as).unwrap().len(), 700_000_000);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_device_is_refused_as_a_scenario_by_its_type() {
    let (code, out, err) = rota_within(&["check", "/dev/zero"]);
    assert_eq!(
        (code, out.as_str(), err.as_str()),
        (
            2,
            "",
            "rota: /dev/zero: is a device, not a regular file: expected a scenario file (.ron)\n"
        )
    );
}

// 3. Devices and planted links.

#[cfg(unix)]
fn is_char_device(path: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt as _;
    std::fs::metadata(path).is_ok_and(|m| m.file_type().is_char_device())
}

#[cfg(unix)]
#[test]
fn a_link_planted_at_the_temporary_files_name_is_never_followed() {
    use rota::data::scenario_file::save_atomic;
    let dir = scratch("hostile-planted");
    let victim = dir.join("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    let path = dir.join("lesson.ron");
    std::fs::write(&path, "old").unwrap();
    // The names a temporary file beside lesson.ron had: an attacker who can write in the folder
    // plants links there, hoping rota writes through one.
    let pid = std::process::id();
    for name in [
        format!(".lesson.ron.{pid}.tmp"),
        format!("lesson.ron.{pid}.tmp"),
        ".lesson.ron.tmp".to_owned(),
    ] {
        std::os::unix::fs::symlink(&victim, dir.join(name)).unwrap();
    }
    save_atomic(&path, b"new").unwrap();
    save_atomic(&path, b"newer").unwrap();
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "newer");
    assert!(!std::fs::symlink_metadata(&path).unwrap().is_symlink());
    // The planted links are left as they were, and nothing else is left behind.
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 5, "{names:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[cfg(unix)]
#[test]
fn a_save_keeps_the_files_permissions() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = scratch("hostile-mode");
    let path = dir.join("lesson.ron");
    std::fs::write(&path, "old").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    rota::data::scenario_file::save_atomic(&path, b"new").unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o7777;
    assert_eq!(mode, 0o640);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `-o` given a link to a device: before, the link was replaced by a regular file holding the
/// handout, and rota reported success; with `-o /dev/null` itself, run as root, the system's
/// /dev/null was replaced. (The links stand in for the device nodes an unprivileged test cannot
/// make; the devices themselves are tested below, on this code only.)
#[cfg(unix)]
#[test]
fn handout_to_a_link_to_a_device_writes_to_the_device_and_keeps_the_link() {
    let dir = scratch("hostile-devices");
    let null = dir.join("null.html");
    std::os::unix::fs::symlink("/dev/null", &null).unwrap();
    let (code, out, err) = rota_within(&["handout", "-o", null.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, format!("Wrote the handout to {}\n", null.display()));
    assert_eq!(std::fs::read_link(&null).unwrap(), Path::new("/dev/null"));
    assert!(is_char_device(Path::new("/dev/null")));
    // A full device: an error, said so, and nothing replaced.
    let full = dir.join("full.html");
    std::os::unix::fs::symlink("/dev/full", &full).unwrap();
    let (code, out, err) = rota_within(&["handout", "-o", full.to_str().unwrap()]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(
        err,
        format!(
            "rota: cannot write {}: No space left on device (os error 28)\n",
            full.display()
        )
    );
    assert_eq!(std::fs::read_link(&full).unwrap(), Path::new("/dev/full"));
    // A named pipe nobody reads: refused at once, not waited on, and still a pipe.
    let pipe = dir.join("pipe.html");
    mkfifo(&pipe);
    let (code, _, err) = rota_within(&["handout", "-o", pipe.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        format!(
            "rota: cannot write {}: it is a named pipe that no program is reading from\n",
            pipe.display()
        )
    );
    assert!(is_fifo(&pipe));
    // The window's saves go the same way.
    let mut app = rota::app::RotaApp::from_stored(
        library(),
        common::d("2026-11-24"),
        None,
        Box::new(SaveTo(full.clone())),
    );
    app.apply(rota::app::File::SaveAs.into());
    let notice = app.model.notice.clone().unwrap();
    assert!(notice.is_error);
    assert!(
        notice.text.ends_with(
            ": No space left on device (os error 28). The file on disk was not changed."
        ),
        "{}",
        notice.text
    );
    assert_eq!(std::fs::read_link(&full).unwrap(), Path::new("/dev/full"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The devices themselves. Never run this on a rota from before issue 17 as root: it replaced
/// /dev/null.
#[cfg(unix)]
#[test]
fn the_devices_themselves_are_written_to_and_never_replaced() {
    use rota::data::scenario_file::save_atomic;
    assert!(is_char_device(Path::new("/dev/null")));
    save_atomic(Path::new("/dev/null"), b"into the void").unwrap();
    assert!(is_char_device(Path::new("/dev/null")));
    let err = save_atomic(Path::new("/dev/full"), b"too much").unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::StorageFull);
    assert!(is_char_device(Path::new("/dev/full")));
    // In a pipeline, /dev/stdout is the pipe: the handout goes down it.
    let (code, out, err) = rota_within(&["handout", "-o", "/dev/stdout"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("<!DOCTYPE html>"), "{out}");
    assert!(
        out.ends_with("</html>\nWrote the handout to /dev/stdout\n"),
        "{out}"
    );
    assert!(std::fs::symlink_metadata("/dev/stdout").is_ok_and(|m| m.is_symlink()));
    // A directory is refused, and left as it was.
    let dir = scratch("hostile-directory");
    let err = save_atomic(&dir, b"x").unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::IsADirectory);
    assert!(dir.is_dir());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A platform whose save dialog always answers `path`, writing as the desktop does (inside the
/// temporary folder only).
struct SaveTo(std::path::PathBuf);

impl rota::app::files::Platform for SaveTo {
    fn pick_open(&mut self) -> Option<std::path::PathBuf> {
        None
    }
    fn pick_save(&mut self, _suggested: &str) -> Option<std::path::PathBuf> {
        Some(self.0.clone())
    }
    fn read(&mut self, path: &Path) -> Result<Vec<u8>, rota::data::scenario_file::Diagnostic> {
        rota::data::scenario_file::read_limited(path)
    }
    fn write(&mut self, path: &Path, bytes: &[u8]) -> Result<(), String> {
        common::write_in_scratch(path, bytes)
    }
}

// 4. Limits on what a user writes.

fn window() -> rota::app::RotaApp {
    rota::app::RotaApp::from_stored(
        library(),
        common::d("2026-11-24"),
        None,
        Box::new(common::Guarded),
    )
}

#[test]
fn a_huge_name_or_description_is_refused_by_the_loader_a_link_and_the_windows_editing() {
    use rota::app::{Edit, File};
    let huge = "n".repeat(1024 * 1024 - 40);
    let text = format!("Scenario(\n  name: \"{huge}\",\n)\n");
    let problems = parse_scenario("huge.ron", text.as_bytes(), &library()).unwrap_err();
    let message =
        "the name is 1,048,536 characters long: a name is expected to be at most 200 characters";
    assert_eq!(problems[0].to_string(), format!("huge.ron:2:3: {message}"));
    // The same name in a link of about 1,500 characters.
    let link = link_of(&text);
    assert!(link.len() < 2000, "{}", link.len());
    let mut app = window();
    let before = app.model.workspace.clone();
    app.apply(File::OpenLink(link).into());
    assert_eq!(app.model.workspace, before);
    let notice = app.model.notice.clone().unwrap();
    assert!(
        notice.is_error && notice.text.contains(message),
        "{}",
        notice.text
    );
    // Typed (or pasted) into the window: refused, and the name stays.
    let name = app.model.scenario().name.clone();
    app.apply(Edit::Rename(huge.clone()).into());
    assert_eq!(app.model.scenario().name, name);
    let notice = app.model.notice.clone().unwrap();
    assert!(notice.is_error && notice.text.contains("a name is expected to be at most 200"));
    app.apply(Edit::SetDescription(huge).into());
    let notice = app.model.notice.clone().unwrap();
    assert!(
        notice
            .text
            .contains("a description is expected to be at most 4,000 characters")
    );
    // At the limits, accepted.
    app.apply(Edit::Rename("é".repeat(200)).into());
    assert_eq!(app.model.scenario().name.chars().count(), 200);
    app.apply(Edit::SetDescription("d".repeat(4000)).into());
    assert_eq!(app.model.scenario().description.len(), 4000);
}

#[test]
fn long_names_are_clipped_where_the_window_draws_them() {
    use rota::app::{Edit, LaneId};
    let mut app = window();
    let long = format!("{}\u{1b}[2J", "A long name ".repeat(16));
    app.apply(Edit::Rename(long).into());
    let lane = app.model.lane(LaneId::Scenario).unwrap();
    assert_eq!(lane.title.chars().count(), 60, "{}", lane.title);
    assert!(lane.title.ends_with('…'));
    // A copy's name keeps within the limit too.
    app.apply(Edit::Rename("x".repeat(200)).into());
    app.apply(Edit::Duplicate.into());
    let copy = &app.model.scenario().name;
    assert_eq!(copy.chars().count(), 200);
    assert!(copy.ends_with("… (copy)"), "{copy}");
    app.apply(Edit::Rename("Short \u{1b}[2J".into()).into());
    assert_eq!(
        app.model.lane(LaneId::Scenario).unwrap().title,
        "Short \\u{1b}[2J"
    );
}

#[test]
fn the_window_holds_at_most_fifty_scenarios_and_a_thousand_events_each() {
    use rota::app::{Edit, File};
    use rota::engine::Event;
    let mut app = window();
    while app.model.workspace.entries.len() < 50 {
        app.apply(Edit::New(Box::new(catalog().rule_alone())).into());
        assert!(app.model.notice.is_none());
    }
    app.apply(Edit::New(Box::new(catalog().rule_alone())).into());
    assert_eq!(app.model.workspace.entries.len(), 50);
    let notice = app.model.notice.clone().unwrap();
    assert_eq!(
        notice.text,
        "rota holds at most 50 scenarios at once: delete one first."
    );
    // A thousand events (suspensions a year apart), then one more.
    let mut app = window();
    let day = |y: i32, m: u32| chrono::NaiveDate::from_ymd_opt(y, m, 1).unwrap();
    let suspend = |y: i32| Event::Suspend {
        state: rota::engine::StateCode::parse("ARM").unwrap(),
        from: day(y, 1),
        to: Some(day(y, 6)),
    };
    let mut scenario = app.model.scenario().clone();
    scenario.events = (0..1000 - scenario.events.len() as i32)
        .map(|i| suspend(3000 + i))
        .collect();
    scenario.events.extend(app.model.scenario().events.clone());
    app.apply(
        File::OpenBytes {
            name: "thousand.ron".into(),
            bytes: rota::data::scenario_file::scenario_to_ron(&scenario, &catalog()).into_bytes(),
        }
        .into(),
    );
    assert_eq!(app.model.scenario().events.len(), 1000);
    app.apply(Edit::AddEvent(suspend(2500)).into());
    assert_eq!(app.model.scenario().events.len(), 1000);
    let notice = app.model.notice.clone().unwrap();
    assert!(
        notice.text.starts_with("1,001 events are too many"),
        "{}",
        notice.text
    );
}

// 5. What rota writes, it reads back.

/// The character whose escape in RON is longest (`\u{10fffd}`-like, ten bytes), the worst a name
/// can hold for the size of what rota writes.
fn widest_char() -> char {
    (0..=0x10_FFFF_u32)
        .filter_map(char::from_u32)
        .max_by_key(|c| c.escape_debug().count())
        .unwrap()
}

/// The largest scenario the limits allow: the longest name and description, of the widest
/// character, and the most events, of the longest kind.
fn largest_scenario() -> rota::engine::Scenario {
    use rota::engine::{Event, StateCode};
    let wide = widest_char();
    let mut scenario = catalog().documented_scenario();
    scenario.name = std::iter::repeat_n(wide, 200).collect();
    scenario.description = std::iter::repeat_n(wide, 4000).collect();
    let day = |y: i32, m: u32| chrono::NaiveDate::from_ymd_opt(y, m, 1).unwrap();
    scenario.events = (0..1000)
        .map(|i| Event::Suspend {
            state: StateCode::parse("TJK").unwrap(),
            from: day(3000 + i, 1),
            to: Some(day(3000 + i, 6)),
        })
        .collect();
    scenario
}

#[test]
fn what_rota_writes_at_every_limit_it_reads_back_a_file_a_link_and_the_stored_state() {
    use rota::app::{Edit, Entry};
    use rota::data::scenario_file::scenario_to_ron;
    let catalog = catalog();
    let largest = largest_scenario();
    let text = scenario_to_ron(&largest, &catalog);
    assert!(text.len() < 1024 * 1024, "{} bytes", text.len());
    let back = parse_scenario("largest.ron", text.as_bytes(), &library()).unwrap();
    assert_eq!(back, largest);
    let link = rota::data::share::link("https://x.org/", &largest, &catalog);
    assert_eq!(
        rota::data::share::decode(&link, &library()).unwrap(),
        largest
    );
    // One past each limit is refused, so nothing larger is ever written.
    for (what, grown) in [
        ("name", {
            let mut s = largest.clone();
            s.name.push('x');
            s
        }),
        ("description", {
            let mut s = largest.clone();
            s.description.push('x');
            s
        }),
        ("events", {
            let mut s = largest.clone();
            s.events.push(rota::engine::Event::Recall {
                date: common::d("2020-01-01"),
            });
            s
        }),
    ] {
        let text = scenario_to_ron(&grown, &catalog);
        assert!(
            parse_scenario("grown.ron", text.as_bytes(), &library()).is_err(),
            "{what}"
        );
    }
    // The most scenarios the window holds, each the largest: the stored state reads back whole.
    let mut app = window();
    while app.model.workspace.entries.len() < 50 {
        let mut scenario = largest.clone();
        let n = app.model.workspace.entries.len();
        let rest: String = scenario.name.chars().skip(3).collect();
        scenario.name = format!("{n:02} {rest}");
        app.apply(
            Edit::Add(Entry {
                scenario,
                path: Some(std::path::PathBuf::from("/".repeat(10))),
                read_only: n.is_multiple_of(2),
                description_stale: false,
            })
            .into(),
        );
        assert!(app.model.notice.is_none(), "{:?}", app.model.notice);
    }
    let stored = app.stored();
    assert!(stored.len() < 32 * 1024 * 1024, "{} bytes", stored.len());
    eprintln!(
        "the largest scenario file: {} bytes; the largest stored state: {} bytes",
        text.len(),
        stored.len()
    );
    let again = rota::app::RotaApp::from_stored(
        library(),
        common::d("2026-11-24"),
        Some(&stored),
        Box::new(common::Guarded),
    );
    assert!(again.model.notice.is_none(), "{:?}", again.model.notice);
    assert_eq!(again.model.workspace, app.model.workspace);
}

#[test]
fn whatever_rota_check_accepts_rota_writes_back_readable() {
    use rota::data::scenario_file::scenario_to_ron;
    let catalog = catalog();
    // Written compactly, 9,000 suspensions fit in half a mebibyte; written by rota (one field a
    // line), they took more than the 1 MiB rota reads: a file check accepted came back refused.
    let events: String = (0..9000_u32)
        .map(|i| {
            let (y, m) = (1900 + i / 2, if i.is_multiple_of(2) { 1 } else { 7 });
            format!("Suspend(state:\"TJK\",from:\"{y}-{m:02}-01\",to:\"{y}-{m:02}-20\"),")
        })
        .collect();
    let compact = format!("Scenario(name:\"Compact\",events:[{events}])");
    assert!(compact.len() < 600 * 1024);
    let dir = scratch("hostile-round-trip");
    let mut files = vec![(dir.join("compact.ron"), compact)];
    files.push((
        dir.join("longest-name.ron"),
        scenario_to_ron(
            &{
                let mut s = catalog.documented_scenario();
                s.name = "N".repeat(200);
                s
            },
            &catalog,
        ),
    ));
    for (path, text) in &files {
        std::fs::write(path, text).unwrap();
        let (code, _, _) = rota(&["check", path.to_str().unwrap()]);
        if code != 0 {
            continue; // refused: nothing to write back
        }
        let scenario = rota::data::scenario_file::load_scenario(path, &library()).unwrap();
        let written = scenario_to_ron(&scenario, &catalog);
        let back = parse_scenario("written.ron", written.as_bytes(), &library());
        assert_eq!(back.as_ref().ok(), Some(&scenario), "{}", path.display());
        // Its link, with what-if flags on top (which lengthen the name), opens too.
        let (code, link, err) = rota(&["link", path.to_str().unwrap(), "--lag-days", "30"]);
        assert_eq!(code, 0, "{err}");
        let opened = rota::data::share::decode(link.trim(), &library()).unwrap();
        assert!(opened.name.ends_with(" (what-if)"), "{}", opened.name);
    }
    // Flags that would take a scenario past a limit are refused, not written unreadable.
    let full = dir.join("full.ron");
    std::fs::write(&full, scenario_to_ron(&largest_scenario(), &catalog)).unwrap();
    let (code, out, err) = rota(&["link", full.to_str().unwrap(), "--recall", "2020-01-01"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(
        err,
        "rota: with the what-if flags, 1,001 events are too many: a scenario is expected to hold at most 1,000 events (this is event 1,001)\n"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

// 7. Output to a closed pipe or a full disk.

#[test]
fn a_pipe_closed_early_ends_rota_quietly_with_status_0() {
    use std::io::BufRead as _;
    // Eight thousand rows: far more than a pipe holds, so rota is still writing when the reader
    // goes (as `rota project | head -1`).
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_rota"))
        .args(["project", "--until", "9999-01-01", "--term-months", "12"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert!(first.starts_with("From"), "{first}");
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0));
}

#[cfg(unix)]
#[test]
fn output_to_a_full_disk_is_a_message_and_status_1_never_a_panic() {
    for args in [
        &["project"][..],
        &["history", "--format", "json"][..],
        &["handout"][..],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_rota"))
            .args(args)
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "rota: cannot write the output: No space left on device (os error 28)\n",
            "{args:?}"
        );
        assert_eq!(out.status.code(), Some(1), "{args:?}");
    }
}

// 8. Terminal injection.

/// Whether text holds a character a terminal acts on (besides the newlines that end lines).
fn raw_controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|c| (c.is_control() && *c != '\n') || ('\u{202A}'..='\u{202E}').contains(c))
        .collect()
}

/// A name that, printed raw, clears the screen, sets the terminal's title, rings, reorders the
/// text after it and starts an 8-bit control sequence.
const HOSTILE_NAME: &str = "\u{1b}[2J\u{1b}]0;owned\u{7}Lesson\r\u{202e}txt.exe\u{9b}31m";

#[test]
fn text_from_a_file_reaches_the_terminal_with_control_characters_escaped() {
    let dir = scratch("hostile-terminal");
    let path = dir.join("lesson.ron");
    // Written by rota, so the file's text holds the escapes as RON writes them (\u{1b}).
    let mut scenario = catalog().documented_scenario();
    scenario.name = HOSTILE_NAME.to_owned();
    scenario.description = HOSTILE_NAME.to_owned();
    std::fs::write(
        &path,
        rota::data::scenario_file::scenario_to_ron(&scenario, &catalog()),
    )
    .unwrap();
    let file = path.to_str().unwrap();
    let (code, out, err) = rota(&["check", file]);
    assert_eq!(code, 0, "{err}");
    assert!(raw_controls(&out).is_empty(), "{out:?}");
    assert!(
        out.contains(r#"ok: "\u{1b}[2J\u{1b}]0;owned\u{7}Lesson\r\u{202e}txt.exe\u{9b}31m""#),
        "{out}"
    );
    for args in [
        &["compare", file][..],
        &["compare", file, "--format", "markdown"][..],
        &["compare", file, "--format", "csv"][..],
        &["compare", file, "--format", "json"][..],
        &["project", file, "--format", "markdown"][..],
        &["handout", file][..],
    ] {
        let (code, out, err) = rota(args);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(raw_controls(&out).is_empty(), "{args:?}: {out:?}");
        assert!(raw_controls(&err).is_empty(), "{args:?}: {err:?}");
        if args.contains(&"json") {
            // JSON escapes them its own way, so a program reads the name exactly.
            let value: serde_json::Value = serde_json::from_str(&out).unwrap();
            assert_eq!(value["scenario"], HOSTILE_NAME);
        }
    }
    // A message quoting a file's text, and a flag's text, are escaped too.
    let (code, _, err) = rota(&["project", file, "--reading", "\u{1b}[2J"]);
    assert_eq!(code, 2);
    assert!(raw_controls(&err).is_empty(), "{err:?}");
    assert!(err.contains(r#""\u{1b}[2J""#), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn csv_fields_show_control_characters_escaped() {
    assert_eq!(rota::export::csv_field("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
    assert_eq!(rota::export::csv_field("two\nlines"), "two\\nlines");
    assert_eq!(rota::export::csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
}

// 9. Markdown and HTML injection.

/// A name that writes its own heading, raw HTML, a link, an image, a table's column and code.
const MARKUP_NAME: &str = "# Owned <script>alert(1)</script> [click](javascript:alert(1)) ![x](http://x/y.png) | `code` &amp; *bold* __u__ ~~s~~";

fn scenario_file_named(dir: &Path, name: &str, description: &str) -> std::path::PathBuf {
    let mut scenario = catalog().documented_scenario();
    scenario.name = name.to_owned();
    scenario.description = description.to_owned();
    let path = dir.join("markup.ron");
    std::fs::write(
        &path,
        rota::data::scenario_file::scenario_to_ron(&scenario, &catalog()),
    )
    .unwrap();
    path
}

/// The count of `|` that separate a Markdown table's cells (not escaped ones).
fn cell_bars(line: &str) -> usize {
    let mut count = 0;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => count += 1,
            _ => escaped = false,
        }
    }
    count
}

#[test]
fn a_name_in_markdown_is_text_not_markup() {
    let dir = scratch("hostile-markdown");
    let path = scenario_file_named(&dir, MARKUP_NAME, "");
    let (code, out, err) = rota(&["compare", path.to_str().unwrap(), "--format", "markdown"]);
    assert_eq!(code, 0, "{err}");
    let heading = out.lines().next().unwrap();
    assert!(
        heading.starts_with("## \\# Owned &lt;script&gt;"),
        "{heading}"
    );
    // Markup left unescaped: each backslash-escaped character stands in as '·'.
    let mut plain = String::new();
    let mut chars = out.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            chars.next();
            plain.push('·');
        } else {
            plain.push(c);
        }
    }
    for raw in [
        "<script",
        "](javascript:",
        "![x]",
        "`code`",
        "*bold*",
        "__u__",
        "~~s~~",
    ] {
        assert!(!plain.contains(raw), "{raw} in {out}");
    }
    // What the user wrote as "&amp;" shows as those five characters.
    assert!(
        out.contains("&amp;amp;") && !out.contains(" &amp; "),
        "{out}"
    );
    // Every row of the table has as many cells as its header.
    let rows: Vec<&str> = out.lines().filter(|l| l.starts_with('|')).collect();
    assert!(rows.len() > 3);
    let header = cell_bars(rows[0]);
    for row in &rows {
        assert_eq!(cell_bars(row), header, "{row}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn markdown_table_cells_escape_what_markdown_acts_on() {
    let table = rota::export::table(
        &["Holder"],
        &[vec!["a | b <i>c</i> [d](e) *f*".to_owned()]],
        true,
    );
    let row = table.lines().nth(2).unwrap();
    assert_eq!(row, "| a \\| b &lt;i&gt;c&lt;/i&gt; \\[d\\](e) \\*f\\* |");
}

#[test]
fn a_handout_shows_what_a_user_wrote_as_text() {
    let dir = scratch("hostile-handout");
    let path = scenario_file_named(
        &dir,
        "<script>alert(1)</script>\u{1b}[2J",
        "</p><img src=x onerror=alert(1)>\u{7}",
    );
    let out_path = dir.join("handout.html");
    let (code, _, err) = rota(&[
        "handout",
        path.to_str().unwrap(),
        "-o",
        out_path.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(&out_path).unwrap();
    assert!(
        !html.contains("<script") && !html.contains("<img"),
        "{html}"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;\\u{1b}[2J"));
    assert!(html.contains("&lt;/p&gt;&lt;img src=x onerror=alert(1)&gt;\\u{7}"));
    assert!(raw_controls(&html).is_empty());
    std::fs::remove_dir_all(&dir).unwrap();
}
