//! The `rota` command line: the same engine and data as the window, printed for people
//! (table, Markdown) and for scripts (CSV, JSON).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};

use crate::data::Catalog;
use crate::data::scenario_file::{Diagnostic, load_scenario, parse_date};
use crate::engine::{
    Event, Holding, HoldingKind, Members, Place, Scenario, StateCode, fit_readings, match_history,
    project,
};
use crate::export::{Format, code, csv_field, holding_json, holdings_out, table};

/// rota: how the post of CSTO Secretary General rotates among the member states.
///
/// With no subcommand, opens the window.
#[derive(Debug, Parser)]
#[command(name = "rota", version, about, long_about = None, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub window: WindowArgs,
}

/// How to open the window.
#[derive(Debug, Default, clap::Args)]
pub struct WindowArgs {
    /// A scenario file (RON) to open in the window.
    pub scenario: Option<PathBuf>,
    /// Render the window to this PNG file and exit (for slides, and to check the app).
    #[arg(long, value_name = "FILE.png")]
    pub screenshot: Option<PathBuf>,
    /// The window's size, as WIDTHxHEIGHT in points.
    #[arg(long, value_name = "WxH", value_parser = parse_size)]
    pub size: Option<[f32; 2]>,
    /// Put the cursor on this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub at: Option<NaiveDate>,
    /// Show one lane per reading.
    #[arg(long)]
    pub compare_readings: bool,
    /// Open this view in the side panel (`predict` starts the quiz at the cursor's day).
    #[arg(long, value_enum)]
    pub view: Option<View>,
    /// The dispute walkthrough's step, from 1 (opens the walkthrough).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub step: Option<u16>,
    /// Start in presenter mode: large text, high contrast, no editing (F11 leaves it).
    #[arg(long)]
    pub presenter: bool,
    /// Measure: print the time to the first painted frame and the frames drawn in SECONDS of
    /// idleness, then close (for benches/startup.rs).
    #[arg(long, value_name = "SECONDS", hide = true)]
    pub probe: Option<u16>,
}

impl WindowArgs {
    /// How the window starts, as these options ask: `--step N` counts from 1, the app from 0.
    /// A screenshot runs without the user's stored state.
    #[must_use]
    pub fn launch(
        self,
        #[cfg(not(target_arch = "wasm32"))] screenshot: Option<crate::app::screenshot::Job>,
        #[cfg(not(target_arch = "wasm32"))] probe: Option<crate::app::screenshot::Probe>,
    ) -> crate::app::Launch {
        crate::app::Launch {
            scenario: self.scenario,
            at: self.at,
            compare_readings: self.compare_readings,
            tab: self.view.map(View::tab),
            step: self.step.map(|n| usize::from(n).saturating_sub(1)),
            presenter: self.presenter,
            notice: None,
            link: None,
            #[cfg(not(target_arch = "wasm32"))]
            ephemeral: screenshot.is_some() || probe.is_some(),
            #[cfg(target_arch = "wasm32")]
            ephemeral: false,
            #[cfg(not(target_arch = "wasm32"))]
            screenshot,
            #[cfg(not(target_arch = "wasm32"))]
            probe,
        }
    }
}

/// The side panel's views, as `--view` names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum View {
    Details,
    Edit,
    Dispute,
    Predict,
    Sources,
    Readings,
    Order,
}

impl View {
    /// The app's tab for this view.
    #[must_use]
    pub fn tab(self) -> crate::app::Tab {
        use crate::app::Tab;
        match self {
            Self::Details => Tab::Details,
            Self::Edit => Tab::Scenario,
            Self::Dispute => Tab::Dispute,
            Self::Predict => Tab::Predict,
            Self::Sources => Tab::Sources,
            Self::Readings => Tab::Readings,
            Self::Order => Tab::Order,
        }
    }
}

fn parse_size(text: &str) -> Result<[f32; 2], String> {
    let bad = || format!("expected WIDTHxHEIGHT such as 1600x1000, not {text:?}");
    let (w, h) = text.split_once(['x', 'X']).ok_or_else(bad)?;
    let w: u16 = w.trim().parse().map_err(|_| bad())?;
    let h: u16 = h.trim().parse().map_err(|_| bad())?;
    if !(200..=8000).contains(&w) || !(200..=8000).contains(&h) {
        return Err(format!("{text}: each side must be from 200 to 8000"));
    }
    Ok([f32::from(w), f32::from(h)])
}

