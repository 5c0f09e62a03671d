//! Finding the places where a draft may name a person: words, runs of capitalised words, and
//! what each run is (a name with its title and role, an organisation or place, or nothing).
//!
//! Everything here reads the prose mask, so markup never joins or splits a name, and reports
//! byte spans into the original text.

use super::vocabulary::LowerCaseWords;
use super::MentionZone;
use crate::article::lexicon::{self, Classes};
use crate::text::{char_at, is_letter_or_digit, pack_short, packed_letters, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Shape {
    /// "Charap", "McDonald", "O'Brien", "Jean-Pierre".
    Capitalised,
    /// "W.", "J.": part of a name.
    Initial,
    /// "NATO", "U.S.", "RAND": never a name part.
    Acronym,
    /// "said", "van", "de".
    Lower,
    /// Numbers and the like.
    Other,
}

impl Shape {
    /// A word of this shape opens with a capital: a name part, an initial or an acronym.
    fn opens_with_capital(self) -> bool {
        matches!(self, Shape::Capitalised | Shape::Initial | Shape::Acronym)
    }
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Word {
    /// The whole token, possessive and compound tail included.
    pub span: Span,
    /// The name part of the token: "Trump" in "Trump's", "Clinton" in "Clinton-era",
    /// "Assad" in "al-Assad".
    pub core: Span,
    pub shape: Shape,
    pub possessive: bool,
    /// A compound with a lower-case tail ("Clinton-era", "Trump-backed").
    pub compound: bool,
    /// Only white space separates this word from the previous one.
    pub joined: bool,
    /// The word opens a sentence, a quotation or the zone.
    pub sentence_start: bool,
    /// ASCII lower-case letters and digits only: the word is its own folded form.
    plain_lower_case: bool,
    /// The lexicon's classes of a word that opens with a capital, read once when the word is
    /// scanned: the name reader asks several questions of each.
    capital_classes: Classes,
}

impl Word {
    pub fn text(self, prose: &str) -> &str {
        self.core.slice(prose)
    }

    /// What the lexicon says the word is.
    pub fn classes(self, prose: &str) -> Classes {
        if self.shape.opens_with_capital() {
            self.capital_classes
        } else {
            Classes::of(self.text(prose))
        }
    }
}

/// The words of one zone that the name reader needs, and a count of the rest.
#[derive(Default)]
pub(super) struct ZoneWords {
    /// Each word that opens with a capital, the two words before it and the one after it, in
    /// order: a name's run, the particle before it, and the words it is read with ("said",
    /// "the", "administration") are never further away. Most words of prose are none of these.
    pub words: Vec<Word>,
    /// Every word of the zone.
    pub count: usize,
    /// Capitalised words and initials among them.
    pub capitalised: usize,
    /// Where the first word of the zone starts and the last ends.
    first_start: Option<usize>,
    last_end: usize,
}

impl ZoneWords {
    pub fn with_capacity(words: usize) -> ZoneWords {
        ZoneWords {
            words: Vec::with_capacity(words),
            ..ZoneWords::default()
        }
    }

    fn clear(&mut self) {
        self.words.clear();
        self.count = 0;
        self.capitalised = 0;
        self.first_start = None;
        self.last_end = 0;
    }
}

/// Reads one zone into `out` (cleared first, so that one buffer serves every zone of a draft),
/// and adds its lower-case words to `lowercase`.
pub(super) fn read_zone<'a>(
    prose: &'a str,
    zone: Span,
    out: &mut ZoneWords,
    lowercase: &mut LowerCaseWords<'a>,
) {
    out.clear();
    let mut reader = ZoneReader {
        prose,
        out,
        lowercase,
        waiting: Waiting::default(),
        after_capital: false,
    };
    scan(prose, zone, &mut reader);
}

/// What `scan` hands the words of a zone to.
trait Words {
    /// Takes any word, and says whether the plain lower-case words that follow it after one
    /// space each may come by `plain_lower_case`.
    fn word(&mut self, token: Token) -> bool;

    /// Takes a word of ASCII lower-case letters after one space, of those `word` let come this
    /// way: most words of prose, read with the least work.
    fn plain_lower_case(&mut self, span: Span);
}

/// The name reader's state within one zone.
struct ZoneReader<'a, 'o> {
    prose: &'a str,
    out: &'o mut ZoneWords,
    lowercase: &'o mut LowerCaseWords<'a>,
    /// Words since the last one kept, the latest two only: kept if a capital follows. Most are
    /// not, so they wait as tokens and are shaped only when kept.
    waiting: Waiting,
    /// The last word opened with a capital: the word after it is kept.
    after_capital: bool,
}

impl Words for ZoneReader<'_, '_> {
    #[inline]
    fn word(&mut self, token: Token) -> bool {
        let prose = self.prose;
        let bytes = prose.as_bytes();
        self.out.count += 1;
        self.out.first_start.get_or_insert(token.span.start);
        self.out.last_end = token.span.end;
        if token.opens_plain_lower(bytes) {
            // A `Shape::Lower` word, shaped only if it is kept.
            let text = &prose[token.span.start..token.span.end];
            if token.capital {
                self.lowercase.insert(text);
            } else {
                self.lowercase.insert_folded(text);
            }
        } else {
            let word = token.word(prose);
            if word.shape.opens_with_capital() {
                self.out.capitalised += usize::from(word.shape != Shape::Acronym);
                // The words before a capital matter only to a name it may start ("van Gogh",
                // "said Charap"); a capital that is no name word ("The", "But") starts none.
                if is_name_word(prose, &word) {
                    self.out
                        .words
                        .extend(self.waiting.in_order().map(|t| t.word(prose)));
                }
                self.waiting.clear();
                self.out.words.push(word);
                self.after_capital = true;
                return false;
            }
            if word.shape == Shape::Lower {
                let text = word.text(prose);
                if word.plain_lower_case {
                    self.lowercase.insert_folded(text);
                } else {
                    self.lowercase.insert(text);
                }
            }
        }
        if self.after_capital {
            self.out.words.push(token.word(prose));
        } else {
            self.waiting.push(token);
        }
        self.after_capital = false;
        true
    }

    #[inline]
    fn plain_lower_case(&mut self, span: Span) {
        self.out.count += 1;
        self.out.last_end = span.end;
        self.lowercase
            .insert_folded(&self.prose[span.start..span.end]);
        self.waiting.push(Token::plain_lower_case(span));
    }
}

/// The latest two tokens read, in a ring: one write per word, where shifting a pair of them
/// along cost a copy of both.
#[derive(Default)]
struct Waiting {
    tokens: [Token; 2],
    /// Where the latest is.
    latest: usize,
    /// How many wait: 0, 1 or 2.
    len: usize,
}

impl Waiting {
    fn push(&mut self, token: Token) {
        self.latest ^= 1;
        self.tokens[self.latest] = token;
        self.len = (self.len + 1).min(2);
    }

    fn clear(&mut self) {
        self.len = 0;
    }

    /// The waiting tokens, older first.
    fn in_order(&self) -> impl Iterator<Item = Token> + '_ {
        let oldest = if self.len == 2 {
            self.latest ^ 1
        } else {
            self.latest
        };
        (0..self.len).map(move |i| self.tokens[(oldest + i) & 1])
    }
}

