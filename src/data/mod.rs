//! rota's data: a library of offices, each loaded from its folder under `assets/offices/` (the
//! office file, and the optional lesson, conflicts and scenarios beside it) or from an office file a
//! user opens, and checked in one place; users' scenario files; shared links.

pub mod bundle;
mod check;
pub mod files;
pub mod iso3166;
pub mod lesson_file;
pub mod limits;
pub mod office_file;
pub mod paths;
pub mod rules_file;
pub mod scenario_file;
pub mod share;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::engine::{Event, Holding, Office, Period, RulePatch, Rules, Scenario, StateCode, fit};
pub use bundle::{SEEDS, Seed, seed};
use scenario_file::Diagnostic;

/// The office a scenario file without an `office` field belongs to: every file written before
/// offices existed is a CSTO scenario.
pub const DEFAULT_OFFICE: &str = "csto-sg";

/// A verbatim passage of a seed document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// The seed's file name in `seeds/`.
    pub seed: String,
    pub text: String,
}

/// A source: an outlet, a date and addresses, or a seed document (by file name).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub label: String,
    #[serde(default)]
    pub urls: Vec<String>,
    #[serde(default)]
    pub seed: bool,
}

/// A documented holding of the post, with its sources.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentedHolding {
    /// The person (or, for a state office, the representative who presided), if documented.
    pub person: Option<String>,
    /// Other spellings found in sources (Tasmaghambetov, Zass).
    pub variants: Vec<String>,
    pub holding: Holding,
    /// The states of a joint holding.
    pub states: Vec<StateCode>,
    /// True when `holding.end` is scheduled rather than past.
    pub scheduled: bool,
    /// True when the holding is still running and no end is documented (`holding.end` is then
    /// the office's horizon).
    pub open: bool,
    pub how_it_ended: String,
    pub sources: Vec<String>,
    pub quotes: Vec<Quote>,
}

/// A reading of the office's rule: the rules as agreed (the office's first reading), or a variant
/// someone argued for or a class should try, as a patch of the rules and events added to the
/// record's.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Variant {
    pub id: String,
    pub label: String,
    /// The party whose reading it is ("Armenia"), where one can be named.
    pub owner: Option<String>,
    /// The reading is rota's model of the owner's position, not its own words.
    pub modelled: bool,
    pub summary: String,
    pub argued_by: String,
    pub sources: Vec<String>,
    pub quotes: Vec<Quote>,
    pub patch: RulePatch,
    pub events: Vec<Event>,
}

/// What question about the rotation a moment answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    CutShort,
    Refused,
    GivenUp,
    Swapped,
    Order,
}

impl Question {
    pub const ALL: [Self; 5] = [
        Self::CutShort,
        Self::Refused,
        Self::GivenUp,
        Self::Swapped,
        Self::Order,
    ];

    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::CutShort => "cut-short",
            Self::Refused => "refused",
            Self::GivenUp => "given-up",
            Self::Swapped => "swapped",
            Self::Order => "order",
        }
    }

    /// The question in words: "a turn cut short".
    #[must_use]
    pub fn describe(self) -> &'static str {
        match self {
            Self::CutShort => "a turn cut short",
            Self::Refused => "a turn refused",
            Self::GivenUp => "a turn given up",
            Self::Swapped => "turns swapped",
            Self::Order => "an order other than the rule's",
        }
    }
}

/// A dated moment of the record, with its sources: what the window says when the cursor lands on
/// its day, and (with a question) one of the answers the offices' comparison sets side by side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moment {
    pub id: String,
    pub date: NaiveDate,
    /// A second date, for moments over several days or dated twice.
    pub until: Option<NaiveDate>,
    pub title: String,
    pub detail: String,
    pub sources: Vec<String>,
    pub quotes: Vec<Quote>,
    pub question: Option<Question>,
    /// What the organisation did, in one sentence.
    pub answer: String,
    /// The readings (indexes into the catalog's readings) that show the answer or its alternative.
    pub lanes: Vec<usize>,
}

/// One side of a disagreement between sources.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub text: String,
    pub sources: Vec<String>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
}

