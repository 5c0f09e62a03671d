//! Finding and pairing quotation marks, paragraph by paragraph, in one linear pass.
//!
//! Only marks of the draft's speech-carrying weight (`DraftMarks::primary`) open and close
//! quotations: in double-mark copy single marks are nested quotes, headline quotes or
//! apostrophes (don’t, the ’90s, Jones’ car, rock ’n’ roll), and none of them can unbalance a
//! quotation; in single-mark copy double marks nest, and `single` tells quotation marks from
//! apostrophes. A mark closes the open quote only when `text::closes` pairs it with the opening
//! one; a guillemet inside a quote opened with another family (or the reverse) is a nested
//! quote. An opening mark while a quote is open, after the end of a sentence, is a continuation
//! boundary: wire and BBC copy merge the paragraphs of one quotation (`…26 weeks. "We are
//! going…`). An unclosed quote whose next paragraph opens with a mark continues there.

mod double;
pub(super) mod single;

use super::style::DraftMarks;
use super::{StrayKind, StrayMark};
use crate::article::structure::{ParagraphKind, Structure};
use crate::text::{lead_bytes, quote_mark_at, Facing, Family, QuoteMark, Span, Weight};

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

/// A mark of the nested weight of the given facing: in double-mark copy `‘"…` opens a quote
/// nested the other way round, `…’"` closes one.
fn is_nested_mark(c: char, nested: Weight, may: fn(QuoteMark) -> bool) -> bool {
    crate::text::quote_mark(c).is_some_and(|mark| mark.weight == nested && may(mark))
}

/// What may stand before an opening mark: white space, an opening bracket or dash, or an
/// opening mark of a nested quote.
fn is_opening_context(c: Option<char>, nested: Weight) -> bool {
    c.is_none_or(|c| {
        c.is_whitespace()
            || is_nested_mark(c, nested, QuoteMark::may_open)
            || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | '…')
    })
}

/// What may stand after a closing mark.
fn is_closing_context(c: Option<char>, nested: Weight) -> bool {
    c.is_none_or(|c| {
        c.is_whitespace()
            || is_nested_mark(c, nested, QuoteMark::may_close)
            || matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '-' | '…'
            )
    })
}

/// The first bytes in UTF-8 of the marks of each weight (`"`, E2 for the curly and low ones,
/// C2 for « »; `'` and E2 for the single ones).
const DOUBLE_LEADS: [Option<u8>; 3] = lead_bytes(Weight::Double);
const SINGLE_LEADS: [Option<u8>; 3] = lead_bytes(Weight::Single);

/// The next byte at or after `from` that may start a mark of a weight. Every byte of the draft
/// passes through here, so it is searched for many bytes at a time.
pub(super) fn next_mark_byte(bytes: &[u8], from: usize, leads: [Option<u8>; 3]) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let offset = match leads {
        [Some(a), None, _] => memchr::memchr(a, rest),
        [Some(a), Some(b), None] => memchr::memchr2(a, b, rest),
        [Some(a), Some(b), Some(c)] => memchr::memchr3(a, b, c, rest),
        [None, ..] => None,
    }?;
    Some(from + offset)
}

/// A quotation mark found in a paragraph's text.
pub(super) struct FoundMark {
    /// Byte offset in the paragraph's text.
    at: usize,
    c: char,
    /// As the draft uses it: guillemets face the draft's way.
    mark: QuoteMark,
}

/// The next mark of `weight` at or after `from`, as typeset: a lead byte found by
/// `next_mark_byte`, and the character there asked of `quote_mark`.
fn next_mark(text: &str, from: usize, weight: Weight) -> Option<FoundMark> {
    let leads = match weight {
        Weight::Double => DOUBLE_LEADS,
        Weight::Single => SINGLE_LEADS,
    };
    let mut at = from;
    while let Some(i) = next_mark_byte(text.as_bytes(), at, leads) {
        if let Some((c, mark)) = quote_mark_at(text, i).filter(|(_, mark)| mark.weight == weight) {
            if is_doubled(text, i, c, mark) {
                // `''` (`’’` once typeset) stands for a double mark, nested in single-mark copy.
                at = i + 2 * c.len_utf8();
                continue;
            }
            return Some(FoundMark { at: i, c, mark });
        }
        at = i + 1;
    }
    None
}

