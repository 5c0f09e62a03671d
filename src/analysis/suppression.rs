//! Ways a draft silences rules: a front-matter `copydesk: {disable: [...]}` list for the whole
//! article, and Markdown comments for a line or a stretch of text.
//!
//! ```markdown
//! <!-- copydesk-disable-next-line unattributed-quote -->
//! A line inside a paragraph. <!-- copydesk-disable-line name-spelling -->
//! <!-- copydesk-disable name-spelling -->  …  <!-- copydesk-enable name-spelling -->
//! ```
//! `disable-line` sits at the end of the line it silences, so that it never splits a paragraph
//! (a comment on a line of its own interrupts a Markdown paragraph).
//! A comment that names no rule applies to every rule.

use crate::article::Article;
use crate::finding::Finding;
use crate::rules::Rule;
use crate::text::Span;

pub(super) struct Suppressions {
    article_wide: Vec<Rule>,
    /// Byte ranges in which a rule (or every rule, `None`) is silent.
    ranges: Vec<(Option<Rule>, Span)>,
}

impl Suppressions {
    pub(super) fn read(text: &str, article: &Article) -> Suppressions {
        let mut article_wide = Vec::new();
        if let Some(fm) = &article.structure.front_matter {
            if let Some(disable) = fm.get("copydesk").and_then(|v| v.get("disable")) {
                article_wide.extend(
                    disable
                        .as_list()
                        .iter()
                        .filter_map(|code| Rule::from_code(code.trim())),
                );
            }
        }
        let mut ranges = Vec::new();
        let mut open: Vec<(Option<Rule>, usize)> = Vec::new();
        for comment in &article.structure.comments {
            let inner = comment
                .slice(text)
                .trim_start_matches("<!--")
                .trim_end_matches("-->")
                .trim();
            let mut words = inner.split_whitespace();
            let directive = words.next().unwrap_or("");
            let rules: Vec<Option<Rule>> = {
                let named: Vec<Option<Rule>> = words
                    .flat_map(|w| w.split(','))
                    .filter(|w| !w.is_empty())
                    .map(|w| Rule::from_code(w.trim()))
                    .filter(Option::is_some)
                    .collect();
                if named.is_empty() {
                    vec![None]
                } else {
                    named
                }
            };
            match directive {
                "copydesk-disable-next-line" => {
                    let line_start = text[comment.end..]
                        .find('\n')
                        .map(|i| comment.end + i + 1)
                        .unwrap_or(text.len());
                    let line_end = text[line_start..]
                        .find('\n')
                        .map(|i| line_start + i)
                        .unwrap_or(text.len());
                    for rule in rules {
                        ranges.push((rule, Span::new(line_start, line_end)));
                    }
                }
                "copydesk-disable-line" => {
                    let line_start = text[..comment.start].rfind('\n').map_or(0, |i| i + 1);
                    let line_end = text[comment.end..]
                        .find('\n')
                        .map_or(text.len(), |i| comment.end + i);
                    for rule in rules {
                        ranges.push((rule, Span::new(line_start, line_end)));
                    }
                }
                "copydesk-disable" => {
                    open.extend(rules.into_iter().map(|rule| (rule, comment.end)))
                }
                "copydesk-enable" => {
                    for rule in rules {
                        open.retain(|(open_rule, start)| {
                            let closes = rule.is_none() || *open_rule == rule;
                            if closes {
                                ranges.push((*open_rule, Span::new(*start, comment.start)));
                            }
                            !closes
                        });
                    }
                }
                _ => {}
            }
        }
        ranges.extend(
            open.into_iter()
                .map(|(rule, start)| (rule, Span::new(start, text.len()))),
        );
        Suppressions {
            article_wide,
            ranges,
        }
    }

    pub(super) fn disables_rule(&self, rule: Rule) -> bool {
        self.article_wide.contains(&rule)
    }

    pub(super) fn suppresses(&self, finding: &Finding) -> bool {
        self.ranges.iter().any(|(rule, span)| {
            rule.is_none_or(|r| r == finding.rule) && span.touches(finding.span.start)
        })
    }
}

#[cfg(test)]
mod tests {
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
        let s = suppressions(DRAFT);
        assert!(s.suppresses(&finding_at(
            DRAFT,
            "\"Quote one.\"",
            Rule::UnattributedQuote
        )));
        assert!(!s.suppresses(&finding_at(DRAFT, "\"Quote one.\"", Rule::UnbalancedQuote)));
        assert!(!s.suppresses(&finding_at(
            DRAFT,
            "\"Quote two.\"",
            Rule::UnattributedQuote
        )));
    }

    #[test]
    fn disable_line_silences_the_line_it_ends_and_keeps_the_paragraph_whole() {
        let text = "# Headline\n\nThe county said the levee held,\n\"It will hold,\" one man said. <!-- copydesk-disable-line unattributed-quote -->\n\"It will not.\"\n";
        let s = suppressions(text);
        assert!(s.suppresses(&finding_at(
            text,
            "\"It will hold,\"",
            Rule::UnattributedQuote
        )));
        assert!(!s.suppresses(&finding_at(
            text,
            "\"It will not.\"",
            Rule::UnattributedQuote
        )));
        let article = article::parse(text, Format::Markdown, &Config::default());
        assert_eq!(article.structure.paragraphs.len(), 1);
    }

    #[test]
    fn disable_and_enable_bracket_a_stretch() {
        let s = suppressions(DRAFT);
        assert!(s.suppresses(&finding_at(DRAFT, "Smyth.", Rule::NameSpelling)));
        assert!(!s.suppresses(&finding_at(DRAFT, "Smyth again", Rule::NameSpelling)));
    }

    #[test]
    fn a_comment_naming_no_rule_silences_every_rule_to_the_end() {
        let s = suppressions(DRAFT);
        assert!(s.suppresses(&finding_at(DRAFT, "Everything", Rule::MissingDateline)));
        assert!(s.suppresses(&finding_at(DRAFT, "quiet", Rule::FirstReference)));
    }

    #[test]
    fn front_matter_disables_rules_for_the_article() {
        let text = "---\ncopydesk: {disable: [missing-dateline, first-reference]}\n---\n# Headline\n\nText.\n";
        let s = suppressions(text);
        assert!(s.disables_rule(Rule::MissingDateline));
        assert!(s.disables_rule(Rule::FirstReference));
        assert!(!s.disables_rule(Rule::NameSpelling));
    }

    #[test]
    fn comments_in_plain_text_are_prose_not_suppressions() {
        let text = "Headline\n\n<!-- copydesk-disable -->\nText.\n";
        let s = Suppressions::read(
            text,
            &article::parse(text, Format::PlainText, &Config::default()),
        );
        assert!(!s.suppresses(&finding_at(text, "Text.", Rule::MissingDateline)));
    }
}
