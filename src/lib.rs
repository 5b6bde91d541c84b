//! rota traces how the post of Secretary General of the Collective Security Treaty Organization
//! rotates among its member states.
//!
//! - [`engine`]: the pure rule engine (scenario in, holdings out).
//! - [`data`]: the bundled, sourced data and users' scenario files.
//! - [`cli`]: the `rota` command line.
//! - [`app`]: the desktop window.

pub mod app;
pub mod cli;
pub mod data;
pub mod engine;
