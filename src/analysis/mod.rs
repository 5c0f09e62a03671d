//! The front door: `analyze(text, format, &config)` reads the article model, runs every rule,
//! applies the configured severities and the draft's own suppressions (reporting those that
//! name no rule or silence nothing), and returns findings sorted by position. Pure: no I/O, no
//! clocks, no globals beyond compiled tables.

mod suppression;

use crate::article::{self, Article, Format};
use crate::config::{Config, Level};
use crate::finding::Finding;
use crate::rules::registry::RULES;
use crate::rules::Context;

#[derive(Clone, Debug)]
pub struct Analysis {
    pub article: Article,
    pub findings: Vec<Finding>,
}

pub fn analyze(text: &str, format: Format, config: &Config) -> Analysis {
    let article = article::parse(text, format, config);
    let mut suppressions = suppression::Suppressions::read(text, &article);
    let cx = Context {
        text,
        article: &article,
        config,
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
    Analysis { article, findings }
}
