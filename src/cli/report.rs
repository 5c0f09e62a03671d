//! What the CLI reports for each draft, independent of the output format: findings with 1-based
//! line/column positions (columns in Unicode scalar values) and the source line for display.

use crate::finding::{Finding, Fix, Severity};
use crate::rules::Rule;
use crate::text::{Encoding, LineIndex, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub rule: Rule,
    pub severity: Severity,
    pub message: String,
    pub start: Position,
    pub end: Position,
    pub span: Span,
    pub fixes: Vec<Fix>,
    /// The line the finding starts on, for human output.
    pub source_line: String,
}

#[derive(Clone, Debug)]
pub enum Outcome {
    Checked(Vec<Diagnostic>),
    /// The draft could not be read or configured; the message says why.
    Failed(String),
    /// Passed over in a folder walk (a binary file).
    Skipped(String),
}

#[derive(Clone, Debug)]
pub struct FileReport {
    pub path: String,
    pub outcome: Outcome,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub failures: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub hints: usize,
}

impl Summary {
    pub fn of(reports: &[FileReport]) -> Summary {
        let mut summary = Summary::default();
        for report in reports {
            match &report.outcome {
                Outcome::Checked(diagnostics) => {
                    summary.files += 1;
                    for diagnostic in diagnostics {
                        match diagnostic.severity {
                            Severity::Error => summary.errors += 1,
                            Severity::Warning => summary.warnings += 1,
                            Severity::Info => summary.infos += 1,
                            Severity::Hint => summary.hints += 1,
                        }
                    }
                }
                Outcome::Failed(_) => summary.failures += 1,
                Outcome::Skipped(_) => {}
            }
        }
        summary
    }

    pub fn findings(&self) -> usize {
        self.errors + self.warnings + self.infos + self.hints
    }
}

pub fn position(index: &LineIndex, text: &str, offset: usize) -> Position {
    let at = index.position(text, offset, Encoding::Utf32);
    Position {
        line: at.line as usize + 1,
        column: at.col as usize + 1,
    }
}

pub fn diagnostics(text: &str, findings: &[Finding]) -> Vec<Diagnostic> {
    let index = LineIndex::new(text);
    findings
        .iter()
        .map(|finding| {
            let start = position(&index, text, finding.span.start);
            Diagnostic {
                rule: finding.rule,
                severity: finding.severity,
                message: finding.message.clone(),
                start,
                end: position(&index, text, finding.span.end),
                span: finding.span,
                fixes: finding.fixes.clone(),
                source_line: index
                    .line_span(text, start.line - 1)
                    .slice(text)
                    .to_string(),
            }
        })
        .collect()
}
