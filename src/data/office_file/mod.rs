//! Office files (offices.md section 2): RON text in, a checked [`Catalog`] out, every problem as
//! `FILE:LINE:COLUMN: what is wrong and what was expected`, with the same limits as scenario files.
//! Users write these by hand, so each message names the field and what was expected.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use serde::Deserialize;

use super::bundle::{BundledFiles, seed};
use super::check::Problems;
use super::rules_file::{EventFile, RulesFile, parse_state};
use super::scenario_file::{
    Diagnostic, options, parse_date, parse_scenario_of, read_limited, syntax_error, text_of,
};
use super::{
    BundledScenario, Catalog, DocumentedHolding, Moment, Question, Quote, Source, Variant,
    lesson_file,
};
use crate::engine::{
    Ending, HolderKind, Holding, HoldingKind, Member, Members, NameSet, Office, Period, Place,
    Rules, Scenario, StateCode, calendar::add_months,
};

#[derive(Deserialize)]
#[serde(rename = "Office", deny_unknown_fields)]
struct OfficeFile {
    id: String,
    organisation: String,
    /// The organisation's short name ("CSTO"); the full name where it has none.
    #[serde(default)]
    short: Option<String>,
    post: String,
    #[serde(default)]
    acting: Option<String>,
    holder: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    rule_sources: Vec<String>,
    #[serde(default)]
    name_sets: Option<Vec<NameSetFile>>,
    rules: RulesFile,
    #[serde(default)]
    fixed_order: Vec<String>,
    #[serde(default)]
    as_agreed: Option<VariantFile>,
    #[serde(default)]
    variants: Vec<VariantFile>,
    members: Vec<MemberFile>,
    #[serde(default)]
    history: Vec<DocumentedFile>,
    #[serde(default)]
    events: Vec<EventFile>,
    #[serde(default)]
    moments: Vec<MomentFile>,
    #[serde(default)]
    sources: Vec<Source>,
    #[serde(default)]
    frame: Option<(String, String)>,
    #[serde(default)]
    horizon: Option<String>,
    #[serde(default)]
    opens_with: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename = "NameSet", deny_unknown_fields)]
struct NameSetFile {
    key: String,
    language: String,
    label: String,
    /// How sentences name the order ("the Russian alphabet").
    #[serde(default)]
    alphabet: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename = "Variant", deny_unknown_fields)]
struct VariantFile {
    id: String,
    label: String,
    /// The party whose reading it is ("Armenia"), where one can be named.
    #[serde(default)]
    owner: Option<String>,
    /// The reading is rota's model of the owner's position, not its own words.
    #[serde(default)]
    modelled: bool,
    #[serde(default)]
    patch: RulesFile,
    #[serde(default)]
    events: Vec<EventFile>,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    argued_by: String,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default)]
    quotes: Vec<Quote>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SpanFile {
    from: String,
    #[serde(default)]
    to: Option<String>,
    /// What the period was, where "suspended" would say too much.
    #[serde(default)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename = "Member", deny_unknown_fields)]
struct MemberFile {
    code: String,
    names: BTreeMap<String, String>,
    membership: Vec<SpanFile>,
    #[serde(default)]
    suspensions: Vec<SpanFile>,
    #[serde(default)]
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(rename = "Documented", deny_unknown_fields)]
struct DocumentedFile {
    #[serde(default)]
    person: Option<String>,
    #[serde(default)]
    variants: Vec<String>,
    #[serde(default)]
    state: Option<String>,
    #[serde(default)]
    states: Vec<String>,
    kind: String,
    #[serde(default)]
    turn: Option<String>,
    from: String,
    #[serde(default)]
    to: Option<String>,
    #[serde(default)]
    scheduled: bool,
    #[serde(default)]
    ending: Option<String>,
    #[serde(default)]
    how_it_ended: String,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default)]
    quotes: Vec<Quote>,
}

#[derive(Deserialize)]
#[serde(rename = "Moment", deny_unknown_fields)]
struct MomentFile {
    id: String,
    date: String,
    #[serde(default)]
    until: Option<String>,
    title: String,
    #[serde(default)]
    detail: String,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default)]
    quotes: Vec<Quote>,
    #[serde(default)]
    question: Option<String>,
    #[serde(default)]
    answer: String,
    #[serde(default)]
    lanes: Vec<String>,
}

