//! The dateline grammar of the newsroom conventions (§1.2), read permissively so that the
//! style checks, not the parser, decide what is wrong:
//!
//! ```text
//! dateline := PLACE [", " REGION] [", " DATE] [" (" AGENCY ")"] SEP
//!           | [DATE] "(" AGENCY ")" SEP                      e.g. "(Bloomberg) -- "
//! ```
//!
//! A candidate is only a dateline when the evidence is good enough: a place in capitals followed
//! by a dash, or any place with a date, a news agency or a U.S. state after it. That keeps
//! `NASA said …`, `UPDATE: …` and kickers out.

use super::tables;
use crate::text::Span;
use regex::Regex;
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::sync::{LazyLock, OnceLock};

/// Datelines are short; nothing past this many bytes of a paragraph is read as one.
const LONGEST_DATELINE: usize = 160;

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
    pub agency: Option<Span>,
    pub separator: Option<Span>,
    /// A date, a known agency or a U.S. state: enough to call it a dateline anywhere.
    pub strong: bool,
}

/// News agencies whose credit in parentheses marks a dateline.
const AGENCIES: &[&str] = &[
    "AP",
    "Reuters",
    "REUTERS",
    "AFP",
    "UPI",
    "Bloomberg",
    "dpa",
    "DPA",
    "ANSA",
    "EFE",
    "Xinhua",
    "Kyodo",
    "CP",
    "PA",
    "IANS",
    "PTI",
    "CNN",
    "TASS",
    "Yonhap",
    "Anadolu",
    "NNS",
    "AAP",
];

/// All-capitals openers that are kickers or labels, not places.
const KICKERS: &[&str] = &[
    "ADVISORY",
    "ALERT",
    "ANALYSIS",
    "BREAKING",
    "BREAKING NEWS",
    "BULLETIN",
    "CLARIFICATION",
    "COLUMN",
    "COMMENT",
    "COMMENTARY",
    "CORRECTION",
    "DEVELOPING",
    "EDITORIAL",
    "EDITOR'S NOTE",
    "EXCLUSIVE",
    "EXPLAINER",
    "FACT CHECK",
    "FEATURE",
    "FIRST ON",
    "FLASH",
    "INTERVIEW",
    "LIVE",
    "NEW",
    "NEWS",
    "NOTE",
    "OBITUARY",
    "OPINION",
    "PHOTOS",
    "PODCAST",
    "PREVIEW",
    "Q",
    "A",
    "RECAP",
    "REVIEW",
    "SPONSORED",
    "UPDATE",
    "UPDATED",
    "URGENT",
    "VIDEO",
    "WATCH",
    "LISTEN",
    "WARNING",
    "WORLD",
    "SPORT",
    "SPORTS",
    "BUSINESS",
    "POLITICS",
    "TECH",
    "OPINIONS",
    "LETTERS",
];

/// Words that turn an all-capitals run into a sentence or a run-in head (`HE'S BEEN CALLED
/// OUT —`) rather than a place.
const NOT_IN_PLACES: &[&str] = &[
    "I", "WE", "YOU", "HE", "SHE", "IT", "THEY", "HE'S", "SHE'S", "IT'S", "IS", "ARE", "WAS",
    "WERE", "BE", "BEEN", "HAS", "HAVE", "HAD", "NOT", "JUST", "TOO", "BY", "FOR", "WITH", "WILL",
    "CAN", "WHAT", "WHY", "HOW", "WHO", "WHEN", "MY", "OUR", "YOUR", "HIS", "HER", "THEIR", "DO",
    "DOES", "DID", "THAT", "THIS", "THESE", "THOSE", "MORE", "MOST", "NO", "YES", "VS", "VS.",
];

/// The first words of a place that is not a city, which AP allows (`ABOARD AIR FORCE ONE`).
pub const NON_CITY_OPENERS: &[&str] = &[
    "ABOARD", "ON", "AT", "IN", "NEAR", "OFF", "OVER", "ALONG", "INSIDE", "OUTSIDE",
];

