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

use super::{shape, tables};
use crate::text::Span;
use regex::Regex;
use regex_syntax::hir::{Class, HirKind};
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

/// A pattern built twice, once with Unicode letter classes and once with ASCII ones. Compiling
/// the Unicode classes of these patterns takes about 25 ms, most of the time a check of one
/// short draft takes. The ASCII build reads ASCII text as the Unicode build does, and any other
/// text through a stand-in (see [`stand_in`]); the Unicode build is made only for the rare text
/// that has no stand-in.
struct Pattern {
    template: fn() -> String,
    ascii: OnceLock<Regex>,
    unicode: OnceLock<Regex>,
}

impl Pattern {
    const fn new(template: fn() -> String) -> Pattern {
        Pattern {
            template,
            ascii: OnceLock::new(),
            unicode: OnceLock::new(),
        }
    }

    fn build(&self, unicode: bool) -> &Regex {
        let cell = if unicode { &self.unicode } else { &self.ascii };
        cell.get_or_init(|| {
            Regex::new(&with_classes(&(self.template)(), unicode))
                .expect("the dateline patterns are valid")
        })
    }

    /// The Unicode pattern's reading of `text`.
    fn captures<'t>(&self, text: &'t str) -> Option<Reading<'t>> {
        if text.is_ascii() && !text.bytes().any(is_stand_in) {
            let captures = self.build(false).captures(text)?;
            return Some(Reading::new(text, &captures, None));
        }
        match stand_in(text) {
            Some((stand_in, origin)) => {
                let captures = self.build(false).captures(&stand_in)?;
                Some(Reading::new(text, &captures, Some(&origin)))
            }
            None => {
                let captures = self.build(true).captures(text)?;
                Some(Reading::new(text, &captures, None))
            }
        }
    }
}

/// The named groups of a pattern's match, as byte ranges of the text that was read.
struct Reading<'t> {
    text: &'t str,
    groups: [Option<(usize, usize)>; GROUPS.len()],
}

const GROUPS: [&str; 7] = ["place", "region", "date", "agency", "gap", "sep", "rest"];

impl<'t> Reading<'t> {
    /// `origin`, when given, takes each byte offset of the text the pattern ran on to the
    /// offset in `text` it stands for.
    fn new(text: &'t str, captures: &regex::Captures, origin: Option<&[usize]>) -> Reading<'t> {
        let at = |offset: usize| origin.map_or(offset, |origin| origin[offset]);
        Reading {
            text,
            groups: GROUPS.map(|name| captures.name(name).map(|m| (at(m.start()), at(m.end())))),
        }
    }

    fn name(&self, name: &str) -> Option<Group<'t>> {
        let index = GROUPS.iter().position(|group| *group == name)?;
        let (start, end) = self.groups[index]?;
        Some(Group {
            text: self.text,
            start,
            end,
        })
    }
}

/// One named group of a reading.
#[derive(Clone, Copy)]
struct Group<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Group<'t> {
    fn as_str(&self) -> &'t str {
        self.text.get(self.start..self.end).unwrap_or("")
    }

    fn start(&self) -> usize {
        self.start
    }

    fn end(&self) -> usize {
        self.end
    }
}

/// The Unicode classes of the templates, `<Lu>`, `<Ll>`, `<L>`, `<M>` and `<D>`, as sorted
/// ranges: cheap to read from regex-syntax, unlike compiling them into automata.
fn unicode_classes() -> &'static [Vec<(char, char)>; 5] {
    static CLASSES: LazyLock<[Vec<(char, char)>; 5]> = LazyLock::new(|| {
        [r"\p{Lu}", r"\p{Ll}", r"\p{L}", r"\p{M}", r"\d"].map(|class| {
            match regex_syntax::parse(class).map(|hir| hir.into_kind()) {
                Ok(HirKind::Class(Class::Unicode(ranges))) => ranges
                    .ranges()
                    .iter()
                    .map(|range| (range.start(), range.end()))
                    .collect(),
                _ => Vec::new(),
            }
        })
    });
    &CLASSES
}

fn within(ranges: &[(char, char)], c: char) -> bool {
    let after = ranges.partition_point(|&(_, last)| last < c);
    ranges.get(after).is_some_and(|&(first, _)| first <= c)
}