/// The languages a name set's order is named after by default.
fn alphabet_of(language: &str, label: &str) -> String {
    let name = match language.split(['-', '_']).next().unwrap_or(language) {
        "ru" => "Russian",
        "en" => "English",
        "es" => "Spanish",
        "pt" => "Portuguese",
        "fr" => "French",
        "de" => "German",
        "it" => "Italian",
        _ => return format!("the alphabetical order of {}", label.to_lowercase()),
    };
    format!("the {name} alphabet")
}

/// A date field, or a problem at `path`.
fn date_at(text: &str, path: &str, problems: &mut Problems) -> Option<NaiveDate> {
    parse_date(text).map_err(|m| problems.push(path, m)).ok()
}

/// Reads, parses and checks an office file a user opened (no lesson, conflicts or scenarios).
///
/// # Errors
/// Every problem, as in [`parse_office`] and [`read_limited`].
pub fn load_office(path: &Path) -> Result<Catalog, Vec<Diagnostic>> {
    let bytes = read_limited(path).map_err(|d| vec![d])?;
    parse_office(&path.display().to_string(), &bytes)
}

/// Parses and checks an office file called `file`.
///
/// # Errors
/// Every problem found, each with its line and column: the RON syntax (parsing stops at the first
/// error), then every field.
pub fn parse_office(file: &str, bytes: &[u8]) -> Result<Catalog, Vec<Diagnostic>> {
    let text = text_of(file, bytes)?;
    let raw: OfficeFile = options()
        .from_str(text)
        .map_err(|e| vec![syntax_error(file, &e, "an office file")])?;
    let mut problems = Problems::default();
    let catalog = build(raw, &mut problems);
    if problems.is_empty() {
        let mut catalog = catalog;
        catalog.file = file.to_owned();
        Ok(catalog)
    } else {
        Err(problems.located(file, text))
    }
}

/// A bundled office: its office file, lesson, conflicts and scenarios, checked together.
///
/// # Errors
/// Every problem of the first file that has any, located in that file.
pub fn bundled(files: &BundledFiles) -> Result<Catalog, Vec<Diagnostic>> {
    let dir = format!("assets/offices/{}", files.id);
    let file = format!("{dir}/office.ron");
    let mut catalog = parse_office(&file, files.office.as_bytes())?;
    if catalog.id != files.id {
        return Err(vec![Diagnostic {
            file,
            position: None,
            message: format!(
                "the office's id \"{}\" is not its folder's name: expected \"{}\"",
                catalog.id, files.id
            ),
        }]);
    }
    if let Some(text) = files.conflicts {
        catalog.conflicts =
            lesson_file::parse_conflicts(&format!("{dir}/conflicts.ron"), text, &catalog)?;
    }
    if let Some(text) = files.lesson {
        catalog.lesson = Some(lesson_file::parse_lesson(
            &format!("{dir}/lesson.ron"),
            text,
            &catalog,
        )?);
    }
    for (id, text) in files.scenarios {
        let path = format!("{dir}/scenarios/{id}.ron");
        let scenario = parse_scenario_of(&path, text.as_bytes(), &catalog)?;
        catalog.scenarios.push(BundledScenario {
            id: (*id).to_owned(),
            scenario,
        });
    }
    if let Some(id) = &catalog.opens_with
        && catalog.scenario(id).is_none()
    {
        return Err(vec![Diagnostic {
            file,
            position: None,
            message: format!("opens_with names \"{id}\": expected a scenario in {dir}/scenarios/"),
        }]);
    }
    // A bundled "documented" scenario is the office's documented scenario, written out.
    if let Some(documented) = catalog.scenario("documented")
        && (documented.rules != catalog.rules || documented.events != catalog.events)
    {
        return Err(vec![Diagnostic {
            file: format!("{dir}/scenarios/documented.ron"),
            position: None,
            message: "the documented scenario must have the office's rules and events".to_owned(),
        }]);
    }
    catalog.file = file;
    Ok(catalog)
}

