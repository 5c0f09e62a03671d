//! Datelines read from the prose: at the start of a paragraph, or inside one. The grammar is
//! in `grammar`, read by `reader`; `evidence` decides which readings are datelines.

use super::classes::Class;
use super::evidence;
use super::grammar::{
    Chars, Follows, Pattern, AGENCY_TAG, CAPITALS_THEN_COMMA, DASHED, DASH_LEAD_BYTES, SEPARATORS,
    UNDASHED,
};
use super::reader::{find_each, read_at_start_following, Reading, Search};
use crate::text::Span;
use std::sync::LazyLock;

/// Datelines are short; nothing past this many bytes of a paragraph is read as one.
const LONGEST_DATELINE: usize = 160;

/// Datelines inside one paragraph: no more candidates than this are read.
const MOST_CANDIDATES_WITHIN: usize = 64;

/// A dateline read from the prose, before the article decides where it belongs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    /// From the place (or agency) to the end of the white space after the separator.
    pub span: Span,
    /// Empty at the dateline's start for an agency tag with no place (`(Bloomberg) -- `).
    pub place: Span,
    pub region: Option<Span>,
    /// The comma between place and region is missing (`FRESNO Calif. —`).
    pub region_without_comma: bool,
    pub date: Option<Span>,
    /// A comma with nothing after it (`Geneva, (AP) —`).
    pub stray_comma: Option<Span>,
    pub agency: Option<Span>,
    pub separator: Option<Span>,
    /// A date, a known agency or a U.S. state: enough to call it a dateline anywhere.
    pub strong: bool,
}

impl Parsed {
    fn shifted(self, by: usize) -> Parsed {
        Parsed {
            span: self.span.shifted(by),
            place: self.place.shifted(by),
            region: self.region.map(|span| span.shifted(by)),
            date: self.date.map(|span| span.shifted(by)),
            stray_comma: self.stray_comma.map(|span| span.shifted(by)),
            agency: self.agency.map(|span| span.shifted(by)),
            separator: self.separator.map(|span| span.shifted(by)),
            ..self
        }
    }
}

/// Which readings are wanted: the lede's opening may have forgotten its dash; elsewhere only a
/// dateline with its dash is taken for one.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wanted {
    DashedOrNot,
    Dashed,
}

/// Reads a dateline at `start` of the prose, ending at `end` at the latest (the paragraph's end).
pub fn dateline_at(prose: &str, start: usize, end: usize) -> Option<Parsed> {
    let window = window(prose, start, end)?;
    read_dateline(window, Wanted::DashedOrNot).map(|parsed| parsed.shifted(start))
}

/// A dateline at `start` with its dash, the only kind taken away from the lede's opening.
pub fn dashed_dateline_at(prose: &str, start: usize, end: usize) -> Option<Parsed> {
    let window = window(prose, start, end)?;
    read_dateline(window, Wanted::Dashed).map(|parsed| parsed.shifted(start))
}

/// The dateline at the start of `window`: an agency tag, or one led by its place.
fn read_dateline(window: &str, wanted: Wanted) -> Option<Parsed> {
    let forms = &*FORMS;
    // Most paragraphs hold no separator near their start, and then no dashed form is read.
    let first_separator = first_separator(window);
    let tag = forms
        .agency_tag
        .read_dashed(window, first_separator)
        .and_then(|reading| evidence::agency_tag(&reading, window));
    if tag.is_some() {
        return tag;
    }
    match forms.dashed.read_dashed(window, first_separator) {
        Some(reading) => evidence::placed(&reading, window),
        None if wanted == Wanted::Dashed => None,
        None => evidence::placed(&forms.undashed.read(window)?, window),
    }
}

/// A form of the grammar with the characters derived from it for the cheap tests run before
/// reading it.
struct Form {
    pattern: &'static Pattern,
    opening: Option<Chars>,
    readable: Chars,
    follows: Follows,
}

struct Forms {
    dashed: Form,
    undashed: Form,
    agency_tag: Form,
}

