//! The checks that make data trustworthy, shared by office, lesson and conflict files: every
//! source cited resolves, every quote is verbatim in its seed; and problems found after parsing,
//! collected by path and located in one pass.

use super::bundle::seed;
use super::paths::Locator;
use super::scenario_file::Diagnostic;
use super::{Quote, Source};

use super::limits::{MAX_PROBLEMS_SHOWN, clip_quotes, more_problems};

/// Problems found in one file, each at a path (`members.2.names`).
#[derive(Debug, Default)]
pub struct Problems {
    found: Vec<(String, String)>,
}

impl Problems {
    pub fn push(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.found.push((path.into(), message.into()));
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    /// Checks that `sources` resolve among `known` (and that one is cited, when `need`), and that
    /// each quote is verbatim in the seed it names.
    pub fn cite(
        &mut self,
        path: &str,
        item: &str,
        sources: &[String],
        quotes: &[Quote],
        known: &[Source],
        need: bool,
    ) {
        if need && sources.is_empty() {
            self.push(
                path,
                format!("{item} cites no source: expected at least one source id"),
            );
        }
        for (i, id) in sources.iter().enumerate() {
            if !known.iter().any(|s| &s.id == id) {
                self.push(
                    format!("{path}.sources.{i}"),
                    format!("{item} cites unknown source \"{id}\": expected an id of `sources`"),
                );
            }
        }
        for (i, quote) in quotes.iter().enumerate() {
            let at = format!("{path}.quotes.{i}");
            match seed(&quote.seed) {
                None => self.push(at, format!("{item} quotes unknown seed \"{}\"", quote.seed)),
                Some(seed) if !seed.text.contains(&quote.text) => self.push(
                    at,
                    format!(
                        "{item}: the quote \"{}\" is not verbatim in {}",
                        quote.text, quote.seed
                    ),
                ),
                Some(_) => {}
            }
        }
    }

    /// The problems as diagnostics of `file`, in the order of the text, at most
    /// [`MAX_PROBLEMS_SHOWN`] of them and a line counting the rest (see [`capped`]). What a
    /// message quotes of the file ("…") is clipped to [`super::limits::MAX_QUOTED_CHARS`].
    #[must_use]
    pub fn located(self, file: &str, text: &str) -> Vec<Diagnostic> {
        let locator = Locator::new(text);
        let mut out: Vec<Diagnostic> = self
            .found
            .into_iter()
            .map(|(path, message)| Diagnostic {
                file: file.to_owned(),
                position: Some(locator.at(&path)),
                message: clip_quotes(&message, '"'),
            })
            .collect();
        out.sort_by_key(|d| d.position);
        capped(out)
    }
}

/// The first [`MAX_PROBLEMS_SHOWN`] of a file's problems, each as it is, and one more line that
/// counts the rest ("… and 950 more problems"), placed where the first of them is: a file of a
/// thousand problems gives a message a person reads.
#[must_use]
pub fn capped(mut problems: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let total = problems.len();
    if total <= MAX_PROBLEMS_SHOWN {
        return problems;
    }
    let rest = problems.drain(MAX_PROBLEMS_SHOWN..).next();
    if let Some(first) = rest {
        problems.push(Diagnostic {
            message: more_problems(total - MAX_PROBLEMS_SHOWN),
            ..first
        });
    }
    problems
}
