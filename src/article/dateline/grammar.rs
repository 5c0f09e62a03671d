//! The dateline grammar of the newsroom conventions (§1.2), written once, as data. `reader`
//! reads it; the byte pre-filter (`DASH_LEAD_BYTES`), the cheap tests run before a reading
//! (`Pattern::opening_chars`, the characters a form may open with; `Pattern::readable_chars`,
//! all it can read), the starts a search may skip (`Pattern::opening_word_tail`) and what may
//! follow each run (`Follows`, so that a run is not given back in vain) are derived from it;
//! nothing else knows its shape.
//!
//! ```text
//! dateline := PLACE [", " REGION] [", " DATE] [","] [" (" AGENCY ")"] SEP
//!           | PLACE [", " REGION] [", " DATE] [" (" AGENCY ")"] " " LEDE   (dash forgotten)
//!           | [DATE] "(" AGENCY ")" SEP                      e.g. "(Bloomberg) -- "
//! ```
//!
//! Beyond §1.2 it reads the near misses a reader still takes for a dateline, so that they are
//! judged malformed rather than missing: a comma with nothing after it (`Geneva, (AP) —`), a
//! date written day first (`London, 3 March (Reuters) -`).
//!
//! The grammar is permissive: it says where the parts may stand, and `evidence` then weighs
//! what was read (a known agency, a month, a U.S. state) before it calls a reading a dateline.
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
    #[inline]
    pub fn holds(&self, c: char) -> bool {
        // An ASCII character is in a string only as its own byte, and the grammar's strings are
        // a few bytes long: compared byte by byte, with no search set up.
        let listed = if c.is_ascii() {
            self.chars.bytes().any(|b| u32::from(b) == u32::from(c))
        } else {
            self.chars.contains(c)
        };
        listed || self.classes.iter().any(|class| class.holds(c))
    }

    /// Whether every character of `other` is one of this set, as written.
    fn includes(&self, other: &CharSet) -> bool {
        other
            .classes
            .iter()
            .all(|class| self.classes.contains(class))
            && other.chars.chars().all(|c| self.chars.contains(c))
    }
}

/// A named part of a dateline, recorded where the grammar reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Place,
    Region,
    Date,
    Agency,
    /// A comma with no region or date after it (`Geneva, (AP) —`): a slip.
    StrayComma,
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
    /// For a pattern that opens with a word, a first character then a run with no upper limit
    /// that the first character could also continue (`[S][C]*`, S within C): the run's set C.
    /// A reading from inside such a word reads part of what a reading from the word's first
    /// character reads, followed by the same rest: when that reading fails, so does every one
    /// starting inside the word.
    pub fn opening_word_tail(&self) -> Option<&CharSet> {
        match self {
            Sequence(
                [OneOf(first), Repeat {
                    pattern: OneOf(tail),
                    max: UNLIMITED,
                    ..
                }, ..],
            ) if tail.includes(first) => Some(tail),
            Sequence([first, ..]) => first.opening_word_tail(),
            Named(_, pattern) => pattern.opening_word_tail(),
            _ => None,
        }
    }
}

use Pattern::{FirstOf, Literal, Named, OneOf, Repeat, Sequence};

/// Characters derived from the grammar for the cheap tests run before a reading: the union
/// of some of its sets and literal characters, with the answers for ASCII in a table.
pub struct Chars {
    ascii: [bool; 128],
    classes: Vec<Class>,
    listed: Vec<char>,
}

impl Chars {
    fn new() -> Chars {
        Chars {
            ascii: [false; 128],
            classes: Vec::new(),
            listed: Vec::new(),
        }
    }

    /// The characters of one set.
    pub fn of_set(set: &CharSet) -> Chars {
        let mut chars = Chars::new();
        chars.add_set(set);
        chars.finished()
    }

    fn add_set(&mut self, set: &CharSet) {
        set.classes.iter().for_each(|class| self.add_class(*class));
        set.chars.chars().for_each(|c| self.add_char(c));
    }

    fn add_class(&mut self, class: Class) {
        if !self.classes.contains(&class) {
            self.classes.push(class);
        }
    }

