//! Editing help and configuration, through the protocol: code actions from fixes, the
//! suppression comment, the outline, inlay-hint settings, client settings and config files.

mod lsp_harness;

use lsp_harness::{
    actions_at, cursor_in, flagging_analyzer, range, selection_in, titled, Client, Options,
};
use serde_json::{json, Value};

const DRAFT: &str = "# Ferry resumes\n\nKYIV — Crowds cheered “We are home” on Monday.\n\nSamuel Charap said the ferry was late. Charapp added nothing.\n";
const URI: &str = "file:///desk/ferry.md";

async fn flagging(settings: Value, root: Option<String>) -> Client {
    Client::start(Options {
        analyzer: flagging_analyzer(),
        settings,
        root,
        ..Options::default()
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_fix_is_a_quick_fix_with_its_diagnostic() {
    let mut client = flagging(json!({}), None).await;
    client.open(URI, "markdown", DRAFT).await;
    client.diagnostics(URI).await;
    let in_quote = cursor_in(DRAFT, "“We$0 are home”");
    let actions = actions_at(&mut client, URI, range(in_quote, in_quote)).await;
    let add = titled(&actions, "Add an attribution");
    assert_eq!(add["kind"], "quickfix");
    // An attribution is the reader's guess: never the one-keystroke preferred fix.
    assert_eq!(add["isPreferred"], false);
    assert_eq!(add["diagnostics"][0]["code"], "unattributed-quote");
    let after_quote = cursor_in(DRAFT, "home”$0 on Monday");
    assert_eq!(
        add["edit"]["changes"][URI],
        json!([{ "range": range(after_quote, after_quote), "newText": " she said" }])
    );
    let spelling = actions_at(&mut client, URI, selection_in(DRAFT, "C$0ha$0rapp added")).await;
    let change = titled(&spelling, "Change to “Charap”");
    assert_eq!(
        change["isPreferred"], true,
        "the spelling the draft settles is certain"
    );
    assert_eq!(
        change["edit"]["changes"][URI],
        json!([{ "range": selection_in(DRAFT, "$0Charapp$0 added"), "newText": "Charap" }])
    );
    assert_eq!(
        change["diagnostics"][0]["relatedInformation"][0]["location"]["range"],
        selection_in(DRAFT, "$0Charap$0 said")
    );
    // Nothing is flagged on the headline.
    let headline = cursor_in(DRAFT, "# F$0erry");
    assert!(actions_at(&mut client, URI, range(headline, headline))
        .await
        .is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn markdown_and_plain_text_offer_a_suppression_comment_above_the_line() {
    let mut client = flagging(json!({}), None).await;
    client.open(URI, "markdown", DRAFT).await;
    client.diagnostics(URI).await;
    let in_quote = cursor_in(DRAFT, "“We$0 are home”");
    let actions = actions_at(&mut client, URI, range(in_quote, in_quote)).await;
    let disable = titled(&actions, "Disable unattributed-quote for this line");
    let line_start = cursor_in(DRAFT, "\n$0KYIV");
    assert_eq!(
        disable["edit"]["changes"][URI],
        json!([{ "range": range(line_start, line_start), "newText": "<!-- copydesk-disable-next-line unattributed-quote -->\n" }])
    );
    // Plain text reads the same comments, and gets the same action.
    let plain = "file:///desk/ferry.txt";
    client.open(plain, "plaintext", DRAFT).await;
    client.diagnostics(plain).await;
    let actions = actions_at(&mut client, plain, range(in_quote, in_quote)).await;
    let disable = titled(&actions, "Disable unattributed-quote for this line");
    assert_eq!(
        disable["edit"]["changes"][plain],
        json!([{ "range": range(line_start, line_start), "newText": "<!-- copydesk-disable-next-line unattributed-quote -->\n" }])
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inside_a_paragraph_the_suppression_comment_ends_the_line() {
    // A comment on a line of its own would split the Markdown paragraph in two.
    let mut client = flagging(json!({}), None).await;
    let line = "and crowds cheered “We are home” at the pier.";
    let draft = format!("# Ferry resumes\n\nKYIV — The ferry docked on Monday\n{line}\n");
    client.open(URI, "markdown", &draft).await;
    client.diagnostics(URI).await;
    let in_quote = cursor_in(&draft, "“We$0 are home”");
    let actions = actions_at(&mut client, URI, range(in_quote, in_quote)).await;
    let disable = titled(&actions, "Disable unattributed-quote for this line");
    let line_end = cursor_in(&draft, "at the pier.$0\n");
    assert_eq!(
        disable["edit"]["changes"][URI],
        json!([{ "range": range(line_end, line_end), "newText": " <!-- copydesk-disable-line unattributed-quote -->" }])
    );
    // Applied, the comment silences the quote and the paragraph stays one paragraph.
    let fixed = format!(
        "{}{line} <!-- copydesk-disable-line unattributed-quote -->\n",
        &draft[..draft.len() - line.len() - 1]
    );
    let real = copydesk::analyze(
        &fixed,
        copydesk::Format::Markdown,
        &copydesk::Config::default(),
    );
    assert_eq!(real.article.structure.paragraphs.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_outline_starts_with_the_headline() {
    let mut client = flagging(json!({}), None).await;
    client.open(URI, "markdown", DRAFT).await;
    let symbols = client
        .result(
            "textDocument/documentSymbol",
            json!({ "textDocument": { "uri": URI } }),
        )
        .await;
    assert_eq!(symbols[0]["name"], "Ferry resumes", "{symbols}");
    assert_eq!(symbols[0]["detail"], "headline");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inlay_hints_can_be_turned_off() {
    let mut client = flagging(json!({ "server": { "inlay-hints": false } }), None).await;
    client.open(URI, "markdown", DRAFT).await;
    let hints = client
        .result(
            "textDocument/inlayHint",
            json!({ "textDocument": { "uri": URI }, "range": range((0, 0), (9, 0)) }),
        )
        .await;
    assert_eq!(hints, json!(null));
}

fn severities(published: &Value) -> Vec<Value> {
    published["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["severity"].clone())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn client_settings_relint_and_bad_ones_keep_the_last_good() {
    let mut client = flagging(json!({ "rules": { "name-spelling": "off" } }), None).await;
    client.open(URI, "markdown", DRAFT).await;
    assert_eq!(severities(&client.diagnostics(URI).await), vec![json!(2)]);
    let settings = json!({ "copydesk": { "rules": { "unattributed-quote": "error" } } });
    client
        .notify(
            "workspace/didChangeConfiguration",
            json!({ "settings": settings }),
        )
        .await;
    assert_eq!(
        severities(&client.diagnostics(URI).await),
        vec![json!(1), json!(2)]
    );
    client
        .notify(
            "workspace/didChangeConfiguration",
            json!({ "settings": { "copydesk": { "rules": { "unatributed-quote": "off" } } } }),
        )
        .await;
    let shown = client.notification("window/showMessage").await;
    assert!(
        shown["message"]
            .as_str()
            .unwrap()
            .contains("did you mean `unattributed-quote`?"),
        "{shown}"
    );
    // The previous settings still hold.
    let report = client
        .result(
            "textDocument/diagnostic",
            json!({ "textDocument": { "uri": URI } }),
        )
        .await;
    assert_eq!(
        severities(&json!({ "diagnostics": report["items"] })),
        vec![json!(1), json!(2)]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_initialization_options_are_shown() {
    let mut client = flagging(json!({ "dateline": { "style": "nyt" } }), None).await;
    let shown = client.notification("window/showMessage").await;
    assert!(
        shown["message"].as_str().unwrap().contains("nyt"),
        "{shown}"
    );
    client.open(URI, "markdown", DRAFT).await;
    assert_eq!(
        client.diagnostics(URI).await["diagnostics"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn config_files_are_discovered_watched_and_kept_when_broken() {
    let workspace = tempfile::tempdir().unwrap();
    let desk = workspace.path().join("desk");
    std::fs::create_dir(&desk).unwrap();
    let config = workspace.path().join("copydesk.toml");
    std::fs::write(
        &config,
        "[rules]\nunattributed-quote = \"error\"\nname-spelling = \"off\"\n",
    )
    .unwrap();
    let mut client = flagging(json!({}), Some(workspace.path().display().to_string())).await;
    let registration = client.wait_for_request("client/registerCapability").await;
    assert_eq!(
        registration["params"]["registrations"][0]["method"],
        "workspace/didChangeWatchedFiles"
    );
    let uri = format!("file://{}", desk.join("ferry.md").display());
    client.open(&uri, "markdown", DRAFT).await;
    assert_eq!(severities(&client.diagnostics(&uri).await), vec![json!(1)]);

    let changed =
        json!({ "changes": [{ "uri": format!("file://{}", config.display()), "type": 2 }] });
    std::fs::write(&config, "[rules]\nunattributed-quote = \n").unwrap();
    client
        .notify("workspace/didChangeWatchedFiles", changed.clone())
        .await;
    let shown = client.notification("window/showMessage").await;
    assert!(
        shown["message"].as_str().unwrap().contains("copydesk.toml"),
        "{shown}"
    );
    assert_eq!(
        severities(&client.diagnostics(&uri).await),
        vec![json!(1)],
        "the last good config still holds"
    );

    // A folder's own file wins over the workspace's.
    std::fs::write(
        desk.join(".copydesk.toml"),
        "[rules]\nunattributed-quote = \"off\"\nname-spelling = \"hint\"\n",
    )
    .unwrap();
    client.notify("workspace/didChangeWatchedFiles", json!({ "changes": [{ "uri": format!("file://{}", desk.join(".copydesk.toml").display()), "type": 1 }] })).await;
    assert_eq!(severities(&client.diagnostics(&uri).await), vec![json!(4)]);
}
