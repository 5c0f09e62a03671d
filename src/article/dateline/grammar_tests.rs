//! Each part of the dateline grammar, read from small ledes by `reader`, with the parts it
//! yields written next to them.

use super::super::reader::{find_each, read_at_start, Search};
use super::*;

/// The parts a form reads at the start of a lede, as text.
#[derive(Debug, Default, PartialEq, Eq)]
struct Read<'t> {
    place: Option<&'t str>,
    region: Option<&'t str>,
    date: Option<&'t str>,
    agency: Option<&'t str>,
    separator: Option<&'t str>,
    /// The blanks before a lede whose dateline has no separator.
    rest: Option<&'t str>,
}

fn read<'t>(form: &Pattern, lede: &'t str) -> Option<Read<'t>> {
    let parts = read_at_start(form, lede)?.parts;
    let text = |part: Option<crate::text::Span>| part.map(|span| span.slice(lede));
    Some(Read {
        place: text(parts.place),
        region: text(parts.region),
        date: text(parts.date),
        agency: text(parts.agency),
        separator: text(parts.separator),
        rest: text(parts.rest),
    })
}

fn place_and_dash<'t>(place: &'t str, separator: &'t str) -> Read<'t> {
    Read {
        place: Some(place),
        separator: Some(separator),
        ..Read::default()
    }
}

#[test]
fn a_place_is_up_to_five_words_with_capitals_and_particles() {
    assert_reads(
        &DASHED,
        &[
            ("ST. LOUIS — The team", place_and_dash("ST. LOUIS", "—")),
            (
                "WINSTON-SALEM — Shares",
                place_and_dash("WINSTON-SALEM", "—"),
            ),
            ("Kansas City - The bank", place_and_dash("Kansas City", "-")),
            (
                "RIO de JANEIRO — The",
                place_and_dash("RIO de JANEIRO", "—"),
            ),
            ("BOGOTÁ — Coffee", place_and_dash("BOGOTÁ", "—")),
            (
                "ONE TWO THREE FOUR FIVE — The",
                place_and_dash("ONE TWO THREE FOUR FIVE", "—"),
            ),
        ],
    );
    assert_eq!(read(&DASHED, "ONE TWO THREE FOUR FIVE SIX — The"), None);
    assert_eq!(read(&DASHED, "“Look,” she said — and left"), None);
}

#[test]
fn a_place_in_small_letters_is_up_to_three_words() {
    assert_eq!(
        read(&DASHED, "omaha, april 7 - shares rose"),
        Some(Read {
            date: Some("april 7"),
            ..place_and_dash("omaha", "-")
        })
    );
    assert_eq!(
        read(&DASHED, "new york city - shares").and_then(|r| r.place),
        Some("new york city")
    );
    assert_eq!(read(&DASHED, "the new york city - shares"), None);
}

/// Reads each lede with `form` and compares the parts with those written next to it.
fn assert_reads(form: &Pattern, cases: &[(&str, Read)]) {
    for (lede, expected) in cases {
        assert_eq!(read(form, lede).as_ref(), Some(expected), "{lede}");
    }
}

#[test]
fn a_region_follows_a_comma_even_across_a_line_break() {
    let with_region = |place, region| Read {
        region: Some(region),
        ..place_and_dash(place, "—")
    };
    assert_reads(
        &DASHED,
        &[
            (
                "FRESNO, Calif. — The county",
                with_region("FRESNO", "Calif."),
            ),
            (
                "KYIV, Ukraine — Air raid sirens",
                with_region("KYIV", "Ukraine"),
            ),
            (
                "FRESNO,\nCalif. — The county",
                with_region("FRESNO", "Calif."),
            ),
            (
                "SAINT-DENIS, Île de la Réunion — The",
                with_region("SAINT-DENIS", "Île de la Réunion"),
            ),
        ],
    );
}

#[test]
fn a_date_is_a_month_word_and_a_day_with_a_year_or_wire_credit_after_it() {
    let dated = |place, date| Read {
        date: Some(date),
        ..place_and_dash(place, "-")
    };
    assert_reads(
        &DASHED,
        &[
            (
                "NEW YORK, March 3 - Stocks rose",
                dated("NEW YORK", "March 3"),
            ),
            (
                "NEW YORK March 3 - Stocks rose",
                dated("NEW YORK", "March 3"),
            ),
            (
                "COMMACK, Feb 26, 1987 - Computer",
                dated("COMMACK", "Feb 26"),
            ),
            ("TAUPO, March 23, Reuter - The", dated("TAUPO", "March 23")),
            ("TAUPO, Sept. 23, Reuters - The", dated("TAUPO", "Sept. 23")),
            ("CAIRO, Dec ٣ - The", dated("CAIRO", "Dec ٣")),
            (
                "TAUPO, New Zealand, March 23 - The",
                Read {
                    region: Some("New Zealand"),
                    ..dated("TAUPO", "March 23")
                },
            ),
        ],
    );
}

