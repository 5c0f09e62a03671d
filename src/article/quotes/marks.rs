//! Finding and pairing double quotation marks, paragraph by paragraph, in one linear pass.
//!
//! Only double marks open and close quotations: single marks are nested quotes, headline quotes
//! or apostrophes (don’t, the ’90s, Jones’ car, rock ’n’ roll), and none of them can unbalance
//! a quotation. A straight `"` is read by what flanks it; after a digit with no quote open it is
//! an inch mark (6'2"). An opening mark while a quote is open, after the end of a sentence, is a
//! continuation boundary: wire and BBC copy merge the paragraphs of one quotation (`…26 weeks.
//! "We are going…`). An unclosed quote whose next paragraph opens with a mark continues there.

use super::{StrayKind, StrayMark};
use crate::article::structure::{ParagraphKind, Structure};
use crate::text::{lead_bytes, quote_mark_at, Facing, QuoteMark, Span, Weight};

/// A pair of marks before classification and attribution.
#[derive(Clone, Debug)]
pub struct Paired {
    pub open: Span,
    pub close: Option<Span>,
    /// Where the quote ends: after the closing mark, or at the end of its text if unclosed.
    pub end: usize,
    pub paragraph: usize,
    /// The raw quote this one continues.
    pub continues: Option<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Direction {
    Open,
    Close,
    /// A straight mark with letters (or spaces) on both sides.
    Either,
}

/// A single mark of the given facing: `‘"…` opens a quote nested the other way round, `…’"`
/// closes one.
fn is_single_mark(c: char, may: fn(QuoteMark) -> bool) -> bool {
    crate::text::quote_mark(c).is_some_and(|mark| mark.is_single() && may(mark))
}

fn is_opening_context(c: Option<char>) -> bool {
    c.is_none_or(|c| {
        c.is_whitespace()
            || is_single_mark(c, QuoteMark::may_open)
            || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | '…')
    })
}

fn is_closing_context(c: Option<char>) -> bool {
    c.is_none_or(|c| {
        c.is_whitespace()
            || is_single_mark(c, QuoteMark::may_close)
            || matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '-' | '…'
            )
    })
}

/// Which way a double mark turns: as typeset, or for a straight mark, by what flanks it.
fn direction(mark: QuoteMark, before: Option<char>, after: Option<char>) -> Direction {
    match mark.facing {
        Facing::Opening => Direction::Open,
        Facing::Closing => Direction::Close,
        Facing::Straight => match (is_opening_context(before), is_closing_context(after)) {
            (true, false) => Direction::Open,
            (false, true) => Direction::Close,
            _ => Direction::Either,
        },
    }
}

/// The first bytes of the double marks in UTF-8 (`"`, and E2 for the curly ones).
const DOUBLE_LEADS: [Option<u8>; 3] = lead_bytes(Weight::Double);

/// The next byte at or after `from` that may start a double mark. Every byte of the draft
/// passes through here, so it is searched for many bytes at a time (the match on the constant
/// leads is settled when compiling).
fn next_mark_byte(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let offset = match DOUBLE_LEADS {
        [Some(a), None, _] => memchr::memchr(a, rest),
        [Some(a), Some(b), None] => memchr::memchr2(a, b, rest),
        [Some(a), Some(b), Some(c)] => memchr::memchr3(a, b, c, rest),
        [None, ..] => None,
    }?;
    Some(from + offset)
}

/// A double quotation mark found in a paragraph's text.
struct DoubleMark {
    /// Byte offset in the paragraph's text.
    at: usize,
    c: char,
    mark: QuoteMark,
}

