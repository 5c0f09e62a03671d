//! `unsourced-quote` (off by default): a draft that names its record has a quote no source
//! of it holds. Off unless a desk keeps every quote's source beside the draft, since a
//! statement quoted from the wire is rarely kept.

use super::{Check, Context, Rule};
use crate::finding::Finding;
use crate::record::MatchKind;

pub struct UnsourcedQuote;

impl Check for UnsourcedQuote {
    fn rule(&self) -> Rule {
        Rule::UnsourcedQuote
    }

    fn check(&self, cx: &Context, findings: &mut Vec<Finding>) {
        let sources = cx.record.sources.len();
        for (quote, found) in cx.checked_quotes() {
            if found.kind == MatchKind::None {
                findings.push(Finding::new(
                    Rule::UnsourcedQuote,
                    quote.content,
                    format!(
                        "No source of this draft holds this quote ({sources} source{} checked)",
                        if sources == 1 { "" } else { "s" }
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::finding::Rule;
    use crate::rules::fixture::{findings, findings_with_record};

    #[test]
    fn a_quote_no_source_holds_is_unsourced_and_a_draft_without_sources_is_not_judged() {
        let transcript = "ORTIZ: The levee will not break this spring.\n";
        let draft = "Levee\n\n“The levee will not break this spring,” Ortiz said. “The county will pay for new pumps,” she added.\n";
        let found = findings_with_record(Rule::UnsourcedQuote, draft, transcript);
        let flagged: Vec<&str> = found.iter().map(|f| f.span.slice(draft)).collect();
        assert_eq!(flagged, ["The county will pay for new pumps,"]);
        assert!(findings(Rule::UnsourcedQuote, draft).is_empty());
    }
}
