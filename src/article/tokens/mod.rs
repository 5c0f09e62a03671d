//! The one tokenizer of the prose: words (with the joiners that keep "O’Brien", "U.S.",
//! "al-Assad" and "3.5" whole), punctuation, quotation marks with their weight and facing, and,
//! once quotes are paired, each quote as one token. Attribution, pronoun resolution and the
//! speakers' names read their words from here; `sentences` says where sentences end.

mod sentences;

pub use sentences::ends_sentence;
use sentences::is_name_abbreviation;

use crate::text::{is_apostrophe, is_ascii_space, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Punct(char),
    /// A whole quotation, by index into the paragraph's quotes (32 bits keep a token at five
    /// words: the tokenizer writes one per word of prose).
    Quote(u32),
}

#[derive(Clone, Copy, Debug)]
pub struct Tok<'a> {
    pub span: Span,
    pub text: &'a str,
    pub kind: TokKind,
}

impl Tok<'_> {
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct(c)
    }

    /// A word that starts with a capital letter ("Charap", "U.S.", "O’Brien").
    pub fn is_capitalised(&self) -> bool {
        self.is_word()
            && match self.text.as_bytes().first() {
                Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                _ => self.text.chars().next().is_some_and(char::is_uppercase),
            }
    }

    /// The word without a possessive ending ("Trump’s" → "Trump").
    pub fn bare(&self) -> &str {
        let mut bare = self.text;
        while let Some(stem) = bare.strip_suffix("'s") {
            bare = stem;
        }
        while let Some(stem) = bare.strip_suffix("’s") {
            bare = stem;
        }
        bare.trim_end_matches(is_apostrophe)
    }
}

fn is_word_char(c: char) -> bool {
    crate::text::is_letter_or_digit(c)
}

/// Characters that stay inside a word when letters follow them: "O’Brien", "don't", "U.S.",
/// "al-Assad", "3.5".
fn is_joiner(c: char) -> bool {
    is_apostrophe(c) || matches!(c, '.' | '-' | '‑' | '&')
}

/// Tokens of `prose[range]`, with every quote span in `quotes` (sorted, by index) as one token.
pub fn tokens<'a>(prose: &'a str, range: Span, quotes: &[Span]) -> Vec<Tok<'a>> {
    // About one token per four bytes of prose; reserving that once saves regrowing the vector
    // for every window, and the cap keeps a huge paragraph growing as it goes.
    const MOST_RESERVED: usize = 4096;
    let mut out =
        Vec::with_capacity((range.end.saturating_sub(range.start) / 4).min(MOST_RESERVED));
    let mut reader = Tokens::new(prose, range, quotes);
    let bytes = prose.as_bytes();
    loop {
        // Up to the next quote, the spaces and ASCII words that make up most of the prose are
        // read in a tight loop, as `next` reads them; anything else is left to `next`.
        let limit = reader
            .quotes
            .get(reader.next_quote)
            .map_or(reader.end, |q| q.start.min(reader.end));
        let stretch = &bytes[..limit.max(reader.at)];
        let mut at = reader.at;
        while let Some(&b) = stretch.get(at) {
            if is_ascii_space(b) {
                at += 1;
                continue;
            }
            if !b.is_ascii_alphanumeric() {
                if !b.is_ascii() {
                    break;
                }
                out.push(Tok {
                    span: Span::new(at, at + 1),
                    text: &prose[at..at + 1],
                    kind: TokKind::Punct(char::from(b)),
                });
                at += 1;
                continue;
            }
            let mut stop = crate::text::ascii_alphanumeric_end(stretch, at + 1);
            if let Some(&after) = stretch.get(stop) {
                // A joiner with no letter after it (a sentence's full stop, a dangling hyphen)
                // ends the word here, as `word_end` reads it, unless a full stop may make a
                // name abbreviation of the word ("Mr.", "D."): that is left to `word_end`.
                let joiner_ends_word = is_ascii_joiner(after)
                    && stretch
                        .get(stop + 1)
                        .is_none_or(|&n| n.is_ascii() && !n.is_ascii_alphanumeric())
                    && !(after == b'.' && b.is_ascii_uppercase() && stop - at <= 4);
                if !after.is_ascii() || is_ascii_joiner(after) && !joiner_ends_word {
                    stop = reader.word_end(at, stop, limit);
                }
            }
            out.push(Tok {
                span: Span::new(at, stop),
                text: &prose[at..stop],
                kind: TokKind::Word,
            });
            at = stop;
        }
        reader.at = at;
        match reader.next() {
            Some(token) => out.push(token),
            None => return out,
        }
    }
}

