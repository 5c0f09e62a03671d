//! Code actions: each finding's fixes as quick fixes, every spelling of a name at once, a
//! suppression comment for the line, and every safe fix of the draft at once
//! (`source.fixAll.copydesk`, which editors run on save). A client without code action
//! literals gets each action as a command that asks the server to apply its edit.

use super::client::ClientAbilities;
use super::documents::Snapshot;
use super::snippets;
use crate::article::Format;
use crate::finding::{fix_all, Edit, Finding, FixScope, Rule};
use crate::text::Span;
use tower_lsp::lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Command, Diagnostic, TextEdit,
};

/// The kind of the fix-all action: editors ask for it on save.
pub const FIX_ALL: CodeActionKind = CodeActionKind::new("source.fixAll.copydesk");

/// The command that applies an action's edit, for clients without code action literals.
pub const APPLY_EDIT: &str = "copydesk.applyEdit";

/// What a code action request asks for.
pub struct Request<'a> {
    pub span: Span,
    /// `context.only`: the kinds wanted, or every kind.
    pub only: Option<&'a [CodeActionKind]>,
}

impl Request<'_> {
    /// Whether actions of `kind` are wanted: `only` names it or a kind above it
    /// (`source` covers `source.fixAll.copydesk`).
    fn wants(&self, kind: &CodeActionKind) -> bool {
        self.only.is_none_or(|only| {
            only.iter().any(|wanted| {
                let (kind, wanted) = (kind.as_str(), wanted.as_str());
                kind == wanted
                    || kind
                        .strip_prefix(wanted)
                        .is_some_and(|rest| rest.starts_with('.'))
            })
        })
    }
}

pub fn code_actions(
    snapshot: &Snapshot,
    request: &Request,
    abilities: &ClientAbilities,
) -> Vec<CodeActionOrCommand> {
    let mut actions = Vec::new();
    if request.wants(&CodeActionKind::QUICKFIX) {
        actions = quick_fixes(snapshot, request.span, abilities);
    }
    // Unasked for, fix-all comes beside quick fixes only, not at every place in the draft.
    let offer_fix_all = match request.only {
        Some(_) => request.wants(&FIX_ALL),
        None => !actions.is_empty(),
    };
    if offer_fix_all {
        actions.extend(fix_all_safe(snapshot, abilities));
    }
    actions
        .into_iter()
        .map(|action| match abilities.code_action_literals {
            true => CodeActionOrCommand::CodeAction(action),
            false => CodeActionOrCommand::Command(as_command(action)),
        })
        .collect()
}

fn quick_fixes(
    snapshot: &Snapshot,
    requested: Span,
    abilities: &ClientAbilities,
) -> Vec<CodeAction> {
    let findings = &snapshot.analysis.findings;
    let mut actions = Vec::new();
    for (finding, diagnostic) in findings.iter().zip(&snapshot.diagnostics) {
        if !(finding.span.overlaps(requested) || finding.span.touches(requested.start)) {
            continue;
        }
        for (i, fix) in finding.fixes.iter().enumerate() {
            let edit = FixEdit {
                title: fix.title.clone(),
                edits: &fix.edits,
                diagnostic,
            };
            let mut action = quick_fix(snapshot, edit, abilities, i == 0);
            if let Some(snippet) = &fix.snippet {
                // Turned into a snippet edit, or dropped, on the way out (see `snippets`).
                action.data = Some(serde_json::json!({ snippets::DATA_KEY: snippet }));
            }
            actions.push(action);
        }
        if finding.rule == Rule::NameSpelling {
            if let Some(action) = fix_every_spelling(snapshot, finding, diagnostic, abilities) {
                actions.push(action);
            }
        }
        if snapshot.format == Format::Markdown {
            actions.push(disable_for_line(snapshot, finding, diagnostic, abilities));
        }
    }
    actions
}

/// Every safe fix of the draft in one edit; none when there is nothing safe to fix.
fn fix_all_safe(snapshot: &Snapshot, abilities: &ClientAbilities) -> Option<CodeAction> {
    let all = fix_all(&snapshot.analysis.findings, FixScope::Safe);
    if all.edits.is_empty() {
        return None;
    }
    let edits = text_edits(snapshot, &all.edits);
    Some(CodeAction {
        title: "Fix all safe copydesk findings".into(),
        kind: Some(FIX_ALL),
        edit: Some(snapshot.workspace_edit(edits, abilities.versioned_edits)),
        ..Default::default()
    })
}

/// An action as a command the server carries out by asking the client to apply its edit.
fn as_command(action: CodeAction) -> Command {
    let edit = action.edit.and_then(|edit| serde_json::to_value(edit).ok());
    Command {
        title: action.title,
        command: APPLY_EDIT.into(),
        arguments: edit.map(|edit| vec![edit]),
    }
}

/// A quick fix's title, edits and the diagnostic it answers.
struct FixEdit<'a> {
    title: String,
    edits: &'a [Edit],
    diagnostic: &'a Diagnostic,
}

fn text_edits(snapshot: &Snapshot, edits: &[Edit]) -> Vec<TextEdit> {
    let lines = snapshot.lines();
    edits
        .iter()
        .map(|edit| TextEdit::new(lines.range(edit.span), edit.new_text.clone()))
        .collect()
}

fn quick_fix(
    snapshot: &Snapshot,
    fix: FixEdit,
    abilities: &ClientAbilities,
    preferred: bool,
) -> CodeAction {
    let edits = text_edits(snapshot, fix.edits);
    CodeAction {
        title: fix.title,
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![fix.diagnostic.clone()]),
        edit: Some(snapshot.workspace_edit(edits, abilities.versioned_edits)),
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
    abilities: &ClientAbilities,
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
    let edit = FixEdit {
        title: format!("Fix every spelling of {name} in the document"),
        edits: &edits,
        diagnostic,
    };
    Some(quick_fix(snapshot, edit, abilities, false))
}

/// `<!-- copydesk-disable-next-line CODE -->` on its own line above the finding's line when the
/// line opens a paragraph; inside a paragraph, `<!-- copydesk-disable-line CODE -->` at the end
/// of the line, because a comment on a line of its own would split the paragraph in two.
fn disable_for_line(
    snapshot: &Snapshot,
    finding: &Finding,
    diagnostic: &Diagnostic,
    abilities: &ClientAbilities,
) -> CodeAction {
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
    let edit = FixEdit {
        title: format!("Disable {code} for this line"),
        edits: &[edit],
        diagnostic,
    };
    let mut action = quick_fix(snapshot, edit, abilities, false);
    action.is_preferred = None;
    action
}
