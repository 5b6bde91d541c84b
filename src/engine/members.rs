//! Member states: codes, names (one per name set of the office), membership and suspensions.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;

use super::calendar::Period;

/// An ISO 3166 alpha-3 code such as `ARM`. Three ASCII capital letters, stored inline so that
/// holdings stay cheap to copy.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StateCode([u8; 3]);

impl StateCode {
    /// Parses a code; `None` unless it is exactly three ASCII capital letters.
    ///
    /// ```
    /// use rota::engine::StateCode;
    /// assert_eq!(StateCode::parse("ARM").map(|c| c.to_string()), Some("ARM".to_owned()));
    /// assert!(StateCode::parse("arm").is_none());
    /// ```
    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        let bytes: [u8; 3] = text.as_bytes().try_into().ok()?;
        bytes
            .iter()
            .all(u8::is_ascii_uppercase)
            .then_some(Self(bytes))
    }

    #[must_use]
    pub fn as_str(&self) -> &str {
        // Only ASCII capitals are ever stored, so this cannot fail.
        std::str::from_utf8(&self.0).unwrap_or("???")
    }
}

impl fmt::Display for StateCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for StateCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for StateCode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s).ok_or_else(|| {
            format!("\"{s}\" is not a state code: expected three capital letters such as ARM")
        })
    }
}

/// A state that is or was a member of the office's organisation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    pub code: StateCode,
    /// The state's name in each of the office's name sets, in the sets' order.
    pub names: Vec<String>,
    /// Periods of membership, sorted and not overlapping.
    pub membership: Vec<Period>,
    /// Periods in which participation was suspended, sorted.
    pub suspensions: Vec<Period>,
}

impl Member {
    #[must_use]
    pub fn is_member_on(&self, day: NaiveDate) -> bool {
        self.membership.iter().any(|p| p.contains(day))
    }

    /// The name in the name set at `set` (the first set's name if there is no such set).
    #[must_use]
    pub fn name(&self, set: usize) -> &str {
        self.names
            .get(set)
            .or_else(|| self.names.first())
            .map_or("", String::as_str)
    }
}

/// The known states, sorted by code.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Members {
    list: Vec<Member>,
}

impl Members {
    /// Builds the table; sorts by code.
    #[must_use]
    pub fn new(mut list: Vec<Member>) -> Self {
        list.sort_by_key(|m| m.code);
        Self { list }
    }

    #[must_use]
    pub fn get(&self, code: StateCode) -> Option<&Member> {
        self.list
            .binary_search_by_key(&code, |m| m.code)
            .ok()
            .and_then(|i| self.list.get(i))
    }

    pub fn iter(&self) -> impl Iterator<Item = &Member> {
        self.list.iter()
    }

    #[must_use]
    pub fn len(&self) -> usize {
        self.list.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// All codes, comma-separated, for "expected one of …" messages.
    #[must_use]
    pub fn codes_list(&self) -> String {
        self.list
            .iter()
            .map(|m| m.code.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    }
}
