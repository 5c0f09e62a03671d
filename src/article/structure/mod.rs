//! The anatomy of a draft: front matter, headline, metadata lines (dek, section, byline), body
//! paragraphs and trailer, with byte spans. Also the prose mask: a copy of the text, byte for
//! byte the same length, in which everything that is not prose (front matter, code, HTML
//! comments, link URLs, Markdown markup) is blanked to white space, so that every later pass can
//! read prose and still report offsets into the original text.

mod line_kinds;
mod lines;
mod markdown;
mod plain_comments;
mod plain_markup;
mod zones;

use super::front_matter::{self, FrontMatter};
use crate::text::Span;
use lines::{blank, plain_blocks, plain_lines};

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
    /// HTML comments (in plain text, only `<!-- copydesk-… -->` ones), where suppression
    /// comments live.
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
        // Plain text has no markup but what a content system leaves: its prose is the text,
        // less its suppression comments and element tags.
        Format::PlainText => {
            comments = plain_comments::suppression_comments(text);
            let mut lines = plain_lines(text);
            plain_comments::trim_from_lines(text, &mut lines, &comments);
            let tags = plain_markup::tags(text);
            let prose = plain_comments::prose(text, comments.iter().chain(&tags));
            (None, prose, lines)
        }
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
    zones::assign(&mut structure, text, blocks);
    structure
}

#[cfg(test)]
mod tests;
