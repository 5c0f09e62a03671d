use super::line_kinds::{contains_ignore_ascii_case, is_trailer};
use super::lines::more_chars_than;
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
