//! Applies every fix of every finding in a list of drafts, one at a time, and reports the fixes
//! that leave their own finding in place or add a new warning or error:
//! `cargo run --example fix_property -- FILE_LIST`. Each line is rule, file, fix title, what broke.

use copydesk::finding::{Finding, Severity};
use copydesk::{analyze, Config, Format};
use std::collections::HashMap;

fn main() {
    let list = std::env::args()
        .nth(1)
        .expect("usage: fix_property FILE_LIST");
    let paths = std::fs::read_to_string(list).expect("the list of drafts");
    let config = Config::default();
    let mut tried: HashMap<&'static str, usize> = HashMap::new();
    let mut broken: HashMap<&'static str, usize> = HashMap::new();
    for path in paths.split_whitespace() {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let format = Format::from_path(path);
        let before = analyze(&text, format, &config).findings;
        for finding in &before {
            for fix in &finding.fixes {
                *tried.entry(finding.rule.code()).or_default() += 1;
                let fixed = apply(&text, fix);
                let after = analyze(&fixed, format, &config).findings;
                if let Some(why) = breaks(&before, finding, &after) {
                    *broken.entry(finding.rule.code()).or_default() += 1;
                    println!("{}\t{path}\t{}\t{why}", finding.rule.code(), fix.title);
                }
            }
        }
    }
    let mut rules: Vec<_> = tried.keys().copied().collect();
    rules.sort();
    for rule in rules {
        eprintln!(
            "{rule}: {} of {} fixes break",
            broken.get(rule).unwrap_or(&0),
            tried[rule]
        );
    }
}

fn apply(text: &str, fix: &copydesk::finding::Fix) -> String {
    let mut edits = fix.edits.clone();
    edits.sort_by_key(|e| std::cmp::Reverse(e.span.start));
    let mut out = text.to_string();
    for edit in edits {
        out.replace_range(edit.span.start..edit.span.end, &edit.new_text);
    }
    out
}

/// Findings at `least` or worse, counted by rule: offsets and words move when a fix is applied, counts
/// do not.
fn counts(findings: &[Finding], least: Severity) -> HashMap<&'static str, usize> {
    let mut counts = HashMap::new();
    for finding in findings {
        if finding.severity <= least {
            *counts.entry(finding.rule.code()).or_default() += 1;
        }
    }
    counts
}

/// What a fix broke: its own finding still there (its rule's count did not fall), or a rule
/// that flags more than before.
fn breaks(before: &[Finding], fixed_one: &Finding, after: &[Finding]) -> Option<String> {
    let own = fixed_one.rule.code();
    let (all_old, all_new) = (
        counts(before, Severity::Hint),
        counts(after, Severity::Hint),
    );
    let own_before = all_old.get(own).copied().unwrap_or(0);
    let own_after = all_new.get(own).copied().unwrap_or(0);
    let (old, new) = (
        counts(before, Severity::Warning),
        counts(after, Severity::Warning),
    );
    if own_after >= own_before {
        return Some(format!(
            "its finding stays ({own}: {own_before} before, {own_after} after)"
        ));
    }
    let mut grown: Vec<String> = new
        .iter()
        .filter(|(rule, count)| **count > old.get(*rule).copied().unwrap_or(0))
        .map(|(rule, count)| format!("{rule} {} -> {count}", old.get(rule).copied().unwrap_or(0)))
        .collect();
    grown.sort();
    (!grown.is_empty()).then(|| format!("new findings: {}", grown.join(", ")))
}
