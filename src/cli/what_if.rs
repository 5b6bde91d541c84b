//! What-if flags, and the office and scenario a command works on: `--office ID|FILE.ron`, a
//! scenario file (which names its office), the flags applied on top.

use std::path::Path;

use chrono::NaiveDate;
use clap::Args;

use super::Failure;
use crate::data::office_file::load_office;
use crate::data::scenario_file::{Diagnostic, load_scenario, parse_date};
use crate::data::{Catalog, Library};
use crate::engine::{Event, Place, Scenario, StateCode};

/// Which office: a bundled office's id, or an office file.
#[derive(Debug, Default, Args)]
pub struct OfficeArg {
    /// The office: a bundled office's id (`rota offices` lists them) or an office file (.ron).
    /// Default: the scenario file's office, else csto-sg.
    #[arg(long, value_name = "ID|FILE.ron")]
    pub office: Option<String>,
}

impl OfficeArg {
    /// The office asked for, added to `library` when it comes from a file; `None` when none was.
    ///
    /// # Errors
    /// An unknown id, or an office file with problems (each located).
    pub fn catalog(&self, library: &mut Library) -> Result<Option<Catalog>, Failure> {
        let Some(text) = &self.office else {
            return Ok(None);
        };
        if let Some(catalog) = library.get(text) {
            return Ok(Some(catalog.clone()));
        }
        let looks_like_file =
            Path::new(text).extension().is_some_and(|e| e == "ron") || text.contains(['/', '\\']);
        if !looks_like_file {
            return Err(Failure(format!(
                "--office {text}: no such office: expected one of {} or an office file (.ron)",
                library.ids()
            )));
        }
        let catalog = load_office(Path::new(text))?;
        library.add(catalog.clone());
        Ok(Some(catalog))
    }

    /// The office asked for, or the default one.
    ///
    /// # Errors
    /// As [`OfficeArg::catalog`].
    pub fn or_default(&self, library: &mut Library) -> Result<Catalog, Failure> {
        match self.catalog(library)? {
            Some(catalog) => Ok(catalog),
            None => library
                .default_office()
                .cloned()
                .ok_or_else(|| Failure("no office is bundled".to_owned())),
        }
    }
}

/// What-if flags, applied on top of the scenario file (or the rule alone).
#[derive(Debug, Default, Args)]
pub struct WhatIf {
    #[command(flatten)]
    pub office: OfficeArg,
    /// Add the office's documented events (for the CSTO: Armenia's nominee takes office on
    /// 2017-05-02; recall on 2018-11-02).
    #[arg(long)]
    documented: bool,
    /// What follows an early vacancy: acting-until-term-end, same-state-completes,
    /// next-state-full-term or next-state-early-start.
    #[arg(long, value_name = "NAME")]
    reading: Option<String>,
    /// Days from a vacancy until a successor nominee takes office.
    #[arg(long, value_name = "N")]
    lag_days: Option<u32>,
    /// Length of a turn, in months.
    #[arg(long, value_name = "N", conflicts_with = "term_years")]
    term_months: Option<u32>,
    /// Length of a turn, in years.
    #[arg(long, value_name = "N")]
    term_years: Option<u32>,
    /// The order: a name set of the office (for the CSTO: ru, en or ru-official) or fixed.
    #[arg(long, value_name = "ORDER")]
    order: Option<String>,
    /// What a late appointment does: slot (the turn keeps its end) or office (a full term from
    /// taking office).
    #[arg(long, value_name = "ANCHORING")]
    anchoring: Option<String>,
    /// Skip a state whose participation is suspended when its turn would start.
    #[arg(long)]
    skip_suspended: bool,
    /// The day the rotation begins.
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    start: Option<NaiveDate>,
    /// Recall the appointed holder on DATE (repeatable).
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    recall: Vec<NaiveDate>,
    /// A state's nominee takes office late, on DATE (repeatable).
    #[arg(long, value_name = "CODE@DATE")]
    takes_office: Vec<String>,
    /// A state joins on DATE (repeatable).
    #[arg(long, value_name = "CODE@DATE")]
    join: Vec<String>,
    /// A state leaves on DATE (repeatable).
    #[arg(long, value_name = "CODE@DATE")]
    withdraw: Vec<String>,
    /// A state's participation is suspended from FROM until TO (TO may be left out).
    #[arg(long, value_name = "CODE@FROM..TO")]
    suspend: Vec<String>,
    /// A state gives up the turn that would start on DATE (repeatable).
    #[arg(long, value_name = "CODE@DATE")]
    forgo: Vec<String>,
    /// The turns starting on two days swap their states (repeatable).
    #[arg(long, value_name = "DATE@DATE")]
    swap: Vec<String>,
}

pub fn date_arg(text: &str) -> Result<NaiveDate, String> {
    parse_date(text)
}

impl From<Vec<Diagnostic>> for Failure {
    fn from(problems: Vec<Diagnostic>) -> Self {
        Self(
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n"),
        )
    }
}

/// Splits `CODE@DATE`.
fn code_at<'a>(flag: &str, text: &'a str) -> Result<(&'a str, &'a str), Failure> {
    text.split_once('@').ok_or_else(|| {
        Failure(format!(
            "--{flag} {text}: expected CODE@DATE, such as ARM@2017-05-02"
        ))
    })
}

fn state(flag: &str, text: &str, code: &str, catalog: &Catalog) -> Result<StateCode, Failure> {
    crate::data::rules_file::parse_state(code, &catalog.office)
        .map_err(|m| Failure(format!("--{flag} {text}: {m}")))
}

fn date(flag: &str, text: &str, date: &str) -> Result<NaiveDate, Failure> {
    parse_date(date).map_err(|m| Failure(format!("--{flag} {text}: {m}")))
}

