//! What a slip of the hand looks like, and the lines where near names are different people.

use super::super::variants;
use super::words::words;
use crate::text::Span;

/// Whether `written` is `meant` with one of the slips a hand makes: two letters swapped, a letter
/// doubled or dropped, one vowel for another, or a romanisation variant. A different consonant
/// usually means a different word (Tony and Tory, Obama and Osama, Davis and David).
pub(in crate::article::people) fn is_slip(meant: &str, written: &str) -> bool {
    if variants::transliteration_key(meant) == variants::transliteration_key(written) {
        return true;
    }
    let a: Vec<char> = variants::fold(meant).chars().collect();
    let b: Vec<char> = variants::fold(written).chars().collect();
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    match b.len() as isize - a.len() as isize {
        0 => {
            let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
            match diff.as_slice() {
                [i] => vowel(a[*i]) && vowel(b[*i]),
                [i, j] => *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i],
                _ => false,
            }
        }
        1 => (0..b.len()).any(|i| {
            let doubled = (i > 0 && b[i - 1] == b[i]) || b.get(i + 1) == Some(&b[i]);
            doubled && b[..i].iter().chain(&b[i + 1..]).eq(a.iter())
        }),
        -1 => (0..a.len()).any(|i| a[..i].iter().chain(&a[i + 1..]).eq(b.iter())),
        _ => false,
    }
}

/// A line that is mostly capitalised words between commas: a line-up or a roll call, where
/// near names of different people stand side by side (Horan and Horgan, Masi and Maso).
pub(super) fn is_line_up(line: &str) -> bool {
    let commas = line.matches([',', ';']).count();
    let (mut upper, mut lower) = (0, 0);
    for (_, w) in words(line) {
        if w.starts_with(char::is_uppercase) {
            upper += 1;
        } else {
            lower += 1;
        }
    }
    commas >= 3 && upper > lower
}

/// The line holding `span`, looked for back to `from` at the furthest (the start of the prose,
/// or a line break before the span).
pub(super) fn line_around(prose: &str, span: Span, from: usize) -> Span {
    let start = prose
        .get(from..span.start)
        .and_then(|r| r.rfind('\n'))
        .map_or(from, |i| from + i + 1);
    let end = prose
        .get(span.end..)
        .and_then(|r| r.find('\n'))
        .map_or(prose.len(), |i| span.end + i);
    Span::new(start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_is_read_back_to_the_line_before() {
        let text = "Sheahan, Horan\nMiller, Horgan, Foley\nend";
        let horgan = Span::new(23, 29);
        assert_eq!(horgan.slice(text), "Horgan");
        let line = Span::new(15, 36);
        assert_eq!(line_around(text, horgan, 0), line);
        assert_eq!(line_around(text, horgan, 14), line);
        assert_eq!(line.slice(text), "Miller, Horgan, Foley");
    }

    #[test]
    fn slips_are_swaps_doublings_drops_and_vowels() {
        assert!(is_slip("Trump", "Trmup"));
        assert!(is_slip("Charap", "Charapp"));
        assert!(is_slip("Illinois", "Illnois"));
        assert!(is_slip("Trump", "Trimp"));
        assert!(!is_slip("Tory", "Tony"));
        assert!(!is_slip("Bush", "Busch"));
    }
}
