//! The findings about the suppressions themselves: `invalid-suppression` for a code that names
//! no rule (or a rule a draft cannot silence) and for a directive that does not exist, found
//! while reading; `unused-suppression` for a suppression that silenced nothing, found once
//! every rule has run.
//!
//! Removing an unused suppression is an unsafe fix: while a draft is being typed, the finding
//! a suppression is for may be gone for a moment, and a fix-all on save must not take the
//! writer's suppression with it.

use super::directives::{Directive, Word};
use super::{Origin, Suppression, Suppressions};
use crate::config::closest;
use crate::finding::{Applicability, Finding, Fix};
use crate::rules::registry::SUPPRESSION_RULES;
use crate::rules::Rule;
use crate::text::Span;

/// A code that names no rule.
pub(super) fn unknown_rule(word: Word) -> Finding {
    let silenceable: Vec<&str> = Rule::ALL
        .iter()
        .filter(|rule| !SUPPRESSION_RULES.contains(rule))
        .map(|rule| rule.code())
        .collect();
    let name = word.text;
    let finding = |advice: &str| {
        let message = format!(
            "`{name}` is not a copydesk rule, so this suppression silences nothing{advice}"
        );
        Finding::new(Rule::InvalidSuppression, word.span, message)
    };
    match closest(name, &silenceable) {
        Some(code) => finding(&format!("; did you mean `{code}`?")).with_fix(Fix::replace(
            format!("Change to `{code}`"),
            word.span,
            code,
            Applicability::Safe,
        )),
        None => finding("."),
    }
}

/// A code naming one of the rules about suppressions, which only `copydesk.toml` may turn off.
pub(super) fn unsilenceable(rule: Rule, span: Span) -> Finding {
    let message = format!(
        "`{rule}` cannot be silenced from a draft (a suppression could hide its own mistake); \
         set its level in copydesk.toml."
    );
    Finding::new(Rule::InvalidSuppression, span, message)
}

/// A `copydesk-…` comment whose directive does not exist.
pub(super) fn unknown_directive(word: Word) -> Finding {
    let name = word.text;
    let finding = |advice: &str| {
        let message = format!(
            "`{name}` is not a copydesk directive, so this comment silences nothing{advice}"
        );
        Finding::new(Rule::InvalidSuppression, word.span, message)
    };
    match Directive::closest(name) {
        Some(directive) => {
            finding(&format!("; did you mean `{}`?", directive.name())).with_fix(Fix::replace(
                format!("Change to `{}`", directive.name()),
                word.span,
                directive.name(),
                Applicability::Safe,
            ))
        }
        None => finding(
            "; use copydesk-disable-next-line, copydesk-disable-line, copydesk-disable or \
             copydesk-enable.",
        ),
    }
}

impl Suppressions {
    /// The findings about the draft's suppressions: the invalid ones, and those that silenced
    /// nothing. `ran` says whether a rule ran; a suppression of a rule that is off cannot be
    /// judged, since the draft may be checked where it is on.
    pub(in crate::analysis) fn findings(
        self,
        text: &str,
        ran: impl Fn(Rule) -> bool,
    ) -> Vec<Finding> {
        let mut findings = self.invalid;
        let unused = |entry: &Suppression| !entry.used && entry.rule.is_none_or(&ran);
        // The rules one comment names are read in a row; front-matter codes are judged alone.
        let groups = self
            .entries
            .chunk_by(|a, b| a.origin == b.origin && a.origin != Origin::FrontMatter);
        for group in groups {
            match group[0].origin {
                Origin::Comment { span, .. } if group.iter().all(unused) => {
                    findings.push(unused_comment(text, span, group));
                }
                _ => findings.extend(
                    group
                        .iter()
                        .filter(|entry| unused(entry))
                        .filter_map(|entry| unused_code(text, entry)),
                ),
            }
        }
        findings
    }
}

/// A comment none of whose suppressions silenced anything.
fn unused_comment(text: &str, comment: Span, group: &[Suppression]) -> Finding {
    let rules: Vec<Rule> = group.iter().filter_map(|entry| entry.rule).collect();
    let message = format!(
        "This suppression silences nothing: {}.",
        nothing_found(&group[0], &rules)
    );
    let fix = Fix::replace(
        "Remove the unused suppression",
        comment_removal(text, comment),
        "",
        Applicability::Unsafe,
    );
    Finding::new(Rule::UnusedSuppression, comment, message).with_fix(fix)
}

/// One code of a comment or of the front matter that silenced nothing.
fn unused_code(text: &str, entry: &Suppression) -> Option<Finding> {
    let (code, rule) = (entry.code?, entry.rule?);
    let message = format!(
        "`{rule}` silences nothing here: {}.",
        nothing_found(entry, &[rule])
    );
    let fix = Fix::replace(
        format!("Remove `{rule}` from the suppression"),
        code_removal(text, code),
        "",
        Applicability::Unsafe,
    );
    Some(Finding::new(Rule::UnusedSuppression, code, message).with_fix(fix))
}

/// "no `name-spelling` finding on this line", for a suppression of `rules` (none named: every
/// rule).
fn nothing_found(entry: &Suppression, rules: &[Rule]) -> String {
    let codes: Vec<String> = rules.iter().map(|rule| format!("`{rule}`")).collect();
    let what = match codes.as_slice() {
        [] => "no finding".to_string(),
        codes => format!("no {} finding", codes.join(" or ")),
    };
    let place = match entry.origin {
        Origin::FrontMatter => "in this draft",
        Origin::Comment { directive, .. } => match directive {
            Directive::NextLine => "on the next line",
            Directive::Line => "on this line",
            Directive::Disable | Directive::Enable => "in the stretch it disables",
        },
    };
    format!("{what} {place}")
}

/// What removing a comment deletes: its whole line when it stands alone, else the comment and
/// the spaces before it.
fn comment_removal(text: &str, comment: Span) -> Span {
    let line_start = text[..comment.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[comment.end..]
        .find('\n')
        .map_or(text.len(), |i| comment.end + i);
    let before = &text[line_start..comment.start];
    if before.trim().is_empty() && text[comment.end..line_end].trim().is_empty() {
        return Span::new(line_start, (line_end + 1).min(text.len()));
    }
    Span::new(
        line_start + before.trim_end_matches([' ', '\t']).len(),
        comment.end,
    )
}

/// What removing one code from a list deletes: the code with the comma before it (or after
/// it, for the first), or with the spaces before it; a `- code` line of a YAML list whole.
fn code_removal(text: &str, code: Span) -> Span {
    let line_start = text[..code.start].rfind('\n').map_or(0, |i| i + 1);
    let before = text[..code.start].trim_end_matches([' ', '\t']);
    let after = &text[code.end..];
    let rest = after.trim_start_matches([' ', '\t']);
    let ends_line = rest.is_empty() || rest.starts_with(['\n', '\r']);
    if text[line_start..code.start].trim() == "-" && ends_line {
        let line_end = after.find('\n').map_or(text.len(), |i| code.end + i + 1);
        return Span::new(line_start, line_end);
    }
    if before.ends_with(',') {
        return Span::new(before.len() - 1, code.end);
    }
    if let Some(following) = rest.strip_prefix(',') {
        let spaces = following.len() - following.trim_start_matches([' ', '\t']).len();
        return Span::new(code.start, text.len() - following.len() + spaces);
    }
    Span::new(before.len(), code.end)
}
