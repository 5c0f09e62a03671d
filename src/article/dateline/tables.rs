//! The reference tables behind the dateline checks: AP's state abbreviations and the cities
//! that stand alone in a dateline. Both are the TSV files from the newsroom conventions, built
//! into the binary and parsed once.

use std::sync::LazyLock;

/// One U.S. state (or D.C.) as the AP table lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    /// "California".
    pub name: &'static str,
    /// "Calif.", or the full name for the eight states AP never abbreviates.
    pub ap: &'static str,
    /// "CA".
    pub postal: &'static str,
}

impl State {
    /// Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas and Utah: spelled out everywhere.
    pub fn never_abbreviated(&self) -> bool {
        self.ap == self.name
    }
}

/// A city that AP datelines without a state or country.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StandaloneCity {
    /// As written in a dateline: "ST. LOUIS".
    pub city: &'static str,
    /// The state or country it belongs to ("Missouri"), or `None` for JERUSALEM.
    pub region: Option<&'static str>,
    pub domestic: bool,
    /// `false` for rows marked `unsure`: the city may stand alone or take its country.
    pub verified: bool,
}

static STATES_TSV: &str = include_str!("data/ap-state-abbreviations.tsv");
static CITIES_TSV: &str = include_str!("data/standalone-dateline-cities.tsv");

static STATES: LazyLock<Vec<State>> = LazyLock::new(|| {
    rows(STATES_TSV)
        .filter_map(|fields| match fields[..] {
            [name, ap, postal, ..] => Some(State { name, ap, postal }),
            _ => None,
        })
        .collect()
});

static CITIES: LazyLock<Vec<StandaloneCity>> = LazyLock::new(|| {
    rows(CITIES_TSV)
        .filter_map(|fields| match fields[..] {
            [city, region, scope, status, ..] => Some(StandaloneCity {
                city,
                region: (!region.starts_with('(')).then_some(region),
                domestic: scope == "domestic",
                verified: status == "verified",
            }),
            _ => None,
        })
        .collect()
});

/// Abbreviations people type for states that are neither AP's nor the postal code, from the
/// conventions' table of typical wrong forms, plus the old long forms of the eight spelled-out
/// states. Keyed by the state's name.
const COMMON_WRONG_FORMS: &[(&str, &[&str])] = &[
    ("Alaska", &["Alas."]),
    ("Arizona", &["Az.", "Ariz"]),
    ("California", &["Cal.", "Ca.", "Calif", "Cali."]),
    ("Colorado", &["Col.", "Colo"]),
    ("Connecticut", &["Ct.", "Conn"]),
    ("Florida", &["Fl.", "Fla"]),
    ("Idaho", &["Ida."]),
    ("Illinois", &["Ill", "Il."]),
    ("Kansas", &["Kans.", "Ks.", "Kan"]),
    ("Massachusetts", &["Ma.", "Mass"]),
    ("Michigan", &["Mi.", "Mich"]),
    ("Minnesota", &["Mn.", "Minn"]),
    ("Nebraska", &["Nebr.", "Ne."]),
    ("Oregon", &["Oreg.", "Or.", "Ore"]),
    ("Pennsylvania", &["Penn.", "Penna.", "Pa"]),
    ("Tennessee", &["Tn.", "Tenn"]),
    ("Texas", &["Tex.", "Tx.", "Tex"]),
    ("Washington", &["Wa.", "Wash"]),
    ("West Virginia", &["W. Va.", "W.V.", "W Va"]),
    ("Wisconsin", &["Wisc.", "Wi.", "Wis"]),
];

fn rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines()
        .skip(1)
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.split('\t').map(str::trim).collect())
}

pub fn states() -> &'static [State] {
    &STATES
}

pub fn standalone_cities() -> &'static [StandaloneCity] {
    &CITIES
}

/// The stand-alone city a dateline place names, if any. `MACAU` is accepted for `MACAO`, as the
/// table's note asks.
pub fn standalone_city(place: &str) -> Option<&'static StandaloneCity> {
    let place = normalise_place(place);
    let place = if place == "MACAU" {
        "MACAO".to_string()
    } else {
        place
    };
    CITIES.iter().find(|c| c.city == place)
}

/// How a dateline's region relates to a U.S. state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StateForm {
    /// Exactly AP's dateline form ("Calif.", "Texas").
    Ap,
    /// AP's form in capitals ("CALIF.", "TEXAS").
    ApInCapitals,
    /// The two-letter postal code ("CA").
    Postal,
    /// The full name of a state AP abbreviates ("California").
    FullName,
    /// Another abbreviation ("Cal.", "Tex.", "W. Va.").
    OtherAbbreviation,
}

