//! Words as the record check and `quote-drift` compare them: split at white space and dashes,
//! each folded (letters and digits in lower case; apostrophes, curly or straight, and other
//! punctuation dropped) and kept as a hash. A quote's words also carry where the writer marked
//! an omission (… or ...) or put words of their own in [brackets], as style guides allow.

use crate::text::Span;
use rustc_hash::FxHasher;
use std::hash::{Hash, Hasher};

/// Words compared per quote: enough for any quotation, and a bound on the comparison's cost.
pub const MOST_WORDS: usize = 150;

/// The raw words of a text, with their spans: split at white space and dashes (em, en, and
/// the typed `--`), so "hold—we" and "hold -- we" are two words as "hold — we" is. An ellipsis
/// (… or ...) is a word of its own, so "state...every" is two words with an omission between.
pub fn raw_words(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some(width) = separator_at(text, at) {
            at += width;
        }
        if at >= text.len() {
            return None;
        }
        let start = at;
        if let Some(width) = ellipsis_at(text, at) {
            at += width;
            return Some(Span::new(start, at));
        }
        while at < text.len() && separator_at(text, at).is_none() && ellipsis_at(text, at).is_none()
        {
            at += utf8_width(text.as_bytes()[at]);
        }
        Some(Span::new(start, at))
    })
}

/// The width of the character a UTF-8 lead byte opens.
fn utf8_width(lead: u8) -> usize {
    match lead {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

/// The width of the white space or dash at `at`, if one is there.
fn separator_at(text: &str, at: usize) -> Option<usize> {
    // A letter or digit, most bytes of a quote, is no separator: one comparison.
    if text.as_bytes().get(at)?.is_ascii_alphanumeric() {
        return None;
    }
    let rest = text.get(at..)?;
    let c = rest.chars().next()?;
    if c.is_whitespace() || matches!(c, '—' | '–') {
        return Some(c.len_utf8());
    }
    rest.starts_with("--").then_some(2)
}

/// The width of the ellipsis at `at`: `…`, or three full stops or more.
fn ellipsis_at(text: &str, at: usize) -> Option<usize> {
    // Only a full stop or the ellipsis's lead byte opens one.
    if !matches!(text.as_bytes().get(at), Some(b'.' | 0xE2)) {
        return None;
    }
    let rest = &text[at..];
    if rest.starts_with('…') {
        return Some('…'.len_utf8());
    }
    let stops = rest.bytes().take_while(|&b| b == b'.').count();
    (stops >= 3).then_some(stops)
}

/// A word folded as compared, as its hash; `None` for a word with no letter or digit.
pub fn folded_hash(raw: &str) -> Option<u64> {
    let mut hasher = FxHasher::default();
    let mut any = false;
    // ASCII, most words, is folded byte by byte; the rest by its characters.
    if raw.is_ascii() {
        for b in raw.bytes().filter(u8::is_ascii_alphanumeric) {
            hasher.write_u32(u32::from(b.to_ascii_lowercase()));
            any = true;
        }
        return any.then(|| hasher.finish());
    }
    for c in raw.chars().filter(|c| c.is_alphanumeric()) {
        for lower in c.to_lowercase() {
            hasher.write_u32(u32::from(lower));
        }
        any = true;
    }
    any.then(|| hasher.finish())
}

/// One piece of a quote or a record, as `spoken_words` reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece {
    /// A word the speaker said, folded.
    Word { span: Span, hash: u64 },
    /// An ellipsis, or words in brackets: in a quote the writer's omission or insertion, in a
    /// record the transcriber's note (`[inaudible]`, `[laughter]`).
    Gap,
}

/// The words of a text as the speaker said them. A word with bracketed letters is read without
/// them ("pick[ing]" is "pick"); punctuation alone is nothing.
pub fn spoken_words(text: &str) -> impl Iterator<Item = Piece> + '_ {
    let mut bracketed = false;
    raw_words(text).filter_map(move |span| {
        let raw = span.slice(text);
        if ellipsis_at(raw, 0).is_some() {
            return Some(Piece::Gap);
        }
        if raw.starts_with('[') {
            bracketed = true;
        }
        let inside = bracketed;
        if raw.contains(']') {
            bracketed = false;
        }
        if inside {
            return Some(Piece::Gap);
        }
        let hash = if raw.contains('[') {
            folded_hash(&outside_brackets(raw))
        } else {
            folded_hash(raw)
        }?;
        Some(Piece::Word { span, hash })
    })
}

