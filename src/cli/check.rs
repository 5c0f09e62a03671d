//! `copydesk check`: findings for every draft, in the chosen output format, with exit codes
//! CI can trust; with `--fix` or `--diff`, the fixes applied or shown first.

use super::args::{CheckArgs, FailOn};
use super::fix::{self, Change, FixMode, FixRequest, Fixed};
use super::output;
use super::report::{self, FileReport, Outcome, Summary};
use super::{process_inputs, unusable_config, Processed, EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS};
use crate::finding::Severity;
use std::io::Write;
use std::process::ExitCode;

pub fn run(args: &CheckArgs) -> ExitCode {
    match FixRequest::of(args) {
        None => lint(args),
        Some(request) => fix(args, request),
    }
}

fn lint(args: &CheckArgs) -> ExitCode {
    let mut reports = Vec::new();
    let processed = process_inputs(
        &args.input,
        |analysed| report::diagnostics(&analysed.draft.text, &analysed.analysis.findings),
        |path, result| {
            let outcome = outcome(&path, result.map(Outcome::Checked));
            reports.push(FileReport { path, outcome });
        },
    );
    match processed {
        Ok(unread_sources) => finish(
            args,
            &reports,
            unread_sources,
            &mut std::io::stdout().lock(),
        ),
        Err(failure) => unusable_config(&failure),
    }
}

/// A draft's outcome in the report; failures and skips are said on standard error as well.
fn outcome(path: &str, result: Processed<Outcome>) -> Outcome {
    match result {
        Processed::Done(outcome) => outcome,
        Processed::Failed(message) => {
            eprintln!("copydesk: {path}: {message}");
            Outcome::Failed(message)
        }
        Processed::Skipped(note) => {
            eprintln!("copydesk: note: {path}: {note}");
            Outcome::Skipped(note)
        }
    }
}

/// Writes the report to `out` and gives the exit status the findings call for (2 when some
/// draft's sources could not be read).
fn finish(
    args: &CheckArgs,
    reports: &[FileReport],
    unread_sources: usize,
    out: &mut dyn Write,
) -> ExitCode {
    let summary = Summary::of(reports);
    // Standard output flushes at every line break; a report of thousands of lines is written
    // in large blocks instead.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    let written = output::emit(args.format, reports, &summary, &mut out).and_then(|()| out.flush());
    if let Err(e) = written {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("copydesk: cannot write output: {e}");
        }
        return ExitCode::from(EXIT_ERROR);
    }
    if unread_sources > 0 {
        return ExitCode::from(EXIT_ERROR);
    }
    ExitCode::from(exit_code(reports, &summary, args.fail_on))
}

/// What `--fix` and `--diff` did across the drafts, for the note on standard error.
#[derive(Default)]
struct Tally {
    fixed: usize,
    files: usize,
    deferred: usize,
    unsafe_left: usize,
}

fn fix(args: &CheckArgs, request: FixRequest) -> ExitCode {
    let mut reports = Vec::new();
    let mut tally = Tally::default();
    let mut stdout = std::io::stdout().lock();
    // Standard input's fixed text goes to standard output, so the report goes elsewhere.
    let text_to_stdout =
        request.mode == FixMode::Apply && args.input.paths.iter().any(|p| p == "-");
    let mut written = Ok(());
    let processed = process_inputs(
        &args.input,
        |analysed| fix::fix_draft(analysed, request),
        |path, result| {
            let result = result.and_then(|fixed| {
                count(&mut tally, &fixed);
                if written.is_ok() {
                    written = emit_change(&mut stdout, &fixed.change);
                }
                match fixed.change {
                    Change::NotWritten(message) => Processed::Failed(message),
                    _ => Processed::Done(Outcome::Checked(fixed.diagnostics)),
                }
            });
            let outcome = outcome(&path, result);
            reports.push(FileReport { path, outcome });
        },
    );
    let unread_sources = match processed {
        Ok(unread_sources) => unread_sources,
        Err(failure) => return unusable_config(&failure),
    };
    if let Err(e) = written.and_then(|()| stdout.flush()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("copydesk: cannot write output: {e}");
        }
        return ExitCode::from(EXIT_ERROR);
    }
    note(&tally, request);
    match request.mode {
        FixMode::Diff => ExitCode::from(diff_exit_code(&reports, &tally)),
        FixMode::Apply if text_to_stdout => finish(
            args,
            &reports,
            unread_sources,
            &mut std::io::stderr().lock(),
        ),
        FixMode::Apply => finish(args, &reports, unread_sources, &mut stdout),
    }
}

fn count(tally: &mut Tally, fixed: &Fixed) {
    tally.fixed += fixed.fixed;
    tally.deferred += fixed.deferred;
    tally.files += usize::from(fixed.fixed > 0);
    tally.unsafe_left += fix::unsafe_fixes_left(&fixed.diagnostics);
}

/// A diff or standard input's fixed text, on standard output in input order.
fn emit_change(out: &mut dyn Write, change: &Change) -> std::io::Result<()> {
    match change {
        Change::Diff(text) | Change::Text(text) => out.write_all(text.as_bytes()),
        Change::None | Change::Rewritten | Change::NotWritten(_) => Ok(()),
    }
}

fn note(tally: &Tally, request: FixRequest) {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let done = match request.mode {
        FixMode::Apply => "fixed",
        FixMode::Diff => "would fix",
    };
    let mut line = format!(
        "copydesk: {done} {} in {}",
        plural(tally.fixed, "finding"),
        plural(tally.files, "file")
    );
    if tally.deferred > 0 {
        let deferred = plural(tally.deferred, "fix");
        line.push_str(&format!(
            "; {deferred} left for the next run (overlapping a fix applied now)"
        ));
    }
    if request.scope == crate::finding::FixScope::Safe && tally.unsafe_left > 0 {
        let left = tally.unsafe_left;
        line.push_str(&format!(
            "; {left} more with a fix that needs an editor's eye (--unsafe-fixes)"
        ));
    }
    eprintln!("{line}");
}

/// `--diff`: 1 when some draft would change, as `diff` itself answers.
fn diff_exit_code(reports: &[FileReport], tally: &Tally) -> u8 {
    if Summary::of(reports).failures > 0 {
        EXIT_ERROR
    } else if tally.fixed > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    }
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
