//! The edge between byte spans and the protocol: positions and ranges in the negotiated
//! encoding, findings as diagnostics. Every conversion clamps; an editor's position past the
//! end of a line or of the text is an ordinary event, not a reason to fail.

use crate::finding::{Finding, Severity};
use crate::text::{Encoding, LineCol, LineIndex, Span};
use tower_lsp::lsp_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location,
    NumberOrString, Position, PositionEncodingKind, Range, Url,
};

/// UTF-8 when the client offers it (no conversion at all), else UTF-16, which every client
/// must understand.
pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
    match offered {
        Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => Encoding::Utf8,
        _ => Encoding::Utf16,
    }
}

pub fn encoding_kind(encoding: Encoding) -> PositionEncodingKind {
    match encoding {
        Encoding::Utf8 => PositionEncodingKind::UTF8,
        Encoding::Utf16 => PositionEncodingKind::UTF16,
        Encoding::Utf32 => PositionEncodingKind::UTF32,
    }
}

/// A text with its line index, in one encoding: everything a conversion needs.
#[derive(Clone, Copy)]
pub struct Lines<'a> {
    pub text: &'a str,
    pub index: &'a LineIndex,
    pub encoding: Encoding,
}

impl Lines<'_> {
    pub fn position(&self, offset: usize) -> Position {
        let LineCol { line, col } = self.index.position(self.text, offset, self.encoding);
        Position::new(line, col)
    }

    pub fn range(&self, span: Span) -> Range {
        Range::new(self.position(span.start), self.position(span.end))
    }

    pub fn offset(&self, position: Position) -> usize {
        self.index.offset(
            self.text,
            LineCol {
                line: position.line,
                col: position.character,
            },
            self.encoding,
        )
    }

    /// The byte span of a range; a range given backwards is read forwards.
    pub fn span(&self, range: Range) -> Span {
        let (a, b) = (self.offset(range.start), self.offset(range.end));
        Span::new(a.min(b), a.max(b))
    }

    /// The zero-based line of an offset, as a position's line.
    pub fn line_of(&self, offset: usize) -> u32 {
        self.position(offset).line
    }
}

pub fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
        Severity::Hint => DiagnosticSeverity::HINT,
    }
}

