//! The Markdown side of the prose mask: fenced and indented code, HTML comments and tags,
//! link targets, inline code and emphasis markers are blanked; headings, block quotes and
//! list items are recognised line by line.

use super::lines::{blank, is_blank, split_lines, Block, Line, LineRole};
use crate::text::Span;

/// Blanks the Markdown of `text` in `prose`, collects its HTML comments, and returns its lines
/// with the role Markdown gives each.
pub(super) fn mask(text: &str, prose: &mut [u8], comments: &mut Vec<Span>) -> Vec<Line> {
    // HTML comments first: they may span lines and hide anything.
    blank_comments(text, prose, comments);
    let mut reader = BlockReader {
        fence: None,
        previous_blank: true,
    };
    split_lines(text)
        .into_iter()
        .map(|span| Line {
            span,
            role: reader.mask_line(text, prose, span),
        })
        .collect()
}

fn blank_comments(text: &str, prose: &mut [u8], comments: &mut Vec<Span>) {
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
}

/// A code fence: its character (`` ` `` or `~`) and how many of them opened it.
#[derive(Clone, Copy)]
struct Fence {
    mark: char,
    width: usize,
}

/// The state carried from line to line: an open code fence, and whether the line before was
/// blank (an indented line after a blank one opens a code block).
struct BlockReader {
    fence: Option<Fence>,
    previous_blank: bool,
}

impl BlockReader {
    /// Blanks what is not prose on one line and says what the line is.
    fn mask_line(&mut self, text: &str, prose: &mut [u8], span: Span) -> LineRole {
        let line = span.slice(text);
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if let Some(fence) = self.fence {
            blank(prose, span);
            let closes = trimmed.starts_with(&fence.mark.to_string().repeat(fence.width))
                && trimmed.trim_end().chars().all(|c| c == fence.mark);
            if closes {
                self.fence = None;
            }
            self.previous_blank = true;
            return LineRole::Text;
        }
        if indent <= 3 && (trimmed.starts_with("```") || trimmed.starts_with("~~~")) {
            let mark = trimmed.chars().next().unwrap_or('`');
            let width = trimmed.chars().take_while(|&c| c == mark).count();
            self.fence = Some(Fence { mark, width });
            blank(prose, span);
            self.previous_blank = true;
            return LineRole::Text;
        }
        let already_blank = std::str::from_utf8(&prose[span.start..span.end])
            .is_ok_and(|line| line.trim().is_empty());
        if already_blank {
            self.previous_blank = true;
            return LineRole::Text;
        }
        if (indent >= 4 || line.starts_with('\t')) && self.previous_blank {
            // An indented code block; it continues while lines stay indented.
            blank(prose, span);
            return LineRole::Text;
        }
        self.previous_blank = false;
        mask_text_line(text, prose, span, indent)
    }
}

/// A line of text: its block marker (`#`, `>`, `-`) and inline markup are blanked.
fn mask_text_line(text: &str, prose: &mut [u8], span: Span, indent: usize) -> LineRole {
    let trimmed = span.slice(text).trim_start();
    let role = classify(trimmed);
    let content_start = (span.start + indent + marker_width(trimmed, role)).min(span.end);
    blank(prose, Span::new(span.start, content_start));
    mask_inline(text, prose, Span::new(content_start, span.end));
    if role == LineRole::Text && is_emphasised_line(trimmed.trim_end()) {
        LineRole::Emphasised
    } else {
        role
    }
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

/// Blanks inline markup inside one line of prose: code spans, images, link targets, HTML tags,
/// bare addresses, emphasis markers and backslash escapes.
fn mask_inline(text: &str, prose: &mut [u8], span: Span) {
    let line = InlineLine {
        text: span.slice(text),
        base: span.start,
    };
    let bytes = line.text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        i = match bytes[i] {
            b'`' => line.blank_code_span(prose, i),
            b'!' if bytes.get(i + 1) == Some(&b'[') => line.blank_image(prose, i),
            b'[' => line.blank_link_target(prose, i),
            b'<' => line.blank_tag(prose, i),
            b'h' if line.rest(i).starts_with("http://") || line.rest(i).starts_with("https://") => {
                line.blank_address(prose, i)
            }
            b'*' => line.blank_marker(prose, i),
            b'_' => line.blank_underscore(prose, i),
            b'\\' if bytes.get(i + 1).is_some_and(|b| b.is_ascii_punctuation()) => {
                line.blank(prose, i, i + 1);
                i + 2
            }
            _ => i + 1,
        };
    }
}

