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
    // Every rule has its help; its page's address only where the build was told the
    // repository's (release builds), never an invented one.
    for rule in rules {
        let code = copydesk::finding::Rule::from_code(&rule.id).expect("a rule's code");
        assert!(rule.help.is_some(), "{}", rule.id);
        assert_eq!(rule.help_uri, code.doc_url(), "{}", rule.id);
    }
    // The rules off by default (quote-style, unsourced-quote) are listed as not enabled.
    let disabled: Vec<&str> = rules
        .iter()
        .filter(|r| {
            r.default_configuration
                .as_ref()
                .is_some_and(|c| c.enabled == Some(false))
        })
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(disabled, ["quote-style", "unsourced-quote"]);
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

fn checked_paths(dir: &std::path::Path, args: &[&str]) -> Vec<String> {
    let mut full = vec!["check", "--format", "json", "--fail-on", "never"];
    full.extend_from_slice(args);
    let run = copydesk(dir, &full);
    assert_eq!(run.code, 0, "{}", run.stderr);
    json(&run)["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn exclude_leaves_files_out_of_walks_and_of_paths_named_unless_no_exclude() {
    let dir = scratch(&[
        (
            "copydesk.toml",
            b"[files]\nexclude = [\"**/README*\", \"LICENSE\", \"archive/**\"]\n",
        ),
        ("README.md", CLEAN),
        ("LICENSE", CLEAN),
        ("archive/old.md", CLEAN),
        ("drafts/a.md", CLEAN),
        ("drafts/README.md", CLEAN),
    ]);
    assert_eq!(checked_paths(dir.path(), &["."]), vec!["./drafts/a.md"]);
    // As pre-commit passes them: every staged file by name.
    let staged = ["README.md", "LICENSE", "archive/old.md", "drafts/a.md"];
    assert_eq!(checked_paths(dir.path(), &staged), vec!["drafts/a.md"]);
    assert_eq!(
        checked_paths(dir.path(), &["--no-exclude", "README.md", "LICENSE"]),
        vec!["README.md", "LICENSE"]
    );
    // From a folder below the config file, the globs still read from the config's folder.
    let drafts = dir.path().join("drafts");
    assert_eq!(checked_paths(&drafts, &["README.md", "a.md"]), vec!["a.md"]);
    assert_eq!(
        checked_paths(&drafts, &["../archive/old.md"]),
        Vec::<String>::new()
    );
}

#[test]
fn without_a_config_a_readme_or_license_is_not_a_draft() {
    let dir = scratch(&[
        ("README.md", CLEAN),
        ("LICENSE", CLEAN),
        ("story.md", CLEAN),
    ]);
    assert_eq!(
        checked_paths(dir.path(), &["README.md", "LICENSE", "story.md"]),
        vec!["story.md"]
    );
    assert_eq!(checked_paths(dir.path(), &["."]), vec!["./story.md"]);
}

#[test]
fn a_config_file_that_cannot_be_read_is_one_error_on_stderr() {
    let dir = scratch(&[("a.txt", CLEAN), ("b.txt", CLEAN), ("drafts/c.md", CLEAN)]);
    for command in ["check", "quotes", "names"] {
        let run = copydesk(
            dir.path(),
            &[
                command,
                "--format",
                "json",
                "--config",
                "missing.toml",
                "a.txt",
                "b.txt",
                "drafts",
            ],
        );
        assert_eq!(run.code, 2, "{command}");
        assert_eq!(run.stdout, "", "{command}");
        let lines: Vec<&str> = run.stderr.lines().collect();
        assert_eq!(lines.len(), 1, "{command}: {}", run.stderr);
        assert!(
            lines[0].starts_with("copydesk: config error: missing.toml: cannot read: "),
            "{}",
            lines[0]
        );
    }
}

#[test]
fn a_folder_with_no_drafts_says_so_on_stderr() {
    let dir = scratch(&[("desk/notes.docx", CLEAN), ("desk/README.md", CLEAN)]);
    let run = copydesk(dir.path(), &["check", "desk"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stderr
            .starts_with("copydesk: note: desk: no drafts in this folder (include: **/*.md"),
        "{}",
        run.stderr
    );
}

#[test]
fn stdin_that_opens_with_front_matter_has_it_read() {
    let dir = scratch(&[]);
    let draft = "---\ncopydesk: {disable: [missing-dateline, first-refrence]}\n---\n# Levee holds\n\nThe county met on Monday.\n";
    let run = copydesk_with_stdin(dir.path(), &["check", "--format", "json", "-"], Some(draft));
    let doc = json(&run);
    let diagnostics = doc["files"][0]["diagnostics"].as_array().unwrap();
    let codes: Vec<&str> = diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, vec!["invalid-suppression"], "{doc}");
    assert_eq!(
        diagnostics[0]["message"],
        "`first-refrence` is not a copydesk rule, so this suppression silences nothing; did you mean `first-reference`?"
    );
    assert_eq!(
        diagnostics[0]["fixes"][0]["edits"][0]["new_text"],
        "first-reference"
    );
    // Without front matter, standard input is plain text, as before.
    let run = copydesk_with_stdin(
        dir.path(),
        &["check", "--format", "json", "-"],
        Some("Levee holds\n\nThe county met on Monday.\n"),
    );
    assert_eq!(
        json(&run)["files"][0]["diagnostics"][0]["code"],
        "missing-dateline"
    );
}

#[test]
fn the_pre_commit_hook_passes_only_drafts() {
    let hooks = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/.pre-commit-hooks.yaml"
    ))
    .unwrap();
    let files = hooks
        .lines()
        .find_map(|line| line.trim().strip_prefix("files: "))
        .expect("a files pattern");
    let pattern = regex::Regex::new(files.trim_matches('\'')).unwrap();
    for draft in ["drafts/levee.md", "wire/flood.txt", "story.markdown"] {
        assert!(pattern.is_match(draft), "{draft}");
    }
    for other in [
        "src/main.rs",
        "copydesk.toml",
        ".pre-commit-hooks.yaml",
        "LICENSE",
    ] {
        assert!(!pattern.is_match(other), "{other}");
    }
    assert!(
        !hooks.contains("types_or"),
        "the text type is every text file"
    );
}
