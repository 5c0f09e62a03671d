//! Hostile traffic against the real `copydesk lsp` process over stdio: broken frames and
//! bodies, unknown methods, positions anywhere, edits to documents that are not open or
//! ranges outside them, a 20 MB draft, NULs, lone surrogates, combining marks and emoji, and a
//! thousand edits sent without waiting. After each case the server still answers a hover on a
//! known person with the right card, never publishes diagnostics for a version older than one
//! it has already published, and exits with status 0 after `shutdown` and `exit`, with no
//! panic on stderr. Every wait is bounded, so a hung server fails the test instead of CI.

mod lsp_harness;

use lsp_harness::{position_of, summit};
use serde_json::{json, Value};
use std::collections::{HashMap, VecDeque};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Long enough never to fire on a working server, only on a hung one.
const HANG: Duration = Duration::from_secs(60);
/// The 20 MB draft is analysed by a debug build, on a machine shared with other builds.
const BIG_HANG: Duration = Duration::from_secs(600);

/// The known draft: a hover on "Morag Beaton" must always give this card.
const KNOWN: &str = "Ferry resumes after storm\n\nPORTREE, Scotland — The ferry to Raasay ran again on Monday, three days after the storm closed the crossing.\n\n“We lost three days of trade,” said Morag Beaton, who runs the harbour cafe.\n\nBeaton said the council had promised repairs by June.\n";
const KNOWN_URI: &str = "file:///desk/known.txt";

fn beaton_card(uri: &str) -> String {
    format!("**Morag Beaton**\n\n1 quote:\n\n- “We lost three days of trade,” — [line 5]({uri}#L5)\n\nMentioned 2 times.")
}

fn position(line: impl Into<Value>, character: impl Into<Value>) -> Value {
    json!({ "line": line.into(), "character": character.into() })
}

fn range(start: Value, end: Value) -> Value {
    json!({ "start": start, "end": end })
}

fn frame(body: &[u8]) -> Vec<u8> {
    let mut framed = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    framed.extend_from_slice(body);
    framed
}

/// The real server as a child process, with a thread reading its framed output.
struct Lsp {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    /// Messages read while waiting for something else.
    backlog: VecDeque<Value>,
    stderr: Option<JoinHandle<String>>,
    next_id: i64,
    /// The newest version published per document, since it was last opened.
    published: HashMap<String, i64>,
}

impl Lsp {
    /// A server that has answered `initialize`, with the known draft open and analysed.
    fn start() -> Lsp {
        let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start copydesk lsp");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let mut stderr = child.stderr.take().expect("stderr");
        let (sender, incoming) = mpsc::channel();
        std::thread::spawn(move || read_messages(BufReader::new(stdout), sender));
        let stderr = std::thread::spawn(move || {
            let mut text = String::new();
            let _ = stderr.read_to_string(&mut text);
            text
        });
        let mut lsp = Lsp {
            child,
            stdin,
            incoming,
            backlog: VecDeque::new(),
            stderr: Some(stderr),
            next_id: 0,
            published: HashMap::new(),
        };
        // Markdown hovers, so that `assert_alive` reads the card as editors show it.
        let capabilities =
            json!({ "textDocument": { "hover": { "contentFormat": ["markdown"] } } });
        let answer = lsp.request(
            "initialize",
            json!({ "processId": null, "rootUri": null, "capabilities": capabilities }),
        );
        assert!(answer.get("result").is_some(), "initialize: {answer}");
        lsp.notify("initialized", json!({}));
        lsp.open(KNOWN_URI, KNOWN);
        lsp.settle(KNOWN_URI, 1);
        lsp.assert_alive();
        lsp
    }

    fn send_raw(&mut self, bytes: &[u8]) {
        self.stdin.write_all(bytes).expect("write to the server");
        self.stdin.flush().expect("flush to the server");
    }

    fn send(&mut self, message: Value) {
        self.send_raw(&frame(message.to_string().as_bytes()));
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    /// Sends a request and returns the whole response (`result` or `error`).
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        self.response(json!(id))
    }

    fn response(&mut self, id: Value) -> Value {
        self.wait_for(HANG, |m| m["id"] == id && m.get("method").is_none())
    }

