//! `check --fix` and `check --diff`: every fix in scope applied to a draft at once (the first
//! of two overlapping fixes wins; the other waits for the next run), then the file rewritten
//! or the change shown as a diff.
//!
//! A file is rewritten only while it still holds the text that was read, through a temporary
//! file in its folder renamed over it, so that an editor's save in the meantime is never lost
//! and a reader never sees half a draft. The comparison and the rename are two steps: a write
//! that falls between them is still lost, which makes this a best effort, not a lock.

use super::args::CheckArgs;
use super::report::{self, Diagnostic};
use super::Analysed;
use crate::finding::{apply_edits, fix_all, Applicability, FixScope};
use std::io::Write;
use std::path::{Path, PathBuf};

/// What `--fix`, `--diff` and `--unsafe-fixes` ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FixRequest {
    pub mode: FixMode,
    pub scope: FixScope,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FixMode {
    /// Rewrite each file (standard input: print the fixed text).
    Apply,
    /// Print a unified diff and change nothing.
    Diff,
}

impl FixRequest {
    pub fn of(args: &CheckArgs) -> Option<FixRequest> {
        let mode = match (args.fix, args.diff) {
            (true, _) => FixMode::Apply,
            (false, true) => FixMode::Diff,
            (false, false) => return None,
        };
        let scope = if args.unsafe_fixes {
            FixScope::SafeAndUnsafe
        } else {
            FixScope::Safe
        };
        Some(FixRequest { mode, scope })
    }
}

/// One draft after `--fix` or `--diff`.
pub struct Fixed {
    /// The findings left: of the fixed text once it is written, else of the text read.
    pub diagnostics: Vec<Diagnostic>,
    /// Findings whose fix was applied (or, under `--diff`, would be).
    pub fixed: usize,
    /// Findings whose fix overlapped an earlier one; the next run takes them.
    pub deferred: usize,
    pub change: Change,
}

pub enum Change {
    /// No fix in scope changes the draft.
    None,
    /// The file now holds the fixed text.
    Rewritten,
    /// Standard input's text with the fixes applied (the text itself when nothing changed).
    Text(String),
    /// `--diff`: the change as a unified diff.
    Diff(String),
    /// The file could not be rewritten (it changed after it was read, or writing failed).
    NotWritten(String),
}

/// Applies the fixes in scope to one analysed draft.
pub fn fix_draft(analysed: &Analysed, request: FixRequest) -> Fixed {
    let text = analysed.draft.text.as_str();
    let all = fix_all(&analysed.analysis.findings, request.scope);
    let as_read = || report::diagnostics(text, &analysed.analysis.findings);
    let fixed_text = apply_edits(text, &all.edits).filter(|fixed| fixed != text);
    let unchanged = |change| Fixed {
        diagnostics: as_read(),
        fixed: 0,
        deferred: 0,
        change,
    };
    let Some(fixed_text) = fixed_text else {
        return match analysed.path {
            None if request.mode == FixMode::Apply => unchanged(Change::Text(text.to_string())),
            _ => unchanged(Change::None),
        };
    };
    let (diagnostics, change) = match (request.mode, analysed.path) {
        (FixMode::Diff, _) => (
            as_read(),
            Change::Diff(super::diff::unified(
                &analysed.draft.display,
                text,
                &all.edits,
            )),
        ),
        (FixMode::Apply, None) => (reanalysed(analysed, &fixed_text), Change::Text(fixed_text)),
        (FixMode::Apply, Some(path)) => match rewrite(path, text, &fixed_text) {
            Ok(()) => (reanalysed(analysed, &fixed_text), Change::Rewritten),
            Err(failure) => (as_read(), Change::NotWritten(failure.to_string())),
        },
    };
    Fixed {
        diagnostics,
        fixed: all.fixed,
        deferred: all.deferred,
        change,
    }
}

fn reanalysed(analysed: &Analysed, fixed_text: &str) -> Vec<Diagnostic> {
    let analysis = super::analyze_with_record(
        fixed_text,
        analysed.format,
        analysed.config,
        analysed.record,
    );
    report::diagnostics(fixed_text, &analysis.findings)
}