#[expect(
    clippy::too_many_lines,
    reason = "one pass over the file's fields, in their order"
)]
fn build(raw: OfficeFile, problems: &mut Problems) -> Catalog {
    let valid_id = !raw.id.is_empty()
        && raw
            .id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !valid_id {
        problems.push(
            "id",
            format!(
                "the id \"{}\" has characters an id cannot have: expected lower-case letters, digits and dashes, such as sco-sg",
                raw.id
            ),
        );
    }
    let holder = match raw.holder.as_str() {
        "person" => HolderKind::Person,
        "state" => HolderKind::State,
        other => {
            problems.push(
                "holder",
                format!("unknown holder \"{other}\": expected \"person\" or \"state\""),
            );
            HolderKind::Person
        }
    };
    let acting = match (holder, raw.acting) {
        (HolderKind::Person, Some(acting)) => acting,
        (HolderKind::Person, None) => format!("Acting {}", raw.post),
        (HolderKind::State, Some(_)) => {
            problems.push(
                "acting",
                "a state holds this post, so it has no acting holder: expected no `acting` field",
            );
            String::new()
        }
        (HolderKind::State, None) => String::new(),
    };

    // Name sets.
    let sets = raw.name_sets.unwrap_or_else(|| {
        vec![NameSetFile {
            key: "en".to_owned(),
            language: "en".to_owned(),
            label: "English names".to_owned(),
            alphabet: None,
        }]
    });
    if sets.is_empty() {
        // Nothing else can be checked without a name set: say this one thing.
        problems.push("name_sets", "no name set: expected at least one, such as NameSet(key: \"en\", language: \"en\", label: \"English names\"), or no `name_sets` field (English names)");
        return Catalog::default();
    }
    let mut alphabets = Vec::new();
    let mut name_sets: Vec<NameSet> = Vec::new();
    for (i, set) in sets.into_iter().enumerate() {
        let path = format!("name_sets.{i}");
        if set.key.is_empty() || set.key == "fixed" {
            problems.push(
                format!("{path}.key"),
                format!(
                    "\"{}\" cannot name a name set: expected a key such as en or ru",
                    set.key
                ),
            );
        }
        if name_sets.iter().any(|s| s.key == set.key) {
            problems.push(
                format!("{path}.key"),
                format!(
                    "the name set \"{}\" is declared twice: expected each key once",
                    set.key
                ),
            );
        }
        if let Err(message) = crate::engine::Collation::new(&set.language) {
            problems.push(format!("{path}.language"), message);
        }
        alphabets.push(
            set.alphabet
                .clone()
                .unwrap_or_else(|| alphabet_of(&set.language, &set.label)),
        );
        name_sets.push(NameSet {
            key: set.key,
            language: set.language,
            label: set.label,
        });
    }
    if name_sets.len() > usize::from(u8::MAX) {
        problems.push("name_sets", "too many name sets: expected at most 255");
    }
    if !problems.is_empty() {
        // Names, orders and codes all depend on the name sets: nothing more can be checked well.
        return Catalog::default();
    }

    // Members.
    let mut member_sources = Vec::new();
    let mut suspension_notes = Vec::new();
    let mut members: Vec<Member> = Vec::new();
    for (i, m) in raw.members.into_iter().enumerate() {
        let path = format!("members.{i}");
        let Some(code) = StateCode::parse(&m.code).filter(|c| super::iso3166::is_code(c.as_str()))
        else {
            problems.push(
                format!("{path}.code"),
                format!(
                    "\"{}\" is not an ISO 3166 alpha-3 code: expected one such as ARM (Armenia) or VNM (Viet Nam)",
                    m.code
                ),
            );
            continue;
        };
        if members.iter().any(|o| o.code == code) {
            problems.push(
                format!("{path}.code"),
                format!("{code} is listed twice: expected each member once"),
            );
        }
        let mut names = Vec::new();
        for set in &name_sets {
            match m.names.get(&set.key) {
                Some(name) if !name.trim().is_empty() => names.push(name.clone()),
                _ => {
                    problems.push(
                        format!("{path}.names"),
                        format!(
                            "{code} has no name in the name set \"{}\": expected every member named in every declared set",
                            set.key
                        ),
                    );
                    names.push(code.to_string());
                }
            }
        }
        for key in m.names.keys() {
            if !name_sets.iter().any(|s| &s.key == key) {
                problems.push(
                    format!("{path}.names.{key}"),
                    format!(
                        "{code} is named in \"{key}\", a name set the office does not declare: expected one of {}",
                        name_sets.iter().map(|s| s.key.as_str()).collect::<Vec<_>>().join(", ")
                    ),
                );
            }
        }
        let mut periods = |spans: &[SpanFile], what: &str, notes: bool| -> Vec<Period> {
            let mut out: Vec<Period> = Vec::new();
            for (j, span) in spans.iter().enumerate() {
                let at = format!("{path}.{what}.{j}");
                let from = date_at(&span.from, &format!("{at}.from"), problems);
                let to = span
                    .to
                    .as_deref()
                    .map(|t| date_at(t, &format!("{at}.to"), problems));
                let (Some(from), Some(to)) = (from, to.unwrap_or(Some(NaiveDate::MAX))) else {
                    continue;
                };
                let to = span.to.is_some().then_some(to);
                if to.is_some_and(|to| to <= from) {
                    problems.push(
                        format!("{at}.to"),
                        format!(
                            "{code}: a period ends before it begins: expected `to` after {from}"
                        ),
                    );
                }
                if out
                    .iter()
                    .any(|p| p.end.is_none_or(|end| from < end) && to.is_none_or(|to| p.start < to))
                {
                    problems.push(
                        at.clone(),
                        format!("{code}: two {what} periods overlap: expected separate periods"),
                    );
                }
                if notes && let Some(note) = &span.note {
                    suspension_notes.push((code, Period::new(from, to), note.clone()));
                }
                if !notes && span.note.is_some() {
                    problems.push(
                        format!("{at}.note"),
                        "a note belongs to a suspension, not to a membership",
                    );
                }
                out.push(Period::new(from, to));
            }
            out.sort();
            out
        };
        let membership = periods(&m.membership, "membership", false);
        let suspensions = periods(&m.suspensions, "suspensions", true);
        member_sources.push((code, m.sources));
        members.push(Member {
            code,
            names,
            membership,
            suspensions,
        });
    }
    if members.is_empty() {
        problems.push("members", "no members: expected at least one Member(…)");
    }

    // Fixed order.
    let mut fixed_order = Vec::new();
    for (i, text) in raw.fixed_order.iter().enumerate() {
        match StateCode::parse(text).filter(|c| members.iter().any(|m| m.code == *c)) {
            Some(code) if fixed_order.contains(&code) => problems.push(
                format!("fixed_order.{i}"),
                format!("{code} is in fixed_order twice: expected each member once"),
            ),
            Some(code) => fixed_order.push(code),
            None => problems.push(
                format!("fixed_order.{i}"),
                format!(
                    "unknown state code \"{text}\" in fixed_order: expected a code of `members`"
                ),
            ),
        }
    }
    let members = Members::new(members);
    let office = Office::new(holder, members, name_sets, fixed_order).unwrap_or_default();

    // The rules as agreed: start, term and order are required.
    for (name, present) in [
        ("start", raw.rules.start.is_some()),
        ("term_months", raw.rules.term_months.is_some()),
        ("order", raw.rules.order.is_some()),
    ] {
        if !present {
            problems.push(
                "rules",
                format!("the rules name no `{name}`: expected start, term_months and order"),
            );
        }
    }
    let (patch, rule_problems) = raw.rules.patch(&office);
    for (name, message) in rule_problems {
        problems.push(format!("rules.{name}"), message);
    }
    let rules = patch.apply(Rules::new(
        NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default(),
        12,
        crate::engine::Order::default(),
    ));
    if rules.order == crate::engine::Order::Fixed {
        for m in office.members.iter() {
            if !office.fixed_order.contains(&m.code) {
                problems.push(
                    "fixed_order",
                    format!(
                        "{} is a member but not in fixed_order: expected every member in the cycle",
                        m.code
                    ),
                );
            }
        }
    }

    // The documented events, checked with the rules as the documented scenario.
    let mut events = Vec::new();
    let mut event_sources = Vec::new();
    for (i, e) in raw.events.iter().enumerate() {
        match e.to_event(&office) {
            Ok(event) => {
                events.push(event);
                event_sources.push(e.sources().to_vec());
            }
            Err(message) => problems.push(format!("events.{i}"), message),
        }
    }
    let documented = Scenario {
        office: raw.id.clone(),
        name: "Documented".to_owned(),
        description: String::new(),
        rules,
        events: events.clone(),
    };
    if problems.is_empty() {
        for problem in documented.problems(&office) {
            let path = match problem.place {
                Place::Rule(name) => format!("rules.{name}"),
                Place::Event(i) => format!("events.{i}"),
            };
            problems.push(path, problem.message);
        }
    }

    // Readings: the rules as agreed, then the variants.
    let agreed = raw.as_agreed.unwrap_or_else(|| VariantFile {
        id: "as-agreed".to_owned(),
        label: "The rule as agreed".to_owned(),
        owner: None,
        modelled: false,
        patch: RulesFile::default(),
        events: Vec::new(),
        summary: String::new(),
        argued_by: String::new(),
        sources: Vec::new(),
        quotes: Vec::new(),
    });
    let mut readings: Vec<Variant> = Vec::new();
    for (i, v) in std::iter::once(agreed).chain(raw.variants).enumerate() {
        let path = if i == 0 {
            "as_agreed".to_owned()
        } else {
            format!("variants.{}", i - 1)
        };
        if readings.iter().any(|r| r.id == v.id) || v.id.is_empty() {
            problems.push(
                format!("{path}.id"),
                format!(
                    "the reading id \"{}\" is empty or already taken: expected an id of its own",
                    v.id
                ),
            );
        }
        let (patch, patch_problems) = v.patch.patch(&office);
        for (name, message) in patch_problems {
            problems.push(format!("{path}.patch.{name}"), message);
        }
        if i == 0 && !patch.is_empty() {
            problems.push(
                format!("{path}.patch"),
                "the rules as agreed patch nothing: put their parameters in `rules`",
            );
        }
        let mut extra = Vec::new();
        for (j, e) in v.events.iter().enumerate() {
            match e.to_event(&office) {
                Ok(event) => extra.push(event),
                Err(message) => problems.push(format!("{path}.events.{j}"), message),
            }
        }
        let variant = Variant {
            id: v.id,
            label: v.label,
            owner: v.owner.filter(|o| !o.trim().is_empty()),
            modelled: v.modelled,
            summary: v.summary,
            argued_by: v.argued_by,
            sources: v.sources,
            quotes: v.quotes,
            patch,
            events: extra,
        };
        if problems.is_empty() {
            let mut scenario = documented.clone();
            scenario.rules = variant.patch.apply(scenario.rules);
            scenario.events.extend(variant.events.iter().copied());
            for problem in scenario.problems(&office) {
                let at = match problem.place {
                    Place::Rule(name) => format!("{path}.patch.{name}"),
                    Place::Event(k) if k >= events.len() => {
                        format!("{path}.events.{}", k - events.len())
                    }
                    Place::Event(_) => path.clone(),
                };
                problems.push(at, format!("under \"{}\": {}", variant.id, problem.message));
            }
        }
        readings.push(variant);
    }

    let horizon = raw
        .horizon
        .as_deref()
        .and_then(|h| date_at(h, "horizon", problems))
        .unwrap_or_else(|| {
            NaiveDate::from_ymd_opt(2041, 1, 1)
                .unwrap_or_default()
                .max(add_months(rules.start, rules.term_months.saturating_mul(8)))
        });
    let history = history(raw.history, &office, rules, horizon, problems);
    let moments = moments(raw.moments, &readings, problems);

    let frame = raw.frame.and_then(|(from, to)| {
        let from = date_at(&from, "frame.0", problems)?;
        let to = date_at(&to, "frame.1", problems)?;
        if to <= from {
            problems.push(
                "frame",
                "the frame ends before it begins: expected (from, to) with from first",
            );
            None
        } else {
            Some((from, to))
        }
    });

    let catalog = Catalog {
        id: raw.id,
        short: raw.short.unwrap_or_else(|| raw.organisation.clone()),
        organisation: raw.organisation,
        post: raw.post,
        acting,
        summary: raw.summary,
        rule_sources: raw.rule_sources,
        office,
        alphabets,
        rules,
        readings,
        member_sources,
        suspension_notes,
        history,
        events,
        event_sources,
        moments,
        sources: raw.sources,
        frame,
        horizon,
        opens_with: raw.opens_with,
        lesson: None,
        conflicts: Vec::new(),
        scenarios: Vec::new(),
        file: String::new(),
    };
    check_sources(&catalog, problems);
    catalog
}

