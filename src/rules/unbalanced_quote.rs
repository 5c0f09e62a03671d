use super::{Check, Context, Rule};
use crate::finding::Finding;

pub struct UnbalancedQuote;

impl Check for UnbalancedQuote {
    fn rule(&self) -> Rule {
        Rule::UnbalancedQuote
    }

    fn check(&self, _cx: &Context, _findings: &mut Vec<Finding>) {}
}
