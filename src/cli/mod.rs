//! The `rota` command line: the same engine and data as the window, printed for people
//! (table, Markdown) and for scripts (CSV, JSON).

mod tables;
mod what_if;

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use crate::data::Library;
use crate::data::office_file::load_office;
use crate::data::scenario_file::load_scenario;
use crate::engine::{match_history, project};
use crate::export::{Format, holdings_out};
use crate::text::escape_controls;
use crate::words;
use what_if::{OfficeArg, WhatIf, date_arg};

/// rota: how posts that rotate among member states really rotate: the CSTO Secretary General
/// and six more offices, by their rules and in fact.
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
    /// The office to show: an id `rota offices` lists, or an office file (RON).
    #[arg(long, value_name = "ID|FILE.ron")]
    pub office: Option<String>,
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
            office: self.office,
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
    /// The office's lesson (the CSTO's: the dispute walkthrough).
    #[value(alias = "lesson")]
    Dispute,
    Predict,
    Sources,
    Readings,
    Order,
    /// Every office side by side.
    Offices,
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
            Self::Offices => Tab::Offices,
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
    date_arg(text)
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the offices rota knows: id, organisation, post, rule, the span of the record, who holds
    /// the post today, who is next by the rule, and how much of the record the rule alone explains.
    Offices {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Print the projected succession from the rotation's start.
    Project {
        /// A scenario file (RON); without one, the office's rule alone.
        scenario: Option<PathBuf>,
        #[command(flatten)]
        what_if: WhatIf,
        /// Print holdings that start before this day (YYYY-MM-DD); default: the office's horizon
        /// (2041-01-01 for the CSTO).
        #[arg(long, value_parser = date_arg)]
        until: Option<NaiveDate>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Print the documented holdings, with their sources.
    History {
        #[command(flatten)]
        office: OfficeArg,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Print a scenario beside the documented history, with the differences in words.
    Compare {
        /// A scenario file (RON); without one, the office's rule alone.
        scenario: Option<PathBuf>,
        #[command(flatten)]
        what_if: WhatIf,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Print how well the rules as agreed and each variant explain the documented record.
    Fit {
        #[command(flatten)]
        office: OfficeArg,
        /// The last day counted is the day before this one (default: today).
        #[arg(long, value_parser = date_arg)]
        until: Option<NaiveDate>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Write a one-page handout (HTML a browser prints) for a scenario: its lanes beside the record,
    /// what it changes, the readings and the sources.
    Handout {
        /// A scenario file (RON); without one, the office's rule alone.
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
        /// A scenario file (RON); without one, the office's rule alone.
        scenario: Option<PathBuf>,
        #[command(flatten)]
        what_if: WhatIf,
        /// Where the web edition is served.
        #[arg(long, default_value = crate::data::share::DEFAULT_BASE)]
        base: String,
    },
    /// Check a scenario file or an office file and report every problem as
    /// FILE:LINE:COLUMN: message.
    Check {
        file: PathBuf,
        /// The office a scenario file names, when it is an office file of your own.
        #[command(flatten)]
        office: OfficeArg,
    },
}

/// A failure the user can act on: one message, exit status 2.
pub struct Failure(pub String);

/// Runs a subcommand; prints its output and returns the exit status (2 on bad input).
#[must_use]
pub fn run(command: Command, today: NaiveDate) -> ExitCode {
    let mut library = match Library::bundled() {
        Ok(library) => library,
        Err(e) => {
            crate::output::warn(&format!("rota: the bundled data is damaged: {e}"));
            return ExitCode::from(1);
        }
    };
    match execute(command, &mut library, today) {
        Ok(out) => crate::output::print(&out),
        Err(Failure(message)) => {
            crate::output::warn(&format!("rota: {message}"));
            ExitCode::from(2)
        }
    }
}

/// True when the file's first word (after comments) is `Office`: an office file.
fn is_office_file(path: &std::path::Path) -> bool {
    let Ok(bytes) = crate::data::scenario_file::read_limited(path) else {
        return false;
    };
    let text = String::from_utf8_lossy(&bytes);
    let text = text.trim_start_matches('\u{feff}');
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("//"))
        .is_some_and(|l| l.starts_with("Office"))
}

fn execute(command: Command, library: &mut Library, today: NaiveDate) -> Result<String, Failure> {
    match command {
        Command::Offices { format } => Ok(tables::offices_out(library, format, today)),
        Command::Project {
            scenario,
            what_if,
            until,
            format,
        } => {
            let (catalog, scenario) = what_if.scenario(scenario.as_deref(), library)?;
            let until = until.unwrap_or(catalog.horizon);
            let mut projection = project(&scenario, &catalog.office, until);
            match_history(&mut projection.holdings, &catalog.history_holdings());
            for w in &projection.warnings {
                crate::output::warn(&format!("warning: {}", words::warning(w, &catalog)));
            }
            Ok(holdings_out(&projection.holdings, &catalog, format, false))
        }
        Command::History { office, format } => {
            let catalog = office.or_default(library)?;
            let mut out = holdings_out(&catalog.history_holdings(), &catalog, format, true);
            if format == Format::Table {
                out.push_str("\nSources:\n");
                let mut cited: Vec<&String> = Vec::new();
                for id in catalog.history.iter().flat_map(|d| &d.sources) {
                    if !cited.contains(&id) {
                        cited.push(id);
                    }
                }
                for id in cited {
                    if let Some(source) = catalog.source(id) {
                        // An office file's text: shown with its control characters escaped.
                        let _ = writeln!(
                            out,
                            "  {}: {}{}",
                            escape_controls(id),
                            escape_controls(&source.label),
                            source
                                .urls
                                .first()
                                .map_or(String::new(), |u| format!(", {}", escape_controls(u)))
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
            let (catalog, scenario) = what_if.scenario(scenario.as_deref(), library)?;
            Ok(tables::compare_out(&scenario, &catalog, format))
        }
        Command::Handout {
            scenario,
            what_if,
            output,
        } => {
            let (catalog, scenario) = what_if.scenario(scenario.as_deref(), library)?;
            let html = crate::export::handout_html(&catalog, &scenario, today);
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
            let (catalog, scenario) = what_if.scenario(scenario.as_deref(), library)?;
            Ok(format!(
                "{}\n",
                crate::data::share::link(&base, &scenario, &catalog)
            ))
        }
        Command::Fit {
            office,
            until,
            format,
        } => {
            let catalog = office.or_default(library)?;
            let fits = catalog.fits(until.unwrap_or(today));
            Ok(tables::fit_out(&fits, &catalog, format))
        }
        Command::Check { file, office } => {
            if is_office_file(&file) {
                let catalog = load_office(&file)?;
                let n = |count: usize, one: &str, many: &str| {
                    format!("{count} {}", if count == 1 { one } else { many })
                };
                return Ok(format!(
                    "{}: ok: office \"{}\" ({} {}), {}, {}, the rules as agreed and {}\n",
                    file.display(),
                    escape_controls(&catalog.id),
                    escape_controls(&catalog.short),
                    escape_controls(&catalog.post),
                    n(catalog.office.members.len(), "member", "members"),
                    n(
                        catalog.history.len(),
                        "documented holding",
                        "documented holdings"
                    ),
                    n(catalog.readings.len() - 1, "variant", "variants"),
                ));
            }
            office.catalog(library)?;
            let scenario = load_scenario(&file, library)?;
            let catalog = library.get(&scenario.office).cloned().unwrap_or_default();
            let until = catalog.horizon.max(scenario.rules.start);
            let projection = project(&scenario, &catalog.office, until);
            let mut out = format!(
                "{}: ok: \"{}\", {} event{}\n",
                file.display(),
                escape_controls(&scenario.name),
                scenario.events.len(),
                if scenario.events.len() == 1 { "" } else { "s" }
            );
            for w in &projection.warnings {
                let _ = writeln!(
                    out,
                    "{}: warning: {}",
                    file.display(),
                    escape_controls(&words::warning(w, &catalog))
                );
            }
            Ok(out)
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
