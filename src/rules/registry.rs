//! Every rule, in alphabetical order of its code.

use super::Check;

pub static RULES: &[&(dyn Check + Sync)] = &[
    &super::first_reference::FirstReference,
    &super::follow_on_quote::FollowOnQuote,
    &super::malformed_dateline::MalformedDateline,
    &super::missing_dateline::MissingDateline,
    &super::name_spelling::NameSpelling,
    &super::quote_style::QuoteStyle,
    &super::unattributed_quote::UnattributedQuote,
    &super::unbalanced_quote::UnbalancedQuote,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Rule;

    #[test]
    fn registry_lists_every_rule_once_in_code_order() {
        let codes: Vec<&str> = RULES.iter().map(|rule| rule.rule().code()).collect();
        let mut sorted = codes.clone();
        sorted.sort();
        assert_eq!(codes, sorted);
        assert_eq!(codes.len(), Rule::ALL.len());
    }
}
