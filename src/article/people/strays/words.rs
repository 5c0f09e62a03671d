//! The words the stray count reads: capitalised words shaped as a name, found many bytes at a
//! time; lower-case words looked for one by one; where a sentence opens; compounds.

use crate::text::{char_at, is_letter, quote_mark, Facing, Span};

/// Whether `word`, opening with a lower-case letter, is one of the [`words`] of `prose`: an
/// occurrence with no letter either side.
pub(super) fn is_lower_case_word_of(prose: &str, word: &str) -> bool {
    word.starts_with(char::is_lowercase)
        && word.chars().all(char::is_alphabetic)
        && prose.match_indices(word).any(|(at, _)| {
            let before = prose[..at].chars().next_back();
            let after = prose[at + word.len()..].chars().next();
            !before.is_some_and(is_letter) && !after.is_some_and(is_letter)
        })
}

/// A word joined by a hyphen to a capitalised word or a number ("Franco-German", "Chi-Cheng",
/// "Khark-5") is part of a compound name, not a name of its own.
pub(super) fn in_compound(prose: &str, start: usize, end: usize) -> bool {
    let bytes = prose.as_bytes();
    let hyphen_at = |at: Option<usize>| at.and_then(|at| bytes.get(at)) == Some(&b'-');
    if !hyphen_at(Some(end)) && !hyphen_at(start.checked_sub(1)) {
        return false;
    }
    let next = prose.get(end..).and_then(|r| r.strip_prefix('-'));
    if next.is_some_and(|r| r.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())) {
        return true;
    }
    let before = prose.get(..start).and_then(|r| r.strip_suffix('-'));
    before.is_some_and(|r| {
        let word_start = r
            .rfind(|c: char| !c.is_alphabetic())
            .map_or(0, |i| i + r[i..].chars().next().map_or(1, char::len_utf8));
        r[word_start..].starts_with(char::is_uppercase)
    })
}

/// A capitalised word at the start of a sentence or paragraph says nothing about its spelling
/// as a name ("Well, …").
pub(super) fn opens_sentence(prose: &str, start: usize) -> bool {
    let Some(before) = prose.get(..start) else {
        return true;
    };
    let bytes = before.as_bytes();
    let mut at = bytes.len();
    while at > 0 && matches!(bytes[at - 1], b' ' | b'\t') {
        at -= 1;
    }
    match before[..at].chars().next_back() {
        None => true,
        Some(c) => {
            matches!(c, '.' | '!' | '?' | '\n' | ':' | '(' | '—')
                // Any quotation mark but ’, which is most often an apostrophe.
                || quote_mark(c).is_some_and(|mark| {
                    !(mark.is_single() && mark.facing == Facing::Closing)
                })
        }
    }
}

/// Whether `word` is a capital and three or more lower-case letters ("Trump", not "NATO",
/// "McDonald" or "Ban"), read by bytes while it is ASCII.
fn is_capital_then_lower_case(word: &str) -> bool {
    let bytes = word.as_bytes();
    match bytes.iter().skip(1).position(|b| !b.is_ascii_lowercase()) {
        // A capital outside ASCII would have left a byte that is not a lower-case letter.
        None => bytes.len() >= 4,
        Some(i) if bytes[i + 1].is_ascii() => false,
        Some(_) => word.chars().skip(1).all(char::is_lowercase) && word.chars().nth(3).is_some(),
    }
}

/// Alphabetic words with their byte offsets; apostrophes and hyphens split ("Trump's", "anti-Trump").
/// Read lazily: a list of every word of a 100 MB draft would be four times its size.
pub(super) fn words(prose: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some(c) = char_at(prose, at) {
            if is_letter(c) {
                let start = at;
                at = end_of_word(prose, at);
                return Some((start, &prose[start..at]));
            }
            at += c.len_utf8();
        }
        None
    })
}

/// Adds the runs of letters of one word of the name reader, `text` at `start` in the prose,
/// that are shaped as a name (`is_capital_then_lower_case`): "Trump" of "anti-Trump", "Brien"
/// of "O’Brien".
pub(in crate::article::people) fn name_shaped_runs(text: &str, start: usize, out: &mut Vec<Span>) {
    let mut at = 0;
    while let Some(c) = char_at(text, at) {
        if !is_letter(c) {
            at += c.len_utf8();
            continue;
        }
        let run_start = at;
        at = end_of_word(text, at);
        let run = &text[run_start..at];
        if c.is_uppercase() && run.len() >= 4 && is_capital_then_lower_case(run) {
            out.push(Span::new(start + run_start, start + at));
        }
    }
}