/// The next double quotation mark (`"`, `“`, `”`, `„`) at or after `from`: a lead byte found
/// by `next_mark_byte`, and the character there asked of `quote_mark`.
fn next_double_mark(text: &str, from: usize) -> Option<DoubleMark> {
    let mut at = from;
    while let Some(i) = next_mark_byte(text.as_bytes(), at) {
        if let Some((c, mark)) = quote_mark_at(text, i).filter(|(_, mark)| mark.is_double()) {
            return Some(DoubleMark { at: i, c, mark });
        }
        at = i + 1;
    }
    None
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

/// The first double mark at the start of a paragraph opens a quote.
fn opens_with_mark(prose: &str, paragraph: Span) -> bool {
    let mut chars = paragraph.slice(prose).trim_start().chars();
    let first = chars.next().and_then(crate::text::quote_mark);
    match first {
        Some(mark) if mark.is_double() => match mark.facing {
            Facing::Opening => true,
            Facing::Straight => !chars.next().is_some_and(char::is_whitespace),
            Facing::Closing => false,
        },
        _ => false,
    }
}

/// The paragraph's text before a mark ends a sentence (or introduces one), so a new opening mark
/// there starts a new quotation rather than closing the open one.
fn after_sentence_end(before: &str) -> bool {
    let before = before.trim_end();
    // A sentence that ends inside a nested quote: `… he told me ‘we’re done.’ “…`. After a
    // straight single mark only a full stop counts (as it always has: `saying 'why?'"` closes).
    let nested_end = match before
        .chars()
        .next_back()
        .map(|c| (c, crate::text::quote_mark(c)))
    {
        Some((c, Some(mark))) if mark.is_single() && mark.may_close() => {
            let inside = &before[..before.len() - c.len_utf8()];
            match mark.facing {
                Facing::Straight => inside.ends_with('.'),
                _ => inside.ends_with(['.', '!', '?']),
            }
        }
        _ => false,
    };
    before.ends_with(['.', '!', '?', ':', '…', '—']) || nested_end
}

/// What a double mark does, once its flanks and the open quote have been weighed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Turn {
    Opens,
    Closes,
}

/// What the double mark `found` does in a paragraph's `text`, given whether a quote is open
/// there: `None` when it is no quotation mark at all (a typed apostrophe, an inch mark).
fn turn(text: &str, found: &DoubleMark, open: bool) -> Option<Turn> {
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
    let turn = match direction(found.mark, before, after) {
        Direction::Open => Turn::Opens,
        Direction::Close => Turn::Closes,
        Direction::Either if open => Turn::Closes,
        Direction::Either => Turn::Opens,
    };
    // A straight mark inside an open quote closes it, unless a sentence ended before it.
    if turn == Turn::Opens && open && straight && !after_sentence_end(&text[..i]) {
        return Some(Turn::Closes);
    }
    Some(turn)
}

/// The marks paired so far, paragraph by paragraph.
struct Pairing<'s> {
    structure: &'s Structure,
    quotes: Vec<Paired>,
    strays: Vec<StrayMark>,
    /// The quote left open at the end of the previous paragraph, waiting for a continuation.
    pending: Option<usize>,
}

/// The paragraph being paired: where it is, and the quotes open while it is read.
struct Reading {
    index: usize,
    span: Span,
    /// The quote open at this point of the paragraph.
    open: Option<usize>,
    /// The previous paragraph's open quote, which the paragraph's first opening mark continues.
    carried: Option<usize>,
}

pub fn pair(structure: &Structure) -> (Vec<Paired>, Vec<StrayMark>) {
    let mut pairing = Pairing {
        structure,
        quotes: Vec::new(),
        strays: Vec::new(),
        pending: None,
    };
    for (index, paragraph) in structure.paragraphs.iter().enumerate() {
        if paragraph.kind == ParagraphKind::Subhead {
            // A subhead ends any quotation.
            if let Some(q) = pairing.pending.take() {
                pairing.never_closed(q);
            }
            continue;
        }
        pairing.paragraph(index, paragraph.span);
    }
    if let Some(q) = pairing.pending.take() {
        pairing.never_closed(q);
    }
    let Pairing {
        quotes, mut strays, ..
    } = pairing;
    strays.sort_by_key(|s| s.span.start);
    (quotes, strays)
}

