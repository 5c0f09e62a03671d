//! The wire: Content-Length framing over a pair of byte streams, read here rather than by
//! tower-lsp. tower-lsp's own transport stops reading at the first message it cannot decode
//! (a body that is not JSON, JSON that is not JSON-RPC, a bad header, a lone surrogate in a
//! string), which ended the session and took the editor's diagnostics with it. Here such a
//! message is answered with a JSON-RPC error, logged on stderr, and the next one is read.
//! Everything else follows tower-lsp's transport: the same concurrency, the same queues.

use futures::channel::mpsc;
use futures::{future, join, stream, FutureExt, SinkExt, StreamExt, TryFutureExt};
use serde_json::Value;
use std::fmt::Display;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tower::Service;
use tower_lsp::jsonrpc::{Error, Id, Request, Response};
use tower_lsp::ClientSocket;

/// As in tower-lsp: requests answered at once, and messages queued before reading waits.
const MAX_CONCURRENCY: usize = 4;
const MESSAGE_QUEUE_SIZE: usize = 100;
/// A header line longer than this is garbage; reading it whole could exhaust memory.
const MAX_HEADER_LINE: u64 = 8 * 1024;
/// A body announced as longer than this is skipped unread rather than held in memory.
const MAX_BODY: usize = 1 << 30;
const CONTENT_LENGTH: &[u8] = b"content-length:";

/// One message from the client, or what to do about one that is broken.
#[derive(Debug)]
pub enum Incoming {
    Request(Request),
    Response(Response),
    /// Not handled; answered with `answer` when there is one (a broken response is not).
    Rejected {
        answer: Option<Response>,
        why: String,
    },
}

impl Incoming {
    fn rejected(id: Id, error: Error, why: impl Display) -> Incoming {
        Incoming::Rejected {
            answer: Some(Response::from_error(id, error)),
            why: why.to_string(),
        }
    }
}

/// Serves `service` over the streams until the input ends or a side hangs up.
pub async fn serve<I, O, S>(input: I, output: O, socket: ClientSocket, mut service: S)
where
    I: AsyncRead + Unpin,
    O: AsyncWrite,
    S: Service<Request, Response = Option<Response>> + Send + 'static,
    S::Error: Display,
    S::Future: Send,
{
    let (client_requests, mut client_responses) = socket.split();
    let (client_requests, client_abort) = stream::abortable(client_requests);
    let (mut responses_tx, responses_rx) = mpsc::channel::<Response>(0);
    let (mut server_tasks_tx, server_tasks_rx) = mpsc::channel(MESSAGE_QUEUE_SIZE);

    let answers_tx = responses_tx.clone();
    let process_server_tasks = server_tasks_rx
        .buffer_unordered(MAX_CONCURRENCY)
        .filter_map(future::ready)
        .for_each(move |response| {
            let mut answers_tx = answers_tx.clone();
            async move {
                // The writer is gone only when the client is: nothing left to tell it.
                let _ = answers_tx.send(response).await;
            }
        });

    let outgoing = stream::select(
        responses_rx.map(|response| serde_json::to_vec(&response)),
        client_requests.map(|request| serde_json::to_vec(&request)),
    );
    let print_output = async move {
        let mut output = std::pin::pin!(output);
        let mut outgoing = std::pin::pin!(outgoing);
        while let Some(body) = outgoing.next().await {
            let body = match body {
                Ok(body) => body,
                Err(error) => {
                    eprintln!("copydesk lsp: cannot encode a message: {error}");
                    continue;
                }
            };
            let mut frame = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
            frame.extend_from_slice(&body);
            if output.write_all(&frame).await.is_err() || output.flush().await.is_err() {
                break;
            }
        }
    };

    let read_input = async {
        let mut framed = Framed::new(input);
        while let Some(message) = framed.next().await {
            match message {
                Incoming::Request(request) => {
                    if let Err(error) = future::poll_fn(|cx| service.poll_ready(cx)).await {
                        eprintln!("copydesk lsp: {error}");
                        break;
                    }
                    let answer = service.call(request).unwrap_or_else(|error| {
                        eprintln!("copydesk lsp: {error}");
                        None
                    });
                    if server_tasks_tx.send(answer).await.is_err() {
                        break;
                    }
                }
                Incoming::Response(response) => {
                    if client_responses.send(response).await.is_err() {
                        break;
                    }
                }
                Incoming::Rejected { answer, why } => {
                    eprintln!("copydesk lsp: skipped a message: {why}");
                    if let Some(answer) = answer {
                        if responses_tx.send(answer).await.is_err() {
                            break;
                        }
                    }
                }
            }
        }
        server_tasks_tx.disconnect();
        responses_tx.disconnect();
        client_abort.abort();
    };

    join!(print_output, read_input, process_server_tasks.map(|_| ()));
}