/// A word as the scanner finds it, before it is shaped into a `Word`.
#[derive(Clone, Copy, Debug, Default)]
struct Token {
    span: Span,
    /// ASCII letters and digits that need none of `scan_word`'s and `shape_word`'s cases (see
    /// `plain_word_run`).
    plain: bool,
    /// A plain word with an ASCII capital in it.
    capital: bool,
    joined: bool,
    sentence_start: bool,
}

impl Token {
    /// A word of ASCII lower-case letters after a single space.
    fn plain_lower_case(span: Span) -> Token {
        Token {
            span,
            plain: true,
            capital: false,
            joined: true,
            sentence_start: false,
        }
    }

    /// A plain word that opens with a lower-case letter: a `Shape::Lower` word.
    fn opens_plain_lower(self, bytes: &[u8]) -> bool {
        self.plain && bytes[self.span.start].is_ascii_lowercase()
    }

    #[inline]
    fn word(self, prose: &str) -> Word {
        if self.plain {
            plain_word(
                prose,
                self.span,
                self.capital,
                self.joined,
                self.sentence_start,
            )
        } else {
            shape_word(prose, self.span, self.joined, self.sentence_start)
        }
    }
}

/// Splits one zone of the prose into words, handing each to `words` in order.
fn scan(prose: &str, zone: Span, words: &mut impl Words) {
    let zone_text = zone.slice(prose);
    let bytes = zone_text.as_bytes();
    let mut previous_end = 0;
    loop {
        // Every word ends past the start of the zone.
        let first = previous_end == 0;
        // Most words follow a single space after another word: that gap needs no reading.
        let after_one_space = !first
            && bytes.get(previous_end) == Some(&b' ')
            && bytes
                .get(previous_end + 1)
                .is_some_and(u8::is_ascii_alphanumeric);
        let (start, joined, sentence_start) = if after_one_space {
            (previous_end + 1, true, false)
        } else {
            let Some(start) = next_word_start(zone_text, previous_end) else {
                break;
            };
            let gap = Gap::read(&zone_text[previous_end..start]);
            let joined = !first && gap.blank && gap.newlines <= 1;
            let after_abbreviation = gap.blank && !first && bytes[previous_end - 1] == b'.';
            let sentence_start = first || (!after_abbreviation && gap.stop) || gap.paragraph_break;
            (start, joined, sentence_start)
        };
        let (end, plain, capital) = match plain_word_run(zone_text, start) {
            Some((end, capital)) => (end, true, capital),
            None => (scan_word(zone_text, start), false, false),
        };
        let lower_case_may_follow = words.word(Token {
            span: Span::new(zone.start + start, zone.start + end),
            plain,
            capital,
            joined,
            sentence_start,
        });
        previous_end = end;
        if lower_case_may_follow {
            // The run of plain lower-case words after single spaces, read as the loop above
            // reads them but with nothing to decide about the gap or the shape.
            while bytes.get(previous_end) == Some(&b' ')
                && bytes
                    .get(previous_end + 1)
                    .is_some_and(u8::is_ascii_lowercase)
            {
                let start = previous_end + 1;
                let Some(end) = plain_lower_case_letters(zone_text, start) else {
                    break;
                };
                words.plain_lower_case(Span::new(zone.start + start, zone.start + end));
                previous_end = end;
            }
        }
    }
}

