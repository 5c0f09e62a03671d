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

/// A finding as a test reads it: the text under it, its message, and its first fix as
/// (text replaced, new text).
#[derive(Debug, PartialEq, Eq)]
struct Reported {
    under: String,
    message: String,
    fix: Option<(String, String)>,
}

fn expected(under: &str, message: &str, fix: Option<(String, String)>) -> Reported {
    Reported {
        under: under.to_string(),
        message: message.to_string(),
        fix,
    }
}

/// What `rule` reports in a draft.
fn reported(text: &str, format: Format, config: &Config, rule: Rule) -> Vec<Reported> {
    crate::analysis::analyze(text, format, config)
        .findings
        .into_iter()
        .filter(|finding| finding.rule == rule)
        .map(|finding| Reported {
            under: finding.span.slice(text).to_string(),
            fix: finding.fixes.first().map(|fix| {
                let edit = &fix.edits[0];
                (edit.span.slice(text).to_string(), edit.new_text.clone())
            }),
            message: finding.message,
        })
        .collect()
}

fn markdown(text: &str, rule: Rule) -> Vec<Reported> {
    reported(text, Format::Markdown, &Config::default(), rule)
}

fn fix(old: &str, new: &str) -> Option<(String, String)> {
    Some((old.to_string(), new.to_string()))
}

const UNATTRIBUTED: &str = "“The bridge will be finished by June and the road after it.”";

#[test]
fn a_misspelt_code_is_reported_with_the_closest_rule_and_silences_nothing() {
    let text = format!("# Levee holds\n\nThe county met on Monday to review the levee.\n\n{UNATTRIBUTED} <!-- copydesk-disable-line unattributed-qoute -->\n");
    assert_eq!(
        markdown(&text, Rule::InvalidSuppression),
        vec![expected(
            "unattributed-qoute",
            "`unattributed-qoute` is not a copydesk rule, so this suppression silences nothing; did you mean `unattributed-quote`?",
            fix("unattributed-qoute", "unattributed-quote"),
        )]
    );
    assert_eq!(markdown(&text, Rule::UnattributedQuote).len(), 1);
    // Not even the rule it was closest to, nor any other rule on the line.
    assert!(markdown(&text, Rule::UnusedSuppression).is_empty());
}

#[test]
fn a_misspelt_front_matter_code_is_reported_where_it_is_written() {
    let text = "---\ncopydesk:\n  disable:\n    - missing-datline\n---\n# Levee holds\n\nThe county met on Monday.\n";
    assert_eq!(
        markdown(text, Rule::InvalidSuppression),
        vec![expected(
            "missing-datline",
            "`missing-datline` is not a copydesk rule, so this suppression silences nothing; did you mean `missing-dateline`?",
            fix("missing-datline", "missing-dateline"),
        )]
    );
    assert_eq!(markdown(text, Rule::MissingDateline).len(), 1);
}

#[test]
fn a_misspelt_directive_is_reported_with_the_closest_one() {
    let text = format!("# Levee holds\n\nThe county met on Monday.\n\n<!-- copydesk-disable-nextline unattributed-quote -->\n{UNATTRIBUTED}\n");
    assert_eq!(
        markdown(&text, Rule::InvalidSuppression),
        vec![expected(
            "copydesk-disable-nextline",
            "`copydesk-disable-nextline` is not a copydesk directive, so this comment silences nothing; did you mean `copydesk-disable-next-line`?",
            fix("copydesk-disable-nextline", "copydesk-disable-next-line"),
        )]
    );
    assert_eq!(markdown(&text, Rule::UnattributedQuote).len(), 1);
}

#[test]
fn the_rules_about_suppressions_cannot_be_silenced_from_the_draft() {
    let text = "# Levee holds\n\nThe county met. <!-- copydesk-disable-line invalid-suppression unattributed-qoute -->\n\n<!-- copydesk-disable -->\nThe end. <!-- copydesk-disable-line name-speling -->\n";
    let invalid: Vec<String> = markdown(text, Rule::InvalidSuppression)
        .into_iter()
        .map(|found| format!("{}: {}", found.under, found.message))
        .collect();
    assert_eq!(
        invalid,
        vec![
            "invalid-suppression: `invalid-suppression` cannot be silenced from a draft (a suppression could hide its own mistake); set its level in copydesk.toml.",
            "unattributed-qoute: `unattributed-qoute` is not a copydesk rule, so this suppression silences nothing; did you mean `unattributed-quote`?",
            "name-speling: `name-speling` is not a copydesk rule, so this suppression silences nothing; did you mean `name-spelling`?",
        ]
    );
}

