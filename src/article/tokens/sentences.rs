//! Where sentences end: a full stop, question or exclamation mark followed by white space and
//! what opens a sentence, unless the full stop belongs to "Mr." or "U.S.".

use crate::article::lexicon;
use crate::text::is_ascii_space;
use crate::text::may_open_double;

/// Abbreviations that sit inside a name ("Mr. Alexander", "Sen. Cruz", "John D. Rockefeller",
/// "St. Louis") and keep their full stop as part of the word: abbreviated titles, "St", and
/// initials. Other abbreviations ("Ltd.", "Inc.", "Calif.") often end a sentence, so they do not.
pub(super) fn is_name_abbreviation(word: &str) -> bool {
    lexicon::is_abbreviated_title(word) || word == "St" || is_single_capital(word)
}

/// One capital letter and nothing else ("D", "É").
fn is_single_capital(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

fn is_abbreviation(word: &str) -> bool {
    let bare = crate::text::trim_end_byte(word, b'.');
    lexicon::is_sentence_abbreviation(bare)
        || is_single_capital(bare)
        || (bare.len() <= 6 && bare.bytes().any(|b| b == b'.'))
}

/// A mark that may open the quote a sentence starts with: any guillemet, since drafts point
/// them either way (»…« in German and Scandinavian copy) and the draft's way is not known here.
fn may_open_a_quote(c: char) -> bool {
    crate::text::quote_mark(c)
        .is_some_and(|mark| mark.may_open() || mark.family == crate::text::Family::Guillemet)
}

/// True when the full stop, question mark or exclamation mark at `at` ends a sentence: white
/// space and then a capital, a digit or a quotation mark follow, and it is not "Mr." or "U.S.".
pub fn ends_sentence(prose: &str, at: usize) -> bool {
    let c = match prose.as_bytes().get(at) {
        Some(b'.') => '.',
        Some(b'!') => '!',
        Some(b'?') => '?',
        _ => return false,
    };
    let after = &prose[at + 1..];
    let mut rest = after.chars();
    if !rest.next().is_some_and(char::is_whitespace) {
        return false;
    }
    // The white space after a sentence is mostly ASCII: passed over a byte at a time.
    let spaces = after.bytes().take_while(|&b| is_ascii_space(b)).count();
    let next = after[spaces..].trim_start().chars().next();
    if !next
        .is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || may_open_a_quote(n) || n == '(')
    {
        return false;
    }
    if c == '.' {
        let before = &prose[..at];
        // Abbreviations are short: look back a few characters only. Where those are ASCII, as
        // they mostly are, the bytes are the characters.
        const LOOK_BACK: usize = 12;
        let near = &before.as_bytes()[at.saturating_sub(LOOK_BACK)..];
        // With nothing before it to stop at, a word near the start of the text starts there.
        let unbounded = if at <= LOOK_BACK { 0 } else { at };
        let word_start = if near.is_ascii() {
            near.iter()
                .rposition(|&b| is_ascii_space(b) || b == b'(' || may_open_double(char::from(b)))
                .map_or(unbounded, |i| at - near.len() + i + 1)
        } else {
            before
                .char_indices()
                .rev()
                .take(LOOK_BACK)
                .find(|&(_, ch)| ch.is_whitespace() || ch == '(' || may_open_double(ch))
                .map_or(unbounded, |(i, ch)| i + ch.len_utf8())
        };
        if is_abbreviation(&before[word_start..]) {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_stop_ends_a_sentence_unless_a_name_or_abbreviation_keeps_it() {
        let text = "Sen. Cruz spoke. Then Gen. Milley left the U.S. Army base. “Go,” he said. In St. Louis.";
        let stops: Vec<&str> = text
            .match_indices('.')
            .filter(|&(at, _)| ends_sentence(text, at))
            .map(|(at, _)| &text[at.saturating_sub(5)..=at])
            .collect();
        assert_eq!(stops, ["spoke.", " base.", " said."]);
    }

    #[test]
    fn a_sentence_may_open_with_a_guillemet_pointing_either_way() {
        for text in [
            "He left. »We won.«",
            "He left. «We won.»",
            "He left. \u{a0}»\u{a0}We won.",
        ] {
            assert!(ends_sentence(text, text.find('.').unwrap()), "{text}");
        }
        assert!(!ends_sentence("He left. ”we", 7));
    }

    #[test]
    fn name_abbreviations_are_abbreviated_titles_saints_and_initials() {
        for word in ["Sen", "Gen", "Mrs", "St", "D", "É"] {
            assert!(is_name_abbreviation(word), "{word}");
        }
        for word in ["Ltd", "Inc", "Calif", "Jan", "Sen.", "DC"] {
            assert!(!is_name_abbreviation(word), "{word}");
        }
    }
}
