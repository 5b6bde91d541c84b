//! Rota's data: the bundled assets (members, documented history, dispute events, readings,
//! conflicts, sources, scenarios, seed documents), loaded and checked in one place, and the
//! reading and writing of users' scenario files.

pub mod files;
pub mod limits;
pub mod locate;
pub mod scenario_file;
pub mod share;

use std::fmt;

use chrono::NaiveDate;
use serde::Deserialize;
use serde::de::{self, Deserializer};

use crate::engine::{
    Ending, Holding, HoldingKind, Member, Members, Period, Reading, Scenario, StateCode,
};

/// A verbatim passage of a seed document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// The seed's file name in `seeds/`.
    pub seed: String,
    pub text: String,
}

/// A source: an entry of sources.md (`S8`) or a seed document (by file name).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub label: String,
    pub urls: Vec<String>,
    #[serde(default)]
    pub seed: bool,
}

/// A documented holding of the post, with its sources.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentedHolding {
    pub person: String,
    /// Other spellings found in sources (Tasmaghambetov, Zass).
    pub variants: Vec<String>,
    pub holding: Holding,
    /// True when `holding.end` is scheduled rather than past.
    pub scheduled: bool,
    pub how_it_ended: String,
    pub sources: Vec<String>,
    pub quotes: Vec<Quote>,
}

/// A dated event of the 2018 dispute.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DisputeEvent {
    pub id: String,
    pub date: NaiveDate,
    /// A second date, for events dated over several days or twice.
    #[serde(default)]
    pub until: Option<NaiveDate>,
    pub title: String,
    pub detail: String,
    pub sources: Vec<String>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
}

/// One of the four readings, with who argued for it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReadingInfo {
    #[serde(rename = "name", deserialize_with = "from_text")]
    pub reading: Reading,
    pub title: String,
    pub summary: String,
    pub argued_by: String,
    pub sources: Vec<String>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
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

/// A party's position in the dispute, and the readings it corresponds to.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    pub party: String,
    pub says: String,
    #[serde(deserialize_with = "readings_from_text")]
    pub readings: Vec<Reading>,
    pub sources: Vec<String>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
}

/// One step of the dispute walkthrough.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub title: String,
    /// The cursor's day for this step.
    pub date: NaiveDate,
    /// The stretch of time the timeline shows, `[from, to)`.
    pub window: (NaiveDate, NaiveDate),
    /// In every lane, the holdings covering one of these days are highlighted.
    pub about: Vec<NaiveDate>,
    pub text: String,
    /// Ids of dispute events (assets/events.ron) the step is about.
    #[serde(default)]
    pub events: Vec<String>,
    /// Sources for the step's text beyond its events' own.
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub positions: Vec<Position>,
    /// Topics of conflicts (assets/conflicts.ron) where sources disagree about this step.
    #[serde(default)]
    pub conflicts: Vec<String>,
}

/// A quiz question about a reading: what would the record's events give under it on a day? The
/// answer comes from the engine.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizReading {
    #[serde(deserialize_with = "from_text")]
    pub reading: Reading,
    /// Who argued for the reading, as the question names it ("Kazakhstan").
    pub party: String,
    pub on: NaiveDate,
    /// The reading is rota's model of the party's position, not its own words (the question says so).
    #[serde(default)]
    pub model: bool,
}

/// The dispute walkthrough and the quiz's reading questions (assets/dispute.ron).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Walkthrough {
    pub steps: Vec<Step>,
    pub quiz: Vec<QuizReading>,
}

/// A scenario shipped with rota, by its file stem (`documented`, `reading-next-state-full-term`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BundledScenario {
    pub id: String,
    pub scenario: Scenario,
}

/// A seed document: its file name and its text, unchanged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Seed {
    pub file: &'static str,
    pub text: &'static str,
}