    fn add_char(&mut self, c: char) {
        if !self.listed.contains(&c) {
            self.listed.push(c);
        }
    }

    /// The table of ASCII answers, once every set and character is in.
    fn finished(mut self) -> Chars {
        for byte in 0..128u8 {
            self.ascii[usize::from(byte)] = self.holds_by_list(char::from(byte));
        }
        self
    }

    pub fn holds(&self, c: char) -> bool {
        match self.ascii.get(c as usize) {
            Some(&held) => held,
            None => self.holds_by_list(c),
        }
    }

    fn holds_by_list(&self, c: char) -> bool {
        self.listed.contains(&c) || self.classes.iter().any(|class| class.holds(c))
    }
}

impl Pattern {
    /// The characters a reading of the pattern may open with, or `None` when a reading may
    /// be empty (and what follows the pattern opens it).
    pub fn opening_chars(&self) -> Option<Chars> {
        let mut chars = Chars::new();
        let may_be_empty = self.add_openers(&mut chars);
        (!may_be_empty).then(|| chars.finished())
    }

    /// Every character some part of the pattern can read.
    pub fn readable_chars(&self) -> Chars {
        let mut chars = Chars::new();
        self.add_readable(&mut chars);
        chars.finished()
    }

    /// Adds the characters a reading may open with; `true` when a reading may be empty.
    fn add_openers(&self, chars: &mut Chars) -> bool {
        match self {
            Literal(texts) => {
                let mut empty = false;
                for text in texts.iter() {
                    match text.chars().next() {
                        Some(c) => chars.add_char(c),
                        None => empty = true,
                    }
                }
                empty
            }
            OneOf(set) => {
                chars.add_set(set);
                false
            }
            Sequence(patterns) => patterns.iter().all(|pattern| pattern.add_openers(chars)),
            FirstOf(alternatives) => {
                // Every alternative adds its openers, even after one that may be empty.
                let mut empty = false;
                for alternative in alternatives.iter() {
                    empty |= alternative.add_openers(chars);
                }
                empty
            }
            Repeat { pattern, min, .. } => pattern.add_openers(chars) || *min == 0,
            Named(_, pattern) => pattern.add_openers(chars),
        }
    }

    fn add_readable(&self, chars: &mut Chars) {
        match self {
            Literal(texts) => texts
                .iter()
                .flat_map(|text| text.chars())
                .for_each(|c| chars.add_char(c)),
            OneOf(set) => chars.add_set(set),
            Sequence(patterns) | FirstOf(patterns) => patterns
                .iter()
                .for_each(|pattern| pattern.add_readable(chars)),
            Repeat { pattern, .. } | Named(_, pattern) => pattern.add_readable(chars),
        }
    }
}

/// For each run of one character set in a form (`[C]*`, read by giving back one character at
/// a time), what may follow it in a reading: at a length where the next character could open
/// nothing that follows, the rest of the form is not tried.
pub struct Follows {
    /// By the run's address, sorted.
    runs: Vec<(usize, Follow)>,
}

/// What may follow a run.
pub struct Follow {
    chars: Chars,
    /// The reading may end right after the run.
    may_end: bool,
}

impl Follow {
    /// Whether the rest of the form may read on from a character `next` (`None` at the end of
    /// the text).
    pub fn allows(&self, next: Option<char>) -> bool {
        self.may_end || next.is_some_and(|c| self.chars.holds(c))
    }
}

