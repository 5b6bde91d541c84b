//! The files compiled into rota: each office folder of `assets/offices/` and each seed document
//! of `seeds/`, found by `build.rs` (no hand-kept list).

/// One bundled office folder's files, as text.
#[derive(Clone, Copy, Debug)]
pub struct BundledFiles {
    /// The folder's name: the office's id.
    pub id: &'static str,
    pub office: &'static str,
    pub lesson: Option<&'static str>,
    pub conflicts: Option<&'static str>,
    /// `(file stem, text)` of each `scenarios/*.ron`, sorted by name.
    pub scenarios: &'static [(&'static str, &'static str)],
}

/// A seed document: its file name and its text, unchanged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Seed {
    pub file: &'static str,
    pub text: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/bundle.rs"));

/// A seed document by file name.
#[must_use]
pub fn seed(file: &str) -> Option<&'static Seed> {
    SEEDS.iter().find(|s| s.file == file)
}
