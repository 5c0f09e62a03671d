//! The protocol over the real rules (no stand-in analyzer): exact ranges after an emoji in both
//! encodings, related information, quote hovers and the add-attribution fix.

mod lsp_harness;

use lsp_harness::{actions_at, cursor_in, range, selection_in, titled, Client, Options};
use serde_json::{json, Value};

/// Okafor is quoted on line 4; the quotes on lines 6 and 8 carry no attribution of their own,
/// and the one on line 8 comes after a skin-toned emoji on the same line.
const FERRY: &str = "Ferry resumes\n\nLAGOS, Nigeria — Ferries sailed on Monday. 👋🏽\n\n“Nobody told us anything about the timetable,” said Ada Okafor.\n\n“We waited for hours 👋🏽 in the rain.”\n\nIt was sunny 👋🏽 later. “Nobody came to help.”\n";
const URI: &str = "file:///desk/ferry.txt";

async fn opened(utf8: bool, text: &str) -> (Client, Value) {
    let mut client = Client::start(Options {
        utf8,
        ..Options::default()
    })
    .await;
    client.open(URI, "plaintext", text).await;
    let published = client.diagnostics(URI).await;
    (client, published)
}

fn coded<'a>(published: &'a Value, code: &str) -> Vec<&'a Value> {
    published["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == code)
        .collect()
}