/// The seed documents, embedded so that the binary is self-contained.
pub const SEEDS: [Seed; 5] = [
    Seed {
        file: "000_23abfe12f1cb37a0.txt",
        text: include_str!("../../seeds/000_23abfe12f1cb37a0.txt"),
    },
    Seed {
        file: "001_9f4b8897131db7e2.txt",
        text: include_str!("../../seeds/001_9f4b8897131db7e2.txt"),
    },
    Seed {
        file: "002_3733f00fa8e32d94.txt",
        text: include_str!("../../seeds/002_3733f00fa8e32d94.txt"),
    },
    Seed {
        file: "003_ae960982602f152d.txt",
        text: include_str!("../../seeds/003_ae960982602f152d.txt"),
    },
    Seed {
        file: "004_bf01b9ef3de92bda.txt",
        text: include_str!("../../seeds/004_bf01b9ef3de92bda.txt"),
    },
];

const BUNDLED_SCENARIOS: [(&str, &str); 12] = [
    (
        "before-the-recall",
        include_str!("../../assets/scenarios/before-the-recall.ron"),
    ),
    (
        "documented",
        include_str!("../../assets/scenarios/documented.ron"),
    ),
    (
        "rule-alone",
        include_str!("../../assets/scenarios/rule-alone.ron"),
    ),
    (
        "reading-same-state-completes",
        include_str!("../../assets/scenarios/reading-same-state-completes.ron"),
    ),
    (
        "reading-next-state-full-term",
        include_str!("../../assets/scenarios/reading-next-state-full-term.ron"),
    ),
    (
        "reading-next-state-early-start",
        include_str!("../../assets/scenarios/reading-next-state-early-start.ron"),
    ),
    (
        "late-appointment-moves-turns",
        include_str!("../../assets/scenarios/late-appointment-moves-turns.ron"),
    ),
    (
        "four-year-terms",
        include_str!("../../assets/scenarios/four-year-terms.ron"),
    ),
    (
        "official-names",
        include_str!("../../assets/scenarios/official-names.ron"),
    ),
    (
        "armenia-leaves",
        include_str!("../../assets/scenarios/armenia-leaves.ron"),
    ),
    (
        "azerbaijan-joins",
        include_str!("../../assets/scenarios/azerbaijan-joins.ron"),
    ),
    (
        "frozen-armenia-skipped",
        include_str!("../../assets/scenarios/frozen-armenia-skipped.ron"),
    ),
];

/// A problem in the bundled data: which asset, and what.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{asset}: {message}")]
pub struct DataError {
    pub asset: String,
    pub message: String,
}

fn data_error(asset: &str, message: impl fmt::Display) -> DataError {
    DataError {
        asset: asset.to_owned(),
        message: message.to_string(),
    }
}

/// Everything rota knows, loaded from `assets/` and checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Catalog {
    pub members: Members,
    pub history: Vec<DocumentedHolding>,
    pub events: Vec<DisputeEvent>,
    pub readings: Vec<ReadingInfo>,
    pub conflicts: Vec<Conflict>,
    pub sources: Vec<Source>,
    pub scenarios: Vec<BundledScenario>,
    pub walkthrough: Walkthrough,
    /// Suspension periods of the members' table that carry a note saying what they really were
    /// (Armenia's freeze of 2024: "participation frozen (no formal suspension)").
    pub suspension_notes: Vec<(StateCode, Period, String)>,
}

fn from_text<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: std::str::FromStr,
    T::Err: fmt::Display,
{
    let text = String::deserialize(deserializer)?;
    text.parse().map_err(de::Error::custom)
}

fn readings_from_text<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<Reading>, D::Error> {
    Vec::<String>::deserialize(deserializer)?
        .iter()
        .map(|s| s.parse().map_err(de::Error::custom))
        .collect()
}

fn opt_code<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<StateCode>, D::Error> {
    Option::<String>::deserialize(deserializer)?
        .map(|s| {
            StateCode::parse(&s).ok_or_else(|| de::Error::custom(format!("bad state code \"{s}\"")))
        })
        .transpose()
}

impl std::str::FromStr for StateCode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s).ok_or_else(|| {
            format!("\"{s}\" is not a state code: expected three capital letters such as ARM")
        })
    }
}

impl std::str::FromStr for HoldingKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "term" => Ok(Self::Term),
            "acting" => Ok(Self::Acting),
            _ => Err(format!("unknown kind \"{s}\": expected term or acting")),
        }
    }
}

