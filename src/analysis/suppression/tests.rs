use super::*;
use crate::article::{self, Format};
use crate::config::Config;

fn finding_at(text: &str, needle: &str, rule: Rule) -> Finding {
    let start = text.find(needle).expect("needle in text");
    Finding::new(rule, Span::new(start, start + needle.len()), "test")
}

fn suppressions(text: &str) -> Suppressions {
    Suppressions::read(
        text,
        &article::parse(text, Format::Markdown, &Config::default()),
    )
}

const DRAFT: &str = "# Headline\n\nFirst paragraph.\n\n<!-- copydesk-disable-next-line unattributed-quote -->\n\"Quote one.\"\n\n\"Quote two.\"\n\n<!-- copydesk-disable name-spelling -->\nSmith and Smyth.\n<!-- copydesk-enable name-spelling -->\n\nSmith and Smyth again.\n\n<!-- copydesk-disable -->\nEverything quiet.\n";

#[test]
fn disable_next_line_covers_only_the_next_line_and_only_the_named_rule() {
    let mut s = suppressions(DRAFT);
    assert!(s.silences(&finding_at(
        DRAFT,
        "\"Quote one.\"",
        Rule::UnattributedQuote
    )));
    assert!(!s.silences(&finding_at(DRAFT, "\"Quote one.\"", Rule::UnbalancedQuote)));
    assert!(!s.silences(&finding_at(
        DRAFT,
        "\"Quote two.\"",
        Rule::UnattributedQuote
    )));
}

#[test]
fn disable_line_silences_the_line_it_ends_and_keeps_the_paragraph_whole() {
    let text = "# Headline\n\nThe county said the levee held,\n\"It will hold,\" one man said. <!-- copydesk-disable-line unattributed-quote -->\n\"It will not.\"\n";
    let mut s = suppressions(text);
    assert!(s.silences(&finding_at(
        text,
        "\"It will hold,\"",
        Rule::UnattributedQuote
    )));
    assert!(!s.silences(&finding_at(
        text,
        "\"It will not.\"",
        Rule::UnattributedQuote
    )));
    let article = article::parse(text, Format::Markdown, &Config::default());
    assert_eq!(article.structure.paragraphs.len(), 1);
}

#[test]
fn disable_and_enable_bracket_a_stretch() {
    let mut s = suppressions(DRAFT);
    assert!(s.silences(&finding_at(DRAFT, "Smyth.", Rule::NameSpelling)));
    assert!(!s.silences(&finding_at(DRAFT, "Smyth again", Rule::NameSpelling)));
}

#[test]
fn a_comment_naming_no_rule_silences_every_rule_to_the_end() {
    let mut s = suppressions(DRAFT);
    assert!(s.silences(&finding_at(DRAFT, "Everything", Rule::MissingDateline)));
    assert!(s.silences(&finding_at(DRAFT, "quiet", Rule::FirstReference)));
}

#[test]
fn front_matter_disables_rules_for_the_article() {
    let text =
        "---\ncopydesk: {disable: [missing-dateline, first-reference]}\n---\n# Headline\n\nText.\n";
    let mut s = suppressions(text);
    assert!(s.silences(&finding_at(text, "Text.", Rule::MissingDateline)));
    assert!(s.silences(&finding_at(text, "Headline", Rule::FirstReference)));
    assert!(!s.silences(&finding_at(text, "Text.", Rule::NameSpelling)));
}

#[test]
fn ordinary_comments_in_plain_text_are_prose_not_suppressions() {
    let text = "Headline\n\n<!-- a note to the desk -->\nText.\n";
    let mut s = Suppressions::read(
        text,
        &article::parse(text, Format::PlainText, &Config::default()),
    );
    assert!(!s.silences(&finding_at(text, "Text.", Rule::MissingDateline)));
}