static FORMS: LazyLock<Forms> = LazyLock::new(|| Forms {
    dashed: Form::of(&DASHED),
    undashed: Form::of(&UNDASHED),
    agency_tag: Form::of(&AGENCY_TAG),
});

impl Form {
    fn of(pattern: &'static Pattern) -> Form {
        Form {
            pattern,
            opening: pattern.opening_chars(),
            readable: pattern.readable_chars(),
            follows: Follows::of(pattern),
        }
    }

    /// The form's reading at the start of `text`.
    fn read(&self, text: &str) -> Option<Reading> {
        // Many paragraphs open with a character no reading opens with (a quotation mark, a
        // digit).
        if !self.may_open(text) {
            return None;
        }
        read_at_start_following(self.pattern, &self.follows, text)
    }

    fn may_open(&self, text: &str) -> bool {
        let first = text.chars().next();
        self.opening
            .as_ref()
            .is_none_or(|opening| first.is_some_and(|c| opening.holds(c)))
    }

    /// The reading of a form that ends in a separator, given where the first separator of
    /// `text` starts.
    fn read_dashed(&self, text: &str, first_separator: Option<usize>) -> Option<Reading> {
        if !self.may_read_up_to(text, first_separator?) {
            return None;
        }
        self.read(text)
    }

    /// Whether a reading may reach the separator at `separator` (the first in `text`): a
    /// reading reads only the form's characters up to its separator, this one or a later one.
    fn may_read_up_to(&self, text: &str, separator: usize) -> bool {
        text[..separator].chars().all(|c| self.readable.holds(c))
    }
}

/// Whether `text` holds one of the grammar's separators: each dashed reading ends in one.
fn may_hold_a_separator(text: &str) -> bool {
    first_separator(text).is_some()
}

/// Where the first of the grammar's separators in `text` starts. The byte search skips to the
/// bytes that open one; curly quotation marks share the lead byte of the dashes, so each
/// candidate is then compared.
fn first_separator(text: &str) -> Option<usize> {
    let [first, second] = DASH_LEAD_BYTES;
    memchr::memchr2_iter(first, second, text.as_bytes()).find(|&at| {
        SEPARATORS
            .iter()
            .any(|separator| text[at..].starts_with(separator))
    })
}

/// The prose a dateline at `start` may take: up to `end`, and no longer than any dateline.
fn window(prose: &str, start: usize, end: usize) -> Option<&str> {
    let end =
        crate::text::floor_char_boundary(prose, end.min(start.saturating_add(LONGEST_DATELINE)));
    prose.get(start..end)
}

static CAPITALS_SEARCH: LazyLock<Search> = LazyLock::new(|| Search::of(&CAPITALS_THEN_COMMA));

/// Datelines inside a paragraph, not at its start: only the strong ones, with their dash.
pub fn datelines_within(prose: &str, paragraph: Span) -> Vec<Parsed> {
    let Some(text) = prose.get(paragraph.start..paragraph.end) else {
        return Vec::new();
    };
    // Each dateline kept here has its dash inside the paragraph.
    if !may_hold_a_separator(text) {
        return Vec::new();
    }
    find_each(&CAPITALS_SEARCH, text)
        .map(|capitals| capitals.start)
        .filter(|&start| start > 0 && text[..start].ends_with(may_precede_a_dateline))
        .take(MOST_CANDIDATES_WITHIN)
        .filter_map(|start| dashed_dateline_at(prose, paragraph.start + start, paragraph.end))
        .filter(|parsed| parsed.strong && parsed.separator.is_some() && !parsed.place.is_empty())
        .collect()
}

