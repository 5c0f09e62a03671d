//! An in-process language client: it runs the real server over an in-memory pipe with
//! JSON-RPC framing, as an editor would over stdio. Shared by the LSP tests and the benchmark.
#![allow(dead_code)] // Each test binary uses its own part of the harness.

use copydesk::server::{self, Analyzer, Ending};
use serde_json::{json, Value};
use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{
    AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader, DuplexStream, ReadHalf, WriteHalf,
};
use tokio::sync::{mpsc, Mutex};
use tokio::task::JoinHandle;

/// Long enough never to fire on a working server; only a hung one.
const HANG: Duration = Duration::from_secs(20);

pub struct Client {
    writer: Arc<Mutex<WriteHalf<DuplexStream>>>,
    incoming: mpsc::UnboundedReceiver<Value>,
    /// What the client answers to `workspace/configuration` (for each item asked).
    pub configuration: Arc<std::sync::Mutex<Value>>,
    /// Messages read while waiting for something else.
    backlog: VecDeque<Value>,
    next_id: i64,
    pub server: Option<JoinHandle<Ending>>,
}

pub struct Options {
    pub analyzer: Analyzer,
    pub utf8: bool,
    /// Declares LSP 3.18 snippet edits in workspace edits.
    pub snippets: bool,
    pub settings: Value,
    pub root: Option<String>,
    /// The client's `capabilities` in `initialize` exactly, instead of the modern client's
    /// that `utf8` and `snippets` adjust.
    pub capabilities: Option<Value>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            analyzer: Arc::new(copydesk::analyze_with_record),
            utf8: false,
            snippets: false,
            settings: json!({ "server": { "debounce-ms": 0 } }),
            root: None,
            capabilities: None,
        }
    }
}

impl Client {
    /// A server that has answered `initialize` and received `initialized`.
    pub async fn start(options: Options) -> Client {
        let mut client = Client::connect(options.analyzer);
        let encodings = if options.utf8 {
            json!(["utf-8", "utf-16"])
        } else {
            json!(["utf-16"])
        };
        let root = options.root.map(|path| format!("file://{path}"));
        // A modern editor's: Markdown hovers, code action literals, nested symbols with every
        // kind, settings pulled; edits without versions unless a test asks for them.
        let capabilities = options.capabilities.unwrap_or_else(|| {
            json!({
                "general": { "positionEncodings": encodings },
                "textDocument": {
                    "hover": { "contentFormat": ["markdown", "plaintext"] },
                    "codeAction": { "codeActionLiteralSupport": { "codeActionKind": {
                        "valueSet": ["quickfix", "source", "source.fixAll"] } } },
                    "documentSymbol": {
                        "hierarchicalDocumentSymbolSupport": true,
                        "symbolKind": { "valueSet": (1..=26).collect::<Vec<u32>>() }
                    }
                },
                "workspace": {
                    "configuration": true,
                    "didChangeWatchedFiles": { "dynamicRegistration": true },
                    "workspaceEdit": { "snippetEditSupport": options.snippets }
                }
            })
        });
        let answer = client
            .request(
                "initialize",
                json!({
                    "processId": null,
                    "rootUri": root,
                    "capabilities": capabilities,
                    "initializationOptions": options.settings,
                }),
            )
            .await;
        assert!(
            answer.get("result").is_some(),
            "initialize failed: {answer}"
        );
        client.notify("initialized", json!({})).await;
        client
    }

    pub fn connect(analyzer: Analyzer) -> Client {
        let (client_end, server_end) = tokio::io::duplex(1 << 20);
        let (server_read, server_write) = tokio::io::split(server_end);
        let server = tokio::spawn(server::serve(server_read, server_write, analyzer));
        let (client_read, client_write) = tokio::io::split(client_end);
        let writer = Arc::new(Mutex::new(client_write));
        let (sender, incoming) = mpsc::unbounded_channel();
        let configuration = Arc::new(std::sync::Mutex::new(Value::Null));
        tokio::spawn(read_messages(
            client_read,
            sender,
            Arc::clone(&writer),
            Arc::clone(&configuration),
        ));
        Client {
            writer,
            incoming,
            configuration,
            backlog: VecDeque::new(),
            next_id: 0,
            server: Some(server),
        }
    }

