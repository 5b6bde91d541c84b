//! The order of the rotation: the members sorted by their names in one of the office's name sets
//! (with that language's collation), or a fixed cycle of codes.
//!
//! Collation is ICU4X's (`icu_collator`, CLDR's rules): Spanish puts ñ after n, English and
//! Russian ignore case, and spaces and punctuation are ignored. One rule of rota's differs from
//! CLDR: in Russian, ё is a letter of its own right after е (CLDR treats it as a variant of е).
//! rota keeps that rule by comparing ё as е followed by U+FFFF, which CLDR sorts after every other
//! character: so every word with е at that place comes before every word with ё.

use std::cmp::Ordering;

use icu_collator::options::{AlternateHandling, CollatorOptions, Strength};
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::Locale;

use super::members::{Members, StateCode};

/// Which order a rule set follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Order {
    /// Alphabetical by the office's name set at this index.
    Names(u8),
    /// The office's fixed cycle of codes.
    Fixed,
}

impl Default for Order {
    /// The office's first name set.
    fn default() -> Self {
        Self::Names(0)
    }
}

/// A collation for one language: how names compare in its alphabet.
pub struct Collation {
    collator: CollatorBorrowed<'static>,
    /// Russian: ё is a letter of its own, right after е.
    yo_after_ye: bool,
}

impl Collation {
    /// The collation of `language` (a BCP 47 tag such as `ru`, `en`, `es`). A language ICU4X has
    /// no tailoring for gets the root collation (CLDR's default order).
    ///
    /// # Errors
    /// The tag is not a valid BCP 47 language tag.
    pub fn new(language: &str) -> Result<Self, String> {
        let locale: Locale = language.parse().map_err(|_| {
            format!("\"{language}\" is not a language tag: expected one such as ru, en or es")
        })?;
        let mut options = CollatorOptions::default();
        // Secondary strength ignores case; shifted alternates ignore spaces and punctuation.
        options.strength = Some(Strength::Secondary);
        options.alternate_handling = Some(AlternateHandling::Shifted);
        let collator = Collator::try_new(locale.clone().into(), options)
            .map_err(|e| format!("no collation for \"{language}\": {e}"))?;
        Ok(Self {
            collator,
            yo_after_ye: locale.id.language.as_str() == "ru",
        })
    }

    /// Compares two names in this language's alphabetical order.
    ///
    /// ```
    /// use std::cmp::Ordering;
    /// use rota::engine::order::Collation;
    /// let ru = Collation::new("ru").unwrap();
    /// assert_eq!(ru.compare("Армения", "Беларусь"), Ordering::Less);
    /// assert_eq!(ru.compare("ёж", "ежа"), Ordering::Greater); // ё after е, unlike CLDR
    /// let es = Collation::new("es").unwrap();
    /// assert_eq!(es.compare("ña", "nz"), Ordering::Greater); // ñ after n
    /// ```
    #[must_use]
    pub fn compare(&self, a: &str, b: &str) -> Ordering {
        if self.yo_after_ye && (has_yo(a) || has_yo(b)) {
            self.collator.compare(&yo_as_ye_last(a), &yo_as_ye_last(b))
        } else {
            self.collator.compare(a, b)
        }
    }
}

impl std::fmt::Debug for Collation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Collation")
            .field("yo_after_ye", &self.yo_after_ye)
            .finish_non_exhaustive()
    }
}

fn has_yo(text: &str) -> bool {
    text.contains(['ё', 'Ё'])
}

fn yo_as_ye_last(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 4);
    for c in text.chars() {
        match c {
            'ё' => out.push_str("е\u{FFFF}"),
            'Ё' => out.push_str("Е\u{FFFF}"),
            _ => out.push(c),
        }
    }
    out
}

/// Every known state sorted by its name at `set` in `collation`, ties broken by code. States that
/// are not (or no longer) members keep their place, so a previous holder that has left still marks
/// where the cycle goes on.
#[must_use]
pub fn alphabetical(members: &Members, set: usize, collation: &Collation) -> Vec<StateCode> {
    let mut list: Vec<(&str, StateCode)> = members.iter().map(|m| (m.name(set), m.code)).collect();
    list.sort_by(|(a, ca), (b, cb)| collation.compare(a, b).then(ca.cmp(cb)));
    list.into_iter().map(|(_, code)| code).collect()
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    #[test]
    fn yo_sorts_right_after_ye_and_before_zhe() {
        let ru = Collation::new("ru").unwrap();
        assert_eq!(ru.compare("е", "ё"), Ordering::Less);
        assert_eq!(ru.compare("ёа", "еб"), Ordering::Greater);
        assert_eq!(ru.compare("ё", "ж"), Ordering::Less);
        assert_eq!(ru.compare("Ёлка", "ель"), Ordering::Greater);
        // Code point order would put ё after я.
        assert_eq!(ru.compare("ё", "я"), Ordering::Less);
    }

    #[test]
    fn case_and_spaces_are_ignored() {
        let ru = Collation::new("ru").unwrap();
        assert_eq!(
            ru.compare("Республика Армения", "республикаармения"),
            Ordering::Equal
        );
        assert_eq!(ru.compare("АРМЕНИЯ", "армения"), Ordering::Equal);
        let en = Collation::new("en").unwrap();
        assert_eq!(en.compare("viet nam", "Viet Nam"), Ordering::Equal);
    }

    #[test]
    fn official_names_put_republics_together() {
        let ru = Collation::new("ru").unwrap();
        // "Республика …" sorts before "Российская …" because е < о.
        assert_eq!(
            ru.compare("Республика Таджикистан", "Российская Федерация"),
            Ordering::Less
        );
        assert_eq!(
            ru.compare("Кыргызская Республика", "Республика Армения"),
            Ordering::Less
        );
    }

    #[test]
    fn spanish_puts_enye_after_n_and_english_does_not() {
        let es = Collation::new("es").unwrap();
        let en = Collation::new("en").unwrap();
        assert_eq!(es.compare("Ñandú", "Nube"), Ordering::Greater);
        assert_eq!(en.compare("Ñandú", "Nube"), Ordering::Less);
        assert_eq!(es.compare("Brasil", "Bolivia"), Ordering::Greater);
    }

    #[test]
    fn a_bad_language_tag_is_refused_with_a_message() {
        let err = Collation::new("not a tag").unwrap_err();
        assert!(err.contains("not a language tag"), "{err}");
        // An unknown but well-formed language falls back to the root collation.
        assert!(Collation::new("xx").is_ok());
    }
}
