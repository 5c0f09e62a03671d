//! The shape of a word: capitalised, an initial, an acronym, lower case or other; and its core,
//! without a possessive or a compound's lower-case tail.

use crate::article::lexicon::{self, Classes};
use crate::text::{is_apostrophe, pack_short, packed_letters, quote_mark, Facing, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum WordShape {
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

impl WordShape {
    /// A word of this shape opens with a capital: a name part, an initial or an acronym.
    pub fn opens_with_capital(self) -> bool {
        matches!(
            self,
            WordShape::Capitalised | WordShape::Initial | WordShape::Acronym
        )
    }
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Word {
    /// The whole token, possessive and compound tail included.
    pub span: Span,
    /// The name part of the token: "Trump" in "Trump's", "Clinton" in "Clinton-era",
    /// "Assad" in "al-Assad".
    pub core: Span,
    pub shape: WordShape,
    pub possessive: bool,
    /// A compound with a lower-case tail ("Clinton-era", "Trump-backed").
    pub compound: bool,
    /// Only white space separates this word from the previous one.
    pub joined: bool,
    /// The word opens a sentence, a quotation or the zone.
    pub sentence_start: bool,
    /// ASCII lower-case letters and digits only: the word is its own folded form.
    pub plain_lower_case: bool,
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

/// A word `plain_word_run` found at `span` of the prose, with an ASCII capital in it or not:
/// no possessive, no compound, the whole token its core.
pub(super) fn plain_word(
    prose: &str,
    span: Span,
    capital: bool,
    joined: bool,
    sentence_start: bool,
) -> Word {
    let bytes = prose.as_bytes();
    let (shape, capital_classes) = match bytes.get(span.start) {
        Some(b'a'..=b'z') => (WordShape::Lower, Classes::default()),
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
        _ => (WordShape::Other, Classes::default()),
    };
    Word {
        span,
        core: span,
        shape,
        possessive: false,
        compound: false,
        joined,
        sentence_start,
        plain_lower_case: shape == WordShape::Lower && !capital,
        capital_classes,
    }
}

pub(super) fn shape_word(prose: &str, span: Span, joined: bool, sentence_start: bool) -> Word {
    let token = span.slice(prose);
    let stem = possessive_stem(token);
    let core_end = span.start + stem.map_or(token.len(), str::len);
    let (core, compound) = hyphenated_core(prose, Span::new(span.start, core_end));
    let shape = shape_of(core.slice(prose));
    Word {
        span,
        core,
        shape,
        possessive: stem.is_some(),
        compound,
        joined,
        sentence_start,
        plain_lower_case: shape == WordShape::Lower
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

/// The token without its possessive ending, if it has one: an apostrophe and "s" ("Trump's",
/// "Trump’s"); an apostrophe alone after "s" ("Jones'"); and the closing mark ’ alone after any
/// letter ("Putin’").
fn possessive_stem(token: &str) -> Option<&str> {
    let mut chars = token.chars();
    let last = chars.next_back()?;
    let before = chars.as_str();
    if last == 's' {
        let mark = before.chars().next_back().filter(|&c| is_apostrophe(c))?;
        return Some(&before[..before.len() - mark.len_utf8()]);
    }
    let mark = quote_mark(last).filter(|_| is_apostrophe(last))?;
    (mark.facing == Facing::Closing || before.ends_with('s')).then_some(before)
}

/// The name part of a hyphenated word, and whether it is a compound: the name after a particle
/// ("Assad" of "al-Assad"), or the head of a compound with a lower-case tail ("Clinton" of
/// "Clinton-era").
fn hyphenated_core(prose: &str, core: Span) -> (Span, bool) {
    let core_text = core.slice(prose);
    let Some(hyphen) = core_text.bytes().position(|b| b == b'-') else {
        return (core, false);
    };
    let (head, tail) = (&core_text[..hyphen], &core_text[hyphen + 1..]);
    let tail_lower = tail.starts_with(char::is_lowercase);
    let head_lower = head.starts_with(char::is_lowercase);
    if head_lower && lexicon::is_particle(head) && tail.starts_with(char::is_uppercase) {
        (Span::new(core.start + hyphen + 1, core.end), false)
    } else if tail_lower && !head_lower {
        (Span::new(core.start, core.start + hyphen), true)
    } else {
        (core, false)
    }
}

/// `shape_of` for a word of ASCII letters and digits, without decoding characters.
fn shape_of_plain(word: &[u8]) -> WordShape {
    match word.first() {
        Some(b'a'..=b'z') => WordShape::Lower,
        Some(b'A'..=b'Z') => {
            let (mut letters, mut lower) = (0, false);
            for b in word {
                letters += usize::from(b.is_ascii_alphabetic());
                lower |= b.is_ascii_lowercase();
            }
            capitalised_shape(letters, lower, word)
        }
        _ => WordShape::Other,
    }
}

/// The shape of a word of ASCII letters and digits opening with a capital, from how many
/// letters it has and whether one is lower case.
fn capitalised_shape(letters: usize, lower: bool, word: &[u8]) -> WordShape {
    if letters == 1 && !matches!(word, b"A" | b"I" | b"O") {
        WordShape::Initial
    } else if lower {
        WordShape::Capitalised
    } else {
        WordShape::Acronym
    }
}

fn shape_of(word: &str) -> WordShape {
    let Some(first) = word.chars().next() else {
        return WordShape::Other;
    };
    if first.is_lowercase() {
        return WordShape::Lower;
    }
    if !first.is_uppercase() {
        return WordShape::Other;
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
        WordShape::Initial
    } else if lower == 0 {
        WordShape::Acronym
    } else {
        WordShape::Capitalised
    }
}

pub(super) fn is_name_word(prose: &str, word: &Word) -> bool {
    match word.shape {
        WordShape::Capitalised => {
            let classes = word.classes(prose);
            !classes.contains(Classes::COMMON)
                || classes.contains(Classes::TITLE)
                || classes.contains(Classes::GIVEN_NAME)
        }
        WordShape::Initial | WordShape::Acronym => true,
        WordShape::Lower | WordShape::Other => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn possessive_endings_are_cut_from_the_core() {
        for (token, stem) in [
            ("Trump's", Some("Trump")),
            ("Trump’s", Some("Trump")),
            ("Jones'", Some("Jones")),
            ("Jones’", Some("Jones")),
            ("Putin’", Some("Putin")),
            ("Putin'", None),
            ("Trump‘s", None),
            ("Jones", None),
            ("", None),
        ] {
            assert_eq!(possessive_stem(token), stem, "{token}");
        }
    }
}
