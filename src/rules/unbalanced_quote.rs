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
    use crate::rules::fixture::{findings, flagged};
    use crate::rules::Rule;

    #[test]
    fn points_at_the_mark_that_never_closes() {
        let draft = "Levee holds\n\n“We knew the levee was weak,” Ortiz said. “We told the state.\n\nThe state did not answer.\n";
        let at = draft.rfind('“').unwrap_or(0);
        let found = findings(Rule::UnbalancedQuote, draft);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].span.start, found[0].span.slice(draft)), (at, "“"));
    }

    #[test]
    fn a_closing_mark_with_no_opening() {
        let draft = "Levee holds\n\nThe state did not answer.” Nobody came.\n";
        assert_eq!(flagged(Rule::UnbalancedQuote, draft).len(), 1);
    }

    #[test]
    fn multi_paragraph_quotes_apostrophes_and_inches_are_balanced() {
        let draft = "Levee holds\n\n\"We knew,\" Ortiz said. \"We told the state.\n\n\"Nobody came. The ’90s were rock ’n’ roll for a 6'2\" guard.\"\n";
        assert!(flagged(Rule::UnbalancedQuote, draft).is_empty());
    }
}