/// Messages read from a byte stream, resynchronising on the next `Content-Length` header
/// after a header block it cannot use.
pub struct Framed<R> {
    reader: BufReader<R>,
    /// After a broken header the body's length is unknown: its lines are skipped until
    /// the next `Content-Length`.
    resyncing: bool,
}

impl<R: AsyncRead + Unpin> Framed<R> {
    pub fn new(input: R) -> Framed<R> {
        Framed {
            reader: BufReader::new(input),
            resyncing: false,
        }
    }

    /// The next message; `None` once the input ends (or fails).
    pub async fn next(&mut self) -> Option<Incoming> {
        let length = match self.headers().await? {
            Ok(length) => length,
            Err(why) => {
                self.resyncing = true;
                return Some(Incoming::rejected(Id::Null, Error::parse_error(), why));
            }
        };
        if length > MAX_BODY {
            let skipped = tokio::io::copy(
                &mut (&mut self.reader).take(length as u64),
                &mut tokio::io::sink(),
            )
            .await
            .ok()?;
            if skipped < length as u64 {
                return None;
            }
            return Some(Incoming::rejected(
                Id::Null,
                Error::invalid_request(),
                format!("a message of {length} bytes is over the limit of {MAX_BODY}"),
            ));
        }
        // Grown as bytes arrive, so a length announced but never sent costs nothing.
        let mut body = Vec::with_capacity(length.min(1 << 20));
        (&mut self.reader)
            .take(length as u64)
            .read_to_end(&mut body)
            .await
            .ok()?;
        if body.len() < length {
            return None;
        }
        Some(decode(&body))
    }

    /// The length of the next body, or why the header block gives none; `None` at the end.
    async fn headers(&mut self) -> Option<Result<usize, String>> {
        let mut length = None;
        let mut lines = 0;
        loop {
            let mut line = Vec::new();
            let read = (&mut self.reader)
                .take(MAX_HEADER_LINE)
                .read_until(b'\n', &mut line)
                .await
                .ok()?;
            if read == 0 {
                return None;
            }
            let line = line.trim_ascii_end();
            if line.is_empty() {
                if lines == 0 || self.resyncing {
                    continue;
                }
                return Some(length.unwrap_or_else(|| {
                    Err("a message without a Content-Length header".to_string())
                }));
            }
            lines += 1;
            // The end of a body of unknown length can run into the next header.
            let Some(at) = line
                .windows(CONTENT_LENGTH.len())
                .position(|window| window.eq_ignore_ascii_case(CONTENT_LENGTH))
            else {
                continue;
            };
            self.resyncing = false;
            let value = String::from_utf8_lossy(&line[at + CONTENT_LENGTH.len()..]);
            let value = value.trim();
            length = Some(
                value
                    .parse::<usize>()
                    .map_err(|_| format!("a bad Content-Length header: {value:?}")),
            );
        }
    }
}

/// A message from its body. Bytes that are not UTF-8 and lone surrogates become U+FFFD, as
/// an editor decoding the same text would show them; the draft stays editable.
pub fn decode(body: &[u8]) -> Incoming {
    let text = String::from_utf8_lossy(body);
    let value: Value = match serde_json::from_str(&text) {
        Ok(value) => value,
        Err(error) => match without_lone_surrogates(&text)
            .and_then(|repaired| serde_json::from_str(&repaired).ok())
        {
            Some(value) => value,
            None => return Incoming::rejected(Id::Null, Error::parse_error(), error),
        },
    };
    let id = value
        .get("id")
        .and_then(|id| serde_json::from_value::<Id>(id.clone()).ok())
        .unwrap_or(Id::Null);
    let has = |key: &str| value.get(key).is_some();
    if has("method") {
        match serde_json::from_value::<Request>(value) {
            Ok(request) => Incoming::Request(request),
            Err(error) => Incoming::rejected(id, Error::invalid_request(), error),
        }
    } else if has("id") && (has("result") || has("error")) {
        match serde_json::from_value::<Response>(value) {
            Ok(response) => Incoming::Response(response),
            Err(error) => Incoming::Rejected {
                answer: None,
                why: format!("a broken response: {error}"),
            },
        }
    } else {
        // Without a method it may be a broken response: answering with its id could pass for
        // the answer to one of the client's own requests.
        Incoming::rejected(
            Id::Null,
            Error::invalid_request(),
            "neither a request nor a response",
        )
    }
}