/// The tokens of `prose[range]` one at a time, for passes that read them once in order.
pub struct Tokens<'a, 'q> {
    prose: &'a str,
    end: usize,
    at: usize,
    quotes: &'q [Span],
    next_quote: usize,
}

impl<'a, 'q> Tokens<'a, 'q> {
    pub fn new(prose: &'a str, range: Span, quotes: &'q [Span]) -> Self {
        let end = crate::text::floor_char_boundary(prose, range.end);
        let at = crate::text::floor_char_boundary(prose, range.start).min(end);
        let next_quote = quotes.partition_point(|q| q.end <= at);
        Tokens {
            prose,
            end,
            at,
            quotes,
            next_quote,
        }
    }

    /// The end of the word that starts at `at` with an ASCII letter or digit, not reading past
    /// `limit`. Most words are ASCII letters up to a space or a mark that is no joiner, and are
    /// read here without decoding a character or slicing a string.
    #[inline]
    fn ascii_word_end(&self, at: usize, limit: usize) -> usize {
        let bytes = &self.prose.as_bytes()[..limit.max(at + 1)];
        let stop = crate::text::ascii_alphanumeric_end(bytes, at + 1);
        match bytes.get(stop) {
            None => stop,
            Some(&b) if b.is_ascii() && !is_ascii_joiner(b) => stop,
            _ => self.word_end(at, stop, limit),
        }
    }

    /// The end of the word at `at` whose first `stop - at` bytes are known to be in it, not
    /// reading past `limit`.
    fn word_end(&self, at: usize, mut stop: usize, limit: usize) -> usize {
        let prose = self.prose;
        let window = &prose[..limit.max(stop)];
        let bytes = window.as_bytes();
        let char_at = |i: usize| crate::text::char_at(window, i);
        loop {
            // ASCII letters and digits, most of any word, need no decoding.
            stop = crate::text::ascii_alphanumeric_end(bytes, stop);
            // Most words end at a space or an ASCII mark that is no joiner: no decoding either.
            match bytes.get(stop) {
                None => break,
                Some(&b) if b.is_ascii() && !is_ascii_joiner(b) => break,
                _ => {}
            }
            let Some(ch) = char_at(stop) else {
                break;
            };
            let next = stop + ch.len_utf8();
            // No joiner is a word character; asking about the joiner first spares the Unicode
            // tables for the curly apostrophe of "don’t".
            if !is_joiner(ch) {
                if is_word_char(ch) {
                    stop = next;
                    continue;
                }
                break;
            }
            let so_far = &prose[at..stop];
            let joins = if ch == '.' {
                joins_at_full_stop(so_far, &window[next..])
            } else {
                char_at(next).is_some_and(is_word_char)
            };
            if !joins {
                break;
            }
            stop = next;
        }
        stop
    }
}

/// Whether a full stop after `so_far` stays in the word, given the text after it. Between word
/// characters it does inside initials ("U.S", "e.g") and numbers ("3.5"), not between
/// words ("said.Trump", "Gawker.com"). At the end of a word it stays after initials ("U.S.",
/// "p.m.") or an abbreviation inside a name ("Sen.", "D."), and ends the sentence anywhere else
/// ("rose 3.5.", "Gawker.com.").
fn joins_at_full_stop(so_far: &str, rest: &str) -> bool {
    let segment = so_far.rsplit('.').next().unwrap_or(so_far);
    let mut letters = segment.chars();
    let initial = letters.next().is_some_and(char::is_alphabetic) && letters.next().is_none();
    match rest.chars().next() {
        Some(c) if is_word_char(c) => {
            let next_segment = rest.split(|c: char| !is_word_char(c)).next().unwrap_or("");
            initial && next_segment.chars().nth(1).is_none()
                || c.is_ascii_digit() && segment.bytes().all(|b| b.is_ascii_digit())
        }
        _ => initial && so_far.contains('.') || is_name_abbreviation(so_far),
    }
}

/// The ASCII joiners of `is_joiner`.
fn is_ascii_joiner(b: u8) -> bool {
    matches!(b, b'\'' | b'.' | b'-' | b'&')
}

