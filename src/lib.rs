//! rota traces how posts that rotate among member states really rotate: the CSTO Secretary
//! General first and deepest, and six more offices, by their rules and in fact.
//!
//! - [`engine`]: the pure rule engine (an office and a scenario in, holdings out).
//! - [`data`]: the library of offices (sourced data) and users' scenario and office files.
//! - [`words`]: sentences made from the engine's values, with the office's words.
//! - [`lanes`], [`workspace`], [`lesson`], [`overview`]: the window's document, lanes, lessons
//!   and the offices side by side, GUI-free.
//! - [`cli`]: the `rota` command line.
//! - [`export`]: lanes as CSV, JSON and Markdown, and the printable handout.
//! - [`text`], [`output`]: what a user wrote made safe to show (clipped, control characters
//!   escaped, Markdown and HTML as text), and the command line's output that never panics.
//! - [`app`]: the window, on the desktop and (through `web`, compiled for wasm32) in a browser.

pub mod app;
pub mod cli;
pub mod colours;
pub mod data;
pub mod engine;
pub mod export;
pub mod handout;
pub mod lanes;
pub mod lesson;
pub mod output;
pub mod overview;
pub mod svg;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod web;
pub mod words;
pub mod worksheet;
pub mod workspace;