/// What follows a pattern inside its form (a walk keeps them innermost last).
#[derive(Clone, Copy)]
enum Next {
    Pattern(&'static Pattern),
    /// Another reading of a repeated pattern, which may also not come.
    Again(&'static Pattern),
}

impl Follows {
    pub fn of(form: &'static Pattern) -> Follows {
        let mut follows = Follows { runs: Vec::new() };
        follows.walk(form, &[]);
        follows.runs.sort_by_key(|(address, _)| *address);
        follows
    }

    /// What may follow the run `run`, if it is one of the form's.
    pub fn of_run(&self, run: &Pattern) -> Option<&Follow> {
        let address = std::ptr::from_ref(run) as usize;
        let at = self.runs.binary_search_by_key(&address, |(a, _)| *a).ok()?;
        Some(&self.runs[at].1)
    }

    fn walk(&mut self, pattern: &'static Pattern, next: &[Next]) {
        match pattern {
            Literal(_) | OneOf(_) => {}
            Sequence(patterns) => {
                for (at, part) in patterns.iter().enumerate() {
                    let rest = patterns[at + 1..].iter().rev().map(Next::Pattern);
                    let within: Vec<Next> = next.iter().copied().chain(rest).collect();
                    self.walk(part, &within);
                }
            }
            FirstOf(alternatives) => alternatives.iter().for_each(|a| self.walk(a, next)),
            Repeat {
                pattern: OneOf(_), ..
            } => self.add(pattern, next),
            Repeat { pattern: inner, .. } => {
                let within: Vec<Next> = next.iter().copied().chain([Next::Again(inner)]).collect();
                self.walk(inner, &within);
            }
            Named(_, inner) => self.walk(inner, next),
        }
    }

    /// Records what may follow `run`, merged with what follows it elsewhere if the compiler
    /// placed two equal runs at one address.
    fn add(&mut self, run: &'static Pattern, next: &[Next]) {
        let mut chars = Chars::new();
        let may_end = next.iter().rev().all(|following| match following {
            Next::Pattern(pattern) => pattern.add_openers(&mut chars),
            Next::Again(pattern) => {
                pattern.add_openers(&mut chars);
                true
            }
        });
        let address = std::ptr::from_ref(run) as usize;
        match self.runs.iter_mut().find(|(a, _)| *a == address) {
            Some((_, follow)) => {
                follow.may_end |= may_end;
                let (classes, listed) = (chars.classes, chars.listed);
                classes
                    .iter()
                    .for_each(|class| follow.chars.add_class(*class));
                listed.iter().for_each(|c| follow.chars.add_char(*c));
                follow.chars = std::mem::replace(&mut follow.chars, Chars::new()).finished();
            }
            None => self.runs.push((
                address,
                Follow {
                    chars: chars.finished(),
                    may_end,
                },
            )),
        }
    }
}

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

/// A word with a capital, and its full stops, hyphens, apostrophes and slashes (`ST.`,
/// `WINSTON-SALEM`, `McALLEN`, `BOGOTÁ`, `DALLAS/FORT WORTH`).
const WORD: Pattern = Sequence(&[
    set(&[Capital], ""),
    any_number(&set(&[Letter, Mark], "'’.-/")),
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

/// `3 March`, `3 Sept.`: a date written day first, which no dateline style asks for.
const DAY_FIRST: Pattern = Sequence(&[
    between(1, 2, &DIGIT),
    SOME_BLANKS,
    between(3, 9, &set(&[Letter], "")),
    optional(&Literal(&["."])),
]);

/// `, March 3`, `, Feb 26, 1987, Reuter`: the date, with the year and wire credit it may carry.
const DATE: Pattern = optional(&Sequence(&[
    FirstOf(&[Sequence(&[BLANKS, COMMA, SPACES]), SOME_BLANKS]),
    Named(
        Part::Date,
        &FirstOf(&[Sequence(&[MONTH, between(1, 3, &DIGIT)]), DAY_FIRST]),
    ),
    optional(&Sequence(&[COMMA, BLANKS, between(4, 4, &DIGIT)])),
    optional(&Sequence(&[
        COMMA,
        BLANKS,
        Literal(&["Reuter"]),
        optional(&Literal(&["s"])),
    ])),
]));

/// `Geneva, (AP) —`: a comma left where a region or a date was meant to follow.
const STRAY_COMMA: Pattern = optional(&Named(Part::StrayComma, &Sequence(&[BLANKS, COMMA])));

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
pub const DASHED: Pattern = Sequence(&[PLACE, REGION, DATE, STRAY_COMMA, AGENCY, SEPARATOR]);

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
#[path = "grammar_tests.rs"]
mod tests;
