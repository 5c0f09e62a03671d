//! What must hold for any analysis of any text, whatever the rules find: every span the model
//! or a finding carries lies inside the text on character boundaries, indexes point at things
//! that exist, every fix applies, and the analysis is a function of its input.
//!
//! Shared by the proptest properties (`tests/robust_properties.rs`) and the cargo-fuzz targets
//! (`fuzz/fuzz_targets/*.rs` include this file by path), so both check the same contract.

#![allow(dead_code)]

use copydesk::finding::apply_edits;
use copydesk::server::Document;
use copydesk::text::{Encoding, LineCol, LineIndex, Span};
use copydesk::{analyze, Analysis, Config, Format};
use std::sync::Arc;
use tower_lsp::lsp_types::{Position, Range, TextDocumentContentChangeEvent};

/// The format a fuzzer's first byte picks: even bytes Markdown, odd ones plain text.
pub fn format_from_byte(first: u8) -> Format {
    if first & 1 == 0 {
        Format::Markdown
    } else {
        Format::PlainText
    }
}

/// Analyses `text` twice in `format` and checks every invariant; panics naming the first broken
/// one.
pub fn analyze_and_check(text: &str, format: Format) -> Analysis {
    let config = Config::default();
    let analysis = analyze(text, format, &config);
    check_analysis(text, &analysis);
    let again = analyze(text, format, &config);
    assert_eq!(
        analysis.findings, again.findings,
        "analysis is not deterministic"
    );
    assert_eq!(
        format!("{:?}", analysis.article),
        format!("{:?}", again.article),
        "article model is not deterministic"
    );
    analysis
}

/// A span that a caller may slice the text with.
pub fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: span {span:?} out of bounds (text is {} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} cuts a character"
    );
}

fn check_inside(outer: Span, inner: Span, what: &str) {
    assert!(
        outer.contains_span(inner),
        "{what}: {inner:?} lies outside {outer:?}"
    );
}

fn check_index(index: usize, len: usize, what: &str) {
    assert!(index < len, "{what}: index {index} but only {len} exist");
}

pub fn check_analysis(text: &str, analysis: &Analysis) {
    check_structure(text, analysis);
    check_dateline(text, analysis);
    check_quotes(text, analysis);
    check_people(text, analysis);
    check_findings(text, analysis);
}

fn check_structure(text: &str, analysis: &Analysis) {
    let s = &analysis.article.structure;
    assert_eq!(s.prose.len(), text.len(), "prose mask changed the length");
    for i in 0..text.len() {
        // Every boundary of the text is one of the prose; the only extra ones are inside a
        // blanked four-byte character, between the white space that replaced it.
        if text.is_char_boundary(i) {
            assert!(
                s.prose.is_char_boundary(i),
                "prose mask moved a character boundary at byte {i}"
            );
        } else if s.prose.is_char_boundary(i) {
            assert!(
                s.prose[i..].starts_with(char::is_whitespace),
                "prose mask split a character at byte {i}"
            );
        }
    }
    // Where the prose differs from the text, it holds only white space.
    for (i, ch) in s.prose.char_indices() {
        let same = text.get(i..i + ch.len_utf8()) == Some(&s.prose[i..i + ch.len_utf8()]);
        assert!(
            same || ch.is_whitespace(),
            "prose mask wrote {ch:?} over text at byte {i}"
        );
    }
    if let Some(fm) = &s.front_matter {
        check_span(text, fm.span, "front matter");
        for (key, _, span) in &fm.entries {
            check_span(text, *span, &format!("front matter entry `{key}`"));
        }
    }
    if let Some(headline) = s.headline {
        check_span(text, headline, "headline");
    }
    for meta in &s.metadata {
        check_span(text, meta.span, "metadata line");
    }
    for paragraph in &s.paragraphs {
        check_span(text, paragraph.span, "paragraph");
    }
    for pair in s.paragraphs.windows(2) {
        // `Structure::paragraph_at` bisects, so paragraphs must be in order and disjoint.
        assert!(
            pair[0].span.end <= pair[1].span.start,
            "paragraphs overlap or are out of order: {:?} then {:?}",
            pair[0].span,
            pair[1].span
        );
    }
    for span in &s.trailer {
        check_span(text, *span, "trailer");
    }
    for span in &s.comments {
        check_span(text, *span, "comment");
    }
}

