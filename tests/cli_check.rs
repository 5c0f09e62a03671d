//! `copydesk check` on the sample draft and small invented drafts: the findings, every output
//! format, config discovery per file, front-matter switches and exit codes.

mod common;
use common::{copydesk, copydesk_with_stdin, fixture, json, scratch};

const NO_DATELINE: &[u8] =
    b"Levee holds\n\nThe levee held overnight, the county said on Tuesday.\n";

#[test]
fn the_sample_draft_has_exactly_one_finding_missing_dateline_on_line_3() {
    let summit = fixture("summit.txt");
    let run = copydesk(summit.parent().unwrap(), &["check", "summit.txt"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stdout
            .starts_with("summit.txt:3:1: warning[missing-dateline]: "),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .ends_with("1 finding in 1 file (0 errors, 1 warning, 0 infos, 0 hints)\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn the_sample_draft_in_json_has_the_documented_shape() {
    let summit = fixture("summit.txt");
    let text = std::fs::read_to_string(&summit).unwrap();
    let run = copydesk(
        summit.parent().unwrap(),
        &["check", "--format", "json", "summit.txt"],
    );
    assert_eq!(run.code, 1);
    let doc = json(&run);
    assert_eq!(doc["version"], 1);
    assert_eq!(
        doc["summary"],
        serde_json::json!({"files": 1, "errors": 0, "warnings": 1, "infos": 0, "hints": 0})
    );
    let file = &doc["files"][0];
    assert_eq!(file["path"], "summit.txt");
    let diagnostics = file["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostics.len(), 1);
    let d = &diagnostics[0];
    assert_eq!(d["code"], "missing-dateline");
    assert_eq!(d["severity"], "warning");
    assert_eq!(
        d["range"]["start"],
        serde_json::json!({"line": 3, "column": 1})
    );
    let lede_start = text.find("U.S. President").unwrap();
    assert_eq!(d["byte_range"][0], lede_start);
    let edit = &d["fixes"][0]["edits"][0];
    assert_eq!(
        edit["byte_range"],
        serde_json::json!([lede_start, lede_start])
    );
    assert_eq!(edit["new_text"], "CITY, State — ");
}

#[test]
fn quotes_json_of_the_sample_lists_speakers_with_indexes() {
    let summit = fixture("summit.txt");
    let run = copydesk(
        summit.parent().unwrap(),
        &["quotes", "--format", "json", "summit.txt"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = json(&run);
    assert_eq!(doc["version"], 1);
    let file = &doc["files"][0];
    let quotes = file["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 16);
    for quote in quotes {
        for key in [
            "text",
            "byte_range",
            "range",
            "speaker",
            "cue",
            "kind",
            "inferred",
        ] {
            assert!(quote.get(key).is_some(), "quote lacks {key}: {quote}");
        }
    }
    let speakers: Vec<(String, usize)> = file["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["name"].as_str().unwrap().to_string(),
                s["quotes"].as_array().unwrap().len(),
            )
        })
        .collect();
    assert_eq!(
        speakers,
        vec![
            ("Donald Trump".to_string(), 10),
            ("Vladimir Putin".to_string(), 3),
            ("Samuel Charap".to_string(), 3)
        ]
    );
    let charap = file["speakers"][2]["quotes"][1].as_u64().unwrap() as usize;
    assert_eq!(quotes[charap]["cue"], "added");
    assert_eq!(quotes[charap]["kind"], "full");
}

#[test]
fn github_format_writes_one_workflow_command_per_finding() {
    let dir = scratch(&[("a.txt", NO_DATELINE)]);
    let run = copydesk(dir.path(), &["check", "--format", "github", "a.txt"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .starts_with("::warning file=a.txt,line=3,col=1,endLine=3,endColumn="),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains(",title=copydesk(missing-dateline)::The lede has no dateline"),
        "{}",
        run.stdout
    );
    assert_eq!(run.stdout.lines().count(), 1);
}

#[test]
fn sarif_results_carry_rule_level_and_region() {
    let dir = scratch(&[("a.txt", NO_DATELINE)]);
    let run = copydesk(dir.path(), &["check", "--format", "sarif", "a.txt"]);
    let sarif: serde_sarif::sarif::Sarif = serde_json::from_str(&run.stdout).expect("valid SARIF");
    let results = sarif.runs[0].results.as_ref().unwrap();
    assert_eq!(results.len(), 1);
    assert_eq!(results[0].rule_id.as_deref(), Some("missing-dateline"));
    let region = results[0].locations.as_ref().unwrap()[0]
        .physical_location
        .as_ref()
        .unwrap()
        .region
        .as_ref()
        .unwrap();
    assert_eq!((region.start_line, region.start_column), (Some(3), Some(1)));
}

#[test]
fn each_file_gets_the_nearest_config_not_the_working_directorys() {
    let dir = scratch(&[
        ("copydesk.toml", b"[rules]\nmissing-dateline = \"error\"\n"),
        ("news/a.txt", NO_DATELINE),
        (
            "opinion/.copydesk.toml",
            b"[rules]\nmissing-dateline = \"off\"\n",
        ),
        ("opinion/b.txt", NO_DATELINE),
    ]);
    let doc = json(&copydesk(
        &dir.path().join("opinion"),
        &["check", "--format", "json", "../news/a.txt", "b.txt"],
    ));
    assert_eq!(doc["files"][0]["diagnostics"][0]["severity"], "error");
    assert_eq!(doc["files"][1]["diagnostics"], serde_json::json!([]));
}

#[test]
fn fail_on_sets_the_threshold_for_exit_1() {
    let dir = scratch(&[("a.txt", NO_DATELINE)]);
    assert_eq!(copydesk(dir.path(), &["check", "a.txt"]).code, 1);
    assert_eq!(
        copydesk(dir.path(), &["check", "--fail-on", "error", "a.txt"]).code,
        0
    );
    assert_eq!(
        copydesk(dir.path(), &["check", "--fail-on", "never", "a.txt"]).code,
        0
    );
    let quiet = scratch(&[(
        "a.txt",
        b"Levee holds\n\nFRESNO, Calif. \xe2\x80\x94 The levee held overnight, the county said.\n",
    )]);
    assert_eq!(copydesk(quiet.path(), &["check", "a.txt"]).code, 0);
}

#[test]
fn front_matter_switches_a_rule_off_for_one_article() {
    let dir = scratch(&[
        ("on.md", b"---\ntype: news\n---\n# Levee holds\n\nThe levee held overnight, the county said.\n"),
        ("off.md", b"---\ncopydesk: {disable: [missing-dateline]}\n---\n# Levee holds\n\nThe levee held overnight, the county said.\n"),
    ]);
    let doc = json(&copydesk(
        dir.path(),
        &["check", "--format", "json", "on.md", "off.md"],
    ));
    assert_eq!(
        doc["files"][0]["diagnostics"][0]["code"],
        "missing-dateline"
    );
    assert_eq!(doc["files"][1]["diagnostics"], serde_json::json!([]));
}

#[test]
fn a_suppression_comment_silences_the_next_line() {
    let draft = "# Levee holds\n\n<!-- copydesk-disable-next-line missing-dateline -->\nThe levee held overnight, the county said.\n";
    let run = copydesk_with_stdin(
        std::env::temp_dir().as_path(),
        &[
            "check",
            "--format",
            "json",
            "-",
            "--stdin-filename",
            "story.md",
        ],
        Some(draft),
    );
    assert_eq!(json(&run)["files"][0]["diagnostics"], serde_json::json!([]));
    assert_eq!(run.code, 0);
}

#[test]
fn stdin_markdown_is_linted_as_markdown() {
    let draft =
        "# Levee holds\n\n```\n\"not a quote\n```\n\nThe levee held overnight, the county said.\n";
    let run = copydesk_with_stdin(
        std::env::temp_dir().as_path(),
        &[
            "check",
            "--format",
            "json",
            "-",
            "--stdin-filename",
            "story.md",
        ],
        Some(draft),
    );
    let doc = json(&run);
    let codes: Vec<&str> = doc["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, vec!["missing-dateline"]);
}
