//! The protocol's fine print, through the protocol: fix-all in one versioned edit, answers in
//! the shapes a client declared (or the oldest shapes for a client that declared nothing),
//! drafts with `\r` line ends, and configuration seen without a file watcher or pushed settings.

mod lsp_harness;

use lsp_harness::{flagging_analyzer, range, selection_in, Client, Options};
use serde_json::{json, Value};

/// "Charapp" has a safe fix (the draft's spelling); the quote's attribution is unsafe.
const DRAFT: &str = "# Ferry resumes\n\nKYIV — Crowds cheered “We are home” on Monday.\n\nSamuel Charap said the ferry was late. Charapp added nothing.\n";
const URI: &str = "file:///desk/ferry.md";

async fn start(capabilities: Option<Value>) -> Client {
    Client::start(Options {
        analyzer: flagging_analyzer(),
        capabilities,
        ..Options::default()
    })
    .await
}

/// A client that declares none of the optional capabilities.
fn bare() -> Option<Value> {
    Some(json!({}))
}

async fn code_actions(client: &mut Client, at: Value, only: Option<Value>) -> Vec<Value> {
    let mut context = json!({ "diagnostics": [] });
    if let Some(only) = only {
        context["only"] = only;
    }
    let answer = client
        .result(
            "textDocument/codeAction",
            json!({ "textDocument": { "uri": URI }, "range": at, "context": context }),
        )
        .await;
    answer.as_array().cloned().unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fix_all_applies_every_safe_fix_in_one_edit_for_the_version_it_was_made_for() {
    let mut client = start(Some(json!({
        "textDocument": { "codeAction": { "codeActionLiteralSupport": {
            "codeActionKind": { "valueSet": ["quickfix", "source.fixAll"] } } } },
        "workspace": { "workspaceEdit": { "documentChanges": true } }
    })))
    .await;
    client.open(URI, "markdown", DRAFT).await;
    client.diagnostics(URI).await;
    let on_save = code_actions(
        &mut client,
        range((0, 0), (0, 0)),
        Some(json!(["source.fixAll"])),
    )
    .await;
    assert_eq!(on_save.len(), 1, "{on_save:?}");
    assert_eq!(on_save[0]["kind"], "source.fixAll.copydesk");
    // Only the spelling: the attribution needs an editor's eye.
    assert_eq!(
        on_save[0]["edit"],
        json!({ "documentChanges": [{
            "textDocument": { "uri": URI, "version": 1 },
            "edits": [{ "range": selection_in(DRAFT, "$0Charapp$0 added"), "newText": "Charap" }]
        }] })
    );
    // Asked for quick fixes only, there is no fix-all.
    let quick = code_actions(
        &mut client,
        selection_in(DRAFT, "$0Charapp$0 added"),
        Some(json!(["quickfix"])),
    )
    .await;
    assert!(quick.iter().all(|a| a["kind"] == "quickfix"), "{quick:?}");
    assert_eq!(
        quick[0]["edit"]["documentChanges"][0]["textDocument"]["version"],
        1
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_declares_nothing_gets_plain_hovers_commands_and_flat_symbols() {
    let mut client = start(bare()).await;
    client.open(URI, "markdown", DRAFT).await;
    client.diagnostics(URI).await;

    let (line, column) = lsp_harness::cursor_in(DRAFT, "Samuel Cha$0rap said");
    let hover = client.hover(URI, line, column).await;
    assert_eq!(hover["contents"]["kind"], "plaintext");
    assert_eq!(
        hover["contents"]["value"],
        "Samuel Charap\n\nNot quoted in this draft.\n\nMentioned 2 times. Spelled “Charap” (1×), “Charapp” (1×)."
    );

    let actions = code_actions(&mut client, selection_in(DRAFT, "$0Charapp$0 added"), None).await;
    let change = actions
        .iter()
        .find(|a| a["title"] == "Change to “Charap”")
        .expect("the spelling fix");
    assert_eq!(change["command"], "copydesk.applyEdit");
    let edit = change["arguments"][0].clone();
    assert_eq!(
        edit["changes"][URI],
        json!([{ "range": selection_in(DRAFT, "$0Charapp$0 added"), "newText": "Charap" }])
    );
    client
        .result(
            "workspace/executeCommand",
            json!({ "command": "copydesk.applyEdit", "arguments": [edit.clone()] }),
        )
        .await;
    let applied = client.wait_for_request("workspace/applyEdit").await;
    assert_eq!(applied["params"]["edit"], edit);

    let symbols = client
        .result(
            "textDocument/documentSymbol",
            json!({ "textDocument": { "uri": URI } }),
        )
        .await;
    let flat: Vec<(&str, i64, Option<&str>)> = symbols
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            assert!(
                s.get("children").is_none() && s["location"]["uri"] == URI,
                "{s}"
            );
            (
                s["name"].as_str().unwrap(),
                s["kind"].as_i64().unwrap(),
                s["containerName"].as_str(),
            )
        })
        .collect();
    // The dateline is an Event (24) for clients that know it; Constant (14) in the default set.
    assert_eq!(
        flat,
        [
            ("Ferry resumes", 1, None),
            ("KYIV", 14, None),
            ("Samuel Charap", 5, None)
        ]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_knows_every_kind_sees_the_dateline_as_an_event() {
    let mut client = start(None).await;
    client.open(URI, "markdown", DRAFT).await;
    let symbols = client
        .result(
            "textDocument/documentSymbol",
            json!({ "textDocument": { "uri": URI } }),
        )
        .await;
    assert_eq!(symbols[1]["name"], "KYIV");
    assert_eq!(symbols[1]["kind"], 24);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_draft_with_lone_returns_has_its_findings_on_the_right_lines() {
    let mut client = Client::start(Options::default()).await;
    let draft = "Talks end\r\rSamuel Charap, a senior political scientist at RAND, called it upbeat.\r\r“It was calm,” Charap said.\r\rCharapp added that nothing was agreed.\r\rCharap said more talks were likely.\r";
    let uri = "file:///desk/talks.txt";
    client.open(uri, "plaintext", draft).await;
    let published = client.diagnostics(uri).await;
    let found: Vec<(Value, Value)> = published["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["code"].clone(), d["range"].clone()))
        .collect();
    assert_eq!(
        found,
        [
            (json!("missing-dateline"), range((2, 0), (2, 6))),
            (json!("name-spelling"), range((6, 0), (6, 7)))
        ]
    );
    // An edit by position lands where the client means it.
    client
        .change(
            uri,
            2,
            json!([{ "range": range((6, 0), (6, 7)), "text": "Charap" }]),
        )
        .await;
    let published = client.diagnostics(uri).await;
    assert_eq!(published["diagnostics"].as_array().unwrap().len(), 1);
}

fn codes(published: &Value) -> Vec<String> {
    published["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_file_watcher_an_edited_config_is_read_again_on_save() {
    let desk = tempfile::tempdir().unwrap();
    let config = desk.path().join("copydesk.toml");
    std::fs::write(&config, "[rules]\nname-spelling = \"warning\"\n").unwrap();
    let mut client = start(bare()).await;
    let uri = format!("file://{}", desk.path().join("ferry.md").display());
    client.open(&uri, "markdown", DRAFT).await;
    assert_eq!(
        codes(&client.diagnostics(&uri).await),
        ["unattributed-quote", "name-spelling"]
    );
    std::fs::write(&config, "[rules]\nname-spelling = \"off\"\n").unwrap();
    client
        .notify(
            "textDocument/didSave",
            json!({ "textDocument": { "uri": uri } }),
        )
        .await;
    assert_eq!(
        codes(&client.diagnostics(&uri).await),
        ["unattributed-quote"]
    );
    // Opening another draft under it reads it again too.
    std::fs::write(&config, "[rules]\nunattributed-quote = \"off\"\n").unwrap();
    let other = format!("file://{}", desk.path().join("other.md").display());
    client.open(&other, "markdown", DRAFT).await;
    assert_eq!(codes(&client.diagnostics(&other).await), ["name-spelling"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn null_settings_are_pulled_from_the_client_not_reset() {
    let mut client = start(None).await;
    client.open(URI, "markdown", DRAFT).await;
    assert_eq!(
        codes(&client.diagnostics(URI).await),
        ["unattributed-quote", "name-spelling"]
    );
    *client.configuration.lock().unwrap() =
        json!({ "rules": { "unattributed-quote": "off" }, "server": { "debounce-ms": 0 } });
    client
        .notify(
            "workspace/didChangeConfiguration",
            json!({ "settings": null }),
        )
        .await;
    let asked = client.wait_for_request("workspace/configuration").await;
    assert_eq!(asked["params"]["items"][0]["section"], "copydesk");
    assert_eq!(codes(&client.diagnostics(URI).await), ["name-spelling"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn null_settings_from_a_client_that_cannot_be_asked_keep_the_settings() {
    let mut client = Client::start(Options {
        analyzer: flagging_analyzer(),
        settings: json!({ "rules": { "unattributed-quote": "off" }, "server": { "debounce-ms": 0 } }),
        capabilities: bare(),
        ..Options::default()
    })
    .await;
    client.open(URI, "markdown", DRAFT).await;
    assert_eq!(codes(&client.diagnostics(URI).await), ["name-spelling"]);
    client
        .notify(
            "workspace/didChangeConfiguration",
            json!({ "settings": null }),
        )
        .await;
    assert_eq!(codes(&client.diagnostics(URI).await), ["name-spelling"]);
}