fn check_dateline(text: &str, analysis: &Analysis) {
    let paragraphs = analysis.article.structure.paragraphs.len();
    let d = &analysis.article.dateline;
    if let Some(lede) = d.lede {
        check_index(lede, paragraphs, "lede");
    }
    for dateline in d.dateline.iter().chain(&d.misplaced) {
        check_span(text, dateline.span, "dateline");
        let parts = [
            Some(dateline.place),
            dateline.region,
            dateline.date,
            dateline.agency,
            dateline.separator,
        ];
        for part in parts.into_iter().flatten() {
            check_span(text, part, "dateline part");
        }
        check_index(dateline.paragraph, paragraphs, "dateline paragraph");
    }
}

fn check_quotes(text: &str, analysis: &Analysis) {
    let article = &analysis.article;
    let paragraphs = article.structure.paragraphs.len();
    for quote in &article.quotes {
        check_span(text, quote.span, "quote");
        check_span(text, quote.content, "quote content");
        check_inside(quote.span, quote.content, "quote content");
        check_index(quote.paragraph, paragraphs, "quote paragraph");
        if let Some(earlier) = quote.continues {
            check_index(earlier, article.quotes.len(), "continued quote");
        }
        if let Some(a) = &quote.attribution {
            for span in [a.speaker_span, a.cue_span].into_iter().flatten() {
                check_span(text, span, "attribution");
            }
            if let Some(person) = a.person {
                check_index(person, article.people.len(), "attributed person");
            }
            if let Some(from) = a.from_quote {
                check_index(from, article.quotes.len(), "attribution source quote");
            }
        }
    }
    for stray in &article.stray_marks {
        check_span(text, stray.span, "stray quotation mark");
        if let Some(quote) = stray.quote {
            check_index(quote, article.quotes.len(), "stray mark's quote");
        }
    }
}

fn check_people(text: &str, analysis: &Analysis) {
    for person in &analysis.article.people {
        for mention in &person.mentions {
            check_span(text, mention.span, "mention");
            check_span(text, mention.surname, "mention surname");
            check_inside(mention.span, mention.surname, "mention surname");
        }
        if let Some(first) = person.first_full {
            check_index(first, person.mentions.len(), "first full mention");
        }
        for variant in &person.variants {
            for &mention in &variant.mentions {
                check_index(mention, person.mentions.len(), "spelling variant mention");
            }
        }
    }
}

fn check_findings(text: &str, analysis: &Analysis) {
    for finding in &analysis.findings {
        let what = format!("{} finding", finding.rule);
        check_span(text, finding.span, &what);
        for related in &finding.related {
            check_span(text, related.span, &format!("{what}, related"));
        }
        for fix in &finding.fixes {
            for edit in &fix.edits {
                check_span(text, edit.span, &format!("{what}, fix `{}`", fix.title));
            }
            for pair in fix.edits.windows(2) {
                assert!(
                    pair[0].span.end <= pair[1].span.start,
                    "{what}: fix `{}` has edits out of order or overlapping: {:?}",
                    fix.title,
                    fix.edits
                );
            }
            assert!(
                apply_edits(text, &fix.edits).is_some(),
                "{what}: fix `{}` does not apply: {:?}",
                fix.title,
                fix.edits
            );
        }
    }
    for pair in analysis.findings.windows(2) {
        assert!(
            (pair[0].span.start, pair[0].span.end) <= (pair[1].span.start, pair[1].span.end),
            "findings are not sorted by position"
        );
    }
}

