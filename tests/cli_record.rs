//! `copydesk check` and `copydesk quotes` against a draft's record: sources named in front
//! matter and in `[sources]`, each transcript format, each finding, and a source that cannot be
//! read. Invented drafts and transcripts in scratch folders.

mod common;
use common::{copydesk, json, scratch};

/// A press conference as plain labelled lines with timestamps: two labels on one line, and the
/// mayor's answer running over two turns around a question.
const PRESSER: &str = "[00:14:02] Q: Mayor, will it hold? A: It will.\n\
[00:14:32] ORTIZ: The levee will not break this spring,\n\
and we told the state so every year.\n\
[00:15:10] REPORTER: And the bridge?\n\
[00:15:12] ORTIZ: The bridge opens in May.\n\
[00:15:40] MR. WHITFIELD: The county will pay for the pumps.\n";

/// The same day as captions.
const CAPTIONS: &str = "WEBVTT\n\n1\n00:20:01.000 --> 00:20:04.000\n<v Ortiz>We stacked sandbags all night\n\n2\n00:20:04.000 --> 00:20:07.500\nand nobody went home.\n";

/// Notes without labels.
const NOTES: &str =
    "# Call with the mayor\n\nShe said the pumps were old — older than the levee itself.\n";

fn draft(quotes: &str) -> String {
    format!(
        "---\ntitle: Levee holds\nsources: [../transcripts/presser.txt, ../transcripts/captions.vtt, ../notes/call.md]\n---\n\n# Levee holds\n\nMEMPHIS, Tenn. — The river crested on Monday.\n\n{quotes}\n"
    )
}

fn desk(quotes: &str) -> tempfile::TempDir {
    scratch(&[
        ("drafts/levee.md", draft(quotes).as_bytes()),
        ("transcripts/presser.txt", PRESSER.as_bytes()),
        ("transcripts/captions.vtt", CAPTIONS.as_bytes()),
        ("notes/call.md", NOTES.as_bytes()),
    ])
}

/// Each finding as `code: flagged text`.
fn findings(doc: &serde_json::Value, text: &str) -> Vec<String> {
    doc["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let (a, b) = (
                d["byte_range"][0].as_u64().unwrap() as usize,
                d["byte_range"][1].as_u64().unwrap() as usize,
            );
            format!("{}: {}", d["code"].as_str().unwrap(), &text[a..b])
        })
        .collect()
}

