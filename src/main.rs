//! `rota`: with no subcommand, the window; otherwise the command line.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = rota::cli::Cli::parse();
    match cli.command {
        // The clock is read here, at the edge, and handed to the pure code.
        Some(command) => rota::cli::run(command, chrono::Local::now().date_naive()),
        None => match rota::app::run() {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("rota: cannot open the window: {e}");
                ExitCode::from(1)
            }
        },
    }
}
