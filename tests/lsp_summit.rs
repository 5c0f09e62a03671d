//! The sample draft (tests/fixtures/summit.txt) through the real analysis: the expectations
//! the issues set for it, feature by feature.

mod lsp_harness;

use lsp_harness::{cursor_in, range, selection_in, summit, Client, Options};
use serde_json::{json, Value};

const URI: &str = "file:///desk/summit.txt";

async fn summit_open() -> (Client, String) {
    let mut client = Client::start(Options::default()).await;
    let text = summit();
    client.open(URI, "plaintext", &text).await;
    (client, text)
}

fn at(uri: &str, (line, character): (u32, u32)) -> Value {
    json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": character } })
}

/// Inside "Charap" where it is a surname-only mention: "… what Trump said,” Charap added."
fn second_reference(text: &str) -> (u32, u32) {
    cursor_in(text, "Ch$0arap added")
}

fn hover_text(hover: &Value) -> String {
    hover["contents"]["value"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_only_diagnostic_is_the_missing_dateline_on_line_3() {
    let (mut client, _) = summit_open().await;
    let published = client.diagnostics(URI).await;
    let diagnostics = published["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0]["code"], "missing-dateline");
    assert_eq!(diagnostics[0]["range"]["start"]["line"], 2);
    let actions = client.result("textDocument/codeAction", json!({ "textDocument": { "uri": URI }, "range": diagnostics[0]["range"], "context": { "diagnostics": [] } })).await;
    assert!(
        actions
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["kind"] == "quickfix" && a["diagnostics"][0]["code"] == "missing-dateline"),
        "{actions}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hovering_charap_lists_his_three_quotes() {
    let (mut client, text) = summit_open().await;
    let (line, col) = second_reference(&text);
    let card = hover_text(&client.hover(URI, line, col).await);
    assert!(
        card.starts_with(
            "**Samuel Charap**, senior political scientist at the global policy think tank RAND"
        ),
        "{card}"
    );
    let quotes: Vec<&str> = card.lines().filter(|l| l.starts_with("- “")).collect();
    assert_eq!(quotes.len(), 3, "{card}");
    assert!(
        quotes[0].contains("a lot of upbeat vibes with very little by way of specifics"),
        "{card}"
    );
    assert!(
        quotes[1].starts_with("- “It sounds like there were specifics discussed"),
        "{card}"
    );
    assert!(
        quotes[2].starts_with("- “Neither of them gave away any substance"),
        "{card}"
    );
    assert!(
        quotes[0].contains(&format!("[line 13]({URI}#L13)")),
        "{card}"
    );
    assert!(card.contains("Mentioned 2 times."), "{card}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_quote_hover_names_speaker_and_cue() {
    let (mut client, text) = summit_open().await;
    let (line, character) = cursor_in(&text, "It $0sounds like");
    let card = hover_text(&client.hover(URI, line, character).await);
    assert!(card.starts_with("**Samuel Charap** — added"), "{card}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_outline_has_headline_and_people_with_their_quotes() {
    let (mut client, _) = summit_open().await;
    let symbols = client
        .result(
            "textDocument/documentSymbol",
            json!({ "textDocument": { "uri": URI } }),
        )
        .await;
    assert_eq!(
        symbols[0]["name"],
        "Trump says talks with Putin 'productive' but 'no deal' yet"
    );
    let charap = symbols
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "Samuel Charap")
        .expect("Charap in the outline");
    assert_eq!(charap["children"].as_array().unwrap().len(), 3, "{charap}");
    assert_eq!(charap["selectionRange"]["start"]["line"], 12);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_name_behaves_like_a_symbol() {
    let (mut client, text) = summit_open().await;
    let cursor = second_reference(&text);
    let definition = client
        .result("textDocument/definition", at(URI, cursor))
        .await;
    assert_eq!(
        definition["range"],
        selection_in(&text, "$0Samuel Charap$0")
    );

    let mut references = at(URI, cursor);
    references["context"] = json!({ "includeDeclaration": true });
    let references = client.result("textDocument/references", references).await;
    let highlights = client
        .result("textDocument/documentHighlight", at(URI, cursor))
        .await;
    assert_eq!(references.as_array().unwrap().len(), 2, "{references}");
    assert_eq!(highlights.as_array().unwrap().len(), 2, "{highlights}");

    let prepared = client
        .result("textDocument/prepareRename", at(URI, cursor))
        .await;
    assert_eq!(prepared, selection_in(&text, "$0Charap$0 added"));
    let mut rename = at(URI, cursor);
    rename["newName"] = json!("Charapova");
    let edit = client.result("textDocument/rename", rename).await;
    let edits = edit["changes"][URI].as_array().unwrap();
    assert_eq!(edits.len(), 2);
    assert!(
        edits.contains(
            &json!({ "range": selection_in(&text, "Samuel $0Charap$0"), "newText": "Charapova" })
        ),
        "{edits:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inlay_hints_name_the_speaker_after_each_quote() {
    let (mut client, text) = summit_open().await;
    let hints = client
        .result(
            "textDocument/inlayHint",
            json!({ "textDocument": { "uri": URI }, "range": range((0, 0), (40, 0)) }),
        )
        .await;
    let (line, _) = cursor_in(&text, "$0It sounds like");
    let on_line: Vec<&Value> = hints
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["position"]["line"] == line)
        .collect();
    assert!(on_line.iter().any(|h| h["label"] == "— Charap"), "{hints}");
}

/// A draft with one misspelt mention, for the spelling fixes and a rename across variants.
const VARIANTS: &str = "Ferry resumes\n\nWELLINGTON, New Zealand (AP) — The ferry sailed again, said Aroha Tamihana, a harbour pilot.\n\n\"It was calm,\" Tamihana said.\n\n\"We waited long enough,\" Tamihanna said.\n\n\"Next week we sail twice,\" Tamihanna added.\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_spelling_can_be_fixed_at_once_and_renamed_together() {
    let mut client = Client::start(Options::default()).await;
    let uri = "file:///desk/variants.txt";
    client.open(uri, "plaintext", VARIANTS).await;
    let published = client.diagnostics(uri).await;
    let spellings: Vec<&Value> = published["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "name-spelling")
        .collect();
    assert_eq!(spellings.len(), 2, "{published}");
    let actions = client.result("textDocument/codeAction", json!({ "textDocument": { "uri": uri }, "range": spellings[0]["range"], "context": { "diagnostics": [] } })).await;
    let this_one = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "Use “Tamihana”")
        .expect("a fix for this occurrence");
    assert_eq!(
        this_one["edit"]["changes"][uri],
        json!([{ "range": spellings[0]["range"], "newText": "Tamihana" }])
    );
    // The majority spelling's first use, "Aroha Tamihana" on line 3.
    let related = &spellings[0]["relatedInformation"][0];
    assert_eq!(
        related["location"]["range"],
        selection_in(VARIANTS, "$0Tamihana$0,")
    );
    assert_eq!(related["message"], "“Tamihana” first used here");
    let all = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| {
            a["title"]
                .as_str()
                .unwrap_or_default()
                .starts_with("Fix every spelling")
        })
        .expect("a fix-all action");
    assert_eq!(
        all["edit"]["changes"][uri].as_array().unwrap().len(),
        2,
        "{all}"
    );

    let mut rename = at(uri, cursor_in(VARIANTS, "$0Tamihanna said"));
    rename["newName"] = json!("Tamihana-Smith");
    let edit = client.result("textDocument/rename", rename).await;
    assert_eq!(edit["changes"][uri].as_array().unwrap().len(), 4, "{edit}");
}

async fn dateline_fix(snippets: bool) -> Value {
    let mut client = Client::start(Options {
        snippets,
        ..Options::default()
    })
    .await;
    client.open(URI, "plaintext", &summit()).await;
    let published = client.diagnostics(URI).await;
    let missing = &published["diagnostics"][0];
    let actions = client.result("textDocument/codeAction", json!({ "textDocument": { "uri": URI }, "range": missing["range"], "context": { "diagnostics": [] } })).await;
    actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "Insert a dateline")
        .cloned()
        .expect("the dateline fix")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dateline_placeholder_is_a_snippet_for_clients_that_take_them() {
    let snippet = dateline_fix(true).await;
    assert_eq!(
        snippet["edit"],
        json!({ "documentChanges": [{
            "textDocument": { "uri": URI, "version": null },
            "edits": [{ "range": range((2, 0), (2, 0)), "snippet": { "kind": "snippet", "value": "${1:CITY}, ${2:State} — " } }],
        }] })
    );
    assert!(snippet.get("data").is_none(), "{snippet}");

    let plain = dateline_fix(false).await;
    assert_eq!(
        plain["edit"],
        json!({ "changes": { URI: [{ "range": range((2, 0), (2, 0)), "newText": "CITY, State — " }] } })
    );
    assert!(plain.get("data").is_none(), "{plain}");
}
