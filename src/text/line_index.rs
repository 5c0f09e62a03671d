use super::{floor_char_boundary, Span, TYPICAL_LINE};
use std::borrow::Cow;

/// Units in which a column is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// Bytes of UTF-8 (LSP `utf-8`).
    Utf8,
    /// UTF-16 code units (LSP's default).
    Utf16,
    /// Unicode scalar values (LSP `utf-32`; the CLI's columns).
    Utf32,
}

/// A zero-based line and column, the column counted in some [`Encoding`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct LineCol {
    pub line: u32,
    pub col: u32,
}

/// Start offsets of every line of a text, for converting offsets to positions and back.
///
/// A line ends after `\n`, `\r\n` or a lone `\r`, as the language server protocol counts
/// lines (and ropey with `cr_lines`, the server's buffers). Lines that are pure ASCII convert
/// in constant time.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    ascii_lines: Vec<bool>,
    len: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        // Room for lines of a typical length, so that the lists seldom need to be moved.
        let lines = bytes.len() / TYPICAL_LINE + 2;
        let mut line_starts = Vec::with_capacity(lines);
        line_starts.push(0);
        let mut ascii_lines = Vec::with_capacity(lines);
        for end in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            // The `\r` of a `\r\n` is inside the line; its `\n` ends it.
            if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
                continue;
            }
            let start = line_starts[line_starts.len() - 1];
            ascii_lines.push(bytes[start..end].is_ascii());
            line_starts.push(end + 1);
        }
        let last = line_starts[line_starts.len() - 1];
        ascii_lines.push(bytes[last..].is_ascii());
        LineIndex {
            line_starts,
            ascii_lines,
            len: text.len(),
        }
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Byte span of a zero-based line, without its line break; clamped to the last line.
    pub fn line_span(&self, text: &str, line: usize) -> Span {
        let line = line.min(self.line_starts.len() - 1);
        let start = self.line_starts[line];
        let mut end = self.line_starts.get(line + 1).copied().unwrap_or(self.len);
        let bytes = text.as_bytes();
        while end > start && matches!(bytes.get(end - 1), Some(b'\n' | b'\r')) {
            end -= 1;
        }
        Span::new(start, end)
    }

    /// Zero-based line of a byte offset (clamped to the text).
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        match self.line_starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        }
    }

    /// The position of a byte offset. Offsets past the end or inside a character are clamped
    /// back to the nearest character boundary.
    pub fn position(&self, text: &str, offset: usize, encoding: Encoding) -> LineCol {
        let offset = floor_char_boundary(text, offset.min(self.len));
        let line = self.line_of(offset);
        let start = self.line_starts[line];
        let col = if self.ascii_lines[line] || encoding == Encoding::Utf8 {
            offset - start
        } else {
            let piece = &text[start..offset];
            match encoding {
                Encoding::Utf16 => piece.encode_utf16().count(),
                _ => piece.chars().count(),
            }
        };
        LineCol {
            line: line as u32,
            col: col as u32,
        }
    }

    /// The byte offset of a position. A line past the end gives the end of the text; a column
    /// past the end of its line gives the end of that line; a column inside a character (half a
    /// surrogate pair, the middle of a UTF-8 sequence) gives that character's start.
    pub fn offset(&self, text: &str, position: LineCol, encoding: Encoding) -> usize {
        let line = position.line as usize;
        if line >= self.line_starts.len() {
            return self.len;
        }
        let span = self.line_span(text, line);
        let line_text = span.slice(text);
        let col = position.col as usize;
        if self.ascii_lines[line] || encoding == Encoding::Utf8 {
            return span.start + floor_char_boundary(line_text, col.min(line_text.len()));
        }
        let mut units = 0;
        for (i, ch) in line_text.char_indices() {
            let width = match encoding {
                Encoding::Utf16 => ch.len_utf16(),
                _ => 1,
            };
            if units + width > col {
                return span.start + i;
            }
            units += width;
        }
        span.end
    }
}

