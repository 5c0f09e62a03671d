use super::{Check, Context, Rule};
use crate::finding::Finding;

pub struct FirstReference;

impl Check for FirstReference {
    fn rule(&self) -> Rule {
        Rule::FirstReference
    }

    fn check(&self, _cx: &Context, _findings: &mut Vec<Finding>) {}
}
