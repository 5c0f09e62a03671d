//! `missing-dateline`: a news story's lede opens with the place the reporting was done. Stories
//! that carry none by design (opinion, analysis, explainers, undated roundups) say so in their
//! front matter and are left alone.

use super::{Check, Context, Rule};
use crate::config::DatelineStyle;
use crate::finding::{Applicability, Edit, Finding, Fix};
use crate::text::Span;

pub struct MissingDateline;

impl Check for MissingDateline {
    fn rule(&self) -> Rule {
        Rule::MissingDateline
    }

    fn check(&self, cx: &Context, findings: &mut Vec<Finding>) {
        let datelines = &cx.article.dateline;
        if datelines.has_any() || datelines.not_required.is_some() {
            return;
        }
        let Some(lede) = datelines
            .lede
            .and_then(|i| cx.article.structure.paragraphs.get(i))
        else {
            return;
        };
        let (placeholder, snippet) = match cx.config.dateline_style {
            DatelineStyle::Reuters => ("CITY - ", "${1:CITY} - "),
            DatelineStyle::Ap | DatelineStyle::Any => {
                ("CITY, State — ", "${1:CITY}, ${2:State} — ")
            }
        };
        let fix = Fix {
            title: "Insert a dateline".into(),
            edits: vec![Edit {
                span: Span::empty(lede.span.start),
                new_text: placeholder.into(),
            }],
            // A placeholder: the reporter knows where the story was filed, the fix does not.
            applicability: Applicability::Unsafe,
            snippet: Some(snippet.into()),
        };
        let message = "The lede has no dateline: open it with the place the reporting was done (`CITY, State — `), or mark the story `undated: true` in its front matter.";
        findings.push(
            Finding::new(
                Rule::MissingDateline,
                first_word(cx.text, lede.span),
                message,
            )
            .with_fix(fix),
        );
    }
}

/// The lede's first word, where the dateline should go; the whole lede would paint the screen.
fn first_word(text: &str, lede: Span) -> Span {
    let lede_text = lede.slice(text);
    let length = lede_text
        .find(char::is_whitespace)
        .unwrap_or(lede_text.len());
    Span::new(lede.start, lede.start + length)
}

#[cfg(test)]
mod tests {
    use crate::analysis::analyze;
    use crate::article::Format;
    use crate::config::Config;
    use crate::finding::apply_edits;
    use crate::rules::fixture::flagged_as;
    use crate::rules::Rule;

    fn missing(draft: &str, format: Format, config: &Config) -> Vec<String> {
        flagged_as(Rule::MissingDateline, draft, format, config)
            .into_iter()
            .map(String::from)
            .collect()
    }

    /// What missing-dateline flags in a Markdown draft under the default configuration.
    fn markdown(draft: &str) -> Vec<String> {
        missing(draft, Format::Markdown, &Config::default())
    }

    #[test]
    fn a_lede_without_a_dateline_is_flagged_on_its_first_word() {
        let draft = "# Levee holds\n\nBy Dana Whitfield\n\nThe county said the levee held.\n\n\"We were ready,\" the mayor said.\n";
        assert_eq!(markdown(draft), vec!["The"]);
    }

    #[test]
    fn the_fix_inserts_a_placeholder_and_offers_a_snippet() {
        let draft = "# Levee holds\n\nThe county said the levee held.\n";
        let analysis = analyze(draft, Format::Markdown, &Config::default());
        let fix = &analysis.findings[0].fixes[0];
        assert_eq!(
            apply_edits(draft, &fix.edits).as_deref(),
            Some("# Levee holds\n\nCITY, State — The county said the levee held.\n")
        );
        assert_eq!(fix.snippet.as_deref(), Some("${1:CITY}, ${2:State} — "));
    }

    #[test]
    fn a_dateline_anywhere_or_in_front_matter_counts() {
        assert!(
            markdown("# Levee holds\n\nFRESNO, Calif. — The county said the levee held.\n")
                .is_empty()
        );
        assert!(markdown("---\ndateline: FRESNO, Calif.\n---\n# Levee holds\n\nThe county said the levee held.\n").is_empty());
        assert!(
            markdown(
                "# Levee holds\n\nThe county said Tuesday, FRESNO, Calif. — the levee held.\n"
            )
            .is_empty(),
            "malformed-dateline reports the position"
        );
    }

    #[test]
    fn undated_stories_and_exempt_desks_need_none() {
        for front in [
            "undated: true",
            "dateline: none",
            "type: opinion",
            "desk: Analysis",
            "type: explainer",
        ] {
            assert!(
                markdown(&format!(
                    "---\n{front}\n---\n# Levee holds\n\nThe county said the levee held.\n"
                ))
                .is_empty(),
                "{front}"
            );
        }
        assert_eq!(
            markdown("---\ntype: news\n---\n# Levee holds\n\nThe county said the levee held.\n"),
            vec!["The"]
        );
        let mut config = Config::default();
        config.exempt_desks = vec!["metro".into()];
        assert!(missing(
            "---\ndesk: metro\n---\nThe county said the levee held.\n",
            Format::Markdown,
            &config
        )
        .is_empty());
        assert_eq!(
            missing(
                "---\ntype: opinion\n---\nThe county said the levee held.\n",
                Format::Markdown,
                &config
            ),
            vec!["The"]
        );
    }

    #[test]
    fn an_article_can_switch_the_rule_off() {
        assert!(markdown(
            "---\ncopydesk: {disable: [missing-dateline]}\n---\nThe county said the levee held.\n"
        )
        .is_empty());
        assert!(markdown("# Levee holds\n\n<!-- copydesk-disable-next-line missing-dateline -->\nThe county said the levee held.\n").is_empty());
    }

    #[test]
    fn kickers_and_acronyms_are_not_datelines() {
        for lede in [
            "NASA said on Tuesday that the launch would slip.",
            "UPDATE: The launch slipped on Tuesday.",
            "ANALYSIS — Why the launch slipped again.",
        ] {
            assert_eq!(
                markdown(&format!("# Launch slips\n\n{lede}\n")).len(),
                1,
                "{lede}"
            );
        }
    }
}