/// The end of a word of ASCII letters and digits only that needs none of `scan_word`'s and
/// `shape_word`'s cases, and whether it holds an ASCII capital: most words of a draft. It is
/// followed by no joiner (an apostrophe, hyphen or ’) and no letter; a full stop after it ends
/// a sentence, not an initial ("W.") or an abbreviation ("Sen."), which are only ever
/// capitalised.
#[inline(always)]
fn plain_word_run(text: &str, start: usize) -> Option<(usize, bool)> {
    let (end, capital) = crate::text::ascii_alphanumeric_run(text.as_bytes(), start);
    (end > start && ends_plain(text, start, end)).then_some((end, capital))
}

/// `plain_word_run` for a word of ASCII lower-case letters only, read with fewer operations:
/// its end, or `None` where the word is not such a word or not plain.
#[inline(always)]
fn plain_lower_case_letters(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let end = crate::text::ascii_lowercase_end(bytes, start);
    let only_lower_case = end > start && !bytes.get(end).is_some_and(u8::is_ascii_alphanumeric);
    (only_lower_case && ends_plain(text, start, end)).then_some(end)
}

/// Whether the run of ASCII letters and digits `text[start..end]` is a plain word: see
/// `plain_word_run`.
#[inline(always)]
fn ends_plain(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    match bytes.get(end) {
        None => true,
        Some(b'\'' | b'-') => false,
        Some(b'.') => {
            !bytes[start].is_ascii_uppercase()
                || (end - start > 1
                    && !Classes::of_plain(bytes, start, end).contains(Classes::ABBREVIATION))
        }
        Some(b) if b.is_ascii() => true,
        Some(_) => char_at(text, end).is_some_and(|c| !is_letter_or_digit(c) && c != '’'),
    }
}

/// A word `plain_word_run` found at `span` of the prose, with an ASCII capital in it or not:
/// no possessive, no compound, the whole token its core.
fn plain_word(prose: &str, span: Span, capital: bool, joined: bool, sentence_start: bool) -> Word {
    let bytes = prose.as_bytes();
    let (shape, capital_classes) = match bytes.get(span.start) {
        Some(b'a'..=b'z') => (Shape::Lower, Classes::default()),
        // A word opening with a capital is packed once, for its shape and for the lexicon.
        Some(b'A'..=b'Z') => match pack_short(bytes, span.start, span.end) {
            Some(key) => {
                let (letters, lower) = packed_letters(key);
                let word = bytes.get(span.start..span.end).unwrap_or_default();
                (
                    capitalised_shape(letters as usize, lower, word),
                    Classes::of_packed(key),
                )
            }
            None => (
                shape_of_plain(bytes.get(span.start..span.end).unwrap_or_default()),
                Classes::default(),
            ),
        },
        _ => (Shape::Other, Classes::default()),
    };
    Word {
        span,
        core: span,
        shape,
        possessive: false,
        compound: false,
        joined,
        sentence_start,
        plain_lower_case: shape == Shape::Lower && !capital,
        capital_classes,
    }
}

