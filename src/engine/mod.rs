//! The rule engine: pure functions from a scenario and an office to a succession. No egui, no file
//! I/O, no clock, and nothing about any one office: the shell passes in the office (its members,
//! name sets and fixed order), today's date and the documented history. Warnings and differences
//! come back as values; `crate::words` says them in sentences with the office's words.
//!
//! ```
//! use chrono::NaiveDate;
//! use rota::engine::{HolderKind, Member, Members, NameSet, Office, Order, Period, Rules, Scenario, StateCode, project};
//! let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
//! let member = |code, ru: &str| Member {
//!     code: StateCode::parse(code).unwrap_or_else(|| unreachable!()),
//!     names: vec![ru.to_owned()],
//!     membership: vec![Period::new(day(1992, 5, 15), None)],
//!     suspensions: vec![],
//! };
//! let members = Members::new(vec![
//!     member("RUS", "Россия"), member("ARM", "Армения"), member("BLR", "Беларусь"),
//! ]);
//! let sets = vec![NameSet { key: "ru".into(), language: "ru".into(), label: "Russian names".into() }];
//! let office = Office::new(HolderKind::Person, members, sets, vec![]).unwrap_or_default();
//! let rules = Rules::new(day(2017, 1, 1), 36, Order::Names(0));
//! let projection = project(&Scenario::new("example", "Rule alone", rules), &office, day(2026, 1, 1));
//! let turns: Vec<String> = projection.turns.iter().map(|t| t.state.to_string()).collect();
//! assert_eq!(turns, ["ARM", "BLR", "RUS"]);
//! ```

pub mod calendar;
pub mod compare;
pub mod diff;
pub mod explain;
pub mod fit;
pub mod members;
pub mod office;
pub mod order;
pub mod project;
pub mod roster;
pub mod rules;
pub mod scenario;
pub mod warning;

pub use calendar::Period;
pub use compare::{Comparison, compare_with_record};
pub use diff::{Change, Difference, Disagreement, Row, aligned, difference};
pub use explain::{TurnReason, turn_reason};
pub use fit::{Fit, fit};
pub use members::{Member, Members, StateCode};
pub use office::{HolderKind, NameSet, Office};
pub use order::{Collation, Order};
pub use project::{
    Ending, Holding, HoldingKind, Projection, Turn, holding_on, match_history, project,
};
pub use rules::{Anchoring, Reading, RulePatch, Rules};
pub use scenario::{Event, Place, Problem, Scenario};
pub use warning::{RecallIgnored, TakesOfficeIgnored, Warning};
