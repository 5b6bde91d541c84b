//! The command line's output. `println!` panics when standard output cannot be written: a
//! closed pipe (`rota project | head -1`) or a full disk ended rota with status 101. Here a closed
//! pipe ends quietly with status 0, as `ls | head` does, and any other write error is a message
//! on standard error and status 1. Whatever reaches the terminal shows control characters
//! escaped (see [`crate::text::escape_controls`]), whichever format forgot them: text from a file
//! cannot clear the screen, retitle the terminal or overwrite what was printed.

use std::io::Write as _;
use std::process::ExitCode;

/// Writes `text` to standard output, whole, and flushes it.
#[must_use]
pub fn print(text: &str) -> ExitCode {
    let text = crate::text::escape_controls_except(text, &['\n']);
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        // Whoever read the output has what it wanted and went: nothing is wrong.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            warn(&format!("rota: cannot write the output: {e}"));
            ExitCode::from(1)
        }
    }
}

/// Writes one line to standard error. A failure is ignored: there is nowhere left to say it.
pub fn warn(line: &str) {
    let line = crate::text::escape_controls_except(line, &['\n']);
    let mut err = std::io::stderr().lock();
    let _ = err
        .write_all(line.as_bytes())
        .and_then(|()| err.write_all(b"\n"));
}