    /// How the server ended, once it has.
    pub async fn ending(&mut self) -> Ending {
        let server = self.server.take().expect("the server was started");
        tokio::time::timeout(HANG, server)
            .await
            .expect("the server did not stop")
            .expect("the server task panicked")
    }

    pub async fn send(&mut self, message: Value) {
        write_message(&self.writer, &message).await;
    }

    pub async fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }))
            .await;
    }

    /// Sends a request and returns the whole response (`result` or `error`).
    pub async fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }))
            .await;
        self.wait_for(|message| {
            message.get("id") == Some(&json!(id)) && message.get("method").is_none()
        })
        .await
    }

    /// The `result` of a request that must succeed.
    pub async fn result(&mut self, method: &str, params: Value) -> Value {
        let response = self.request(method, params).await;
        match response.get("result") {
            Some(result) => result.clone(),
            None => panic!("{method} failed: {response}"),
        }
    }

    /// The next notification with this method, keeping the others for later.
    pub async fn notification(&mut self, method: &str) -> Value {
        let message = self
            .wait_for(|message| {
                message.get("method") == Some(&json!(method)) && message.get("id").is_none()
            })
            .await;
        message["params"].clone()
    }

    /// The next request from the server with this method (already answered with `null`).
    pub async fn wait_for_request(&mut self, method: &str) -> Value {
        self.wait_for(|message| {
            message.get("method") == Some(&json!(method)) && message.get("id").is_some()
        })
        .await
    }

    /// The next `publishDiagnostics` for a document.
    pub async fn diagnostics(&mut self, uri: &str) -> Value {
        let message = self
            .wait_for(|m| {
                m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
            })
            .await;
        message["params"].clone()
    }

    /// Every message that has arrived and not been consumed yet, without waiting.
    pub fn drain(&mut self) -> Vec<Value> {
        while let Ok(message) = self.incoming.try_recv() {
            self.backlog.push_back(message);
        }
        self.backlog.drain(..).collect()
    }

    async fn wait_for(&mut self, wanted: impl Fn(&Value) -> bool) -> Value {
        if let Some(at) = self.backlog.iter().position(&wanted) {
            return self.backlog.remove(at).unwrap_or_default();
        }
        loop {
            let message = tokio::time::timeout(HANG, self.incoming.recv())
                .await
                .expect("the server did not answer")
                .expect("the server closed the pipe");
            if wanted(&message) {
                return message;
            }
            self.backlog.push_back(message);
        }
    }

    pub async fn open(&mut self, uri: &str, language_id: &str, text: &str) {
        self.notify("textDocument/didOpen", json!({ "textDocument": { "uri": uri, "languageId": language_id, "version": 1, "text": text } })).await;
    }

    pub async fn change(&mut self, uri: &str, version: i32, changes: Value) {
        self.notify("textDocument/didChange", json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": changes })).await;
    }

    pub async fn hover(&mut self, uri: &str, line: u32, character: u32) -> Value {
        self.result("textDocument/hover", json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": character } })).await
    }
}

async fn write_message(writer: &Mutex<WriteHalf<DuplexStream>>, message: &Value) {
    let body = message.to_string();
    let mut writer = writer.lock().await;
    writer
        .write_all(format!("Content-Length: {}\r\n\r\n{body}", body.len()).as_bytes())
        .await
        .expect("write to server");
    writer.flush().await.expect("flush to server");
}

/// Reads framed messages from the server. Requests from the server (registrations, edits to
/// apply) are answered with `null` at once, as a simple editor would, and also passed on;
/// `workspace/configuration` is answered with `configuration` for each item asked.
async fn read_messages(
    reader: ReadHalf<DuplexStream>,
    sender: mpsc::UnboundedSender<Value>,
    writer: Arc<Mutex<WriteHalf<DuplexStream>>>,
    configuration: Arc<std::sync::Mutex<Value>>,
) {
    let mut reader = BufReader::new(reader);
    loop {
        let mut length = None;
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header).await.unwrap_or(0) == 0 {
                return;
            }
            let header = header.trim();
            if header.is_empty() {
                break;
            }
            if let Some(value) = header.strip_prefix("Content-Length:") {
                length = value.trim().parse::<usize>().ok();
            }
        }
        let mut body = vec![0; length.expect("Content-Length header")];
        if reader.read_exact(&mut body).await.is_err() {
            return;
        }
        let message: Value = serde_json::from_slice(&body).expect("JSON from server");
        if message.get("method").is_some() {
            if let Some(id) = message.get("id") {
                let result = match message["method"].as_str() {
                    Some("workspace/configuration") => {
                        let items = message["params"]["items"].as_array().map_or(0, Vec::len);
                        let value = configuration.lock().unwrap().clone();
                        Value::Array(vec![value; items])
                    }
                    _ => Value::Null,
                };
                write_message(
                    &writer,
                    &json!({ "jsonrpc": "2.0", "id": id, "result": result }),
                )
                .await;
            }
        }
        if sender.send(message).is_err() {
            return;
        }
    }
}

