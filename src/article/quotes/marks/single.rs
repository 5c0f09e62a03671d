//! Single marks as quotation marks, in copy that quotes in single marks (‘…’ or '…', with double
//! marks nested). Their trouble is the apostrophe: ’ and ' close a quote and also end
//! "workers’", open "’90s" and sit twice in "rock ’n’ roll". A mark is read by its flanks
//! first (`role`); two kinds need more. A mark after a plural `s` and before a word (`the
//! nurses’ union`) is an apostrophe when a mark that can only close comes before the next
//! opening one, or when it stands inside a whole-sentence quote that reads on past it. A mark
//! before digits in mid-sentence (`‘47 percent’`, `Euro '96`) opens only when a mark that may
//! close follows before the next opening one.

use super::{after_sentence_end, is_opening_context, FoundMark, Turn};
use crate::article::lexicon;
use crate::text::{Facing, Family, QuoteMark, Weight};

/// What the flanks of a single mark make of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Inside a word (`don’t`, `O'Brien`) or before an elision (`’90s`, `'til`, `’n’`).
    Apostrophe,
    /// Before a word, after white space or an opening bracket: `‘We`, ` 'We`.
    Opens,
    /// After the quote's own punctuation (`,’`, `.'`, `?’`): no apostrophe stands there.
    AfterPunctuation,
    /// After a word, before white space or punctuation: closing, unless no quote is open
    /// (`goin’ home`, `the Joneses’.`, and `the UK’ economy` with its `s` left out).
    AfterWord,
    /// After a plural `s` or a clipped word and before a word: `the nurses’ union`, `lovin’
    /// it`, or a quote's end.
    AfterPlural,
    /// Before digits in mid-sentence: a year or a code with letters left out (`Euro '96`, a
    /// drug known as `'771`) or a quoted number (`his '47 percent' remark`).
    BeforeNumber,
    /// White space on both sides.
    Loose,
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(crate::text::is_letter_or_digit)
}

/// What the single mark `c` at byte `at` of a paragraph's `text` is, by its flanks.
pub fn role(text: &str, at: usize, c: char, mark: QuoteMark) -> Role {
    let before_text = &text[..at];
    let after_text = &text[at + c.len_utf8()..];
    let before = before_text.chars().next_back();
    let after = after_text.chars().next();
    if mark.family == Family::Guillemet {
        return match mark.facing {
            Facing::Opening => Role::Opens,
            _ => Role::AfterPunctuation,
        };
    }
    if is_word_char(before) && is_word_char(after) {
        return Role::Apostrophe;
    }
    if mark.facing == Facing::Opening && !is_word_char(after) {
        // `‘“No,” he said’`: an opening mark before a nested quote or a space; after a word it
        // is an apostrophe set the wrong way round (`CBS‘ Face the Nation`).
        return if is_word_char(before) {
            Role::Apostrophe
        } else {
            Role::Opens
        };
    }
    if mark.facing == Facing::Straight
        && matches!(after, Some('[' | '('))
        && before.is_none_or(char::is_whitespace)
    {
        // `'[Alastair] will act…'`: a quote may open with the writer's bracket.
        return Role::Opens;
    }
    if is_word_char(after) {
        return opening_role(mark, before_text, after_text);
    }
    match before {
        None => Role::Loose,
        Some(b) if b.is_whitespace() => Role::Loose,
        Some(b) if crate::text::is_letter_or_digit(b) => closing_role(before_text, after_text),
        Some(_) => Role::AfterPunctuation,
    }
}

/// The punctuation a quote's words end with, which no apostrophe follows.
fn is_closing_punctuation(c: char) -> bool {
    matches!(c, '.' | ',' | '!' | '?')
}

/// A mark before a word: an opening mark, unless it stands for letters left out.
fn opening_role(mark: QuoteMark, before_text: &str, after_text: &str) -> Role {
    let before = before_text.chars().next_back();
    let word_end = after_text
        .find(|c: char| !crate::text::is_letter_or_digit(c))
        .unwrap_or(after_text.len());
    let word = &after_text[..word_end];
    // `’90s`, `'til`, `’n’`: no quote opens with a decade or an elided word. Other digits open
    // one when its closing mark follows (`‘100 percent’`, `'1960s'`), and a sentence may open
    // with digits: at its start the mark opens (`… online. ‘2006 is where`). A curly ’ before
    // digits is set for an apostrophe.
    let mid_sentence =
        !(before_text.trim_end().is_empty() || after_sentence_end(before_text, Weight::Double));
    let number = mid_sentence && word.starts_with(|c: char| c.is_ascii_digit());
    if number && !is_decade(word) && mark.facing != Facing::Closing {
        return Role::BeforeNumber;
    }
    let elision = number || lexicon::is_elision(word);
    if mark.facing != Facing::Opening && before.is_some_and(is_closing_punctuation) && !elision {
        // `challenge.’Earlier`: the space after a quote left out. Only an ending (`U.S.’s`)
        // follows a full stop with an apostrophe.
        return Role::AfterPunctuation;
    }
    match mark.facing {
        Facing::Opening if !elision => Role::Opens,
        // A curly ’ before a word is set for an apostrophe; an opening quote would be ‘.
        Facing::Closing => Role::Apostrophe,
        // `journalists :'The`: a colon introduces the quote.
        Facing::Straight
            if !elision && (is_opening_context(before, Weight::Double) || before == Some(':')) =>
        {
            Role::Opens
        }
        _ => Role::Apostrophe,
    }
}