    /// The `result` of a request that must succeed.
    fn result(&mut self, method: &str, params: Value) -> Value {
        let response = self.request(method, params);
        match response.get("result") {
            Some(result) => result.clone(),
            None => panic!("{method} failed: {response}"),
        }
    }

    /// The error code of a request that must fail.
    fn error_code(&mut self, method: &str, params: Value) -> i64 {
        let response = self.request(method, params);
        response["error"]["code"]
            .as_i64()
            .unwrap_or_else(|| panic!("{method} did not fail: {response}"))
    }

    /// The next error answered to no request (`id` null), as the server's answer to a
    /// message it could not read.
    fn unaddressed_error(&mut self) -> i64 {
        let answer = self.wait_for(HANG, |m| {
            m.get("id") == Some(&Value::Null) && m.get("error").is_some()
        });
        answer["error"]["code"].as_i64().expect("an error code")
    }

    fn wait_for(&mut self, patience: Duration, wanted: impl Fn(&Value) -> bool) -> Value {
        if let Some(at) = self.backlog.iter().position(&wanted) {
            return self.backlog.remove(at).unwrap_or_default();
        }
        let deadline = Instant::now() + patience;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let message = match self.incoming.recv_timeout(left) {
                Ok(message) => message,
                Err(RecvTimeoutError::Timeout) => panic!("the server did not answer"),
                Err(RecvTimeoutError::Disconnected) => panic!(
                    "the server closed its output; stderr:\n{}",
                    self.stderr
                        .take()
                        .and_then(|s| s.join().ok())
                        .unwrap_or_default()
                ),
            };
            self.check(&message);
            if wanted(&message) {
                return message;
            }
            self.backlog.push_back(message);
        }
    }

    /// Published versions of a document never go backwards.
    fn check(&mut self, message: &Value) {
        if message["method"] != "textDocument/publishDiagnostics" {
            return;
        }
        let params = &message["params"];
        let (Some(uri), Some(version)) = (params["uri"].as_str(), params["version"].as_i64())
        else {
            return;
        };
        let newest = self.published.entry(uri.to_string()).or_insert(version);
        assert!(
            version >= *newest,
            "{uri}: version {version} published after version {newest}"
        );
        *newest = version;
    }

    fn open(&mut self, uri: &str, text: &str) {
        self.published.remove(uri);
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "plaintext", "version": 1, "text": text } }),
        );
    }

    fn change(&mut self, uri: &str, version: i64, changes: Value) {
        self.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": changes }),
        );
    }

    fn close(&mut self, uri: &str) {
        self.notify(
            "textDocument/didClose",
            json!({ "textDocument": { "uri": uri } }),
        );
    }

    /// The diagnostics published for `version`, which must come (no newer version is sent
    /// meanwhile, and no older one may follow it).
    fn settle(&mut self, uri: &str, version: i64) -> Value {
        self.settle_within(uri, version, HANG)
    }

    fn settle_within(&mut self, uri: &str, version: i64, patience: Duration) -> Value {
        let published = self.wait_for(patience, |m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"].as_i64() >= Some(version)
        });
        assert_eq!(published["params"]["version"], version, "{published}");
        published["params"]["diagnostics"].clone()
    }

    fn hover(&mut self, uri: &str, at: (u32, u32)) -> Value {
        self.result(
            "textDocument/hover",
            json!({ "textDocument": { "uri": uri }, "position": position(at.0, at.1) }),
        )
    }

    /// The server still answers a hover on the known draft with the right card.
    fn assert_alive(&mut self) {
        let hover = self.hover(KNOWN_URI, position_of(KNOWN, "Beaton, who"));
        assert_eq!(
            hover["contents"]["value"],
            beaton_card(KNOWN_URI),
            "{hover}"
        );
    }

    /// The diagnostics of `text` opened fresh under a scratch URI, written as if for `uri`.
    fn fresh_diagnostics(&mut self, uri: &str, text: &str) -> Value {
        let scratch = format!("{uri}.fresh");
        self.open(&scratch, text);
        let diagnostics = self.settle(&scratch, 1);
        self.close(&scratch);
        serde_json::from_str(&diagnostics.to_string().replace(&scratch, uri)).expect("JSON")
    }

    /// `shutdown`, `exit`, status 0, and no panic on stderr, which is returned.
    fn finish(mut self) -> String {
        assert_eq!(self.result("shutdown", Value::Null), Value::Null);
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + HANG;
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("wait for the server") {
                break status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("the server did not exit");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        // Whatever arrived last is checked too.
        while let Ok(message) = self.incoming.recv_timeout(HANG) {
            self.check(&message);
        }
        let stderr = self
            .stderr
            .take()
            .and_then(|s| s.join().ok())
            .unwrap_or_default();
        assert!(
            !stderr.contains("panicked"),
            "the server panicked:\n{stderr}"
        );
        assert_eq!(status.code(), Some(0), "stderr:\n{stderr}");
        stderr
    }
}