/// Reads a region as a U.S. state, if it is one. Full names that are also countries
/// (Georgia) are not read as states: `TBILISI, Georgia` is right.
pub fn state_for_region(region: &str) -> Option<(&'static State, StateForm)> {
    let region = region.trim();
    // Most datelines have no region, and no state is spelled with nothing.
    if region.is_empty() {
        return None;
    }
    for state in STATES.iter() {
        if region == state.ap {
            return Some((state, StateForm::Ap));
        }
        if region.len() > 2 && in_capitals_is(region, state.ap) {
            return Some((state, StateForm::ApInCapitals));
        }
        if region == state.postal {
            return Some((state, StateForm::Postal));
        }
        if region.eq_ignore_ascii_case(state.name) && state.name != "Georgia" {
            return Some((state, StateForm::FullName));
        }
    }
    COMMON_WRONG_FORMS.iter().find_map(|(name, forms)| {
        if !forms.iter().any(|form| form.eq_ignore_ascii_case(region)) {
            return None;
        }
        let state = STATES.iter().find(|s| s.name == *name)?;
        Some((state, StateForm::OtherAbbreviation))
    })
}

/// Whether `text` is `word` in capitals, without making the capitals of every state tried.
fn in_capitals_is(text: &str, word: &str) -> bool {
    if word.is_ascii() {
        text.len() == word.len()
            && text
                .bytes()
                .zip(word.bytes())
                .all(|(t, w)| t == w.to_ascii_uppercase())
    } else {
        text == word.to_uppercase()
    }
}

/// True when a region names the given state or country in any of its forms.
pub fn region_names(region: &str, state_or_country: &str) -> bool {
    let region = region.trim();
    if region.eq_ignore_ascii_case(state_or_country) {
        return true;
    }
    let Some((state, _)) = state_for_region(region) else {
        let british = ["England", "Britain", "Great Britain", "U.K.", "UK"];
        return state_or_country == "United Kingdom"
            && british.iter().any(|b| b.eq_ignore_ascii_case(region));
    };
    state.name == state_or_country
        || (state.name == "District of Columbia" && state_or_country == "District of Columbia")
}

/// Capitals, single spaces and straight apostrophes, as the table writes places.
fn normalise_place(place: &str) -> String {
    place
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('’', "'")
        .to_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_tables_load_completely() {
        assert_eq!(states().len(), 51);
        assert_eq!(
            standalone_cities()
                .iter()
                .filter(|c| c.domestic && c.verified)
                .count(),
            30
        );
        assert!(standalone_cities()
            .iter()
            .filter(|c| !c.domestic)
            .all(|c| !c.verified));
    }

    #[test]
    fn reads_every_form_of_a_state() {
        assert_eq!(
            state_for_region("Calif.").map(|(s, f)| (s.name, f)),
            Some(("California", StateForm::Ap))
        );
        assert_eq!(
            state_for_region("CA").map(|(s, f)| (s.name, f)),
            Some(("California", StateForm::Postal))
        );
        assert_eq!(
            state_for_region("California").map(|(s, f)| (s.ap, f)),
            Some(("Calif.", StateForm::FullName))
        );
        assert_eq!(
            state_for_region("OKLA.").map(|(s, f)| (s.ap, f)),
            Some(("Okla.", StateForm::ApInCapitals))
        );
        assert_eq!(
            state_for_region("Tex.").map(|(s, f)| (s.ap, f)),
            Some(("Texas", StateForm::OtherAbbreviation))
        );
        assert_eq!(
            state_for_region("Texas").map(|(s, f)| (s.ap, f)),
            Some(("Texas", StateForm::Ap))
        );
        assert_eq!(state_for_region("W. Va.").map(|(s, _)| s.ap), Some("W.Va."));
        assert!(
            state_for_region("Georgia").is_none(),
            "the country is as likely as the state"
        );
        assert!(state_for_region("Ga.").is_some());
        assert!(state_for_region("Ukraine").is_none());
    }

    #[test]
    fn finds_standalone_cities_in_any_case() {
        assert_eq!(
            standalone_city("ST. LOUIS").map(|c| c.region),
            Some(Some("Missouri"))
        );
        assert_eq!(standalone_city("New York").map(|c| c.verified), Some(true));
        assert_eq!(standalone_city("MACAU").map(|c| c.city), Some("MACAO"));
        assert_eq!(standalone_city("JERUSALEM").map(|c| c.region), Some(None));
        assert!(standalone_city("FRESNO").is_none());
        assert!(region_names("Ill.", "Illinois"));
        assert!(region_names("D.C.", "District of Columbia"));
        assert!(region_names("England", "United Kingdom"));
        assert!(!region_names("Ga.", "Washington"));
    }
}
