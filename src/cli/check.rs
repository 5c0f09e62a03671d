//! `copydesk check`: findings for every draft, in the chosen output format, with exit codes
//! CI can trust.

use super::args::{CheckArgs, FailOn};
use super::output;
use super::report::{self, FileReport, Outcome, Summary};
use super::{process_inputs, Processed, EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS};
use crate::finding::Severity;
use std::process::ExitCode;

pub fn run(args: &CheckArgs) -> ExitCode {
    let mut reports = Vec::new();
    process_inputs(
        &args.input,
        |draft, analysis| report::diagnostics(&draft.text, &analysis.findings),
        |path, result| {
            let outcome = match result {
                Processed::Done(diagnostics) => Outcome::Checked(diagnostics),
                Processed::Failed(message) => {
                    eprintln!("copydesk: {path}: {message}");
                    Outcome::Failed(message)
                }
                Processed::Skipped(note) => {
                    eprintln!("copydesk: note: {path}: {note}");
                    Outcome::Skipped(note)
                }
            };
            reports.push(FileReport { path, outcome });
        },
    );
    let summary = Summary::of(&reports);
    // Standard output flushes at every line break; a report of thousands of lines is written
    // in large blocks instead.
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written = output::emit(args.format, &reports, &summary, &mut stdout)
        .and_then(|()| std::io::Write::flush(&mut stdout));
    if let Err(e) = written {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("copydesk: cannot write output: {e}");
        }
        return ExitCode::from(EXIT_ERROR);
    }
    ExitCode::from(exit_code(&reports, &summary, args.fail_on))
}

fn exit_code(reports: &[FileReport], summary: &Summary, fail_on: FailOn) -> u8 {
    if summary.failures > 0 {
        return EXIT_ERROR;
    }
    let threshold = match fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Info => Severity::Info,
        FailOn::Hint => Severity::Hint,
        FailOn::Never => return EXIT_CLEAN,
    };
    let failing = reports.iter().any(|report| match &report.outcome {
        Outcome::Checked(diagnostics) => diagnostics.iter().any(|d| d.severity <= threshold),
        _ => false,
    });
    if failing {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    }
}