/// A test that fails midway leaves no server behind.
impl Drop for Lsp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Reads framed messages until the server closes its output.
fn read_messages(mut reader: impl BufRead, sender: mpsc::Sender<Value>) {
    let mut headers = Vec::new();
    while reader.read_until(b'\n', &mut headers).unwrap_or(0) > 0 {
        if !headers.ends_with(b"\r\n\r\n") {
            continue;
        }
        let length = String::from_utf8_lossy(&headers)
            .lines()
            .find_map(|line| line.strip_prefix("Content-Length:")?.trim().parse().ok())
            .expect("a Content-Length header from the server");
        headers.clear();
        let mut body = vec![0; length];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        let message: Value = serde_json::from_slice(&body).expect("JSON from the server");
        if sender.send(message).is_err() {
            return;
        }
    }
}

#[test]
fn broken_frames_and_bodies_are_answered_and_reading_goes_on() {
    let mut lsp = Lsp::start();
    // Valid framing, broken JSON.
    lsp.send_raw(&frame(b"{\"jsonrpc\": \"2.0\", \"method\": "));
    assert_eq!(lsp.unaddressed_error(), -32700);
    lsp.assert_alive();
    // A Content-Length that is not a number, then none at all.
    lsp.send_raw(b"Content-Length: twelve\r\n\r\n{\"id\": 1}");
    assert_eq!(lsp.unaddressed_error(), -32700);
    lsp.assert_alive();
    lsp.send_raw(b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{\r\n\r\n}\r\n");
    assert_eq!(lsp.unaddressed_error(), -32700);
    lsp.assert_alive();
    lsp.send_raw(b"Content-Length: 99999999999999999999999\r\n\r\n{}");
    assert_eq!(lsp.unaddressed_error(), -32700);
    lsp.send_raw(b"Content-Length: -5\r\n\r\n{}");
    assert_eq!(lsp.unaddressed_error(), -32700);
    lsp.assert_alive();
    // A Content-Length too short: the rest of the body runs into the next header.
    lsp.send_raw(b"Content-Length: 12\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"initialized\"}");
    assert_eq!(lsp.unaddressed_error(), -32700);
    lsp.assert_alive();
    // Valid JSON that is not JSON-RPC.
    lsp.send_raw(&frame(b"[1, 2, 3]"));
    assert_eq!(lsp.unaddressed_error(), -32600);
    lsp.send_raw(&frame(b"\"hello\""));
    assert_eq!(lsp.unaddressed_error(), -32600);
    // Without a method it may be a broken response: answered, but not as if to request 901.
    lsp.send(json!({ "jsonrpc": "2.0", "id": 901 }));
    assert_eq!(lsp.unaddressed_error(), -32600);
    lsp.send(json!({ "jsonrpc": "1.0", "id": 902, "method": "textDocument/hover" }));
    assert_eq!(lsp.response(json!(902))["error"]["code"], -32600);
    lsp.send(json!({ "jsonrpc": "2.0", "id": 903, "method": 7 }));
    assert_eq!(lsp.response(json!(903))["error"]["code"], -32600);
    lsp.assert_alive();
    // Unknown methods: requests are refused, notifications ignored.
    assert_eq!(lsp.error_code("copydesk/frobnicate", json!({})), -32601);
    assert_eq!(lsp.error_code("$/copydesk/frobnicate", json!({})), -32601);
    assert_eq!(
        lsp.error_code("textDocument/hover", json!("nonsense")),
        -32602
    );
    // A notification sent as a request, and a second `initialize`.
    assert_eq!(
        lsp.error_code(
            "textDocument/didSave",
            json!({ "textDocument": { "uri": KNOWN_URI } })
        ),
        -32600
    );
    assert_eq!(
        lsp.error_code("initialize", json!({ "capabilities": {} })),
        -32600
    );
    lsp.notify("copydesk/frobnicate", json!({ "any": "thing" }));
    lsp.notify("$/cancelRequest", json!({ "id": 123456 }));
    lsp.notify("textDocument/didOpen", json!({ "textDocument": 5 }));
    lsp.send(json!({ "jsonrpc": "2.0", "id": 904, "result": null }));
    lsp.assert_alive();
    // Nothing above earned an answer but those already read.
    lsp.hover(KNOWN_URI, (0, 0));
    let unexpected: Vec<&Value> = lsp
        .backlog
        .iter()
        .filter(|m| m.get("error").is_some())
        .collect();
    assert!(unexpected.is_empty(), "{unexpected:?}");
    lsp.finish();
}

#[test]
fn positions_past_the_end_negative_or_huge_are_clamped_or_refused() {
    let mut lsp = Lsp::start();
    let uri = "file:///desk/positions.txt";
    lsp.open(uri, KNOWN);
    lsp.settle(uri, 1);
    let document = json!({ "uri": uri });
    let anywhere = [
        (json!(999), json!(999)),
        (json!(4), json!(9999)),
        (json!(u32::MAX), json!(u32::MAX)),
        (json!(0), json!(u32::MAX)),
    ];
    let refused = [
        (json!(-1), json!(0)),
        (json!(0), json!(-1)),
        (json!(u64::from(u32::MAX) + 1), json!(0)),
        (json!(1.5), json!(0)),
    ];
    for (line, character) in anywhere.iter().chain(&refused) {
        let at = position(line.clone(), character.clone());
        let requests = [
            (
                "textDocument/hover",
                json!({ "textDocument": document, "position": at }),
            ),
            (
                "textDocument/definition",
                json!({ "textDocument": document, "position": at }),
            ),
            (
                "textDocument/references",
                json!({ "textDocument": document, "position": at, "context": { "includeDeclaration": true } }),
            ),
            (
                "textDocument/documentHighlight",
                json!({ "textDocument": document, "position": at }),
            ),
            (
                "textDocument/prepareRename",
                json!({ "textDocument": document, "position": at }),
            ),
            (
                "textDocument/codeAction",
                json!({ "textDocument": document, "range": range(position(0, 0), at.clone()), "context": { "diagnostics": [] } }),
            ),
            (
                "textDocument/codeAction",
                json!({ "textDocument": document, "range": range(at.clone(), at.clone()), "context": { "diagnostics": [] } }),
            ),
            (
                "textDocument/inlayHint",
                json!({ "textDocument": document, "range": range(at.clone(), position(0, 0)) }),
            ),
        ];
        let refuse = refused.contains(&(line.clone(), character.clone()));
        for (method, params) in requests {
            let answer = lsp.request(method, params);
            if refuse {
                assert_eq!(
                    answer["error"]["code"], -32602,
                    "{method} at {at}: {answer}"
                );
            } else {
                assert!(answer.get("result").is_some(), "{method} at {at}: {answer}");
            }
        }
        lsp.assert_alive();
    }
    // A hover past the end of the line is clamped to its end.
    assert_eq!(lsp.hover(uri, (999, 999)), Value::Null);

    // Edits: an insertion past the end lands at the end; a refused range changes nothing.
    let mut text = KNOWN.to_string();
    lsp.change(uri, 2, json!([{ "range": range(position(999, 999), position(999, 999)), "text": "Fares rise in July.\n" }]));
    text.push_str("Fares rise in July.\n");
    for (line, character) in &refused {
        let at = position(line.clone(), character.clone());
        lsp.change(
            uri,
            3,
            json!([{ "range": range(at.clone(), at), "text": "NEVER" }]),
        );
    }
    // Past the end of a line: at its end, before the line break.
    lsp.change(
        uri,
        3,
        json!([{ "range": range(position(0, u32::MAX), position(0, 4000)), "text": " again" }]),
    );
    text = text.replacen("after storm\n", "after storm again\n", 1);
    // Backwards and huge: the whole text from the start of the second line.
    lsp.change(uri, 4, json!([{ "range": range(position(u32::MAX, u32::MAX), position(1, 0)), "text": "\nSKYE — Ferries ran.\n" }]));
    text = format!(
        "{}\nSKYE — Ferries ran.\n",
        &text[..text.find('\n').unwrap() + 1]
    );
    let published = lsp.settle(uri, 4);
    assert_eq!(published, lsp.fresh_diagnostics(uri, &text));
    lsp.assert_alive();
    let stderr = lsp.finish();
    // The refused edits are not silent: the log says the draft may be out of step.
    assert_eq!(
        stderr
            .matches("ignored textDocument/didChange with unreadable parameters")
            .count(),
        refused.len(),
        "{stderr}"
    );
}

#[test]
fn edits_to_unopened_documents_and_outside_ranges() {
    let mut lsp = Lsp::start();
    let ghost = "file:///desk/ghost.txt";
    lsp.change(
        ghost,
        2,
        json!([{ "range": range(position(0, 0), position(0, 0)), "text": "Boo" }]),
    );
    lsp.change(ghost, 3, json!([{ "text": "Boo" }]));
    lsp.assert_alive();
    assert_eq!(lsp.hover(ghost, (0, 0)), Value::Null);
    assert_eq!(
        lsp.result("textDocument/codeAction", json!({ "textDocument": { "uri": ghost }, "range": range(position(0, 0), position(0, 3)), "context": { "diagnostics": [] } })),
        Value::Null
    );
    // Opening it later starts from the opened text, not from the edits above.
    lsp.open(ghost, KNOWN);
    let published = lsp.settle(ghost, 1);
    assert_eq!(published, lsp.fresh_diagnostics(ghost, KNOWN));
    assert_eq!(
        lsp.hover(ghost, position_of(KNOWN, "Beaton, who"))["contents"]["value"],
        beaton_card(ghost)
    );
    // Ranges wholly outside the document are clamped to its end.
    lsp.change(
        ghost,
        2,
        json!([
            { "range": range(position(40, 0), position(50, 7)), "text": "Ferries ran late." },
            { "range": range(position(60, 0), position(40, 3)), "text": "\nNobody complained." },
        ]),
    );
    let text = format!("{KNOWN}Ferries ran late.\nNobody complained.");
    let published = lsp.settle(ghost, 2);
    assert_eq!(published, lsp.fresh_diagnostics(ghost, &text));
    lsp.assert_alive();
    // Closing twice, or a document never opened, is harmless.
    lsp.close(ghost);
    lsp.close(ghost);
    lsp.close("file:///desk/never.txt");
    lsp.change(ghost, 3, json!([{ "text": "gone" }]));
    assert_eq!(lsp.hover(ghost, (0, 0)), Value::Null);
    lsp.assert_alive();
    lsp.finish();
}

#[test]
fn a_twenty_megabyte_draft_is_analysed_and_the_server_stays_responsive() {
    let mut lsp = Lsp::start();
    let uri = "file:///desk/huge.txt";
    // The known draft, then 20 MB of filler lines with NULs in them.
    let filler = "\0 filler \0 line \0\n".repeat(20_000_000 / 18);
    let text = format!("{KNOWN}{filler}");
    assert!(text.len() > 20_000_000);
    lsp.open(uri, &text);
    // Other documents are answered while the big one is read and analysed.
    lsp.assert_alive();
    lsp.settle_within(uri, 1, BIG_HANG);
    assert_eq!(
        lsp.hover(uri, position_of(KNOWN, "Beaton, who"))["contents"]["value"],
        beaton_card(uri)
    );
    // An edit at the very end, located by a huge position.
    lsp.change(uri, 2, json!([{ "range": range(position(u32::MAX, 0), position(u32::MAX, 0)), "text": "Beaton closed the cafe." }]));
    lsp.settle_within(uri, 2, BIG_HANG);
    lsp.close(uri);
    lsp.assert_alive();
    lsp.finish();
}

#[test]
fn nuls_lone_surrogates_combining_marks_and_emoji() {
    let mut lsp = Lsp::start();
    // NULs, a combining diaeresis, a skin-toned wave and a flag before the person.
    let odd = KNOWN
        .replacen("Ferry", "Fe\0rry", 1)
        .replacen("Raasay", "Raasay 🇬🇧 \0", 1)
        .replacen("“We lost", "Zoe\u{308} 👋🏽 “We lost", 1);
    let uri = "file:///desk/odd.txt";
    lsp.open(uri, &odd);
    let published = lsp.settle(uri, 1);
    assert_eq!(published, lsp.fresh_diagnostics(uri, &odd));
    let card = lsp.hover(uri, position_of(&odd, "Beaton, who"));
    assert_eq!(card["range"]["start"], {
        let (line, character) = position_of(&odd, "Morag Beaton");
        position(line, character)
    });
    lsp.assert_alive();

    // Lone surrogates escaped in JSON strings read as U+FFFD, one UTF-16 unit each as in the
    // editor, so positions after them still line up.
    let lone = "file:///desk/lone.txt";
    let escaped = serde_json::to_string(KNOWN)
        .unwrap()
        .replacen("Ferry", "Fe\\ud800rry", 1)
        .replacen("“We lost", "\\udc00\\ud83d “We lost", 1);
    let body = format!("{{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{{\"textDocument\":{{\"uri\":\"{lone}\",\"languageId\":\"plaintext\",\"version\":1,\"text\":{escaped}}}}}}}");
    lsp.published.remove(lone);
    lsp.send_raw(&frame(body.as_bytes()));
    let replaced = KNOWN.replacen("Ferry", "Fe\u{FFFD}rry", 1).replacen(
        "“We lost",
        "\u{FFFD}\u{FFFD} “We lost",
        1,
    );
    let published = lsp.settle(lone, 1);
    assert_eq!(published, lsp.fresh_diagnostics(lone, &replaced));
    let at = position_of(&replaced, "Beaton, who");
    assert_eq!(lsp.hover(lone, at)["contents"]["value"], beaton_card(lone));
    // In an edit, and in a request's URI.
    let body = format!("{{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{{\"textDocument\":{{\"uri\":\"{lone}\",\"version\":2}},\"contentChanges\":[{{\"range\":{},\"text\":\"\\udfff!\"}}]}}}}", range(position(0, 0), position(0, 0)));
    lsp.send_raw(&frame(body.as_bytes()));
    let published = lsp.settle(lone, 2);
    assert_eq!(
        published,
        lsp.fresh_diagnostics(lone, &format!("\u{FFFD}!{replaced}"))
    );
    let body = "{\"jsonrpc\":\"2.0\",\"id\":950,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"file:///desk/\\ud800.txt\"},\"position\":{\"line\":0,\"character\":0}}}";
    lsp.send_raw(&frame(body.as_bytes()));
    let answer = lsp.response(json!(950));
    assert!(answer.get("result").is_some() || answer.get("error").is_some());
    // Bytes that are not UTF-8 in a body read as U+FFFD too.
    let mut body = b"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"file:///desk/lone.txt\",\"version\":3},\"contentChanges\":[{\"range\":{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":0,\"character\":2}},\"text\":\"".to_vec();
    body.extend_from_slice(b"\xff\xfe\"}]}}");
    lsp.send_raw(&frame(&body));
    let published = lsp.settle(lone, 3);
    assert_eq!(
        published,
        lsp.fresh_diagnostics(lone, &format!("\u{FFFD}\u{FFFD}{replaced}"))
    );
    lsp.assert_alive();

    // Edits that split a surrogate pair or a grapheme snap to whole characters.
    let (line, wave) = position_of(&odd, "👋🏽");
    lsp.change(
        uri,
        2,
        json!([{ "range": range(position(line, wave + 1), position(line, wave + 3)), "text": "" }]),
    );
    let (line, flag) = position_of(&odd, "🇬🇧");
    lsp.change(uri, 3, json!([{ "range": range(position(line, flag + 1), position(line, flag + 1)), "text": "\u{301}" }]));
    lsp.settle(uri, 3);
    assert_eq!(
        lsp.hover(uri, (0, 0)),
        Value::Null,
        "the headline has no person"
    );
    lsp.assert_alive();
    lsp.finish();
}

#[test]
fn a_thousand_edits_sent_without_waiting_end_as_a_fresh_open_would() {
    let mut lsp = Lsp::start();
    let uri = "file:///desk/typing.txt";
    lsp.open(uri, KNOWN);
    lsp.settle(uri, 1);
    // Typing a new paragraph at the end, one character at a time, with a backspace now and
    // then; the last line is kept as UTF-16 units to place each edit.
    let typed = "“The crossing is safe again,” said Ewan MacLeod, the harbour master. 👋🏽 Zoe\u{308} Beaton, no relation, said “nothing at all” and left. ";
    let mut text = KNOWN.to_string();
    let line = KNOWN.matches('\n').count() as u32;
    let mut last_line: Vec<char> = Vec::new();
    let mut characters = typed.chars().cycle();
    for version in 2..=1001 {
        let column = |chars: &[char]| chars.iter().map(|c| c.len_utf16()).sum::<usize>() as u32;
        let end = column(&last_line);
        if version % 7 == 0 && !last_line.is_empty() {
            let gone = last_line.pop().unwrap();
            let start = end - gone.len_utf16() as u32;
            lsp.change(
                uri,
                version,
                json!([{ "range": range(position(line, start), position(line, end)), "text": "" }]),
            );
        } else {
            let typed = characters.next().unwrap();
            last_line.push(typed);
            lsp.change(uri, version, json!([{ "range": range(position(line, end), position(line, end)), "text": typed.to_string() }]));
        }
    }
    text.extend(last_line);
    let published = lsp.settle(uri, 1001);
    assert_eq!(published, lsp.fresh_diagnostics(uri, &text));
    assert!(
        published.as_array().is_some_and(|d| !d.is_empty()),
        "the typed paragraph is flagged: {published}"
    );
    let card = lsp.hover(uri, position_of(&text, "Beaton, who"))["contents"]["value"].clone();
    let scratch = "file:///desk/typing.txt.fresh";
    lsp.open(scratch, &text);
    lsp.settle(scratch, 1);
    let fresh = lsp.hover(scratch, position_of(&text, "Beaton, who"))["contents"]["value"].clone();
    assert_eq!(card.to_string(), fresh.to_string().replace(scratch, uri));
    lsp.assert_alive();
    lsp.finish();
}

#[test]
fn a_document_closed_and_reopened_mid_analysis_shows_only_the_new_text() {
    let mut lsp = Lsp::start();
    // A long draft, slow to analyse, closed and reopened as the known draft before its
    // analysis ends. A draft three times as long, opened just after it under another URI,
    // shows when that analysis is over.
    let summit = summit();
    let long = summit.repeat(40);
    let uri = "file:///desk/reopened.txt";
    let twin = "file:///desk/twin.txt";
    lsp.open(uri, &long);
    lsp.open(twin, &summit.repeat(120));
    lsp.close(uri);
    // What was published for the long draft before its close (its analysis may win the race
    // on a busy machine) is not the reopened draft's: the close's clearing publication is the
    // line between the two.
    let publication = "textDocument/publishDiagnostics";
    lsp.wait_for(BIG_HANG, |m| {
        m["method"] == publication && m["params"]["uri"] == uri && m["params"]["version"].is_null()
    });
    lsp.backlog
        .retain(|m| !(m["method"] == publication && m["params"]["uri"] == uri));
    lsp.open(uri, KNOWN);
    let expected = lsp.fresh_diagnostics(uri, KNOWN);
    lsp.settle_within(twin, 1, BIG_HANG);
    lsp.assert_alive();
    let card = lsp.hover(uri, position_of(KNOWN, "Beaton, who"));
    assert_eq!(card["contents"]["value"], beaton_card(uri));
    lsp.close(twin);
    lsp.assert_alive();
    // The reopened draft's own publication may come before or after the twin's: wait for it,
    // then every other publication under its version must say the same.
    let first = lsp.settle_within(uri, 1, BIG_HANG);
    let published: Vec<Value> = std::iter::once(first)
        .chain(
            lsp.backlog
                .iter()
                .filter(|m| {
                    m["method"] == "textDocument/publishDiagnostics" && m["params"]["version"] == 1
                })
                .filter(|m| m["params"]["uri"] == uri)
                .map(|m| m["params"]["diagnostics"].clone()),
        )
        .collect();
    assert!(published.iter().all(|d| *d == expected), "{published:?}");
    lsp.finish();
}