/// Where sources disagree, and the days on the timeline it concerns.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    pub topic: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub a: Claim,
    pub b: Claim,
}

/// A party's position in a lesson, and the readings it corresponds to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Position {
    pub party: String,
    pub says: String,
    /// Indexes into the catalog's readings (none: no rule can express it).
    pub readings: Vec<usize>,
    pub sources: Vec<String>,
    pub quotes: Vec<Quote>,
}

/// One step of a lesson's walkthrough.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub title: String,
    /// The cursor's day for this step.
    pub date: NaiveDate,
    /// The stretch of time the timeline shows, `[from, to)`.
    pub window: (NaiveDate, NaiveDate),
    /// In every lane, the holdings covering one of these days are highlighted.
    pub about: Vec<NaiveDate>,
    pub text: String,
    /// Ids of the office's moments the step is about.
    pub events: Vec<String>,
    /// Sources for the step's text beyond its moments' own.
    pub sources: Vec<String>,
    pub positions: Vec<Position>,
    /// Topics of the office's conflicts where sources disagree about this step.
    pub conflicts: Vec<String>,
}

/// A quiz question about a reading: what would the record's events give under it on a day? The
/// answer comes from the engine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuizReading {
    /// An index into the catalog's readings.
    pub reading: usize,
    /// Who argued for the reading, as the question names it ("Kazakhstan").
    pub party: String,
    pub on: NaiveDate,
    /// The reading is rota's model of the party's position, not its own words (the question says
    /// so).
    pub model: bool,
}

/// A lesson: the walkthrough of one dispute, and the quiz's reading questions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lesson {
    /// The side panel tab's name ("Dispute").
    pub tab: String,
    pub title: String,
    pub steps: Vec<Step>,
    pub quiz: Vec<QuizReading>,
}

/// A scenario shipped with an office, by its file stem (`documented`, `reading-next-state-full-term`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BundledScenario {
    pub id: String,
    pub scenario: Scenario,
}

/// A problem in the bundled data: which asset, and what.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{asset}: {message}")]
pub struct DataError {
    pub asset: String,
    pub message: String,
}

impl DataError {
    fn from_diagnostics(asset: &str, problems: &[Diagnostic]) -> Self {
        let all: Vec<String> = problems.iter().map(ToString::to_string).collect();
        Self {
            asset: asset.to_owned(),
            message: all.join("; "),
        }
    }
}

/// Everything rota knows about one office, loaded and checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Catalog {
    pub id: String,
    pub organisation: String,
    /// The organisation's short name ("CSTO").
    pub short: String,
    /// The post's title, as sentences use it ("Secretary General").
    pub post: String,
    /// The title of an acting holder ("Acting Secretary General"); empty for a state office.
    pub acting: String,
    /// What the post is and what its written rule says.
    pub summary: String,
    pub rule_sources: Vec<String>,
    /// The office as the engine sees it: holder kind, members, name sets, fixed order.
    pub office: Office,
    /// How sentences name each name set's order ("the Russian alphabet"), in the sets' order.
    pub alphabets: Vec<String>,
    /// The rules as agreed.
    pub rules: Rules,
    /// The readings: the rules as agreed first, then the variants.
    pub readings: Vec<Variant>,
    pub member_sources: Vec<(StateCode, Vec<String>)>,
    /// Suspension periods that carry a note saying what they really were ("participation frozen
    /// (no formal suspension)").
    pub suspension_notes: Vec<(StateCode, Period, String)>,
    pub history: Vec<DocumentedHolding>,
    /// The documented events: with the rules as agreed they make the documented scenario.
    pub events: Vec<Event>,
    /// The sources of each documented event.
    pub event_sources: Vec<Vec<String>>,
    pub moments: Vec<Moment>,
    pub sources: Vec<Source>,
    /// The years the window first shows.
    pub frame: Option<(NaiveDate, NaiveDate)>,
    /// How far the command line projects by default.
    pub horizon: NaiveDate,
    /// The bundled scenario a window opens with, by id (default: the documented scenario).
    pub opens_with: Option<String>,
    pub lesson: Option<Lesson>,
    pub conflicts: Vec<Conflict>,
    pub scenarios: Vec<BundledScenario>,
    /// Where the office came from: `assets/offices/csto-sg/office.ron`, or a user's file.
    pub file: String,
}

