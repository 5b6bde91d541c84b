//! How much a scenario may hold. The limits keep every hostile file fast to refuse (the engine's
//! checks compare events pairwise), keep the window small, and are chosen so that whatever rota
//! writes (a scenario file, a link, the window's stored state) it reads back: the largest
//! scenario these limits allow is written in well under [`super::scenario_file::MAX_FILE_BYTES`].

use crate::engine::Scenario;
use crate::text::thousands;

/// The longest name a scenario may have, in characters. The bundled ones have at most 45.
pub const MAX_NAME_CHARS: usize = 200;
/// The longest description a scenario may have, in characters (about a page). The bundled ones
/// have at most 253.
pub const MAX_DESCRIPTION_CHARS: usize = 4000;
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
/// The most of a file's text a message quotes (a date, a code, a reading, an office's id), in
/// characters: nothing that long is valid, and a message stays a line.
pub const MAX_QUOTED_CHARS: usize = 40;

/// `text` as a message quotes it: at most [`MAX_QUOTED_CHARS`] characters.
#[must_use]
pub fn quoted(text: &str) -> std::borrow::Cow<'_, str> {
    crate::text::clip(text, MAX_QUOTED_CHARS)
}

/// `message` with every text it quotes between two `mark`s (`"` or a backtick) clipped as
/// [`quoted`] clips it: for messages made where the file's text is quoted whole.
#[must_use]
pub fn clip_quotes(message: &str, mark: char) -> String {
    let mut out = String::with_capacity(message.len().min(1024));
    for (i, part) in message.split(mark).enumerate() {
        if i > 0 {
            out.push(mark);
        }
        out.push_str(&if i % 2 == 1 {
            quoted(part)
        } else {
            part.into()
        });
    }
    out
}

fn too_long(text: &str, what: &str, max: usize) -> Option<String> {
    // Counted only when it may be too long: a quick look at the character after the limit.
    text.char_indices().nth(max)?;
    Some(format!(
        "the {what} is {} characters long: a {what} is expected to be at most {} characters",
        thousands(text.chars().count()),
        thousands(max)
    ))
}

/// Why a scenario's name is refused, if it is: it is longer than [`MAX_NAME_CHARS`].
#[must_use]
pub fn name_problem(name: &str) -> Option<String> {
    too_long(name, "name", MAX_NAME_CHARS)
}

/// Why a scenario's description is refused, if it is: it is longer than
/// [`MAX_DESCRIPTION_CHARS`].
#[must_use]
pub fn description_problem(description: &str) -> Option<String> {
    too_long(description, "description", MAX_DESCRIPTION_CHARS)
}

/// Every limit `scenario` goes beyond, as messages (for the window's edits and the command
/// line's what-ifs; the loader places each one in the file).
#[must_use]
pub fn problems(scenario: &Scenario) -> Vec<String> {
    [
        name_problem(&scenario.name),
        description_problem(&scenario.description),
        events_problem(scenario.events.len()),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// `base` followed by `suffix` (" (copy)", " 2", " (what-if)"), `base` shortened (ending in
/// "…") when both together would be longer than [`MAX_NAME_CHARS`].
#[must_use]
pub fn fit_name(base: &str, suffix: &str) -> String {
    let room = MAX_NAME_CHARS.saturating_sub(suffix.chars().count());
    format!("{}{suffix}", crate::text::clip(base, room))
}

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
