//! rota's data: a library of offices, each loaded from its folder under `assets/offices/` (the
//! office file, and the optional lesson, conflicts and scenarios beside it) or from an office file a
//! user opens, and checked in one place; users' scenario files; shared links.

pub mod bundle;
mod check;
pub mod files;
pub mod iso3166;
pub mod lesson_file;
pub mod limits;
pub mod office_file;
pub mod paths;
pub mod rules_file;
pub mod scenario_file;
pub mod share;

mod catalog;
mod lesson;
mod library;
mod record;

pub use bundle::{SEEDS, Seed, seed};
pub use catalog::{BundledScenario, Catalog, Variant};
pub use lesson::{Claim, Conflict, Lesson, Position, QuizReading, Step};
pub use library::{DataError, Library};
pub use record::{DocumentedHolding, Moment, Question, Quote, Source};

/// The office a scenario file without an `office` field belongs to: every file written before
/// offices existed is a CSTO scenario.
pub const DEFAULT_OFFICE: &str = "csto-sg";
