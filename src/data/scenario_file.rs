//! Scenario files: RON text in, a checked [`Scenario`] out, every problem as
//! `FILE:LINE:COLUMN: what is wrong and what was expected`; and atomic saves.

use std::fmt;
use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;
use ron::extensions::Extensions;
use serde::{Deserialize, Serialize};

use super::limits;
use super::locate::{Locator, line_col};
use crate::engine::{Anchoring, Event, Members, Order, Place, Reading, Rules, Scenario, StateCode};

/// The largest scenario file rota reads.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// Text a message quotes from a file (a date, a code, a reading) is clipped to this many
/// characters: nothing that long is valid, and a message stays a line.
const MAX_QUOTED_CHARS: usize = 40;
/// The longest message about one problem, in characters.
const MAX_MESSAGE_CHARS: usize = 300;
/// How deep RON may nest. A scenario needs four levels; the limit stops hostile nesting early.
const MAX_DEPTH: usize = 16;

/// One problem with a scenario file, and where it is.
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

/// The rule set as written in a file: every parameter may be left out and takes its default.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(rename = "Rules", default, deny_unknown_fields)]
struct RulesFile {
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    term_months: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    order: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    anchoring: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reading: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lag_days: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    skip_suspended: Option<bool>,
}

/// An event as written in a file; states and dates stay text until they are checked.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename = "Event", deny_unknown_fields)]
enum EventFile {
    TakesOffice {
        state: String,
        date: String,
    },
    Recall {
        date: String,
    },
    Join {
        state: String,
        date: String,
    },
    Withdraw {
        state: String,
        date: String,
    },
    Suspend {
        state: String,
        from: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        to: Option<String>,
    },
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename = "Scenario", deny_unknown_fields)]
struct ScenarioFile {
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
        let text = crate::text::clip(text, MAX_QUOTED_CHARS);
        return Err(format!("\"{text}\" is not a date: expected YYYY-MM-DD"));
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("\"{text}\" is not a real calendar day: expected a valid YYYY-MM-DD"))
}

/// Parses a state code's form (three capital letters); membership of the table is checked later.
///
/// # Errors
/// A message naming the text when it is not three capital letters.
pub fn parse_state(text: &str, members: &Members) -> Result<StateCode, String> {
    StateCode::parse(text)
        .filter(|c| members.get(*c).is_some())
        .ok_or_else(|| {
            format!(
                "unknown state code \"{}\": expected one of {}",
                crate::text::clip(text, MAX_QUOTED_CHARS),
                members.codes_list()
            )
        })
}

/// Where a problem found after parsing points.
enum Spot {
    /// A top-level field (`name`, `description`).
    Field(&'static str),
    Rule(&'static str),
    Event(usize),
}

/// Locates problems found after parsing, in one reading of the text: the first
/// [`limits::MAX_PROBLEMS_SHOWN`] each get a line and column; the rest are counted in one more line,
/// placed where the first of them is.
fn located(file: &str, text: &str, problems: Vec<(Spot, String)>) -> Vec<Diagnostic> {
    let locator = Locator::new(text);
    let position = |spot: &Spot| {
        let offset = match *spot {
            Spot::Field(name) => locator.field_offset(name, None),
            Spot::Rule(name) => locator.field_offset("rules", Some(name)),
            Spot::Event(i) => locator.element_offset("events", i),
        };
        Some(offset.map_or((1, 1), |o| locator.line_col(o)))
    };
    let total = problems.len();
    let mut out: Vec<Diagnostic> = Vec::with_capacity(total.min(limits::MAX_PROBLEMS_SHOWN + 1));
    let mut problems = problems.into_iter();
    for (spot, message) in problems.by_ref().take(limits::MAX_PROBLEMS_SHOWN) {
        out.push(Diagnostic {
            file: file.to_owned(),
            position: position(&spot),
            message,
        });
    }
    if let Some((spot, _)) = problems.next() {
        out.push(Diagnostic {
            file: file.to_owned(),
            position: position(&spot),
            message: limits::more_problems(total - limits::MAX_PROBLEMS_SHOWN),
        });
    }
    out
}

fn options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_DEPTH)
}