fn history(
    raw: Vec<DocumentedFile>,
    office: &Office,
    rules: Rules,
    horizon: NaiveDate,
    problems: &mut Problems,
) -> Vec<DocumentedHolding> {
    let mut out: Vec<DocumentedHolding> = Vec::new();
    for (i, d) in raw.into_iter().enumerate() {
        let path = format!("history.{i}");
        let code = |text: &str, field: &str, problems: &mut Problems| {
            parse_state(text, office)
                .map_err(|m| problems.push(format!("{path}.{field}"), m))
                .ok()
        };
        let kind: HoldingKind = match d.kind.parse() {
            Ok(kind) => kind,
            Err(message) => {
                problems.push(format!("{path}.kind"), message);
                continue;
            }
        };
        let state = d.state.as_deref().and_then(|s| code(s, "state", problems));
        let states: Vec<StateCode> = d
            .states
            .iter()
            .enumerate()
            .filter_map(|(j, s)| code(s, &format!("states.{j}"), problems))
            .collect();
        match kind {
            HoldingKind::Term | HoldingKind::Acting if d.state.is_none() => problems.push(
                path.clone(),
                format!("a {} holding needs its holder's `state`", kind.name()),
            ),
            HoldingKind::Joint if d.states.len() < 2 => problems.push(
                path.clone(),
                "a joint holding needs `states`: expected the two or more states that held it together",
            ),
            HoldingKind::Vacant | HoldingKind::Joint if d.state.is_some() => problems.push(
                format!("{path}.state"),
                format!("a {} holding has no single holder: expected no `state`", kind.name()),
            ),
            _ => {}
        }
        if let (HoldingKind::Term, Some(holder), Ok(from)) = (kind, state, parse_date(&d.from))
            && office
                .members
                .get(holder)
                .is_some_and(|m| !m.is_member_on(from))
        {
            problems.push(
                format!("{path}.state"),
                format!("{holder} holds the post from {from} but is not a member then: expected a member on that day (see its `membership`)"),
            );
        }
        if kind == HoldingKind::Acting && office.holder == HolderKind::State {
            problems.push(format!("{path}.kind"), "a state holds this post, so it has no acting holder: expected \"term\", \"vacant\" or \"joint\"");
        }
        let Some(from) = date_at(&d.from, &format!("{path}.from"), problems) else {
            continue;
        };
        // A term's turn is its holder's state's, unless it began before the rotation did.
        let turn = match &d.turn {
            Some(t) => code(t, "turn", problems),
            None if kind == HoldingKind::Term && from >= rules.start => state,
            None => None,
        };
        let open = d.to.is_none();
        let end = match &d.to {
            Some(to) => match date_at(to, &format!("{path}.to"), problems) {
                Some(to) => to,
                None => continue,
            },
            // Still in office, end not documented: a nominal term, for drawing; the record is
            // compared only up to where it is documented.
            None => add_months(from, rules.term_months).min(horizon.max(from)),
        };
        if end <= from {
            problems.push(
                format!("{path}.to"),
                format!("it ends before it starts: expected `to` after {from}"),
            );
            continue;
        }
        if let Some(last) = out.last()
            && last.holding.end > from
        {
            problems.push(
                format!("{path}.from"),
                format!(
                    "it starts on {from}, before the holding above it ends ({}): expected holdings in date order, not overlapping",
                    last.holding.end
                ),
            );
        }
        let ending = match d.ending.as_deref() {
            None => Ending::TurnEnd,
            Some(text) => text.parse().unwrap_or_else(|m: String| {
                problems.push(format!("{path}.ending"), m);
                Ending::TurnEnd
            }),
        };
        out.push(DocumentedHolding {
            person: d.person.clone(),
            variants: d.variants,
            holding: Holding {
                start: from,
                end,
                turn,
                holder_state: state,
                person: d.person,
                kind,
                ending,
                documented: None,
            },
            states,
            scheduled: d.scheduled,
            open,
            how_it_ended: d.how_it_ended,
            sources: d.sources,
            quotes: d.quotes,
        });
    }
    out
}