/// A range as JSON, from zero-based line and column pairs.
/// The code actions the server offers at a range, with no diagnostics in the context.
pub async fn actions_at(client: &mut Client, uri: &str, at: Value) -> Vec<Value> {
    let answer = client.result("textDocument/codeAction", json!({ "textDocument": { "uri": uri }, "range": at, "context": { "diagnostics": [] } })).await;
    answer.as_array().cloned().unwrap_or_default()
}

/// The action with this title; the failure lists the actions there are.
pub fn titled<'a>(actions: &'a [Value], title: &str) -> &'a Value {
    actions
        .iter()
        .find(|a| a["title"] == title)
        .unwrap_or_else(|| panic!("no action {title:?} in {actions:?}"))
}

pub fn range(start: (u32, u32), end: (u32, u32)) -> Value {
    json!({ "start": { "line": start.0, "character": start.1 }, "end": { "line": end.0, "character": end.1 } })
}

/// The sample draft from the shared corpus, copied once into the fixtures.
pub fn summit() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/summit.txt"
    ))
    .expect("tests/fixtures/summit.txt")
}

/// Line and UTF-16 column of the first occurrence of `needle` in `text`.
pub fn position_of(text: &str, needle: &str) -> (u32, u32) {
    let offset = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the draft"));
    position_at(text, offset)
}

/// Marks a place in a fixture, as in rust-analyzer's tests: `“We$0 are home”` is the cursor
/// just after "We".
pub const CURSOR: &str = "$0";

/// A fixture with one `$0` in it: the text without the marker, and the marker's position
/// (zero-based line and UTF-16 column, as a client sends it).
pub fn cursor(fixture: &str) -> (String, (u32, u32)) {
    let (text, [at]) = without_markers(fixture);
    let position = position_at(&text, at);
    (text, position)
}

/// Where the `$0` of `excerpt` falls in `text`, which holds the excerpt (without its marker)
/// exactly once: `cursor_in(DRAFT, "“We$0 are home”")`.
pub fn cursor_in(text: &str, excerpt: &str) -> (u32, u32) {
    let (plain, [at]) = without_markers(excerpt);
    position_at(text, offset_of_excerpt(text, &plain) + at)
}

/// The range between the two `$0` of `excerpt`, found in `text` as `cursor_in` finds one:
/// `selection_in(DRAFT, "$0Charapp$0 added")` is the range of "Charapp".
pub fn selection_in(text: &str, excerpt: &str) -> Value {
    let (plain, [start, end]) = without_markers(excerpt);
    let found = offset_of_excerpt(text, &plain);
    range(
        position_at(text, found + start),
        position_at(text, found + end),
    )
}