const WORD: &str = r"[<Lu>][<L><M>'’.\-]*";
const PARTICLE: &str = r"(?:de|da|do|del|dos|das|la|le|les|of|upon|on|sur|am|city|el|al|and|the)";

/// The opening parts of a dateline, shared by the two patterns below. Letter, mark and digit
/// classes are written `<Lu>`, `<Ll>`, `<L>`, `<M>`, `<D>` (see [`Pattern`]).
fn opening() -> String {
    // A lower-case place is read only to be judged: all-lower-case wire copy (`omaha, april
    // 7 - `) counts when a date follows it.
    let lower = r"[<Ll>][<Ll>'’.\-]*";
    let place = format!(
        r"(?P<place>{WORD}(?:[ \t]+(?:{WORD}|{PARTICLE})){{0,4}}|{lower}(?:[ \t]+{lower}){{0,2}})"
    );
    let region =
        format!(r"(?:[ \t]*,\s*(?P<region>{WORD}(?:[ \t]+(?:{WORD}|{PARTICLE})){{0,3}}))?");
    let date = r"(?:(?:[ \t]*,\s*|[ \t]+)(?P<date>[<L>]{3,9}\.?[ \t]*[<D>]{1,3})(?:,[ \t]*[<D>]{4})?(?:,[ \t]*Reuters?)?)?";
    let agency = r"(?:\s*\([ \t]*(?P<agency>[<Lu>][<L>.&]*(?:[ \t][<Lu>][<L>.&]*){0,2})[ \t]*\))?";
    format!(r"^{place}{region}{date}{agency}")
}

/// A pattern compiled with classes small enough to compile fast. The Unicode classes of these
/// patterns take about 25 ms to compile, most of the time a check of one short draft takes.
/// Text whose letters, marks and digits are all ASCII is read with ASCII classes. Other text is
/// read through [`reading`], which puts a stand-in of the same class and length in place of every
/// letter, mark or digit outside ASCII, with classes of the ASCII ones and the stand-ins: the
/// match is the one the Unicode classes would give, at the same byte offsets. Read the matched
/// text from the original, not from the stand-in copy.
struct Pattern {
    template: fn() -> String,
    ascii: OnceLock<Regex>,
    stand_in: OnceLock<Regex>,
}

impl Pattern {
    const fn new(template: fn() -> String) -> Pattern {
        Pattern {
            template,
            ascii: OnceLock::new(),
            stand_in: OnceLock::new(),
        }
    }

    /// The build that reads `reading` as the Unicode pattern reads the original text.
    fn regex(&self, reading: &Reading) -> &Regex {
        let (cell, classes) = if reading.stand_ins {
            (&self.stand_in, &STAND_IN_CLASSES)
        } else {
            (&self.ascii, &ASCII_CLASSES)
        };
        cell.get_or_init(|| {
            Regex::new(&with_classes(&(self.template)(), classes))
                .expect("the dateline patterns are valid")
        })
    }
}

/// The classes as the patterns use them: `<Lu>`, `<Ll>`, `<L>`, `<M>`, `<D>`.
type Classes = [(&'static str, &'static str); 5];

/// Upper case, lower case, other letters, marks and decimal digits: one stand-in for each
/// UTF-8 length of 2, 3 and 4 bytes. The letters of each length are neighbours where Unicode
/// has such neighbours, so that the class of all letters needs fewer ranges.
const STAND_INS: [[char; 3]; 5] = [
    ['\u{1bc}', '\u{a790}', '\u{1d400}'],
    ['\u{1bd}', '\u{a78e}', '\u{1d41a}'],
    ['\u{1bb}', '\u{a78f}', '\u{20000}'],
    ['\u{300}', '\u{20d0}', '\u{1d167}'],
    ['\u{660}', '\u{966}', '\u{104a0}'],
];

const ASCII_CLASSES: Classes = [
    ("<Lu>", "A-Z"),
    ("<Ll>", "a-z"),
    ("<L>", "A-Za-z"),
    ("<M>", ""),
    ("<D>", "0-9"),
];

