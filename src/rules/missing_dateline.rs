use super::{Check, Context, Rule};
use crate::finding::Finding;

pub struct MissingDateline;

impl Check for MissingDateline {
    fn rule(&self) -> Rule {
        Rule::MissingDateline
    }

    fn check(&self, _cx: &Context, _findings: &mut Vec<Finding>) {}
}
