//! How much a scenario may hold. The limits keep every hostile file fast to refuse (the engine's
//! checks compare events pairwise), keep the window small, and are chosen so that whatever rota
//! writes (a scenario file, a link, the window's stored state) it reads back: the largest
//! scenario these limits allow is written in well under [`super::scenario_file::MAX_FILE_BYTES`].

use crate::text::thousands;

/// The most events a scenario holds. The documented record needs two.
pub const MAX_EVENTS: usize = 1000;
/// The largest state file the window reads (its own, or eframe's `app.ron` of an earlier rota).
/// The most the window can write is far less (the tests write it): [`MAX_SCENARIOS`]
/// scenarios of the longest name and description and the most events.
pub const MAX_STATE_BYTES: u64 = 32 * 1024 * 1024;
/// The most scenarios the window holds at once.
pub const MAX_SCENARIOS: usize = 50;
/// The most problems a check reports one by one; the rest are counted in one line.
pub const MAX_PROBLEMS_SHOWN: usize = 50;

/// Why a scenario with `count` events is refused, if it is.
#[must_use]
pub fn events_problem(count: usize) -> Option<String> {
    (count > MAX_EVENTS).then(|| {
        format!(
            "{} events are too many: a scenario is expected to hold at most {} events (this is event {})",
            thousands(count),
            thousands(MAX_EVENTS),
            thousands(MAX_EVENTS + 1)
        )
    })
}

/// The line that stands for the problems not shown.
#[must_use]
pub fn more_problems(count: usize) -> String {
    format!(
        "… and {} more problem{}",
        thousands(count),
        if count == 1 { "" } else { "s" }
    )
}
