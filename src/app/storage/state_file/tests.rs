//! The state files: set aside when unusable, written atomically, moved from an earlier rota's
//! `app.ron` to rota's own file.
#![expect(clippy::unwrap_used, reason = "tests")]

use super::*;

fn check(path: &Path, stamp: &str) -> Checked {
    let library = crate::data::Library::bundled().unwrap();
    super::check(path, stamp, &library)
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rota-state-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_missing_or_good_state_file_is_left_alone() {
    let dir = scratch("good");
    let path = dir.join("app.ron");
    assert_eq!(check(&path, "2026-11-24"), Checked::Fine);
    std::fs::write(&path, "{\"rota\": \"(version: 1)\", \"egui\": \"()\"}").unwrap();
    assert_eq!(check(&path, "2026-11-24"), Checked::Fine);
    assert!(path.exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_damaged_file_is_renamed_aside_with_its_bytes_and_never_deleted() {
    let dir = scratch("damaged");
    let path = dir.join("app.ron");
    let bytes = b"{\"rota\": \"(version: 1, scenar";
    std::fs::write(&path, bytes).unwrap();
    let Checked::SetAside { reason, kept_as } = check(&path, "2026-11-24") else {
        panic!("not set aside");
    };
    assert!(reason.starts_with("it is damaged"), "{reason}");
    assert_eq!(kept_as, dir.join("app.ron.set-aside-2026-11-24"));
    assert!(!path.exists());
    assert_eq!(std::fs::read(&kept_as).unwrap(), bytes);
    // A second bad file the same day gets a name of its own.
    std::fs::write(&path, [0xFF, 0xFE]).unwrap();
    let Checked::SetAside { reason, kept_as } = check(&path, "2026-11-24") else {
        panic!("not set aside");
    };
    assert_eq!(reason, "it is not text");
    assert_eq!(kept_as, dir.join("app.ron.set-aside-2026-11-24-2"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_state_from_a_newer_rota_is_set_aside_with_the_reason() {
    let dir = scratch("newer");
    let path = dir.join("app.ron");
    std::fs::write(&path, "{\"rota\": \"(version: 7)\"}").unwrap();
    let checked = check(&path, "2026-11-24");
    let Checked::SetAside { reason, .. } = &checked else {
        panic!("not set aside");
    };
    assert_eq!(
        reason,
        "it comes from a newer rota (format 7; this one reads format 1)"
    );
    let notice = checked.notice(&path).unwrap();
    assert!(notice.contains("It was kept as "), "{notice}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// eframe's storage, in memory.
#[derive(Default)]
struct Memory(HashMap<String, String>);

impl eframe::Storage for Memory {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

fn app(stored: Option<&str>) -> crate::app::RotaApp {
    let library = crate::data::Library::bundled().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    crate::app::RotaApp::from_stored(
        library,
        today,
        stored,
        Box::new(crate::app::files::Desktop::default()),
    )
}

fn rename(app: &mut crate::app::RotaApp, name: &str) {
    use crate::app::Edit;
    app.apply(Edit::Rename(name.to_owned()).into());
    assert_eq!(app.model.scenario().name, name);
}

#[test]
fn a_full_disk_during_the_windows_save_leaves_the_stored_state_whole() {
    use eframe::App as _;
    let dir = scratch("full-disk");
    let path = dir.join(OWN_FILE);
    let library = crate::data::Library::bundled().unwrap();
    let mut window = app(None);
    window.keep_state_in(path.clone());
    rename(&mut window, "The teacher's lesson");
    let mut storage = Memory::default();
    window.save(&mut storage);
    let saved = std::fs::read(&path).unwrap();
    // The state is rota's own file's alone: eframe's storage does not hold it.
    assert!(!storage.0.contains_key(STORAGE_KEY));

    // The disk fills up halfway through the next save: an error, and the file as it was.
    rename(&mut window, "Changed since");
    let failed = save_with(&path, &window.stored(), |file, bytes| {
        std::io::Write::write_all(file, &bytes[..bytes.len() / 2])?;
        Err(std::io::Error::from(std::io::ErrorKind::StorageFull))
    });
    assert_eq!(failed.unwrap_err().kind(), std::io::ErrorKind::StorageFull);
    assert_eq!(std::fs::read(&path).unwrap(), saved);
    // Killed halfway (a panic stands in): the same.
    let died = std::panic::catch_unwind(|| {
        let _ = save_with(&path, "(version: 1, scenar", |file, bytes| {
            std::io::Write::write_all(file, &bytes[..5]).unwrap();
            panic!("killed");
        });
    });
    assert!(died.is_err());
    assert_eq!(std::fs::read(&path).unwrap(), saved);
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        1,
        "a temporary file was left"
    );

    // The next start reads the state saved before, whole.
    let (text, checked) = load(&path, "2026-11-25", &library);
    assert_eq!(checked, Checked::Fine);
    let again = app(text.as_deref());
    assert_eq!(again.model.scenario().name, "The teacher's lesson");
    assert!(again.model.notice.is_none());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_failing_save_of_the_state_is_said_and_tried_again() {
    use eframe::{App as _, Storage as _};
    let dir = scratch("blocked-state");
    // The state file's place is taken by a directory: the save fails.
    let path = dir.join(OWN_FILE);
    std::fs::create_dir_all(path.join("inside")).unwrap();
    let mut window = app(None);
    window.keep_state_in(path.clone());
    let mut storage = Memory::default();
    storage.set_string(STORAGE_KEY, "(version: 1)".to_owned());
    window.save(&mut storage);
    let notice = window.model.notice.clone().unwrap();
    assert!(notice.is_error);
    assert!(
        notice
            .text
            .starts_with("Could not save the window's state to "),
        "{}",
        notice.text
    );
    // Nothing was lost: the earlier rota's state stays in eframe's storage.
    assert!(storage.0.contains_key(STORAGE_KEY));
    // Once the place is free, the next save writes it and eframe's copy goes.
    std::fs::remove_dir_all(&path).unwrap();
    window.save(&mut storage);
    assert!(path.is_file());
    assert!(!storage.0.contains_key(STORAGE_KEY));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_state_an_earlier_rota_kept_in_app_ron_moves_to_rotas_own_file() {
    use eframe::{App as _, Storage as _};
    let dir = scratch("earlier");
    let app_ron = dir.join("app.ron");
    let library = crate::data::Library::bundled().unwrap();
    // What an earlier rota left: its state under "rota" in eframe's app.ron.
    let mut earlier = app(None);
    rename(&mut earlier, "Kept by an earlier rota");
    let mut storage = Memory::default();
    storage.set_string(STORAGE_KEY, earlier.stored());
    storage.set_string("egui", "()".to_owned());
    let text = ron::to_string(&storage.0).unwrap();
    std::fs::write(&app_ron, &text).unwrap();
    assert_eq!(check(&app_ron, "2026-11-24"), Checked::Fine);
    let own = own_path(&app_ron);
    assert_eq!(own, dir.join("state.ron"));
    let (none, checked) = load(&own, "2026-11-24", &library);
    assert_eq!((none, checked), (None, Checked::Fine));
    // This rota starts from it, and its first save writes its own file.
    let mut window = app(storage.get_string(STORAGE_KEY).as_deref());
    assert_eq!(window.model.scenario().name, "Kept by an earlier rota");
    window.keep_state_in(own.clone());
    window.save(&mut storage);
    let (text, _) = load(&own, "2026-11-24", &library);
    assert_eq!(
        app(text.as_deref()).model.scenario().name,
        "Kept by an earlier rota"
    );
    assert_eq!(storage.0.keys().collect::<Vec<_>>(), ["egui"]);
    std::fs::remove_dir_all(&dir).unwrap();
}
