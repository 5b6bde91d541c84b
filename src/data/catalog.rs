//! One office, loaded and checked: the [`Catalog`], its readings and bundled scenarios, and what
//! the rest of rota asks of it.

use chrono::NaiveDate;

use super::{Conflict, DocumentedHolding, Lesson, Moment, Quote, Source};
use crate::engine::{Event, Holding, Office, Period, RulePatch, Rules, Scenario, StateCode, fit};

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

/// A scenario shipped with an office, by its file stem (`documented`, `reading-next-state-full-term`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BundledScenario {
    pub id: String,
    pub scenario: Scenario,
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
