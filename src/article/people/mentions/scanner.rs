//! Splitting a zone of prose into words: most words are plain ASCII after a single space, and
//! come by lanes that read them with the least work; the rest are read by `scan_word`.

use super::is_apostrophe;
use super::word::{plain_word, shape_word, Word};
use crate::article::lexicon::{self, Classes};
use crate::text::{char_at, is_letter_or_digit, quote_mark, Facing, Span};

/// What `scan` hands the words of a zone to.
pub(super) trait Words {
    /// Takes any word, and says how the words after it may come.
    fn word(&mut self, token: Token) -> FollowingWords;

    /// Takes a word of ASCII lower-case letters after one space, of those `word` let come this
    /// way: most words of prose, read with the least work.
    fn plain_lower_case(&mut self, span: Span);
}

/// A word as the scanner finds it, before it is shaped into a `Word`.
/// How the words after a word may come to `Words`, as its reader says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum FollowingWords {
    /// The plain lower-case words after single spaces may come by `Words::plain_lower_case`:
    /// the reader needs nothing of them but their text.
    MayTakeTheLowerCaseLane,
    /// The next word comes by `Words::word` whatever it is: the reader keeps it whole.
    OneByOne,
}

#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Token {
    pub(super) span: Span,
    /// ASCII letters and digits that need none of `scan_word`'s and `shape_word`'s cases (see
    /// `plain_word_run`).
    plain: bool,
    /// A plain word with an ASCII capital in it.
    pub(super) capital: bool,
    joined: bool,
    sentence_start: bool,
}

impl Token {
    /// A word of ASCII lower-case letters after a single space.
    pub(super) fn plain_lower_case(span: Span) -> Token {
        Token {
            span,
            plain: true,
            capital: false,
            joined: true,
            sentence_start: false,
        }
    }

    /// A plain word that opens with a lower-case letter: a `WordShape::Lower` word.
    pub(super) fn opens_plain_lower(self, bytes: &[u8]) -> bool {
        self.plain && bytes[self.span.start].is_ascii_lowercase()
    }

    #[inline]
    pub(super) fn word(self, prose: &str) -> Word {
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
pub(super) fn scan(prose: &str, zone: Span, words: &mut impl Words) {
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
            Some(run) => (run.end, true, run.capital),
            None => (scan_word(zone_text, start), false, false),
        };
        let following = words.word(Token {
            span: Span::new(zone.start + start, zone.start + end),
            plain,
            capital,
            joined,
            sentence_start,
        });
        previous_end = end;
        if following == FollowingWords::MayTakeTheLowerCaseLane {
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
fn plain_word_run(text: &str, start: usize) -> Option<PlainRun> {
    let (end, capital) = crate::text::ascii_alphanumeric_run(text.as_bytes(), start);
    (end > start && ends_plain(text, start, end)).then_some(PlainRun { end, capital })
}

/// A plain word as `plain_word_run` finds it.
struct PlainRun {
    end: usize,
    /// It holds an ASCII capital.
    capital: bool,
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
        Some(b'-') => false,
        Some(b'.') => {
            !bytes[start].is_ascii_uppercase()
                || (end - start > 1
                    && !Classes::of_plain(bytes, start, end).contains(Classes::ABBREVIATION))
        }
        Some(&b) if b.is_ascii() => !is_apostrophe(char::from(b)),
        Some(_) => char_at(text, end).is_some_and(|c| !is_letter_or_digit(c) && !is_apostrophe(c)),
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
                read.stop |= opens_what_follows(char::from(b));
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
            read.stop |= opens_what_follows(c);
            previous = Some(c);
        }
        read
    }
}

/// A character in a gap that makes the next word open a sentence or a quotation: a full stop,
/// question or exclamation mark, colon or line break, or a quotation mark that may open a quote
/// (the straight single mark aside: between words it is more often an apostrophe).
fn opens_what_follows(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ':' | '\n')
        || quote_mark(c).is_some_and(|mark| {
            mark.may_open() && !(mark.is_single() && mark.facing == Facing::Straight)
        })
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
        let joiner = (c == '-' || is_apostrophe(c))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every token `scan` reads, in order, however it comes.
    struct Tokens(Vec<Token>);

    impl Words for Tokens {
        fn word(&mut self, token: Token) -> FollowingWords {
            self.0.push(token);
            FollowingWords::MayTakeTheLowerCaseLane
        }

        fn plain_lower_case(&mut self, span: Span) {
            self.0.push(Token::plain_lower_case(span));
        }
    }

    /// Reads every token by `Words::word` alone, as `scan` did before its lane for plain
    /// lower-case words.
    struct EveryTokenAlike(Vec<Token>);

    impl Words for EveryTokenAlike {
        fn word(&mut self, token: Token) -> FollowingWords {
            self.0.push(token);
            FollowingWords::OneByOne
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
}
