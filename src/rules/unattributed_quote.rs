use super::{Check, Context, Rule};
use crate::finding::Finding;

pub struct UnattributedQuote;

impl Check for UnattributedQuote {
    fn rule(&self) -> Rule {
        Rule::UnattributedQuote
    }

    fn check(&self, _cx: &Context, _findings: &mut Vec<Finding>) {}
}