/// Byte offsets ⇄ positions in every encoding: conversions never panic, land on character
/// boundaries, agree with counting by hand, and round-trip for every offset inside a line.
pub fn check_line_index(text: &str) {
    let index = LineIndex::new(text);
    for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
        let mut previous = LineCol::default();
        for offset in (0..=text.len()).filter(|&o| text.is_char_boundary(o)) {
            let position = index.position(text, offset, encoding);
            assert!(
                position >= previous,
                "{encoding:?}: positions go backwards at byte {offset}"
            );
            previous = position;
            let line = index.line_span(text, position.line as usize);
            let before = &text[index_line_start(&index, text, position.line)..offset];
            let expected_col = match encoding {
                Encoding::Utf8 => before.len(),
                Encoding::Utf16 => before.encode_utf16().count(),
                Encoding::Utf32 => before.chars().count(),
            };
            assert_eq!(
                position.col as usize, expected_col,
                "{encoding:?}: column of byte {offset}"
            );
            let back = index.offset(text, position, encoding);
            // Offsets inside a line break clamp to the end of the line's text.
            assert_eq!(
                back,
                offset.min(line.end),
                "{encoding:?}: byte {offset} → {position:?} → byte {back}"
            );
        }
        for offset in (0..text.len() + 3).filter(|&o| !text.is_char_boundary(o)) {
            let floor = (0..=offset.min(text.len()))
                .rev()
                .find(|&o| text.is_char_boundary(o))
                .unwrap_or(0);
            assert_eq!(
                index.position(text, offset, encoding),
                index.position(text, floor, encoding),
                "{encoding:?}: byte {offset} inside a character"
            );
        }
    }
}

fn index_line_start(index: &LineIndex, text: &str, line: u32) -> usize {
    index.line_span(text, line as usize).start
}

/// Any position an editor may send, however wrong, maps to a character boundary in the text.
pub fn check_hostile_position(text: &str, position: LineCol) {
    let index = LineIndex::new(text);
    for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
        let offset = index.offset(text, position, encoding);
        assert!(
            offset <= text.len() && text.is_char_boundary(offset),
            "{encoding:?}: {position:?} gave byte {offset}"
        );
    }
}

/// One change an editor may send: a range, however wrong, and the text that replaces it; or,
/// without a range, the whole new text.
#[derive(Clone, Debug)]
pub struct Change {
    pub range: Option<(LineCol, LineCol)>,
    pub text: String,
}

impl Change {
    fn event(&self) -> TextDocumentContentChangeEvent {
        let position = |at: LineCol| Position::new(at.line, at.col);
        TextDocumentContentChangeEvent {
            range: self
                .range
                .map(|(start, end)| Range::new(position(start), position(end))),
            range_length: None,
            text: self.text.clone(),
        }
    }

    /// The change applied to a plain string, positions resolved by `LineIndex`: the model the
    /// document store's rope must agree with.
    fn apply_to(&self, text: &mut String, encoding: Encoding) {
        let Some((start, end)) = self.range else {
            text.clone_from(&self.text);
            return;
        };
        let index = LineIndex::new(text);
        let (a, b) = (
            index.offset(text, start, encoding),
            index.offset(text, end, encoding),
        );
        text.replace_range(a.min(b)..a.max(b), &self.text);
    }
}

/// Changes applied through the server's document store, one notification each and all in one
/// notification, leave the text a plain string model leaves; and the draft analyses to the same
/// findings and diagnostics as when the client sends it whole.
pub fn check_document_edits(initial: &str, changes: &[Change], encoding: Encoding, format: Format) {
    let config = Arc::new(Config::default());
    let open = || Document::new(initial, 1, format, Arc::clone(&config));

    let mut expected = initial.to_string();
    let mut one_by_one = open();
    for (version, change) in (2..).zip(changes) {
        change.apply_to(&mut expected, encoding);
        one_by_one.apply(vec![change.event()], version, encoding);
        assert_eq!(
            one_by_one.text(),
            expected,
            "{encoding:?}: after {change:?}"
        );
    }
    let mut batched = open();
    batched.apply(changes.iter().map(Change::event).collect(), 2, encoding);
    assert_eq!(
        batched.text(),
        expected,
        "{encoding:?}: changes sent at once"
    );

    let mut whole = open();
    whole.apply(
        vec![Change {
            range: None,
            text: expected.clone(),
        }
        .event()],
        2,
        encoding,
    );
    let uri = tower_lsp::lsp_types::Url::parse("file:///draft.md").expect("a valid URI");
    let diagnostics = |document: &Document| {
        let job = document.job(&uri);
        let analysis = analyze(&job.text, job.format, &job.config);
        check_analysis(&job.text, &analysis);
        let snapshot = copydesk::server::Snapshot::new(job, analysis, encoding);
        (snapshot.analysis.findings, snapshot.diagnostics)
    };
    assert_eq!(
        diagnostics(&one_by_one),
        diagnostics(&whole),
        "{encoding:?}: edited and whole drafts analyse differently"
    );
}
