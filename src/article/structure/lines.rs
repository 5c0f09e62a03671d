//! Lines and blocks: the text cut at line breaks, and lines gathered into the blocks that become
//! headline, metadata, paragraphs and trailer. Also `blank`, which writes the prose mask.

use super::line_kinds::{is_sign_off, plain_rule};
use crate::text::{is_ascii_space, Span};

/// One line of the text: its span without the line break, and what Markdown made of it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Line {
    pub span: Span,
    pub role: LineRole,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum LineRole {
    Text,
    Heading(u8),
    BlockQuote,
    ListItem,
    /// `---`, `***`, `_____`: a rule between sections.
    Break,
    /// Emphasis around the whole line (`*Records show …*`), as decks are written.
    Emphasised,
}

/// Consecutive lines read as one unit: a paragraph, a heading, a metadata line.
#[derive(Clone, Copy, Debug)]
pub(super) struct Block {
    pub span: Span,
    pub role: LineRole,
    pub lines: usize,
}

impl Block {
    pub fn of_line(line: &Line) -> Block {
        Block {
            span: line.span,
            role: line.role,
            lines: 1,
        }
    }

    pub fn extend_to(&mut self, line: &Line) {
        self.span.end = line.span.end;
        self.lines += 1;
    }
}

/// Blanks a span of the prose. Each character becomes white space of the same byte length (a
/// space, a no-break space, an en space), so the text's character boundaries stay boundaries of
/// the prose; a four-byte character, for which no white space of that length exists, becomes an
/// en space and a space. Line breaks are kept so lines stay where they were.
pub(super) fn blank(prose: &mut [u8], span: Span) {
    let end = span.end.min(prose.len());
    let mut at = span.start.min(end);
    while at < end && (prose[at] & 0xC0) == 0x80 {
        at += 1;
    }
    while at < end {
        let width = match prose[at] {
            0x00..=0x7F => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        let width = width.min(prose.len() - at);
        let replacement: &[u8] = match (prose[at], width) {
            (b'\n', _) => b"\n",
            (b'\r', _) => b"\r",
            (_, 1) => b" ",
            (_, 2) => "\u{a0}".as_bytes(),
            (_, 3) => "\u{2002}".as_bytes(),
            _ => "\u{2002} ".as_bytes(),
        };
        let replacement = replacement.to_vec();
        prose[at..at + width].copy_from_slice(&replacement[..width]);
        at += width;
    }
}

pub(super) fn split_lines(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    // Room for lines of a typical length, so that a draft's lines seldom need the list moved.
    let mut spans = Vec::with_capacity(bytes.len() / crate::text::TYPICAL_LINE + 1);
    let mut start = 0;
    let content = |start: usize, end: usize| {
        let mut end = end;
        while end > start && matches!(bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        Span::new(start, end)
    };
    for newline in memchr::memchr_iter(b'\n', bytes) {
        spans.push(content(start, newline + 1));
        start = newline + 1;
    }
    if start < bytes.len() {
        spans.push(content(start, bytes.len()));
    }
    spans
}

pub(super) fn plain_lines(text: &str) -> Vec<Line> {
    split_lines(text)
        .into_iter()
        .map(|span| {
            let role = if plain_rule(span.slice(text)) {
                LineRole::Break
            } else {
                LineRole::Text
            };
            Line { span, role }
        })
        .collect()
}

/// Whether `line` has more than `count` characters, counted only when its byte length leaves it
/// in doubt.
pub(super) fn more_chars_than(line: &str, count: usize) -> bool {
    match line.len() {
        n if n <= count => false,
        n if n > 4 * count || line.as_bytes()[..=count].is_ascii() => true,
        _ => line.chars().count() > count,
    }
}

pub(super) fn is_blank(prose: &str, span: Span) -> bool {
    let line = span.slice(prose);
    // Most lines are empty or reach a letter or mark after ASCII spaces: no need to decode them.
    match line.bytes().find(|&b| !is_ascii_space(b)) {
        None => true,
        Some(b) if b.is_ascii() => false,
        Some(_) => line.trim().is_empty(),
    }
}

/// Plain text: blank lines separate runs of lines, and each run is cut into paragraphs.
pub(super) fn plain_blocks(prose: &str, lines: &[Line]) -> Vec<Block> {
    // Most drafts separate their paragraphs by a blank line each.
    let mut blocks = Vec::with_capacity(lines.len() / 2 + 1);
    let mut run: Vec<Line> = Vec::new();
    for line in lines {
        if is_blank(prose, line.span) {
            paragraphs_of_run(prose, &run, &mut blocks);
            run.clear();
        } else {
            run.push(*line);
        }
    }
    paragraphs_of_run(prose, &run, &mut blocks);
    blocks
}

/// How a run of lines between blank lines is laid out, which decides where its paragraphs
/// start: indented lines start paragraphs (hard-wrapped wire copy); a run of long lines is one
/// paragraph per line (editors that soft-wrap); a run of short lines is one hard-wrapped
/// paragraph.
struct RunLayout {
    some_indented_after_first: bool,
    all_indented: bool,
    long_lines: bool,
}

impl RunLayout {
    fn of(prose: &str, run: &[Line]) -> RunLayout {
        let indented = |line: &Line| is_indented(prose, line);
        RunLayout {
            some_indented_after_first: run.iter().skip(1).any(indented),
            all_indented: run.iter().all(indented),
            long_lines: run
                .iter()
                .any(|line| more_chars_than(line.span.slice(prose), 100)),
        }
    }

    fn starts_paragraph(&self, prose: &str, run: &[Line], i: usize) -> bool {
        let line = &run[i];
        if i == 0
            || line.role == LineRole::Break
            || run[i - 1].role == LineRole::Break
            || is_sign_off(line.span.slice(prose))
        {
            return true;
        }
        if self.some_indented_after_first && !self.all_indented {
            is_indented(prose, line)
        } else if self.all_indented && !self.long_lines {
            indent(prose, line) != indent(prose, &run[i - 1])
        } else {
            self.long_lines
        }
    }
}

fn is_indented(prose: &str, line: &Line) -> bool {
    line.span.slice(prose).starts_with([' ', '\t'])
}

fn indent(prose: &str, line: &Line) -> usize {
    let text = line.span.slice(prose);
    text.len() - text.trim_start().len()
}

/// Cuts one run of lines between blank lines into paragraph blocks.
fn paragraphs_of_run(prose: &str, run: &[Line], blocks: &mut Vec<Block>) {
    if run.is_empty() {
        return;
    }
    let layout = RunLayout::of(prose, run);
    let mut current: Option<Block> = None;
    for (i, line) in run.iter().enumerate() {
        match &mut current {
            Some(block) if !layout.starts_paragraph(prose, run, i) => block.extend_to(line),
            _ => {
                blocks.extend(current.take());
                current = Some(Block::of_line(line));
            }
        }
    }
    blocks.extend(current);
}