const STAND_IN_CLASSES: Classes = [
    ("<Lu>", r"A-Z\x{1bc}\x{a790}\x{1d400}"),
    ("<Ll>", r"a-z\x{1bd}\x{a78e}\x{1d41a}"),
    (
        "<L>",
        r"A-Za-z\x{1bb}-\x{1bd}\x{a78e}-\x{a790}\x{1d400}\x{1d41a}\x{20000}",
    ),
    ("<M>", r"\x{300}\x{20d0}\x{1d167}"),
    ("<D>", r"0-9\x{660}\x{966}\x{104a0}"),
];

fn with_classes(template: &str, classes: &Classes) -> String {
    classes
        .iter()
        .fold(template.to_string(), |pattern, (class, with)| {
            pattern.replace(class, with)
        })
}

/// Text as the patterns read it (see [`Pattern`]).
struct Reading<'a> {
    text: Cow<'a, str>,
    /// Some letter, mark or digit is outside ASCII: `text` has stand-ins, for the build that
    /// knows them.
    stand_ins: bool,
}

/// `text` with every letter, mark and digit outside ASCII replaced by the stand-in of its
/// class and length.
fn reading(text: &str) -> Reading<'_> {
    let ascii = Reading {
        text: Cow::Borrowed(text),
        stand_ins: false,
    };
    if text.is_ascii() {
        return ascii;
    }
    // The class of a character as the Unicode patterns read it, in the order of `STAND_INS`.
    // Each is compiled when first needed: most copy outside ASCII has only upper and lower case.
    fn class(class: &str) -> Regex {
        Regex::new(class).expect("a valid class")
    }
    static CLASSES: [LazyLock<Regex>; 5] = [
        LazyLock::new(|| class(r"\p{Lu}")),
        LazyLock::new(|| class(r"\p{Ll}")),
        LazyLock::new(|| class(r"\p{L}")),
        LazyLock::new(|| class(r"\p{M}")),
        LazyLock::new(|| class(r"\d")),
    ];
    let mut known: HashMap<char, Option<char>> = HashMap::default();
    let mut stand_ins = false;
    let mut stand_in = |c: char| -> char {
        // Dashes, quotes, spaces and symbols are in none of the classes (every letter is
        // alphabetic and every digit numeric, by Unicode's definitions).
        if c.is_ascii()
            || !(c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c))
        {
            return c;
        }
        let stand_in = *known.entry(c).or_insert_with(|| {
            let mut buffer = [0; 4];
            let c_alone = c.encode_utf8(&mut buffer);
            let class = CLASSES.iter().position(|class| class.is_match(c_alone));
            class.and_then(|class| STAND_INS[class].get(c.len_utf8() - 2).copied())
        });
        stand_ins |= stand_in.is_some();
        stand_in.unwrap_or(c)
    };
    let read: String = text.chars().map(&mut stand_in).collect();
    if !stand_ins {
        return ascii;
    }
    Reading {
        text: Cow::Owned(read),
        stand_ins,
    }
}

/// The separator is required here: with every part optional, the first reading the engine
/// finds would stop before the dash.
static DATELINE: Pattern =
    Pattern::new(|| format!(r"{}(?P<gap>[ \t\u{{a0}}]*)(?P<sep>--|—|–|―|-)", opening()));

