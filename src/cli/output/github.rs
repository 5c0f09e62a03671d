//! `--format github`: GitHub Actions workflow commands, one line per finding, which the runner
//! turns into annotations on the pull request.

use crate::cli::report::{FileReport, Outcome};
use crate::finding::Severity;
use std::io::Write;

pub fn emit(reports: &[FileReport], out: &mut dyn Write) -> std::io::Result<()> {
    for report in reports {
        match &report.outcome {
            Outcome::Checked(diagnostics) => {
                for d in diagnostics {
                    let level = match d.severity {
                        Severity::Error => "error",
                        Severity::Warning => "warning",
                        Severity::Info | Severity::Hint => "notice",
                    };
                    writeln!(
                        out,
                        "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                        property(&report.path),
                        d.start.line,
                        d.start.column,
                        d.end.line,
                        d.end.column,
                        property(&format!("copydesk({})", d.rule.code())),
                        data(&d.message)
                    )?;
                }
            }
            Outcome::Failed(message) => writeln!(
                out,
                "::error file={},title=copydesk::{}",
                property(&report.path),
                data(message)
            )?,
            Outcome::Skipped(_) => {}
        }
    }
    Ok(())
}

/// Escaping for a workflow command's message.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escaping for a workflow command's properties, where `:` and `,` are separators.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_separators_in_properties_and_newlines_in_messages() {
        assert_eq!(property("a,b:c%"), "a%2Cb%3Ac%25");
        assert_eq!(data("one\ntwo"), "one%0Atwo");
    }
}