/// A quote no one is named as saying, after a skin-toned emoji, with no one quoted before it.
const LONE: &str =
    "Ferry resumes\n\nIt rained 👋🏽 all day. “Nobody told us anything about the timetable.”\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unattributed_quote_after_an_emoji_has_exact_utf16_and_utf8_ranges() {
    // UTF-16: "It rained " is 10 units, the emoji four, " all day. " 10; the flagged opening
    // “Nobody told us anything about is 30 units.
    let (_, published) = opened(false, LONE).await;
    let flagged = coded(&published, "unattributed-quote");
    assert_eq!(flagged.len(), 1, "{published}");
    assert_eq!(flagged[0]["range"], range((2, 24), (2, 54)));
    // UTF-8: the emoji is eight bytes and “ three.
    let (_, published) = opened(true, LONE).await;
    assert_eq!(
        coded(&published, "unattributed-quote")[0]["range"],
        range((2, 28), (2, 60))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_follow_on_quote_after_an_emoji_points_to_the_last_attribution() {
    let (_, published) = opened(false, FERRY).await;
    let follow_ons = coded(&published, "follow-on-quote");
    assert_eq!(follow_ons.len(), 2, "{published}");
    // "It was sunny " is 13 units, the emoji 4, " later. " 8.
    assert_eq!(follow_ons[1]["range"], range((8, 25), (8, 46)));
    let related = &follow_ons[1]["relatedInformation"][0];
    assert_eq!(related["location"]["uri"], URI);
    assert_eq!(related["location"]["range"], range((4, 52), (4, 62)));
    assert_eq!(related["message"], "Ada Okafor last attributed here");

    let (_, published) = opened(true, FERRY).await;
    // In bytes: 13, then 8 for the emoji and 8 more; the flagged words are 23 bytes.
    assert_eq!(
        coded(&published, "follow-on-quote")[1]["range"],
        range((8, 29), (8, 52))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_quote_with_no_speaker_says_so_on_hover() {
    let (mut client, _) = opened(false, LONE).await;
    let (line, character) = cursor_in(LONE, "“No$0body told us");
    let hover = client.hover(URI, line, character).await;
    assert_eq!(
        hover["contents"]["value"],
        "No one is attributed, and no one is quoted before it."
    );
    assert_eq!(
        hover["range"],
        selection_in(LONE, "$0“Nobody told us anything about the timetable.”$0")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_carried_over_quote_names_the_speaker_and_where_from() {
    let (mut client, _) = opened(false, FERRY).await;
    let (line, character) = cursor_in(FERRY, "“$0Nobody came");
    let card = client.hover(URI, line, character).await["contents"]["value"].clone();
    assert_eq!(
        card,
        format!("**Ada Okafor** — said\n\nCarried over from the quote on [line 7]({URI}#L7).")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_attribution_fix_is_a_quick_fix() {
    let (mut client, _) = opened(false, FERRY).await;
    let in_quote = cursor_in(FERRY, "“$0Nobody came");
    let actions = client.result("textDocument/codeAction", json!({ "textDocument": { "uri": URI }, "range": range(in_quote, in_quote), "context": { "diagnostics": [] } })).await;
    let attribute = &actions[0];
    assert_eq!(
        attribute["title"],
        "Attribute to Okafor: add `, Okafor said`"
    );
    assert_eq!(attribute["kind"], "quickfix");
    assert_eq!(attribute["diagnostics"][0]["code"], "follow-on-quote");
    // The full stop inside the quote becomes a comma; the attribution follows the closing mark.
    let after_quote = cursor_in(FERRY, "help.”$0\n");
    assert_eq!(
        attribute["edit"]["changes"][URI],
        json!([
            { "range": selection_in(FERRY, "help$0.$0”"), "newText": "," },
            { "range": range(after_quote, after_quote), "newText": " Okafor said." }
        ])
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn disabling_a_rule_for_a_line_silences_it_once_applied() {
    for (uri, language) in [
        ("file:///desk/ferry.md", "markdown"),
        ("file:///desk/ferry.txt", "plaintext"),
    ] {
        let mut client = Client::start(Options::default()).await;
        client.open(uri, language, LONE).await;
        let published = client.diagnostics(uri).await;
        let flagged = coded(&published, "unattributed-quote")[0].clone();
        let actions = actions_at(&mut client, uri, flagged["range"].clone()).await;
        let disable = titled(&actions, "Disable unattributed-quote for this line");
        let edits = disable["edit"]["changes"][uri].clone();
        assert_eq!(
            edits,
            json!([{ "range": range((2, 0), (2, 0)), "newText": "<!-- copydesk-disable-next-line unattributed-quote -->\n" }])
        );
        let published = applied(&mut client, uri, &edits).await;
        assert_eq!(published["version"], 2);
        assert!(
            coded(&published, "unattributed-quote").is_empty()
                && coded(&published, "unused-suppression").is_empty(),
            "{published}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_misspelt_suppression_is_a_warning_whose_fix_makes_it_work() {
    let text = "Ferry resumes\n\n<!-- copydesk-disable-next-line unattributed-qoute -->\nIt rained all day. “Nobody told us anything about the timetable.”\n";
    let (mut client, published) = opened(false, text).await;
    let invalid = coded(&published, "invalid-suppression");
    assert_eq!(invalid.len(), 1, "{published}");
    assert_eq!(invalid[0]["severity"], 2);
    assert_eq!(
        invalid[0]["message"],
        "`unattributed-qoute` is not a copydesk rule, so this suppression silences nothing; did you mean `unattributed-quote`?"
    );
    let code = selection_in(text, "next-line $0unattributed-qoute$0 -->");
    assert_eq!(invalid[0]["range"], code);
    assert_eq!(coded(&published, "unattributed-quote").len(), 1);
    let actions = actions_at(&mut client, URI, code.clone()).await;
    // The rules about suppressions cannot be silenced from the draft.
    assert!(
        actions
            .iter()
            .all(|a| a["title"] != "Disable invalid-suppression for this line"),
        "{actions:?}"
    );
    let change = titled(&actions, "Change to `unattributed-quote`");
    let edits = change["edit"]["changes"][URI].clone();
    assert_eq!(
        edits,
        json!([{ "range": code, "newText": "unattributed-quote" }])
    );
    let published = applied(&mut client, URI, &edits).await;
    let codes: Vec<&Value> = published["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| &d["code"])
        .collect();
    assert_eq!(codes, vec!["missing-dateline"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_suppression_that_silences_nothing_is_a_hint() {
    let text = "Ferry resumes\n\nLAGOS, Nigeria — Ferries sailed. <!-- copydesk-disable-line name-spelling -->\n";
    let (_, published) = opened(false, text).await;
    let unused = coded(&published, "unused-suppression");
    assert_eq!(unused.len(), 1, "{published}");
    assert_eq!(unused[0]["severity"], 4);
    assert_eq!(
        unused[0]["message"],
        "This suppression silences nothing: no `name-spelling` finding on this line."
    );
    assert_eq!(
        unused[0]["range"],
        selection_in(
            text,
            "sailed. $0<!-- copydesk-disable-line name-spelling -->$0"
        )
    );
}

/// Applies a code action's edits as the editor would, and waits for the new diagnostics.
async fn applied(client: &mut Client, uri: &str, edits: &Value) -> Value {
    let changes: Vec<Value> = edits
        .as_array()
        .unwrap()
        .iter()
        .map(|e| json!({ "range": e["range"], "text": e["newText"] }))
        .collect();
    client.change(uri, 2, json!(changes)).await;
    client.diagnostics(uri).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn files_left_out_by_exclude_get_no_findings() {
    let workspace = tempfile::tempdir().unwrap();
    let root = workspace.path();
    std::fs::write(
        root.join("copydesk.toml"),
        "[files]\nexclude = [\"**/README*\", \"LICENSE\", \"archive/**\"]\n",
    )
    .unwrap();
    let mut client = Client::start(Options {
        root: Some(root.display().to_string()),
        ..Options::default()
    })
    .await;
    let undated = "Repository notes\n\nThese drafts are filed by the county desk.\n";
    let at = |path: &str| format!("file://{}", root.join(path).display());
    for (path, language) in [
        ("README.md", "markdown"),
        ("LICENSE", "plaintext"),
        ("archive/2019/flood.md", "markdown"),
    ] {
        client.open(&at(path), language, undated).await;
        let published = client.diagnostics(&at(path)).await;
        assert_eq!(published["diagnostics"], json!([]), "{path}: {published}");
    }
    client.open(&at("levee.md"), "markdown", undated).await;
    let published = client.diagnostics(&at("levee.md")).await;
    assert_eq!(
        coded(&published, "missing-dateline").len(),
        1,
        "{published}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_config_file_a_readme_gets_no_findings() {
    let workspace = tempfile::tempdir().unwrap();
    let mut client = Client::start(Options {
        root: Some(workspace.path().display().to_string()),
        ..Options::default()
    })
    .await;
    let readme = format!("file://{}", workspace.path().join("README.md").display());
    client
        .open(
            &readme,
            "markdown",
            "# Notes\n\nThese drafts are filed by the desk.\n",
        )
        .await;
    assert_eq!(client.diagnostics(&readme).await["diagnostics"], json!([]));
}
