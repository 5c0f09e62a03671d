//! Suppression comments in plain text. Plain text has no markup, but a writer silences copydesk
//! in it with the comments Markdown uses, `<!-- copydesk-disable-line name-spelling -->`, each
//! on one line. Only these are read and blanked: any other `<!--` in a plain-text draft is
//! prose, and a comment left open never blanks the rest of the draft.

use super::lines::{blank, Line};
use crate::text::Span;

/// The `<!-- copydesk-… -->` comments of a plain-text draft, in order.
pub(super) fn suppression_comments(text: &str) -> Vec<Span> {
    let mut comments: Vec<Span> = Vec::new();
    // Every byte of a plain-text draft passes here; memmem skips to the rare "<!--" by SIMD.
    for start in memchr::memmem::find_iter(text.as_bytes(), "<!--") {
        if comments.last().is_some_and(|last| start < last.end) {
            continue;
        }
        let rest = &text[start + 4..];
        let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
        if !line.trim_start().starts_with("copydesk-") {
            continue;
        }
        if let Some(end) = line.find("-->") {
            comments.push(Span::new(start, start + 4 + end + 3));
        }
    }
    comments
}

/// The prose of a plain-text draft: the text, with its suppression comments (and any other
/// spans that are no prose) blanked.
pub(super) fn prose<'a>(text: &str, blanked: impl Iterator<Item = &'a Span>) -> String {
    let mut blanked = blanked.peekable();
    // Most drafts have none: the text is its prose.
    if blanked.peek().is_none() {
        return text.to_owned();
    }
    let mut prose = text.as_bytes().to_vec();
    for &span in blanked {
        blank(&mut prose, span);
    }
    // Blanking replaces whole characters with white space, so the mask stays valid UTF-8.
    String::from_utf8(prose).unwrap_or_else(|_| " ".repeat(text.len()))
}

/// Leaves a comment at either end of a line out of the line, so that the layout of its run
/// (indented, long or short lines) reads the line as the writer wrote it.
pub(super) fn trim_from_lines(text: &str, lines: &mut [Line], comments: &[Span]) {
    for &comment in comments {
        let at = lines.partition_point(|line| line.span.end < comment.start);
        let Some(line) = lines.get_mut(at) else {
            continue;
        };
        let span = line.span;
        if text[comment.end..span.end].trim().is_empty() {
            let before = text[span.start..comment.start].trim_end();
            line.span.end = span.start + before.len();
        } else if text[span.start..comment.start].trim().is_empty() {
            let after = &text[comment.end..span.end];
            line.span.start = span.end - after.trim_start().len();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::structure::{parse, Format};

    #[test]
    fn only_closed_copydesk_comments_on_one_line_are_read() {
        let text = "Headline\n\nText. <!-- copydesk-disable-line name-spelling -->\nA <!-- note --> and <!-- copydesk-disable\nnever closed -->\n";
        let comments: Vec<&str> = suppression_comments(text)
            .iter()
            .map(|span| span.slice(text))
            .collect();
        assert_eq!(
            comments,
            vec!["<!-- copydesk-disable-line name-spelling -->"]
        );
    }

    #[test]
    fn a_comment_is_blanked_and_keeps_its_line_in_its_paragraph() {
        let text = "Levee holds\n\nThe county met on Monday to review the levee and the road,\nwhich flooded. <!-- copydesk-disable-line name-spelling -->\nNobody came.\n";
        let structure = parse(text, Format::PlainText);
        assert_eq!(structure.comments.len(), 1);
        assert!(!structure.prose.contains("copydesk"));
        let paragraphs: Vec<&str> = structure
            .paragraphs
            .iter()
            .map(|p| p.span.slice(text))
            .collect();
        let without_comment = parse(
            &text.replace(" <!-- copydesk-disable-line name-spelling -->", ""),
            Format::PlainText,
        );
        assert_eq!(paragraphs.len(), without_comment.paragraphs.len());
        assert_eq!(paragraphs[0], "The county met on Monday to review the levee and the road,\nwhich flooded. <!-- copydesk-disable-line name-spelling -->\nNobody came.");
    }
}