/// The first letter or digit at or after `from` (a character boundary).
fn next_word_start(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = from;
    while at < bytes.len() {
        let byte = bytes[at];
        if byte.is_ascii() {
            if byte.is_ascii_alphanumeric() {
                return Some(at);
            }
            at += 1;
        } else {
            let c = text[at..].chars().next()?;
            if is_letter_or_digit(c) {
                return Some(at);
            }
            at += c.len_utf8();
        }
    }
    None
}

/// What lies between two words, read in one pass: most gaps are a single space.
struct Gap {
    /// Only white space (or nothing).
    blank: bool,
    newlines: usize,
    /// A full stop, question or exclamation mark, colon, opening quotation mark or line break:
    /// the next word opens a sentence or a quotation.
    stop: bool,
    /// Two line breaks in a row.
    paragraph_break: bool,
}

impl Gap {
    fn read(gap: &str) -> Gap {
        let mut read = Gap {
            blank: true,
            newlines: 0,
            stop: false,
            paragraph_break: false,
        };
        if gap == " " {
            return read;
        }
        if gap.is_ascii() {
            let mut previous = 0;
            for b in gap.bytes() {
                read.blank &= b.is_ascii_whitespace() || b == 0x0b;
                if b == b'\n' {
                    read.newlines += 1;
                    read.paragraph_break |= previous == b'\n';
                }
                read.stop |= matches!(b, b'.' | b'!' | b'?' | b':' | b'"' | b'\n');
                previous = b;
            }
            return read;
        }
        let mut previous = None;
        for c in gap.chars() {
            read.blank &= c.is_whitespace();
            if c == '\n' {
                read.newlines += 1;
                read.paragraph_break |= previous == Some('\n');
            }
            read.stop |= matches!(c, '.' | '!' | '?' | ':' | '“' | '"' | '‘' | '\n');
            previous = Some(c);
        }
        read
    }
}

/// The end of the word starting at `start`: letters and digits, joined by inner apostrophes and
/// hyphens, with the full stop of an initial ("W.", "U.S.") or a known abbreviation ("Sen.").
fn scan_word(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let bytes_after = |i: usize| crate::text::char_at(text, i);
    let mut end = start;
    loop {
        // Letters and digits of ASCII, the common case, without decoding.
        while end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
            end += 1;
        }
        let Some(c) = bytes_after(end) else { break };
        let joiner = matches!(c, '\'' | '’' | '-')
            && end > start
            && bytes_after(end + c.len_utf8()).is_some_and(is_letter_or_digit);
        if !is_letter_or_digit(c) && !joiner {
            break;
        }
        end += c.len_utf8();
    }
    if bytes_after(end) == Some('.') {
        let run = &text[start..end];
        let single_capital = run.chars().count() == 1 && run.chars().all(char::is_uppercase);
        if single_capital {
            end += 1;
            // "U.S.", "D.C.", "J.R.": letters and full stops in turn.
            loop {
                let mut next = text[end..].chars();
                match (next.next(), next.next()) {
                    (Some(letter), Some('.')) if letter.is_uppercase() => {
                        end += letter.len_utf8() + 1
                    }
                    _ => break,
                }
            }
        } else if lexicon::is_name_abbreviation(run) {
            end += 1;
        }
    }
    end
}

