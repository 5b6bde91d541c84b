//! Scenario files: RON text in, a checked [`Scenario`] of its office out, every problem as
//! `FILE:LINE:COLUMN: what is wrong and what was expected`; and atomic saves.

use std::fmt;
use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;
use ron::extensions::Extensions;
use serde::{Deserialize, Serialize};

use super::check::capped;
use super::limits;
use super::paths::{Locator, line_col};
use super::rules_file::{EventFile, RulesFile};
use super::{Catalog, DEFAULT_OFFICE, Library};
use crate::engine::{Place, Scenario};

/// The largest scenario file rota reads.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// The longest message about one problem, in characters: ron quotes what it found (an unknown
/// field's name), which a hostile file makes huge. (What it expected, an office's fields, takes
/// about 350.)
const MAX_MESSAGE_CHARS: usize = 1000;
/// How deep RON may nest. A scenario needs four levels; the limit stops hostile nesting early.
const MAX_DEPTH: usize = 16;

/// One problem with a file, and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    /// 1-based line and column, where the problem is in the text.
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A file's name and its text may hold control characters: shown escaped, so that a
        // message printed to a terminal cannot act on it.
        use crate::text::escape_controls;
        let (file, message) = (escape_controls(&self.file), escape_controls(&self.message));
        match self.position {
            Some((line, col)) => write!(f, "{file}:{line}:{col}: {message}"),
            None => write!(f, "{file}: {message}"),
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename = "Scenario", deny_unknown_fields)]
struct ScenarioFile {
    /// The office's id; a file without one is a CSTO scenario (files written before offices).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    office: Option<String>,
    name: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    rules: RulesFile,
    #[serde(default)]
    events: Vec<EventFile>,
}

/// Parses an ISO date, with a message that names it.
///
/// # Errors
/// A message naming the text when it is not a real calendar day in the form `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    let well_formed = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !well_formed {
        let text = limits::quoted(text);
        return Err(format!("\"{text}\" is not a date: expected YYYY-MM-DD"));
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("\"{text}\" is not a real calendar day: expected a valid YYYY-MM-DD"))
}

pub use super::rules_file::parse_state;

/// Where a problem found after parsing points.
enum Spot {
    /// A top-level field (`name`, `description`, `office`).
    Field(&'static str),
    Rule(&'static str),
    Event(usize),
}

/// Locates problems found after parsing, from one reading of the text, each at the key it is
/// about (an event where it starts); at most [`limits::MAX_PROBLEMS_SHOWN`] of them, and a line
/// counting the rest.
fn located(file: &str, text: &str, problems: Vec<(Spot, String)>) -> Vec<Diagnostic> {
    let locator = Locator::new(text);
    let out = problems
        .into_iter()
        .map(|(spot, message)| {
            let position = match spot {
                Spot::Field(name) => locator.key_at(name),
                Spot::Rule(name) => locator.key_at(&format!("rules.{name}")),
                Spot::Event(i) => locator.key_at(&format!("events.{i}")),
            };
            Diagnostic {
                file: file.to_owned(),
                position: Some(position),
                message,
            }
        })
        .collect();
    capped(out)
}

pub(crate) fn options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_DEPTH)
}

/// The text of a file's bytes: UTF-8, no byte-order mark, no NUL, within the size limit.
///
/// # Errors
/// A located diagnostic for each of these that fails.
pub fn text_of<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, Vec<Diagnostic>> {
    let at = |position: Option<(usize, usize)>, message: String| Diagnostic {
        file: file.to_owned(),
        position,
        message,
    };
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(vec![too_large(file, bytes.len() as u64)]);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = std::str::from_utf8(bytes.get(..e.valid_up_to()).unwrap_or_default())
                .unwrap_or_default();
            let byte = bytes.get(e.valid_up_to()).copied().unwrap_or_default();
            return Err(vec![at(
                Some(line_col(valid, valid.len())),
                format!("byte 0x{byte:02X} is not UTF-8: expected a UTF-8 text file"),
            )]);
        }
    };
    // Windows editors (Notepad) start UTF-8 files with a byte-order mark; it is not part of the text.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(at_nul) = text.find('\0') {
        return Err(vec![at(
            Some(line_col(text, at_nul)),
            "a NUL byte: expected a text file".to_owned(),
        )]);
    }
    Ok(text)
}

