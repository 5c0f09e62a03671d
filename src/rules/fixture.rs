//! The rules' test fixtures: a small invented draft goes through the whole analysis (so
//! suppressions and configured levels apply as they do for a writer), and what one rule
//! reports comes back, as findings or as the text each one flags.

use crate::analysis::{analyze, analyze_with_record};
use crate::article::Format;
use crate::config::{Config, Level};
use crate::finding::{Finding, Rule};
use crate::record::{Record, SourceText};

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

/// The findings of `rule`, turned on at its default severity, in a plain-text draft whose
/// record is one transcript, `presser.txt`.
pub(crate) fn findings_with_record(rule: Rule, draft: &str, transcript: &str) -> Vec<Finding> {
    let mut config = Config::default();
    config.set_level(rule, Level::On(rule.default_severity()));
    let record = Record::new(vec![SourceText {
        path: "presser.txt".to_string(),
        text: transcript.to_string(),
    }]);
    let mut findings = analyze_with_record(draft, Format::PlainText, &config, &record).findings;
    findings.retain(|finding| finding.rule == rule);
    findings
}

/// The draft with the first fix of each finding of `rule` applied, its record `presser.txt`.
pub(crate) fn fixed_with_record(rule: Rule, draft: &str, transcript: &str) -> String {
    let edits: Vec<_> = findings_with_record(rule, draft, transcript)
        .into_iter()
        .flat_map(|finding| finding.fixes.into_iter().next())
        .flat_map(|fix| fix.edits)
        .collect();
    crate::finding::apply_edits(draft, &edits).expect("the fixes apply")
}