fn shape_word(prose: &str, span: Span, joined: bool, sentence_start: bool) -> Word {
    let token = span.slice(prose);
    let mut core_end = span.end;
    let mut possessive = false;
    // Only a word ending in "s" or an apostrophe (’ ends in the byte 0x99) can be possessive.
    let endings: &[&str] = match token.as_bytes().last() {
        Some(b's' | b'\'' | 0x99) => &["'s", "’s", "'", "’"],
        _ => &[],
    };
    for ending in endings {
        if let Some(stem) = token.strip_suffix(ending) {
            if ending.len() > 1 || stem.ends_with('s') {
                core_end = span.start + stem.len();
                possessive = true;
                break;
            }
        }
    }
    let mut core = Span::new(span.start, core_end);
    let mut compound = false;
    let core_text = core.slice(prose);
    if let Some(hyphen) = core_text.bytes().position(|b| b == b'-') {
        let (head, tail) = (&core_text[..hyphen], &core_text[hyphen + 1..]);
        let tail_lower = tail.starts_with(char::is_lowercase);
        let head_lower = head.starts_with(char::is_lowercase);
        if head_lower && lexicon::is_particle(head) && tail.starts_with(char::is_uppercase) {
            core = Span::new(core.start + hyphen + 1, core.end);
        } else if tail_lower && !head_lower {
            core = Span::new(core.start, core.start + hyphen);
            compound = true;
        }
    }
    let shape = shape_of(core.slice(prose));
    Word {
        span,
        core,
        shape,
        possessive,
        compound,
        joined,
        sentence_start,
        plain_lower_case: shape == Shape::Lower
            && core
                .slice(prose)
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
        capital_classes: if shape.opens_with_capital() {
            Classes::of(core.slice(prose))
        } else {
            Classes::default()
        },
    }
}

/// `shape_of` for a word of ASCII letters and digits, without decoding characters.
fn shape_of_plain(word: &[u8]) -> Shape {
    match word.first() {
        Some(b'a'..=b'z') => Shape::Lower,
        Some(b'A'..=b'Z') => {
            let (mut letters, mut lower) = (0, false);
            for b in word {
                letters += usize::from(b.is_ascii_alphabetic());
                lower |= b.is_ascii_lowercase();
            }
            capitalised_shape(letters, lower, word)
        }
        _ => Shape::Other,
    }
}

/// The shape of a word of ASCII letters and digits opening with a capital, from how many
/// letters it has and whether one is lower case.
fn capitalised_shape(letters: usize, lower: bool, word: &[u8]) -> Shape {
    if letters == 1 && !matches!(word, b"A" | b"I" | b"O") {
        Shape::Initial
    } else if lower {
        Shape::Capitalised
    } else {
        Shape::Acronym
    }
}

fn shape_of(word: &str) -> Shape {
    let Some(first) = word.chars().next() else {
        return Shape::Other;
    };
    if first.is_lowercase() {
        return Shape::Lower;
    }
    if !first.is_uppercase() {
        return Shape::Other;
    }
    let (letters, lower) = if word.is_ascii() {
        word.bytes().fold((0, 0), |(letters, lower), b| {
            (
                letters + usize::from(b.is_ascii_alphabetic()),
                lower + usize::from(b.is_ascii_lowercase()),
            )
        })
    } else {
        word.chars().fold((0, 0), |(letters, lower), c| {
            (
                letters + usize::from(c.is_alphabetic()),
                lower + usize::from(c.is_lowercase()),
            )
        })
    };
    if letters == 1 && (word.ends_with('.') || !matches!(word, "A" | "I" | "O")) {
        // "W." and, in sports line-ups, "M Horan".
        Shape::Initial
    } else if lower == 0 {
        Shape::Acronym
    } else {
        Shape::Capitalised
    }
}

/// A possible mention of a person: the name part of a capitalised run, with what surrounds it.
#[derive(Clone, Debug)]
pub(super) struct Candidate {
    /// From the first name word to the end of the surname (no title, no possessive).
    pub span: Span,
    /// The surname as compared for spelling.
    pub surname: Span,
    /// Given names and initials, in order ("Samuel"; "George W.").
    pub given: GivenNames,
    pub suffix: Option<Span>,
    /// Title and affiliation words before the name in the same run ("U.S. President").
    pub prefix: Option<Span>,
    /// The word right before the name is a title or honorific ("Sen.", "President").
    pub titled: bool,
    pub zone: MentionZone,
    /// A byline or trailer name: a writer of the story, not a person in it.
    pub credit: bool,
    pub sentence_start: bool,
    /// The name used as a modifier ("Clinton-era", "the Trump administration").
    pub attributive: bool,
    /// A speech verb follows or precedes the name ("Charap added", "said Charap").
    pub speech: bool,
    /// A role in apposition after a full name (", a senior political scientist at RAND,").
    pub apposition: Option<Span>,
    /// The name sits in a list of names (a sports line-up, a roll call), where near names
    /// of different people stand side by side.
    pub listed: bool,
}

impl Candidate {
    pub fn full(&self) -> bool {
        !self.given.is_empty()
    }
}