/// The end of the alphabetic run going on at `at`.
fn end_of_word(prose: &str, mut at: usize) -> usize {
    let bytes = prose.as_bytes();
    loop {
        at = crate::text::ascii_alphabetic_end(bytes, at);
        match bytes.get(at) {
            Some(b) if !b.is_ascii() => match char_at(prose, at) {
                Some(c) if is_letter(c) => at += c.len_utf8(),
                _ => return at,
            },
            _ => return at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of [`words`] that open with a capital, read one capital at a time: the model
    /// the name-shaped runs of the tokenizer's words answer as.
    fn capitalised_words(prose: &str) -> impl Iterator<Item = (usize, &str)> {
        let bytes = prose.as_bytes();
        let mut at = 0;
        std::iter::from_fn(move || loop {
            at = (at..bytes.len())
                .find(|&i| !bytes[i].is_ascii() || bytes[i].is_ascii_uppercase())
                .unwrap_or(bytes.len());
            let c = char_at(prose, at)?;
            let start = at;
            at += c.len_utf8();
            let opens_word = match start.checked_sub(1).and_then(|i| bytes.get(i)) {
                None => true,
                Some(b) if b.is_ascii() => !b.is_ascii_alphabetic(),
                Some(_) => !prose[..start]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphabetic),
            };
            if c.is_uppercase() && c.is_alphabetic() && opens_word {
                at = end_of_word(prose, at);
                return Some((start, &prose[start..at]));
            }
        })
    }

    #[test]
    fn lower_case_words_are_found_as_the_word_scan_finds_them() {
        let text = "Mark the mark, marked remarks; “mark” ömark markö tram-mark Mark's ma";
        for word in [
            "mark", "marked", "remarks", "ma", "ark", "tram", "Mark", "a-b", "ömark",
        ] {
            let scanned = words(text).any(|(_, w)| w == word && w.starts_with(char::is_lowercase));
            assert_eq!(is_lower_case_word_of(text, word), scanned, "{word}");
        }
    }

    #[test]
    fn name_shaped_runs_of_the_words_are_the_capitalised_words_of_a_capital_and_lower_case() {
        let text = "Él dijo: McDonald's iPhone, anti-Trump NATO ölçü Ödül Zoë Zoëy Trumpé \
                    TrumpÉ Trumpkinsonsville Iran Ban Über-Alles 3D x Ab Abc Abcd Abcdefgh, \
                    Abcdefghi. xAbcd éAbcd “Abcd” Abc\u{301}d";
        let name_shaped = |text| {
            capitalised_words(text)
                .filter(|(_, w)| w.len() >= 4 && is_capital_then_lower_case(w))
                .collect::<Vec<_>>()
        };
        assert!(name_shaped(text).len() > 10);
        for end in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            let text = &text[..end];
            let mut runs = Vec::new();
            let whole = Span::new(0, text.len());
            for word in crate::article::tokens::tokens(text, whole, &[]) {
                name_shaped_runs(word.text, word.span.start, &mut runs);
            }
            let runs: Vec<(usize, &str)> = runs.iter().map(|r| (r.start, r.slice(text))).collect();
            assert_eq!(runs, name_shaped(text), "{text}");
        }
    }

    #[test]
    fn capitalised_words_are_the_words_that_open_with_a_capital() {
        let text = "Él dijo: McDonald's iPhone, anti-Trump NATO ölçü Ödül 3D x";
        let expected: Vec<(usize, &str)> = words(text)
            .filter(|(_, w)| w.starts_with(char::is_uppercase))
            .collect();
        assert_eq!(capitalised_words(text).collect::<Vec<_>>(), expected);
        let found: Vec<&str> = expected.iter().map(|&(_, w)| w).collect();
        assert_eq!(found, ["Él", "McDonald", "Trump", "NATO", "Ödül", "D"]);
    }

    #[test]
    fn a_name_shape_is_a_capital_and_three_lower_case_letters() {
        for (word, expected) in [
            ("Trump", true),
            ("Iran", true),
            ("Ban", false),
            ("NATO", false),
            ("McDonald", false),
            ("Ödül", true),
            ("Zoë", false),
            ("Zoëy", true),
            ("ÉTAT", false),
        ] {
            assert_eq!(is_capital_then_lower_case(word), expected, "{word}");
        }
    }
}