/// `90s`, `60S`: a decade's two digits, which only an elided year is.
fn is_decade(word: &str) -> bool {
    matches!(word.as_bytes(), [a, b, b's' | b'S'] if a.is_ascii_digit() && b.is_ascii_digit())
}

/// A mark after a word: a closing quotation mark, or a plural's apostrophe.
fn closing_role(before_text: &str, after_text: &str) -> Role {
    let word_start = before_text
        .rfind(|c: char| !crate::text::is_letter_or_digit(c))
        .map_or(0, |i| {
            i + before_text[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before_text[word_start..];
    let marked = before_text[..word_start]
        .chars()
        .next_back()
        .and_then(crate::text::quote_mark)
        .is_some_and(|mark| mark.weight == Weight::Single);
    // The second mark of `’n’` closes the elision the first one opened.
    if marked && lexicon::is_elision(word) {
        return Role::Apostrophe;
    }
    let after_space = after_text.trim_start();
    let word_follows = after_space.len() < after_text.len()
        && after_space
            .chars()
            .next()
            .is_some_and(crate::text::is_letter_or_digit);
    let may_be_apostrophe = word.ends_with(['s', 'S']) || lexicon::is_clipped(word);
    if may_be_apostrophe && closing_mark_after_punctuation(after_text) {
        // `less likely to vote than others’,’ he said`: the quote closes after the comma (or
        // the space of `‘Lyin’ ’ Ted`).
        Role::Apostrophe
    } else if may_be_apostrophe && word_follows {
        Role::AfterPlural
    } else {
        Role::AfterWord
    }
}

/// Whether the words after a mark are the writer's, not the noun of a possessive: the
/// attribution (a cue verb among the next two words: `he said`, `said Ortiz`, not `sums don’t add
/// up`) or a word that carries the writer's sentence on (`times’ and against`).
fn writer_goes_on(after_text: &str) -> bool {
    let mut words = after_text
        .split(['.', ',', ';', ':', '!', '?'])
        .next()
        .unwrap_or("")
        .split_whitespace();
    let first = words.next().unwrap_or("");
    lexicon::joins_on(first)
        || lexicon::is_cue_verb(first, &[])
        || words.next().is_some_and(|w| lexicon::is_cue_verb(w, &[]))
}

/// Whether `after_text` opens with a quote's closing punctuation or a space and then a single
/// mark that closes the quote (`,’ he said`, `.'`, `'Lyin' ' Ted`): no word follows that mark.
fn closing_mark_after_punctuation(after_text: &str) -> bool {
    let mut chars = after_text.chars();
    let between = chars.next();
    let closes = |mark: QuoteMark| {
        mark.weight == Weight::Single && mark.family != Family::Guillemet && mark.may_close()
    };
    between.is_some_and(|c| is_closing_punctuation(c) || c == ' ')
        && chars
            .next()
            .and_then(crate::text::quote_mark)
            .is_some_and(closes)
        && !is_word_char(chars.next())
}

/// The next mark of a paragraph that decides whether a mark after a plural closes: remembered,
/// so that a paragraph of plurals is read once.
#[derive(Default)]
pub(super) struct Ahead {
    /// Where the last search started and what it found: the next mark that can only close
    /// (`Some(true)`), that opens (`Some(false)`), or none (`None`).
    searched_from: Option<usize>,
    found_at: usize,
    closes: Option<bool>,
    /// The next paragraph opens with a mark, which continues a quote left open here.
    next_paragraph_continues: bool,
}

impl Ahead {
    pub(super) fn new(next_paragraph_continues: bool) -> Ahead {
        Ahead {
            next_paragraph_continues,
            ..Ahead::default()
        }
    }

    /// Whether the open quote reads on past the mark `closer_comes_first` was last asked about:
    /// the next deciding mark opens a new sentence's quote (a continuation in a merged
    /// paragraph), or none comes and the next paragraph continues the quote.
    fn quote_reads_on(&self, text: &str) -> bool {
        match self.closes {
            Some(false) => super::after_sentence_end(&text[..self.found_at], Weight::Double),
            None => self.next_paragraph_continues,
            Some(true) => false,
        }
    }

    /// Whether a mark that can only close comes after byte `from` before any opening mark.
    fn closer_comes_first(&mut self, text: &str, from: usize) -> bool {
        let still_valid = self
            .searched_from
            .is_some_and(|start| start <= from && (self.closes.is_none() || from < self.found_at));
        if !still_valid {
            self.search(text, from);
        }
        self.closes == Some(true)
    }

    fn search(&mut self, text: &str, from: usize) {
        self.searched_from = Some(from);
        let found = first_deciding_mark(text, from, false);
        self.found_at = found.map_or(0, |(at, _)| at);
        self.closes = found.map(|(_, closes)| closes);
    }
}

/// The first mark after byte `from` that decides whether the open quote closes there: where it
/// is, and whether it closes (`true`) or opens (`false`). Digits may open a quote, so the
/// closing mark after them may be theirs; a mark after a plural decides only when
/// `plural_closes` (`the ‘2 million-plus’ people`).
fn first_deciding_mark(text: &str, from: usize, plural_closes: bool) -> Option<(usize, bool)> {
    let mut at = from;
    while let Some(found) = super::next_mark(text, at, Weight::Single) {
        at = found.at + found.c.len_utf8();
        let decided = match role(text, found.at, found.c, found.mark) {
            Role::Opens | Role::BeforeNumber => Some(false),
            Role::AfterPunctuation | Role::AfterWord | Role::Loose => Some(true),
            Role::AfterPlural if plural_closes => Some(true),
            Role::Apostrophe | Role::AfterPlural => None,
        };
        if let Some(closes) = decided {
            return Some((found.at, closes));
        }
    }
    None
}

/// Whether a mark that may close a quote, after a plural too, comes after byte `from` before
/// any opening mark. Read afresh each time, unlike `Ahead`: it is asked only of marks before
/// digits, which are few.
fn closing_mark_comes_first(text: &str, from: usize) -> bool {
    first_deciding_mark(text, from, true).is_some_and(|(_, closes)| closes)
}

/// The quote open when a single mark is read.
#[derive(Clone, Copy)]
pub(super) struct Open {
    /// It opened a sentence, so it ends with punctuation or where the writer's words go on: a
    /// mark after a plural is its apostrophe when the quote reads on past it (`‘The Lib Dems’
    /// sums don’t add up. ‘They …`), unless the attribution or a joining word follows it
    /// (`‘It belongs to the Joneses’ he said.`, `‘… numerous times’ and against the law`).
    pub whole_sentence: bool,
}

/// What a single mark does in single-mark copy, given the quote open: `None` when it is an
/// apostrophe.
pub(super) fn turn(
    text: &str,
    found: &FoundMark,
    quote: Option<Open>,
    ahead: &mut Ahead,
) -> Option<Turn> {
    let open = quote.is_some();
    let straight = found.mark.facing == Facing::Straight;
    match role(text, found.at, found.c, found.mark) {
        Role::Apostrophe => None,
        // An opening mark inside an open quote starts a continuation, as in double-mark copy;
        // a straight one only after a sentence's end (or it closes the quote).
        Role::Opens
            if open && straight && !after_sentence_end(&text[..found.at], Weight::Double) =>
        {
            Some(Turn::Closes)
        }
        Role::Opens => Some(Turn::Opens),
        Role::AfterPunctuation => Some(Turn::Closes),
        Role::AfterWord | Role::Loose if open => Some(Turn::Closes),
        // A loose mark opens only what follows it: not as a closing mark (’), nor at the end
        // of its paragraph.
        Role::Loose
            if found.mark.may_open()
                && !text[found.at + found.c.len_utf8()..].trim().is_empty() =>
        {
            Some(Turn::Opens)
        }
        Role::Loose => None,
        Role::AfterWord => None,
        Role::AfterPlural if open => {
            let after = &text[found.at + found.c.len_utf8()..];
            let apostrophe = ahead.closer_comes_first(text, found.at + 1)
                || quote.is_some_and(|q| q.whole_sentence)
                    && !writer_goes_on(after)
                    && ahead.quote_reads_on(text);
            (!apostrophe).then_some(Turn::Closes)
        }
        Role::AfterPlural => None,
        // Digits open a quote only outside one and when its closing mark follows.
        Role::BeforeNumber if !open && closing_mark_comes_first(text, found.at + 1) => {
            Some(Turn::Opens)
        }
        Role::BeforeNumber => None,
    }
}