impl Catalog {
    /// The index of the name set people read names in: `en` if the office has it, else its
    /// first.
    #[must_use]
    pub fn display_set(&self) -> usize {
        self.name_set("en").unwrap_or(0)
    }

    /// The index of the name set with this key.
    #[must_use]
    pub fn name_set(&self, key: &str) -> Option<usize> {
        self.office.name_sets.iter().position(|s| s.key == key)
    }

    /// A state's name as people read it (English where the office has English names), or its
    /// code for a state the office does not know.
    #[must_use]
    pub fn name(&self, code: StateCode) -> String {
        self.office.name(code, self.display_set())
    }

    /// The conflict about `topic`, and its index.
    #[must_use]
    pub fn conflict(&self, topic: &str) -> Option<(usize, &Conflict)> {
        self.conflicts
            .iter()
            .enumerate()
            .find(|(_, c)| c.topic == topic)
    }

    /// The moment with this id.
    #[must_use]
    pub fn moment(&self, id: &str) -> Option<&Moment> {
        self.moments.iter().find(|e| e.id == id)
    }

    /// A source by id (`S8`, or a seed's file name).
    #[must_use]
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// A bundled scenario by id.
    #[must_use]
    pub fn scenario(&self, id: &str) -> Option<&Scenario> {
        self.scenarios
            .iter()
            .find(|s| s.id == id)
            .map(|s| &s.scenario)
    }

    /// The reading with this id, and its index.
    #[must_use]
    pub fn reading(&self, id: &str) -> Option<(usize, &Variant)> {
        self.readings.iter().enumerate().find(|(_, r)| r.id == id)
    }

    /// The documented holdings as engine holdings, in order, for matching and comparing.
    #[must_use]
    pub fn history_holdings(&self) -> Vec<Holding> {
        self.history
            .iter()
            .enumerate()
            .map(|(i, d)| Holding {
                documented: Some(i),
                ..d.holding.clone()
            })
            .collect()
    }

    /// The rules as agreed, with no events.
    #[must_use]
    pub fn rule_alone(&self) -> Scenario {
        let mut scenario = Scenario::new(&self.id, "Rule alone", self.rules);
        scenario.description = "The rule as agreed, with no delays and no recalls.".to_owned();
        self.scenario("rule-alone").cloned().unwrap_or(scenario)
    }

    /// The documented scenario: the rules as agreed and the documented events. It is what
    /// `--documented` means for this office, and what the record lane is compared with.
    #[must_use]
    pub fn documented_scenario(&self) -> Scenario {
        let mut scenario = Scenario::new(&self.id, "Documented", self.rules);
        scenario.description =
            "The rules as agreed, with the documented events: what happened.".to_owned();
        scenario.events.clone_from(&self.events);
        self.scenario("documented").cloned().unwrap_or(scenario)
    }

    /// `base` under the reading at `index`: its rules patched, the reading's events added (those it
    /// does not already have).
    #[must_use]
    pub fn under_reading(&self, base: &Scenario, index: usize) -> Scenario {
        let mut scenario = base.clone();
        if let Some(reading) = self.readings.get(index) {
            scenario.rules = reading.patch.apply(scenario.rules);
            for event in &reading.events {
                if !scenario.events.contains(event) {
                    scenario.events.push(*event);
                }
            }
        }
        scenario
    }

    /// The years the window frames first, and again on "Fit": the office's `frame`, else its
    /// record with two turns after it.
    #[must_use]
    pub fn framing(&self) -> (NaiveDate, NaiveDate) {
        if let Some(frame) = self.frame {
            return frame;
        }
        let (from, to) = self.record_span();
        let months = self.rules.term_months.max(1).saturating_mul(2);
        (from, crate::engine::calendar::add_months(to, months))
    }