/// The given names of a candidate, kept in place: a name has at most four words, the surname
/// one of them, so a draft's thousands of candidates need no list each.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct GivenNames {
    spans: [Span; 3],
    len: usize,
}

impl GivenNames {
    fn push(&mut self, span: Span) {
        if let Some(slot) = self.spans.get_mut(self.len) {
            *slot = span;
            self.len += 1;
        }
    }
}

impl std::ops::Deref for GivenNames {
    type Target = [Span];

    fn deref(&self) -> &[Span] {
        &self.spans[..self.len]
    }
}

/// Nouns that make a name before them a modifier rather than a reference to the person.
const ATTRIBUTIVE_NOUNS: [&str; 16] = [
    "administration",
    "campaign",
    "era",
    "camp",
    "presidency",
    "government",
    "regime",
    "doctrine",
    "family",
    "years",
    "foundation",
    "team",
    "aides",
    "allies",
    "supporters",
    "loyalists",
];

/// Reads the capitalised runs of a zone and returns the names among them.
pub(super) fn candidates(
    prose: &str,
    zone_words: &ZoneWords,
    zone: MentionZone,
    credit: bool,
    out: &mut Vec<Candidate>,
) {
    let listed = is_list(prose, zone_words);
    let words = zone_words.words.as_slice();
    let mut i = 0;
    while i < words.len() {
        if !starts_run(prose, words, i) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < words.len()
            && !words[end - 1].possessive
            && !words[end - 1].compound
            && words[end].joined
            && continues_run(prose, words, end)
        {
            end += 1;
        }
        if let Some(mut candidate) = classify(prose, words, i, end, zone, credit) {
            candidate.listed = listed;
            out.push(candidate);
        }
        i = end;
    }
}

fn is_name_word(prose: &str, word: &Word) -> bool {
    match word.shape {
        Shape::Capitalised => {
            let classes = word.classes(prose);
            !classes.contains(Classes::COMMON)
                || classes.contains(Classes::TITLE)
                || classes.contains(Classes::GIVEN_NAME)
        }
        Shape::Initial | Shape::Acronym => true,
        Shape::Lower | Shape::Other => false,
    }
}

fn starts_run(prose: &str, words: &[Word], i: usize) -> bool {
    is_name_word(prose, &words[i]) || particle_before_name(prose, words, i)
}

fn continues_run(prose: &str, words: &[Word], i: usize) -> bool {
    starts_run(prose, words, i)
}

fn particle_before_name(prose: &str, words: &[Word], i: usize) -> bool {
    words[i].shape == Shape::Lower
        && words
            .get(i + 1)
            .is_some_and(|next| next.joined && next.shape == Shape::Capitalised)
        && lexicon::is_particle(words[i].text(prose))
}

