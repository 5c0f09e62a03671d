//! Code actions: each finding's fixes as quick fixes, every spelling of a name at once, and a
//! suppression comment for the line.

use super::documents::Snapshot;
use super::snippets;
use crate::article::Format;
use crate::finding::{Edit, Finding, Rule};
use crate::text::Span;
use std::collections::HashMap;
use tower_lsp::lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Diagnostic, TextEdit, WorkspaceEdit,
};

pub fn code_actions(snapshot: &Snapshot, requested: Span) -> Vec<CodeActionOrCommand> {
    let findings = &snapshot.analysis.findings;
    let mut actions = Vec::new();
    for (finding, diagnostic) in findings.iter().zip(&snapshot.diagnostics) {
        if !(finding.span.overlaps(requested) || finding.span.touches(requested.start)) {
            continue;
        }
        for (i, fix) in finding.fixes.iter().enumerate() {
            let mut action = quick_fix(snapshot, fix.title.clone(), &fix.edits, diagnostic, i == 0);
            if let Some(snippet) = &fix.snippet {
                // Turned into a snippet edit, or dropped, on the way out (see `snippets`).
                action.data = Some(serde_json::json!({ snippets::DATA_KEY: snippet }));
            }
            actions.push(action);
        }
        if finding.rule == Rule::NameSpelling {
            if let Some(action) = fix_every_spelling(snapshot, finding, diagnostic) {
                actions.push(action);
            }
        }
        if snapshot.format == Format::Markdown {
            actions.push(disable_for_line(snapshot, finding, diagnostic));
        }
    }
    actions
        .into_iter()
        .map(CodeActionOrCommand::CodeAction)
        .collect()
}

fn quick_fix(
    snapshot: &Snapshot,
    title: String,
    edits: &[Edit],
    diagnostic: &Diagnostic,
    preferred: bool,
) -> CodeAction {
    let lines = snapshot.lines();
    let text_edits = edits
        .iter()
        .map(|edit| TextEdit::new(lines.range(edit.span), edit.new_text.clone()))
        .collect();
    CodeAction {
        title,
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![diagnostic.clone()]),
        edit: Some(WorkspaceEdit {
            changes: Some(HashMap::from([(snapshot.uri.clone(), text_edits)])),
            ..Default::default()
        }),
        is_preferred: Some(preferred),
        ..Default::default()
    }
}

/// The first fix of every name-spelling finding about the same person, as one action, when
/// there is more than one.
fn fix_every_spelling(
    snapshot: &Snapshot,
    finding: &Finding,
    diagnostic: &Diagnostic,
) -> Option<CodeAction> {
    let article = &snapshot.analysis.article;
    let person_of = |f: &Finding| article.person_at(f.span.start).map(|(person, _)| person);
    let person = person_of(finding)?;
    let mut edits: Vec<Edit> = snapshot
        .analysis
        .findings
        .iter()
        .filter(|f| f.rule == Rule::NameSpelling && person_of(f) == Some(person))
        .filter_map(|f| f.fixes.first())
        .flat_map(|fix| fix.edits.iter().cloned())
        .collect();
    edits.sort_by_key(|edit| (edit.span.start, edit.span.end));
    edits.dedup();
    // Two findings' fixes could touch the same bytes; a workspace edit must not overlap.
    let mut end = 0;
    edits.retain(|edit| {
        let keep = edit.span.start >= end;
        if keep {
            end = edit.span.end;
        }
        keep
    });
    if edits.len() < 2 {
        return None;
    }
    let name = &article.people[person].name;
    Some(quick_fix(
        snapshot,
        format!("Fix every spelling of {name} in the document"),
        &edits,
        diagnostic,
        false,
    ))
}

/// `<!-- copydesk-disable-next-line CODE -->` on its own line above the finding's line when the
/// line opens a paragraph; inside a paragraph, `<!-- copydesk-disable-line CODE -->` at the end
/// of the line, because a comment on a line of its own would split the paragraph in two.
fn disable_for_line(snapshot: &Snapshot, finding: &Finding, diagnostic: &Diagnostic) -> CodeAction {
    let text = snapshot.text.as_str();
    let line = snapshot.index.line_of(finding.span.start);
    let line_span = snapshot.index.line_span(text, line);
    let opens_paragraph = line == 0
        || snapshot
            .index
            .line_span(text, line - 1)
            .slice(text)
            .trim()
            .is_empty();
    let code = finding.rule.code();
    let edit = if opens_paragraph {
        Edit {
            span: Span::empty(line_span.start),
            new_text: format!("<!-- copydesk-disable-next-line {code} -->\n"),
        }
    } else {
        Edit {
            span: Span::empty(line_span.end),
            new_text: format!(" <!-- copydesk-disable-line {code} -->"),
        }
    };
    let mut action = quick_fix(
        snapshot,
        format!("Disable {code} for this line"),
        &[edit],
        diagnostic,
        false,
    );
    action.is_preferred = None;
    action
}