/// Findings left with a fix that `--unsafe-fixes` would apply.
pub fn unsafe_fixes_left(diagnostics: &[Diagnostic]) -> usize {
    diagnostics
        .iter()
        .filter(|d| {
            d.fixes
                .iter()
                .any(|fix| fix.applicability == Applicability::Unsafe)
        })
        .count()
}

/// Why a file was not rewritten.
#[derive(Debug)]
pub enum RewriteFailure {
    /// The file no longer holds the text that was read: someone saved it meanwhile.
    ChangedMeanwhile,
    Io(std::io::Error),
}

impl std::fmt::Display for RewriteFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RewriteFailure::ChangedMeanwhile => write!(
                f,
                "changed on disk while it was being fixed; left as it is (run again)"
            ),
            RewriteFailure::Io(error) => write!(f, "cannot write the fixed draft: {error}"),
        }
    }
}

impl From<std::io::Error> for RewriteFailure {
    fn from(error: std::io::Error) -> RewriteFailure {
        RewriteFailure::Io(error)
    }
}

/// Replaces the file at `path` with `fixed`, if it still holds `read`: the fixed text goes to
/// a temporary file beside the real one (a symbolic link is followed, and stays a link), which
/// is renamed over it after one last comparison.
pub fn rewrite(path: &Path, read: &str, fixed: &str) -> Result<(), RewriteFailure> {
    let target = std::fs::canonicalize(path)?;
    let temporary = TemporaryFile::beside(&target)?;
    temporary.write(fixed.as_bytes(), &target)?;
    if std::fs::read(&target)? != read.as_bytes() {
        return Err(RewriteFailure::ChangedMeanwhile);
    }
    temporary.rename_over(&target)
}

/// A file beside the one being rewritten, removed unless it is renamed into place.
struct TemporaryFile {
    path: PathBuf,
    file: std::fs::File,
}

impl TemporaryFile {
    fn beside(target: &Path) -> std::io::Result<TemporaryFile> {
        let folder = target.parent().unwrap_or(Path::new("."));
        let name = target.file_name().unwrap_or_default().to_string_lossy();
        let mut attempt = 0;
        loop {
            let path = folder.join(format!(
                ".{name}.copydesk-{}-{attempt}.tmp",
                std::process::id()
            ));
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(file) => return Ok(TemporaryFile { path, file }),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempt < 100 => {
                    attempt += 1
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// Writes the bytes with the target's permissions, and waits for the disk.
    fn write(&self, bytes: &[u8], target: &Path) -> std::io::Result<()> {
        let mut file = &self.file;
        file.write_all(bytes)?;
        file.set_permissions(std::fs::metadata(target)?.permissions())?;
        file.sync_all()
    }

    fn rename_over(self, target: &Path) -> Result<(), RewriteFailure> {
        std::fs::rename(&self.path, target)?;
        std::mem::forget(self);
        Ok(())
    }
}

impl Drop for TemporaryFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder_with(name: &str, text: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        (dir, path)
    }

    fn files_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_file_still_as_read_is_replaced_and_no_temporary_file_stays() {
        let (dir, path) = folder_with("talks.txt", "Charapp spoke.\n");
        rewrite(&path, "Charapp spoke.\n", "Charap spoke.\n").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "Charap spoke.\n");
        assert_eq!(files_in(dir.path()), vec!["talks.txt"]);
    }

    #[test]
    fn a_file_changed_between_read_and_write_keeps_the_newer_text() {
        let (dir, path) = folder_with("talks.txt", "Charapp spoke.\n");
        let read = std::fs::read_to_string(&path).unwrap();
        // The reporter saves a new paragraph while the fix is being made.
        std::fs::write(&path, "Charapp spoke.\n\nA new paragraph.\n").unwrap();
        let failure = rewrite(&path, &read, "Charap spoke.\n").unwrap_err();
        assert!(matches!(failure, RewriteFailure::ChangedMeanwhile));
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "Charapp spoke.\n\nA new paragraph.\n"
        );
        assert_eq!(files_in(dir.path()), vec!["talks.txt"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_stays_a_link_and_the_file_keeps_its_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let (dir, path) = folder_with("talks.txt", "Charapp spoke.\n");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&path, &link).unwrap();
        rewrite(&link, "Charapp spoke.\n", "Charap spoke.\n").unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "Charap spoke.\n");
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
    }
}