pub fn diagnostic(finding: &Finding, lines: Lines, uri: &Url) -> Diagnostic {
    let mut related: Vec<DiagnosticRelatedInformation> = finding
        .related
        .iter()
        .map(|related| DiagnosticRelatedInformation {
            location: Location::new(uri.clone(), lines.range(related.span)),
            message: related.message.clone(),
        })
        .collect();
    related.extend(finding.related_elsewhere.iter().filter_map(|elsewhere| {
        // The record's paths are the ones the server read, absolute.
        let file = Url::from_file_path(&elsewhere.path).ok()?;
        let line = elsewhere.line.saturating_sub(1) as u32;
        Some(DiagnosticRelatedInformation {
            location: Location::new(
                file,
                Range::new(Position::new(line, 0), Position::new(line + 1, 0)),
            ),
            message: elsewhere.message.clone(),
        })
    }));
    Diagnostic {
        range: lines.range(finding.span),
        severity: Some(severity(finding.severity)),
        code: Some(NumberOrString::String(finding.rule.code().to_string())),
        code_description: finding
            .rule
            .doc_url()
            .and_then(|url| Url::parse(&url).ok())
            .map(|href| CodeDescription { href }),
        source: Some("copydesk".to_string()),
        message: finding.message.clone(),
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Rule;

    // A combining diaeresis, a skin-toned emoji, curly quotes and an em dash before the flagged quote.
    const ZOE: &str = "Zoe\u{308}";
    const DRAFT: &str = "KYIV — 🇺🇦 Crowds cheered.\n“Zoe\u{308} said 👋🏽 “hello,” she added.\n";

    fn flagged_hello() -> Finding {
        let start = DRAFT.find("“hello").unwrap();
        let end = start + "“hello,”".len();
        let majority = DRAFT.find(ZOE).unwrap();
        Finding::new(
            Rule::UnattributedQuote,
            Span::new(start, end),
            "A direct quotation has no speaker.",
        )
        .with_related(
            Span::new(majority, majority + ZOE.len()),
            "Zoë was quoted here",
        )
    }

    #[test]
    fn a_quote_after_emoji_has_exact_utf16_and_utf8_ranges() {
        let uri = Url::parse("file:///drafts/kyiv.md").unwrap();
        let index = LineIndex::new(DRAFT);
        // “ Zoë ␠ said ␠ 👋🏽 ␠ is 1+4+1+4+1+4+1 = 16 UTF-16 units before “hello,” (8 units).
        let utf16 = diagnostic(
            &flagged_hello(),
            Lines {
                text: DRAFT,
                index: &index,
                encoding: Encoding::Utf16,
            },
            &uri,
        );
        assert_eq!(
            utf16.range,
            Range::new(Position::new(1, 16), Position::new(1, 24))
        );
        // In bytes: 3+5+1+4+1+8+1 = 23 before “hello,” (3+6+3 = 12 bytes).
        let utf8 = diagnostic(
            &flagged_hello(),
            Lines {
                text: DRAFT,
                index: &index,
                encoding: Encoding::Utf8,
            },
            &uri,
        );
        assert_eq!(
            utf8.range,
            Range::new(Position::new(1, 23), Position::new(1, 35))
        );
        let related = utf16.related_information.unwrap();
        assert_eq!(
            related[0].location.range,
            Range::new(Position::new(1, 1), Position::new(1, 5))
        );
        assert_eq!(related[0].message, "Zoë was quoted here");
    }

    #[test]
    fn diagnostics_carry_source_code_and_doc_link() {
        let uri = Url::parse("file:///drafts/kyiv.md").unwrap();
        let index = LineIndex::new(DRAFT);
        let diagnostic = diagnostic(
            &flagged_hello(),
            Lines {
                text: DRAFT,
                index: &index,
                encoding: Encoding::Utf16,
            },
            &uri,
        );
        assert_eq!(diagnostic.source.as_deref(), Some("copydesk"));
        assert_eq!(
            diagnostic.code,
            Some(NumberOrString::String("unattributed-quote".into()))
        );
        assert_eq!(
            diagnostic.code_description.map(|d| d.href.to_string()),
            Rule::UnattributedQuote.doc_url()
        );
        assert_eq!(diagnostic.severity, Some(DiagnosticSeverity::WARNING));
    }

    #[test]
    fn ranges_round_trip_and_clamp() {
        let index = LineIndex::new(DRAFT);
        for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            let lines = Lines {
                text: DRAFT,
                index: &index,
                encoding,
            };
            let span = flagged_hello().span;
            assert_eq!(lines.span(lines.range(span)), span, "{encoding:?}");
            // Backwards, past the line's end, past the text's end.
            assert_eq!(
                lines.span(Range::new(
                    lines.position(span.end),
                    lines.position(span.start)
                )),
                span
            );
            assert_eq!(
                lines.offset(Position::new(0, 999)),
                DRAFT.find('\n').unwrap()
            );
            assert_eq!(lines.offset(Position::new(99, 3)), DRAFT.len());
            assert_eq!(lines.position(usize::MAX), Position::new(2, 0));
        }
    }

    #[test]
    fn utf8_is_chosen_only_when_offered() {
        assert_eq!(
            negotiate(Some(&[
                PositionEncodingKind::UTF16,
                PositionEncodingKind::UTF8
            ])),
            Encoding::Utf8
        );
        assert_eq!(
            negotiate(Some(&[PositionEncodingKind::UTF32])),
            Encoding::Utf16
        );
        assert_eq!(negotiate(None), Encoding::Utf16);
    }
}
