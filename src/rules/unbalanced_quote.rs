//! `unbalanced-quote`: a quotation mark opened and never closed, or closed and never opened.
//! A quote that runs on into a paragraph opening with a mark is the multi-paragraph convention,
//! not an error; apostrophes, inch marks and single quotes never count.

use super::{Check, Context, Rule};
use crate::article::quotes::StrayKind;
use crate::finding::Finding;

pub struct UnbalancedQuote;

impl Check for UnbalancedQuote {
    fn rule(&self) -> Rule {
        Rule::UnbalancedQuote
    }

    fn check(&self, cx: &Context, findings: &mut Vec<Finding>) {
        for mark in &cx.article.stray_marks {
            let message = match mark.kind {
                StrayKind::NeverClosed => "This quotation mark is never closed: close the quote, or open the next paragraph with a quotation mark if the quote continues there",
                StrayKind::NeverOpened => "This closing quotation mark has no opening mark",
            };
            findings.push(Finding::new(Rule::UnbalancedQuote, mark.span, message));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Config, Format};

    fn flagged(draft: &str) -> Vec<(usize, String)> {
        let analysis = analyze(draft, Format::PlainText, &Config::default());
        analysis
            .findings
            .iter()
            .filter(|f| f.rule == super::Rule::UnbalancedQuote)
            .map(|f| (f.span.start, f.span.slice(draft).to_string()))
            .collect()
    }

    #[test]
    fn points_at_the_mark_that_never_closes() {
        let draft = "Levee holds\n\n“We knew the levee was weak,” Ortiz said. “We told the state.\n\nThe state did not answer.\n";
        let at = draft.rfind('“').unwrap_or(0);
        assert_eq!(flagged(draft), vec![(at, "“".to_string())]);
    }

    #[test]
    fn a_closing_mark_with_no_opening() {
        let draft = "Levee holds\n\nThe state did not answer.” Nobody came.\n";
        assert_eq!(flagged(draft).len(), 1);
    }

    #[test]
    fn multi_paragraph_quotes_apostrophes_and_inches_are_balanced() {
        let draft = "Levee holds\n\n\"We knew,\" Ortiz said. \"We told the state.\n\n\"Nobody came. The ’90s were rock ’n’ roll for a 6'2\" guard.\"\n";
        assert!(flagged(draft).is_empty());
    }
}