/// ron's message, as a message quotes a file's text: what it quotes in backticks (what it found,
/// an unknown field's name, which a hostile file makes huge) clipped to
/// [`limits::MAX_QUOTED_CHARS`], and the whole to [`MAX_MESSAGE_CHARS`].
fn ron_message(message: &str) -> String {
    let message = limits::clip_quotes(message, '`');
    crate::text::clip(&message, MAX_MESSAGE_CHARS).into_owned()
}

/// A RON syntax error as a located diagnostic.
pub(crate) fn syntax_error(file: &str, e: &ron::error::SpannedError, what: &str) -> Diagnostic {
    let message = match &e.code {
        ron::Error::ExceededRecursionLimit => {
            format!("nesting is too deep: {what} nests at most {MAX_DEPTH} levels of brackets")
        }
        code => ron_message(&code.to_string()),
    };
    Diagnostic {
        file: file.to_owned(),
        position: Some((e.span.start.line, e.span.start.col)),
        message,
    }
}

/// Parses and checks a scenario from the bytes of a file called `file`; its office is the one the
/// file names (the CSTO's when it names none), looked up in `library`.
///
/// # Errors
/// Every problem found, each with its position where the text has one. Parsing stops at the first
/// syntax error; after a successful parse every rule and event is checked.
pub fn parse_scenario(
    file: &str,
    bytes: &[u8],
    library: &Library,
) -> Result<Scenario, Vec<Diagnostic>> {
    parse_with(file, bytes, |id| {
        let id = id.unwrap_or(DEFAULT_OFFICE);
        library.get(id).ok_or_else(|| {
            let id = limits::quoted(id);
            format!("unknown office \"{id}\": expected one of {}", library.ids())
        })
    })
}

/// Parses and checks a scenario that must belong to `catalog` (a file that names no office is
/// taken to be this one's).
///
/// # Errors
/// As [`parse_scenario`], and a file that names another office.
pub fn parse_scenario_of(
    file: &str,
    bytes: &[u8],
    catalog: &Catalog,
) -> Result<Scenario, Vec<Diagnostic>> {
    parse_with(file, bytes, |id| match id {
        Some(id) if id != catalog.id => Err(format!(
            "this scenario is for the office \"{}\": expected \"{}\"",
            limits::quoted(id),
            catalog.id
        )),
        _ => Ok(catalog),
    })
}

fn parse_with<'l>(
    file: &str,
    bytes: &[u8],
    office_of: impl FnOnce(Option<&str>) -> Result<&'l Catalog, String>,
) -> Result<Scenario, Vec<Diagnostic>> {
    let text = text_of(file, bytes)?;
    let raw: ScenarioFile = options()
        .from_str(text)
        .map_err(|e| vec![syntax_error(file, &e, "a scenario")])?;
    let catalog = office_of(raw.office.as_deref())
        .map_err(|message| located(file, text, vec![(Spot::Field("office"), message)]))?;
    let office = &catalog.office;

    let mut problems: Vec<(Spot, String)> = Vec::new();
    if let Some(message) = limits::name_problem(&raw.name) {
        problems.push((Spot::Field("name"), message));
    }
    if let Some(message) = limits::description_problem(&raw.description) {
        problems.push((Spot::Field("description"), message));
    }
    if let Some(message) = limits::events_problem(raw.events.len()) {
        // The engine's checks compare events pairwise: more are refused before it sees them.
        problems.push((Spot::Event(limits::MAX_EVENTS), message));
        return Err(located(file, text, problems));
    }
    let (patch, rule_problems) = raw.rules.patch(office);
    problems.extend(rule_problems.into_iter().map(|(n, m)| (Spot::Rule(n), m)));
    let rules = patch.apply(catalog.rules);
    let mut events = Vec::new();
    for (index, event) in raw.events.iter().enumerate() {
        if !event.sources().is_empty() {
            problems.push((
                Spot::Event(index),
                "a scenario's events cite no sources: sources belong to an office's documented events"
                    .to_owned(),
            ));
        }
        match event.to_event(office) {
            Ok(event) => events.push((index, event)),
            Err(message) => problems.push((Spot::Event(index), message)),
        }
    }
    let scenario = Scenario {
        office: catalog.id.clone(),
        name: raw.name,
        description: raw.description,
        rules,
        events: events.iter().map(|(_, e)| *e).collect(),
    };
    if problems.is_empty() {
        for problem in scenario.problems(office) {
            let spot = match problem.place {
                Place::Rule(name) => Spot::Rule(name),
                Place::Event(i) => Spot::Event(events.get(i).map_or(i, |(index, _)| *index)),
            };
            problems.push((spot, problem.message));
        }
    }
    if problems.is_empty() {
        return Ok(scenario);
    }
    Err(located(file, text, problems))
}