impl<'a> Iterator for Tokens<'a, '_> {
    type Item = Tok<'a>;

    /// Inlined into the loops that collect tokens, so that a token is written once, in place.
    #[inline]
    fn next(&mut self) -> Option<Tok<'a>> {
        let prose = self.prose;
        let bytes = prose.as_bytes();
        while self.at < self.end {
            let at = self.at;
            let quote = self.quotes.get(self.next_quote).copied();
            if let Some(q) = quote.filter(|q| q.start <= at) {
                let index = u32::try_from(self.next_quote).unwrap_or(u32::MAX);
                self.at = q.end.max(at + 1);
                self.next_quote += 1;
                return Some(Tok {
                    span: q,
                    text: q.slice(prose),
                    kind: TokKind::Quote(index),
                });
            }
            let limit = quote.map_or(self.end, |q| q.start.min(self.end));
            // Prose is mostly ASCII: spaces, letters and marks are told apart by the byte.
            let (c, width) = match bytes[at] {
                b if is_ascii_space(b) => {
                    self.at = at + 1;
                    continue;
                }
                b if b.is_ascii_alphanumeric() => {
                    let stop = self.ascii_word_end(at, limit);
                    self.at = stop;
                    return Some(Tok {
                        span: Span::new(at, stop),
                        text: &prose[at..stop],
                        kind: TokKind::Word,
                    });
                }
                b if b.is_ascii() => (char::from(b), 1),
                _ => {
                    let Some(c) = crate::text::char_at(prose, at) else {
                        self.at = self.end;
                        return None;
                    };
                    if c.is_whitespace() {
                        self.at = at + c.len_utf8();
                        continue;
                    }
                    (c, c.len_utf8())
                }
            };
            // The typographer's marks of news copy are neither letters nor digits: spare them
            // the Unicode tables.
            let mark = crate::text::is_quote_mark(c) || matches!(c, '—' | '–' | '…');
            let (stop, kind) = if !mark && is_word_char(c) {
                (self.word_end(at, at + width, limit), TokKind::Word)
            } else {
                (at + width, TokKind::Punct(c))
            };
            self.at = stop;
            return Some(Tok {
                span: Span::new(at, stop),
                text: &prose[at..stop],
                kind,
            });
        }
        None
    }
}

/// Strips trailing commas and possessive marks from a phrase's ends and joins its words.
pub fn join_words(toks: &[Tok]) -> String {
    // The words and the spaces between them, as the prose spans them, mostly.
    let spanned = match (toks.first(), toks.last()) {
        (Some(first), Some(last)) => last.span.end.saturating_sub(first.span.start),
        _ => 0,
    };
    let mut out = String::with_capacity(spanned);
    for t in toks {
        if !out.is_empty()
            && !matches!(t.kind, TokKind::Punct(c) if matches!(c, ',' | '.' | ')') || is_apostrophe(c))
            && !matches!(out.as_bytes().last(), Some(b'(' | b'-'))
        {
            out.push(' ');
        }
        out.push_str(t.text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collected_tokens_read_as_the_token_iterator_reads_them() {
        let text = "Mr. Smith of the U.S. said: \u{201c}We won.\u{201d} Then al-Assad, 3.5 points up, \
                    added \u{201c}It\u{2019}s over,\u{201d} and Ms. Jones\u{2014}the chair\u{2014}said \
                    at 5 p.m. today. The O\u{2019}Brien-led A.B.C. group didn't. D. Roe - a co- \
                    founder & CEO - left; Ödül's café stayed... Why? R&D rose 4%.";
        let quotes: Vec<Span> = [
            "\u{201c}We won.\u{201d}",
            "\u{201c}It\u{2019}s over,\u{201d}",
        ]
        .iter()
        .filter_map(|q| text.find(q).map(|at| Span::new(at, at + q.len())))
        .collect();
        let starts = (0..=text.len()).filter(|&i| text.is_char_boundary(i));
        for start in starts {
            for end in [text.len(), text.len() / 2, start] {
                let range = Span::new(start, end.max(start));
                let collected: Vec<_> = tokens(text, range, &quotes)
                    .iter()
                    .map(|t| (t.span, t.kind, t.text))
                    .collect();
                let iterated: Vec<_> = Tokens::new(text, range, &quotes)
                    .map(|t| (t.span, t.kind, t.text))
                    .collect();
                assert_eq!(collected, iterated, "{range:?}");
            }
        }
    }

    fn words(text: &str) -> Vec<&str> {
        tokens(text, Span::new(0, text.len()), &[])
            .into_iter()
            .filter(Tok::is_word)
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn a_full_stop_stays_in_initials_numbers_and_name_abbreviations() {
        assert_eq!(
            words("The U.S. rose 3.5 points, e.g. at 5 p.m. when Sen. Cruz and John D. Roe spoke."),
            [
                "The", "U.S.", "rose", "3.5", "points", "e.g.", "at", "5", "p.m.", "when", "Sen.",
                "Cruz", "and", "John", "D.", "Roe", "spoke"
            ]
        );
    }

    #[test]
    fn a_full_stop_between_words_or_after_a_number_ends_the_word() {
        assert_eq!(
            words("Trump said.Trump added that Gawker.com rose 3.5. Then"),
            ["Trump", "said", "Trump", "added", "that", "Gawker", "com", "rose", "3.5", "Then"]
        );
    }
}
