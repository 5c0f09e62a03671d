//! Helpers shared by the end-to-end tests: running the real binary in a scratch folder, and
//! reading what the rules flag in an invented draft.

#![allow(dead_code)]

use copydesk::finding::Rule;
use copydesk::{analyze, Config, Format};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn copydesk(dir: &Path, args: &[&str]) -> Run {
    copydesk_with_stdin(dir, args, None)
}

pub fn copydesk_with_stdin(dir: &Path, args: &[&str], stdin: Option<&str>) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_copydesk"));
    command
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("copydesk runs");
    if let Some(text) = stdin {
        use std::io::Write;
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(text.as_bytes())
            .expect("stdin written");
    }
    let Output {
        status,
        stdout,
        stderr,
    } = child.wait_with_output().expect("copydesk finishes");
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

pub fn json(run: &Run) -> serde_json::Value {
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}\nstderr: {}", run.stdout, run.stderr))
}

/// A scratch folder with the given files.
pub fn scratch(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, bytes) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("folders");
        std::fs::write(path, bytes).expect("file written");
    }
    dir
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The real corpus, when `COPYDESK_CORPUS` names it; tests over it skip (and say so) otherwise.
pub fn corpus() -> Option<PathBuf> {
    match std::env::var_os("COPYDESK_CORPUS") {
        Some(path) if Path::new(&path).is_dir() => Some(PathBuf::from(path)),
        _ => {
            eprintln!("skipped: COPYDESK_CORPUS not set (CI sets it to ../shared/corpus)");
            None
        }
    }
}

/// What the given rules flag in a draft, in order: each finding's rule code and the text under
/// it. The whole analysis runs, so suppressions and configured levels apply.
pub fn flagged<'d>(
    draft: &'d str,
    format: Format,
    config: &Config,
    rules: &[Rule],
) -> Vec<(&'static str, &'d str)> {
    analyze(draft, format, config)
        .findings
        .iter()
        .filter(|finding| rules.contains(&finding.rule))
        .map(|finding| (finding.rule.code(), finding.span.slice(draft)))
        .collect()
}

/// Every `.txt` draft under a folder of the corpus, sorted.
pub fn txt_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}