/// A word without its bracketed letters.
fn outside_brackets(raw: &str) -> String {
    let mut depth = 0usize;
    raw.chars()
        .filter(|&c| match c {
            '[' => {
                depth += 1;
                false
            }
            ']' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0,
        })
        .collect()
}

/// A run of three words as one number: what the record's index is keyed by, and what
/// `quote-drift` counts between two quotes.
pub fn run_hash(words: &[u64]) -> u64 {
    let mut hasher = FxHasher::default();
    words.hash(&mut hasher);
    hasher.finish()
}

/// A quote's words as compared, with their spans in the draft and where the writer left words
/// out or put their own in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Wording {
    pub words: Vec<u64>,
    pub spans: Vec<Span>,
    /// Before each word: whether an ellipsis or bracketed words stand between it and the one
    /// before.
    pub gap_before: Vec<bool>,
}

impl Wording {
    /// The words of `content` (a quote's words, without its marks) in `text`.
    pub fn of(text: &str, content: Span) -> Wording {
        let mut wording = Wording::default();
        let mut gap = false;
        for piece in spoken_words(content.slice(text)) {
            match piece {
                Piece::Gap => gap = true,
                Piece::Word { span, hash } => {
                    wording.words.push(hash);
                    wording.spans.push(span.shifted(content.start));
                    wording.gap_before.push(std::mem::take(&mut gap));
                    if wording.words.len() == MOST_WORDS {
                        break;
                    }
                }
            }
        }
        wording
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The writer marked an omission or put words in.
    pub fn edited(&self) -> bool {
        self.gap_before.iter().any(|&gap| gap)
    }

    /// Each run of three words the writer quoted without a gap, as one number, with the index
    /// of its first word.
    pub fn runs(&self) -> impl Iterator<Item = (usize, u64)> + '_ {
        self.words
            .windows(3)
            .enumerate()
            .filter(|(at, _)| !self.gap_before[at + 1] && !self.gap_before[at + 2])
            .map(|(at, run)| (at, run_hash(run)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        raw_words(text).map(|span| span.slice(text)).collect()
    }

    #[test]
    fn words_split_at_white_space_and_every_dash() {
        assert_eq!(
            words("We held—we held -- and\nheld – well-known"),
            ["We", "held", "we", "held", "and", "held", "well-known"]
        );
    }

    #[test]
    fn every_kind_of_white_space_dash_and_ellipsis_splits_words() {
        // The byte checks that turn letters away early against what the characters are.
        assert_eq!(
            words("a\u{2003}b\u{a0}c…d—e\u{3000}f...g ﬁn’s"),
            ["a", "b", "c", "…", "d", "e", "f", "...", "g", "ﬁn’s"]
        );
    }

    #[test]
    fn an_ascii_word_folds_as_the_same_word_read_by_characters() {
        // The ASCII lane against the general one: "Don't" beside "dON’T" (curly apostrophe).
        assert_eq!(folded_hash("Don't,"), folded_hash("dON’T"));
        assert_eq!(folded_hash("café"), folded_hash("CAFÉ"));
        assert_ne!(folded_hash("cafe"), folded_hash("café"));
        assert_eq!(folded_hash("—"), None);
    }

    #[test]
    fn ellipses_and_brackets_mark_gaps_and_bracketed_words_are_left_out() {
        let quote = "We knew [the levee] was weak … we told the state...every spring[s]";
        let wording = Wording::of(quote, Span::new(0, quote.len()));
        let shown: Vec<&str> = wording.spans.iter().map(|s| s.slice(quote)).collect();
        assert_eq!(
            shown,
            [
                "We",
                "knew",
                "was",
                "weak",
                "we",
                "told",
                "the",
                "state",
                "every",
                "spring[s]"
            ]
        );
        let gaps: Vec<usize> = (0..wording.len())
            .filter(|&i| wording.gap_before[i])
            .collect();
        assert_eq!(gaps, [2, 4, 8]);
        assert!(wording.edited());
        assert_eq!(wording.words[9], folded_hash("spring").unwrap());
    }
}
