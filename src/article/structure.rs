//! The anatomy of a draft: front matter, headline, metadata lines (dek, section, byline), body
//! paragraphs and trailer, with byte spans. Also the prose mask: a copy of the text, byte for
//! byte the same length, in which everything that is not prose (front matter, code, HTML
//! comments, link URLs, Markdown markup) is blanked to white space, so that every later pass can
//! read prose and still report offsets into the original text.

use super::front_matter::{self, FrontMatter};
use crate::text::{is_ascii_space, trim_span, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Markdown,
    PlainText,
}

impl Format {
    /// Markdown for `.md`/`.markdown` (and similar), plain text for everything else.
    pub fn from_path(path: &str) -> Format {
        let lower = path.to_ascii_lowercase();
        let markdown = [".md", ".markdown", ".mdown", ".mkd", ".mdx"]
            .iter()
            .any(|ext| lower.ends_with(ext));
        if markdown {
            Format::Markdown
        } else {
            Format::PlainText
        }
    }

    pub fn from_language_id(language_id: &str, path: &str) -> Format {
        match language_id {
            "markdown" => Format::Markdown,
            "plaintext" | "text" => Format::PlainText,
            _ => Format::from_path(path),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParagraphKind {
    /// Running text of the story.
    Body,
    /// A heading inside the story (`## What happens next`).
    Subhead,
    /// A Markdown block quote (`> …`): a long excerpt, attributed in the paragraph before.
    BlockQuote,
    /// A Markdown list item.
    ListItem,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// The paragraph's prose, trimmed of white space and markup at both ends.
    pub span: Span,
    pub kind: ParagraphKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MetaKind {
    /// A slug, kicker or section line (`Published in News & Features`).
    Section,
    /// A summary line under the headline.
    Dek,
    /// `By Dana Whitfield`.
    Byline,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MetaLine {
    pub span: Span,
    pub kind: MetaKind,
}

#[derive(Clone, Debug)]
pub struct Structure {
    pub format: Format,
    /// The text with non-prose blanked; same length, and every char boundary of the text kept.
    pub prose: String,
    pub front_matter: Option<FrontMatter>,
    pub headline: Option<Span>,
    pub metadata: Vec<MetaLine>,
    /// Paragraphs between the metadata and the trailer, in order.
    pub paragraphs: Vec<Paragraph>,
    /// Contributor lines, reporting credits, copyright lines and the like at the end.
    pub trailer: Vec<Span>,
    /// HTML comments (Markdown only), where suppression comments live.
    pub comments: Vec<Span>,
}

impl Structure {
    /// The lede: the first body paragraph.
    pub fn lede(&self) -> Option<(usize, &Paragraph)> {
        self.paragraphs
            .iter()
            .enumerate()
            .find(|(_, p)| p.kind == ParagraphKind::Body)
    }

    pub fn byline(&self) -> Option<Span> {
        self.metadata
            .iter()
            .find(|m| m.kind == MetaKind::Byline)
            .map(|m| m.span)
    }

    /// The paragraph holding a byte offset, if any.
    pub fn paragraph_at(&self, offset: usize) -> Option<usize> {
        let index = self.paragraphs.partition_point(|p| p.span.end <= offset);
        self.paragraphs
            .get(index)
            .filter(|p| p.span.start <= offset)
            .map(|_| index)
    }

    /// The prose of a span (markup blanked).
    pub fn prose_of(&self, span: Span) -> &str {
        span.slice(&self.prose)
    }
}

/// Reads the anatomy of a draft. Never fails: any text has some structure.
pub fn parse(text: &str, format: Format) -> Structure {
    let mut comments = Vec::new();
    let (front_matter, prose, lines) = match format {
        Format::Markdown => {
            let mut prose = text.as_bytes().to_vec();
            let front_matter = front_matter::parse(text);
            if let Some(fm) = &front_matter {
                blank(&mut prose, fm.span);
            }
            let lines = markdown::mask(text, &mut prose, &mut comments);
            // Blanking replaces whole characters with white space, so the mask stays valid UTF-8.
            let prose = String::from_utf8(prose).unwrap_or_else(|_| " ".repeat(text.len()));
            (front_matter, prose, lines)
        }
        // Plain text has no markup: its prose is the text.
        Format::PlainText => (None, text.to_owned(), plain_lines(text)),
    };
    let blocks = match format {
        Format::Markdown => markdown::blocks(text, &prose, &lines),
        Format::PlainText => plain_blocks(&prose, &lines),
    };
    let mut structure = Structure {
        format,
        prose,
        front_matter,
        headline: None,
        metadata: Vec::new(),
        paragraphs: Vec::new(),
        trailer: Vec::new(),
        comments,
    };
    assign_zones(&mut structure, text, blocks);
    structure
}

/// One line of the text: its span without the line break, and what Markdown made of it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Line {
    span: Span,
    role: LineRole,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LineRole {
    Text,
    Heading(u8),
    BlockQuote,
    ListItem,
    /// `---`, `***`, `_____`: a rule between sections.
    Break,
    /// Emphasis around the whole line (`*Records show …*`), as decks are written.
    Emphasised,
}

#[derive(Clone, Copy, Debug)]
struct Block {
    span: Span,
    role: LineRole,
    lines: usize,
}

/// Blanks a span of the prose. Each character becomes white space of the same byte length (a
/// space, a no-break space, an en space), so the text's character boundaries stay boundaries of
/// the prose; a four-byte character, for which no white space of that length exists, becomes an
/// en space and a space. Line breaks are kept so lines stay where they were.
fn blank(prose: &mut [u8], span: Span) {
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

fn split_lines(text: &str) -> Vec<Span> {
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

fn plain_lines(text: &str) -> Vec<Line> {
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
fn more_chars_than(line: &str, count: usize) -> bool {
    match line.len() {
        n if n <= count => false,
        n if n > 4 * count || line.as_bytes()[..=count].is_ascii() => true,
        _ => line.chars().count() > count,
    }
}

fn is_blank(prose: &str, span: Span) -> bool {
    let line = span.slice(prose);
    // Most lines are empty or reach a letter or mark after ASCII spaces: no need to decode them.
    match line.bytes().find(|&b| !is_ascii_space(b)) {
        None => true,
        Some(b) if b.is_ascii() => false,
        Some(_) => line.trim().is_empty(),
    }
}

/// Plain text: blank lines separate blocks. Inside a block, indented lines start paragraphs
/// (hard-wrapped wire copy); a block of long lines is one paragraph per line (editors that
/// soft-wrap); a block of short lines is one hard-wrapped paragraph.
fn plain_blocks(prose: &str, lines: &[Line]) -> Vec<Block> {
    // Most drafts separate their paragraphs by a blank line each.
    let mut blocks = Vec::with_capacity(lines.len() / 2 + 1);
    let mut run: Vec<Line> = Vec::new();
    let flush = |run: &mut Vec<Line>, blocks: &mut Vec<Block>| {
        if run.is_empty() {
            return;
        }
        let indented = |l: &Line| l.span.slice(prose).starts_with([' ', '\t']);
        let some_indented = run.iter().skip(1).any(indented);
        let all_indented = run.iter().all(indented);
        let long_lines = run
            .iter()
            .any(|l| more_chars_than(l.span.slice(prose), 100));
        let mut current: Option<Block> = None;
        for (i, line) in run.iter().enumerate() {
            let indent =
                |l: &Line| l.span.slice(prose).len() - l.span.slice(prose).trim_start().len();
            let starts_paragraph = i == 0
                || line.role == LineRole::Break
                || run[i - 1].role == LineRole::Break
                || is_sign_off(line.span.slice(prose))
                || if some_indented && !all_indented {
                    indented(line)
                } else if all_indented && !long_lines {
                    indent(line) != indent(&run[i - 1])
                } else {
                    long_lines
                };
            match (&mut current, starts_paragraph) {
                (Some(block), false) => {
                    block.span.end = line.span.end;
                    block.lines += 1;
                }
                _ => {
                    if let Some(block) = current.take() {
                        blocks.push(block);
                    }
                    current = Some(Block {
                        span: line.span,
                        role: line.role,
                        lines: 1,
                    });
                }
            }
        }
        blocks.extend(current);
        run.clear();
    };
    for line in lines {
        if is_blank(prose, line.span) {
            flush(&mut run, &mut blocks);
        } else {
            run.push(*line);
        }
    }
    flush(&mut run, &mut blocks);
    blocks
}

fn assign_zones(structure: &mut Structure, text: &str, blocks: Vec<Block>) {
    // Taken out for the while, not cloned, and put back at the end.
    let prose = std::mem::take(&mut structure.prose);
    let trimmed = |span: Span| trim_span(&prose, span);
    let mut blocks: Vec<Block> = blocks
        .into_iter()
        .filter(|b| !is_blank(&prose, b.span))
        .collect();
    for block in &mut blocks {
        block.span = trimmed(block.span);
    }

    // Trailer: everything after a rule line near the end, and trailer-shaped paragraphs at the end.
    let mut body_end = blocks.len();
    while body_end > 0 {
        let block = blocks[body_end - 1];
        let line = block.span.slice(text).trim();
        if block.role == LineRole::Break || is_trailer(line) {
            body_end -= 1;
        } else if let Some(rule) = blocks[..body_end]
            .iter()
            .rposition(|b| b.role == LineRole::Break && plain_rule(b.span.slice(text)))
        {
            if body_end - rule <= 4 && rule > 0 {
                body_end = rule;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    structure.trailer = blocks[body_end..]
        .iter()
        .filter(|b| b.role != LineRole::Break || plain_rule(b.span.slice(text)))
        .map(|b| b.span)
        .collect();
    let mut blocks = blocks[..body_end].to_vec();
    // In plain text the headline is one line; the lines under it in the same block are a dek.
    if structure.format == Format::PlainText && blocks.len() > 1 {
        let head = usize::from(is_slug(blocks[0].span.slice(text)) && blocks.len() > 2);
        let block = blocks[head];
        if let Some(newline) = block.span.slice(text).find('\n') {
            let first = trim_span(
                &prose,
                Span::new(block.span.start, block.span.start + newline),
            );
            let rest = trim_span(
                &prose,
                Span::new(block.span.start + newline, block.span.end),
            );
            blocks[head] = Block {
                span: first,
                role: block.role,
                lines: 1,
            };
            blocks.insert(
                head + 1,
                Block {
                    span: rest,
                    role: block.role,
                    lines: block.lines - 1,
                },
            );
        }
    }
    let blocks = &blocks[..];

    let mut index = 0;
    // Headline: Markdown's first `#` heading, or the first line of a plain-text draft with more
    // than one block. A lone all-capitals token before it is a slug.
    match structure.format {
        Format::Markdown => {
            if let Some(first) = blocks.first() {
                if first.role == LineRole::Heading(1) {
                    structure.headline = Some(first.span);
                    index = 1;
                }
            }
        }
        Format::PlainText => {
            if blocks.len() > 1 {
                let first = blocks[0];
                if is_slug(first.span.slice(text)) && blocks.len() > 2 {
                    structure.metadata.push(MetaLine {
                        span: first.span,
                        kind: MetaKind::Section,
                    });
                    index = 1;
                }
                structure.headline = Some(blocks[index].span);
                index += 1;
            }
        }
    }

    // Metadata: short lines between the headline and the body (dek, section line, byline).
    let right_after_headline = index;
    while index < blocks.len() && blocks.len() - index > 1 {
        let block = blocks[index];
        let line = block.span.slice(&prose).trim();
        let kind = if is_byline(line) {
            MetaKind::Byline
        } else if block.role == LineRole::Emphasised
            || matches!(block.role, LineRole::Heading(2..))
                && structure.headline.is_some()
                && index == right_after_headline
        {
            MetaKind::Dek
        } else if block.lines == 1
            && is_metadata_line(line)
            && !matches!(
                block.role,
                LineRole::Heading(_) | LineRole::ListItem | LineRole::BlockQuote
            )
        {
            if structure.headline.is_some()
                && index == right_after_headline
                && line.chars().count() > 40
            {
                MetaKind::Dek
            } else {
                MetaKind::Section
            }
        } else {
            break;
        };
        structure.metadata.push(MetaLine {
            span: block.span,
            kind,
        });
        index += 1;
    }

    structure.paragraphs = blocks[index..]
        .iter()
        .filter(|b| b.role != LineRole::Break)
        .map(|b| Paragraph {
            span: b.span,
            kind: match b.role {
                LineRole::Heading(_) => ParagraphKind::Subhead,
                LineRole::BlockQuote => ParagraphKind::BlockQuote,
                LineRole::ListItem => ParagraphKind::ListItem,
                _ => ParagraphKind::Body,
            },
        })
        .collect();
    structure.prose = prose;
}

/// The wire's one-word sign-off at the end of a story.
fn is_sign_off(line: &str) -> bool {
    matches!(line.trim(), "Reuter" | "REUTER" | "Reuters" | "AP")
}

fn plain_rule(line: &str) -> bool {
    // Most lines start with a letter or mark that no rule is drawn with.
    if line
        .as_bytes()
        .first()
        .is_some_and(|&b| b.is_ascii_graphic() && b != b'_' && b != b'=')
    {
        return false;
    }
    let line = line.trim();
    line.len() >= 3 && line.chars().all(|c| c == '_' || c == '=')
}

fn is_slug(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty()
        && line.len() <= 40
        && !line.contains(' ')
        && line.chars().any(|c| c.is_ascii_uppercase())
        && !line.chars().any(|c| c.is_lowercase())
}

fn is_byline(line: &str) -> bool {
    let line = line.trim();
    (line.starts_with("By ") || line.starts_with("BY "))
        && line.chars().count() <= 120
        && line[3..].starts_with(|c: char| c.is_uppercase())
}

/// A short line with no sentence punctuation at its end: a section line, kicker or dek.
/// A line that opens with a dateline is the lede, however short.
fn is_metadata_line(line: &str) -> bool {
    let line = line.trim();
    !more_chars_than(line, 80)
        && !line.ends_with(['.', '!', '?', '"', '”', ':', ';', ',', '—', '-'])
        && !opens_with_dateline(line)
}

/// `CITY, Region, Date (Agency) - `: capitals before the first comma or dash, then a dash.
fn opens_with_dateline(line: &str) -> bool {
    let Some(dash) = [" - ", " — ", " -- ", " – "]
        .iter()
        .filter_map(|sep| line.find(sep))
        .min()
    else {
        return false;
    };
    let place_end = line[..dash].find([',', '(']).unwrap_or(dash);
    let place = line[..place_end].trim();
    place.chars().any(char::is_alphabetic) && !place.chars().any(char::is_lowercase)
}

/// Contributor lines, reporting credits, copyright lines and wire sign-offs.
///
/// Matched without lower-casing the line: every pattern is ASCII, and the only characters beyond
/// ASCII whose lower case begins with an ASCII letter are the Kelvin sign (`k`, in no pattern)
/// and the dotted capital I (`i` and a combining dot, and no pattern ends in `i`).
fn is_trailer(line: &str) -> bool {
    let parenthesised = line.starts_with('(') && line.ends_with(')');
    let credit_words = [
        "contribut",
        "reporting",
        "editing",
        "writing by",
        "compiled by",
        "additional",
        "this report",
        "this story",
    ];
    let contains = |word: &&str| contains_ignore_ascii_case(line, word);
    let starts = |prefix: &str| {
        line.as_bytes()
            .get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
    };
    (parenthesised && credit_words.iter().any(contains))
        || line.starts_with('©')
        || starts("copyright")
        || starts("(c) ")
        || line.eq_ignore_ascii_case("comments")
        || line.eq_ignore_ascii_case("reuter")
        || starts("reporting by")
        || starts("additional reporting by")
        || starts("editing by")
        || (!more_chars_than(line, 299)
            && (contains(&"contributed to this report") || contains(&"contributed reporting")))
}

/// Whether `text` holds `word` (ASCII, lower case) in any ASCII case.
fn contains_ignore_ascii_case(text: &str, word: &str) -> bool {
    let (text, word) = (text.as_bytes(), word.as_bytes());
    let Some(&first) = word.first() else {
        return true;
    };
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), text).any(|at| {
        text.get(at..at + word.len())
            .is_some_and(|candidate| candidate.eq_ignore_ascii_case(word))
    })
}

mod markdown {
    //! The Markdown side of the prose mask: fenced and indented code, HTML comments and tags,
    //! link targets, inline code and emphasis markers are blanked; headings, block quotes and
    //! list items are recognised line by line.

    use super::{blank, is_blank, split_lines, Block, Line, LineRole};
    use crate::text::Span;

    pub(super) fn mask(text: &str, prose: &mut [u8], comments: &mut Vec<Span>) -> Vec<Line> {
        // HTML comments first: they may span lines and hide anything.
        let mut search = 0;
        while let Some(found) = text[search..].find("<!--") {
            let start = search + found;
            let end = text[start + 4..]
                .find("-->")
                .map(|e| start + 4 + e + 3)
                .unwrap_or(text.len());
            comments.push(Span::new(start, end));
            blank(prose, Span::new(start, end));
            search = end;
        }

        let mut lines = Vec::new();
        let mut fence: Option<(char, usize)> = None;
        let mut previous_blank = true;
        for span in split_lines(text) {
            let line = span.slice(text);
            let already_blank = std::str::from_utf8(&prose[span.start..span.end])
                .is_ok_and(|line| line.trim().is_empty());
            let trimmed = line.trim_start();
            let indent = line.len() - trimmed.len();
            if let Some((mark, width)) = fence {
                blank(prose, span);
                if trimmed.starts_with(&mark.to_string().repeat(width))
                    && trimmed.trim_end().chars().all(|c| c == mark)
                {
                    fence = None;
                }
                lines.push(Line {
                    span,
                    role: LineRole::Text,
                });
                previous_blank = true;
                continue;
            }
            if indent <= 3 && (trimmed.starts_with("```") || trimmed.starts_with("~~~")) {
                let mark = trimmed.chars().next().unwrap_or('`');
                let width = trimmed.chars().take_while(|&c| c == mark).count();
                fence = Some((mark, width));
                blank(prose, span);
                lines.push(Line {
                    span,
                    role: LineRole::Text,
                });
                previous_blank = true;
                continue;
            }
            if already_blank {
                lines.push(Line {
                    span,
                    role: LineRole::Text,
                });
                previous_blank = true;
                continue;
            }
            if (indent >= 4 || line.starts_with('\t')) && previous_blank {
                // An indented code block; it continues while lines stay indented.
                blank(prose, span);
                lines.push(Line {
                    span,
                    role: LineRole::Text,
                });
                continue;
            }
            previous_blank = false;
            let role = classify(trimmed);
            let content_start = span.start + indent + marker_width(trimmed, role);
            blank(prose, Span::new(span.start, content_start.min(span.end)));
            mask_inline(
                text,
                prose,
                Span::new(content_start.min(span.end), span.end),
            );
            let emphasised = role == LineRole::Text && is_emphasised_line(trimmed.trim_end());
            lines.push(Line {
                span,
                role: if emphasised {
                    LineRole::Emphasised
                } else {
                    role
                },
            });
        }
        lines
    }

    fn classify(trimmed: &str) -> LineRole {
        let hashes = trimmed.chars().take_while(|&c| c == '#').count();
        if (1..=6).contains(&hashes) && trimmed[hashes..].starts_with([' ', '\t'])
            || (1..=6).contains(&hashes) && trimmed.len() == hashes
        {
            return LineRole::Heading(hashes as u8);
        }
        let compact: String = trimmed.chars().filter(|c| !c.is_whitespace()).collect();
        if compact.len() >= 3
            && (compact.chars().all(|c| c == '-')
                || compact.chars().all(|c| c == '*')
                || compact.chars().all(|c| c == '_'))
        {
            return LineRole::Break;
        }
        if trimmed.starts_with('>') {
            return LineRole::BlockQuote;
        }
        if trimmed.starts_with(['-', '*', '+']) && trimmed[1..].starts_with(' ') {
            return LineRole::ListItem;
        }
        let digits = trimmed.chars().take_while(|c| c.is_ascii_digit()).count();
        if (1..=9).contains(&digits)
            && trimmed[digits..].starts_with(['.', ')'])
            && trimmed[digits + 1..].starts_with(' ')
        {
            return LineRole::ListItem;
        }
        LineRole::Text
    }

    fn marker_width(trimmed: &str, role: LineRole) -> usize {
        match role {
            LineRole::Heading(level) => level as usize,
            LineRole::BlockQuote => trimmed
                .chars()
                .take_while(|&c| c == '>' || c == ' ')
                .count(),
            LineRole::ListItem => trimmed.find(' ').unwrap_or(0),
            LineRole::Break => trimmed.len(),
            _ => 0,
        }
    }

    fn is_emphasised_line(line: &str) -> bool {
        for mark in ["***", "**", "*", "___", "__", "_"] {
            if line.len() > 2 * mark.len() && line.starts_with(mark) && line.ends_with(mark) {
                return !line[mark.len()..line.len() - mark.len()].contains(mark);
            }
        }
        false
    }

    /// Blanks inline markup inside one line of prose.
    fn mask_inline(text: &str, prose: &mut [u8], span: Span) {
        let line = span.slice(text);
        let bytes = line.as_bytes();
        let base = span.start;
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'`' => {
                    let ticks = bytes[i..].iter().take_while(|&&b| b == b'`').count();
                    let closer = "`".repeat(ticks);
                    let end = line[i + ticks..]
                        .find(&closer)
                        .map(|e| i + ticks + e + ticks)
                        .unwrap_or(i + ticks);
                    blank(prose, Span::new(base + i, base + end));
                    i = end;
                }
                b'!' if bytes.get(i + 1) == Some(&b'[') => {
                    let end = link_end(line, i + 1).unwrap_or(i + 1);
                    blank(prose, Span::new(base + i, base + end));
                    i = end.max(i + 1);
                }
                b'[' => {
                    if let Some(end) = link_end(line, i) {
                        let text_end = line[i..].find("](").map(|e| i + e).unwrap_or(i);
                        blank(prose, Span::new(base + i, base + i + 1));
                        blank(prose, Span::new(base + text_end, base + end));
                        i = text_end.max(i + 1);
                    } else {
                        i += 1;
                    }
                }
                b'<' => {
                    let end = line[i..].find('>').map(|e| i + e + 1);
                    let looks_like_tag = bytes
                        .get(i + 1)
                        .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'/');
                    match end {
                        Some(end) if looks_like_tag => {
                            blank(prose, Span::new(base + i, base + end));
                            i = end;
                        }
                        _ => i += 1,
                    }
                }
                b'h' if line[i..].starts_with("http://") || line[i..].starts_with("https://") => {
                    let end = line[i..]
                        .find(char::is_whitespace)
                        .map(|e| i + e)
                        .unwrap_or(line.len());
                    blank(prose, Span::new(base + i, base + end));
                    i = end;
                }
                b'*' => {
                    blank(prose, Span::new(base + i, base + i + 1));
                    i += 1;
                }
                b'_' => {
                    let before = i
                        .checked_sub(1)
                        .map(|j| bytes[j].is_ascii_alphanumeric())
                        .unwrap_or(false);
                    let after = bytes.get(i + 1).is_some_and(|b| b.is_ascii_alphanumeric());
                    if !(before && after) {
                        blank(prose, Span::new(base + i, base + i + 1));
                    }
                    i += 1;
                }
                b'\\' if bytes.get(i + 1).is_some_and(|b| b.is_ascii_punctuation()) => {
                    blank(prose, Span::new(base + i, base + i + 1));
                    i += 2;
                }
                _ => i += 1,
            }
        }
    }

    /// The end of `[text](target)` starting at `open`, if it is a link.
    fn link_end(line: &str, open: usize) -> Option<usize> {
        let close = line[open..].find("](")? + open;
        if line[open + 1..close].contains('[') {
            return None;
        }
        let target_end = line[close + 2..].find(')')? + close + 2;
        Some(target_end + 1)
    }

    pub(super) fn blocks(_text: &str, prose: &str, lines: &[Line]) -> Vec<Block> {
        let mut blocks: Vec<Block> = Vec::new();
        let mut open = false;
        for line in lines {
            if is_blank(prose, line.span) && line.role != LineRole::Break {
                open = false;
                continue;
            }
            let joins = open
                && matches!(
                    (blocks.last().map(|b| b.role), line.role),
                    (Some(LineRole::BlockQuote), LineRole::BlockQuote)
                        | (Some(LineRole::ListItem), LineRole::Text)
                        | (Some(LineRole::Text | LineRole::Emphasised), LineRole::Text)
                );
            if joins {
                if let Some(last) = blocks.last_mut() {
                    last.span.end = line.span.end;
                    last.lines += 1;
                    if last.role == LineRole::Emphasised {
                        last.role = LineRole::Text;
                    }
                }
            } else {
                blocks.push(Block {
                    span: line.span,
                    role: line.role,
                    lines: 1,
                });
            }
            open = !matches!(line.role, LineRole::Heading(_) | LineRole::Break);
        }
        blocks
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, spans: impl IntoIterator<Item = Span>) -> Vec<&str> {
        spans.into_iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn plain_text_with_section_line_and_one_line_paragraphs() {
        let draft = "Mayor says levee will hold\nPublished in News & Features\nThe mayor said on Monday that the levee, which was built in 1952 and repaired twice since, would hold through the spring floods.\n“We are ready,” she said, standing on the levee with engineers who had inspected it for three days.\n(Lee Park contributed to this report.)\n_____\n©2025 Example News. Distributed by Agency, LLC.\nComments";
        let s = parse(draft, Format::PlainText);
        assert_eq!(
            s.headline.map(|h| h.slice(draft)),
            Some("Mayor says levee will hold")
        );
        assert_eq!(
            texts(draft, s.metadata.iter().map(|m| m.span)),
            vec!["Published in News & Features"]
        );
        assert_eq!(s.paragraphs.len(), 2);
        assert!(s.paragraphs[0]
            .span
            .slice(draft)
            .starts_with("The mayor said"));
        assert_eq!(s.trailer.len(), 4);
    }

    #[test]
    fn hard_wrapped_wire_copy_splits_on_indentation() {
        let draft = "LEVEE HOLDS AS RIVER CRESTS\n     FRESNO, Calif., Feb 26 - The county said the\nlevee held overnight.\n    The river crested at 30\nfeet on Tuesday, it said.\n Reuter\n";
        let s = parse(draft, Format::PlainText);
        assert_eq!(
            s.headline.map(|h| h.slice(draft)),
            Some("LEVEE HOLDS AS RIVER CRESTS")
        );
        assert!(s.metadata.is_empty());
        assert_eq!(
            texts(draft, s.paragraphs.iter().map(|p| p.span)),
            vec![
                "FRESNO, Calif., Feb 26 - The county said the\nlevee held overnight.",
                "The river crested at 30\nfeet on Tuesday, it said."
            ]
        );
        assert_eq!(texts(draft, s.trailer.clone()), vec!["Reuter"]);
    }

    #[test]
    fn blank_line_paragraphs_with_slug_dek_and_byline() {
        let draft = "FLOOD-LEVEE\n\nCounty says levee repairs were delayed for months\nRecords show warnings in March went unanswered\n\nBy Dana Whitfield\n\nFRESNO, Calif. — County engineers warned state officials.\n\n\"We knew,\" she said.\n";
        let s = parse(draft, Format::PlainText);
        assert_eq!(
            s.headline.map(|h| h.slice(draft)),
            Some("County says levee repairs were delayed for months")
        );
        let kinds: Vec<MetaKind> = s.metadata.iter().map(|m| m.kind).collect();
        assert_eq!(
            kinds,
            vec![MetaKind::Section, MetaKind::Dek, MetaKind::Byline]
        );
        assert_eq!(
            s.lede().map(|(_, p)| p.span.slice(draft)),
            Some("FRESNO, Calif. — County engineers warned state officials.")
        );
    }

    #[test]
    fn markdown_masks_non_prose_and_finds_zones() {
        let draft = "---\ntitle: Levee\ntype: news\n---\n# County says levee held\n\n*Records show warnings went unanswered*\n\nBy Dana Whitfield\n\n**FRESNO, Calif.** — The [county](https://example.com/a \"x\") said.\n<!-- copydesk-disable-next-line unattributed-quote -->\n```\n\"code quote\"\n```\n\n## What next\n\n> \"A long excerpt.\"\n";
        let s = parse(draft, Format::Markdown);
        assert_eq!(s.prose.len(), draft.len());
        assert!(s.front_matter.is_some());
        assert_eq!(
            s.headline.map(|h| s.prose_of(h)),
            Some("County says levee held")
        );
        assert_eq!(
            s.metadata.iter().map(|m| m.kind).collect::<Vec<_>>(),
            vec![MetaKind::Dek, MetaKind::Byline]
        );
        let lede = s.lede().unwrap().1.span;
        assert!(
            s.prose_of(lede)
                .starts_with("FRESNO, Calif.   — The  county "),
            "{:?}",
            s.prose_of(lede)
        );
        assert!(!s.prose.contains("example.com"));
        assert!(!s.prose.contains("code quote"));
        assert_eq!(s.comments.len(), 1);
        let kinds: Vec<ParagraphKind> = s.paragraphs.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            vec![
                ParagraphKind::Body,
                ParagraphKind::Subhead,
                ParagraphKind::BlockQuote
            ]
        );
    }

    #[test]
    fn trailer_lines_match_in_any_case_without_lower_casing() {
        assert!(is_trailer("(Additional REPORTING by Lee Park)"));
        assert!(is_trailer("COPYRIGHT 2025 Example News"));
        assert!(is_trailer("Comments"));
        assert!(is_trailer("Lee Park Contributed To This Report."));
        assert!(!is_trailer("(Lee Park spoke to reporters)"));
        assert!(!is_trailer("Copy editors met on Monday."));
        assert!(!is_trailer(&format!(
            "{} contributed to this report.",
            "Lee Park, ".repeat(30)
        )));
        assert!(contains_ignore_ascii_case(
            "Über CONTRIBUTED",
            "contributed"
        ));
        assert!(!contains_ignore_ascii_case("contribute", "contributed"));
    }

    #[test]
    fn characters_are_counted_only_when_the_byte_length_leaves_doubt() {
        assert!(!more_chars_than("abc", 3));
        assert!(more_chars_than("abcd", 3));
        assert!(!more_chars_than("ééé", 3));
        assert!(more_chars_than(&"é".repeat(4), 3));
    }

    #[test]
    fn a_single_paragraph_is_body_not_headline() {
        let draft = "“We are ready,” she said.";
        let s = parse(draft, Format::PlainText);
        assert!(s.headline.is_none());
        assert_eq!(s.paragraphs.len(), 1);
    }
}
