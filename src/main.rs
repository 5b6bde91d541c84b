//! `rota`: with no subcommand, the window; otherwise the command line.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // `--probe` measures start-up from here.
    let started = std::time::Instant::now();
    let cli = rota::cli::Cli::parse();
    // The clock is read here, at the edge, and handed to the pure code.
    let today = chrono::Local::now().date_naive();
    match cli.command {
        Some(command) => rota::cli::run(command, today),
        None => window(cli.window, today, started),
    }
}

fn window(
    args: rota::cli::WindowArgs,
    today: chrono::NaiveDate,
    started: std::time::Instant,
) -> ExitCode {
    let library = match rota::data::Library::bundled() {
        Ok(library) => library,
        Err(e) => {
            rota::output::warn(&format!("rota: the bundled data is damaged: {e}"));
            return ExitCode::from(1);
        }
    };
    let outcome = rota::app::screenshot::Outcome::default();
    let screenshot = args
        .screenshot
        .clone()
        .map(|path| rota::app::screenshot::Job::new(path, outcome.clone()));
    let size = args
        .size
        .or(args.screenshot.as_ref().map(|_| [1600.0, 1000.0]));
    let wants_picture = args.screenshot.is_some();
    let report = rota::app::screenshot::ProbeOutcome::default();
    let probe = args.probe.map(|seconds| {
        rota::app::screenshot::Probe::new(
            started,
            std::time::Duration::from_secs(u64::from(seconds)),
            report.clone(),
        )
    });
    let probing = probe.is_some();
    let launch = args.launch(screenshot, probe);
    if let Err(e) = rota::app::run(library, today, launch, size) {
        rota::output::warn(&format!("rota: cannot open the window: {e}"));
        let display = ["DISPLAY", "WAYLAND_DISPLAY"]
            .iter()
            .any(|v| std::env::var_os(v).is_some_and(|x| !x.is_empty()));
        if cfg!(target_os = "linux") && !display {
            rota::output::warn(
                "rota: there is no display here; the command line works without one (rota --help), \
                 and a window or a screenshot can run on a virtual display: xvfb-run rota …",
            );
        }
        return ExitCode::from(1);
    }
    if probing {
        let report = report.lock().ok().and_then(|mut r| r.take());
        return match report {
            Some(r) => rota::output::print(&format!(
                "first_frame_ms={:.1} idle_frames={} idle_seconds={}\n",
                r.first_frame.as_secs_f64() * 1000.0,
                r.idle_frames,
                r.idle.as_secs()
            )),
            None => {
                rota::output::warn("rota: the window closed before the measurement ended");
                ExitCode::from(1)
            }
        };
    }
    if !wants_picture {
        return ExitCode::SUCCESS;
    }
    let result = outcome.lock().ok().and_then(|mut o| o.take());
    match result {
        Some(Ok(path)) => rota::output::print(&format!("wrote {}\n", path.display())),
        Some(Err(e)) => {
            rota::output::warn(&format!("rota: {e}"));
            ExitCode::from(1)
        }
        None => {
            rota::output::warn("rota: the window closed before the screenshot was taken");
            ExitCode::from(1)
        }
    }
}
