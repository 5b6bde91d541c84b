//! Office files (offices.md section 2): RON text in, a checked [`Catalog`] out, every problem as
//! `FILE:LINE:COLUMN: what is wrong and what was expected`, with the same limits as scenario files.
//! Users write these by hand, so each message names the field and what was expected.

mod convert;
mod record;
mod schema;

use std::path::Path;

use chrono::NaiveDate;

use super::bundle::BundledFiles;
use super::check::Problems;
use super::scenario_file::{
    Diagnostic, options, parse_date, parse_scenario_of, read_limited, syntax_error, text_of,
};
use super::{BundledScenario, Catalog, lesson_file};
use convert::build;
use schema::OfficeFile;

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
