//! The rules' test fixtures: a small invented draft goes through the whole analysis (so
//! suppressions and configured levels apply as they do for a writer), and what one rule
//! reports comes back, as findings or as the text each one flags.

use crate::analysis::analyze;
use crate::article::Format;
use crate::config::Config;
use crate::finding::{Finding, Rule};

/// The findings of `rule` in a plain-text draft under the default configuration.
pub(crate) fn findings(rule: Rule, draft: &str) -> Vec<Finding> {
    findings_as(rule, draft, Format::PlainText, &Config::default())
}

/// The findings of `rule` in a draft read as `format` under `config`.
pub(crate) fn findings_as(
    rule: Rule,
    draft: &str,
    format: Format,
    config: &Config,
) -> Vec<Finding> {
    let mut findings = analyze(draft, format, config).findings;
    findings.retain(|finding| finding.rule == rule);
    findings
}

/// The text under each finding of `rule` in a plain-text draft under the default configuration.
pub(crate) fn flagged(rule: Rule, draft: &str) -> Vec<&str> {
    flagged_as(rule, draft, Format::PlainText, &Config::default())
}

/// The text under each finding of `rule` in a draft read as `format` under `config`.
pub(crate) fn flagged_as<'d>(
    rule: Rule,
    draft: &'d str,
    format: Format,
    config: &Config,
) -> Vec<&'d str> {
    findings_as(rule, draft, format, config)
        .iter()
        .map(|finding| finding.span.slice(draft))
        .collect()
}