/// A dateline whose dash was forgotten: the lede's first sentence follows the place directly.
static DATELINE_WITHOUT_DASH: Pattern =
    Pattern::new(|| format!(r#"{}(?P<rest>[ \t]+)[<Lu>"“]"#, opening()));

static AGENCY_TAG: Pattern = Pattern::new(|| {
    let date = r"(?:(?P<date>[<L>]{3,9}\.?[ \t]*[<D>]{1,2})[ \t]*)?";
    format!(
        r"^{date}\([ \t]*(?P<agency>[<Lu>][<L>.&]*)[ \t]*\)(?P<gap>[ \t\u{{a0}}]*)(?P<sep>--|—|–|―|-)"
    )
});

/// A run of capitals followed by a comma or a parenthesis: where a dateline may hide inside a
/// paragraph.
static CAPITALS_THEN_COMMA: Pattern =
    Pattern::new(|| r"[<Lu>][<Lu>'’.\-]+(?:[ \t]+[<Lu>][<Lu>'’.\-]+){0,4}[ \t]*[,(]".to_string());

/// Reads a dateline at `start` of the prose, ending at `end` at the latest (the paragraph's end).
pub fn dateline_at(prose: &str, start: usize, end: usize) -> Option<Parsed> {
    let end =
        crate::text::floor_char_boundary(prose, end.min(start.saturating_add(LONGEST_DATELINE)));
    read_at(prose, start, end, false)
}

/// A dateline at `start` with its dash, the only kind taken away from the lede's opening. Most
/// paragraphs have no dash near their start, and then no pattern needs to run.
pub fn dashed_dateline_at(prose: &str, start: usize, end: usize) -> Option<Parsed> {
    let end =
        crate::text::floor_char_boundary(prose, end.min(start.saturating_add(LONGEST_DATELINE)));
    if !has_dash(prose.get(start..end)?) {
        return None;
    }
    read_at(prose, start, end, true).filter(|parsed| parsed.separator.is_some())
}

/// A dateline at `start` of the prose, ending at `end` at the latest (a char boundary). With
/// `dash_required`, a dateline without its dash is not looked for.
fn read_at(prose: &str, start: usize, end: usize, dash_required: bool) -> Option<Parsed> {
    let window = prose.get(start..end)?;
    // Every pattern opens with a letter or the agency's parenthesis.
    if window.starts_with(|c: char| c.is_ascii() && c != '(' && !c.is_ascii_alphabetic()) {
        return None;
    }
    let read = reading(window);
    agency_tag(window, &read, start).or_else(|| placed(window, &read, start, dash_required))
}

/// Whether `text` holds one of the dashes a dateline's separator is made of. The long dashes
/// all open with the byte 0xE2, so most text is passed over a byte at a time without decoding.
fn has_dash(text: &str) -> bool {
    text.bytes().any(|b| b == b'-' || b == 0xE2) && text.contains(['-', '—', '–', '―'])
}

/// Datelines inside a paragraph, not at its start: only the strong ones, with their dash.
pub fn datelines_within(prose: &str, paragraph: Span) -> Vec<Parsed> {
    let Some(text) = prose.get(paragraph.start..paragraph.end) else {
        return Vec::new();
    };
    let read = reading(text);
    CAPITALS_THEN_COMMA
        .regex(&read)
        .find_iter(&read.text)
        .filter(|m| {
            m.start() > 0
                && text[..m.start()].ends_with(|c: char| {
                    c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | '"' | '“')
                })
        })
        .take(64)
        .filter_map(|m| dashed_dateline_at(prose, paragraph.start + m.start(), paragraph.end))
        .filter(|parsed| parsed.strong && parsed.separator.is_some() && !parsed.place.is_empty())
        .collect()
}

/// `window` is the text at `base`, `read` the same with stand-ins (see [`Pattern`]).
fn agency_tag(window: &str, read: &Reading, base: usize) -> Option<Parsed> {
    if !read.text.contains('(') {
        return None;
    }
    let caps = AGENCY_TAG.regex(read).captures(&read.text)?;
    let agency = caps.name("agency")?;
    if !AGENCIES.contains(&&window[agency.range()]) {
        return None;
    }
    let date = caps
        .name("date")
        .filter(|d| month_of(&window[d.range()]).is_some());
    if caps.name("date").is_some() && date.is_none() {
        return None;
    }
    let sep = caps.name("sep")?;
    let end = base + sep.end() + spaces_after(&window[sep.end()..]);
    Some(Parsed {
        span: Span::new(base, end),
        place: Span::empty(base),
        region: None,
        region_without_comma: false,
        date: date.map(|d| span_of(base, d)),
        agency: Some(span_of(base, agency)),
        separator: Some(span_of(base, sep)),
        strong: true,
    })
}

fn placed(window: &str, read: &Reading, base: usize, dash_required: bool) -> Option<Parsed> {
    // The separator is one of the dashes: without any, only the pattern without it can match.
    let dashed = has_dash(&read.text)
        .then(|| DATELINE.regex(read).captures(&read.text))
        .flatten();
    let (caps, dashed) = match dashed {
        Some(caps) => (caps, true),
        None if dash_required => return None,
        None => (
            DATELINE_WITHOUT_DASH.regex(read).captures(&read.text)?,
            false,
        ),
    };
    let place_match = caps.name("place")?;
    let mut place = span_of(base, place_match);
    let mut region = caps.name("region").map(|m| span_of(base, m));
    let mut region_without_comma = false;
    let date = caps.name("date").map(|m| span_of(base, m));
    let agency = caps.name("agency").map(|m| span_of(base, m));
    let separator = caps
        .name("sep")
        .filter(|_| dashed)
        .map(|m| span_of(base, m));
    let gap_before_separator = caps.name("gap").is_some_and(|gap| !gap.is_empty());
    let after = separator.map_or("", |sep| &window[sep.end - base..]);

    let mut place_text = &window[place_match.range()];
    if !in_capitals(place_text) && region.is_none() {
        // `FRESNO Calif. —`: capitals, then a state with the comma forgotten.
        let (capitals, rest) = split_capitals(place_text);
        if !capitals.is_empty() && tables::state_for_region(rest).is_some() {
            region = Some(Span::new(place.end - rest.len(), place.end));
            place = Span::new(place.start, place.start + capitals.len());
            place_text = capitals;
            region_without_comma = true;
        }
    }
    if KICKERS.contains(&place_text.trim_end_matches(['.', '-'])) {
        return None;
    }
    let after_text = after.trim_start();
    // A hyphen glued on both sides is a compound (`UK-BASED`), not a separator.
    if separator.is_some_and(|sep| part(window, base, sep) == "-")
        && !gap_before_separator
        && !after.is_empty()
        && !after.starts_with(char::is_whitespace)
    {
        return None;
    }
    let dated = date.is_some_and(|d| month_of(part(window, base, d)).is_some());
    let region_text = region.map_or("", |r| part(window, base, r));
    let known_agency = agency.is_some_and(|a| AGENCIES.contains(&part(window, base, a)));
    let known_state = tables::state_for_region(region_text).is_some();
    let strong = dated || known_agency || known_state;
    let capitals =
        in_capitals(place_text) && place_text.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    let lower_case = place_text.starts_with(char::is_lowercase);
    let accepted = if date.is_some() && !dated {
        // `BUENOS AIRES, ABR 9 -`: a slip in the date of what is plainly a dateline.
        capitals && dashed
    } else if lower_case {
        dated && dashed
    } else {
        match (dashed, capitals) {
            (true, true) => {
                strong
                    || plausible_place(place_text)
                        && (region.is_some() || starts_sentence(after_text))
            }
            // `Tulsa, Okla. — `, `New York (AFP) – `: mixed case needs more than a dash, and a
            // state alone does not make `Officials, Ohio — the …` a dateline.
            (true, false) => {
                dated || known_agency || known_state && !after_text.starts_with(char::is_lowercase)
            }
            (false, true) => strong,
            (false, false) => false,
        }
    };
    if !accepted {
        return None;
    }
    let end = match separator {
        Some(sep) => sep.end + spaces_after(after),
        None => {
            base + caps
                .name("rest")
                .map_or(place_match.end(), |rest| rest.start())
        }
    };
    Some(Parsed {
        span: Span::new(base, end),
        place,
        region,
        region_without_comma,
        date,
        agency,
        separator,
        strong,
    })
}

/// An all-capitals run that reads as a place: short, and without the words of a sentence or a
/// run-in head.
fn plausible_place(place: &str) -> bool {
    let words: Vec<&str> = place.split_whitespace().collect();
    words.len() <= 4 && !words.iter().any(|w| NOT_IN_PLACES.contains(w))
}

fn starts_sentence(text: &str) -> bool {
    text.chars().next().is_some_and(|c| {
        c.is_uppercase()
            || c.is_ascii_digit()
            || matches!(c, '"' | '“' | '‘' | '\'' | '<' | '$' | '(')
    })
}

fn spaces_after(text: &str) -> usize {
    text.len() - text.trim_start_matches([' ', '\t', '\u{a0}']).len()
}

fn in_capitals(text: &str) -> bool {
    !text.chars().any(char::is_lowercase)
}

/// The leading words in capitals and the rest: `FRESNO Calif.` → (`FRESNO`, `Calif.`).
fn split_capitals(place: &str) -> (&str, &str) {
    let mut end = 0;
    for (offset, word) in word_offsets(place) {
        if in_capitals(word) && word.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
            end = offset + word.len();
        } else {
            break;
        }
    }
    (&place[..end], place[end..].trim_start())
}

