use super::{Check, Context, Rule};
use crate::finding::Finding;

pub struct NameSpelling;

impl Check for NameSpelling {
    fn rule(&self) -> Rule {
        Rule::NameSpelling
    }

    fn check(&self, _cx: &Context, _findings: &mut Vec<Finding>) {}
}