impl WhatIf {
    /// The office and the scenario file (or the office's rule alone) with these flags applied,
    /// checked.
    ///
    /// # Errors
    /// A flag that cannot be read, a scenario file with problems, a scenario for another office
    /// than `--office`, or a what-if the engine's checks refuse.
    pub fn scenario(
        &self,
        file: Option<&Path>,
        library: &mut Library,
    ) -> Result<(Catalog, Scenario), Failure> {
        let asked = self.office.catalog(library)?;
        let (catalog, mut scenario) = match file {
            Some(path) => {
                let scenario = load_scenario(path, library)?;
                if let Some(asked) = &asked
                    && asked.id != scenario.office
                {
                    return Err(Failure(format!(
                        "{}: this scenario is for the office \"{}\", not \"{}\" (--office)",
                        path.display(),
                        scenario.office,
                        asked.id
                    )));
                }
                let catalog = library
                    .get(&scenario.office)
                    .cloned()
                    .ok_or_else(|| Failure(format!("no office \"{}\"", scenario.office)))?;
                (catalog, scenario)
            }
            None => {
                let catalog = match asked {
                    Some(catalog) => catalog,
                    None => self.office.or_default(library)?,
                };
                let scenario = catalog.rule_alone();
                (catalog, scenario)
            }
        };
        self.apply(&catalog, &mut scenario, file)?;
        Ok((catalog, scenario))
    }

    fn apply(
        &self,
        catalog: &Catalog,
        scenario: &mut Scenario,
        file: Option<&Path>,
    ) -> Result<(), Failure> {
        let from_file = scenario.events.len();
        let before = scenario.rules;
        let mut labels: Vec<String> = Vec::new();
        let mut add = |scenario: &mut Scenario, event: Event, label: String| {
            scenario.events.push(event);
            labels.push(label);
        };
        if self.documented {
            for event in catalog.documented_scenario().events {
                add(scenario, event, format!("--documented ({event})"));
            }
        }
        let rules = &mut scenario.rules;
        if let Some(text) = &self.reading {
            rules.reading = text
                .parse()
                .map_err(|m| Failure(format!("--reading: {m}")))?;
        }
        if let Some(text) = &self.order {
            rules.order = catalog
                .office
                .parse_order(text)
                .map_err(|m| Failure(format!("--order: {m}")))?;
        }
        if let Some(text) = &self.anchoring {
            rules.anchoring = text
                .parse()
                .map_err(|m| Failure(format!("--anchoring: {m}")))?;
        }
        if let Some(n) = self.lag_days {
            rules.lag_days = n;
        }
        if let Some(n) = self.term_months {
            rules.term_months = n;
        }
        if let Some(n) = self.term_years {
            rules.term_months = n.saturating_mul(12);
        }
        if self.skip_suspended {
            rules.skip_suspended = true;
        }
        if let Some(day) = self.start {
            rules.start = day;
        }
        for &day in &self.recall {
            add(
                scenario,
                Event::Recall { date: day },
                format!("--recall {day}"),
            );
        }
        for (flag, list) in [
            ("takes-office", &self.takes_office),
            ("join", &self.join),
            ("withdraw", &self.withdraw),
            ("forgo", &self.forgo),
        ] {
            for text in list {
                let (code, day) = code_at(flag, text)?;
                let s = state(flag, text, code, catalog)?;
                let d = date(flag, text, day)?;
                let event = match flag {
                    "takes-office" => Event::TakesOffice { state: s, date: d },
                    "join" => Event::Join { state: s, date: d },
                    "forgo" => Event::Forgo { state: s, date: d },
                    _ => Event::Withdraw { state: s, date: d },
                };
                add(scenario, event, format!("--{flag} {text}"));
            }
        }
        for text in &self.suspend {
            let (code, range) = code_at("suspend", text)?;
            let (from, to) = range.split_once("..").ok_or_else(|| {
                Failure(format!(
                    "--suspend {text}: expected CODE@FROM..TO, such as ARM@2024-02-22..2026-01-01"
                ))
            })?;
            let event = Event::Suspend {
                state: state("suspend", text, code, catalog)?,
                from: date("suspend", text, from)?,
                to: if to.is_empty() {
                    None
                } else {
                    Some(date("suspend", text, to)?)
                },
            };
            add(scenario, event, format!("--suspend {text}"));
        }
        for text in &self.swap {
            let (a, b) = text.split_once('@').ok_or_else(|| {
                Failure(format!(
                    "--swap {text}: expected DATE@DATE, such as 2011-01-01@2013-01-01"
                ))
            })?;
            let event = Event::Swap {
                date: date("swap", text, a)?,
                with: date("swap", text, b)?,
            };
            add(scenario, event, format!("--swap {text}"));
        }
        if !labels.is_empty() || scenario.rules != before {
            scenario.name = crate::data::limits::fit_name(&scenario.name, " (what-if)");
        }
        // Within the limits, so that what rota writes of it (`rota link`) reads back.
        if let Some(limit) = crate::data::limits::problems(scenario).first() {
            return Err(Failure(format!("with the what-if flags, {limit}")));
        }
        let problems = scenario.problems(&catalog.office);
        if let Some(problem) = problems.first() {
            let place = match problem.place {
                Place::Rule(name) => format!("--{}", name.replace('_', "-")),
                Place::Event(i) if i >= from_file => labels
                    .get(i - from_file)
                    .cloned()
                    .unwrap_or_else(|| format!("event {}", i + 1)),
                Place::Event(i) => format!(
                    "{} (event {})",
                    file.map_or_else(String::new, |p| p.display().to_string()),
                    i + 1
                ),
            };
            return Err(Failure(format!("{place}: {}", problem.message)));
        }
        Ok(())
    }
}
