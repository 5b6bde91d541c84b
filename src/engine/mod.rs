//! The rule engine: pure functions from a scenario to a succession. No egui, no file I/O, no
//! clock: the shell passes in today's date, the members' table and the documented history.
//!
//! ```
//! use rota::engine::{Scenario, Event, project, match_history};
//! let catalog = rota::data::Catalog::bundled().unwrap_or_default();
//! let documented = catalog.scenario("documented").cloned().unwrap_or_default();
//! let until = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
//! let mut projection = project(&documented, &catalog.members, until);
//! match_history(&mut projection.holdings, &catalog.history_holdings());
//! let names: Vec<&str> = projection.holdings.iter().map(|h| h.holder.as_str()).collect();
//! assert_eq!(names, [
//!     "Valery Semerikov", "Yuri Khachaturov", "Valery Semerikov",
//!     "Stanislav Zas", "Imangali Tasmagambetov",
//! ]);
//! ```

pub mod calendar;
pub mod compare;
pub mod diff;
pub mod explain;
pub mod fit;
pub mod members;
pub mod order;
pub mod project;
pub mod roster;
pub mod rules;
pub mod scenario;

pub use calendar::Period;
pub use compare::{Comparison, compare_with_record};
pub use diff::{Difference, Disagreement, difference};
pub use explain::{TurnReason, turn_reason};
pub use fit::{Fit, fit_readings};
pub use members::{Member, Members, StateCode};
pub use order::Order;
pub use project::{
    Ending, Holding, HoldingKind, Projection, Turn, Warning, match_history, project,
};
pub use rules::{Anchoring, Reading, Rules};
pub use scenario::{Event, Place, Problem, Scenario};
