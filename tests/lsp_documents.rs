//! Documents and diagnostics: sync, encodings, versions, debouncing, pull diagnostics, closing.
//! The stand-in analyzer flags every curly-quoted passage, so ranges can be checked exactly
//! whatever the rules find.

mod lsp_harness;

use lsp_harness::{cursor, flagging_analyzer, range, Client, Options};
use serde_json::{json, Value};

/// A skin-toned emoji, an em dash and curly quotes before the flagged quote on line 2.
const DRAFT: &str = "Ferry resumes\n\nKYIV — Crowds 👋🏽 cheered “We are home” on Monday.\n";
const URI: &str = "file:///desk/ferry.md";

async fn flagging(utf8: bool) -> Client {
    Client::start(Options {
        analyzer: flagging_analyzer(),
        utf8,
        ..Options::default()
    })
    .await
}

fn ranges(published: &Value) -> Vec<Value> {
    published["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["range"].clone())
        .collect()
}

#[test]
fn a_cursor_marker_counts_in_utf16_units_as_clients_do() {
    let (text, at) = cursor("Ferry resumes\n\nCrowds 👋🏽 $0cheered");
    assert_eq!(text, "Ferry resumes\n\nCrowds 👋🏽 cheered");
    // "Crowds " is 7 units and the skin-toned emoji four, then a space.
    assert_eq!(at, (2, 12));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_quote_after_emoji_has_exact_utf16_range() {
    let mut client = flagging(false).await;
    client.open(URI, "markdown", DRAFT).await;
    let published = client.diagnostics(URI).await;
    // KYIV␠—␠Crowds␠ is 14 units, 👋🏽 four, ␠cheered␠ nine: the quote opens at 27 and its
    // 13 units end at 40.
    assert_eq!(ranges(&published), vec![range((2, 27), (2, 40))]);
    assert_eq!(published["version"], 1);
    let diagnostic = &published["diagnostics"][0];
    assert_eq!(diagnostic["source"], "copydesk");
    assert_eq!(diagnostic["code"], "unattributed-quote");
    // The rule's page, where the build knows the repository's address (release builds).
    match copydesk::rules::Rule::UnattributedQuote.doc_url() {
        Some(url) => assert_eq!(diagnostic["codeDescription"]["href"], url),
        None => assert!(diagnostic.get("codeDescription").is_none()),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_quote_after_emoji_has_exact_utf8_range() {
    let mut client = flagging(true).await;
    client.open(URI, "markdown", DRAFT).await;
    // In bytes: 4+1+3+1+6+1 = 16, the emoji 8, ␠cheered␠ 9: the quote opens at byte 33 and
    // its 17 bytes end at 50.
    assert_eq!(
        ranges(&client.diagnostics(URI).await),
        vec![range((2, 33), (2, 50))]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn incremental_and_full_changes_move_the_diagnostics() {
    let mut client = flagging(false).await;
    client.open(URI, "markdown", DRAFT).await;
    client.diagnostics(URI).await;
    // Insert "Happy " before "Crowds", then delete the emoji and its space (four units + one).
    client.change(URI, 2, json!([{ "range": range((2, 7), (2, 7)), "text": "Happy " }, { "range": range((2, 20), (2, 25)), "text": "" }])).await;
    let published = client.diagnostics(URI).await;
    assert_eq!(published["version"], 2);
    assert_eq!(ranges(&published), vec![range((2, 28), (2, 41))]);
    client
        .change(URI, 3, json!([{ "text": "“Home,” she said.\n" }]))
        .await;
    let published = client.diagnostics(URI).await;
    assert_eq!(
        (published["version"].clone(), ranges(&published)),
        (json!(3), vec![range((0, 0), (0, 7))])
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_latest_version_is_published_after_a_burst_of_typing() {
    let settings = json!({ "server": { "debounce-ms": 300 } });
    let mut client = Client::start(Options {
        analyzer: flagging_analyzer(),
        settings,
        ..Options::default()
    })
    .await;
    client.open(URI, "markdown", DRAFT).await;
    assert_eq!(client.diagnostics(URI).await["version"], 1);
    for version in 2..=6 {
        client
            .change(
                URI,
                version,
                json!([{ "range": range((0, 0), (0, 0)), "text": "x" }]),
            )
            .await;
    }
    let published = client.diagnostics(URI).await;
    assert_eq!(published["version"], 6, "{published}");
    // Nothing older arrives later either.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let late: Vec<Value> = client
        .drain()
        .into_iter()
        .filter(|m| m["method"] == "textDocument/publishDiagnostics")
        .collect();
    assert!(late.is_empty(), "{late:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn closing_clears_the_diagnostics() {
    let mut client = flagging(false).await;
    client.open(URI, "markdown", DRAFT).await;
    assert_eq!(
        client.diagnostics(URI).await["diagnostics"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    client
        .notify(
            "textDocument/didClose",
            json!({ "textDocument": { "uri": URI } }),
        )
        .await;
    let cleared = client.diagnostics(URI).await;
    assert_eq!(cleared["diagnostics"], json!([]));
    assert!(cleared.get("version").is_none_or(Value::is_null));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pull_diagnostics_match_the_published_ones() {
    let mut client = flagging(false).await;
    client.open(URI, "markdown", DRAFT).await;
    let published = client.diagnostics(URI).await;
    let report = client
        .result(
            "textDocument/diagnostic",
            json!({ "textDocument": { "uri": URI } }),
        )
        .await;
    assert_eq!(report["kind"], "full");
    assert_eq!(report["items"], published["diagnostics"]);
    let again = client
        .result(
            "textDocument/diagnostic",
            json!({ "textDocument": { "uri": URI }, "previousResultId": report["resultId"] }),
        )
        .await;
    assert_eq!(again["kind"], "unchanged");
    client
        .change(URI, 2, json!([{ "text": "No quotes now.\n" }]))
        .await;
    let fresh = client
        .result(
            "textDocument/diagnostic",
            json!({ "textDocument": { "uri": URI }, "previousResultId": report["resultId"] }),
        )
        .await;
    assert_eq!(
        (fresh["kind"].clone(), fresh["items"].clone()),
        (json!("full"), json!([]))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn out_of_range_positions_are_clamped() {
    let mut client = flagging(false).await;
    client.open(URI, "markdown", DRAFT).await;
    client.diagnostics(URI).await;
    assert_eq!(client.hover(URI, 999, 999).await, json!(null));
    assert_eq!(client.hover(URI, 2, 9999).await, json!(null));
    // An edit past the end appends; one past a line's end lands at that end.
    client.change(URI, 2, json!([{ "range": range((99, 0), (99, 5)), "text": "“Again”" }, { "range": range((0, 500), (0, 600)), "text": "!" }])).await;
    let published = client.diagnostics(URI).await;
    assert_eq!(
        ranges(&published),
        vec![range((2, 27), (2, 40)), range((3, 0), (3, 7))]
    );
    let actions = client.result("textDocument/codeAction", json!({ "textDocument": { "uri": URI }, "range": range((500, 3), (2, 28)), "context": { "diagnostics": [] } })).await;
    assert!(actions.is_array());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_buffer_is_linted_not_the_file_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ferry.md");
    std::fs::write(&path, "Nothing quoted on disk.\n").unwrap();
    let uri = format!("file://{}", path.display());
    let mut client = flagging(false).await;
    client.open(&uri, "markdown", DRAFT).await;
    assert_eq!(
        client.diagnostics(&uri).await["diagnostics"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}
