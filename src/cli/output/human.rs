//! The terminal format, after rustc and ruff: `path:line:col: severity[code]: message`, the
//! source line with the finding underlined, the fixes on offer, and a summary line.

use crate::cli::report::{Diagnostic, FileReport, Outcome, Summary};
use crate::finding::Severity;
use std::io::{IsTerminal, Write};

/// Colour on a terminal, unless NO_COLOR is set to anything non-empty.
pub fn use_colour() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
}

struct Paint(bool);

impl Paint {
    fn wrap(&self, code: &str, text: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn severity(&self, severity: Severity) -> String {
        let code = match severity {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
            Severity::Hint => "1;32",
        };
        self.wrap(code, severity.as_str())
    }
}

pub fn emit(
    reports: &[FileReport],
    summary: &Summary,
    out: &mut dyn Write,
    colour: bool,
) -> std::io::Result<()> {
    let paint = Paint(colour);
    for report in reports {
        match &report.outcome {
            Outcome::Checked(diagnostics) => {
                for diagnostic in diagnostics {
                    write_diagnostic(out, &paint, &report.path, diagnostic)?;
                }
            }
            Outcome::Failed(message) => writeln!(
                out,
                "{}: {}: {message}\n",
                report.path,
                paint.severity(Severity::Error)
            )?,
            Outcome::Skipped(_) => {}
        }
    }
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    let mut line = format!(
        "{} in {} ({}, {}, {}, {})",
        plural(summary.findings(), "finding"),
        plural(summary.files, "file"),
        plural(summary.errors, "error"),
        plural(summary.warnings, "warning"),
        plural(summary.infos, "info"),
        plural(summary.hints, "hint"),
    );
    if summary.failures > 0 {
        line.push_str(&format!(
            "; {} could not be checked",
            plural(summary.failures, "file")
        ));
    }
    writeln!(out, "{}", paint.wrap("1", &line))
}

fn write_diagnostic(
    out: &mut dyn Write,
    paint: &Paint,
    path: &str,
    d: &Diagnostic,
) -> std::io::Result<()> {
    writeln!(
        out,
        "{}:{}:{}: {}[{}]: {}",
        path,
        d.start.line,
        d.start.column,
        paint.severity(d.severity),
        d.rule.code(),
        paint.wrap("1", &d.message)
    )?;
    let gutter = d.start.line.to_string().len();
    let bar = paint.wrap("34", "|");
    let excerpt = &d.excerpt;
    let ellipsis_before = if excerpt.cut_before { "…" } else { "" };
    let ellipsis_after = if excerpt.cut_after { "…" } else { "" };
    writeln!(out, "{:gutter$} {bar}", "")?;
    writeln!(
        out,
        "{} {bar} {ellipsis_before}{}{ellipsis_after}",
        paint.wrap("34", &d.start.line.to_string()),
        excerpt.text
    )?;
    let pad = excerpt.lead + usize::from(excerpt.cut_before);
    let width = excerpt.width;
    writeln!(
        out,
        "{:gutter$} {bar} {}{}",
        "",
        " ".repeat(pad),
        paint.wrap(
            if d.severity == Severity::Error {
                "1;31"
            } else {
                "1;33"
            },
            &"^".repeat(width)
        )
    )?;
    for fix in &d.fixes {
        writeln!(
            out,
            "{:gutter$} {} fix: {}",
            "",
            paint.wrap("34", "="),
            fix.title
        )?;
    }
    for related in &d.related_elsewhere {
        writeln!(
            out,
            "{:gutter$} {} {}:{}: {}",
            "",
            paint.wrap("34", "="),
            related.path,
            related.line,
            related.message
        )?;
    }
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::report::{diagnostics, Summary};
    use crate::finding::Finding;
    use crate::finding::Rule;
    use crate::text::Span;

    #[test]
    fn shows_place_code_message_source_line_underline_and_summary() {
        let text = "Headline\n\n“We are ready,” she said.\n";
        let start = text.find('“').unwrap();
        let finding = Finding::new(
            Rule::UnattributedQuote,
            Span::new(start, start + "“We are".len()),
            "A quote with no speaker",
        );
        let reports = vec![FileReport {
            path: "a.txt".into(),
            outcome: Outcome::Checked(diagnostics(text, &[finding])),
        }];
        let mut out = Vec::new();
        emit(&reports, &Summary::of(&reports), &mut out, false).unwrap();
        let printed = String::from_utf8(out).unwrap();
        assert_eq!(
            printed,
            "a.txt:3:1: warning[unattributed-quote]: A quote with no speaker\n  |\n3 | “We are ready,” she said.\n  | ^^^^^^^\n\n1 finding in 1 file (0 errors, 1 warning, 0 infos, 0 hints)\n"
        );
    }

    #[test]
    fn long_lines_are_windowed_around_the_finding() {
        let text = format!("{}“Quote” here", "word ".repeat(60));
        let start = text.find('“').unwrap();
        let finding = Finding::new(
            Rule::UnattributedQuote,
            Span::new(start, start + "“Quote”".len()),
            "m",
        );
        let reports = vec![FileReport {
            path: "a.txt".into(),
            outcome: Outcome::Checked(diagnostics(&text, &[finding])),
        }];
        let mut out = Vec::new();
        emit(&reports, &Summary::of(&reports), &mut out, false).unwrap();
        let printed = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = printed.lines().collect();
        assert!(lines[2].starts_with("1 | …"), "{printed}");
        let caret = lines[3].find('^').unwrap();
        assert_eq!(lines[2].chars().nth(caret), Some('“'), "{printed}");
    }
}