#[test]
fn an_agency_is_up_to_three_words_in_parentheses() {
    let credited = |place, agency| Read {
        agency: Some(agency),
        ..place_and_dash(place, "—")
    };
    assert_reads(
        &DASHED,
        &[
            ("ANCHORAGE (AP) — The city", credited("ANCHORAGE", "AP")),
            ("PARIS ( AFP ) — The", credited("PARIS", "AFP")),
            (
                "PARIS (Agence France Presse) — The",
                credited("PARIS", "Agence France Presse"),
            ),
            ("PARIS (A&P.) — The", credited("PARIS", "A&P.")),
        ],
    );
    assert_eq!(read(&DASHED, "PARIS (One Two Three Four) — The"), None);
}

#[test]
fn every_separator_is_read_after_blanks_or_none() {
    assert_reads(
        &DASHED,
        &[
            ("TULSA - The", place_and_dash("TULSA", "-")),
            ("TULSA -- The", place_and_dash("TULSA", "--")),
            ("TULSA — The", place_and_dash("TULSA", "—")),
            ("TULSA – The", place_and_dash("TULSA", "–")),
            ("TULSA ― The", place_and_dash("TULSA", "―")),
            ("TULSA\u{a0}\u{a0}— The", place_and_dash("TULSA", "—")),
            ("PARIS—The minister", place_and_dash("PARIS", "—")),
            // The place's word may end in a hyphen: the longest reading of the place comes
            // first.
            ("TULSA-- The", place_and_dash("TULSA-", "-")),
        ],
    );
}

#[test]
fn without_its_separator_a_dateline_runs_into_a_capital_or_an_opening_quote() {
    assert_eq!(
        read(&UNDASHED, "FRESNO, Calif. The county said"),
        Some(Read {
            place: Some("FRESNO"),
            region: Some("Calif."),
            rest: Some(" "),
            ..Read::default()
        })
    );
    assert_eq!(
        read(&UNDASHED, "FRESNO, Calif. “We held”").and_then(|r| r.rest),
        Some(" ")
    );
    assert_eq!(read(&UNDASHED, "FRESNO, Calif. the county said"), None);
}

#[test]
fn an_agency_tag_stands_alone_or_after_a_short_date() {
    assert_eq!(
        read(&AGENCY_TAG, "(Bloomberg) -- Oil rose"),
        Some(Read {
            agency: Some("Bloomberg"),
            separator: Some("--"),
            ..Read::default()
        })
    );
    assert_eq!(
        read(&AGENCY_TAG, "Dec 29 (Reuters) - U.S. Democratic"),
        Some(Read {
            date: Some("Dec 29"),
            agency: Some("Reuters"),
            separator: Some("-"),
            ..Read::default()
        })
    );
    assert_eq!(read(&AGENCY_TAG, "Sept 123 (AP) - The"), None);
    assert_eq!(read(&AGENCY_TAG, "(Agence France Presse) - The"), None);
}

#[test]
fn capitals_then_a_comma_or_parenthesis_are_found_anywhere() {
    let text = "said on Monday, ÎLE-DE-FRANCE, France, and WASHINGTON (AP) — but A, NO";
    let found: Vec<&str> = find_each(&Search::of(&CAPITALS_THEN_COMMA), text)
        .map(|span| span.slice(text))
        .collect();
    assert_eq!(found, ["ÎLE-DE-FRANCE,", "WASHINGTON ("]);
}

#[test]
fn the_dash_bytes_are_the_separators_first_bytes() {
    let mut leads: Vec<u8> = SEPARATORS.iter().map(|s| s.as_bytes()[0]).collect();
    leads.sort_unstable();
    leads.dedup();
    let mut derived = DASH_LEAD_BYTES.to_vec();
    derived.sort_unstable();
    assert_eq!(leads, derived);
}

#[test]
fn near_misses_are_read_with_the_slip_as_a_part() {
    assert_eq!(
        read(&DASHED, "Geneva, (AP) — The"),
        Some(Read {
            agency: Some("AP"),
            ..place_and_dash("Geneva", "—")
        })
    );
    let stray = read_at_start(&DASHED, "Geneva, (AP) — The").map(|r| r.parts.stray_comma);
    assert_eq!(stray, Some(Some(crate::text::Span::new(6, 7))));
    assert_eq!(
        read(&DASHED, "London, 3 March (Reuters) - The"),
        Some(Read {
            date: Some("3 March"),
            agency: Some("Reuters"),
            ..place_and_dash("London", "-")
        })
    );
    assert_eq!(
        read(&DASHED, "DALLAS/FORT WORTH, Texas - The").and_then(|r| r.place),
        Some("DALLAS/FORT WORTH")
    );
}
