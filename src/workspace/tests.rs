use super::*;

fn setup() -> (Workspace, Office) {
    let library = crate::data::Library::bundled().unwrap();
    let catalog = library.get("csto-sg").unwrap().clone();
    let scenario = catalog.scenario("before-the-recall").unwrap().clone();
    (Workspace::with(scenario), catalog.office)
}

fn d(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

#[test]
fn each_office_s_scenario_is_checked_against_its_own_office() {
    let library = crate::data::Library::bundled().unwrap();
    let csto = library.get("csto-sg").unwrap();
    let eu = library.get("eu-council").unwrap();
    let mut ws = Workspace::with(csto.scenario("before-the-recall").unwrap().clone());
    let mut history = UndoHistory::default();
    let entry = Entry {
        scenario: eu.documented_scenario(),
        path: None,
        read_only: false,
        description_stale: false,
    };
    history.apply(&mut ws, &Edit::Add(entry), &library).unwrap();
    assert_eq!(ws.current, 1);
    // Back to the CSTO's scenario: Armenia is a member of the CSTO, not of the EU.
    history.apply(&mut ws, &Edit::Switch(0), &library).unwrap();
    assert_eq!(ws.current().scenario.office, "csto-sg");
    // A scenario of an office nobody opened is refused, and nothing changes.
    let mut stray = csto.rule_alone();
    stray.office = "nowhere".to_owned();
    let entry = Entry {
        scenario: stray,
        path: None,
        read_only: false,
        description_stale: false,
    };
    let err = history
        .apply(&mut ws, &Edit::Add(entry), &library)
        .unwrap_err();
    assert_eq!(err, "No office \"nowhere\" is open.");
    assert_eq!(ws.entries.len(), 2);
    assert_eq!(ws.current, 0);
}

#[test]
fn undo_and_redo_walk_back_and_forth_through_edits() {
    let (mut ws, office) = setup();
    let original = ws.clone();
    let mut history = UndoHistory::default();
    history
        .apply(&mut ws, &Edit::Recall(d("2018-11-02")), &office)
        .unwrap();
    history.apply(&mut ws, &Edit::Duplicate, &office).unwrap();
    assert_eq!(ws.entries.len(), 2);
    assert_eq!(ws.current().scenario.name, "Before the recall (copy)");
    let after = ws.clone();
    assert!(history.undo(&mut ws));
    assert!(history.undo(&mut ws));
    assert_eq!(ws, original);
    assert!(!history.undo(&mut ws));
    assert!(history.redo(&mut ws));
    assert!(history.redo(&mut ws));
    assert_eq!(ws, after);
    assert!(!history.can_redo());
}

#[test]
fn typing_a_name_is_one_undo_step() {
    let (mut ws, office) = setup();
    let mut history = UndoHistory::default();
    for name in ["M", "My", "My t", "My test"] {
        history
            .apply(&mut ws, &Edit::Rename(name.to_owned()), &office)
            .unwrap();
    }
    assert_eq!(ws.current().scenario.name, "My test");
    assert!(history.undo(&mut ws));
    assert_eq!(ws.current().scenario.name, "Before the recall");
    assert!(!history.can_undo());
}

#[test]
fn an_invalid_edit_is_refused_and_changes_nothing() {
    let (mut ws, office) = setup();
    let before = ws.clone();
    let mut history = UndoHistory::default();
    let err = history
        .apply(&mut ws, &Edit::Recall(d("2016-05-01")), &office)
        .unwrap_err();
    assert!(err.contains("2016-05-01"), "{err}");
    assert_eq!(ws, before);
    assert!(!history.can_undo());
    let err = history.apply(&mut ws, &Edit::Delete, &office).unwrap_err();
    assert!(err.contains("last scenario"), "{err}");
}

#[test]
fn undo_reaches_fewer_steps_back_when_the_scenarios_are_large() {
    let (mut ws, office) = setup();
    // Fifty scenarios of the longest description: about 200 KB a step.
    let mut large = ws.current().clone();
    large.scenario.name = "Name ---".to_owned();
    large.scenario.description = "d".repeat(limits::MAX_DESCRIPTION_CHARS);
    let events = large.scenario.events.len();
    ws.entries = vec![large; limits::MAX_SCENARIOS];
    let mut history = UndoHistory::default();
    // Renames of the same length, each a step of its own.
    for i in 0..500 {
        history
            .apply(&mut ws, &Edit::Rename(format!("Name {i:03}")), &office)
            .unwrap();
        history.seal();
    }
    let weight = ws.weight();
    let each = std::mem::size_of::<Entry>() + 7 + 8 + 4000;
    assert_eq!(weight, 50 * (each + events * std::mem::size_of::<Event>()));
    assert_eq!(history.undo.len(), UNDO_BYTES / weight);
    // 64 MiB of 209 KB steps (on a 64-bit machine): 321 steps of the 500.
    assert_eq!(history.undo.len(), 321);
    assert!(history.undo.len() < UNDO_DEPTH);
    // The oldest went: undoing every step left reaches a rename, not the original name.
    while history.undo(&mut ws) {}
    assert_eq!(
        ws.current().scenario.name,
        format!("Name {:03}", 500 - UNDO_BYTES / weight - 1)
    );
}

#[test]
fn added_scenarios_get_names_of_their_own() {
    let (mut ws, office) = setup();
    let entry = ws.current().clone();
    ws.apply(&Edit::Add(entry.clone()), &office).unwrap();
    ws.apply(&Edit::Add(entry), &office).unwrap();
    let names: Vec<&str> = ws
        .entries
        .iter()
        .map(|e| e.scenario.name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "Before the recall",
            "Before the recall 2",
            "Before the recall 3"
        ]
    );
    assert_eq!(ws.current, 2);
    ws.apply(&Edit::Delete, &office).unwrap();
    assert_eq!(ws.current, 1);
}

#[test]
fn an_edit_of_the_events_or_rules_marks_the_description_as_written_before_it() {
    let (mut ws, office) = setup();
    let mut history = UndoHistory::default();
    assert!(!ws.current().description_stale);
    // Renaming is not an edit of what the scenario does.
    history
        .apply(&mut ws, &Edit::Rename("Mine".to_owned()), &office)
        .unwrap();
    assert!(!ws.current().description_stale);
    history
        .apply(&mut ws, &Edit::Recall(d("2018-11-02")), &office)
        .unwrap();
    assert!(ws.current().description_stale);
    // Undone, the scenario is what its description says again.
    history.undo(&mut ws);
    assert!(!ws.current().description_stale);
    history.redo(&mut ws);
    assert!(ws.current().description_stale);
    // Written again (or kept as it is), the description is current.
    let text = ws.current().scenario.description.clone();
    history
        .apply(&mut ws, &Edit::SetDescription(text), &office)
        .unwrap();
    assert!(!ws.current().description_stale);
    // A scenario with no description has nothing to go stale.
    history
        .apply(&mut ws, &Edit::SetDescription(String::new()), &office)
        .unwrap();
    history
        .apply(&mut ws, &Edit::RemoveEvent(0), &office)
        .unwrap();
    assert!(!ws.current().description_stale);
}
