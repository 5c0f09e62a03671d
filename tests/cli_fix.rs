//! `copydesk check --fix`, `--unsafe-fixes` and `--diff` on small invented drafts: what is
//! rewritten, what is left for an editor, what a diff shows, and standard input for editors'
//! format-on-save.

mod common;
use common::{copydesk, copydesk_with_stdin, json, scratch};

/// A slip of a name the draft spells one way three times (a safe fix), and no dateline (an
/// unsafe fix: a placeholder).
const SLIP: &str = "Talks end\n\nSamuel Charap, a senior political scientist at RAND, called it upbeat.\n\n“It was calm,” Charap said.\n\nCharapp added that nothing was agreed.\n\nCharap said more talks were likely.\n";
const SLIP_FIXED: &str = "Talks end\n\nSamuel Charap, a senior political scientist at RAND, called it upbeat.\n\n“It was calm,” Charap said.\n\nCharap added that nothing was agreed.\n\nCharap said more talks were likely.\n";

/// An AP dateline with the city in ordinary case and a hyphen for a dash: two safe fixes.
const FRESNO: &str = "Levee holds\n\nFresno, Calif. - The county said the levee held.\n";
const FRESNO_FIXED: &str = "Levee holds\n\nFRESNO, Calif. — The county said the levee held.\n";
const AP: &str = "[dateline]\nstyle = \"ap\"\n";

fn read(dir: &tempfile::TempDir, name: &str) -> String {
    std::fs::read_to_string(dir.path().join(name)).unwrap()
}

#[test]
fn fix_applies_the_safe_fixes_in_place_and_reports_what_is_left() {
    let dir = scratch(&[
        ("talks.txt", SLIP.as_bytes()),
        ("fresno/levee.txt", FRESNO.as_bytes()),
        ("fresno/copydesk.toml", AP.as_bytes()),
    ]);
    let run = copydesk(dir.path(), &["check", "--fix", "--format", "json", "."]);
    assert_eq!(read(&dir, "talks.txt"), SLIP_FIXED);
    assert_eq!(read(&dir, "fresno/levee.txt"), FRESNO_FIXED);
    // Left: the missing dateline of talks.txt, whose fix is a placeholder.
    let left = json(&run);
    let codes: Vec<&str> = left["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|file| file["diagnostics"].as_array().unwrap())
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["missing-dateline"]);
    assert_eq!(
        left["files"][1]["diagnostics"][0]["fixes"][0]["applicability"],
        "unsafe"
    );
    assert_eq!(run.code, 1, "a warning is left: {}", run.stderr);
    assert!(
        run.stderr
            .contains("fixed 3 findings in 2 files; 1 more with a fix that needs an editor's eye (--unsafe-fixes)"),
        "{}",
        run.stderr
    );
}

#[test]
fn unsafe_fixes_add_the_placeholder_dateline_too() {
    let dir = scratch(&[("talks.txt", SLIP.as_bytes())]);
    let run = copydesk(
        dir.path(),
        &["check", "--fix", "--unsafe-fixes", "talks.txt"],
    );
    assert_eq!(
        read(&dir, "talks.txt"),
        SLIP_FIXED.replace("Samuel Charap, a", "CITY, State — Samuel Charap, a")
    );
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.starts_with("0 findings in 1 file"),
        "{}",
        run.stdout
    );
}

#[test]
fn unsafe_fixes_needs_fix_or_diff() {
    let dir = scratch(&[("talks.txt", SLIP.as_bytes())]);
    let run = copydesk(dir.path(), &["check", "--unsafe-fixes", "talks.txt"]);
    assert_eq!(run.code, 2);
    assert_eq!(read(&dir, "talks.txt"), SLIP);
}

#[test]
fn diff_prints_the_change_and_touches_nothing() {
    let dir = scratch(&[
        ("levee.txt", FRESNO.as_bytes()),
        ("copydesk.toml", AP.as_bytes()),
    ]);
    let run = copydesk(dir.path(), &["check", "--diff", "levee.txt"]);
    assert_eq!(
        run.stdout,
        "--- a/levee.txt\n+++ b/levee.txt\n@@ -1,3 +1,3 @@\n Levee holds\n \n-Fresno, Calif. - The county said the levee held.\n+FRESNO, Calif. — The county said the levee held.\n"
    );
    assert_eq!(run.code, 1, "there would be changes");
    assert_eq!(read(&dir, "levee.txt"), FRESNO);
    let clean = copydesk(dir.path(), &["check", "--diff", "copydesk.toml"]);
    assert_eq!((clean.code, clean.stdout.as_str()), (0, ""));
}

#[test]
fn fix_on_standard_input_writes_the_fixed_text_to_standard_output() {
    let dir = scratch(&[("desk/copydesk.toml", AP.as_bytes())]);
    let run = copydesk_with_stdin(
        dir.path(),
        &["check", "--fix", "--stdin-filename", "desk/levee.txt", "-"],
        Some(FRESNO),
    );
    assert_eq!(run.stdout, FRESNO_FIXED);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("0 findings in 1 file"),
        "{}",
        run.stderr
    );
    // Nothing to fix: the text comes back as it was, for an editor to keep.
    let clean = copydesk_with_stdin(
        dir.path(),
        &["check", "--fix", "--stdin-filename", "desk/levee.txt", "-"],
        Some(FRESNO_FIXED),
    );
    assert_eq!(clean.stdout, FRESNO_FIXED);
}

#[test]
fn of_two_overlapping_fixes_the_first_wins_and_the_other_waits_for_the_next_run() {
    // The lede opens with a surname before the full name: `first-reference` puts the full name
    // there, and `missing-dateline` inserts its placeholder at the same place.
    let draft = "Talks end\n\nCharap said the talks were upbeat.\n\nSamuel Charap, a senior political scientist at RAND, spoke later.\n";
    let dir = scratch(&[("talks.txt", draft.as_bytes())]);
    let args = ["check", "--fix", "--unsafe-fixes", "talks.txt"];
    let first = copydesk(dir.path(), &args);
    assert_eq!(
        read(&dir, "talks.txt"),
        draft.replace("\nCharap said", "\nSamuel Charap said")
    );
    assert!(
        first.stderr.contains("1 fix left for the next run"),
        "{}",
        first.stderr
    );
    assert!(
        first.stdout.contains("missing-dateline"),
        "{}",
        first.stdout
    );
    copydesk(dir.path(), &args);
    assert_eq!(
        read(&dir, "talks.txt"),
        draft.replace("\nCharap said", "\nCITY, State — Samuel Charap said")
    );
}