/// The JSON with every escaped half of a UTF-16 surrogate pair ("\ud800" alone), which no
/// Rust string can hold, escaped as U+FFFD instead; `None` if there is none.
fn without_lone_surrogates(json: &str) -> Option<String> {
    let bytes = json.as_bytes();
    let is_high = |unit: u16| (0xD800..0xDC00).contains(&unit);
    let is_low = |unit: u16| (0xDC00..0xE000).contains(&unit);
    let mut repaired = String::new();
    let mut copied = 0;
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] != b'\\' {
            at += 1;
            continue;
        }
        let Some(unit) = escaped_unit(bytes, at) else {
            // Any other escape is two bytes; skipping both keeps "\\u" from looking like one.
            at += 2;
            continue;
        };
        if is_high(unit) && escaped_unit(bytes, at + 6).is_some_and(is_low) {
            at += 12;
            continue;
        }
        if !is_high(unit) && !is_low(unit) {
            at += 6;
            continue;
        }
        repaired.push_str(&json[copied..at]);
        repaired.push_str("\\uFFFD");
        at += 6;
        copied = at;
    }
    if copied == 0 {
        return None;
    }
    repaired.push_str(&json[copied..]);
    Some(repaired)
}

/// The code unit of a `\uXXXX` escape starting at `at`.
fn escaped_unit(bytes: &[u8], at: usize) -> Option<u16> {
    if bytes.get(at..at + 2)? != b"\\u" {
        return None;
    }
    let hex = std::str::from_utf8(bytes.get(at + 2..at + 6)?).ok()?;
    u16::from_str_radix(hex, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(input: &'static [u8]) -> Vec<Incoming> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        runtime.block_on(async {
            let mut framed = Framed::new(input);
            let mut messages = Vec::new();
            while let Some(message) = framed.next().await {
                messages.push(message);
            }
            messages
        })
    }

    fn summary(message: &Incoming) -> String {
        match message {
            Incoming::Request(request) => format!("request {}", request.method()),
            Incoming::Response(_) => "response".into(),
            Incoming::Rejected { answer: None, .. } => "dropped".into(),
            Incoming::Rejected {
                answer: Some(answer),
                ..
            } => {
                let answer = serde_json::to_value(answer).unwrap();
                format!("error {} for {}", answer["error"]["code"], answer["id"])
            }
        }
    }

    #[test]
    fn broken_frames_are_answered_and_reading_goes_on() {
        let input: &[u8] = b"Content-Length: 9\r\n\r\n{not json\
            Content-Length: 7\r\n\r\n[1,2,3]\
            Foo: bar\r\n\r\n{\"pretty\": 1,\r\n\r\n \"x\": 2}\r\n\
            Content-Length: 33\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}\
            Content-Length: nine\r\n\r\n{}\
            Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: 44\r\n\r\n\
            {\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"shutdown\"}\r\n\
            Content-Length: 33\r\n\r\n{\"jsonrpc\":1,\"id\":8,\"method\":\"x\"}\
            Content-Length: 38\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":null}\
            Content-Length: 24\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":9}\
            Content-Length: 99\r\n\r\n{\"cut\": ";
        let messages: Vec<String> = read_all(input).iter().map(summary).collect();
        assert_eq!(
            messages,
            [
                "error -32700 for null",
                "error -32600 for null",
                "error -32700 for null",
                "request exit",
                "error -32700 for null",
                "request shutdown",
                "error -32600 for 8",
                "response",
                "error -32600 for null",
            ]
        );
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        let body = br#"{"jsonrpc":"2.0","method":"m","params":["a\ud800b","\udc00","\ud83d\udc4b","\\ud800","\uD83D"]}"#;
        let Incoming::Request(request) = decode(body) else {
            panic!("not read as a request");
        };
        assert_eq!(
            request.params().unwrap(),
            &serde_json::json!(["a\u{FFFD}b", "\u{FFFD}", "👋", "\\ud800", "\u{FFFD}"])
        );
    }

    #[test]
    fn bytes_that_are_not_utf8_become_replacement_characters() {
        let Incoming::Request(request) =
            decode(b"{\"jsonrpc\":\"2.0\",\"method\":\"m\",\"params\":\"a\xffb\"}")
        else {
            panic!("not read as a request");
        };
        assert_eq!(request.params().unwrap(), "a\u{FFFD}b");
    }
}
