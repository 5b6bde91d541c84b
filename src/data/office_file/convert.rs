//! From the office file's fields to a [`Catalog`]: one pass over them, in their order, every
//! problem pushed with its path.

use chrono::NaiveDate;

use super::date_at;
use super::record::{check_sources, history, moments};
use super::schema::{NameSetFile, OfficeFile, SpanFile, VariantFile};
use crate::data::check::Problems;
use crate::data::iso3166;
use crate::data::rules_file::RulesFile;
use crate::data::{Catalog, Variant};
use crate::engine::{
    HolderKind, Member, Members, NameSet, Office, Period, Place, Rules, Scenario, StateCode,
    calendar::add_months,
};

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

#[expect(
    clippy::too_many_lines,
    reason = "one pass over the file's fields, in their order"
)]
pub(super) fn build(raw: OfficeFile, problems: &mut Problems) -> Catalog {
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
        let Some(code) = StateCode::parse(&m.code).filter(|c| iso3166::is_code(c.as_str())) else {
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
