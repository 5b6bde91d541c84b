//! The office file's format (offices.md section 2): what serde reads, field by field, before any
//! check.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::data::rules_file::{EventFile, RulesFile};
use crate::data::{Quote, Source};

#[derive(Deserialize)]
#[serde(rename = "Office", deny_unknown_fields)]
pub(super) struct OfficeFile {
    pub(super) id: String,
    pub(super) organisation: String,
    /// The organisation's short name ("CSTO"); the full name where it has none.
    #[serde(default)]
    pub(super) short: Option<String>,
    pub(super) post: String,
    #[serde(default)]
    pub(super) acting: Option<String>,
    pub(super) holder: String,
    #[serde(default)]
    pub(super) summary: String,
    #[serde(default)]
    pub(super) rule_sources: Vec<String>,
    #[serde(default)]
    pub(super) name_sets: Option<Vec<NameSetFile>>,
    pub(super) rules: RulesFile,
    #[serde(default)]
    pub(super) fixed_order: Vec<String>,
    #[serde(default)]
    pub(super) as_agreed: Option<VariantFile>,
    #[serde(default)]
    pub(super) variants: Vec<VariantFile>,
    pub(super) members: Vec<MemberFile>,
    #[serde(default)]
    pub(super) history: Vec<DocumentedFile>,
    #[serde(default)]
    pub(super) events: Vec<EventFile>,
    #[serde(default)]
    pub(super) moments: Vec<MomentFile>,
    #[serde(default)]
    pub(super) sources: Vec<Source>,
    #[serde(default)]
    pub(super) frame: Option<(String, String)>,
    #[serde(default)]
    pub(super) horizon: Option<String>,
    #[serde(default)]
    pub(super) opens_with: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename = "NameSet", deny_unknown_fields)]
pub(super) struct NameSetFile {
    pub(super) key: String,
    pub(super) language: String,
    pub(super) label: String,
    /// How sentences name the order ("the Russian alphabet").
    #[serde(default)]
    pub(super) alphabet: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename = "Variant", deny_unknown_fields)]
pub(super) struct VariantFile {
    pub(super) id: String,
    pub(super) label: String,
    /// The party whose reading it is ("Armenia"), where one can be named.
    #[serde(default)]
    pub(super) owner: Option<String>,
    /// The reading is rota's model of the owner's position, not its own words.
    #[serde(default)]
    pub(super) modelled: bool,
    #[serde(default)]
    pub(super) patch: RulesFile,
    #[serde(default)]
    pub(super) events: Vec<EventFile>,
    #[serde(default)]
    pub(super) summary: String,
    #[serde(default)]
    pub(super) argued_by: String,
    #[serde(default)]
    pub(super) sources: Vec<String>,
    #[serde(default)]
    pub(super) quotes: Vec<Quote>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SpanFile {
    pub(super) from: String,
    #[serde(default)]
    pub(super) to: Option<String>,
    /// What the period was, where "suspended" would say too much.
    #[serde(default)]
    pub(super) note: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename = "Member", deny_unknown_fields)]
pub(super) struct MemberFile {
    pub(super) code: String,
    pub(super) names: BTreeMap<String, String>,
    pub(super) membership: Vec<SpanFile>,
    #[serde(default)]
    pub(super) suspensions: Vec<SpanFile>,
    #[serde(default)]
    pub(super) sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(rename = "Documented", deny_unknown_fields)]
pub(super) struct DocumentedFile {
    #[serde(default)]
    pub(super) person: Option<String>,
    #[serde(default)]
    pub(super) variants: Vec<String>,
    #[serde(default)]
    pub(super) state: Option<String>,
    #[serde(default)]
    pub(super) states: Vec<String>,
    pub(super) kind: String,
    #[serde(default)]
    pub(super) turn: Option<String>,
    pub(super) from: String,
    #[serde(default)]
    pub(super) to: Option<String>,
    #[serde(default)]
    pub(super) scheduled: bool,
    #[serde(default)]
    pub(super) ending: Option<String>,
    #[serde(default)]
    pub(super) how_it_ended: String,
    #[serde(default)]
    pub(super) sources: Vec<String>,
    #[serde(default)]
    pub(super) quotes: Vec<Quote>,
}

#[derive(Deserialize)]
#[serde(rename = "Moment", deny_unknown_fields)]
pub(super) struct MomentFile {
    pub(super) id: String,
    pub(super) date: String,
    #[serde(default)]
    pub(super) until: Option<String>,
    pub(super) title: String,
    #[serde(default)]
    pub(super) detail: String,
    #[serde(default)]
    pub(super) sources: Vec<String>,
    #[serde(default)]
    pub(super) quotes: Vec<Quote>,
    #[serde(default)]
    pub(super) question: Option<String>,
    #[serde(default)]
    pub(super) answer: String,
    #[serde(default)]
    pub(super) lanes: Vec<String>,
}