/// The text as the analysis reads it: a lone `\r` (old Mac line ends) becomes `\n`. Both are
/// one byte, so every span into the view is the same span into the text; the adapters analyse
/// the view and report into the text. Borrowed when there is no lone `\r`, which is nearly
/// always.
pub fn with_lone_returns_as_newlines(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let lone = |&at: &usize| bytes.get(at + 1) != Some(&b'\n');
    if !memchr::memchr_iter(b'\r', bytes).any(|at| lone(&at)) {
        return Cow::Borrowed(text);
    }
    let mut view = bytes.to_vec();
    for at in memchr::memchr_iter(b'\r', bytes).filter(lone) {
        view[at] = b'\n';
    }
    // One ASCII byte replaced by another: still UTF-8.
    Cow::Owned(String::from_utf8(view).unwrap_or_else(|_| text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const DRAFT: &str = "Héllo “wörld” 👋🏽\nsecond line\r\nlast";

    #[test]
    fn positions_round_trip_in_every_encoding() {
        let index = LineIndex::new(DRAFT);
        for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            for (offset, _) in DRAFT
                .char_indices()
                .filter(|(_, c)| *c != '\n' && *c != '\r')
            {
                let position = index.position(DRAFT, offset, encoding);
                assert_eq!(
                    index.offset(DRAFT, position, encoding),
                    offset,
                    "{encoding:?} at {offset}"
                );
            }
        }
    }

    #[test]
    fn lines_end_at_a_newline_a_return_and_newline_or_a_lone_return() {
        let text = "one\ntwo\r\nthree\rfour\r\rsix";
        let index = LineIndex::new(text);
        assert_eq!(index.line_count(), 6);
        let lines: Vec<&str> = (0..6)
            .map(|l| index.line_span(text, l).slice(text))
            .collect();
        assert_eq!(lines, ["one", "two", "three", "four", "", "six"]);
        let four = text.find("four").unwrap();
        assert_eq!(
            index.position(text, four + 2, Encoding::Utf16),
            LineCol { line: 3, col: 2 }
        );
        assert_eq!(
            index.offset(text, LineCol { line: 5, col: 1 }, Encoding::Utf16),
            text.find("six").unwrap() + 1
        );
        // The end of a line is before its break, whatever the break.
        assert_eq!(
            index.offset(text, LineCol { line: 2, col: 99 }, Encoding::Utf16),
            text.find("\rfour").unwrap()
        );
    }

    #[test]
    fn the_analysis_reads_lone_returns_as_newlines_at_the_same_offsets() {
        assert!(matches!(
            with_lone_returns_as_newlines("one\r\ntwo\n"),
            Cow::Borrowed(_)
        ));
        let view = with_lone_returns_as_newlines("one\r\rtwo\r\nthree\r");
        assert_eq!(view, "one\n\ntwo\r\nthree\n");
    }

    #[test]
    fn emoji_counts_two_utf16_units_and_one_scalar() {
        let index = LineIndex::new(DRAFT);
        let wave = DRAFT.find('👋').unwrap();
        let after = wave + '👋'.len_utf8();
        assert_eq!(index.position(DRAFT, wave, Encoding::Utf16).col, 14);
        assert_eq!(index.position(DRAFT, after, Encoding::Utf16).col, 16);
        assert_eq!(index.position(DRAFT, after, Encoding::Utf32).col, 15);
    }

    #[test]
    fn out_of_range_positions_clamp() {
        let index = LineIndex::new(DRAFT);
        assert_eq!(
            index.offset(DRAFT, LineCol { line: 99, col: 0 }, Encoding::Utf16),
            DRAFT.len()
        );
        let second = index.offset(DRAFT, LineCol { line: 1, col: 500 }, Encoding::Utf16);
        assert_eq!(&DRAFT[second..second + 2], "\r\n");
        // Half of a surrogate pair lands on the emoji's start.
        let wave = DRAFT.find('👋').unwrap();
        assert_eq!(
            index.offset(DRAFT, LineCol { line: 0, col: 15 }, Encoding::Utf16),
            wave
        );
        assert_eq!(index.position(DRAFT, usize::MAX, Encoding::Utf8).line, 2);
    }
}
