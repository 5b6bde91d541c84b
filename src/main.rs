//! `rota`: with no subcommand, the window; otherwise the command line.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = rota::cli::Cli::parse();
    // The clock is read here, at the edge, and handed to the pure code.
    let today = chrono::Local::now().date_naive();
    match cli.command {
        Some(command) => rota::cli::run(command, today),
        None => window(cli.window, today),
    }
}

fn window(args: rota::cli::WindowArgs, today: chrono::NaiveDate) -> ExitCode {
    let catalog = match rota::data::Catalog::bundled() {
        Ok(catalog) => catalog,
        Err(e) => {
            eprintln!("rota: the bundled data is damaged: {e}");
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
    let launch = args.launch(screenshot);
    if let Err(e) = rota::app::run(catalog, today, launch, size) {
        eprintln!("rota: cannot open the window: {e}");
        return ExitCode::from(1);
    }
    if !wants_picture {
        return ExitCode::SUCCESS;
    }
    let result = outcome.lock().ok().and_then(|mut o| o.take());
    match result {
        Some(Ok(path)) => {
            println!("wrote {}", path.display());
            ExitCode::SUCCESS
        }
        Some(Err(e)) => {
            eprintln!("rota: {e}");
            ExitCode::from(1)
        }
        None => {
            eprintln!("rota: the window closed before the screenshot was taken");
            ExitCode::from(1)
        }
    }
}
