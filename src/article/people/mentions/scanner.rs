//! Reading a zone of prose as words for the name reader: the shared tokenizer's words, with
//! where each sits (joined to the word before, opening a sentence). Most words are plain ASCII
//! after a single space, and come by a lane that hands over no more than their span.

use super::word::{plain_word, shape_word, Word};
use crate::article::lexicon;
use crate::article::tokens::Tokens;
use crate::text::{quote_mark, Facing, Span};

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
    pub(super) plain: bool,
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

/// Splits one zone of the prose into words, handing each to `words` in order. The words are the
/// shared tokenizer's (`crate::article::tokens`), read as a name reader reads them: an
/// abbreviation that opens with a capital keeps its full stop ("Jr.", "Calif.").
pub(super) fn scan(prose: &str, zone: Span, words: &mut impl Words) {
    let bytes = prose.as_bytes();
    let mut previous_end: Option<usize> = None;
    let mut lane_open = false;
    for token in Tokens::new(prose, zone, &[]) {
        if !token.is_word() {
            continue;
        }
        let span = name_word_span(bytes, token.span, token.text);
        if lane_open && is_plain_lower_case_after_one_space(bytes, previous_end, span) {
            words.plain_lower_case(span);
            previous_end = Some(span.end);
            continue;
        }
        let (joined, sentence_start) = match previous_end {
            None => (false, true),
            Some(end) => gap_before(bytes, prose, end, span.start),
        };
        let word = span.slice(prose).as_bytes();
        // A word of ASCII letters and digits has no apostrophe, hyphen or full stop to shape.
        let plain = word.iter().all(u8::is_ascii_alphanumeric);
        let following = words.word(Token {
            span,
            plain,
            capital: plain && word.iter().any(u8::is_ascii_uppercase),
            joined,
            sentence_start,
        });
        lane_open = following == FollowingWords::MayTakeTheLowerCaseLane;
        previous_end = Some(span.end);
    }
}

/// A word as the name reader takes it: with the full stop of an abbreviation that opens with a
/// capital ("Jr.", "Calif."), which the tokenizer leaves to end a sentence.
fn name_word_span(bytes: &[u8], span: Span, text: &str) -> Span {
    let keeps_stop = bytes.get(span.end) == Some(&b'.')
        && text.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && lexicon::is_name_abbreviation(text);
    if keeps_stop {
        Span::new(span.start, span.end + 1)
    } else {
        span
    }
}

/// A word of ASCII lower-case letters one space after the word before: most words of prose,
/// which a reader that lets them take the lane needs nothing of but their span.
fn is_plain_lower_case_after_one_space(
    bytes: &[u8],
    previous_end: Option<usize>,
    span: Span,
) -> bool {
    previous_end.is_some_and(|end| end + 1 == span.start && bytes[end] == b' ')
        && bytes[span.start..span.end]
            .iter()
            .all(u8::is_ascii_lowercase)
}

/// Whether a word is joined to the one before (only white space, one line break at most, between
/// them) and whether it opens a sentence, from the gap between them.
fn gap_before(bytes: &[u8], prose: &str, previous_end: usize, start: usize) -> (bool, bool) {
    // Most words follow a single space after another word: that gap needs no reading.
    if start == previous_end + 1 && bytes[previous_end] == b' ' {
        return (true, false);
    }
    let gap = Gap::read(&prose[previous_end..start]);
    let joined = gap.blank && gap.newlines <= 1;
    let after_abbreviation = gap.blank && bytes[previous_end - 1] == b'.';
    let sentence_start = (!after_abbreviation && gap.stop) || gap.paragraph_break;
    (joined, sentence_start)
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
    fn plain_words_are_shaped_as_the_general_shaper_shapes_them() {
        let text =
            "Mr. Smith's U.S.-born aide, O'Brien, said 42 times: \"Zelenskyy\" and I A. Jones-era \
                    well-known naïve Müller’s café Trump. End. Sen. Cruz said.” Jones’ 2.5 W. \
                    x. Dr. Gov. No. Inc. the council—and “Smith” café’s iPhone. eBay’s U.S. it";
        let mut read = EveryTokenAlike(Vec::new());
        scan(text, Span::new(0, text.len()), &mut read);
        let plain: Vec<&Token> = read.0.iter().filter(|token| token.plain).collect();
        assert!(plain.len() > 12, "{}", plain.len());
        for token in plain {
            let general = shape_word(text, token.span, token.joined, token.sentence_start);
            assert_eq!(
                format!("{:?}", token.word(text)),
                format!("{general:?}"),
                "{}",
                token.span.slice(text)
            );
        }
    }

    #[test]
    fn a_name_reader_keeps_the_full_stop_of_a_capitalised_abbreviation() {
        let text = "John Roe Jr. of Sacramento, Calif. and the U.S. met Sen. Cruz, etc. Then";
        let mut read = EveryTokenAlike(Vec::new());
        scan(text, Span::new(0, text.len()), &mut read);
        let words: Vec<&str> = read.0.iter().map(|t| t.span.slice(text)).collect();
        assert_eq!(
            words,
            [
                "John",
                "Roe",
                "Jr.",
                "of",
                "Sacramento",
                "Calif.",
                "and",
                "the",
                "U.S.",
                "met",
                "Sen.",
                "Cruz",
                "etc",
                "Then"
            ]
        );
        let sentence_starts: Vec<&str> = read
            .0
            .iter()
            .filter(|t| t.sentence_start)
            .map(|t| t.span.slice(text))
            .collect();
        assert_eq!(sentence_starts, ["John", "Then"]);
    }
}