fn word_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace()
        .map(move |word| (word.as_ptr() as usize - text.as_ptr() as usize, word))
}

/// The month a date word names (0 = January), in any case, abbreviated or not, with or
/// without a full stop.
pub fn month_of(date: &str) -> Option<usize> {
    let word: String = date
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    NAMES.iter().position(|name| {
        word.len() >= 3 && name.starts_with(&word) || word == "sept" && *name == "september"
    })
}

fn span_of(base: usize, m: regex::Match) -> Span {
    Span::new(base + m.start(), base + m.end())
}

/// The text of an absolute span inside a window that starts at byte `base` of the prose.
fn part(window: &str, base: usize, span: Span) -> &str {
    window.get(span.start - base..span.end - base).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dateline's parts as text: (place, region, date, agency, separator, whole).
    type Parts = (
        String,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        String,
    );

    fn read(text: &str) -> Option<Parts> {
        let parsed = dateline_at(text, 0, text.len())?;
        let part = |span: Option<Span>| span.map(|s| s.slice(text).to_string());
        Some((
            parsed.place.slice(text).to_string(),
            part(parsed.region),
            part(parsed.date),
            part(parsed.agency),
            part(parsed.separator),
            parsed.span.slice(text).to_string(),
        ))
    }

    fn place_and_separator(text: &str) -> Option<(String, Option<String>)> {
        read(text).map(|(place, _, _, _, separator, _)| (place, separator))
    }

    #[test]
    fn reads_the_three_forms_in_the_issue() {
        assert_eq!(
            read("ANCHORAGE, Alaska (AP) — The city"),
            Some((
                "ANCHORAGE".into(),
                Some("Alaska".into()),
                None,
                Some("AP".into()),
                Some("—".into()),
                "ANCHORAGE, Alaska (AP) — ".into()
            ))
        );
        assert_eq!(
            read("NEW YORK, March 3 (Reuters) - Stocks rose"),
            Some((
                "NEW YORK".into(),
                None,
                Some("March 3".into()),
                Some("Reuters".into()),
                Some("-".into()),
                "NEW YORK, March 3 (Reuters) - ".into()
            ))
        );
        assert_eq!(
            read("KYIV, Ukraine — Air raid sirens"),
            Some((
                "KYIV".into(),
                Some("Ukraine".into()),
                None,
                None,
                Some("—".into()),
                "KYIV, Ukraine — ".into()
            ))
        );
    }

    #[test]
    fn reads_wire_variants() {
        assert_eq!(
            read("COMMACK, N.Y., Feb 26 - Computer Terminal").map(|r| (r.1, r.2)),
            Some((Some("N.Y.".into()), Some("Feb 26".into())))
        );
        assert_eq!(
            place_and_separator("ST. LOUIS — The team"),
            Some(("ST. LOUIS".into(), Some("—".into())))
        );
        assert_eq!(
            place_and_separator("WINSTON-SALEM, N.C., March 3 - Shares"),
            Some(("WINSTON-SALEM".into(), Some("-".into())))
        );
        assert_eq!(
            place_and_separator("SAO PAULO, MARCH 9 - Brazil"),
            Some(("SAO PAULO".into(), Some("-".into())))
        );
        assert_eq!(
            place_and_separator("TULSA, Okla. (AP) -- A pipeline"),
            Some(("TULSA".into(), Some("--".into())))
        );
        assert_eq!(
            place_and_separator("TULSA, June 2- <Company> said"),
            Some(("TULSA".into(), Some("-".into())))
        );
        assert_eq!(
            place_and_separator("PARIS—The minister"),
            Some(("PARIS".into(), Some("—".into())))
        );
        assert_eq!(
            place_and_separator("Kansas City, March 9 - The bank"),
            Some(("Kansas City".into(), Some("-".into())))
        );
        assert_eq!(
            place_and_separator("New York (AFP) – Oscar-winning actress"),
            Some(("New York".into(), Some("–".into())))
        );
        assert_eq!(
            place_and_separator("TAUPO, New Zealand, March 23, Reuter - The"),
            Some(("TAUPO".into(), Some("-".into())))
        );
        assert_eq!(
            place_and_separator("ANGLETON, Tex. March 3 - The"),
            Some(("ANGLETON".into(), Some("-".into())))
        );
        assert_eq!(
            place_and_separator("WEST HARTFORD, Conn., Marc 3 - The"),
            Some(("WEST HARTFORD".into(), Some("-".into())))
        );
    }

    #[test]
    fn reads_agency_tags_without_a_place() {
        assert_eq!(
            read("(Bloomberg) -- Oil rose").map(|r| (r.0, r.3)),
            Some(("".into(), Some("Bloomberg".into())))
        );
        assert_eq!(
            read("Dec 29 (Reuters) - U.S. Democratic").map(|r| (r.2, r.3)),
            Some((Some("Dec 29".into()), Some("Reuters".into())))
        );
    }

    #[test]
    fn reads_malformed_datelines_it_can_still_recognise() {
        assert_eq!(
            place_and_separator("Tulsa, Okla. (AP) — A pipeline"),
            Some(("Tulsa".into(), Some("—".into())))
        );
        assert_eq!(
            read("FRESNO Calif. — The county").map(|r| (r.0, r.1)),
            Some(("FRESNO".into(), Some("Calif.".into())))
        );
        assert_eq!(
            place_and_separator("FRESNO, Calif. The county said"),
            Some(("FRESNO".into(), None))
        );
        assert_eq!(
            read("FRESNO, Calif. The county said").map(|r| r.5),
            Some("FRESNO, Calif.".into())
        );
        assert_eq!(
            place_and_separator("FRESNO, Calif. —"),
            Some(("FRESNO".into(), Some("—".into())))
        );
        assert_eq!(
            place_and_separator("FRESNO, Calif.   — The county"),
            Some(("FRESNO".into(), Some("—".into()))),
            "bold markup blanked"
        );
    }

    #[test]
    fn leaves_openers_that_are_not_datelines() {
        for text in [
            "NASA said on Tuesday that the launch would slip.",
            "UPDATE: The launch slipped.",
            "BREAKING — The launch slipped.",
            "ANALYSIS — Why the launch slipped.",
            "NASA — the space agency — said the launch slipped.",
            "HE'S BEEN CALLED OUT BY FELLOW DOCTORS — He has been dragged",
            "U.S. President Donald Trump called his meeting productive.",
            "UK-based bank Standard Chartered said it would spend $3.3bn.",
            "Officials — including the mayor — said the levee held.",
            "The county said Tuesday, FRESNO, Calif. — the levee held.",
            "US-German carmaker DaimlerChrysler has sold 2.1% more cars.",
            "",
            "—",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
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
    }

    #[test]
    fn dashes_are_found_in_any_text() {
        for (text, dash) in [
            ("PARIS - The", true),
            ("PARIS — The", true),
            ("PARIS – The", true),
            ("PARIS ― The", true),
            ("PARIS … “The”", false),
            ("PARIS", false),
        ] {
            assert_eq!(has_dash(text), dash, "{text}");
        }
    }

    #[test]
    fn months_in_every_spelling() {
        assert_eq!(month_of("Sept 3"), Some(8));
        assert_eq!(month_of("Sep. 3"), Some(8));
        assert_eq!(month_of("MARCH 5"), Some(2));
        assert_eq!(month_of("FEb 26"), Some(1));
        assert_eq!(month_of("Marc 3"), Some(2));
        assert_eq!(month_of("Monday 3"), None);
        assert_eq!(month_of("Ma 3"), None);
    }

    #[test]
    fn reads_places_spelled_outside_ascii() {
        assert_eq!(
            place_and_separator("SÃO PAULO, Brazil (AP) — Traders"),
            Some(("SÃO PAULO".into(), Some("—".into())))
        );
        assert_eq!(
            place_and_separator("ZÜRICH — The bank"),
            Some(("ZÜRICH".into(), Some("—".into())))
        );
        assert_eq!(
            read("BOGOTÁ, Colombia — Coffee").map(|r| r.0),
            Some("BOGOTÁ".into())
        );
    }

    #[test]
    fn the_ascii_and_stand_in_builds_read_as_the_unicode_build_does() {
        const UNICODE_CLASSES: Classes = [
            ("<Lu>", r"\p{Lu}"),
            ("<Ll>", r"\p{Ll}"),
            ("<L>", r"\p{L}"),
            ("<M>", r"\p{M}"),
            ("<D>", r"\d"),
        ];
        let texts = [
            "ANCHORAGE, Alaska (AP) — The city",
            "NEW YORK, March 3 (Reuters) - Stocks rose",
            "omaha, april 7 - shares",
            "(Bloomberg) -- Oil rose",
            "FRESNO Calif. \u{a0}— The council",
            "UK-BASED firms said",
            "Officials said on Tuesday that the WASHINGTON, D.C. (AP) — office",
            "SÃO PAULO, Brazil (AP) — Traders",
            "BOGOTÁ, Colombia, février 3 — Coffee",
            "ZÜRICH, ŞIŞLI ǅ — the bank",
            "NAIROBI, Kenya, Juni ٣ (AP) — Rain",
            "CAFE\u{301}, Paris — The café",
            "КИЕВ, Украина, 3 марта (AP) — Ракеты",
            "東京, 3月 — 𝐀𝐁𝐂, the 𐐀𐐨 — ǈ",
            "Officials in MÜNCHEN, Bayern, said — ÅLAND (AP) — office",
            "PARIS, France — “Oui,” … €3",
        ];
        for pattern in [
            &DATELINE,
            &DATELINE_WITHOUT_DASH,
            &AGENCY_TAG,
            &CAPITALS_THEN_COMMA,
        ] {
            let unicode =
                Regex::new(&with_classes(&(pattern.template)(), &UNICODE_CLASSES)).expect("valid");
            let spans = |re: &Regex, text: &str| -> Vec<Vec<Option<(usize, usize)>>> {
                re.captures_iter(text)
                    .map(|caps| {
                        caps.iter()
                            .map(|m| m.map(|m| (m.start(), m.end())))
                            .collect()
                    })
                    .collect()
            };
            for text in texts {
                let read = reading(text);
                assert_eq!(read.text.len(), text.len());
                assert_eq!(
                    spans(pattern.regex(&read), &read.text),
                    spans(&unicode, text),
                    "{text}"
                );
            }
        }
        let read = reading("ÉÀé’ǅ٣ x\u{301}");
        assert!(read.stand_ins);
        assert_eq!(read.text, "ƼƼƽ’ƻ٠ x\u{300}");
        let read = reading("PARIS — “Oui” … €3");
        assert!(!read.stand_ins);
        assert_eq!(read.text, "PARIS — “Oui” … €3");
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
