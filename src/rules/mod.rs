//! The rules: each looks at the article model and reports findings. One file per rule, named
//! after its code; `registry` lists them.

mod first_reference;
#[cfg(test)]
pub(crate) mod fixture;
mod follow_on_quote;
mod malformed_dateline;
mod missing_dateline;
mod name_spelling;
mod quote_drift;
mod quote_style;
pub mod registry;
mod unattributed_quote;
mod unbalanced_quote;

/// The codes live with the findings, below the configuration, which names them too; they are
/// named here as well for the rule files and for callers that think of a rule by its check.
pub use crate::finding::Rule;

use crate::article::Article;
use crate::config::Config;
use crate::finding::Finding;

/// What a rule looks at: the draft's text, its article model and the configuration.
pub struct Context<'a> {
    pub text: &'a str,
    pub article: &'a Article,
    pub config: &'a Config,
}

/// A rule reads the context and reports findings at the rule's default severity; the analysis
/// applies the configured severity afterwards. Rules hold no state.
pub trait Check {
    fn rule(&self) -> Rule;
    fn check(&self, cx: &Context, findings: &mut Vec<Finding>);
}