impl std::str::FromStr for Ending {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "turn-end" => Ok(Self::TurnEnd),
            "recalled" => Ok(Self::Recalled),
            "state-left" => Ok(Self::StateLeft),
            "nominee-took-office" => Ok(Self::NomineeTookOffice),
            _ => Err(format!(
                "unknown ending \"{s}\": expected turn-end, recalled, state-left or nominee-took-office"
            )),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SpanFile {
    from: NaiveDate,
    #[serde(default)]
    to: Option<NaiveDate>,
    /// What the period was, where "suspended" would say too much ("participation frozen (no
    /// formal suspension)").
    #[serde(default)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename = "Member", deny_unknown_fields)]
struct MemberFile {
    #[serde(deserialize_with = "from_text")]
    code: StateCode,
    name_en: String,
    name_ru: String,
    name_ru_official: String,
    membership: Vec<SpanFile>,
    suspensions: Vec<SpanFile>,
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(rename = "Documented", deny_unknown_fields)]
struct DocumentedFile {
    person: String,
    variants: Vec<String>,
    #[serde(deserialize_with = "from_text")]
    state: StateCode,
    #[serde(deserialize_with = "from_text")]
    kind: HoldingKind,
    #[serde(default, deserialize_with = "opt_code")]
    turn: Option<StateCode>,
    from: NaiveDate,
    to: NaiveDate,
    #[serde(default)]
    scheduled: bool,
    #[serde(deserialize_with = "from_text")]
    ending: Ending,
    how_it_ended: String,
    sources: Vec<String>,
    #[serde(default)]
    quotes: Vec<Quote>,
}

fn parse_asset<T: serde::de::DeserializeOwned>(asset: &str, text: &str) -> Result<T, DataError> {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(text)
        .map_err(|e| data_error(asset, e))
}

fn periods(spans: Vec<SpanFile>) -> Vec<Period> {
    spans
        .into_iter()
        .map(|s| Period::new(s.from, s.to))
        .collect()
}

impl Catalog {
    /// Loads and checks the data compiled into rota.
    ///
    /// # Errors
    /// The first asset that fails to parse or to pass a check, naming the asset and the item.
    pub fn bundled() -> Result<Self, DataError> {
        let members_file: Vec<MemberFile> = parse_asset(
            "assets/members.ron",
            include_str!("../../assets/members.ron"),
        )?;
        let sources: Vec<Source> = parse_asset(
            "assets/sources.ron",
            include_str!("../../assets/sources.ron"),
        )?;
        let history_file: Vec<DocumentedFile> = parse_asset(
            "assets/history.ron",
            include_str!("../../assets/history.ron"),
        )?;
        let events: Vec<DisputeEvent> =
            parse_asset("assets/events.ron", include_str!("../../assets/events.ron"))?;
        let readings: Vec<ReadingInfo> = parse_asset(
            "assets/readings.ron",
            include_str!("../../assets/readings.ron"),
        )?;
        let conflicts: Vec<Conflict> = parse_asset(
            "assets/conflicts.ron",
            include_str!("../../assets/conflicts.ron"),
        )?;

        let walkthrough: Walkthrough = parse_asset(
            "assets/dispute.ron",
            include_str!("../../assets/dispute.ron"),
        )?;

        let mut member_sources = Vec::new();
        let mut suspension_notes = Vec::new();
        let members = Members::new(
            members_file
                .into_iter()
                .map(|m| {
                    member_sources.push((m.code, m.sources));
                    for s in &m.suspensions {
                        if let Some(note) = &s.note {
                            suspension_notes.push((
                                m.code,
                                Period::new(s.from, s.to),
                                note.clone(),
                            ));
                        }
                    }
                    Member {
                        code: m.code,
                        name_en: m.name_en,
                        name_ru: m.name_ru,
                        name_ru_official: m.name_ru_official,
                        membership: periods(m.membership),
                        suspensions: periods(m.suspensions),
                    }
                })
                .collect(),
        );
        let history: Vec<DocumentedHolding> = history_file
            .into_iter()
            .map(|d| DocumentedHolding {
                holding: Holding {
                    start: d.from,
                    end: d.to,
                    turn: d.turn,
                    holder_state: Some(d.state),
                    holder: d.person.clone(),
                    kind: d.kind,
                    ending: d.ending,
                    documented: None,
                },
                person: d.person,
                variants: d.variants,
                scheduled: d.scheduled,
                how_it_ended: d.how_it_ended,
                sources: d.sources,
                quotes: d.quotes,
            })
            .collect();

        let mut scenarios = Vec::new();
        for (id, text) in BUNDLED_SCENARIOS {
            let file = format!("assets/scenarios/{id}.ron");
            let scenario = scenario_file::parse_scenario(&file, text.as_bytes(), &members)
                .map_err(|problems| {
                    let all: Vec<String> = problems.iter().map(ToString::to_string).collect();
                    data_error(&file, all.join("; "))
                })?;
            scenarios.push(BundledScenario {
                id: id.to_owned(),
                scenario,
            });
        }

        let catalog = Self {
            members,
            history,
            events,
            readings,
            conflicts,
            sources,
            scenarios,
            walkthrough,
            suspension_notes,
        };
        catalog.check(&member_sources)?;
        Ok(catalog)
    }

    /// The checks that make the data trustworthy: every reference resolves, every quote is
    /// verbatim, the history is contiguous, every reading is described once.
    fn check(&self, member_sources: &[(StateCode, Vec<String>)]) -> Result<(), DataError> {
        let cite = |asset: &str, item: &str, sources: &[String], quotes: &[Quote], need: bool| {
            if need && sources.is_empty() {
                return Err(data_error(asset, format!("{item} cites no source")));
            }
            for id in sources {
                if self.source(id).is_none() {
                    return Err(data_error(
                        asset,
                        format!("{item} cites unknown source \"{id}\""),
                    ));
                }
            }
            for quote in quotes {
                let Some(seed) = seed(&quote.seed) else {
                    return Err(data_error(
                        asset,
                        format!("{item} quotes unknown seed \"{}\"", quote.seed),
                    ));
                };
                if !seed.text.contains(&quote.text) {
                    return Err(data_error(
                        asset,
                        format!(
                            "{item}: the quote \"{}\" is not verbatim in {}",
                            quote.text, quote.seed
                        ),
                    ));
                }
            }
            Ok(())
        };
        for source in &self.sources {
            if source.seed && seed(&source.id).is_none() {
                return Err(data_error(
                    "assets/sources.ron",
                    format!("no seed file named {}", source.id),
                ));
            }
        }
        for (code, sources) in member_sources {
            cite("assets/members.ron", code.as_str(), sources, &[], true)?;
        }
        for d in &self.history {
            let item = format!("{} from {}", d.person, d.holding.start);
            cite("assets/history.ron", &item, &d.sources, &d.quotes, true)?;
            for code in d.holding.turn.iter().chain(&d.holding.holder_state) {
                if self.members.get(*code).is_none() {
                    return Err(data_error(
                        "assets/history.ron",
                        format!("{item}: unknown state {code}"),
                    ));
                }
            }
            if d.holding.end <= d.holding.start {
                return Err(data_error(
                    "assets/history.ron",
                    format!("{item} ends before it starts"),
                ));
            }
        }
        for pair in self.history.windows(2) {
            if pair[0].holding.end != pair[1].holding.start {
                return Err(data_error(
                    "assets/history.ron",
                    format!(
                        "a gap or an overlap between {} and {}: expected each holding to start where the last ended",
                        pair[0].person, pair[1].person
                    ),
                ));
            }
        }
        for e in &self.events {
            cite("assets/events.ron", &e.id, &e.sources, &e.quotes, true)?;
        }
        if !self.events.windows(2).all(|p| p[0].date <= p[1].date) {
            return Err(data_error(
                "assets/events.ron",
                "events are expected in date order",
            ));
        }
        for r in &self.readings {
            // The compromise reading was proposed by nobody, so it may cite nothing.
            cite(
                "assets/readings.ron",
                r.reading.name(),
                &r.sources,
                &r.quotes,
                false,
            )?;
        }
        for reading in Reading::ALL {
            if self
                .readings
                .iter()
                .filter(|r| r.reading == reading)
                .count()
                != 1
            {
                return Err(data_error(
                    "assets/readings.ron",
                    format!("{reading} must be described exactly once"),
                ));
            }
        }
        for c in &self.conflicts {
            cite(
                "assets/conflicts.ron",
                &c.topic,
                &c.a.sources,
                &c.a.quotes,
                false,
            )?;
            cite(
                "assets/conflicts.ron",
                &c.topic,
                &c.b.sources,
                &c.b.quotes,
                true,
            )?;
        }
        self.check_walkthrough(&cite)
    }

    fn check_walkthrough(&self, cite: &Cite<'_>) -> Result<(), DataError> {
        const ASSET: &str = "assets/dispute.ron";
        let steps = &self.walkthrough.steps;
        if steps.is_empty() {
            return Err(data_error(ASSET, "the walkthrough has no steps"));
        }
        if !steps.windows(2).all(|p| p[0].date <= p[1].date) {
            return Err(data_error(ASSET, "steps are expected in date order"));
        }
        for (n, step) in (1..).zip(steps) {
            let item = format!("step {n} ({})", step.title);
            let (from, to) = step.window;
            if !(from <= step.date && step.date < to) {
                return Err(data_error(
                    ASSET,
                    format!("{item}: its date is outside its window {from} to {to}"),
                ));
            }
            if step.events.is_empty() && step.sources.is_empty() {
                return Err(data_error(
                    ASSET,
                    format!("{item} cites no event or source"),
                ));
            }
            cite(ASSET, &item, &step.sources, &[], false)?;
            for id in &step.events {
                if !self.events.iter().any(|e| &e.id == id) {
                    return Err(data_error(
                        ASSET,
                        format!("{item}: no event with id \"{id}\""),
                    ));
                }
            }
            for topic in &step.conflicts {
                if !self.conflicts.iter().any(|c| &c.topic == topic) {
                    return Err(data_error(
                        ASSET,
                        format!("{item}: no conflict with topic \"{topic}\""),
                    ));
                }
            }
            for position in &step.positions {
                let what = format!("{item}, {}", position.party);
                cite(ASSET, &what, &position.sources, &position.quotes, true)?;
                if position.readings.is_empty() {
                    return Err(data_error(ASSET, format!("{what} names no reading")));
                }
            }
        }
        Ok(())
    }

    /// The conflict about `topic`, and its index.
    #[must_use]
    pub fn conflict(&self, topic: &str) -> Option<(usize, &Conflict)> {
        self.conflicts
            .iter()
            .enumerate()
            .find(|(_, c)| c.topic == topic)
    }

    /// The dispute event with this id.
    #[must_use]
    pub fn event(&self, id: &str) -> Option<&DisputeEvent> {
        self.events.iter().find(|e| e.id == id)
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

    /// The documented scenario (the documented events under the reading that was applied).
    #[must_use]
    pub fn documented_scenario(&self) -> Scenario {
        self.scenario("documented").cloned().unwrap_or_default()
    }

    /// The person a name in a source refers to, recognising spelling variants.
    #[must_use]
    pub fn person_named(&self, name: &str) -> Option<&str> {
        let wanted = name.trim().to_lowercase();
        self.history
            .iter()
            .find(|d| {
                d.person.to_lowercase() == wanted
                    || d.variants.iter().any(|v| v.to_lowercase() == wanted)
                    || d.person
                        .rsplit(' ')
                        .next()
                        .is_some_and(|last| last.to_lowercase() == wanted)
            })
            .map(|d| d.person.as_str())
    }
}

/// The check that a fact's sources resolve and its quotes are verbatim: (asset, item, sources,
/// quotes, whether a source is required).
type Cite<'a> = dyn Fn(&str, &str, &[String], &[Quote], bool) -> Result<(), DataError> + 'a;

/// A seed document by file name.
#[must_use]
pub fn seed(file: &str) -> Option<&'static Seed> {
    SEEDS.iter().find(|s| s.file == file)
}