#[test]
fn a_suppression_that_silences_nothing_is_a_hint_whose_fix_removes_its_line() {
    let text = "# Levee holds\n\nThe county met on Monday.\n\n<!-- copydesk-disable-next-line unattributed-quote -->\n“It held,” a county spokeswoman said.\n";
    let unused = crate::analysis::analyze(text, Format::Markdown, &Config::default())
        .findings
        .into_iter()
        .find(|finding| finding.rule == Rule::UnusedSuppression)
        .expect("an unused suppression");
    assert_eq!(unused.severity, crate::finding::Severity::Hint);
    assert_eq!(
        markdown(text, Rule::UnusedSuppression),
        vec![expected(
            "<!-- copydesk-disable-next-line unattributed-quote -->",
            "This suppression silences nothing: no `unattributed-quote` finding on the next line.",
            fix(
                "<!-- copydesk-disable-next-line unattributed-quote -->\n",
                ""
            ),
        )]
    );
    assert_eq!(
        unused.fixes[0].applicability,
        crate::finding::Applicability::Unsafe
    );
}

#[test]
fn an_unused_code_beside_a_used_one_is_reported_alone() {
    let text = format!("# Levee holds\n\nThe county met on Monday.\n\n<!-- copydesk-disable-next-line name-spelling, unattributed-quote -->\n{UNATTRIBUTED}\n");
    assert_eq!(
        markdown(&text, Rule::UnusedSuppression),
        vec![expected(
            "name-spelling",
            "`name-spelling` silences nothing here: no `name-spelling` finding on the next line.",
            fix("name-spelling, ", ""),
        )]
    );
    assert!(markdown(&text, Rule::UnattributedQuote).is_empty());
}

#[test]
fn an_unused_front_matter_code_is_reported_and_a_used_one_is_not() {
    let text = "---\ncopydesk: {disable: [missing-dateline, first-reference]}\n---\n# Levee holds\n\nThe county met on Monday.\n";
    assert_eq!(
        markdown(text, Rule::UnusedSuppression),
        vec![expected(
            "first-reference",
            "`first-reference` silences nothing here: no `first-reference` finding in this draft.",
            fix(", first-reference", ""),
        )]
    );
    assert!(markdown(text, Rule::MissingDateline).is_empty());
}

#[test]
fn a_suppression_of_a_rule_turned_off_is_not_judged() {
    let text =
        "# Levee holds\n\nThe county met on Monday. <!-- copydesk-disable-line name-spelling -->\n";
    let mut config = Config::default();
    config.set_level(Rule::NameSpelling, crate::config::Level::Off);
    assert!(reported(text, Format::Markdown, &config, Rule::UnusedSuppression).is_empty());
    assert_eq!(markdown(text, Rule::UnusedSuppression).len(), 1);
}

#[test]
fn plain_text_reads_the_same_comments_and_they_are_not_copy() {
    let text = format!("Levee holds\n\nThe county met on Monday to review the levee.\n\n{UNATTRIBUTED} <!-- copydesk-disable-line unattributed-quote -->\n\n<!-- copydesk-disable-next-line unattributed-qoute -->\n{UNATTRIBUTED}\n");
    let plain = |rule| reported(&text, Format::PlainText, &Config::default(), rule);
    let quotes: Vec<String> = plain(Rule::UnattributedQuote)
        .into_iter()
        .map(|found| found.under)
        .collect();
    assert_eq!(quotes.len(), 1);
    let second = text.rfind(UNATTRIBUTED).expect("second quote");
    assert!(text[second..].starts_with(quotes[0].as_str()));
    assert_eq!(
        plain(Rule::InvalidSuppression)[0].message,
        "`unattributed-qoute` is not a copydesk rule, so this suppression silences nothing; did you mean `unattributed-quote`?"
    );
}