fn parse_day(text: &str) -> Result<NaiveDate, String> {
    crate::data::scenario_file::parse_date(text)
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the projected succession from the rotation's start.
    Project {
        /// A scenario file (RON); without one, the rule of 2015 alone.
        scenario: Option<PathBuf>,
        #[command(flatten)]
        what_if: WhatIf,
        /// Print holdings that start before this day (YYYY-MM-DD).
        #[arg(long, value_parser = date_arg, default_value = "2041-01-01")]
        until: NaiveDate,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Print the documented holdings, Bordyuzha's included, with their sources.
    History {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Print a scenario beside the documented history, with the differences in words.
    Compare {
        /// A scenario file (RON); without one, the rule of 2015 alone.
        scenario: Option<PathBuf>,
        #[command(flatten)]
        what_if: WhatIf,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Print how well each reading explains the documented record.
    Fit {
        /// The last day counted is the day before this one (default: today).
        #[arg(long, value_parser = date_arg)]
        until: Option<NaiveDate>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Write a one-page handout (HTML a browser prints) for a scenario: its lanes beside the record,
    /// what it changes, the four readings and the sources.
    Handout {
        /// A scenario file (RON); without one, the rule of 2015 alone.
        scenario: Option<PathBuf>,
        #[command(flatten)]
        what_if: WhatIf,
        /// Write to this file (atomically) instead of printing.
        #[arg(long, short, value_name = "FILE.html")]
        output: Option<PathBuf>,
    },
    /// Print a link that opens a scenario, read-only, in the web edition (or in a window, through
    /// File → Open a shared link).
    Link {
        /// A scenario file (RON); without one, the rule of 2015 alone.
        scenario: Option<PathBuf>,
        #[command(flatten)]
        what_if: WhatIf,
        /// Where the web edition is served.
        #[arg(long, default_value = crate::app::files::DEFAULT_SHARE_BASE)]
        base: String,
    },
    /// Check a scenario file and report every problem as FILE:LINE:COLUMN: message.
    Check { file: PathBuf },
}

/// What-if flags, applied on top of the scenario file (or the rule alone).
#[derive(Debug, Default, Args)]
pub struct WhatIf {
    /// Add the documented events (Armenia's nominee takes office on 2017-05-02; recall on 2018-11-02).
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
    /// Whose names set the order: ru, en or ru-official.
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
}

fn date_arg(text: &str) -> Result<NaiveDate, String> {
    parse_date(text)
}

/// A failure the user can act on: one message, exit status 2.
struct Failure(String);

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

fn state(flag: &str, text: &str, code: &str, members: &Members) -> Result<StateCode, Failure> {
    crate::data::scenario_file::parse_state(code, members)
        .map_err(|m| Failure(format!("--{flag} {text}: {m}")))
}

fn date(flag: &str, text: &str, date: &str) -> Result<NaiveDate, Failure> {
    parse_date(date).map_err(|m| Failure(format!("--{flag} {text}: {m}")))
}

impl WhatIf {
    /// The scenario file (or the rule alone) with these flags applied, checked.
    fn scenario(&self, file: Option<&Path>, catalog: &Catalog) -> Result<Scenario, Failure> {
        let members = &catalog.members;
        let mut scenario = match file {
            Some(path) => load_scenario(path, members)?,
            None => catalog.scenario("rule-alone").cloned().unwrap_or_default(),
        };
        let from_file = scenario.events.len();
        let before = scenario.rules;
        let mut labels: Vec<String> = Vec::new();
        let mut add = |scenario: &mut Scenario, event: Event, label: String| {
            scenario.events.push(event);
            labels.push(label);
        };
        if self.documented {
            for event in catalog.documented_scenario().events {
                add(&mut scenario, event, format!("--documented ({event})"));
            }
        }
        let rules = &mut scenario.rules;
        if let Some(text) = &self.reading {
            rules.reading = text
                .parse()
                .map_err(|m| Failure(format!("--reading: {m}")))?;
        }
        if let Some(text) = &self.order {
            rules.order = text.parse().map_err(|m| Failure(format!("--order: {m}")))?;
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
                &mut scenario,
                Event::Recall { date: day },
                format!("--recall {day}"),
            );
        }
        for (flag, list) in [
            ("takes-office", &self.takes_office),
            ("join", &self.join),
            ("withdraw", &self.withdraw),
        ] {
            for text in list {
                let (code, day) = code_at(flag, text)?;
                let s = state(flag, text, code, members)?;
                let d = date(flag, text, day)?;
                let event = match flag {
                    "takes-office" => Event::TakesOffice { state: s, date: d },
                    "join" => Event::Join { state: s, date: d },
                    _ => Event::Withdraw { state: s, date: d },
                };
                add(&mut scenario, event, format!("--{flag} {text}"));
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
                state: state("suspend", text, code, members)?,
                from: date("suspend", text, from)?,
                to: if to.is_empty() {
                    None
                } else {
                    Some(date("suspend", text, to)?)
                },
            };
            add(&mut scenario, event, format!("--suspend {text}"));
        }
        if !labels.is_empty() || scenario.rules != before {
            scenario.name = crate::data::limits::fit_name(&scenario.name, " (what-if)");
        }
        // Within the limits, so that what rota writes of it (`rota link`) reads back.
        if let Some(limit) = crate::data::limits::problems(&scenario).first() {
            return Err(Failure(format!("with the what-if flags, {limit}")));
        }
        let problems = scenario.problems(members);
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
        Ok(scenario)
    }
}

/// Runs a subcommand; prints its output and returns the exit status (2 on bad input).
#[must_use]
pub fn run(command: Command, today: NaiveDate) -> ExitCode {
    let catalog = match Catalog::bundled() {
        Ok(catalog) => catalog,
        Err(e) => {
            crate::output::warn(&format!("rota: the bundled data is damaged: {e}"));
            return ExitCode::from(1);
        }
    };
    match execute(command, &catalog, today) {
        Ok(out) => crate::output::print(&out),
        Err(Failure(message)) => {
            crate::output::warn(&format!("rota: {message}"));
            ExitCode::from(2)
        }
    }
}

fn execute(command: Command, catalog: &Catalog, today: NaiveDate) -> Result<String, Failure> {
    let members = &catalog.members;
    let history = catalog.history_holdings();
    match command {
        Command::Project {
            scenario,
            what_if,
            until,
            format,
        } => {
            let scenario = what_if.scenario(scenario.as_deref(), catalog)?;
            let mut projection = project(&scenario, members, until);
            match_history(&mut projection.holdings, &history);
            for w in &projection.warnings {
                crate::output::warn(&format!("warning: {w}"));
            }
            Ok(holdings_out(&projection.holdings, members, format, false))
        }
        Command::History { format } => {
            let mut out = holdings_out(&history, members, format, true);
            if format == Format::Table {
                out.push_str("\nSources:\n");
                for id in catalog.history.iter().flat_map(|d| &d.sources).fold(
                    Vec::new(),
                    |mut v: Vec<&String>, s| {
                        if !v.contains(&s) {
                            v.push(s);
                        }
                        v
                    },
                ) {
                    if let Some(source) = catalog.source(id) {
                        let _ = writeln!(
                            out,
                            "  {id}: {}{}",
                            source.label,
                            source
                                .urls
                                .first()
                                .map_or(String::new(), |u| format!(", {u}"))
                        );
                    }
                }
            }
            Ok(out)
        }
        Command::Compare {
            scenario,
            what_if,
            format,
        } => {
            let scenario = what_if.scenario(scenario.as_deref(), catalog)?;
            Ok(compare_out(&scenario, catalog, &history, format))
        }
        Command::Handout {
            scenario,
            what_if,
            output,
        } => {
            let scenario = what_if.scenario(scenario.as_deref(), catalog)?;
            let html = crate::export::handout_html(catalog, &scenario, today);
            match output {
                None => Ok(html),
                Some(path) => crate::data::scenario_file::save_atomic(&path, html.as_bytes())
                    .map(|()| format!("Wrote the handout to {}\n", path.display()))
                    .map_err(|e| Failure(format!("cannot write {}: {e}", path.display()))),
            }
        }
        Command::Link {
            scenario,
            what_if,
            base,
        } => {
            let scenario = what_if.scenario(scenario.as_deref(), catalog)?;
            Ok(format!("{}\n", crate::data::share::link(&base, &scenario)))
        }
        Command::Fit { until, format } => {
            let until = until.unwrap_or(today);
            let from = crate::engine::Rules::rotation_start();
            let fits = fit_readings(
                &catalog.documented_scenario(),
                &history,
                members,
                from,
                until,
            );
            Ok(fit_out(&fits, format))
        }
        Command::Check { file } => {
            let scenario = load_scenario(&file, members)?;
            let until = NaiveDate::from_ymd_opt(2041, 1, 1)
                .unwrap_or_default()
                .max(scenario.rules.start);
            let projection = project(&scenario, members, until);
            let mut out = format!(
                "{}: ok: \"{}\", {} event{}\n",
                file.display(),
                crate::text::escape_controls(&scenario.name),
                scenario.events.len(),
                if scenario.events.len() == 1 { "" } else { "s" }
            );
            for w in &projection.warnings {
                let _ = writeln!(out, "{}: warning: {w}", file.display());
            }
            Ok(out)
        }
    }
}

fn compare_out(
    scenario: &Scenario,
    catalog: &Catalog,
    history: &[Holding],
    format: Format,
) -> String {
    let members = &catalog.members;
    let comparison = crate::engine::compare_with_record(scenario, members, history, NaiveDate::MIN);
    let (from, to) = (comparison.from, comparison.to);
    let ours = &comparison.projection.holdings;
    let diff = &comparison.difference;

    // Rows: every stretch in which neither side changes.
    let mut cuts: Vec<NaiveDate> = ours
        .iter()
        .chain(history.iter())
        .flat_map(|h| [h.start, h.end])
        .filter(|d| from <= *d && *d <= to)
        .collect();
    cuts.extend([from, to]);
    cuts.sort_unstable();
    cuts.dedup();
    let side = |list: &[Holding], day: NaiveDate| {
        crate::engine::project::holding_on(list, day).map(|h| {
            let who = match h.kind {
                HoldingKind::Acting => format!("{} (acting)", h.holder),
                HoldingKind::Term => h.holder.clone(),
            };
            (h.turn, h.holder_state, who)
        })
    };
    struct Row {
        start: NaiveDate,
        end: NaiveDate,
        documented: Option<(Option<StateCode>, Option<StateCode>, String)>,
        scenario: Option<(Option<StateCode>, Option<StateCode>, String)>,
        agree: bool,
    }
    let rows: Vec<Row> = cuts
        .windows(2)
        .map(|w| {
            let documented = side(history, w[0]);
            let scenario = side(ours, w[0]);
            let agree =
                documented.as_ref().map(|d| (d.0, d.1)) == scenario.as_ref().map(|s| (s.0, s.1));
            Row {
                start: w[0],
                end: w[1],
                documented,
                scenario,
                agree,
            }
        })
        .collect();
    let describe = |side: &Option<(Option<StateCode>, Option<StateCode>, String)>| {
        side.as_ref().map_or_else(String::new, |(turn, _, who)| {
            format!(
                "{}: {who}",
                turn.map_or_else(String::new, |t| members.name_en(t))
            )
        })
    };
    match format {
        Format::Csv => {
            let mut out = String::from(
                "start,end,documented_turn,documented_holder_state,documented_holder,scenario_turn,scenario_holder_state,scenario_holder,agree\n",
            );
            for r in &rows {
                let cols = |s: &Option<(Option<StateCode>, Option<StateCode>, String)>| {
                    s.as_ref().map_or_else(
                        || ",,".to_owned(),
                        |(t, hs, who)| format!("{},{},{}", code(*t), code(*hs), csv_field(who)),
                    )
                };
                let _ = writeln!(
                    out,
                    "{},{},{},{},{}",
                    r.start,
                    r.end,
                    cols(&r.documented),
                    cols(&r.scenario),
                    r.agree
                );
            }
            out
        }
        Format::Json => {
            let value = serde_json::json!({
                "scenario": scenario.name,
                "from": from.to_string(),
                "to": to.to_string(),
                "first_divergence": diff.first_divergence.map(|d| d.to_string()),
                "disagreements": diff.periods.iter().map(|p| serde_json::json!({"start": p.start.to_string(), "end": p.end.to_string()})).collect::<Vec<_>>(),
                "differences": diff.sentences,
                "scenario_holdings": ours.iter().filter(|h| h.start < to).map(holding_json).collect::<Vec<_>>(),
            });
            format!("{}\n", crate::text::json_safe(&value.to_string()))
        }
        Format::Table | Format::Markdown => {
            let markdown = format == Format::Markdown;
            let header = [
                "From",
                "To (last day)",
                "Documented",
                &scenario.name,
                "Differs",
            ];
            let body: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    vec![
                        r.start.to_string(),
                        r.end.pred_opt().unwrap_or(r.end).to_string(),
                        describe(&r.documented),
                        describe(&r.scenario),
                        if r.agree {
                            String::new()
                        } else {
                            "yes".to_owned()
                        },
                    ]
                })
                .collect();
            let name = if markdown {
                crate::text::markdown(&scenario.name)
            } else {
                crate::text::escape_controls(&scenario.name).into_owned()
            };
            let mut out = format!(
                "{}{}\n\n",
                if markdown { "## " } else { "" },
                format_args!(
                    "{name} beside the documented history, {from} to {}",
                    to.pred_opt().unwrap_or(to)
                )
            );
            out.push_str(&table(&header, &body, markdown));
            out.push('\n');
            match diff.first_divergence {
                None => out.push_str("They agree on every day.\n"),
                Some(day) => {
                    let _ = writeln!(out, "First divergence: {day}.");
                    let days = diff.disagreeing_days();
                    let _ = writeln!(
                        out,
                        "They disagree on {days} day{}.",
                        if days == 1 { "" } else { "s" }
                    );
                    out.push_str(if markdown {
                        "\n### Differences\n\n"
                    } else {
                        "\nDifferences:\n"
                    });
                    for s in &diff.sentences {
                        if markdown {
                            let _ = writeln!(out, "- {}.", crate::text::markdown(s));
                        } else {
                            let _ = writeln!(out, " - {s}.");
                        }
                    }
                }
            }
            out
        }
    }
}

fn fit_out(fits: &[crate::engine::Fit], format: Format) -> String {
    match format {
        Format::Csv => {
            let mut out = String::from("reading,agreeing_days,total_days,share,first_divergence\n");
            for f in fits {
                let _ = writeln!(
                    out,
                    "{},{},{},{:.4},{}",
                    f.reading,
                    f.agreeing_days,
                    f.total_days,
                    f.share(),
                    f.first_divergence
                        .map(|d| d.to_string())
                        .unwrap_or_default()
                );
            }
            out
        }
        Format::Json => {
            let rows: Vec<serde_json::Value> = fits
                .iter()
                .map(|f| {
                    serde_json::json!({
                        "reading": f.reading.name(),
                        "from": f.from.to_string(),
                        "to": f.to.to_string(),
                        "agreeing_days": f.agreeing_days,
                        "total_days": f.total_days,
                        "share": f.share(),
                        "first_divergence": f.first_divergence.map(|d| d.to_string()),
                    })
                })
                .collect();
            let json = serde_json::Value::Array(rows).to_string();
            format!("{}\n", crate::text::json_safe(&json))
        }
        Format::Table | Format::Markdown => {
            let header = ["Reading", "Agreeing days", "Share", "First divergence"];
            let rows: Vec<Vec<String>> = fits
                .iter()
                .map(|f| {
                    vec![
                        f.reading.name().to_owned(),
                        format!("{} of {}", f.agreeing_days, f.total_days),
                        format!("{:.1}%", f.share() * 100.0),
                        f.first_divergence
                            .map_or_else(|| "none".to_owned(), |d| d.to_string()),
                    ]
                })
                .collect();
            let (from, to) = fits.first().map(|f| (f.from, f.to)).unwrap_or_default();
            let mut out = format!(
                "{}How well each reading explains the record, {from} to {}\n\n",
                if format == Format::Markdown {
                    "## "
                } else {
                    ""
                },
                to.pred_opt().unwrap_or(to)
            );
            out.push_str(&table(&header, &rows, format == Format::Markdown));
            out
        }
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    #[test]
    fn slide_options_open_the_walkthrough_at_its_step_in_presenter_mode() {
        let cli = Cli::try_parse_from(["rota", "--view", "dispute", "--step", "4", "--presenter"])
            .unwrap();
        let launch = cli.window.launch(None, None);
        assert_eq!(launch.step, Some(3));
        assert_eq!(launch.tab, Some(crate::app::Tab::Dispute));
        assert!(launch.presenter);
        assert!(!launch.ephemeral);
        assert!(Cli::try_parse_from(["rota", "--step", "0"]).is_err());
        assert!(Cli::try_parse_from(["rota", "--view", "slides"]).is_err());
    }
}