/// The fixture without its `$0` markers, and the byte offset of each in the text left.
fn without_markers<const MARKERS: usize>(fixture: &str) -> (String, [usize; MARKERS]) {
    let pieces: Vec<&str> = fixture.split(CURSOR).collect();
    assert_eq!(
        pieces.len(),
        MARKERS + 1,
        "{fixture:?} should hold {MARKERS} {CURSOR} marker(s)"
    );
    let mut offsets = [0; MARKERS];
    let mut text = String::with_capacity(fixture.len());
    for (marker, piece) in pieces.iter().enumerate() {
        text.push_str(piece);
        if let Some(offset) = offsets.get_mut(marker) {
            *offset = text.len();
        }
    }
    (text, offsets)
}

fn offset_of_excerpt(text: &str, excerpt: &str) -> usize {
    let found: Vec<usize> = text.match_indices(excerpt).map(|(at, _)| at).collect();
    match found[..] {
        [at] => at,
        _ => panic!(
            "{excerpt:?} is in the draft {} times; mark a longer excerpt",
            found.len()
        ),
    }
}

/// Line and UTF-16 column of a byte offset.
fn position_at(text: &str, offset: usize) -> (u32, u32) {
    let before = &text[..offset];
    let line = before.matches('\n').count() as u32;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..offset].encode_utf16().count() as u32)
}

/// The real analysis plus two stand-in findings, so that the server's mechanics can be tested
/// before (and independently of) the rules: every curly-quoted passage is flagged as an
/// unattributed quote with an "add attribution" fix, and every "Charapp" as a misspelling of
/// "Charap" with a fix and a pointer to the first "Charap".
pub fn flagging_analyzer() -> Analyzer {
    use copydesk::config::Level;
    use copydesk::finding::{Applicability, Edit, Finding, Fix};
    use copydesk::rules::Rule;
    use copydesk::text::Span;
    Arc::new(
        |text: &str, format, config: &copydesk::Config, record: &_| {
            let mut analysis = copydesk::analyze_with_record(text, format, config, record);
            // Only the stand-in's own flags, so ranges are exact whatever the real rules find.
            analysis.findings.clear();
            let mut from = 0;
            while let Some(open) = text[from..].find('“').map(|i| from + i) {
                let Some(close) = text[open..].find('”').map(|i| open + i + '”'.len_utf8())
                else {
                    break;
                };
                let fix = Fix {
                    title: "Add an attribution".into(),
                    edits: vec![Edit {
                        span: Span::empty(close),
                        new_text: " she said".into(),
                    }],
                    applicability: Applicability::Unsafe,
                    snippet: None,
                };
                analysis.findings.push(
                    Finding::new(
                        Rule::UnattributedQuote,
                        Span::new(open, close),
                        "A direct quotation has no speaker.",
                    )
                    .with_fix(fix),
                );
                from = close;
            }
            let majority = text
                .find("Charap ")
                .map(|at| Span::new(at, at + "Charap".len()));
            for (at, _) in text.match_indices("Charapp") {
                let span = Span::new(at, at + "Charapp".len());
                let mut finding = Finding::new(
                    Rule::NameSpelling,
                    span,
                    "“Charapp” is spelled “Charap” elsewhere.",
                )
                .with_fix(Fix::replace(
                    "Change to “Charap”",
                    span,
                    "Charap",
                    Applicability::Safe,
                ));
                if let Some(majority) = majority {
                    finding = finding.with_related(majority, "“Charap” is first used here");
                }
                analysis.findings.push(finding);
            }
            // Configured levels apply to the stand-ins as `analyze` applies them to real findings.
            analysis
                .findings
                .retain_mut(|finding| match config.level(finding.rule) {
                    Level::Off => false,
                    Level::On(severity) => {
                        finding.severity = severity;
                        true
                    }
                });
            analysis
                .findings
                .sort_by_key(|f| (f.span.start, f.span.end));
            analysis
        },
    )
}

/// An analysis that panics on drafts containing "PANIC", to show that the server survives.
pub fn panicking_analyzer() -> Analyzer {
    Arc::new(
        |text: &str, format, config: &copydesk::Config, record: &_| {
            if text.contains("PANIC") {
                panic!("the analysis blew up");
            }
            copydesk::analyze_with_record(text, format, config, record)
        },
    )
}