/// The control characters the ASCII build counts as a mark (`\x01`) and as a letter without
/// case (`\x02`), which no ASCII letter stands in for.
fn is_stand_in(b: u8) -> bool {
    matches!(b, 1 | 2)
}

/// `text` with each letter, mark and digit outside ASCII replaced by one ASCII character in
/// exactly the same classes of the templates and in none of their literals: capitals by `Q`,
/// small letters by `x`, other letters by `\x02`, marks by `\x01`, digits by `7`. Matching goes
/// character by character, so the ASCII build reads the stand-in as the Unicode build reads the
/// text. With it, where each of its bytes came from in `text`. `None` when the text holds a
/// stand-in character of its own, or a character in a mix of classes no stand-in has.
fn stand_in(text: &str) -> Option<(String, Vec<usize>)> {
    let mut stand_in = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len() + 1);
    for (at, c) in text.char_indices() {
        let c = if c.is_ascii() {
            if u8::try_from(c).is_ok_and(is_stand_in) {
                return None;
            }
            c
        } else {
            match unicode_classes().each_ref().map(|ranges| within(ranges, c)) {
                [false, false, false, false, false] => c,
                [true, false, true, false, false] => 'Q',
                [false, true, true, false, false] => 'x',
                [false, false, true, false, false] => '\u{2}',
                [false, false, false, true, false] => '\u{1}',
                [false, false, false, false, true] => '7',
                _ => return None,
            }
        };
        stand_in.push(c);
        origin.extend((0..c.len_utf8()).map(|k| at + k));
    }
    origin.push(text.len());
    Some((stand_in, origin))
}

fn with_classes(template: &str, unicode: bool) -> String {
    let classes: [(&str, &str); 5] = if unicode {
        [
            ("<Lu>", r"\p{Lu}"),
            ("<Ll>", r"\p{Ll}"),
            ("<L>", r"\p{L}"),
            ("<M>", r"\p{M}"),
            ("<D>", r"\d"),
        ]
    } else {
        [
            ("<Lu>", "A-Z"),
            ("<Ll>", "a-z"),
            ("<L>", r"A-Za-z\x02"),
            ("<M>", r"\x01"),
            ("<D>", "0-9"),
        ]
    };
    classes
        .iter()
        .fold(template.to_string(), |pattern, (class, with)| {
            pattern.replace(class, with)
        })
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
const CAPITALS_THEN_COMMA_TEMPLATE: &str =
    r"[<Lu>][<Lu>'’.\-]+(?:[ \t]+[<Lu>][<Lu>'’.\-]+){0,4}[ \t]*[,(]";
static CAPITALS_THEN_COMMA: OnceLock<Regex> = OnceLock::new();

/// Reads a dateline at `start` of the prose, ending at `end` at the latest (the paragraph's end).
pub fn dateline_at(prose: &str, start: usize, end: usize) -> Option<Parsed> {
    let window = window(prose, start, end)?;
    agency_tag(window, start).or_else(|| placed(window, start, false))
}

/// A dateline at `start` with its dash, the only kind taken away from the lede's opening. Most
/// paragraphs cannot open with one, and then no pattern needs to run.
pub fn dashed_dateline_at(prose: &str, start: usize, end: usize) -> Option<Parsed> {
    let window = window(prose, start, end)?;
    if !may_hold_a_dash(window) {
        return None;
    }
    agency_tag(window, start).or_else(|| placed(window, start, true))
}

/// Whether `text` holds a dash of `DATELINE`'s or `AGENCY_TAG`'s separator (`-`, or one of
/// `—–―`, whose encodings all open with the byte 0xE2). Each reading of those patterns ends in
/// its dash, so text without one holds none: told by one fast scan, before any pattern or
/// shape test.
fn may_hold_a_dash(text: &str) -> bool {
    memchr::memchr2(b'-', 0xE2, text.as_bytes()).is_some()
}

/// The prose a dateline at `start` may take: up to `end`, and no longer than any dateline.
fn window(prose: &str, start: usize, end: usize) -> Option<&str> {
    let end =
        crate::text::floor_char_boundary(prose, end.min(start.saturating_add(LONGEST_DATELINE)));
    prose.get(start..end)
}

/// Datelines inside a paragraph, not at its start: only the strong ones, with their dash.
pub fn datelines_within(prose: &str, paragraph: Span) -> Vec<Parsed> {
    let Some(text) = prose.get(paragraph.start..paragraph.end) else {
        return Vec::new();
    };
    // Each dateline kept here has its dash inside the paragraph.
    if !may_hold_a_dash(text) {
        return Vec::new();
    }
    let (capitals, origin) = capitals_stand_in(text);
    let capitals_then_comma = CAPITALS_THEN_COMMA.get_or_init(|| {
        Regex::new(&with_classes(CAPITALS_THEN_COMMA_TEMPLATE, false))
            .expect("the dateline patterns are valid")
    });
    capitals_then_comma
        .find_iter(&capitals)
        .map(|m| {
            origin
                .as_ref()
                .map_or(m.start(), |origin| origin[m.start()])
        })
        .filter(|&start| {
            start > 0
                && text[..start].ends_with(|c: char| {
                    c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | '"' | '“')
                })
        })
        .take(64)
        .filter_map(|start| dashed_dateline_at(prose, paragraph.start + start, paragraph.end))
        .filter(|parsed| parsed.strong && parsed.separator.is_some() && !parsed.place.is_empty())
        .collect()
}

