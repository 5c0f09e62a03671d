//! The language server against a draft's record: a misquote's related information in the
//! transcript's file, the quote hover's place in the record, and a saved transcript read again.

mod lsp_harness;

use lsp_harness::{cursor_in, Client, Options};
use serde_json::json;

const TRANSCRIPT: &str = "[00:14:02] Q: Will it hold? A: It will.\n[00:14:32] ORTIZ: The levee will not break this spring.\nORTIZ: The bridge opens in May.\n";

const DRAFT: &str = "---\nsources: [../transcripts/presser.txt]\n---\n\n# Levee holds\n\nMEMPHIS, Tenn. — “The levee will never break this spring,” Mayor Rita Ortiz said.\n\n“The bridge opens in May,” Ortiz said.\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_misquote_points_at_the_transcript_and_a_verified_quote_hovers_with_its_place() {
    let desk = tempfile::tempdir().unwrap();
    let transcript = desk.path().join("transcripts/presser.txt");
    std::fs::create_dir_all(transcript.parent().unwrap()).unwrap();
    std::fs::write(&transcript, TRANSCRIPT).unwrap();
    let draft = desk.path().join("drafts/levee.md");
    std::fs::create_dir_all(draft.parent().unwrap()).unwrap();
    std::fs::write(&draft, DRAFT).unwrap();
    let uri = tower_lsp::lsp_types::Url::from_file_path(&draft)
        .unwrap()
        .to_string();

    let mut client = Client::start(Options::default()).await;
    client.open(&uri, "markdown", DRAFT).await;
    let published = client.diagnostics(&uri).await;
    let misquote = published["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "misquote")
        .unwrap_or_else(|| panic!("no misquote in {published}"))
        .clone();
    let related = &misquote["relatedInformation"][0];
    assert_eq!(
        related["location"]["uri"],
        tower_lsp::lsp_types::Url::from_file_path(&transcript)
            .unwrap()
            .to_string()
    );
    assert_eq!(
        related["location"]["range"]["start"],
        json!({"line": 1, "character": 0})
    );

    let (line, character) = cursor_in(DRAFT, "“The bri$0dge opens");
    let hover = client.hover(&uri, line, character).await;
    let card = hover["contents"]["value"].as_str().unwrap();
    assert!(card.contains("✓ "), "{card}");
    assert!(
        card.ends_with("transcripts/presser.txt line 3, 00:14:32"),
        "{card}"
    );

    // The transcript corrected and saved: the draft is checked against it afresh.
    std::fs::write(
        &transcript,
        TRANSCRIPT.replace("will not break", "will never break"),
    )
    .unwrap();
    let saved = tower_lsp::lsp_types::Url::from_file_path(&transcript)
        .unwrap()
        .to_string();
    client
        .notify(
            "textDocument/didSave",
            json!({ "textDocument": { "uri": saved } }),
        )
        .await;
    let published = client.diagnostics(&uri).await;
    assert!(
        !published["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "misquote"),
        "{published}"
    );
}
