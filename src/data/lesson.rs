//! A lesson's pieces: the walkthrough's steps and the parties' positions, the quiz's reading
//! questions, and the conflicts where sources disagree.

use chrono::NaiveDate;
use serde::Deserialize;

use super::Quote;

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