/// `text` with each capital outside ASCII written `Q`, so that the ASCII build of
/// `CAPITALS_THEN_COMMA`, whose only class is capitals, reads it as the Unicode build reads the
/// text; and, when anything was replaced, where each byte of it came from in `text`.
fn capitals_stand_in(text: &str) -> (Cow<'_, str>, Option<Vec<usize>>) {
    // Most paragraphs are ASCII, told far faster than by decoding them.
    if text.is_ascii() {
        return (Cow::Borrowed(text), None);
    }
    let upper = &unicode_classes()[0];
    if !text.chars().any(|c| !c.is_ascii() && within(upper, c)) {
        return (Cow::Borrowed(text), None);
    }
    let mut stand_in = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len() + 1);
    for (at, c) in text.char_indices() {
        let c = if !c.is_ascii() && within(upper, c) {
            'Q'
        } else {
            c
        };
        stand_in.push(c);
        origin.extend(std::iter::repeat_n(at, c.len_utf8()));
    }
    origin.push(text.len());
    (Cow::Owned(stand_in), Some(origin))
}

fn agency_tag(window: &str, base: usize) -> Option<Parsed> {
    if !shape::may_open_agency_tag(window) {
        return None;
    }
    let reading = match agency_tag_by_hand(window) {
        Ok(reading) => reading,
        Err(Undecided) => AGENCY_TAG.captures(window),
    };
    agency_tag_reading(&reading?, window, base)
}

/// A letter or digit outside ASCII stands where a class of a pattern is tested: the pattern
/// must read the text.
struct Undecided;

/// `AGENCY_TAG`'s reading of `window`, read by hand: every part of that pattern is taken in
/// one way only (each run stops where the next part's first character cannot continue it), so
/// no backtracking is needed. Compiling and running the pattern costs far more than this.
fn agency_tag_by_hand(window: &str) -> Result<Option<Reading<'_>>, Undecided> {
    let bytes = window.as_bytes();
    // The length of the run of `class` from `at`; undecided when it stops at a character
    // outside ASCII, which the class may hold.
    let run = |at: usize, class: fn(&u8) -> bool| -> Result<usize, Undecided> {
        let length = bytes[at..].iter().take_while(|b| class(b)).count();
        match bytes.get(at + length) {
            Some(b) if !b.is_ascii() => Err(Undecided),
            _ => Ok(length),
        }
    };
    let blanks = |at: usize| {
        bytes[at..]
            .iter()
            .take_while(|b| matches!(b, b' ' | b'\t'))
            .count()
    };
    let mut at = 0;
    let mut date = None;
    if bytes.first() != Some(&b'(') {
        let letters = run(0, u8::is_ascii_alphabetic)?;
        if !(3..=9).contains(&letters) {
            return Ok(None);
        }
        at = letters + usize::from(bytes.get(letters) == Some(&b'.'));
        at += blanks(at);
        let digits = run(at, u8::is_ascii_digit)?;
        if !(1..=2).contains(&digits) {
            return Ok(None);
        }
        date = Some((0, at + digits));
        at += digits;
        at += blanks(at);
        if bytes.get(at) != Some(&b'(') {
            return Ok(None);
        }
    }
    at += 1;
    at += blanks(at);
    match bytes.get(at) {
        Some(b) if b.is_ascii_uppercase() => {}
        Some(b) if !b.is_ascii() => return Err(Undecided),
        _ => return Ok(None),
    }
    let agency_start = at;
    at += 1 + run(at + 1, |b| {
        b.is_ascii_alphabetic() || matches!(b, b'.' | b'&')
    })?;
    let agency = Some((agency_start, at));
    at += blanks(at);
    if bytes.get(at) != Some(&b')') {
        return Ok(None);
    }
    at += 1;
    let gap_start = at;
    at += window[at..].len() - window[at..].trim_start_matches([' ', '\t', '\u{a0}']).len();
    let gap = Some((gap_start, at));
    let rest = &window[at..];
    let Some(dash) = ["--", "—", "–", "―", "-"]
        .iter()
        .find(|d| rest.starts_with(**d))
    else {
        return Ok(None);
    };
    let sep = Some((at, at + dash.len()));
    Ok(Some(Reading {
        text: window,
        groups: [None, None, date, agency, gap, sep, None],
    }))
}

