//! The character classes of the dateline grammar, with the Unicode meaning of regular
//! expressions (`\p{Lu}`, `\p{L}`, `\p{M}`, `\d`, `\s`), which differs from `char`'s own tests
//! (`char::is_uppercase` holds Ⓐ, `char::is_numeric` holds Ⅻ).

use regex_syntax::hir::{Class as HirClass, HirKind};
use std::sync::LazyLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// An upper-case letter (`\p{Lu}`).
    Capital,
    /// A lower-case letter (`\p{Ll}`).
    Small,
    /// Any letter, with or without case (`\p{L}`).
    Letter,
    /// A combining mark (`\p{M}`).
    Mark,
    /// A decimal digit of any script (`\p{Nd}`).
    Digit,
    /// White space, line breaks included (`\s`).
    WhiteSpace,
    /// A double quotation mark that may open a quote (`"`, `“`, `„`).
    OpeningDoubleMark,
}

impl Class {
    #[inline]
    pub fn holds(self, c: char) -> bool {
        // Most text is ASCII, where each class is one of `char`'s ASCII tests.
        if c.is_ascii() {
            return match self {
                Class::Capital => c.is_ascii_uppercase(),
                Class::Small => c.is_ascii_lowercase(),
                Class::Letter => c.is_ascii_alphabetic(),
                Class::Mark => false,
                Class::Digit => c.is_ascii_digit(),
                Class::WhiteSpace => c.is_whitespace(),
                Class::OpeningDoubleMark => opens_double_quote(c),
            };
        }
        self.holds_outside_ascii(c)
    }

    fn holds_outside_ascii(self, c: char) -> bool {
        let ranges = match self {
            Class::Capital => &UNICODE.capital,
            Class::Small => &UNICODE.small,
            Class::Letter => &UNICODE.letter,
            Class::Mark => &UNICODE.mark,
            Class::Digit => &UNICODE.digit,
            Class::WhiteSpace => return c.is_whitespace(),
            Class::OpeningDoubleMark => return opens_double_quote(c),
        };
        within(ranges, c)
    }
}

fn opens_double_quote(c: char) -> bool {
    crate::text::is_double_mark(c) && crate::text::may_open_quote(c)
}

/// The Unicode classes as sorted ranges of characters, read from regex-syntax's tables (cheap,
/// unlike compiling them into automata).
struct UnicodeClasses {
    capital: Vec<(char, char)>,
    small: Vec<(char, char)>,
    letter: Vec<(char, char)>,
    mark: Vec<(char, char)>,
    digit: Vec<(char, char)>,
}

static UNICODE: LazyLock<UnicodeClasses> = LazyLock::new(|| UnicodeClasses {
    capital: ranges_of(r"\p{Lu}"),
    small: ranges_of(r"\p{Ll}"),
    letter: ranges_of(r"\p{L}"),
    mark: ranges_of(r"\p{M}"),
    digit: ranges_of(r"\d"),
});

fn ranges_of(class: &str) -> Vec<(char, char)> {
    match regex_syntax::parse(class).map(|hir| hir.into_kind()) {
        Ok(HirKind::Class(HirClass::Unicode(ranges))) => ranges
            .ranges()
            .iter()
            .map(|range| (range.start(), range.end()))
            .collect(),
        _ => Vec::new(),
    }
}

fn within(ranges: &[(char, char)], c: char) -> bool {
    let after = ranges.partition_point(|&(_, last)| last < c);
    ranges.get(after).is_some_and(|&(first, _)| first <= c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_read_as_regular_expressions_do() {
        assert!(Class::Capital.holds('É') && !Class::Capital.holds('Ⓐ'));
        assert!(Class::Small.holds('ü') && !Class::Small.holds('Q'));
        assert!(Class::Letter.holds('東') && !Class::Letter.holds('\u{301}'));
        assert!(Class::Mark.holds('\u{301}') && !Class::Mark.holds('e'));
        assert!(Class::Digit.holds('٣') && !Class::Digit.holds('Ⅻ'));
        assert!(Class::WhiteSpace.holds('\n') && Class::WhiteSpace.holds('\u{a0}'));
        assert!(Class::OpeningDoubleMark.holds('“') && !Class::OpeningDoubleMark.holds('”'));
    }
}