#[test]
fn quotes_as_the_record_gives_them_raise_nothing_in_any_format() {
    let quotes = "“The levee will not break this spring, and we told the state so every year,” Mayor Rita Ortiz said.\n\n\
“We stacked sandbags all night and nobody went home,” Ortiz said.\n\n\
“The levee will not break … every year. … The bridge opens in May,” she said.\n\n\
“[The pumps] were old — older than the levee itself,” Ortiz said.\n\n\
“The county will pay for the pumps,” said Dana Whitfield, the county manager.";
    let desk = desk(quotes);
    let run = copydesk(desk.path(), &["check", "--format", "json", "drafts"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(findings(&json(&run), &draft(quotes)), Vec::<String>::new());
}

#[test]
fn a_changed_word_a_dropped_clause_and_another_speaker_are_each_flagged() {
    let quotes = "“The levee will never break this spring, and we told the state so every year,” Mayor Rita Ortiz said.\n\n\
“We stacked sandbags and nobody went home,” Ortiz said.\n\n\
“The county will pay for the pumps,” Ortiz said.";
    let desk = desk(quotes);
    let run = copydesk(desk.path(), &["check", "--format", "json", "drafts"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let doc = json(&run);
    assert_eq!(
        findings(&doc, &draft(quotes)),
        [
            "misquote: The levee will never break this spring, and we told the state so every year,",
            "misquote: We stacked sandbags and nobody went home,",
            "misattributed-quote: The county will pay for the pumps,",
        ]
    );
    let diagnostics = &doc["files"][0]["diagnostics"];
    assert_eq!(
        diagnostics[0]["message"],
        "Not the record's words (transcripts/presser.txt line 2, 00:14:32): “never” where the record has “not”"
    );
    assert_eq!(
        diagnostics[0]["related"][0],
        serde_json::json!({"path": "transcripts/presser.txt", "line": 2, "message": "the record: “The levee will not break this spring, and we told the state so every year.”"})
    );
    assert_eq!(
        diagnostics[1]["message"],
        "Not the record's words (transcripts/captions.vtt line 5, 00:20:01): “all night” is left out"
    );
    assert_eq!(
        diagnostics[2]["message"],
        "The record gives these words to MR. WHITFIELD (transcripts/presser.txt line 6, 00:15:40), not to Rita Ortiz"
    );
}

#[test]
fn the_unsafe_fix_writes_the_record_s_words_in() {
    let quotes = "“The levee will never break this spring,” Mayor Rita Ortiz said.";
    let desk = desk(quotes);
    let run = copydesk(
        desk.path(),
        &[
            "check",
            "--fix",
            "--unsafe-fixes",
            "--fail-on",
            "never",
            "drafts",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let fixed = std::fs::read_to_string(desk.path().join("drafts/levee.md")).unwrap();
    assert!(
        fixed.contains("“The levee will not break this spring,” Mayor Rita Ortiz said."),
        "{fixed}"
    );
}

#[test]
fn config_globs_with_the_draft_s_slug_name_its_record_and_unsourced_quotes_can_be_asked_for() {
    let desk = scratch(&[
        (
            "copydesk.toml",
            b"[rules]\nunsourced-quote = \"info\"\n\n[sources]\npaths = [\"transcripts/{slug}*.txt\"]\n\n[files]\nexclude = [\"transcripts/**\"]\n",
        ),
        (
            "drafts/levee.txt",
            "Levee holds\n\nMEMPHIS, Tenn. — “The bridge opens in May,” Mayor Rita Ortiz said. “We will add a second levee next year,” she said.\n".as_bytes(),
        ),
        ("transcripts/levee-presser.txt", PRESSER.as_bytes()),
        ("transcripts/bridge.txt", b"ORTIZ: We will add a second levee next year.\n"),
    ]);
    let run = copydesk(desk.path(), &["check", "--format", "json", "."]);
    let doc = json(&run);
    assert_eq!(doc["files"].as_array().unwrap().len(), 1, "{}", run.stdout);
    let text = std::fs::read_to_string(desk.path().join("drafts/levee.txt")).unwrap();
    assert_eq!(
        findings(&doc, &text),
        ["unsourced-quote: We will add a second levee next year,"]
    );
}

#[test]
fn a_source_that_cannot_be_read_names_the_draft_and_the_path_and_the_rest_is_checked() {
    let quotes = "“The levee will never break this spring,” Mayor Rita Ortiz said.";
    let desk = desk(quotes);
    std::fs::remove_file(desk.path().join("notes/call.md")).unwrap();
    let run = copydesk(desk.path(), &["check", "--format", "json", "drafts"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("copydesk: drafts/levee.md: source notes/call.md: no such file"),
        "{}",
        run.stderr
    );
    assert_eq!(
        findings(&json(&run), &draft(quotes)),
        ["misquote: The levee will never break this spring,"]
    );
}

#[test]
fn the_quotes_index_gives_each_quote_s_place_in_the_record() {
    let quotes =
        "“The bridge opens in May,” Mayor Rita Ortiz said. “We will [soon] add pumps,” she said.";
    let desk = desk(quotes);
    let run = copydesk(desk.path(), &["quotes", "--format", "json", "drafts"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let quotes = &json(&run)["files"][0]["quotes"];
    assert_eq!(
        quotes[0]["source"],
        serde_json::json!({"path": "transcripts/presser.txt", "line": 5, "timestamp": "00:15:12", "match": "exact"})
    );
    assert_eq!(quotes[1]["source"]["match"], "none");
}

#[test]
fn a_draft_without_sources_is_not_judged() {
    let desk = scratch(&[(
        "levee.txt",
        b"Levee holds\n\nMEMPHIS, Tenn. \xe2\x80\x94 \xe2\x80\x9cThe levee will never break this spring,\xe2\x80\x9d Mayor Rita Ortiz said.\n",
    )]);
    let run = copydesk(desk.path(), &["quotes", "--format", "json", "levee.txt"]);
    assert!(json(&run)["files"][0]["quotes"][0].get("source").is_none());
    let run = copydesk(desk.path(), &["check", "levee.txt"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
}
