//! Hostile input to `copydesk check`: every kind of file that cannot be read sits beside a good
//! draft in one run. Each bad path is named on stderr, the run exits 2, the good draft is still
//! checked, and JSON and SARIF stay valid documents that record the failures.

mod common;
use common::{copydesk, json, scratch};
use std::path::Path;

/// A draft with no dateline: one missing-dateline finding, so a skipped check would show.
const GOOD: &[u8] = b"Levee holds\n\nThe levee held overnight, the county said.\n";

/// Bad inputs next to `good.txt`; returns the paths to pass and the text each one's message
/// must contain.
fn hostile_inputs(dir: &Path) -> Vec<(&'static str, &'static str)> {
    std::fs::write(dir.join("binary.txt"), b"PK\x03\x04\x00\x00\x01").unwrap();
    std::fs::write(dir.join("latin1.txt"), b"Headline\n\nCaf\xe9 owners said\n").unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("loop-b.txt", dir.join("loop-a.txt")).unwrap();
        std::os::unix::fs::symlink("loop-a.txt", dir.join("loop-b.txt")).unwrap();
        std::fs::create_dir_all(dir.join("walk/deeper")).unwrap();
        std::fs::write(dir.join("walk/story.txt"), GOOD).unwrap();
        std::os::unix::fs::symlink("..", dir.join("walk/deeper/up")).unwrap();
    }
    vec![
        ("binary.txt", "binary.txt: a binary file"),
        ("latin1.txt", "latin1.txt: 3:4: not valid UTF-8"),
        ("loop-a.txt", "loop-a.txt: "),
        ("walk", "walk/deeper/up"),
        ("missing.txt", "missing.txt: no such file or folder"),
        // A path that runs through a regular file fails to read even for root.
        ("good.txt/inner.md", "good.txt/inner.md: "),
    ]
}

fn args<'a>(format: &'a str, inputs: &[(&'a str, &str)]) -> Vec<&'a str> {
    let mut args = vec!["check", "--format", format];
    args.extend(inputs.iter().map(|(path, _)| *path));
    args.push("good.txt");
    args
}

#[test]
fn every_bad_path_is_named_and_the_good_draft_is_still_checked() {
    let dir = scratch(&[("good.txt", GOOD)]);
    let inputs = hostile_inputs(dir.path());
    let run = copydesk(dir.path(), &args("human", &inputs));
    assert_eq!(run.code, 2, "{}", run.stderr);
    for (_, message) in &inputs {
        assert!(run.stderr.contains(message), "{message}\n{}", run.stderr);
    }
    assert!(
        run.stdout
            .contains("good.txt:3:1: warning[missing-dateline]"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("walk/story.txt:3:1: warning[missing-dateline]"),
        "{}",
        run.stdout
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
}

#[test]
fn json_records_each_failure_beside_the_findings() {
    let dir = scratch(&[("good.txt", GOOD)]);
    let inputs = hostile_inputs(dir.path());
    let run = copydesk(dir.path(), &args("json", &inputs));
    assert_eq!(run.code, 2, "{}", run.stderr);
    let doc = json(&run);
    let files = doc["files"].as_array().expect("a files list");
    let entry = |path: &str| files.iter().find(|f| f["path"] == path);
    for path in ["binary.txt", "latin1.txt", "loop-a.txt", "missing.txt"] {
        let failed = entry(path).unwrap_or_else(|| panic!("{path} missing from {doc}"));
        assert!(failed["error"].is_string(), "{failed}");
    }
    let good = entry("good.txt").expect("good.txt checked");
    assert_eq!(good["diagnostics"][0]["code"], "missing-dateline");
}

#[test]
fn sarif_marks_the_run_unsuccessful_and_names_each_failure() {
    let dir = scratch(&[("good.txt", GOOD)]);
    let inputs = hostile_inputs(dir.path());
    let run = copydesk(dir.path(), &args("sarif", &inputs));
    assert_eq!(run.code, 2, "{}", run.stderr);
    let doc = json(&run);
    let invocation = &doc["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let notes = invocation["toolExecutionNotifications"].to_string();
    for path in ["binary.txt", "latin1.txt", "loop-a.txt", "missing.txt"] {
        assert!(notes.contains(path), "{path}: {notes}");
    }
    let results = doc["runs"][0]["results"].to_string();
    assert!(results.contains("missing-dateline"), "{results}");
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_named_when_permissions_apply() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch(&[("good.txt", GOOD), ("locked.txt", GOOD)]);
    let locked = dir.path().join("locked.txt");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&locked).is_ok() {
        // Root reads anything; the path through a file above covers an unreadable path there.
        eprintln!("skipped: running as a user who can read a mode-000 file");
        return;
    }
    let run = copydesk(dir.path(), &["check", "locked.txt", "good.txt"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("locked.txt: permission denied"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("good.txt:3:1"), "{}", run.stdout);
}

#[test]
fn a_broken_config_and_an_unknown_rule_are_placed_and_other_folders_still_checked() {
    let dir = scratch(&[
        (
            "broken/copydesk.toml",
            b"[rules\nmissing-dateline = \"off\"\n",
        ),
        ("broken/story.txt", GOOD),
        (
            "unknown/copydesk.toml",
            b"[rules]\nmissing-dateline = \"off\"\nspeling = \"off\"\n",
        ),
        ("unknown/story.txt", GOOD),
        ("fine/story.txt", GOOD),
    ]);
    let run = copydesk(dir.path(), &["check", "broken", "unknown", "fine"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("broken/copydesk.toml:1:7:"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("unknown/copydesk.toml:3:1: unknown rule `speling`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout
            .contains("fine/story.txt:3:1: warning[missing-dateline]"),
        "{}",
        run.stdout
    );
    // Neither broken folder is linted with defaults in place of its config.
    assert!(
        !run.stdout.contains("broken/story.txt:3:1"),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("unknown/story.txt:3:1"),
        "{}",
        run.stdout
    );
}

#[cfg(unix)]
#[test]
fn a_pipe_with_no_writer_is_refused_instead_of_waited_on() {
    let dir = scratch(&[("good.txt", GOOD)]);
    let made = std::process::Command::new("mkfifo")
        .arg(dir.path().join("pipe.txt"))
        .status();
    if !made.is_ok_and(|status| status.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    let run = copydesk(dir.path(), &["check", "pipe.txt", "good.txt"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("pipe.txt: not a regular file"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("good.txt:3:1"), "{}", run.stdout);
}
