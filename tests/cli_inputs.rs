//! The CLI's handling of what it is given: folders, stdin, bad files, broken configs, and the
//! exit codes and machine-readable output that CI relies on.

mod common;
use common::{copydesk, copydesk_with_stdin, json, scratch};

const CLEAN: &[u8] =
    b"Levee holds\n\nFRESNO, Calif. \xe2\x80\x94 The levee held overnight, the county said.\n";

#[test]
fn a_missing_path_is_reported_and_the_other_files_still_checked() {
    let dir = scratch(&[("a.txt", CLEAN)]);
    let run = copydesk(
        dir.path(),
        &["check", "--format", "json", "nope.txt", "a.txt"],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("nope.txt: no such file or folder"),
        "{}",
        run.stderr
    );
    let doc = json(&run);
    assert_eq!(doc["files"][0]["path"], "nope.txt");
    assert!(doc["files"][0]["error"].is_string());
    assert_eq!(doc["files"][1]["path"], "a.txt");
    assert_eq!(doc["summary"]["files"], 1);
}

#[test]
fn invalid_utf8_names_the_file_and_line() {
    let dir = scratch(&[
        ("bad.txt", b"Headline\n\nFirst line\nsecond \xff line\n"),
        ("good.txt", CLEAN),
    ]);
    let run = copydesk(dir.path(), &["check", "bad.txt", "good.txt"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("bad.txt: 4:8: not valid UTF-8"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("in 1 file"), "{}", run.stdout);
}

#[test]
fn folders_are_walked_with_globs_and_ignore_files_and_binaries_skipped() {
    let dir = scratch(&[
        ("drafts/a.md", CLEAN),
        ("drafts/b.txt", CLEAN),
        ("drafts/notes.docx", CLEAN),
        ("drafts/skip/c.md", CLEAN),
        ("drafts/.ignore", b"skip/\n"),
        ("drafts/blob.txt", b"\x00\x01\x02binary"),
    ]);
    let run = copydesk(dir.path(), &["check", "--format", "json", "drafts"]);
    let doc = json(&run);
    let paths: Vec<&str> = doc["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, vec!["drafts/a.md", "drafts/b.txt"]);
    assert!(
        run.stderr.contains("drafts/blob.txt: binary file, skipped"),
        "{}",
        run.stderr
    );
}

#[test]
fn configured_globs_choose_the_files_in_a_walk() {
    let dir = scratch(&[
        ("copydesk.toml", b"[files]\ninclude = [\"**/*.story\"]\n"),
        ("a.story", CLEAN),
        ("b.md", CLEAN),
    ]);
    let doc = json(&copydesk(dir.path(), &["check", "--format", "json", "."]));
    let paths: Vec<&str> = doc["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, vec!["./a.story"]);
}

#[test]
fn stdin_is_read_with_its_given_name() {
    let dir = scratch(&[]);
    let run = copydesk_with_stdin(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "-",
            "--stdin-filename",
            "desk/story.md",
        ],
        Some("Headline\n\nText.\n"),
    );
    assert_eq!(json(&run)["files"][0]["path"], "desk/story.md");
}

#[test]
fn a_broken_config_is_an_error_with_file_line_and_column_and_nothing_is_linted_with_defaults() {
    let dir = scratch(&[
        ("desk/copydesk.toml", b"[rules]\nname-spelling = \"loud\"\n"),
        ("desk/a.txt", CLEAN),
        ("other/b.txt", CLEAN),
    ]);
    let run = copydesk(
        dir.path(),
        &["check", "--format", "json", "desk/a.txt", "other/b.txt"],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("copydesk.toml:2:1: rule `name-spelling` has level `loud`"),
        "{}",
        run.stderr
    );
    let doc = json(&run);
    assert!(doc["files"][0]["error"]
        .as_str()
        .unwrap()
        .contains("config error"));
    assert!(doc["files"][1]["error"].is_null());
}

#[test]
fn unknown_config_keys_suggest_the_right_one() {
    let dir = scratch(&[
        ("copydesk.toml", b"[dateline]\nstlye = \"ap\"\n"),
        ("a.txt", CLEAN),
    ]);
    let run = copydesk(dir.path(), &["check", "a.txt"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("copydesk.toml:2:1: unknown key `stlye` (did you mean `style`?)"),
        "{}",
        run.stderr
    );
}

#[test]
fn sarif_output_parses_back_into_the_typed_model_even_when_a_file_fails() {
    let dir = scratch(&[("a.txt", CLEAN)]);
    let run = copydesk(
        dir.path(),
        &["check", "--format", "sarif", "a.txt", "missing.txt"],
    );
    assert_eq!(run.code, 2);
    let sarif: serde_sarif::sarif::Sarif = serde_json::from_str(&run.stdout).expect("valid SARIF");
    let tool = &sarif.runs[0].tool.driver;
    assert_eq!(tool.name, "copydesk");
    let rules = tool.rules.as_ref().expect("rules");
    assert_eq!(rules.len(), copydesk::finding::Rule::ALL.len());
    assert!(rules
        .iter()
        .all(|r| r.help_uri.is_some() && r.help.is_some()));
    // A rule off by default (quote-style) is listed as not enabled.
    let disabled: Vec<&str> = rules
        .iter()
        .filter(|r| {
            r.default_configuration
                .as_ref()
                .is_some_and(|c| c.enabled == Some(false))
        })
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(disabled, ["quote-style"]);
}

#[test]
fn init_writes_a_config_that_parses_and_refuses_to_overwrite() {
    let dir = scratch(&[]);
    assert_eq!(copydesk(dir.path(), &["init"]).code, 0);
    let written = std::fs::read_to_string(dir.path().join("copydesk.toml")).unwrap();
    assert!(copydesk::config::Config::from_toml(&written).is_ok());
    assert_eq!(copydesk(dir.path(), &["init"]).code, 2);
}

#[test]
fn unknown_subcommands_and_flags_are_usage_errors() {
    let dir = scratch(&[]);
    assert_eq!(copydesk(dir.path(), &["frobnicate"]).code, 2);
    assert_eq!(copydesk(dir.path(), &["check", "--format", "xml"]).code, 2);
}

#[test]
fn many_files_are_reported_in_the_order_given_across_chunks() {
    // More drafts than one parallel chunk holds (256 a thread), some failing, in a shuffled
    // order: the report follows the command line, not the order the work finished in.
    let names: Vec<String> = (0..1100)
        .map(|i| format!("d{:04}.txt", (i * 7919) % 1100))
        .collect();
    let files: Vec<(&str, &[u8])> = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let bytes: &[u8] = if i % 97 == 0 {
                b"bad \xff byte\n"
            } else {
                CLEAN
            };
            (name.as_str(), bytes)
        })
        .collect();
    let dir = scratch(&files);
    let mut args = vec!["check", "--format", "json"];
    args.extend(names.iter().map(String::as_str));
    let run = copydesk(dir.path(), &args);
    let doc = json(&run);
    let reported: Vec<&str> = doc["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| f["path"].as_str().expect("path"))
        .collect();
    assert_eq!(reported, names);
}
