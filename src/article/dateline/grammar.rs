//! The dateline grammar of the newsroom conventions (§1.2), written once, as data. `reader`
//! reads it; the byte pre-filter (`DASH_LEAD_BYTES`) is derived from it; nothing else knows
//! its shape.
//!
//! ```text
//! dateline := PLACE [", " REGION] [", " DATE] [" (" AGENCY ")"] SEP
//!           | [DATE] "(" AGENCY ")" SEP                      e.g. "(Bloomberg) -- "
//! ```
//!
//! The grammar is permissive: it says where the parts may stand, and `parse` then weighs the
//! evidence (a known agency, a month, a U.S. state) before it calls a reading a dateline.
//!
//! Readings follow the first-choice order of a backtracking reader: a repetition takes as many
//! as it can, an alternative is tried in the order written, and the first reading that reaches
//! the end of a form wins. So `TULSA-- The` reads the place `TULSA-` and the separator `-`.

use super::classes::Class::{self, Capital, Digit, Letter, Mark, OpeningDoubleMark, Small};

/// A set of characters: any character of some classes, or one of a few characters.
#[derive(Clone, Copy, Debug)]
pub struct CharSet {
    pub classes: &'static [Class],
    pub chars: &'static str,
}

impl CharSet {
    pub fn holds(&self, c: char) -> bool {
        self.chars.contains(c) || self.classes.iter().any(|class| class.holds(c))
    }
}

/// A named part of a dateline, recorded where the grammar reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Place,
    Region,
    Date,
    Agency,
    /// The blanks between the dateline and its separator.
    Gap,
    Separator,
    /// The blanks between a dateline without a separator and the lede's first word.
    Rest,
}

/// No upper limit to a repetition.
pub const UNLIMITED: usize = usize::MAX;