fn classify(
    prose: &str,
    words: &[Word],
    start: usize,
    end: usize,
    zone: MentionZone,
    credit: bool,
) -> Option<Candidate> {
    let text = |w: &Word| w.text(prose);
    let is = |w: &Word, class: Classes| w.classes(prose).contains(class);
    let mut last = end;
    let mut suffix = None;
    if last - start >= 2
        && is(&words[last - 1], Classes::SUFFIX)
        && words[last - 2].shape == Shape::Capitalised
    {
        suffix = Some(words[last - 1].span);
        last -= 1;
    }
    let run = &words[start..last];
    let tail = run.last()?;
    if tail.shape != Shape::Capitalised || text(tail).ends_with('.') {
        return None;
    }
    let before_tail = run.len().checked_sub(2).map(|i| &run[i]);
    let tail_is_name = !is(tail, Classes::NOT_PERSON)
        || (is(tail, Classes::CALENDAR)
            && before_tail.is_some_and(|w| is(w, Classes::GIVEN_NAME) || is(w, Classes::TITLE)));
    if !tail_is_name {
        return None;
    }
    // The name starts after the last title, acronym or non-person word before the surname.
    let mut name_start = 0;
    for (k, word) in run[..run.len() - 1].iter().enumerate() {
        let classes = word.classes(prose);
        let splits = word.shape == Shape::Acronym
            || classes.contains(Classes::TITLE)
            || (classes.contains(Classes::NOT_PERSON) && !classes.contains(Classes::GIVEN_NAME));
        if splits {
            name_start = k + 1;
        }
    }
    let name = &run[name_start..];
    let name_words = name.iter().filter(|w| w.shape != Shape::Lower).count();
    if name_words > 4 || name.iter().any(|w| w.shape == Shape::Acronym) {
        return None;
    }
    let mut given = GivenNames::default();
    for word in name[..name.len() - 1]
        .iter()
        .filter(|w| w.shape != Shape::Lower)
    {
        given.push(word.core);
    }
    let titled = name_start > 0 && is(&run[name_start - 1], Classes::TITLE);
    let prefix =
        (name_start > 0).then(|| Span::new(run[0].span.start, run[name_start - 1].span.end));
    let first = &name[0];
    let previous = start.checked_sub(1).map(|k| &words[k]);
    let next = words.get(end);
    let is_speech = |w: Option<&Word>| {
        w.is_some_and(|w| w.shape == Shape::Lower && lexicon::is_speech_verb(text(w)))
    };
    let speech = is_speech(next) || is_speech(previous);
    let determiner_before = name_start == 0
        && words[start].joined
        && previous.is_some_and(|w| matches!(text(w), "the" | "a" | "an"));
    let noun_after = !tail.possessive
        && next.is_some_and(|w| {
            w.joined && w.shape == Shape::Lower && ATTRIBUTIVE_NOUNS.contains(&text(w))
        });
    let attributive = tail.compound || noun_after || determiner_before;
    let span = Span::new(first.core.start.min(first.span.start), tail.core.end);
    let apposition = if given.is_empty() {
        None
    } else {
        apposition_after(
            prose,
            Span::new(span.start, suffix.map_or(tail.span.end, |s: Span| s.end)),
        )
    };
    Some(Candidate {
        span,
        surname: tail.core,
        given,
        suffix,
        prefix,
        titled,
        zone,
        credit,
        sentence_start: name_start == 0 && first.sentence_start,
        attributive,
        speech,
        apposition,
        listed: false,
    })
}

/// A zone that is mostly capitalised words between commas: a line-up or a roll call.
pub(super) fn is_list(prose: &str, zone: &ZoneWords) -> bool {
    let Some(first_start) = zone.first_start else {
        return false;
    };
    if zone.count < 6 || zone.capitalised * 2 <= zone.count {
        return false;
    }
    let commas = Span::new(first_start, zone.last_end)
        .slice(prose)
        .bytes()
        .filter(|b| matches!(b, b',' | b';'))
        .count();
    commas * 3 >= zone.capitalised
}

