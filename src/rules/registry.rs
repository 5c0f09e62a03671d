//! Every rule: the checks that read the article, in alphabetical order of their codes, and the
//! rules the analysis reports itself.

use super::{Check, Rule};

pub static RULES: &[&(dyn Check + Sync)] = &[
    &super::first_reference::FirstReference,
    &super::follow_on_quote::FollowOnQuote,
    &super::malformed_dateline::MalformedDateline,
    &super::misattributed_quote::MisattributedQuote,
    &super::misquote::Misquote,
    &super::missing_dateline::MissingDateline,
    &super::name_spelling::NameSpelling,
    &super::quote_drift::QuoteDrift,
    &super::quote_style::QuoteStyle,
    &super::unattributed_quote::UnattributedQuote,
    &super::unbalanced_quote::UnbalancedQuote,
    &super::unsourced_quote::UnsourcedQuote,
];

/// The rules about the draft's own suppressions, reported by the analysis once every check has
/// run (only the other rules' findings show a suppression used). A draft cannot silence them:
/// a suppression that hid them could hide its own typo. Configured like any other rule.
pub static SUPPRESSION_RULES: &[Rule] = &[Rule::InvalidSuppression, Rule::UnusedSuppression];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_lists_every_rule_once_in_code_order() {
        let codes: Vec<&str> = RULES.iter().map(|rule| rule.rule().code()).collect();
        let mut sorted = codes.clone();
        sorted.sort();
        assert_eq!(codes, sorted);
        let checked_and_suppression: Vec<Rule> = RULES
            .iter()
            .map(|check| check.rule())
            .chain(SUPPRESSION_RULES.iter().copied())
            .collect();
        for rule in Rule::ALL {
            let listed = checked_and_suppression.iter().filter(|r| **r == rule);
            assert_eq!(listed.count(), 1, "{rule}");
        }
    }
}
