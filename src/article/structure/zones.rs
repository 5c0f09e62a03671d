//! Sorting a draft's blocks into its zones, in the order an editor reads them: the trailer is
//! cut off the end first, then the headline, the metadata lines under it, and the body.

use super::line_kinds::{is_byline, is_kicker, is_metadata_line, is_slug, is_trailer, plain_rule};
use super::lines::{is_blank, Block, LineRole};
use super::{Format, MetaKind, MetaLine, Paragraph, ParagraphKind, Structure};
use crate::text::{trim_span, Span};

/// Fills the headline, metadata, paragraphs and trailer of `structure` from its blocks.
pub(super) fn assign(structure: &mut Structure, text: &str, blocks: Vec<Block>) {
    // Taken out for the while, not cloned, and put back at the end.
    let prose = std::mem::take(&mut structure.prose);
    let mut blocks = trimmed_blocks(&prose, blocks);
    let body_end = trailer_start(text, &blocks);
    structure.trailer = trailer_spans(text, &blocks[body_end..]);
    blocks.truncate(body_end);
    if structure.format == Format::PlainText && blocks.len() > 1 {
        split_headline_from_dek(&prose, text, &mut blocks);
    }
    let after_headline = read_headline(structure, text, &blocks);
    let body_start = read_metadata(structure, &prose, &blocks, after_headline);
    structure.paragraphs = body_paragraphs(&prose, &blocks[body_start..]);
    structure.prose = prose;
}

/// The blocks with some prose in them, trimmed of white space at both ends.
fn trimmed_blocks(prose: &str, blocks: Vec<Block>) -> Vec<Block> {
    blocks
        .into_iter()
        .filter(|block| !is_blank(prose, block.span))
        .map(|block| Block {
            span: trim_span(prose, block.span),
            ..block
        })
        .collect()
}

/// Where the trailer starts: everything after a rule line near the end, and trailer-shaped
/// paragraphs at the end.
fn trailer_start(text: &str, blocks: &[Block]) -> usize {
    let mut body_end = blocks.len();
    while body_end > 0 {
        let block = blocks[body_end - 1];
        let line = block.span.slice(text).trim();
        if block.role == LineRole::Break || is_trailer(line) {
            body_end -= 1;
            continue;
        }
        let last_rule = blocks[..body_end]
            .iter()
            .rposition(|b| b.role == LineRole::Break && plain_rule(b.span.slice(text)));
        match last_rule {
            Some(rule) if body_end - rule <= 4 && rule > 0 => body_end = rule,
            _ => break,
        }
    }
    body_end
}

/// The trailer's lines, without Markdown's rules but with plain text's `_____` lines.
fn trailer_spans(text: &str, trailer: &[Block]) -> Vec<Span> {
    trailer
        .iter()
        .filter(|b| b.role != LineRole::Break || plain_rule(b.span.slice(text)))
        .map(|b| b.span)
        .collect()
}

/// In plain text the headline is one line; the lines under it in the same block are a dek.
fn split_headline_from_dek(prose: &str, text: &str, blocks: &mut Vec<Block>) {
    let head = usize::from(is_slug(blocks[0].span.slice(text)) && blocks.len() > 2);
    let block = blocks[head];
    let Some(newline) = block.span.slice(text).find('\n') else {
        return;
    };
    let break_at = block.span.start + newline;
    blocks[head] = Block {
        span: trim_span(prose, Span::new(block.span.start, break_at)),
        lines: 1,
        ..block
    };
    let dek = Block {
        span: trim_span(prose, Span::new(break_at, block.span.end)),
        lines: block.lines - 1,
        ..block
    };
    blocks.insert(head + 1, dek);
}

/// Headline: Markdown's first `#` heading, or the first line of a plain-text draft with more
/// than one block. A lone all-capitals token before it is a slug. Returns the index of the
/// first block after the headline.
fn read_headline(structure: &mut Structure, text: &str, blocks: &[Block]) -> usize {
    match structure.format {
        Format::Markdown => match blocks.first() {
            Some(first) if first.role == LineRole::Heading(1) => {
                structure.headline = Some(first.span);
                1
            }
            _ => 0,
        },
        Format::PlainText if blocks.len() > 1 => {
            let mut index = 0;
            let first = blocks[0];
            if is_slug(first.span.slice(text)) && blocks.len() > 2 {
                structure.metadata.push(MetaLine {
                    span: first.span,
                    kind: MetaKind::Section,
                });
                index = 1;
            }
            structure.headline = Some(blocks[index].span);
            index + 1
        }
        Format::PlainText => 0,
    }
}

/// Metadata: short lines between the headline and the body (dek, section line, byline), never
/// the last block. Returns the index of the first body block.
fn read_metadata(
    structure: &mut Structure,
    prose: &str,
    blocks: &[Block],
    after_headline: usize,
) -> usize {
    let mut index = after_headline;
    while index < blocks.len() && blocks.len() - index > 1 {
        let block = blocks[index];
        let under_headline = structure.headline.is_some() && index == after_headline;
        let Some(kind) = metadata_kind(&block, block.span.slice(prose).trim(), under_headline)
        else {
            break;
        };
        structure.metadata.push(MetaLine {
            span: block.span,
            kind,
        });
        index += 1;
    }
    index
}

/// What a block above the body is, if it is metadata: a byline, a dek (emphasised, a subheading
/// or a long label right under the headline) or a section line.
fn metadata_kind(block: &Block, line: &str, under_headline: bool) -> Option<MetaKind> {
    if is_byline(line) {
        return Some(MetaKind::Byline);
    }
    let subheading = matches!(block.role, LineRole::Heading(2..));
    if block.role == LineRole::Emphasised || subheading && under_headline {
        return Some(MetaKind::Dek);
    }
    let label_role = !matches!(
        block.role,
        LineRole::Heading(_) | LineRole::ListItem | LineRole::BlockQuote
    );
    if block.lines != 1 || !is_metadata_line(line) || !label_role {
        return None;
    }
    if under_headline && line.chars().count() > 40 {
        Some(MetaKind::Dek)
    } else {
        Some(MetaKind::Section)
    }
}

fn body_paragraphs(prose: &str, blocks: &[Block]) -> Vec<Paragraph> {
    blocks
        .iter()
        .filter(|b| b.role != LineRole::Break)
        .map(|b| Paragraph {
            span: b.span,
            kind: match b.role {
                LineRole::Heading(_) => ParagraphKind::Subhead,
                LineRole::Text if b.lines == 1 && is_kicker(b.span.slice(prose)) => {
                    ParagraphKind::Subhead
                }
                LineRole::BlockQuote => ParagraphKind::BlockQuote,
                LineRole::ListItem => ParagraphKind::ListItem,
                _ => ParagraphKind::Body,
            },
        })
        .collect()
}
