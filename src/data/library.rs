//! Every office rota knows, and the error the bundled data gives when it fails a check.

use super::scenario_file::Diagnostic;
use super::{Catalog, DEFAULT_OFFICE, bundle, office_file};

/// A problem in the bundled data: which asset, and what.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{asset}: {message}")]
pub struct DataError {
    pub asset: String,
    pub message: String,
}

impl DataError {
    fn from_diagnostics(asset: &str, problems: &[Diagnostic]) -> Self {
        let all: Vec<String> = problems.iter().map(ToString::to_string).collect();
        Self {
            asset: asset.to_owned(),
            message: all.join("; "),
        }
    }
}

/// Every office rota knows: the bundled ones (the CSTO first), and any a user opened.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Library {
    pub catalogs: Vec<Catalog>,
}

impl Library {
    /// Loads and checks every bundled office.
    ///
    /// # Errors
    /// The first office whose files fail to parse or to pass a check, naming the file and each
    /// problem with its line and column.
    pub fn bundled() -> Result<Self, DataError> {
        let mut catalogs = Vec::new();
        for files in bundle::OFFICES {
            let catalog = office_file::bundled(files).map_err(|problems| {
                DataError::from_diagnostics(&format!("assets/offices/{}", files.id), &problems)
            })?;
            catalogs.push(catalog);
        }
        // The CSTO first: it is the default, and the case rota began with.
        catalogs.sort_by_key(|c| (c.id != DEFAULT_OFFICE, c.id.clone()));
        Ok(Self { catalogs })
    }

    /// The office with this id.
    #[must_use]
    pub fn get(&self, id: &str) -> Option<&Catalog> {
        self.catalogs.iter().find(|c| c.id == id)
    }

    /// The default office (the CSTO's), or the first.
    #[must_use]
    pub fn default_office(&self) -> Option<&Catalog> {
        self.get(DEFAULT_OFFICE).or_else(|| self.catalogs.first())
    }

    /// The offices' ids, comma-separated, for "expected one of …" messages.
    #[must_use]
    pub fn ids(&self) -> String {
        self.catalogs
            .iter()
            .map(|c| c.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Adds an office a user opened, replacing one with the same id.
    pub fn add(&mut self, catalog: Catalog) {
        match self.catalogs.iter_mut().find(|c| c.id == catalog.id) {
            Some(existing) => *existing = catalog,
            None => self.catalogs.push(catalog),
        }
    }
}
