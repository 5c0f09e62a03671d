//! The rules: each looks at the article model and reports findings. One file per rule, named
//! after its code; `registry` lists them.

mod first_reference;
#[cfg(test)]
pub(crate) mod fixture;
mod follow_on_quote;
mod malformed_dateline;
mod misattributed_quote;
mod misquote;
mod missing_dateline;
mod name_spelling;
mod quote_drift;
mod quote_style;
pub mod registry;
mod unattributed_quote;
mod unbalanced_quote;
mod unsourced_quote;

/// The codes live with the findings, below the configuration, which names them too; they are
/// named here as well for the rule files and for callers that think of a rule by its check.
pub use crate::finding::Rule;

use crate::article::{Article, Quote};
use crate::config::Config;
use crate::finding::Finding;
use crate::record::{Record, RecordMatch};

/// What a rule looks at: the draft's text, its article model and the configuration; and the
/// draft's record with each quote checked against it (`record_matches`, empty without one).
pub struct Context<'a> {
    pub text: &'a str,
    pub article: &'a Article,
    pub config: &'a Config,
    pub record: &'a Record,
    pub record_matches: &'a [Option<RecordMatch>],
}

impl Context<'_> {
    /// Each quote with its check against the record, for the quotes that were checked.
    pub fn checked_quotes(&self) -> impl Iterator<Item = (&Quote, &RecordMatch)> {
        self.article
            .quotes
            .iter()
            .zip(self.record_matches)
            .filter_map(|(quote, found)| Some((quote, found.as_ref()?)))
    }
}

/// A rule reads the context and reports findings at the rule's default severity; the analysis
/// applies the configured severity afterwards. Rules hold no state.
pub trait Check {
    fn rule(&self) -> Rule;
    fn check(&self, cx: &Context, findings: &mut Vec<Finding>);
}
