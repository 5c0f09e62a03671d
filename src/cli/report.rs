//! What the CLI reports for each draft, independent of the output format: findings with 1-based
//! line/column positions (columns in Unicode scalar values) and an excerpt of the line for
//! display.

use crate::finding::{Finding, Fix, RelatedElsewhere, Rule, Severity};
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
    /// Lines of other files (the draft's record) that explain the finding.
    pub related_elsewhere: Vec<RelatedElsewhere>,
    /// The finding in its line, for human output.
    pub excerpt: Excerpt,
}

/// Characters of a line that human output shows around a finding.
pub const EXCERPT_CHARS: usize = 100;

/// Characters shown before the finding, when the line has them.
const CONTEXT_BEFORE: usize = 20;

/// The part of a finding's first line that human output shows: at most `EXCERPT_CHARS`
/// characters from `CONTEXT_BEFORE` before the finding. Only this part is copied, never the
/// whole line: a one-line draft with thousands of findings copied itself thousands of times.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Excerpt {
    /// The characters shown, tabs as spaces.
    pub text: String,
    /// The line goes on before `text`, and after it.
    pub cut_before: bool,
    pub cut_after: bool,
    /// Characters of `text` before the finding, and how many of the finding it shows (at
    /// least one, for a mark to point with).
    pub lead: usize,
    pub width: usize,
}

impl Excerpt {
    /// `line` holds the finding from byte `start` (character `start_column`, from 0); the
    /// finding ends at character `end_column` of the same line, or on a later line (`None`).
    fn of(line: &str, start: usize, start_column: usize, end_column: Option<usize>) -> Excerpt {
        let start = crate::text::floor_char_boundary(line, start.min(line.len()));
        let from = line[..start]
            .char_indices()
            .rev()
            .take(CONTEXT_BEFORE)
            .last()
            .map_or(start, |(at, _)| at);
        let lead = line[from..start].chars().count();
        let mut shown = line[from..].char_indices().map(|(at, _)| from + at);
        let to = shown.nth(EXCERPT_CHARS).unwrap_or(line.len());
        let text: String = line[from..to]
            .chars()
            .map(|c| if c == '\t' { ' ' } else { c })
            .collect();
        let to_column = start_column.saturating_sub(lead) + text.chars().count();
        let end = match end_column {
            Some(end) => end.max(start_column + 1).min(to_column),
            None => to_column,
        };
        Excerpt {
            cut_before: from > 0,
            cut_after: to < line.len(),
            lead,
            width: end.saturating_sub(start_column).max(1),
            text,
        }
    }
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

/// Positions of offsets asked in (mostly) rising order: a column is counted on from the last
/// position found on the same line rather than from the line's start, so that a long line with
/// thousands of findings is read once, not once per finding.
struct Columns<'a> {
    index: &'a LineIndex,
    text: &'a str,
    /// The last offset placed, its line and its position.
    last: Option<(usize, usize, Position)>,
}

impl<'a> Columns<'a> {
    fn new(index: &'a LineIndex, text: &'a str) -> Columns<'a> {
        Columns {
            index,
            text,
            last: None,
        }
    }

    fn position(&mut self, offset: usize) -> Position {
        let at = crate::text::floor_char_boundary(self.text, offset.min(self.text.len()));
        let line = self.index.line_of(at);
        let found = match self.last {
            Some((from, from_line, from_position)) if from_line == line && from <= at => Position {
                line: from_position.line,
                column: from_position.column + self.text[from..at].chars().count(),
            },
            _ => position(self.index, self.text, at),
        };
        self.last = Some((at, line, found));
        found
    }
}

pub fn diagnostics(text: &str, findings: &[Finding]) -> Vec<Diagnostic> {
    let index = LineIndex::new(text);
    // Starts rise with the findings' order; ends mostly do, and keep their own place.
    let (mut starts, mut ends) = (Columns::new(&index, text), Columns::new(&index, text));
    findings
        .iter()
        .map(|finding| {
            let start = starts.position(finding.span.start);
            let end = ends.position(finding.span.end);
            let line = index.line_span(text, start.line - 1);
            let excerpt = Excerpt::of(
                line.slice(text),
                finding.span.start.saturating_sub(line.start),
                start.column - 1,
                (end.line == start.line).then(|| end.column - 1),
            );
            Diagnostic {
                rule: finding.rule,
                severity: finding.severity,
                message: finding.message.clone(),
                start,
                end,
                span: finding.span,
                fixes: finding.fixes.clone(),
                related_elsewhere: finding.related_elsewhere.clone(),
                excerpt,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The excerpt as human output used to cut it, from the whole line's characters.
    fn cut_from_whole_line(
        line: &str,
        start: usize,
        end: Option<usize>,
    ) -> (String, bool, bool, usize, usize) {
        let chars: Vec<char> = line.chars().collect();
        let end = match end {
            Some(end) => end.max(start + 1),
            None => chars.len().max(start + 1),
        };
        let from = start.saturating_sub(CONTEXT_BEFORE).min(chars.len());
        let to = (from + EXCERPT_CHARS).min(chars.len());
        let text = chars[from..to]
            .iter()
            .map(|&c| if c == '\t' { ' ' } else { c })
            .collect();
        let width = end.min(to).saturating_sub(start).max(1);
        (text, from > 0, to < chars.len(), start - from, width)
    }

    #[test]
    fn columns_counted_on_from_the_last_position_match_columns_counted_from_the_line_start() {
        let text =
            "Headline\n\n“Naïve” Trump said — Zelenskyy’s aide met Müller.\r\nSecond “line” é.\n";
        let index = LineIndex::new(text);
        let mut columns = Columns::new(&index, text);
        let offsets: Vec<usize> = (0..=text.len() + 2)
            .chain((0..text.len()).rev().step_by(3))
            .collect();
        for offset in offsets {
            assert_eq!(
                columns.position(offset),
                position(&index, text, offset),
                "{offset}"
            );
        }
    }

    #[test]
    fn an_excerpt_cuts_the_line_as_the_whole_line_would_be_cut() {
        let long = "Trump said\tthat Zelenskyy’s aide — naïve — met Müller. ".repeat(8);
        for line in ["", "Short line.", "\tTabbed “quote” here", long.as_str()] {
            let starts = line.char_indices().map(|(at, _)| at).chain([line.len()]);
            for (column, start) in starts.enumerate() {
                for end in [None, Some(column), Some(column + 3), Some(column + 400)] {
                    let excerpt = Excerpt::of(line, start, column, end);
                    let got = (
                        excerpt.text,
                        excerpt.cut_before,
                        excerpt.cut_after,
                        excerpt.lead,
                        excerpt.width,
                    );
                    assert_eq!(
                        got,
                        cut_from_whole_line(line, column, end),
                        "{column} {end:?}"
                    );
                }
            }
        }
    }
}