fn moments(raw: Vec<MomentFile>, readings: &[Variant], problems: &mut Problems) -> Vec<Moment> {
    let mut out: Vec<Moment> = Vec::new();
    for (i, m) in raw.into_iter().enumerate() {
        let path = format!("moments.{i}");
        if out.iter().any(|o| o.id == m.id) {
            problems.push(
                format!("{path}.id"),
                format!(
                    "the moment id \"{}\" is taken: expected an id of its own",
                    m.id
                ),
            );
        }
        let Some(date) = date_at(&m.date, &format!("{path}.date"), problems) else {
            continue;
        };
        let until = m
            .until
            .as_deref()
            .and_then(|u| date_at(u, &format!("{path}.until"), problems));
        if until.is_some_and(|u| u < date) {
            problems.push(
                format!("{path}.until"),
                format!("it ends before it begins: expected `until` after {date}"),
            );
        }
        if out.last().is_some_and(|last| last.date > date) {
            problems.push(format!("{path}.date"), "moments are expected in date order");
        }
        let question = m.question.as_deref().and_then(|q| {
            Question::ALL.into_iter().find(|x| x.name() == q).or_else(|| {
                problems.push(
                    format!("{path}.question"),
                    format!("unknown question \"{q}\": expected cut-short, refused, given-up, swapped or order"),
                );
                None
            })
        });
        if question.is_some() && m.answer.trim().is_empty() {
            problems.push(path.clone(), "a moment with a question needs its `answer`: one sentence on what the organisation did");
        }
        let lanes = m
            .lanes
            .iter()
            .enumerate()
            .filter_map(|(j, id)| {
                let found = readings.iter().position(|r| &r.id == id);
                if found.is_none() {
                    problems.push(format!("{path}.lanes.{j}"), format!("no reading \"{id}\": expected the id of the rules as agreed or of a variant"));
                }
                found
            })
            .collect();
        out.push(Moment {
            id: m.id,
            date,
            until,
            title: m.title,
            detail: m.detail,
            sources: m.sources,
            quotes: m.quotes,
            question,
            answer: m.answer,
            lanes,
        });
    }
    out
}

