use super::{Check, Context, Rule};
use crate::finding::Finding;

pub struct FollowOnQuote;

impl Check for FollowOnQuote {
    fn rule(&self) -> Rule {
        Rule::FollowOnQuote
    }

    fn check(&self, _cx: &Context, _findings: &mut Vec<Finding>) {}
}
