//! Fixes that never write false copy, on real copy (`COPYDESK_CORPUS`): every fix of every
//! finding in the corpus, applied alone to its draft, removes its own finding and adds no new
//! warning or error.
//!
//! A placeholder fix (`missing-dateline`'s `CITY, State — `) is a template, never applied as it
//! stands (a placeholder is malformed until filled in, and `--fix`, `--unsafe-fixes` and fix-all
//! leave it alone): it is checked as the reporter uses it, its placeholders filled in with a
//! real place.
//!
//! Findings are compared by count per rule: offsets and words move when a fix is applied,
//! counts do not. Run with
//! `COPYDESK_CORPUS=/work/shared/corpus cargo test --release --test corpus_fixes -- --nocapture`
//! to see the count and any fix that breaks.

mod common;

use common::{corpus, txt_files};
use copydesk::finding::{apply_edits, Applicability, Edit, Finding, Fix, Severity};
use copydesk::{analyze, Config, Format};
use std::collections::BTreeMap;

/// What a reporter types over each placeholder of a snippet, by the placeholder's text.
const FILLED_IN: &[(&str, &str)] = &[("CITY", "FRESNO"), ("State", "Calif.")];

/// `${1:CITY}, ${2:State} — ` with each placeholder filled in: `FRESNO, Calif. — `.
fn filled_in(snippet: &str) -> String {
    let mut text = String::new();
    let mut rest = snippet;
    while let Some(open) = rest.find("${") {
        text.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let close = after.find('}').expect("a closed placeholder");
        let name = after[..close].split_once(':').map_or("", |(_, name)| name);
        let value = FILLED_IN
            .iter()
            .find(|(placeholder, _)| *placeholder == name)
            .map_or(name, |(_, value)| value);
        text.push_str(value);
        rest = &after[close + 1..];
    }
    text.push_str(rest);
    text
}

/// The edits a fix makes to the draft: its own, or for a placeholder its snippet filled in.
fn edits_as_used(fix: &Fix) -> Vec<Edit> {
    match (fix.applicability, &fix.snippet, fix.edits.as_slice()) {
        (Applicability::Placeholder, Some(snippet), [edit]) => vec![Edit {
            span: edit.span,
            new_text: filled_in(snippet),
        }],
        _ => fix.edits.clone(),
    }
}

/// Findings at `least` or worse, by rule.
fn counts(findings: &[Finding], least: Severity) -> BTreeMap<&'static str, usize> {
    let mut counts = BTreeMap::new();
    for finding in findings.iter().filter(|f| f.severity <= least) {
        *counts.entry(finding.rule.code()).or_default() += 1;
    }
    counts
}

/// What a fix broke, if anything: its own finding left in place, or more warnings and errors of
/// some rule than before.
fn broken(before: &[Finding], fixed: &Finding, after: &[Finding]) -> Option<String> {
    let own = fixed.rule.code();
    let (all_before, all_after) = (
        counts(before, Severity::Hint),
        counts(after, Severity::Hint),
    );
    if all_after.get(own) >= all_before.get(own) {
        return Some(format!("its finding stays ({own})"));
    }
    let (serious_before, serious_after) = (
        counts(before, Severity::Warning),
        counts(after, Severity::Warning),
    );
    let grown: Vec<String> = serious_after
        .iter()
        .filter(|(rule, &count)| count > serious_before.get(*rule).copied().unwrap_or(0))
        .map(|(rule, count)| format!("{rule} grows to {count}"))
        .collect();
    (!grown.is_empty()).then(|| grown.join(", "))
}

#[test]
fn every_fix_in_the_corpus_removes_its_finding_and_adds_none() {
    let Some(corpus) = corpus() else { return };
    let config = Config::default();
    let (mut checked, mut breaks) = (0, Vec::new());
    for path in txt_files(&corpus) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let format = Format::from_path(&path.to_string_lossy());
        let before = analyze(&text, format, &config).findings;
        for finding in &before {
            for fix in &finding.fixes {
                checked += 1;
                let fixed = apply_edits(&text, &edits_as_used(fix)).expect("a fix's edits apply");
                let after = analyze(&fixed, format, &config).findings;
                if let Some(why) = broken(&before, finding, &after) {
                    breaks.push(format!(
                        "{}\t{}\t{}\t{why}",
                        finding.rule,
                        path.display(),
                        fix.title
                    ));
                }
            }
        }
    }
    eprintln!("{checked} fixes checked, {} break", breaks.len());
    assert!(checked > 0, "the corpus holds findings with fixes");
    assert!(
        breaks.is_empty(),
        "fixes that break:\n{}",
        breaks.join("\n")
    );
}

#[test]
fn a_snippet_is_filled_in_as_a_reporter_would() {
    assert_eq!(filled_in("${1:CITY}, ${2:State} — "), "FRESNO, Calif. — ");
    assert_eq!(filled_in("${1:CITY} - "), "FRESNO - ");
}
