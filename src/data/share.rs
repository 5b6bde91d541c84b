//! Scenarios shared as links: the scenario file's text, compressed (deflate) and written in the
//! URL-safe base64 alphabet, after `#s=` in the page's address. The part after `#` never reaches a
//! server, so a shared scenario stays between the people who have the link.
//!
//! The scenario names its office, so a link opens the right one.
//!
//! ```
//! let library = rota::data::Library::bundled().unwrap_or_default();
//! let catalog = library.get("sco-sg").cloned().unwrap_or_default();
//! let scenario = catalog.documented_scenario();
//! let link = rota::data::share::link("https://example.org/rota/", &scenario, &catalog);
//! assert!(link.starts_with("https://example.org/rota/#s="));
//! let back = rota::data::share::decode(&link, &library);
//! assert_eq!(back.ok(), Some(scenario));
//! ```

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use super::scenario_file::{MAX_FILE_BYTES, parse_scenario, scenario_to_ron};
use super::{Catalog, Library};
use crate::engine::Scenario;

/// Where `scripts/serve-web` serves the web edition: the default base of a link.
pub const DEFAULT_BASE: &str = "http://127.0.0.1:8765/";

/// What precedes the scenario in a link's fragment.
pub const KEY: &str = "s=";

/// The fragment (without `#`) that carries `scenario`.
#[must_use]
pub fn fragment(scenario: &Scenario, catalog: &Catalog) -> String {
    let text = scenario_to_ron(scenario, catalog);
    let packed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9);
    format!("{KEY}{}", URL_SAFE_NO_PAD.encode(packed))
}

/// A link to `scenario` on the page at `base` (any fragment of `base` is replaced).
#[must_use]
pub fn link(base: &str, scenario: &Scenario, catalog: &Catalog) -> String {
    let base = base.split_once('#').map_or(base, |(page, _)| page);
    format!("{base}#{}", fragment(scenario, catalog))
}

fn payload(text: &str) -> Option<&str> {
    let text = text.trim();
    let fragment = text.split_once('#').map_or(text, |(_, f)| f);
    fragment.split('&').find_map(|part| part.strip_prefix(KEY))
}

/// The scenario a link carries.
///
/// # Errors
/// A sentence for the user: the link carries no scenario, it was cut short or altered (it does
/// not decode, decompress or parse), or the scenario in it is not a valid one.
pub fn decode(text: &str, library: &Library) -> Result<Scenario, String> {
    let Some(payload) = payload(text) else {
        return Err("This link carries no scenario (nothing after “#s=”).".to_owned());
    };
    let damaged = |why: &str| {
        format!("This link is damaged ({why}); it may have been cut short when it was copied.")
    };
    let packed = URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| damaged("it holds characters a scenario link never has"))?;
    let limit = usize::try_from(MAX_FILE_BYTES).unwrap_or(usize::MAX);
    let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, limit)
        .map_err(|_| damaged("its scenario cannot be unpacked"))?;
    parse_scenario("the link", &bytes, library).map_err(|problems| {
        let first = problems
            .first()
            .map(ToString::to_string)
            .unwrap_or_default();
        format!("This link's scenario cannot be opened: {first}")
    })
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_scenario_survives_a_link_and_links_are_short() {
        let library = Library::bundled().unwrap();
        for catalog in &library.catalogs {
            for bundled in &catalog.scenarios {
                let link = link("http://127.0.0.1:8765/", &bundled.scenario, catalog);
                assert!(
                    link.len() < 1200,
                    "{}: {} characters",
                    bundled.id,
                    link.len()
                );
                assert!(link.chars().all(|c| c.is_ascii_graphic()), "{link}");
                assert_eq!(decode(&link, &library).unwrap(), bundled.scenario);
            }
        }
    }

    #[test]
    fn a_damaged_or_tampered_link_says_what_is_wrong() {
        let library = Library::bundled().unwrap();
        let catalog = library.get("csto-sg").unwrap();
        let scenario = catalog.scenario("documented").unwrap();
        let good = link("https://x.org/", scenario, catalog);
        assert_eq!(
            decode("https://x.org/", &library).unwrap_err(),
            "This link carries no scenario (nothing after “#s=”)."
        );
        let cut = &good[..good.len() - 12];
        assert!(
            decode(cut, &library)
                .unwrap_err()
                .starts_with("This link is damaged (its scenario cannot be unpacked)")
        );
        let odd = good.replace("#s=", "#s=*");
        assert!(
            decode(&odd, &library)
                .unwrap_err()
                .contains("characters a scenario link never has")
        );
        // Well-formed, but the scenario inside is not one: a recall before the rotation.
        let mut bad = scenario.clone();
        bad.events.push(crate::engine::Event::Recall {
            date: "2016-05-01".parse().unwrap(),
        });
        let tampered = link("https://x.org/", &bad, catalog);
        let message = decode(&tampered, &library).unwrap_err();
        assert!(
            message.starts_with("This link's scenario cannot be opened: the link:"),
            "{message}"
        );
        // A bare fragment, as pasted from the address bar's end, works too.
        assert_eq!(
            &decode(&fragment(scenario, catalog), &library).unwrap(),
            scenario
        );
    }
}