/// Every fact cites sources that resolve; every quote is verbatim; every seed source is a seed.
fn check_sources(catalog: &Catalog, problems: &mut Problems) {
    let known = &catalog.sources;
    for (i, s) in known.iter().enumerate() {
        if known.iter().take(i).any(|o| o.id == s.id) {
            problems.push(
                format!("sources.{i}.id"),
                format!(
                    "the source id \"{}\" is taken: expected an id of its own",
                    s.id
                ),
            );
        }
        if s.seed && seed(&s.id).is_none() {
            problems.push(
                format!("sources.{i}"),
                format!("no seed document named {}", s.id),
            );
        }
    }
    problems.cite(
        "rule_sources",
        "the rule",
        &catalog.rule_sources,
        &[],
        known,
        false,
    );
    for (i, (code, sources)) in catalog.member_sources.iter().enumerate() {
        problems.cite(
            &format!("members.{i}"),
            code.as_str(),
            sources,
            &[],
            known,
            false,
        );
    }
    for (i, d) in catalog.history.iter().enumerate() {
        let item = format!(
            "{} from {}",
            d.person.as_deref().unwrap_or("the holding"),
            d.holding.start
        );
        problems.cite(
            &format!("history.{i}"),
            &item,
            &d.sources,
            &d.quotes,
            known,
            true,
        );
    }
    for (i, sources) in catalog.event_sources.iter().enumerate() {
        problems.cite(
            &format!("events.{i}"),
            &format!("event {}", i + 1),
            sources,
            &[],
            known,
            true,
        );
    }
    for (i, r) in catalog.readings.iter().enumerate() {
        let path = if i == 0 {
            "as_agreed".to_owned()
        } else {
            format!("variants.{}", i - 1)
        };
        problems.cite(&path, &r.id, &r.sources, &r.quotes, known, false);
    }
    for (i, m) in catalog.moments.iter().enumerate() {
        problems.cite(
            &format!("moments.{i}"),
            &m.id,
            &m.sources,
            &m.quotes,
            known,
            true,
        );
    }
}
