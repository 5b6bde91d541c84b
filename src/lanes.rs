//! The lanes a timeline shows, as values: the record, the rule as agreed, the current scenario,
//! and on request the scenario under every reading and the record's events under one. Pure: an
//! office, its record and a scenario in, the lanes with their comparisons out. The window calls
//! [`lanes`] only when a scenario or the set of lanes changes, never per frame.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::data::Catalog;
use crate::engine::{Comparison, Disagreement, Holding, Scenario, StateCode, compare_with_record};
use crate::text::shown_name;

/// Lanes are projected this far, so panning never runs off their end.
pub const PROJECT_UNTIL: (i32, u32, u32) = (2100, 1, 1);

/// One lane of the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LaneId {
    Documented,
    RuleAlone,
    /// The current scenario.
    Scenario,
    /// The current scenario under one of the office's readings (index into its readings: the
    /// rules as agreed, then the variants).
    Reading(u8),
    /// The documented events under one of the office's readings: what a party's reading would
    /// have made of what happened.
    RecordUnder(u8),
}

/// A lane as shown: its title, its holdings and where it disagrees with the record.
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    pub id: LaneId,
    pub title: String,
    /// The title as the lane's label shows it, where room is short.
    pub short_title: String,
    /// What the lane is, for its label's tooltip.
    pub about: String,
    pub holdings: Vec<Holding>,
    /// Periods where this lane and the documented lane disagree (empty for the documented lane).
    pub disagreements: Vec<Disagreement>,
    /// Days on which this lane and the record disagree.
    pub disagreeing_days: i64,
}

/// Which lanes beyond the three always shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Extra {
    /// One lane per reading of the current scenario.
    pub compare_readings: bool,
    /// The record's events under this reading (an index into the readings).
    pub reading_lane: Option<u8>,
}

/// The lanes, and what the window derives from them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LaneSet {
    pub lanes: Vec<Lane>,
    /// The current scenario against the record.
    pub comparison: Comparison,
    /// The days Left/Right jump between: holdings' starts and the office's moments.
    pub stops: Vec<NaiveDate>,
    /// The states whose colours the lanes show, for the legend.
    pub states_shown: Vec<StateCode>,
}

/// "Kazakhstan's reading, as rota models it: the next state starts a full term", "Armenia's
/// reading: the same state completes its turn", or the reading's label where nobody's name can be
/// put on it; "As agreed: …" for the rules as agreed.
#[must_use]
pub fn reading_title(catalog: &Catalog, index: usize) -> String {
    let Some(reading) = catalog.readings.get(index) else {
        return String::new();
    };
    // Names from an office file are clipped to a line each.
    let label = crate::words::lower_first(&shown_name(&reading.label));
    if index == 0 {
        return format!("As agreed: {label}");
    }
    match &reading.owner {
        Some(owner) => format!(
            "{}'s reading{}: {label}",
            shown_name(owner),
            if reading.modelled {
                ", as rota models it"
            } else {
                ""
            },
        ),
        None => shown_name(&reading.label),
    }
}

/// A reading's name where room is short: "Kazakhstan's reading", "As agreed", or the start of its
/// label ("The next state starts early").
#[must_use]
pub fn reading_short(catalog: &Catalog, index: usize) -> String {
    let Some(reading) = catalog.readings.get(index) else {
        return String::new();
    };
    if index == 0 {
        return "As agreed".to_owned();
    }
    reading.owner.as_ref().map_or_else(
        // No party to name: the reading's label, up to its first comma or bracket ("The next
        // state starts early").
        || {
            let label = reading.label.split([',', '(']).next().unwrap_or_default();
            shown_name(label.trim())
        },
        |owner| format!("{}'s reading", shown_name(owner)),
    )
}

/// Every lane of `scenario` in `catalog`'s office, with `extra` ones.
#[must_use]
pub fn lanes(catalog: &Catalog, history: &[Holding], scenario: &Scenario, extra: Extra) -> LaneSet {
    let until = NaiveDate::from_ymd_opt(PROJECT_UNTIL.0, PROJECT_UNTIL.1, PROJECT_UNTIL.2)
        .unwrap_or(NaiveDate::MAX);
    let from = catalog.rules.start;
    let lane_of = |id, title: String, about: String, scenario: &Scenario| {
        let comparison = compare_with_record(scenario, &catalog.office, history, from, until);
        let lane = Lane {
            id,
            short_title: title.clone(),
            title,
            about,
            holdings: comparison.projection.holdings.clone(),
            disagreements: comparison.difference.periods.clone(),
            disagreeing_days: comparison.difference.disagreeing_days(),
        };
        (lane, comparison)
    };
    let mut lanes = vec![Lane {
        id: LaneId::Documented,
        title: "Documented".to_owned(),
        short_title: "Documented".to_owned(),
        about: "What happened, from the sources: each holding cites them.".to_owned(),
        holdings: history.to_vec(),
        disagreements: Vec::new(),
        disagreeing_days: 0,
    }];
    let rule_alone = catalog.rule_alone();
    lanes.push(
        lane_of(
            LaneId::RuleAlone,
            shown_name(&rule_alone.name),
            rule_alone.description.clone(),
            &rule_alone,
        )
        .0,
    );
    // A scenario may be called "Documented" (the bundled one is): its lane must still be told
    // apart from the record's, on screen and by a screen reader. A long name is clipped.
    let shown = shown_name(&scenario.name);
    let title = if lanes.iter().any(|l| l.title == shown) {
        format!("{shown} (scenario)")
    } else {
        shown
    };
    let (lane, comparison) = lane_of(
        LaneId::Scenario,
        title,
        scenario.description.clone(),
        scenario,
    );
    lanes.push(lane);
    if extra.compare_readings {
        for (i, reading) in (0u8..).zip(&catalog.readings) {
            let variant = catalog.under_reading(scenario, usize::from(i));
            let about = format!(
                "{}\n{}\nArgued by: {}",
                reading_title(catalog, usize::from(i)),
                reading.summary,
                reading.argued_by
            );
            let mut lane = lane_of(
                LaneId::Reading(i),
                reading_title(catalog, usize::from(i)),
                about,
                &variant,
            )
            .0;
            lane.short_title = reading_short(catalog, usize::from(i));
            lanes.push(lane);
        }
    }
    if let Some(i) = extra.reading_lane
        && let Some(reading) = catalog.readings.get(usize::from(i))
    {
        let variant = catalog.under_reading(&catalog.documented_scenario(), usize::from(i));
        let about = format!(
            "What happened, projected under {}\n{}\nArgued by: {}",
            reading_title(catalog, usize::from(i)),
            reading.summary,
            reading.argued_by
        );
        // One name everywhere: the lane, its exports, the details and the quiz.
        let title = format!(
            "What happened, under {}",
            reading_short(catalog, usize::from(i))
        );
        let mut lane = lane_of(LaneId::RecordUnder(i), title.clone(), about, &variant).0;
        lane.short_title = title;
        lanes.push(lane);
    }
    let mut stops: Vec<NaiveDate> = lanes
        .iter()
        .flat_map(|l| l.holdings.iter().map(|h| h.start))
        .chain(catalog.moments.iter().map(|e| e.date))
        .collect();
    stops.sort_unstable();
    stops.dedup();
    let mut states: Vec<StateCode> = lanes
        .iter()
        .flat_map(|l| l.holdings.iter().filter_map(|h| h.holder_state.or(h.turn)))
        .collect();
    states.sort_unstable();
    states.dedup();
    LaneSet {
        lanes,
        comparison,
        stops,
        states_shown: states,
    }
}