/// Parses and checks a scenario from the bytes of a file called `file`.
///
/// # Errors
/// Every problem found, each with its position where the text has one. Parsing stops at the first
/// syntax error; after a successful parse every rule and event is checked.
pub fn parse_scenario(
    file: &str,
    bytes: &[u8],
    members: &Members,
) -> Result<Scenario, Vec<Diagnostic>> {
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
    let raw: ScenarioFile = options().from_str(text).map_err(|e| {
        let message = match e.code {
            ron::Error::ExceededRecursionLimit => format!(
                "nesting is too deep: a scenario nests at most {MAX_DEPTH} levels of brackets"
            ),
            // ron quotes what it found (an unknown field's name): a huge one is shown clipped.
            code => crate::text::clip(&code.to_string(), MAX_MESSAGE_CHARS).into_owned(),
        };
        vec![at(Some((e.span.start.line, e.span.start.col)), message)]
    })?;

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
    let rules = rules_from(&raw.rules, &mut problems);
    let mut events = Vec::new();
    for (index, event) in raw.events.iter().enumerate() {
        match event_from(event, members) {
            Ok(event) => events.push((index, event)),
            Err(message) => problems.push((Spot::Event(index), message)),
        }
    }
    let scenario = Scenario {
        name: raw.name,
        description: raw.description,
        rules,
        events: events.iter().map(|(_, e)| *e).collect(),
    };
    if problems.is_empty() {
        for problem in scenario.problems(members) {
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

fn rules_from(raw: &RulesFile, problems: &mut Vec<(Spot, String)>) -> Rules {
    let mut rules = Rules::default();
    let mut parsed = |name: &'static str, result: Result<(), String>| {
        if let Err(message) = result {
            problems.push((Spot::Rule(name), message));
        }
    };
    if let Some(text) = &raw.start {
        parsed("start", parse_date(text).map(|d| rules.start = d));
    }
    // No valid name is long: a long text is clipped before the engine quotes it in its message.
    let quoted = |text: &str| crate::text::clip(text, MAX_QUOTED_CHARS).into_owned();
    if let Some(text) = raw.order.as_deref().map(quoted) {
        parsed("order", text.parse::<Order>().map(|o| rules.order = o));
    }
    if let Some(text) = raw.anchoring.as_deref().map(quoted) {
        parsed(
            "anchoring",
            text.parse::<Anchoring>().map(|a| rules.anchoring = a),
        );
    }
    if let Some(text) = raw.reading.as_deref().map(quoted) {
        parsed(
            "reading",
            text.parse::<Reading>().map(|r| rules.reading = r),
        );
    }
    rules.term_months = raw.term_months.unwrap_or(rules.term_months);
    rules.lag_days = raw.lag_days.unwrap_or(rules.lag_days);
    rules.skip_suspended = raw.skip_suspended.unwrap_or(rules.skip_suspended);
    rules
}

fn event_from(raw: &EventFile, members: &Members) -> Result<Event, String> {
    let state = |s: &str| parse_state(s, members);
    Ok(match raw {
        EventFile::TakesOffice { state: s, date } => Event::TakesOffice {
            state: state(s)?,
            date: parse_date(date)?,
        },
        EventFile::Recall { date } => Event::Recall {
            date: parse_date(date)?,
        },
        EventFile::Join { state: s, date } => Event::Join {
            state: state(s)?,
            date: parse_date(date)?,
        },
        EventFile::Withdraw { state: s, date } => Event::Withdraw {
            state: state(s)?,
            date: parse_date(date)?,
        },
        EventFile::Suspend { state: s, from, to } => Event::Suspend {
            state: state(s)?,
            from: parse_date(from)?,
            to: to.as_deref().map(parse_date).transpose()?,
        },
    })
}

/// Writes a scenario as RON text that [`parse_scenario`] reads back to the same scenario. Rule
/// parameters equal to the default are written too, so the file says what it assumes.
#[must_use]
pub fn scenario_to_ron(scenario: &Scenario) -> String {
    let r = &scenario.rules;
    let file = ScenarioFile {
        name: scenario.name.clone(),
        description: scenario.description.clone(),
        rules: RulesFile {
            start: Some(r.start.to_string()),
            term_months: Some(r.term_months),
            order: Some(r.order.name().to_owned()),
            anchoring: Some(r.anchoring.name().to_owned()),
            reading: Some(r.reading.name().to_owned()),
            lag_days: Some(r.lag_days),
            skip_suspended: Some(r.skip_suspended),
        },
        events: scenario
            .events
            .iter()
            .map(|e| match *e {
                Event::TakesOffice { state, date } => EventFile::TakesOffice {
                    state: state.to_string(),
                    date: date.to_string(),
                },
                Event::Recall { date } => EventFile::Recall {
                    date: date.to_string(),
                },
                Event::Join { state, date } => EventFile::Join {
                    state: state.to_string(),
                    date: date.to_string(),
                },
                Event::Withdraw { state, date } => EventFile::Withdraw {
                    state: state.to_string(),
                    date: date.to_string(),
                },
                Event::Suspend { state, from, to } => EventFile::Suspend {
                    state: state.to_string(),
                    from: from.to_string(),
                    to: to.map(|d| d.to_string()),
                },
            })
            .collect(),
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

/// Reads a scenario file: a regular file of at most [`MAX_FILE_BYTES`], refused by its type or
/// its size before it is read (a named pipe would block, a device never end).
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
pub fn load_scenario(path: &Path, members: &Members) -> Result<Scenario, Vec<Diagnostic>> {
    let bytes = read_limited(path).map_err(|d| vec![d])?;
    parse_scenario(&path.display().to_string(), &bytes, members)
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