/// ", a senior political scientist at RAND," after a name: the role it introduces.
fn apposition_after(prose: &str, name: Span) -> Option<Span> {
    let rest = prose.get(name.end..)?;
    let body = rest.strip_prefix(", ")?;
    let starts_role = body.starts_with(|c: char| c.is_lowercase())
        || body.starts_with("U.S.")
        || body
            .split_whitespace()
            .next()
            .is_some_and(lexicon::is_person_title);
    if !starts_role
        || body.starts_with("who ")
        || body.starts_with("and ")
        || body.starts_with("said")
        || body.starts_with("says")
    {
        return None;
    }
    let stop = body
        .find([',', '.', ';', '\n', '(', '“', '"', ':', '—'])
        .unwrap_or(body.len())
        .min(160);
    let stop = crate::text::floor_char_boundary(body, stop);
    let role = body[..stop].trim_end();
    if role.is_empty() || role.split_whitespace().count() < 2 {
        return None;
    }
    let start = name.end + 2;
    Some(Span::new(start, start + role.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, String, bool)> {
        let mut words = ZoneWords::default();
        let mut lowercase = LowerCaseWords::default();
        read_zone(text, Span::new(0, text.len()), &mut words, &mut lowercase);
        let mut out = Vec::new();
        candidates(text, &words, MentionZone::Body, false, &mut out);
        out.iter()
            .map(|c| {
                (
                    c.span.slice(text).to_string(),
                    c.prefix
                        .map(|p| p.slice(text).to_string())
                        .unwrap_or_default(),
                    c.full(),
                )
            })
            .collect()
    }

    /// Every token `scan` reads, in order, however it comes.
    struct Tokens(Vec<Token>);

    impl Words for Tokens {
        fn word(&mut self, token: Token) -> bool {
            self.0.push(token);
            true
        }

        fn plain_lower_case(&mut self, span: Span) {
            self.0.push(Token::plain_lower_case(span));
        }
    }

    /// Reads every token by `Words::word` alone, as `scan` did before its lane for plain
    /// lower-case words.
    struct EveryTokenAlike(Vec<Token>);

    impl Words for EveryTokenAlike {
        fn word(&mut self, token: Token) -> bool {
            self.0.push(token);
            false
        }

        fn plain_lower_case(&mut self, _: Span) {
            unreachable!("never let this way")
        }
    }

    #[test]
    fn the_lane_for_plain_lower_case_words_reads_them_as_the_general_loop_does() {
        let text = "Mr. Smith's aide said the council—and “Smith” café’s iPhone. eBay’s it  \
                    was a long day and the 42 men went home; the end of it all. x y z-a b'c d’e f. \
                    the covid19 cases and a mRNA shot, the m2 and fée ends";
        let mut fast = Tokens(Vec::new());
        scan(text, Span::new(0, text.len()), &mut fast);
        let mut general = EveryTokenAlike(Vec::new());
        scan(text, Span::new(0, text.len()), &mut general);
        assert!(fast.0.len() > 30);
        assert_eq!(format!("{:?}", fast.0), format!("{:?}", general.0));
    }

    #[test]
    fn plain_words_are_read_as_the_general_scanner_reads_them() {
        let text =
            "Mr. Smith's U.S.-born aide, O'Brien, said 42 times: \"Zelenskyy\" and I A. Jones-era \
                    well-known naïve Müller’s café Trump. End. Sen. Cruz said.” Jones’ 2.5 W. \
                    x. Dr. Gov. No. Inc. the council—and “Smith” café’s iPhone. eBay’s U.S. it";
        let mut read = Tokens(Vec::new());
        scan(text, Span::new(0, text.len()), &mut read);
        let read: Vec<Word> = read.0.iter().map(|token| token.word(text)).collect();
        for word in read {
            let start = word.span.start;
            if plain_word_run(text, start).is_some() {
                let general = shape_word(
                    text,
                    Span::new(start, scan_word(text, start)),
                    word.joined,
                    word.sentence_start,
                );
                assert_eq!(
                    format!("{word:?}"),
                    format!("{general:?}"),
                    "{}",
                    word.span.slice(text)
                );
            }
        }
    }

    #[test]
    fn plain_words_are_shaped_as_any_word_is() {
        for word in [
            "said",
            "Trump",
            "NATO",
            "W",
            "A",
            "I",
            "O",
            "B2",
            "G7",
            "2024",
            "x",
            "McD",
            "Q4",
            "Schwarzenegger",
            "Oberstleutnantin",
            "ABCDEFGHIJKLMNOP",
            "Z123456789012345",
        ] {
            assert_eq!(shape_of_plain(word.as_bytes()), shape_of(word), "{word}");
            let span = Span::new(0, word.len());
            let packed = plain_word(word, span, true, false, false);
            assert_eq!(packed.shape, shape_of(word), "{word}");
        }
    }

    #[test]
    fn titles_and_affiliations_are_split_from_the_name() {
        assert_eq!(
            names("U.S. President Donald Trump called."),
            vec![("Donald Trump".into(), "U.S. President".into(), true)]
        );
        assert_eq!(
            names("with Ukrainian President Volodymyr Zelenskyy."),
            vec![(
                "Volodymyr Zelenskyy".into(),
                "Ukrainian President".into(),
                true
            )]
        );
    }

    #[test]
    fn possessives_particles_suffixes_and_initials() {
        assert_eq!(
            names("It was Putin’s back."),
            vec![("Putin".into(), String::new(), false)]
        );
        assert_eq!(
            names("said Ludwig van Beethoven today"),
            vec![("Ludwig van Beethoven".into(), String::new(), true)]
        );
        assert_eq!(
            names("Donald Trump Jr. said"),
            vec![("Donald Trump".into(), String::new(), true)]
        );
        assert_eq!(
            names("George W. Bush spoke"),
            vec![("George W. Bush".into(), String::new(), true)]
        );
        assert_eq!(
            names("Bashar al-Assad spoke"),
            vec![("Bashar al-Assad".into(), String::new(), true)]
        );
    }

    #[test]
    fn places_organisations_and_sentence_words_are_not_names() {
        assert!(names("The White House said. In Anchorage, Alaska.").is_empty());
        assert!(names("He went to Trump Tower and the Washington Post.").is_empty());
        assert_eq!(
            names("When Trump spoke"),
            vec![("Trump".into(), String::new(), false)]
        );
    }
}