/// An agency tag from the pattern's reading, when the agency is known and the date is one.
fn agency_tag_reading(caps: &Reading, window: &str, base: usize) -> Option<Parsed> {
    let agency = caps.name("agency")?;
    if !AGENCIES.contains(&agency.as_str()) {
        return None;
    }
    let date = caps.name("date").filter(|d| month_of(d.as_str()).is_some());
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

/// A dateline that opens with its place. With `dashed_only`, only a reading with its dash is
/// wanted, and the pattern without one is not tried.
fn placed(window: &str, base: usize, dashed_only: bool) -> Option<Parsed> {
    let dashed_reading = (may_hold_a_dash(window) && shape::may_open_dashed(window, dashed_only))
        .then(|| DATELINE.captures(window))
        .flatten();
    let (caps, dashed) = match dashed_reading {
        Some(caps) => (caps, true),
        None if dashed_only || !shape::may_open_undashed(window) => return None,
        None => (DATELINE_WITHOUT_DASH.captures(window)?, false),
    };
    placed_reading(&caps, dashed, window, base)
}

/// A place-led dateline from a pattern's reading, `dashed` or not, when the evidence is good
/// enough.
fn placed_reading(caps: &Reading, dashed: bool, window: &str, base: usize) -> Option<Parsed> {
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
    let gap_before_separator = caps.name("gap").is_some_and(|gap| !gap.as_str().is_empty());
    let after = separator.map_or("", |sep| &window[sep.end - base..]);

    let mut place_text = place_match.as_str();
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

fn span_of(base: usize, m: Group) -> Span {
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
    fn a_dash_of_every_kind_is_seen_before_the_patterns_run() {
        for text in [
            "TULSA - The",
            "TULSA -- The",
            "TULSA — The",
            "TULSA – The",
            "TULSA ― The",
        ] {
            assert!(may_hold_a_dash(text), "{text:?}");
            assert!(
                dashed_dateline_at(text, 0, text.len()).is_some(),
                "{text:?}"
            );
        }
        for text in [
            "TULSA, Okla. (AP) The",
            "SÃO PAULO, March 3 The",
            "TULSA The",
        ] {
            assert!(!may_hold_a_dash(text), "{text:?}");
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
    fn the_ascii_build_reads_ascii_letters_as_the_unicode_build_does() {
        let texts = [
            "ANCHORAGE, Alaska (AP) — The city",
            "NEW YORK, March 3 (Reuters) - Stocks rose",
            "WINSTON-SALEM, N.C., March 3 - Shares",
            "omaha, april 7 - shares",
            "(Bloomberg) -- Oil rose",
            "FRESNO Calif. \u{a0}— The council",
            "UK-BASED firms said",
            "Officials said on Tuesday that the WASHINGTON, D.C. (AP) — office",
        ];
        for pattern in [&DATELINE, &DATELINE_WITHOUT_DASH, &AGENCY_TAG] {
            let ascii = Regex::new(&with_classes(&(pattern.template)(), false)).unwrap();
            let unicode = Regex::new(&with_classes(&(pattern.template)(), true)).unwrap();
            for text in texts {
                let spans = |re: &Regex| -> Vec<Option<(usize, usize)>> {
                    re.captures(text).map_or_else(Vec::new, |caps| {
                        caps.iter()
                            .map(|m| m.map(|m| (m.start(), m.end())))
                            .collect()
                    })
                };
                assert_eq!(spans(&ascii), spans(&unicode), "{text}");
            }
        }
    }

    #[test]
    fn capitals_outside_ascii_are_read_in_a_stand_in_with_their_places() {
        let unicode = Regex::new(&with_classes(CAPITALS_THEN_COMMA_TEMPLATE, true)).unwrap();
        let ascii = Regex::new(&with_classes(CAPITALS_THEN_COMMA_TEMPLATE, false)).unwrap();
        for text in [
            "said on Monday, ÎLE-DE-FRANCE, France — The",
            "the café, said É, then ÖZIL (AP) and ŠKODA, PRAGUE, Ö,",
            "plain ASCII, WASHINGTON (AP) — here",
        ] {
            let (stand_in, origin) = capitals_stand_in(text);
            let read: Vec<(usize, usize)> = ascii
                .find_iter(&stand_in)
                .map(|m| match &origin {
                    Some(origin) => (origin[m.start()], origin[m.end()]),
                    None => (m.start(), m.end()),
                })
                .collect();
            let expected: Vec<(usize, usize)> = unicode
                .find_iter(text)
                .map(|m| (m.start(), m.end()))
                .collect();
            assert_eq!(read, expected, "{text}");
        }
    }

    #[test]
    fn a_stand_in_text_is_read_as_the_text() {
        let written = |text: &str| stand_in(text).map(|(stand_in, _)| stand_in);
        assert_eq!(
            written("François Hollande, PRIŠTINA ٣ — “No”").as_deref(),
            Some("Franxois Hollande, PRIQTINA 7 — “No”")
        );
        assert_eq!(
            written("CAFE\u{301} 東京").as_deref(),
            Some("CAFE\u{1} \u{2}\u{2}")
        );
        assert_eq!(written("a\u{1}b"), None, "a stand-in of the text's own");
        for text in [
            "French President François Hollande has joined a growing list",
            "Pulitzer Prize-winning author Junot Díaz made a case — for it",
            "PRIŠTINA, Kosovo — The talks",
            "SÃO PAULO, Dec. ٣ (Reuters) - Brazil",
            "SÃO PAULO, Dec ٣٠ (Reuters) - Brazil",
            "Eskelsen García said down-ballot races",
            "Eskelsen Garci\u{301}a said down-ballot races",
            "CAFE\u{301}, Paris (AFP) — The",
            "東京, Japan (AP) — The",
            "東京 — The",
            "ZÜRICH, Switzerland (Reuters) — The",
        ] {
            for pattern in [&DATELINE, &DATELINE_WITHOUT_DASH, &AGENCY_TAG] {
                let expected: Option<Vec<Option<(usize, usize)>>> =
                    pattern.build(true).captures(text).map(|captures| {
                        GROUPS
                            .map(|name| captures.name(name).map(|m| (m.start(), m.end())))
                            .into()
                    });
                let read = pattern.captures(text).map(|reading| reading.groups.into());
                assert_eq!(read, expected, "{text}");
            }
        }
    }

    /// The readings of the patterns with no byte-level rejection before them.
    fn unfiltered(window: &str, dashed_only: bool) -> Option<Parsed> {
        let tag = AGENCY_TAG
            .captures(window)
            .and_then(|caps| agency_tag_reading(&caps, window, 0));
        tag.or_else(|| match DATELINE.captures(window) {
            Some(caps) => placed_reading(&caps, true, window, 0),
            None if dashed_only => None,
            None => placed_reading(&DATELINE_WITHOUT_DASH.captures(window)?, false, window, 0),
        })
    }

    /// The rejections of `shape` hold for `text` read from each of its word starts: a pattern
    /// they turn away does not match, and the readings are those of the patterns alone.
    fn assert_shape_rejects_only_misses(text: &str) {
        let starts = text.char_indices().filter(|&(at, _)| {
            at == 0 || text[..at].ends_with(|c: char| c.is_whitespace() || "(,;:\"“".contains(c))
        });
        for (start, _) in starts {
            let window = window(text, start, text.len()).unwrap_or("");
            if !shape::may_open_agency_tag(window) {
                assert!(AGENCY_TAG.captures(window).is_none(), "agency: {window:?}");
            }
            if !shape::may_open_dashed(window, false) {
                assert!(DATELINE.captures(window).is_none(), "dashed: {window:?}");
            }
            assert_eq!(
                dateline_at(window, 0, window.len()),
                unfiltered(window, false),
                "{window:?}"
            );
            assert_eq!(
                dashed_dateline_at(window, 0, window.len()),
                unfiltered(window, true),
                "{window:?}"
            );
        }
    }

    #[test]
    fn byte_level_rejections_turn_away_only_what_the_patterns_miss() {
        for text in [
            "ANCHORAGE, Alaska (AP) — The city",
            "NEW YORK, March 3 (Reuters) - Stocks rose",
            "WINSTON-SALEM, N.C., March 3 - Shares",
            "omaha, april 7 - shares rose",
            "(Bloomberg) -- Oil rose",
            "Dec 29 (Reuters) - U.S. Democratic",
            "FRESNO Calif. \u{a0}— The council",
            "FRESNO, Calif. The county said",
            "TAUPO, New Zealand, March 23, Reuter - The",
            "Queens of the-Stone Age - a band",
            "The 31-year-old, whose credits include his Oscar-winning role - said",
            "UK-BASED firms said - it",
            "Sen. Ted Cruz (R-Tex.), who has spent the past - weeks",
            "SÃO PAULO, Dec. ٣ (Reuters) - Brazil",
            "Officials said on Tuesday that the WASHINGTON, D.C. (AP) — office",
            "“Look at what you did,” Franken said — in a tweet",
            "NATO — the alliance — said",
            "AT&T Corp, March 2 - The",
            "McALLEN, Texas — The border",
            "Dec. 3 (AP) — The",
            "Sept 123 (AP) - The",
            "Dec 3(AP)-The",
            "( AP ) - The",
            "(A&P.) -- The",
            "(Reuters)\u{a0}— The",
            "(Reutersé) - The",
            "(Éfe) - The",
            "Décembre 3 (AP) - The",
            "Dec ٣ (AP) - The",
            "(AP) ―",
        ] {
            assert_shape_rejects_only_misses(text);
        }
    }

    #[test]
    fn byte_level_rejections_hold_over_the_corpus() {
        let Ok(corpus) = std::env::var("COPYDESK_CORPUS") else {
            println!("skipped: COPYDESK_CORPUS not set");
            return;
        };
        let mut folders = vec![std::path::PathBuf::from(corpus)];
        let mut files = 0;
        while let Some(folder) = folders.pop() {
            let Ok(entries) = std::fs::read_dir(&folder) else {
                continue;
            };
            for path in entries.flatten().map(|entry| entry.path()) {
                if path.is_dir() {
                    folders.push(path);
                } else if let Ok(text) = std::fs::read_to_string(&path) {
                    // One file in ten keeps the debug build's run short (all of them pass).
                    files += 1;
                    if files % 10 == 0 {
                        for line in text.lines() {
                            assert_shape_rejects_only_misses(line);
                        }
                    }
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn byte_level_rejections_hold_for_dateline_like_text(
            tokens in proptest::collection::vec(
                proptest::sample::select(vec![
                    "FRESNO", "Calif.", "N.C.", "March", "Sept.", "april", "3", "26", "1987",
                    ",", " ", "  ", "\t", "\n", "\u{a0}", "(", ")", "(AP)", "AP", "Reuters",
                    "Reuter", "—", "–", "―", "-", "--", "the", "de", "of", "x", "said", "’",
                    "'", "“", "\"", ".", "&", "É", "ü", "٣", "東京", "\u{301}", "Q", "a",
                    "ST. LOUIS", "Kansas City", "UK-BASED", "The", ":", "$",
                ]),
                1..14,
            )
        ) {
            assert_shape_rejects_only_misses(&tokens.concat());
        }
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