    /// Where the cursor starts for the office: the rotation's first day, or the framing's first
    /// day when the rotation starts before it (a monthly presidency framed on recent years).
    #[must_use]
    pub fn opening_day(&self) -> NaiveDate {
        let (from, to) = self.framing();
        if (from..to).contains(&self.rules.start) {
            self.rules.start
        } else {
            from
        }
    }

    /// Everything the window can show of the office: from the record's first day (or the rule's
    /// start) to its horizon.
    #[must_use]
    pub fn full_span(&self) -> (NaiveDate, NaiveDate) {
        let (from, to) = self.record_span();
        (from, self.horizon.max(to))
    }

    /// From the first documented day (or the rule's start, if earlier) to the record's end.
    fn record_span(&self) -> (NaiveDate, NaiveDate) {
        let from = self
            .history
            .iter()
            .map(|d| d.holding.start)
            .min()
            .map_or(self.rules.start, |d| d.min(self.rules.start));
        let to = self
            .history
            .iter()
            .map(|d| d.holding.end)
            .max()
            .unwrap_or(self.rules.start)
            .max(from);
        (from, to)
    }

    /// How well each reading explains the record, from the rotation's start to `today`: the
    /// documented events under each, in the readings' order.
    #[must_use]
    pub fn fits(&self, today: NaiveDate) -> Vec<crate::engine::Fit> {
        let documented = self.documented_scenario();
        let scenarios: Vec<Scenario> = (0..self.readings.len())
            .map(|i| self.under_reading(&documented, i))
            .collect();
        fit(
            &scenarios,
            &self.office,
            &self.history_holdings(),
            self.rules.start,
            today,
        )
    }

    /// The person a name in a source refers to, recognising spelling variants.
    #[must_use]
    pub fn person_named(&self, name: &str) -> Option<&str> {
        let wanted = name.trim().to_lowercase();
        self.history
            .iter()
            .filter_map(|d| d.person.as_deref().map(|p| (p, d)))
            .find(|(person, d)| {
                person.to_lowercase() == wanted
                    || d.variants.iter().any(|v| v.to_lowercase() == wanted)
                    || person
                        .rsplit(' ')
                        .next()
                        .is_some_and(|last| last.to_lowercase() == wanted)
            })
            .map(|(person, _)| person)
    }
}

/// Every office rota knows: the bundled ones (the CSTO first), and any a user opened.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Library {
    pub catalogs: Vec<Catalog>,
}

impl Library {
    /// Loads and checks every bundled office.
    ///
    /// # Errors
    /// The first office whose files fail to parse or to pass a check, naming the file and each
    /// problem with its line and column.
    pub fn bundled() -> Result<Self, DataError> {
        let mut catalogs = Vec::new();
        for files in bundle::OFFICES {
            let catalog = office_file::bundled(files).map_err(|problems| {
                DataError::from_diagnostics(&format!("assets/offices/{}", files.id), &problems)
            })?;
            catalogs.push(catalog);
        }
        // The CSTO first: it is the default, and the case rota began with.
        catalogs.sort_by_key(|c| (c.id != DEFAULT_OFFICE, c.id.clone()));
        Ok(Self { catalogs })
    }

    /// The office with this id.
    #[must_use]
    pub fn get(&self, id: &str) -> Option<&Catalog> {
        self.catalogs.iter().find(|c| c.id == id)
    }

    /// The default office (the CSTO's), or the first.
    #[must_use]
    pub fn default_office(&self) -> Option<&Catalog> {
        self.get(DEFAULT_OFFICE).or_else(|| self.catalogs.first())
    }

    /// The offices' ids, comma-separated, for "expected one of …" messages.
    #[must_use]
    pub fn ids(&self) -> String {
        self.catalogs
            .iter()
            .map(|c| c.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Adds an office a user opened, replacing one with the same id.
    pub fn add(&mut self, catalog: Catalog) {
        match self.catalogs.iter_mut().find(|c| c.id == catalog.id) {
            Some(existing) => *existing = catalog,
            None => self.catalogs.push(catalog),
        }
    }
}
