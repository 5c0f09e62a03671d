use super::{Check, Context, Rule};
use crate::finding::Finding;

pub struct MalformedDateline;

impl Check for MalformedDateline {
    fn rule(&self) -> Rule {
        Rule::MalformedDateline
    }

    fn check(&self, _cx: &Context, _findings: &mut Vec<Finding>) {}
}