/// White space or the punctuation that may stand before a dateline inside a paragraph.
fn may_precede_a_dateline(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(') || Class::OpeningDoubleMark.holds(c)
}

#[cfg(test)]
mod tests {
    use super::super::reader::read_at_start;
    use super::*;

    /// A dateline's parts as text.
    #[derive(Debug, Default, PartialEq, Eq)]
    struct Read<'t> {
        place: &'t str,
        region: Option<&'t str>,
        date: Option<&'t str>,
        agency: Option<&'t str>,
        separator: Option<&'t str>,
        whole: &'t str,
        strong: bool,
    }

    fn read(lede: &str) -> Option<Read<'_>> {
        let parsed = dateline_at(lede, 0, lede.len())?;
        let text = |span: Option<Span>| span.map(|span| span.slice(lede));
        Some(Read {
            place: parsed.place.slice(lede),
            region: text(parsed.region),
            date: text(parsed.date),
            agency: text(parsed.agency),
            separator: text(parsed.separator),
            whole: parsed.span.slice(lede),
            strong: parsed.strong,
        })
    }

    #[test]
    fn reads_the_three_forms_in_the_issue() {
        assert_eq!(
            read("ANCHORAGE, Alaska (AP) — The city"),
            Some(Read {
                place: "ANCHORAGE",
                region: Some("Alaska"),
                agency: Some("AP"),
                separator: Some("—"),
                whole: "ANCHORAGE, Alaska (AP) — ",
                strong: true,
                ..Read::default()
            })
        );
        assert_eq!(
            read("NEW YORK, March 3 (Reuters) - Stocks rose"),
            Some(Read {
                place: "NEW YORK",
                date: Some("March 3"),
                agency: Some("Reuters"),
                separator: Some("-"),
                whole: "NEW YORK, March 3 (Reuters) - ",
                strong: true,
                ..Read::default()
            })
        );
        assert_eq!(
            read("KYIV, Ukraine — Air raid sirens"),
            Some(Read {
                place: "KYIV",
                region: Some("Ukraine"),
                separator: Some("—"),
                whole: "KYIV, Ukraine — ",
                ..Read::default()
            })
        );
    }

    #[test]
    fn reads_wire_variants() {
        let cases = [
            ("COMMACK, N.Y., Feb 26 - Computer Terminal", "COMMACK", "-"),
            ("ST. LOUIS — The team", "ST. LOUIS", "—"),
            (
                "WINSTON-SALEM, N.C., March 3 - Shares",
                "WINSTON-SALEM",
                "-",
            ),
            ("SAO PAULO, MARCH 9 - Brazil", "SAO PAULO", "-"),
            ("TULSA, Okla. (AP) -- A pipeline", "TULSA", "--"),
            ("TULSA, June 2- <Company> said", "TULSA", "-"),
            ("PARIS—The minister", "PARIS", "—"),
            ("Kansas City, March 9 - The bank", "Kansas City", "-"),
            ("New York (AFP) – Oscar-winning actress", "New York", "–"),
            ("TAUPO, New Zealand, March 23, Reuter - The", "TAUPO", "-"),
            ("ANGLETON, Tex. March 3 - The", "ANGLETON", "-"),
            ("WEST HARTFORD, Conn., Marc 3 - The", "WEST HARTFORD", "-"),
            ("omaha, april 7 - shares rose", "omaha", "-"),
            ("geneva (AP) — The talks", "geneva", "—"),
            ("Geneva, (AP) — The talks", "Geneva", "—"),
            ("London, 3 March (Reuters) - The", "London", "-"),
            (
                "DALLAS/FORT WORTH, Texas, March 3 - The",
                "DALLAS/FORT WORTH",
                "-",
            ),
        ];
        for (lede, place, separator) in cases {
            let found = read(lede).expect(lede);
            assert_eq!((found.place, found.separator), (place, Some(separator)));
        }
        let commack = read("COMMACK, N.Y., Feb 26 - Computer Terminal").unwrap();
        assert_eq!(
            (commack.region, commack.date),
            (Some("N.Y."), Some("Feb 26"))
        );
    }

    #[test]
    fn reads_agency_tags_without_a_place() {
        assert_eq!(
            read("(Bloomberg) -- Oil rose"),
            Some(Read {
                agency: Some("Bloomberg"),
                separator: Some("--"),
                whole: "(Bloomberg) -- ",
                strong: true,
                ..Read::default()
            })
        );
        let dated = read("Dec 29 (Reuters) - U.S. Democratic").unwrap();
        assert_eq!(
            (dated.date, dated.agency),
            (Some("Dec 29"), Some("Reuters"))
        );
        assert_eq!(read("(Acme) - The"), None, "an agency no wire knows");
        assert_eq!(read("Monday 29 (AP) - The"), None, "a date that is none");
    }

    #[test]
    fn reads_malformed_datelines_it_can_still_recognise() {
        assert_eq!(
            read("Tulsa, Okla. (AP) — A pipeline").unwrap().place,
            "Tulsa"
        );
        let forgotten_comma = read("FRESNO Calif. — The county").unwrap();
        assert_eq!(
            (forgotten_comma.place, forgotten_comma.region),
            ("FRESNO", Some("Calif."))
        );
        assert!(
            dateline_at("FRESNO Calif. — The", 0, 21)
                .unwrap()
                .region_without_comma
        );
        let undashed = read("FRESNO, Calif. The county said").unwrap();
        assert_eq!(
            (undashed.separator, undashed.whole),
            (None, "FRESNO, Calif.")
        );
        assert_eq!(read("FRESNO, Calif. —").unwrap().separator, Some("—"));
        assert_eq!(
            read("FRESNO, Calif.   — The county").unwrap().separator,
            Some("—"),
            "bold markup blanked"
        );
        assert_eq!(
            read("BUENOS AIRES, ABR 9 - The").unwrap().date,
            Some("ABR 9"),
            "a slip in the date"
        );
    }

    #[test]
    fn leaves_openers_that_are_not_datelines() {
        for lede in [
            "NASA said on Tuesday that the launch would slip.",
            "UPDATE: The launch slipped.",
            "BREAKING — The launch slipped.",
            "ANALYSIS — Why the launch slipped.",
            "NASA — the space agency — said the launch slipped.",
            "HE'S BEEN CALLED OUT BY FELLOW DOCTORS — He has been dragged",
            "U.S. President Donald Trump called his meeting productive.",
            "UK-based bank Standard Chartered said it would spend $3.3bn.",
            "UK-BASED firms said - it",
            "Officials — including the mayor — said the levee held.",
            "Officials, Ohio — the mayor said.",
            "The county said Tuesday, FRESNO, Calif. — the levee held.",
            "US-German carmaker DaimlerChrysler has sold 2.1% more cars.",
            "omaha - shares rose",
            "SEOUL, 3 killed - the police said",
            "F/H MAY, MAY PRICE - UNC",
            "",
            "—",
        ] {
            assert_eq!(read(lede), None, "{lede}");
        }
    }

    #[test]
    fn only_a_dashed_dateline_is_taken_away_from_the_ledes_opening() {
        let lede = "FRESNO, Calif. The county said";
        assert!(dateline_at(lede, 0, lede.len()).is_some());
        assert_eq!(dashed_dateline_at(lede, 0, lede.len()), None);
        let lede = "FRESNO, Calif. — The county said";
        assert!(dashed_dateline_at(lede, 0, lede.len()).is_some());
    }

    #[test]
    fn finds_strong_datelines_inside_a_paragraph() {
        let text = "The county said Tuesday, FRESNO, Calif. — the levee held.";
        let found = datelines_within(text, Span::new(0, text.len()));
        assert_eq!(
            found.iter().map(|p| p.span.slice(text)).collect::<Vec<_>>(),
            vec!["FRESNO, Calif. — "]
        );
        let text = "Officials in WASHINGTON, the capital, said so. NATO (the alliance) agreed.";
        assert!(datelines_within(text, Span::new(0, text.len())).is_empty());
        let text = "He said “ZÜRICH, Switzerland (Reuters) — the bank” and left.";
        assert_eq!(datelines_within(text, Span::new(0, text.len())).len(), 1);
    }

    #[test]
    fn a_separator_of_every_kind_is_seen_by_the_byte_search() {
        for lede in [
            "TULSA - The",
            "TULSA -- The",
            "TULSA — The",
            "TULSA – The",
            "TULSA ― The",
        ] {
            assert!(may_hold_a_separator(lede), "{lede:?}");
            assert!(
                dashed_dateline_at(lede, 0, lede.len()).is_some(),
                "{lede:?}"
            );
        }
        for lede in [
            "TULSA, Okla. (AP) The",
            "SÃO PAULO, March 3 The",
            "TULSA The",
            "TULSA “The” ’…",
        ] {
            assert!(!may_hold_a_separator(lede), "{lede:?}");
        }
    }

    #[test]
    fn the_cheap_tests_turn_away_only_texts_the_plain_reading_rejects() {
        let ledes = [
            "ANCHORAGE, Alaska (AP) — The city",
            "TAUPO, New Zealand, March 23, Reuter - The",
            "Dec 29 (Reuters) - U.S. Democratic",
            "(Bloomberg) -- Oil rose",
            "omaha, april 7 - shares rose",
            "FRESNO, Calif. “The county” said",
            "The county said: “We are well-known” — and left",
            "NASA: a well-known agency — said so",
            "3 (AP) - The 1,200 \"people\" — ÉLAN, É; PARIS — ",
            "TULSA-- The pipeline",
            "PARIS—The minister",
            "WINSTON-SALEM, N.C., March 3 - Shares",
            "SAINT-MARTIN-de-RÉ, France, Sept. 12 (AFP) -- The",
            "Kansas City, March 9 - The bank",
            "TULSA, June 2- <Company> said",
            "FRESNO, Calif.   — The county",
            "FRESNO, Calif. The county said",
            "BUENOS AIRES, ABR 9 - The",
            "The well-known co-founder of St. Jude’s said",
        ];
        let forms = &*FORMS;
        for lede in ledes {
            for (at, _) in lede.char_indices() {
                let text = &lede[at..];
                let separator = first_separator(text);
                for form in [&forms.dashed, &forms.agency_tag] {
                    let plain = read_at_start(form.pattern, text);
                    assert_eq!(form.read_dashed(text, separator), plain, "{text}");
                }
                let plain = read_at_start(forms.undashed.pattern, text);
                assert_eq!(forms.undashed.read(text), plain, "{text}");
            }
        }
        assert!(!forms.dashed.may_open("“PARIS — The"));
        let colon_first = "NASA: a well-known agency — said so";
        assert!(!forms
            .dashed
            .may_read_up_to(colon_first, colon_first.find('-').unwrap()));
        let dateline = "ST. LOUIS, Mo. (AP) — The";
        assert!(forms
            .dashed
            .may_read_up_to(dateline, dateline.find('—').unwrap()));
        assert!(!forms.agency_tag.may_open("3 (AP) — The"));
        assert!(forms.agency_tag.may_open("(AP) — The"));
    }

    #[test]
    fn reads_places_spelled_outside_ascii() {
        for (lede, place) in [
            ("SÃO PAULO, Brazil (AP) — Traders", "SÃO PAULO"),
            ("ZÜRICH — The bank", "ZÜRICH"),
            ("BOGOTÁ, Colombia — Coffee", "BOGOTÁ"),
            ("CAFE\u{301}, Paris (AFP) — The", "CAFE\u{301}"),
        ] {
            assert_eq!(read(lede).map(|found| found.place), Some(place), "{lede}");
        }
    }

    #[test]
    fn a_window_stops_at_the_longest_dateline() {
        let lede = format!("{} — The", "A".repeat(LONGEST_DATELINE));
        assert_eq!(read(&lede), None);
        let lede = format!("{} — The", "A".repeat(LONGEST_DATELINE - 8));
        assert!(read(&lede).is_some());
    }

    #[test]
    fn never_panics_on_odd_text() {
        for text in [
            "É",
            "ÉÉÉ, Ü —",
            "A, B, C, D (E) —",
            "(AP",
            "(AP) —",
            "Z,\n\n—",
            "ÀÀ — ü",
        ] {
            let _ = dateline_at(text, 0, text.len());
            let _ = datelines_within(text, Span::new(0, text.len()));
        }
    }
}
