//! Hostile input, round two (issue 17), through the file system: named pipes, devices and huge
//! files where rota reads, links planted where it writes, and output to a closed pipe or a full
//! disk. Each test fails on rota before the issue and holds after it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::{library, quickly, scratch};

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
