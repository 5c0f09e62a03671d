//! The server's life: initialize and its negotiation, unknown methods, panics, shutdown and exit.

mod lsp_harness;

use copydesk::server::Ending;
use lsp_harness::{panicking_analyzer, Client, Options};
use serde_json::json;

const DRAFT: &str =
    "Ferry resumes\n\nWELLINGTON, New Zealand — The ferry sailed again on Monday.\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn utf8_is_negotiated_when_the_client_offers_it() {
    let mut client = Client::connect(std::sync::Arc::new(copydesk::analyze_with_record));
    let answer = client
        .result(
            "initialize",
            json!({ "capabilities": { "general": { "positionEncodings": ["utf-16", "utf-8"] } } }),
        )
        .await;
    assert_eq!(answer["capabilities"]["positionEncoding"], "utf-8");
    assert_eq!(answer["serverInfo"]["name"], "copydesk");
    let sync = &answer["capabilities"]["textDocumentSync"];
    assert_eq!(
        (sync["openClose"].clone(), sync["change"].clone()),
        (json!(true), json!(2))
    );
    for provider in [
        "hoverProvider",
        "codeActionProvider",
        "documentSymbolProvider",
        "definitionProvider",
        "referencesProvider",
        "renameProvider",
        "documentHighlightProvider",
        "inlayHintProvider",
    ] {
        assert!(
            !answer["capabilities"][provider].is_null(),
            "{provider} missing"
        );
    }
    // Pushed, not advertised for pull: editors that see both keep every finding twice.
    assert!(answer["capabilities"]["diagnosticProvider"].is_null());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn utf16_is_the_fallback() {
    let mut client = Client::connect(std::sync::Arc::new(copydesk::analyze_with_record));
    let answer = client
        .result("initialize", json!({ "capabilities": {} }))
        .await;
    assert_eq!(answer["capabilities"]["positionEncoding"], "utf-16");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_methods_get_method_not_found() {
    let mut client = Client::start(Options::default()).await;
    let answer = client.request("copydesk/makeCoffee", json!({})).await;
    assert_eq!(answer["error"]["code"], -32601, "{answer}");
    // And the server answers the next request.
    client
        .open("file:///desk/ferry.md", "markdown", DRAFT)
        .await;
    assert!(client
        .result(
            "textDocument/documentSymbol",
            json!({ "textDocument": { "uri": "file:///desk/ferry.md" } })
        )
        .await
        .is_array());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panic_in_the_analysis_is_caught_logged_and_survived() {
    let mut client = Client::start(Options {
        analyzer: panicking_analyzer(),
        ..Options::default()
    })
    .await;
    let uri = "file:///desk/panic.md";
    client
        .open(uri, "markdown", "PANIC at the copy desk\n")
        .await;
    let log = client.notification("window/logMessage").await;
    assert!(
        log["message"]
            .as_str()
            .unwrap()
            .contains("the analysis blew up"),
        "{log}"
    );
    let hover = client
        .request(
            "textDocument/hover",
            json!({ "textDocument": { "uri": uri }, "position": { "line": 0, "character": 2 } }),
        )
        .await;
    assert_eq!(hover["error"]["code"], -32603, "{hover}");
    // The next edit analyses fine and publishes.
    client
        .change(uri, 2, json!([{ "text": "Calm at the copy desk\n" }]))
        .await;
    let published = client.diagnostics(uri).await;
    assert_eq!(published["version"], 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_then_exit_follows_the_spec() {
    let mut client = Client::start(Options::default()).await;
    let answer = client.request("shutdown", json!(null)).await;
    assert_eq!(
        (answer.get("result"), answer.get("error")),
        (Some(&json!(null)), None),
        "{answer}"
    );
    // After shutdown, requests are invalid.
    let late = client.request("textDocument/hover", json!({ "textDocument": { "uri": "file:///a.md" }, "position": { "line": 0, "character": 0 } })).await;
    assert_eq!(late["error"]["code"], -32600, "{late}");
    client.notify("exit", json!(null)).await;
    assert_eq!(client.ending().await, Ending::Clean);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exit_without_shutdown_is_noticed() {
    let mut client = Client::start(Options::default()).await;
    client.notify("exit", json!(null)).await;
    assert_eq!(client.ending().await, Ending::Abrupt);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_on_unknown_documents_answer_null() {
    let mut client = Client::start(Options::default()).await;
    let hover = client.hover("file:///never/opened.md", 3, 4).await;
    assert_eq!(hover, json!(null));
}
