//! Byte spans and the conversions between byte offsets and line/column positions.
//!
//! Everything inside copydesk speaks in byte offsets into the UTF-8 text. Line and column
//! positions (in UTF-8 bytes, UTF-16 code units or Unicode scalar values) exist only at the
//! edges: the CLI's output and the language server. Conversions clamp instead of panicking,
//! because positions come from editors and people.

mod line_index;
mod packed_words;
mod quote_marks;

pub use line_index::{with_lone_returns_as_newlines, Encoding, LineCol, LineIndex};
pub use packed_words::PackedWords;
pub use quote_marks::{
    closes, is_apostrophe, is_double_mark, is_quote_mark, lead_bytes, mark_of, may_close_quote,
    may_open_double, may_open_quote, quote_mark, quote_mark_at, quoted_words, restyled, Facing,
    Family, QuoteMark, Weight, QUOTE_MARKS,
};

/// Bytes of a typical line of a draft, with its line break: lists of lines are sized by it.
pub const TYPICAL_LINE: usize = 64;

/// A half-open byte range `[start, end)` into a text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub const fn empty(at: usize) -> Span {
        Span { start: at, end: at }
    }

    pub const fn len(self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub const fn contains(self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    /// True when `offset` lies inside the span or touches its end, as an editor cursor does.
    pub const fn touches(self, offset: usize) -> bool {
        self.start <= offset && offset <= self.end
    }

    pub const fn contains_span(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The text under the span, or "" when the span does not fit the text.
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    pub fn shifted(self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(range: std::ops::Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

/// Spans asked many times whether any of them contains, or overlaps, another span: sorted
/// by start, with the furthest end reached so far, each answer is a binary search rather than
/// a scan of them all (a long draft has thousands of quotes and mentions).
#[derive(Clone, Debug, Default)]
pub struct SpanIndex {
    starts: Vec<usize>,
    furthest_end: Vec<usize>,
}

impl FromIterator<Span> for SpanIndex {
    fn from_iter<I: IntoIterator<Item = Span>>(spans: I) -> SpanIndex {
        let mut spans: Vec<Span> = spans.into_iter().collect();
        spans.sort_unstable_by_key(|span| span.start);
        let mut furthest = 0;
        SpanIndex {
            starts: spans.iter().map(|span| span.start).collect(),
            furthest_end: spans
                .iter()
                .map(|span| {
                    furthest = furthest.max(span.end);
                    furthest
                })
                .collect(),
        }
    }
}

impl SpanIndex {
    /// Whether some span `s` has `s.contains_span(span)`.
    pub fn any_contains(&self, span: Span) -> bool {
        let before = self.starts.partition_point(|&start| start <= span.start);
        before > 0 && self.furthest_end[before - 1] >= span.end
    }

    /// Whether some span `s` has `s.overlaps(span)`.
    pub fn any_overlaps(&self, span: Span) -> bool {
        let before = self.starts.partition_point(|&start| start < span.end);
        before > 0 && self.furthest_end[before - 1] > span.start
    }
}

/// White space as `char::is_whitespace` has it, for an ASCII byte.
pub fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// The character at byte `at` of `text`, read without decoding when it is ASCII, as most of a
/// draft is; `None` at the end or off a character boundary.
pub fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => text.get(at..)?.chars().next(),
    }
}

/// `char::is_alphabetic`, with the punctuation of U+2000..U+206F (curly quotes and apostrophes,
/// dashes), common beside words and all outside the alphabetic tables, answered at once.
pub fn is_letter(c: char) -> bool {
    !matches!(c, '\u{2000}'..='\u{206f}') && c.is_alphabetic()
}

/// `char::is_alphanumeric`, answered at once for the same punctuation as `is_letter`: no digit
/// lies there either.
pub fn is_letter_or_digit(c: char) -> bool {
    !matches!(c, '\u{2000}'..='\u{206f}') && c.is_alphanumeric()
}

/// The end of the run of ASCII letters and digits that starts at byte `from`.
pub fn ascii_alphanumeric_end(bytes: &[u8], from: usize) -> usize {
    run_end(bytes, from, true)
}

/// The end of the run of ASCII letters that starts at byte `from`.
pub fn ascii_alphabetic_end(bytes: &[u8], from: usize) -> usize {
    run_end(bytes, from, false)
}

/// The first byte at or after `from` that lies in the ASCII range `first..=last` (or the end):
/// a scan for a few capitals passes over the rest, and everything beyond ASCII, eight bytes at
/// a time.
pub fn next_ascii_in(bytes: &[u8], from: usize, first: u8, last: u8) -> usize {
    first_of(
        bytes,
        from,
        |word| within(word & !HIGH, first, last) & !(word & HIGH),
        |b| (first..=last).contains(&b),
    )
}

/// `bytes[start..end]` as one number when it is at most fifteen bytes long: the bytes, and their
/// count plus one in the top byte, so that no two such strings pack alike. A short word keyed
/// this way is hashed and compared as one integer, with no string to follow. Read as sixteen
/// bytes at once where the text goes on that far, else built in registers (copying into a
/// buffer and reading it back stalled on every lookup).
pub fn pack_short(bytes: &[u8], start: usize, end: usize) -> Option<u128> {
    let word = bytes.get(start..end)?;
    let len = word.len();
    if len > 15 {
        return None;
    }
    let value = match bytes.get(start..start + 16).map(<[u8; 16]>::try_from) {
        Some(Ok(window)) => {
            u128::from_le_bytes(window) & u128::MAX.checked_shr(128 - 8 * len as u32).unwrap_or(0)
        }
        _ => pack_overlapping(word),
    };
    Some(value | u128::from(len as u8 + 1) << 120)
}

/// Of a word that `pack_short` packed from ASCII letters and digits: how many of its bytes are
/// letters, and whether one is lower case, read eight bytes at a time from the number.
pub fn packed_letters(key: u128) -> (u32, bool) {
    // The top byte holds the length, not a letter of the word.
    let halves = [key as u64, (key >> 64) as u64 & (u64::MAX >> 8)];
    halves.iter().fold((0, false), |(letters, lower), &half| {
        let low = half & !HIGH;
        (
            letters + within(low | (ONES * 0x20), b'a', b'z').count_ones(),
            lower || within(low, b'a', b'z') != 0,
        )
    })
}

/// The bytes of a word of at most fifteen, little-endian, from two reads that overlap: the
/// bytes both reads hold land in the same place, so or-ing them in is harmless.
fn pack_overlapping(word: &[u8]) -> u128 {
    let len = word.len();
    if let (Some(first), Some(last)) = (word.first_chunk::<8>(), word.last_chunk::<8>()) {
        return u128::from(u64::from_le_bytes(*first))
            | u128::from(u64::from_le_bytes(*last)) << (8 * (len - 8));
    }
    if let (Some(first), Some(last)) = (word.first_chunk::<4>(), word.last_chunk::<4>()) {
        return u128::from(
            u64::from(u32::from_le_bytes(*first))
                | u64::from(u32::from_le_bytes(*last)) << (8 * (len - 4)),
        );
    }
    match word {
        [] => 0,
        [first, ..] => {
            let middle = len / 2;
            u128::from(
                u32::from(*first)
                    | u32::from(word[middle]) << (8 * middle)
                    | u32::from(word[len - 1]) << (8 * (len - 1)),
            )
        }
    }
}

/// A key of `pack_short` with its ASCII capitals lowered, or `None` when the word is not all
/// ASCII (whose lower case only `to_lowercase` knows).
pub fn ascii_lowercase_packed(key: u128) -> Option<u128> {
    let (low, high) = (key as u64, (key >> 64) as u64);
    if (low | high) & HIGH != 0 {
        return None;
    }
    // The length in the top byte is at most sixteen, never a capital.
    let lower = |half: u64| half | within(half, b'A', b'Z') >> 2;
    Some(u128::from(lower(low)) | u128::from(lower(high)) << 64)
}

/// `text.trim_end_matches(char::from(byte))` for an ASCII `byte`: a compare per byte trimmed,
/// where the char pattern searches the whole text for the byte first.
pub fn trim_end_byte(text: &str, byte: u8) -> &str {
    let kept = text
        .as_bytes()
        .iter()
        .rposition(|&b| b != byte)
        .map_or(0, |last| last + 1);
    text.get(..kept).unwrap_or(text)
}

/// `text` on one line: its words joined by single spaces ("one western\ndiplomat" → "one western
/// diplomat").
pub fn join_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How many words `text` holds, as `split_whitespace` splits them, counted up to `most` only.
/// ASCII is read eight bytes at a time (a word starts at each letter after a space), anything
/// else a character at a time: the Unicode iterator costs several times that per character.
pub fn count_words(text: &str, most: usize) -> usize {
    let bytes = text.as_bytes();
    let (mut count, mut in_word, mut at) = (0, false, 0);
    while count < most && at < bytes.len() {
        if let Some(chunk) = bytes[at..].first_chunk::<8>() {
            let word = u64::from_le_bytes(*chunk);
            if word & HIGH == 0 {
                let space = within(word, b'\t', b'\r') | within(word, b' ', b' ');
                let inside = !space & HIGH;
                let space_before = space << 8 | if in_word { 0 } else { 0x80 };
                count += (inside & space_before).count_ones() as usize;
                in_word = inside >> 63 != 0;
                at += 8;
                continue;
            }
        }
        let (space, width) = match bytes[at] {
            b if b.is_ascii() => (is_ascii_space(b), 1),
            _ => match text.get(at..).and_then(|rest| rest.chars().next()) {
                Some(c) => (c.is_whitespace(), c.len_utf8()),
                None => break,
            },
        };
        if !space && !in_word {
            count += 1;
        }
        in_word = !space;
        at += width;
    }
    count.min(most)
}

/// Eight bytes at a time: the word scanners spend much of their time here, and a byte-by-byte
/// loop that leaves at an unpredictable place costs a mispredicted branch per word.
fn run_end(bytes: &[u8], from: usize, digits: bool) -> usize {
    first_of(
        bytes,
        from,
        |word| outside_run(word, digits),
        |b| !(b.is_ascii_alphabetic() || digits && b.is_ascii_digit()),
    )
}

/// The first byte at or after `from` that `stops` (or the end, or `from` past it). `stops_in`
/// gives the high bit of each stopping byte of eight read as one little-endian word; the tail
/// too short for a word is read a byte at a time.
fn first_of(
    bytes: &[u8],
    from: usize,
    stops_in: impl Fn(u64) -> u64,
    stops: impl Fn(u8) -> bool,
) -> usize {
    if from >= bytes.len() {
        return from;
    }
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let stopping = stops_in(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        if stopping != 0 {
            return at + stopping.trailing_zeros() as usize / 8;
        }
        at += 8;
    }
    at + bytes[at..]
        .iter()
        .position(|&b| stops(b))
        .unwrap_or(bytes.len() - at)
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `low` (high bits clear, so that no byte carries into the next)
/// that lies in `first..=last`.
fn within(low: u64, first: u8, last: u8) -> u64 {
    (low + ONES * (0x80 - u64::from(first))) & !(low + ONES * (0x7f - u64::from(last))) & HIGH
}

/// The high bit of each byte of `word` that is not an ASCII letter (or digit, with `digits`).
fn outside_run(word: u64, digits: bool) -> u64 {
    // Bytes with the high bit set are not ASCII, and so neither letters nor digits.
    let low = word & !HIGH;
    let letter = within(low | (ONES * 0x20), b'a', b'z');
    let digit = if digits { within(low, b'0', b'9') } else { 0 };
    !(letter | digit) & HIGH | word & HIGH
}

/// The largest char boundary of `text` at or before `offset` (clamped to the text's length).
pub fn floor_char_boundary(text: &str, offset: usize) -> usize {
    if offset >= text.len() {
        return text.len();
    }
    let mut at = offset;
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Shrinks a span to the text inside it without surrounding white space.
pub fn trim_span(text: &str, span: Span) -> Span {
    let inner = span.slice(text);
    let leading = inner.len() - inner.trim_start().len();
    let trimmed = inner.trim();
    Span::new(span.start + leading, span.start + leading + trimmed.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn general_punctuation_holds_no_letter() {
        for c in '\u{2000}'..='\u{206f}' {
            assert!(!c.is_alphabetic(), "{c:?}");
        }
        assert!(is_letter('é') && is_letter('a') && is_letter('ⁱ') && !is_letter('’'));
    }

    #[test]
    fn letters_and_digits_are_told_as_the_unicode_tables_tell_them() {
        let samples = "Aé1½ⅣΩ语 ’‘“”—–…′‰⁂\u{2070}ⁱ\u{200b}\u{2060}";
        for c in samples.chars().chain('\u{1f00}'..='\u{2100}') {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn words_packed_from_within_a_text_pack_as_they_do_alone() {
        let text = "Sen. Ted Cruz and the Pharmaceuticals Appropriations Committee said Ödül";
        let bytes = text.as_bytes();
        for start in 0..bytes.len() {
            for end in start..=bytes.len() {
                let alone = &bytes[start..end];
                assert_eq!(
                    pack_short(bytes, start, end),
                    pack_short(alone, 0, alone.len()),
                    "{start}..{end}"
                );
            }
        }
        assert_eq!(pack_short(b"Abcdefghijklmnop", 0, 16), None);
        assert_ne!(pack_short(b"Mr\0", 0, 3), pack_short(b"Mr", 0, 2));
    }

    #[test]
    fn packed_words_lower_as_their_bytes_do_and_only_when_ascii() {
        let pack = |word: &str| pack_short(word.as_bytes(), 0, word.len());
        for word in [
            "",
            "A",
            "Mr",
            "SAID",
            "McDonald's",
            "AZaz@[`{",
            "Spokeswoman's",
            "O'BRIEN-SMITH",
        ] {
            let lower = word.to_ascii_lowercase();
            assert_eq!(
                pack(word).and_then(ascii_lowercase_packed),
                pack(&lower),
                "{word}"
            );
        }
        assert_eq!(pack("ÉLYSÉE").and_then(ascii_lowercase_packed), None);
    }

    #[test]
    fn trailing_bytes_are_trimmed_as_trim_end_matches_trims_them() {
        for text in ["", ".", "...", "Mr.", "U.S.", "Ödül.", "a.b..", "Sen", "é."] {
            assert_eq!(
                trim_end_byte(text, b'.'),
                text.trim_end_matches('.'),
                "{text}"
            );
        }
    }

    #[test]
    fn words_are_counted_as_split_whitespace_splits_them() {
        for text in [
            "",
            "   ",
            "one",
            " one  two\tthree\nfour\u{b}five\u{c}six ",
            "a\u{a0}b\u{2003}c\u{3000}d e",
            "“Ödül is here,” she said — naïvely.",
            "x\u{85}y\u{1c}z",
            "We knew the levee\twas weak, and we said so\r\n to anyone who would listen.",
            "  Twelve  words  here: one two three\u{a0}four five six  seven eight  nine ten",
            "abcdefgh ijklmnop qrstuvwx  yz",
        ] {
            let starts = (0..=text.len()).filter(|&i| text.is_char_boundary(i));
            for text in starts.map(|i| &text[i..]) {
                for most in 0..14 {
                    let expected = text.split_whitespace().take(most).count();
                    assert_eq!(count_words(text, most), expected, "{text:?} {most}");
                }
            }
        }
    }

    #[test]
    fn bytes_in_a_range_are_found_past_other_capitals_and_non_ascii() {
        let text = "Ödül met Ms Ann Dee, Sir Tom \u{c4}\u{d3} and QUEEN Zara at Kirkwall Priory";
        let bytes = text.as_bytes();
        for at in 0..=bytes.len() {
            let expected = (at..bytes.len())
                .find(|&i| (b'D'..=b'S').contains(&bytes[i]))
                .unwrap_or(bytes.len().max(at));
            assert_eq!(next_ascii_in(bytes, at, b'D', b'S'), expected, "{at}");
        }
    }

    #[test]
    fn eight_bytes_at_a_time_read_as_one_at_a_time() {
        let scalar = |bytes: &[u8], from: usize| {
            from + bytes[from..]
                .iter()
                .position(|b| !b.is_ascii_alphanumeric())
                .unwrap_or(bytes.len() - from)
        };
        let mut bytes = Vec::new();
        for b in 0..=255u8 {
            // Every byte, between letters and inside runs longer than a chunk.
            bytes.extend_from_slice(b"Abc9zZ0x");
            bytes.push(b);
            bytes.extend_from_slice(b"mnopqrstuvw");
        }
        let letters = |bytes: &[u8], from: usize| {
            from + bytes[from..]
                .iter()
                .position(|b| !b.is_ascii_alphabetic())
                .unwrap_or(bytes.len() - from)
        };
        for from in 0..bytes.len() {
            assert_eq!(
                ascii_alphanumeric_end(&bytes, from),
                scalar(&bytes, from),
                "{from}"
            );
            assert_eq!(
                ascii_alphabetic_end(&bytes, from),
                letters(&bytes, from),
                "{from}"
            );
        }
    }

    #[test]
    fn runs_of_ascii_letters_and_digits_end_at_anything_else() {
        let bytes = "G7 summit’s end-game".as_bytes();
        assert_eq!(ascii_alphanumeric_end(bytes, 0), 2);
        assert_eq!(ascii_alphanumeric_end(bytes, 3), 9);
        assert_eq!(ascii_alphanumeric_end(bytes, 2), 2);
        assert_eq!(ascii_alphanumeric_end(bytes, 14), 17);
        assert_eq!(ascii_alphanumeric_end(bytes, 18), 22);
        assert_eq!(ascii_alphanumeric_end(bytes, 99), 99);
        assert_eq!(ascii_alphabetic_end(bytes, 0), 1);
    }

    #[test]
    fn a_span_index_answers_as_a_scan_would() {
        // Nested, overlapping, touching, empty and repeated spans, given out of order.
        let spans = [
            (40, 90),
            (0, 10),
            (50, 60),
            (10, 20),
            (70, 70),
            (95, 99),
            (50, 60),
        ]
        .map(|(start, end)| Span::new(start, end));
        let index: SpanIndex = spans.iter().copied().collect();
        for start in 0..=100 {
            for end in start..=100 {
                let asked = Span::new(start, end);
                assert_eq!(
                    index.any_contains(asked),
                    spans.iter().any(|s| s.contains_span(asked)),
                    "contains {asked:?}"
                );
                assert_eq!(
                    index.any_overlaps(asked),
                    spans.iter().any(|s| s.overlaps(asked)),
                    "overlaps {asked:?}"
                );
            }
        }
        let empty: SpanIndex = std::iter::empty().collect();
        assert!(!empty.any_contains(Span::empty(0)) && !empty.any_overlaps(Span::new(0, 9)));
    }
}
