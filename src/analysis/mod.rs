//! The front door: `analyze(text, format, &config)` reads the article model, runs every rule,
//! applies the configured severities and the draft's own suppressions (reporting those that
//! name no rule or silence nothing), and returns findings sorted by position. Pure: no I/O, no
//! clocks, no globals beyond compiled tables. `analyze_with_record` does the same for a draft
//! whose record (transcripts, notes) the adapter has read: each quote is checked against it.

mod suppression;

use crate::article::{self, Article, Format};
use crate::config::{Config, Level};
use crate::finding::Finding;
use crate::record::{Record, RecordMatch};
use crate::rules::registry::RULES;
use crate::rules::Context;

#[derive(Clone, Debug)]
pub struct Analysis {
    pub article: Article,
    pub findings: Vec<Finding>,
    /// Each quote of `article.quotes` against the record, in the same order; empty for a draft
    /// with no record, `None` for a quote not checked (not speech, or too short to tell).
    pub record_matches: Vec<Option<RecordMatch>>,
}

pub fn analyze(text: &str, format: Format, config: &Config) -> Analysis {
    analyze_with_record(text, format, config, &Record::default())
}

/// The analysis of a draft with its record: the texts of the sources it names, which the
/// adapter has read.
pub fn analyze_with_record(
    text: &str,
    format: Format,
    config: &Config,
    record: &Record,
) -> Analysis {
    let article = article::parse(text, format, config);
    let record_matches = if record.is_empty() {
        Vec::new()
    } else {
        record.check_quotes(text, &article.quotes)
    };
    let mut suppressions = suppression::Suppressions::read(text, &article);
    let cx = Context {
        text,
        article: &article,
        config,
        record,
        record_matches: &record_matches,
    };
    let mut findings = Vec::new();
    for rule in RULES {
        let Level::On(severity) = config.level(rule.rule()) else {
            continue;
        };
        let start = findings.len();
        rule.check(&cx, &mut findings);
        for finding in &mut findings[start..] {
            finding.severity = severity;
        }
    }
    findings.retain(|finding| !suppressions.silences(finding));
    // Judged after the others have been silenced, and never silenced themselves.
    let ran = |rule| matches!(config.level(rule), Level::On(_));
    for mut finding in suppressions.findings(text, ran) {
        if let Level::On(severity) = config.level(finding.rule) {
            finding.severity = severity;
            findings.push(finding);
        }
    }
    findings.sort_by_key(|f| (f.span.start, f.span.end, f.rule));
    Analysis {
        article,
        findings,
        record_matches,
    }
}
