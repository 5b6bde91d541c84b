//! rota traces how the post of Secretary General of the Collective Security Treaty Organization
//! rotates among its member states.
//!
//! - [`engine`]: the pure rule engine (scenario in, holdings out).
//! - [`data`]: the bundled, sourced data and users' scenario files.
//! - [`cli`]: the `rota` command line.
//! - [`export`]: lanes as CSV, JSON and Markdown, and the printable handout.
//! - [`app`]: the window, on the desktop and (through `web`, compiled for wasm32) in a browser.

pub mod app;
pub mod cli;
pub mod data;
pub mod engine;
pub mod export;
pub mod output;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod web;