/// Writes a scenario as RON text that [`parse_scenario`] reads back to the same scenario. Rule
/// parameters equal to the office's are written too, so the file says what it assumes.
#[must_use]
pub fn scenario_to_ron(scenario: &Scenario, catalog: &Catalog) -> String {
    let file = ScenarioFile {
        office: Some(scenario.office.clone()),
        name: scenario.name.clone(),
        description: scenario.description.clone(),
        rules: RulesFile::from_rules(&scenario.rules, &catalog.office),
        events: scenario.events.iter().map(EventFile::from_event).collect(),
    };
    let pretty = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ".to_owned());
    // Serialising plain strings and numbers cannot fail; fall back to a comment if it ever does.
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .to_string_pretty(&file, pretty)
        .map(|text| format!("// A rota scenario. See README.md, \"Scenario files\".\n{text}\n"))
        .unwrap_or_else(|e| format!("// could not write this scenario: {e}\n"))
}

fn too_large(file: &str, bytes: u64) -> Diagnostic {
    Diagnostic {
        file: file.to_owned(),
        position: Some((1, 1)),
        message: format!(
            "the file is {bytes} bytes: a scenario file is expected to be at most 1 MiB ({MAX_FILE_BYTES} bytes)"
        ),
    }
}

/// Reads a scenario (or office) file: a regular file of at most [`MAX_FILE_BYTES`], refused by
/// its type or its size before it is read (a named pipe would block, a device never end).
///
/// # Errors
/// A diagnostic naming the file when it cannot be opened or read (missing, a directory, a pipe or
/// a device, too large, no permission).
pub fn read_limited(path: &Path) -> Result<Vec<u8>, Diagnostic> {
    use super::files::{Kind, ReadError, read_regular};
    let file = path.display().to_string();
    let fail = |message: String| Diagnostic {
        file: file.clone(),
        position: None,
        message,
    };
    read_regular(path, MAX_FILE_BYTES).map_err(|e| match e {
        ReadError::TooLarge(bytes) => too_large(&file, bytes),
        ReadError::NotRegular(Kind::Directory) => {
            fail("is a directory: expected a scenario file (.ron)".to_owned())
        }
        ReadError::NotRegular(kind) => fail(format!(
            "is {}, not a regular file: expected a scenario file (.ron)",
            kind.describe()
        )),
        ReadError::Io(e) => fail(match e.kind() {
            std::io::ErrorKind::NotFound => {
                "no such file: expected a scenario file (.ron)".to_owned()
            }
            std::io::ErrorKind::PermissionDenied => {
                "cannot be read (permission denied): expected a readable scenario file".to_owned()
            }
            _ => format!("cannot be read: {e}"),
        }),
    })
}

/// Reads, parses and checks a scenario file.
///
/// # Errors
/// Every problem, as in [`parse_scenario`] and [`read_limited`].
pub fn load_scenario(path: &Path, library: &Library) -> Result<Scenario, Vec<Diagnostic>> {
    let bytes = read_limited(path).map_err(|d| vec![d])?;
    parse_scenario(&path.display().to_string(), &bytes, library)
}

/// Writes `bytes` to `path` atomically: into a temporary file beside it (created exclusively,
/// under an unpredictable name), flushed to disk, then renamed over the target. A crash or a
/// failing write leaves the previous file as it was. A device or a named pipe at `path` is
/// written straight to, never replaced; a directory is refused. See [`super::files::save_with`].
///
/// # Errors
/// The I/O error, after removing the temporary file.
pub fn save_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    save_atomic_with(path, bytes, |file, bytes| file.write_all(bytes))
}

/// [`save_atomic`] with the writing of the temporary file done by `write`: the seam through
/// which tests make a save fail halfway.
///
/// # Errors
/// As [`save_atomic`].
pub fn save_atomic_with(
    path: &Path,
    bytes: &[u8],
    write: impl FnOnce(&mut std::fs::File, &[u8]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    super::files::save_with(path, bytes, write)
}