/// One piece of the grammar.
#[derive(Debug)]
pub enum Pattern {
    /// The first of these texts that lets the rest be read.
    Literal(&'static [&'static str]),
    /// One character of the set.
    OneOf(CharSet),
    /// The patterns one after another.
    Sequence(&'static [Pattern]),
    /// The first alternative that lets the rest be read.
    FirstOf(&'static [Pattern]),
    /// From `min` to `max` readings of the pattern, as many as the rest allows. No repeated
    /// pattern reads empty text.
    Repeat {
        pattern: &'static Pattern,
        min: usize,
        max: usize,
    },
    /// The text the pattern reads is this part of the dateline.
    Named(Part, &'static Pattern),
}

impl Pattern {
    /// The set every reading's first character is in, when the pattern says so plainly.
    pub fn leading_set(&self) -> Option<&CharSet> {
        match self {
            OneOf(set) => Some(set),
            Sequence([first, ..]) => first.leading_set(),
            Named(_, pattern) => pattern.leading_set(),
            _ => None,
        }
    }
}

use Pattern::{FirstOf, Literal, Named, OneOf, Repeat, Sequence};

const fn set(classes: &'static [Class], chars: &'static str) -> Pattern {
    OneOf(CharSet { classes, chars })
}

const fn any_number(pattern: &'static Pattern) -> Pattern {
    Repeat {
        pattern,
        min: 0,
        max: UNLIMITED,
    }
}

const fn one_or_more(pattern: &'static Pattern) -> Pattern {
    Repeat {
        pattern,
        min: 1,
        max: UNLIMITED,
    }
}

const fn optional(pattern: &'static Pattern) -> Pattern {
    Repeat {
        pattern,
        min: 0,
        max: 1,
    }
}

const fn between(min: usize, max: usize, pattern: &'static Pattern) -> Pattern {
    Repeat { pattern, min, max }
}

const BLANK: Pattern = set(&[], " \t");
const BLANKS: Pattern = any_number(&BLANK);
const SOME_BLANKS: Pattern = one_or_more(&BLANK);
/// `\s*`: white space of any kind, line breaks included (hard-wrapped wire copy).
const SPACES: Pattern = any_number(&set(&[Class::WhiteSpace], ""));
const COMMA: Pattern = Literal(&[","]);

/// A word with a capital, and its full stops, hyphens and apostrophes (`ST.`, `WINSTON-SALEM`,
/// `McALLEN`, `BOGOTÁ`).
const WORD: Pattern = Sequence(&[
    set(&[Capital], ""),
    any_number(&set(&[Letter, Mark], "'’.-")),
]);

/// The only lower-case words a place or region may hold (`SAINT-MARTIN-de-RÉ`, `Kansas City`).
const PARTICLE: Pattern = Literal(&[
    "de", "da", "do", "del", "dos", "das", "la", "le", "les", "of", "upon", "on", "sur", "am",
    "city", "el", "al", "and", "the",
]);

/// A further word of a place or region, after blanks.
const NEXT_WORD: Pattern = Sequence(&[SOME_BLANKS, FirstOf(&[WORD, PARTICLE])]);

/// A word in small letters: all-lower-case wire copy (`omaha, april 7 - `) is read only to be
/// judged, and counts when a date follows it.
const SMALL_WORD: Pattern = Sequence(&[set(&[Small], ""), any_number(&set(&[Small], "'’.-"))]);

/// The place: up to five words with capitals, or up to three in small letters.
const PLACE: Pattern = Named(
    Part::Place,
    &FirstOf(&[
        Sequence(&[WORD, between(0, 4, &NEXT_WORD)]),
        Sequence(&[
            SMALL_WORD,
            between(0, 2, &Sequence(&[SOME_BLANKS, SMALL_WORD])),
        ]),
    ]),
);

/// `, Calif.`, `, New Zealand`: the state, country or region after a comma.
const REGION: Pattern = optional(&Sequence(&[
    BLANKS,
    COMMA,
    SPACES,
    Named(Part::Region, &Sequence(&[WORD, between(0, 3, &NEXT_WORD)])),
]));

/// The month word of a date, 3 to 9 letters (`Feb`, `Sept.`, `MARCH`, `Marc`), and blanks.
const MONTH: Pattern = Sequence(&[
    between(3, 9, &set(&[Letter], "")),
    optional(&Literal(&["."])),
    BLANKS,
]);
const DIGIT: Pattern = set(&[Digit], "");

/// `, March 3`, `, Feb 26, 1987, Reuter`: the date, with the year and wire credit it may carry.
const DATE: Pattern = optional(&Sequence(&[
    FirstOf(&[Sequence(&[BLANKS, COMMA, SPACES]), SOME_BLANKS]),
    Named(Part::Date, &Sequence(&[MONTH, between(1, 3, &DIGIT)])),
    optional(&Sequence(&[COMMA, BLANKS, between(4, 4, &DIGIT)])),
    optional(&Sequence(&[
        COMMA,
        BLANKS,
        Literal(&["Reuter"]),
        optional(&Literal(&["s"])),
    ])),
]));

/// A word of an agency's name (`AP`, `Reuters`, `A&P.`).
const AGENCY_WORD: Pattern = Sequence(&[set(&[Capital], ""), any_number(&set(&[Letter], ".&"))]);

/// ` (AP)`, ` (Agence France Presse)`: the agency credit in parentheses, up to three words.
const AGENCY: Pattern = optional(&Sequence(&[
    SPACES,
    Literal(&["("]),
    BLANKS,
    Named(
        Part::Agency,
        &Sequence(&[AGENCY_WORD, between(0, 2, &Sequence(&[BLANK, AGENCY_WORD]))]),
    ),
    BLANKS,
    Literal(&[")"]),
]));

/// The dashes that end a dateline, longest first so that `--` is read whole.
pub const SEPARATORS: &[&str] = &["--", "—", "–", "―", "-"];

/// The blanks before the separator (a no-break space where bold markup was blanked), and the
/// separator.
const SEPARATOR: Pattern = Sequence(&[
    Named(Part::Gap, &any_number(&set(&[], " \t\u{a0}"))),
    Named(Part::Separator, &Literal(SEPARATORS)),
]);

/// `TULSA, Okla., March 3 (AP) —`: a dateline led by its place, with its separator. The
/// separator is required here: with every part optional, the first reading found would stop
/// before the dash.
pub const DASHED: Pattern = Sequence(&[PLACE, REGION, DATE, AGENCY, SEPARATOR]);

/// A dateline whose dash was forgotten: the lede's first sentence, opening with a capital or a
/// quotation mark, follows directly.
pub const UNDASHED: Pattern = Sequence(&[
    PLACE,
    REGION,
    DATE,
    AGENCY,
    Named(Part::Rest, &SOME_BLANKS),
    set(&[Capital, OpeningDoubleMark], ""),
]);

/// `(Bloomberg) -- `, `Dec 29 (Reuters) - `: an agency tag with no place, perhaps after a date.
pub const AGENCY_TAG: Pattern = Sequence(&[
    optional(&Sequence(&[
        Named(Part::Date, &Sequence(&[MONTH, between(1, 2, &DIGIT)])),
        BLANKS,
    ])),
    Literal(&["("]),
    BLANKS,
    Named(Part::Agency, &AGENCY_WORD),
    BLANKS,
    Literal(&[")"]),
    SEPARATOR,
]);

/// A word in capitals only (`ÎLE-DE-FRANCE`, `D.C.`).
const CAPITALS_WORD: Pattern =
    Sequence(&[set(&[Capital], ""), one_or_more(&set(&[Capital], "'’.-"))]);

/// A run of capitals followed by a comma or a parenthesis: where a dateline may hide inside a
/// paragraph.
pub const CAPITALS_THEN_COMMA: Pattern = Sequence(&[
    CAPITALS_WORD,
    between(0, 4, &Sequence(&[SOME_BLANKS, CAPITALS_WORD])),
    BLANKS,
    set(&[], ",("),
]);

/// The first bytes of the separators: every reading of `DASHED` and `AGENCY_TAG` ends in one,
/// so text without any of these bytes holds neither, told by one `memchr`.
pub const DASH_LEAD_BYTES: [u8; 2] = distinct_lead_bytes(SEPARATORS);

/// The distinct first bytes of `texts`, exactly `N` of them (checked when compiling).
const fn distinct_lead_bytes<const N: usize>(texts: &[&str]) -> [u8; N] {
    let mut leads = [0u8; N];
    let mut found = 0;
    let mut i = 0;
    while i < texts.len() {
        let lead = texts[i].as_bytes()[0];
        let mut seen = 0;
        while seen < found && leads[seen] != lead {
            seen += 1;
        }
        if seen == found {
            assert!(found < N, "more distinct lead bytes than asked for");
            leads[found] = lead;
            found += 1;
        }
        i += 1;
    }
    assert!(found == N, "fewer distinct lead bytes than asked for");
    leads
}

#[cfg(test)]
mod tests {
    use super::super::reader::{find_each, read_at_start};
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
        let cases = [
            (
                "ST. LOUIS — The team",
                Some(place_and_dash("ST. LOUIS", "—")),
            ),
            (
                "WINSTON-SALEM — Shares",
                Some(place_and_dash("WINSTON-SALEM", "—")),
            ),
            (
                "Kansas City - The bank",
                Some(place_and_dash("Kansas City", "-")),
            ),
            (
                "RIO de JANEIRO — The",
                Some(place_and_dash("RIO de JANEIRO", "—")),
            ),
            ("BOGOTÁ — Coffee", Some(place_and_dash("BOGOTÁ", "—"))),
            (
                "ONE TWO THREE FOUR FIVE — The",
                Some(place_and_dash("ONE TWO THREE FOUR FIVE", "—")),
            ),
            ("ONE TWO THREE FOUR FIVE SIX — The", None),
            ("“Look,” she said — and left", None),
        ];
        for (lede, expected) in cases {
            assert_eq!(read(&DASHED, lede), expected, "{lede}");
        }
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

    #[test]
    fn a_region_follows_a_comma_even_across_a_line_break() {
        for (lede, region) in [
            ("FRESNO, Calif. — The county", "Calif."),
            ("KYIV, Ukraine — Air raid sirens", "Ukraine"),
            ("FRESNO,\nCalif. — The county", "Calif."),
            ("SAINT-DENIS, Île de la Réunion — The", "Île de la Réunion"),
        ] {
            let place = lede.split(',').next().unwrap();
            assert_eq!(
                read(&DASHED, lede),
                Some(Read {
                    region: Some(region),
                    ..place_and_dash(place, "—")
                }),
                "{lede}"
            );
        }
    }

    #[test]
    fn a_date_is_a_month_word_and_a_day_with_a_year_or_wire_credit_after_it() {
        for (lede, date) in [
            ("NEW YORK, March 3 - Stocks rose", "March 3"),
            ("NEW YORK March 3 - Stocks rose", "March 3"),
            ("COMMACK, Feb 26, 1987 - Computer", "Feb 26"),
            ("TAUPO, March 23, Reuter - The", "March 23"),
            ("TAUPO, Sept. 23, Reuters - The", "Sept. 23"),
            ("CAIRO, Dec ٣ - The", "Dec ٣"),
        ] {
            let place = lede.split([',', ' ']).next().unwrap();
            let place = if lede.starts_with("NEW YORK") {
                "NEW YORK"
            } else {
                place
            };
            assert_eq!(
                read(&DASHED, lede),
                Some(Read {
                    date: Some(date),
                    ..place_and_dash(place, "-")
                }),
                "{lede}"
            );
        }
        assert_eq!(
            read(&DASHED, "TAUPO, New Zealand, March 23 - The"),
            Some(Read {
                region: Some("New Zealand"),
                date: Some("March 23"),
                ..place_and_dash("TAUPO", "-")
            })
        );
    }

    #[test]
    fn an_agency_is_up_to_three_words_in_parentheses() {
        for (lede, agency) in [
            ("ANCHORAGE (AP) — The city", "AP"),
            ("PARIS ( AFP ) — The", "AFP"),
            ("PARIS (Agence France Presse) — The", "Agence France Presse"),
            ("PARIS (A&P.) — The", "A&P."),
        ] {
            let place = lede.split(' ').next().unwrap();
            assert_eq!(
                read(&DASHED, lede),
                Some(Read {
                    agency: Some(agency),
                    ..place_and_dash(place, "—")
                }),
                "{lede}"
            );
        }
        assert_eq!(read(&DASHED, "PARIS (One Two Three Four) — The"), None);
    }

    #[test]
    fn every_separator_is_read_after_blanks_or_none() {
        for (lede, separator) in [
            ("TULSA - The", "-"),
            ("TULSA -- The", "--"),
            ("TULSA — The", "—"),
            ("TULSA – The", "–"),
            ("TULSA ― The", "―"),
            ("TULSA\u{a0}\u{a0}— The", "—"),
            ("PARIS—The minister", "—"),
        ] {
            let place = lede.split([' ', '\u{a0}', '—']).next().unwrap();
            assert_eq!(
                read(&DASHED, lede),
                Some(place_and_dash(place, separator)),
                "{lede}"
            );
            assert!(DASH_LEAD_BYTES.contains(&separator.as_bytes()[0]));
        }
        // The place's word may end in a hyphen: the longest reading of the place comes first.
        assert_eq!(
            read(&DASHED, "TULSA-- The"),
            Some(place_and_dash("TULSA-", "-"))
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
        let found: Vec<&str> = find_each(&CAPITALS_THEN_COMMA, text)
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
}
