//! Double marks as quotation marks, in copy that quotes in double marks (single marks nested).
//! A straight `"` is read by what flanks it; after a digit with no quote open it is an inch mark
//! (6'2"); between a letter and a contraction it was typed for an apostrophe (`don"t`).

use super::{after_sentence_end, is_closing_context, is_opening_context, FoundMark, Turn};
use crate::text::{Facing, QuoteMark, Weight};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Direction {
    Open,
    Close,
    /// A straight mark with letters (or spaces) on both sides.
    Either,
}

/// Which way a double mark turns: as typeset, or for a straight mark, by what flanks it.
fn direction(mark: QuoteMark, before: Option<char>, after: Option<char>) -> Direction {
    match mark.facing {
        Facing::Opening => Direction::Open,
        Facing::Closing => Direction::Close,
        Facing::Straight => match (
            is_opening_context(before, Weight::Single),
            is_closing_context(after, Weight::Single),
        ) {
            (true, false) => Direction::Open,
            (false, true) => Direction::Close,
            _ => Direction::Either,
        },
    }
}

/// `don"t`, `it"s`: a double mark typed for an apostrophe, between a letter and a contraction.
fn is_typed_apostrophe(before: Option<char>, after: &str) -> bool {
    let ending = after
        .find(|c: char| !c.is_alphabetic())
        .map_or(after, |end| &after[..end]);
    before.is_some_and(char::is_alphabetic)
        && matches!(ending, "t" | "s" | "ll" | "re" | "ve" | "d" | "m")
}

/// `6'2` before a `"`: feet and inches, even inside a quote.
fn is_feet_and_inches(before: &str) -> bool {
    let feet = before.trim_end_matches(|c: char| c.is_ascii_digit());
    let Some(number) = feet.strip_suffix(['\'', '′']) else {
        return false;
    };
    feet.len() < before.len() && number.ends_with(|c: char| c.is_ascii_digit())
}

/// What the double mark `found` does in a paragraph's `text`, given whether a quote is open
/// there: `None` when it is no quotation mark at all (a typed apostrophe, an inch mark).
pub(super) fn turn(text: &str, found: &FoundMark, open: bool) -> Option<Turn> {
    let i = found.at;
    let before = text[..i].chars().next_back();
    let after = text[i + found.c.len_utf8()..].chars().next();
    let straight = found.mark.facing == Facing::Straight;
    if straight && is_typed_apostrophe(before, &text[i + 1..]) {
        return None;
    }
    if straight
        && before.is_some_and(|b| b.is_ascii_digit())
        && (!open || is_feet_and_inches(&text[..i]))
    {
        // 6'2", a 12" record: an inch mark.
        return None;
    }
    // `“It's unusual,“ said Noble`: an opening mark typed for the closing one, right after the
    // quote's own punctuation and before a space, while a quote is open.
    let typed_the_wrong_way = open
        && found.mark.facing == Facing::Opening
        && before.is_some_and(|b| matches!(b, ',' | '.' | '?' | '!'))
        && after.is_none_or(char::is_whitespace);
    if typed_the_wrong_way {
        return Some(Turn::Closes);
    }
    let turn = match direction(found.mark, before, after) {
        Direction::Open => Turn::Opens,
        Direction::Close => Turn::Closes,
        Direction::Either if open => Turn::Closes,
        Direction::Either => Turn::Opens,
    };
    // A straight mark inside an open quote closes it, unless a sentence ended before it.
    if turn == Turn::Opens && open && straight && !after_sentence_end(&text[..i], Weight::Single) {
        return Some(Turn::Closes);
    }
    Some(turn)
}
