//! `--format json`: the shape other tools parse (version 1). Lines and columns are 1-based,
//! columns count Unicode scalar values, byte ranges are 0-based and end-exclusive.

use crate::cli::report::{Diagnostic, FileReport, Outcome, Position, Summary};
use serde::Serialize;
use std::io::Write;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    files: Vec<File<'a>>,
    summary: JsonSummary,
}

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    diagnostics: Vec<JsonDiagnostic<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    code: &'static str,
    severity: &'static str,
    message: &'a str,
    range: Range,
    byte_range: [usize; 2],
    fixes: Vec<JsonFix<'a>>,
    /// Lines of other files that explain the finding (the draft's record).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related: Vec<JsonRelated<'a>>,
}

#[derive(Serialize)]
struct JsonRelated<'a> {
    path: &'a str,
    line: usize,
    message: &'a str,
}

#[derive(Serialize)]
pub struct Range {
    start: LineColumn,
    end: LineColumn,
}

#[derive(Serialize)]
struct LineColumn {
    line: usize,
    column: usize,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    title: &'a str,
    applicability: &'static str,
    edits: Vec<JsonEdit<'a>>,
}

#[derive(Serialize)]
struct JsonEdit<'a> {
    byte_range: [usize; 2],
    new_text: &'a str,
}

#[derive(Serialize)]
struct JsonSummary {
    files: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
    hints: usize,
}

pub fn range(start: Position, end: Position) -> Range {
    Range {
        start: LineColumn {
            line: start.line,
            column: start.column,
        },
        end: LineColumn {
            line: end.line,
            column: end.column,
        },
    }
}

fn diagnostic(d: &Diagnostic) -> JsonDiagnostic<'_> {
    JsonDiagnostic {
        code: d.rule.code(),
        severity: d.severity.as_str(),
        message: &d.message,
        range: range(d.start, d.end),
        byte_range: [d.span.start, d.span.end],
        fixes: d
            .fixes
            .iter()
            .map(|fix| JsonFix {
                title: &fix.title,
                applicability: fix.applicability.as_str(),
                edits: fix
                    .edits
                    .iter()
                    .map(|e| JsonEdit {
                        byte_range: [e.span.start, e.span.end],
                        new_text: &e.new_text,
                    })
                    .collect(),
            })
            .collect(),
        related: d
            .related_elsewhere
            .iter()
            .map(|related| JsonRelated {
                path: &related.path,
                line: related.line,
                message: &related.message,
            })
            .collect(),
    }
}

pub fn emit(reports: &[FileReport], summary: &Summary, out: &mut dyn Write) -> std::io::Result<()> {
    let files = reports
        .iter()
        .filter_map(|report| match &report.outcome {
            Outcome::Checked(diagnostics) => Some(File {
                path: &report.path,
                diagnostics: diagnostics.iter().map(diagnostic).collect(),
                error: None,
            }),
            Outcome::Failed(message) => Some(File {
                path: &report.path,
                diagnostics: Vec::new(),
                error: Some(message),
            }),
            Outcome::Skipped(_) => None,
        })
        .collect();
    let document = Document {
        version: 1,
        files,
        summary: JsonSummary {
            files: summary.files,
            errors: summary.errors,
            warnings: summary.warnings,
            infos: summary.infos,
            hints: summary.hints,
        },
    };
    serde_json::to_writer(&mut *out, &document)?;
    writeln!(out)
}