impl Pairing<'_> {
    fn never_closed(&mut self, q: usize) {
        self.strays.push(StrayMark {
            span: self.quotes[q].open,
            kind: StrayKind::NeverClosed,
            quote: Some(q),
        });
    }

    /// Pairs the marks of one paragraph, and decides what becomes of a quote left open in it.
    fn paragraph(&mut self, index: usize, span: Span) {
        let prose = self.structure.prose.as_str();
        let Some(text) = prose.get(span.start..span.end) else {
            return;
        };
        let mut reading = Reading {
            index,
            span,
            open: None,
            carried: self.pending.take(),
        };
        let mut from = 0;
        while let Some(found) = next_double_mark(text, from) {
            from = found.at + found.c.len_utf8();
            if let Some(turn) = turn(text, &found, reading.open.is_some()) {
                self.mark(&mut reading, text, &found, turn);
            }
        }
        if let Some(q) = reading.carried {
            // The previous paragraph's quote did not continue here after all.
            self.never_closed(q);
        }
        if let Some(current) = reading.open {
            let next = self.structure.paragraphs.get(index + 1);
            let continues = next.is_some_and(|p| {
                p.kind != ParagraphKind::Subhead && opens_with_mark(prose, p.span)
            });
            if continues {
                self.pending = Some(current);
            } else {
                self.never_closed(current);
            }
        }
    }

    /// Records what one mark does: opens a quote (or a continuation), closes one, or strays.
    fn mark(&mut self, reading: &mut Reading, text: &str, found: &DoubleMark, turn: Turn) {
        let at = reading.span.start + found.at;
        let mark = Span::new(at, at + found.c.len_utf8());
        match (turn, reading.open) {
            (Turn::Opens, Some(current)) => {
                // A continuation boundary inside a merged paragraph.
                self.quotes[current].end = reading.span.start + text[..found.at].trim_end().len();
                self.open(reading, mark, Some(current));
            }
            (Turn::Opens, None) => {
                let continues = reading.carried.take();
                self.open(reading, mark, continues);
            }
            (Turn::Closes, Some(current)) => {
                self.quotes[current].close = Some(mark);
                self.quotes[current].end = mark.end;
                reading.open = None;
            }
            (Turn::Closes, None) => self.strays.push(StrayMark {
                span: mark,
                kind: StrayKind::NeverOpened,
                quote: None,
            }),
        }
    }

    fn open(&mut self, reading: &mut Reading, mark: Span, continues: Option<usize>) {
        self.quotes.push(Paired {
            open: mark,
            close: None,
            end: reading.span.end,
            paragraph: reading.index,
            continues,
        });
        reading.open = Some(self.quotes.len() - 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::structure::{self, Format};

    #[test]
    fn mark_bytes_are_found_as_a_byte_by_byte_scan_finds_them() {
        let text = "He said: “It’s done,” and then \"left\" — twelve bytes of plain text here\"";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() + 1 {
            let scan = bytes
                .get(from..)
                .and_then(|rest| rest.iter().position(|&b| DOUBLE_LEADS.contains(&Some(b))))
                .map(|i| from + i);
            assert_eq!(next_mark_byte(bytes, from), scan, "from {from}");
        }
    }

    fn quoted(draft: &str) -> (Vec<String>, Vec<(StrayKind, usize)>) {
        let s = structure::parse(draft, Format::PlainText);
        let (quotes, strays) = pair(&s);
        (
            quotes
                .iter()
                .map(|q| draft[q.open.start..q.end].to_string())
                .collect(),
            strays.iter().map(|m| (m.kind, m.span.start)).collect(),
        )
    }

    #[test]
    fn curly_and_straight_marks_pair_within_a_paragraph() {
        let (quotes, strays) =
            quoted("Headline\n\n“We are ready,” she said. \"So are we,\" he said.\n");
        assert_eq!(quotes, vec!["“We are ready,”", "\"So are we,\""]);
        assert!(strays.is_empty());
    }

    #[test]
    fn apostrophes_and_inch_marks_are_not_quotes() {
        let (quotes, strays) = quoted("Headline\n\nThe ’90s were rock ’n’ roll for O’Brien, a 6'2\" guard, and Jones’ car. \"Don't, we don\"t,\" he said.\n");
        assert_eq!(quotes, vec!["\"Don't, we don\"t,\""]);
        assert!(strays.is_empty());
    }

    #[test]
    fn merged_paragraphs_of_one_quote_continue_at_the_new_mark() {
        let (quotes, strays) = quoted("Headline\n\nMs Hewitt said: \"We doubled it to 26 weeks. \"We are going to extend it.\" She said more.\n");
        assert_eq!(
            quotes,
            vec![
                "\"We doubled it to 26 weeks.",
                "\"We are going to extend it.\""
            ]
        );
        assert!(strays.is_empty());
    }

    #[test]
    fn a_quote_continues_into_the_next_paragraph_that_opens_with_a_mark() {
        let (quotes, strays) = quoted("Headline\n\n\"We knew the levee was weak,\" Ortiz said. \"We told the state.\n\n\"Nobody came.\"\n");
        assert_eq!(quotes.len(), 3);
        assert!(strays.is_empty());
    }

    #[test]
    fn an_unclosed_quote_and_a_lone_closing_mark_are_strays() {
        let (_, strays) =
            quoted("Headline\n\n“We knew, Ortiz said.\n\nNobody came.” Then it rained.\n");
        assert_eq!(
            strays.iter().map(|s| s.0).collect::<Vec<_>>(),
            vec![StrayKind::NeverClosed, StrayKind::NeverOpened]
        );
    }

    /// Each quote as paired, and the quote it continues (by index), if any.
    fn chained(draft: &str) -> Vec<(String, Option<usize>)> {
        let s = structure::parse(draft, Format::PlainText);
        pair(&s)
            .0
            .iter()
            .map(|q| (draft[q.open.start..q.end].to_string(), q.continues))
            .collect()
    }

    #[test]
    fn a_low_mark_opens_a_quote() {
        let (quotes, strays) = quoted("Headline\n\n„We can do this,” Merkel said.\n");
        assert_eq!(quotes, vec!["„We can do this,”"]);
        assert!(strays.is_empty());
        // Today's reading: “ always opens, so German „…“ is read as two quotes, the second
        // continuing the first.
        let (quotes, _) = quoted("Headline\n\n„Wir schaffen das“, sagte Merkel.\n");
        assert_eq!(quotes, vec!["„Wir schaffen das", "“, sagte Merkel."]);
    }

    #[test]
    fn inch_marks_after_digits_open_no_quote() {
        let (quotes, strays) = quoted("Headline\n\nHe is 6'2\" and plays on a 12\" board.\n");
        assert!(quotes.is_empty());
        assert!(strays.is_empty());
        // Inside a quote, feet and inches still measure; a bare 12" closes the quote.
        let (quotes, _) =
            quoted("Headline\n\n\"He is 6'2\" tall,\" she said. \"Call it 12\" he said.\n");
        assert_eq!(quotes, vec!["\"He is 6'2\" tall,\"", "\"Call it 12\""]);
    }

    #[test]
    fn a_double_mark_typed_for_an_apostrophe_is_skipped() {
        let (quotes, strays) =
            quoted("Headline\n\n\"We can\"t, it\"s late, they\"re gone,\" he said.\n");
        assert_eq!(quotes, vec!["\"We can\"t, it\"s late, they\"re gone,\""]);
        assert!(strays.is_empty());
    }

    #[test]
    fn an_unclosed_quote_continues_into_each_paragraph_that_opens_with_a_mark() {
        assert_eq!(
            chained("Headline\n\n“We told the state.\n\n“Nobody came.\n\n“Then it rained.”\n"),
            vec![
                ("“We told the state.".to_string(), None),
                ("“Nobody came.".to_string(), Some(0)),
                ("“Then it rained.”".to_string(), Some(1)),
            ]
        );
        // A straight mark followed by a space does not open the next paragraph's quote.
        let (_, strays) = quoted("Headline\n\n\"We told the state.\n\n\" is all he said.\n");
        assert_eq!(strays.first().map(|s| s.0), Some(StrayKind::NeverClosed));
    }

    #[test]
    fn a_subhead_ends_a_quotation_left_open() {
        let (quotes, strays) =
            quoted("Headline\n\n“We told the state.\n\nWHAT CAME NEXT\n\n“Nobody came.”\n");
        assert_eq!(quotes.len(), 2);
        assert_eq!(strays, vec![(StrayKind::NeverClosed, 10)]);
    }

    #[test]
    fn a_straight_mark_after_a_nested_quote_ends_its_sentence_or_not() {
        // `.’` ends the sentence: the next straight mark opens a new quote (a continuation).
        let (quotes, _) =
            quoted("Headline\n\n\"He told me ‘we are done.’ \"Then he left,\" she said.\n");
        assert_eq!(quotes.len(), 2);
        // After a straight `?'` it does not: the next straight mark closes the quote.
        let (quotes, _) =
            quoted("Headline\n\n\"He asked me 'why not?' \"Then he left,\" she said.\n");
        assert_eq!(quotes[0], "\"He asked me 'why not?' \"");
    }
}