/// One line of Markdown and where it starts in the text. Each `blank_…` blanks one piece of
/// markup starting at byte `i` of the line and returns where reading goes on.
struct InlineLine<'a> {
    text: &'a str,
    base: usize,
}

impl InlineLine<'_> {
    fn rest(&self, i: usize) -> &str {
        &self.text[i..]
    }

    fn blank(&self, prose: &mut [u8], start: usize, end: usize) {
        blank(prose, Span::new(self.base + start, self.base + end));
    }

    /// `` `code` ``, with as many backticks to close as opened; unclosed, only the ticks.
    fn blank_code_span(&self, prose: &mut [u8], i: usize) -> usize {
        let ticks = self.text.as_bytes()[i..]
            .iter()
            .take_while(|&&b| b == b'`')
            .count();
        let closer = "`".repeat(ticks);
        let end = self.text[i + ticks..]
            .find(&closer)
            .map(|e| i + ticks + e + ticks)
            .unwrap_or(i + ticks);
        self.blank(prose, i, end);
        end
    }

    /// `![alt](image)`: an image is no prose at all.
    fn blank_image(&self, prose: &mut [u8], i: usize) -> usize {
        let end = link_end(self.text, i + 1).unwrap_or(i + 1);
        self.blank(prose, i, end);
        end.max(i + 1)
    }

    /// `[text](target)`: the brackets and the target go, the link's text stays prose.
    fn blank_link_target(&self, prose: &mut [u8], i: usize) -> usize {
        let Some(end) = link_end(self.text, i) else {
            return i + 1;
        };
        let text_end = self.text[i..].find("](").map(|e| i + e).unwrap_or(i);
        self.blank(prose, i, i + 1);
        self.blank(prose, text_end, end);
        text_end.max(i + 1)
    }

    /// `<tag …>` and `</tag>`; a `<` before anything else is prose ("a < b").
    fn blank_tag(&self, prose: &mut [u8], i: usize) -> usize {
        let end = self.text[i..].find('>').map(|e| i + e + 1);
        let looks_like_tag = self
            .text
            .as_bytes()
            .get(i + 1)
            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'/');
        match end {
            Some(end) if looks_like_tag => {
                self.blank(prose, i, end);
                end
            }
            _ => i + 1,
        }
    }

    /// A bare `https://…` address, up to the next white space.
    fn blank_address(&self, prose: &mut [u8], i: usize) -> usize {
        let end = self.text[i..]
            .find(char::is_whitespace)
            .map(|e| i + e)
            .unwrap_or(self.text.len());
        self.blank(prose, i, end);
        end
    }

    fn blank_marker(&self, prose: &mut [u8], i: usize) -> usize {
        self.blank(prose, i, i + 1);
        i + 1
    }

    /// `_` marks emphasis unless it joins two words (`snake_case`).
    fn blank_underscore(&self, prose: &mut [u8], i: usize) -> usize {
        let bytes = self.text.as_bytes();
        let before = i
            .checked_sub(1)
            .is_some_and(|j| bytes[j].is_ascii_alphanumeric());
        let after = bytes.get(i + 1).is_some_and(|b| b.is_ascii_alphanumeric());
        if !(before && after) {
            self.blank(prose, i, i + 1);
        }
        i + 1
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
