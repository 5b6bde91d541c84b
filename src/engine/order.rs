//! The order of the rotation: states sorted by name, Russian (Cyrillic) alphabet by default.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use super::members::{Member, Members, StateCode};

/// Which names the rotation's order compares.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Order {
    /// Short Russian names (Армения, Беларусь, …): the order agreed in 2015.
    #[default]
    Ru,
    /// English short names: a what-if.
    En,
    /// Full official Russian names (Республика Армения, …): a what-if that puts Kyrgyzstan first.
    RuOfficial,
}

impl Order {
    pub const ALL: [Self; 3] = [Self::Ru, Self::En, Self::RuOfficial];

    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Ru => "ru",
            Self::En => "en",
            Self::RuOfficial => "ru-official",
        }
    }

    #[must_use]
    pub fn describe(self) -> &'static str {
        match self {
            Self::Ru => "short Russian names",
            Self::En => "English names",
            Self::RuOfficial => "official Russian names",
        }
    }

    /// The name this order compares for `member`.
    #[must_use]
    pub fn key_name(self, member: &Member) -> &str {
        match self {
            Self::Ru => &member.name_ru,
            Self::En => &member.name_en,
            Self::RuOfficial => &member.name_ru_official,
        }
    }
}

impl fmt::Display for Order {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Order {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|o| o.name() == s)
            .ok_or_else(|| format!("unknown order \"{s}\": expected ru, en or ru-official"))
    }
}

/// A sort key for one letter. Cyrillic letters follow the Russian alphabet, which matches code
/// point order except for ё, which must come right after е; so every letter's rank is doubled and
/// ё takes the odd slot after е. Anything else sorts after the Cyrillic letters by code point.
fn letter_rank(c: char) -> u32 {
    const A: u32 = 'а' as u32;
    match c {
        'ё' => ('е' as u32 - A) * 2 + 1,
        'а'..='я' => (c as u32 - A) * 2,
        _ => 0x1_0000 + c as u32,
    }
}

/// The collation key of a name: lower case, spaces dropped, letters ranked as in [`letter_rank`].
#[must_use]
pub fn collation_key(name: &str) -> Vec<u32> {
    name.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| !c.is_whitespace())
        .map(letter_rank)
        .collect()
}

/// Compares two names letter by letter (Russian alphabet for Cyrillic, ignoring case and spaces).
///
/// ```
/// use std::cmp::Ordering;
/// use rota::engine::order::compare_names;
/// assert_eq!(compare_names("Армения", "Беларусь"), Ordering::Less);
/// assert_eq!(compare_names("ёж", "жук"), Ordering::Less); // ё before ж, unlike code points
/// ```
#[must_use]
pub fn compare_names(a: &str, b: &str) -> Ordering {
    collation_key(a).cmp(&collation_key(b))
}

/// Every known state, in the order's cycle. States that are not (or no longer) members keep their
/// place, so a previous holder that has left still marks where the cycle goes on.
#[must_use]
pub fn cycle(members: &Members, order: Order) -> Vec<StateCode> {
    let mut keyed: Vec<(Vec<u32>, StateCode)> = members
        .iter()
        .map(|m| (collation_key(order.key_name(m)), m.code))
        .collect();
    keyed.sort();
    keyed.into_iter().map(|(_, code)| code).collect()
}

/// The members on `day`, in the order's cycle: the states a turn could go to that day.
#[must_use]
pub fn members_on(members: &Members, order: Order, day: chrono::NaiveDate) -> Vec<StateCode> {
    cycle(members, order)
        .into_iter()
        .filter(|c| members.get(*c).is_some_and(|m| m.is_member_on(day)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yo_sorts_right_after_ye_and_before_zhe() {
        assert_eq!(compare_names("е", "ё"), Ordering::Less);
        assert_eq!(compare_names("ёа", "еб"), Ordering::Greater);
        assert_eq!(compare_names("ё", "ж"), Ordering::Less);
        // Code point order would put ё after я.
        assert!('ё' > 'я');
        assert_eq!(compare_names("ё", "я"), Ordering::Less);
    }

    #[test]
    fn case_and_spaces_are_ignored() {
        assert_eq!(
            compare_names("Республика Армения", "республикаармения"),
            Ordering::Equal
        );
        assert_eq!(compare_names("АРМЕНИЯ", "армения"), Ordering::Equal);
    }

    #[test]
    fn official_names_put_republics_together() {
        // "Республика …" sorts before "Российская …" because е < о.
        assert_eq!(
            compare_names("Республика Таджикистан", "Российская Федерация"),
            Ordering::Less
        );
        assert_eq!(
            compare_names("Кыргызская Республика", "Республика Армения"),
            Ordering::Less
        );
    }

    #[test]
    fn orders_parse_from_their_names() {
        assert_eq!("ru-official".parse::<Order>(), Ok(Order::RuOfficial));
        assert!("fr".parse::<Order>().is_err());
    }
}