/// Two single marks in a row, drawn alike, at byte `at`: `''`, `’’`, `‘‘` stand for a double
/// mark, as some archives set one.
pub(super) fn is_doubled(text: &str, at: usize, c: char, mark: QuoteMark) -> bool {
    mark.weight == Weight::Single
        && mark.family != Family::Guillemet
        && text[at + c.len_utf8()..].starts_with(c)
}

/// The first mark at the start of a paragraph opens a quote.
fn opens_with_mark(prose: &str, paragraph: Span, marks: DraftMarks) -> bool {
    let text = paragraph.slice(prose).trim_start();
    let mut chars = text.chars();
    let Some((c, mark)) = chars.next().and_then(|c| Some((c, marks.read(c)?))) else {
        return false;
    };
    if mark.weight != marks.primary {
        return false;
    }
    match (marks.primary, mark.facing) {
        (Weight::Single, _) => single::role(text, 0, c, mark) == single::Role::Opens,
        (Weight::Double, Facing::Opening) => true,
        (Weight::Double, Facing::Straight) => !chars.next().is_some_and(char::is_whitespace),
        (Weight::Double, Facing::Closing) => false,
    }
}

/// The paragraph's text before a mark ends a sentence (or introduces one), so a new opening mark
/// there starts a new quotation rather than closing the open one.
fn after_sentence_end(before: &str, nested: Weight) -> bool {
    let before = before.trim_end();
    // A sentence that ends inside a nested quote: `… he told me ‘we’re done.’ “…`. After a
    // straight nested mark only a full stop counts (as it always has: `saying 'why?'"` closes).
    let nested_end = match before
        .chars()
        .next_back()
        .map(|c| (c, crate::text::quote_mark(c)))
    {
        Some((c, Some(mark))) if mark.weight == nested && mark.may_close() => {
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

/// What a mark does, once its flanks and the open quote have been weighed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Turn {
    Opens,
    Closes,
}

fn is_guillemet(c: char) -> bool {
    crate::text::quote_mark(c).is_some_and(|mark| mark.family == Family::Guillemet)
}

/// A quote open at some point of a paragraph.
#[derive(Clone, Copy)]
struct OpenQuote {
    /// Index into the quotes paired so far.
    quote: usize,
    /// The mark that opened it, which decides the marks that close it.
    opener: char,
    /// It opened a sentence (at the paragraph's start, after a sentence's end or a colon): a
    /// whole-sentence quote, which ends with the sentence's punctuation, not on a bare word.
    whole_sentence: bool,
}

/// The paragraph being paired: where it is, and the quotes open while it is read.
struct Reading {
    index: usize,
    span: Span,
    /// The quote open at this point of the paragraph.
    open: Option<OpenQuote>,
    /// The previous paragraph's open quote, which the paragraph's first opening mark continues.
    carried: Option<usize>,
    /// What lies ahead of a single mark after a plural, remembered along the paragraph.
    ahead: single::Ahead,
}

/// The marks paired so far, paragraph by paragraph.
struct Pairing<'s> {
    structure: &'s Structure,
    marks: DraftMarks,
    quotes: Vec<Paired>,
    strays: Vec<StrayMark>,
    /// The quote left open at the end of the previous paragraph, waiting for a continuation.
    pending: Option<usize>,
}

pub fn pair(structure: &Structure, marks: DraftMarks) -> (Vec<Paired>, Vec<StrayMark>) {
    let mut pairing = Pairing {
        structure,
        marks,
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
        let next_paragraph_continues =
            self.marks.primary == Weight::Single && self.continues_into(index + 1);
        let mut reading = Reading {
            index,
            span,
            open: None,
            carried: self.pending.take(),
            ahead: single::Ahead::new(next_paragraph_continues),
        };
        let mut from = 0;
        while let Some(mut found) = next_mark(text, from, self.marks.primary) {
            from = found.at + found.c.len_utf8();
            found.mark = self.marks.read(found.c).unwrap_or(found.mark);
            if let Some(turn) = self.turn(text, &found, &mut reading) {
                self.mark(&mut reading, text, &found, turn);
            }
        }
        if let Some(q) = reading.carried {
            // The previous paragraph's quote did not continue here after all.
            self.never_closed(q);
        }
        if let Some(OpenQuote { quote: current, .. }) = reading.open {
            if self.continues_into(index + 1) {
                self.pending = Some(current);
            } else {
                self.never_closed(current);
            }
        }
    }

    /// Whether paragraph `index` opens with a mark, continuing a quote left open before it.
    fn continues_into(&self, index: usize) -> bool {
        self.structure.paragraphs.get(index).is_some_and(|p| {
            p.kind != ParagraphKind::Subhead
                && opens_with_mark(self.structure.prose.as_str(), p.span, self.marks)
        })
    }

    /// What the mark `found` does in a paragraph's `text`, given the quote open there: `None`
    /// when it is no quotation mark at all (an apostrophe, an inch mark) or a nested quote's.
    fn turn(&self, text: &str, found: &FoundMark, reading: &mut Reading) -> Option<Turn> {
        if let Some(OpenQuote { opener, .. }) = reading.open {
            if is_guillemet(opener) != is_guillemet(found.c) {
                return None;
            }
            if found.mark.facing == Facing::Opening && crate::text::closes(opener, found.c) {
                // „…“: a high opening mark closes a low one.
                return Some(Turn::Closes);
            }
        }
        let open = reading.open.is_some();
        match self.marks.primary {
            Weight::Double => double::turn(text, found, open),
            Weight::Single => {
                let open = reading.open.map(|q| single::Open {
                    whole_sentence: q.whole_sentence,
                });
                single::turn(text, found, open, &mut reading.ahead)
            }
        }
    }

    /// Records what one mark does: opens a quote (or a continuation), closes one, or strays.
    fn mark(&mut self, reading: &mut Reading, text: &str, found: &FoundMark, turn: Turn) {
        let at = reading.span.start + found.at;
        let mark = Span::new(at, at + found.c.len_utf8());
        match (turn, reading.open) {
            (Turn::Opens, Some(OpenQuote { quote: current, .. })) => {
                // A continuation boundary inside a merged paragraph.
                self.quotes[current].end = reading.span.start + text[..found.at].trim_end().len();
                self.open(reading, mark, found.c, Some(current), true);
            }
            (Turn::Opens, None) => {
                let continues = reading.carried.take();
                let before = &text[..found.at];
                let nested = match self.marks.primary {
                    Weight::Double => Weight::Single,
                    Weight::Single => Weight::Double,
                };
                let whole_sentence = before.trim().is_empty() || after_sentence_end(before, nested);
                self.open(reading, mark, found.c, continues, whole_sentence);
            }
            (Turn::Closes, Some(OpenQuote { quote: current, .. })) => {
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

    fn open(
        &mut self,
        reading: &mut Reading,
        mark: Span,
        opener: char,
        continues: Option<usize>,
        whole_sentence: bool,
    ) {
        self.quotes.push(Paired {
            open: mark,
            close: None,
            end: reading.span.end,
            paragraph: reading.index,
            continues,
        });
        reading.open = Some(OpenQuote {
            quote: self.quotes.len() - 1,
            opener,
            whole_sentence,
        });
    }
}

#[cfg(test)]
mod tests;
