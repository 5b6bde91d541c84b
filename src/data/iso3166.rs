//! ISO 3166 alpha-3 codes, the codes an office file's members may have: the 249 current
//! codes of ISO 3166-1 and the 30 withdrawn codes of ISO 3166-3 (the Soviet Union, SUN;
//! Yugoslavia, YUG; …), for offices whose record reaches back before a state changed.
//!
//! Source: Debian's iso-codes 4.15.0 (`iso_3166-1.json`, `iso_3166-3.json`), which follows ISO's
//! published lists; generated once from those files.

/// The current codes of ISO 3166-1, sorted.
pub const CURRENT: [&str; 249] = [
    "ABW", "AFG", "AGO", "AIA", "ALA", "ALB", "AND", "ARE", "ARG", "ARM", "ASM", "ATA", "ATF",
    "ATG", "AUS", "AUT", "AZE", "BDI", "BEL", "BEN", "BES", "BFA", "BGD", "BGR", "BHR", "BHS",
    "BIH", "BLM", "BLR", "BLZ", "BMU", "BOL", "BRA", "BRB", "BRN", "BTN", "BVT", "BWA", "CAF",
    "CAN", "CCK", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG", "COK", "COL", "COM", "CPV",
    "CRI", "CUB", "CUW", "CXR", "CYM", "CYP", "CZE", "DEU", "DJI", "DMA", "DNK", "DOM", "DZA",
    "ECU", "EGY", "ERI", "ESH", "ESP", "EST", "ETH", "FIN", "FJI", "FLK", "FRA", "FRO", "FSM",
    "GAB", "GBR", "GEO", "GGY", "GHA", "GIB", "GIN", "GLP", "GMB", "GNB", "GNQ", "GRC", "GRD",
    "GRL", "GTM", "GUF", "GUM", "GUY", "HKG", "HMD", "HND", "HRV", "HTI", "HUN", "IDN", "IMN",
    "IND", "IOT", "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA", "JAM", "JEY", "JOR", "JPN", "KAZ",
    "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR", "KWT", "LAO", "LBN", "LBR", "LBY", "LCA", "LIE",
    "LKA", "LSO", "LTU", "LUX", "LVA", "MAC", "MAF", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX",
    "MHL", "MKD", "MLI", "MLT", "MMR", "MNE", "MNG", "MNP", "MOZ", "MRT", "MSR", "MTQ", "MUS",
    "MWI", "MYS", "MYT", "NAM", "NCL", "NER", "NFK", "NGA", "NIC", "NIU", "NLD", "NOR", "NPL",
    "NRU", "NZL", "OMN", "PAK", "PAN", "PCN", "PER", "PHL", "PLW", "PNG", "POL", "PRI", "PRK",
    "PRT", "PRY", "PSE", "PYF", "QAT", "REU", "ROU", "RUS", "RWA", "SAU", "SDN", "SEN", "SGP",
    "SGS", "SHN", "SJM", "SLB", "SLE", "SLV", "SMR", "SOM", "SPM", "SRB", "SSD", "STP", "SUR",
    "SVK", "SVN", "SWE", "SWZ", "SXM", "SYC", "SYR", "TCA", "TCD", "TGO", "THA", "TJK", "TKL",
    "TKM", "TLS", "TON", "TTO", "TUN", "TUR", "TUV", "TWN", "TZA", "UGA", "UKR", "UMI", "URY",
    "USA", "UZB", "VAT", "VCT", "VEN", "VGB", "VIR", "VNM", "VUT", "WLF", "WSM", "YEM", "ZAF",
    "ZMB", "ZWE",
];

/// Withdrawn codes of ISO 3166-3 that no current country uses, sorted.
pub const WITHDRAWN: [&str; 30] = [
    "AFI", "ANT", "ATB", "ATN", "BUR", "BYS", "CSK", "CTE", "DDR", "DHY", "FXX", "GEL", "HVO",
    "JTN", "MID", "NHB", "NTZ", "PCI", "PCZ", "PUS", "RHO", "SCG", "SKM", "SUN", "TMP", "VDR",
    "WAK", "YMD", "YUG", "ZAR",
];

/// True when `code` is an ISO 3166 alpha-3 code, current or withdrawn.
#[must_use]
pub fn is_code(code: &str) -> bool {
    CURRENT.binary_search(&code).is_ok() || WITHDRAWN.binary_search(&code).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn current_and_withdrawn_codes_are_known_and_made_up_ones_are_not() {
        for code in ["ARM", "RUS", "VNM", "GBR", "URY", "SUN", "YUG"] {
            assert!(is_code(code), "{code}");
        }
        for code in ["QQQ", "ABC", "XYZ", "arm"] {
            assert!(!is_code(code), "{code}");
        }
        assert!(CURRENT.windows(2).all(|w| w[0] < w[1]));
        assert!(WITHDRAWN.windows(2).all(|w| w[0] < w[1]));
    }
}
