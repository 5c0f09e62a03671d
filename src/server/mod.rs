//! The language server: `copydesk lsp` on stdio. The only module that names LSP types.
//!
//! Code map: `backend` holds the protocol handlers; `state` what they and the lint tasks
//! share; `documents` the open drafts (ropey) and their analysed snapshots; `debounce` the
//! path from an edit to published diagnostics; `convert` byte spans to protocol positions and
//! findings to diagnostics; `settings` the configuration files and editor settings; `hover`,
//! `actions`, `symbols` and `inlay` one feature each, reading a snapshot; `snippets` the
//! snippet edits lsp-types cannot express; `transport` the framing on the wire, which survives
//! broken messages.

mod actions;
mod backend;
mod client;
mod convert;
mod debounce;
mod documents;
mod hover;
mod inlay;
mod record;
mod settings;
mod snippets;
mod state;
mod symbols;
mod transport;

pub use backend::Backend;
/// For the document-store properties (`tests/invariants`) and the fuzz targets only.
#[doc(hidden)]
pub use documents::{Document, Snapshot};

use crate::analysis::Analysis;
use crate::article::Format;
use crate::config::Config;
use crate::record::Record;
use state::State;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::sync::Notify;
use tower_lsp::jsonrpc::{Request, Response};
use tower_lsp::LspService;

/// What turns a draft, with its record, into findings. Always
/// `crate::analysis::analyze_with_record`, except in tests that need an analysis to misbehave
/// (panic) or to report something the rules do not yet find.
pub type Analyzer = Arc<dyn Fn(&str, Format, &Config, &Record) -> Analysis + Send + Sync>;

/// How a session ended, for the process's exit status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// `exit` after `shutdown`: status 0.
    Clean,
    /// `exit` without `shutdown`, or the input closed: status 1.
    Abrupt,
}

/// Serves one client over any pair of streams (stdio, or in-memory pipes in tests) until it
/// sends `exit` or closes its end.
pub async fn serve<I, O>(input: I, output: O, analyzer: Analyzer) -> Ending
where
    I: AsyncRead + Unpin,
    O: AsyncWrite,
{
    let state = Arc::new(State::new(analyzer));
    let (service, socket) = LspService::new(|client| Backend::new(client, Arc::clone(&state)));
    let exited = Arc::new(Notify::new());
    let service = NoticeExit {
        inner: service,
        exited: Arc::clone(&exited),
        snippets: Arc::default(),
    };
    tokio::select! {
        () = transport::serve(input, output, socket, service) => {}
        () = exited.notified() => {}
    }
    if state.was_shut_down() {
        Ending::Clean
    } else {
        Ending::Abrupt
    }
}

/// Runs the language server on stdin/stdout until the client exits.
pub fn run_stdio() -> std::process::ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("copydesk lsp: cannot start: {error}");
            return std::process::ExitCode::from(2);
        }
    };
    let ending = runtime.block_on(serve(
        tokio::io::stdin(),
        tokio::io::stdout(),
        Arc::new(crate::analysis::analyze_with_record),
    ));
    // Lint tasks still sleeping in their debounce must not keep the process alive.
    runtime.shutdown_background();
    match ending {
        Ending::Clean => std::process::ExitCode::SUCCESS,
        Ending::Abrupt => std::process::ExitCode::from(1),
    }
}

/// tower-lsp refuses everything after `exit` but keeps reading until the input closes; the
/// protocol wants the process to end at once, so `exit` is noticed on its way in. The raw
/// messages also carry what lsp-types cannot express: snippet edits (see `snippets`).
struct NoticeExit<S> {
    inner: S,
    exited: Arc<Notify>,
    snippets: Arc<snippets::Negotiated>,
}

type Answer<E> = Pin<Box<dyn Future<Output = Result<Option<Response>, E>> + Send>>;

impl<S> tower::Service<Request> for NoticeExit<S>
where
    S: tower::Service<Request, Response = Option<Response>>,
    S::Future: Send + 'static,
{
    type Response = Option<Response>;
    type Error = S::Error;
    type Future = Answer<S::Error>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let request = without_null_params(request);
        let exit = request.method() == "exit";
        if request.method() == "initialize" {
            self.snippets.read_initialize(request.params());
        }
        if request.id().is_none() {
            report_unreadable_sync(&request);
        }
        let code_action = request.method() == "textDocument/codeAction";
        // tower-lsp drops unknown requests whose method starts with `$/` without an answer,
        // and a client waits for one forever; the protocol wants MethodNotFound.
        let request_of = request
            .id()
            .cloned()
            .map(|id| (id, request.method().to_string()));
        let answer = self.inner.call(request);
        if exit {
            self.exited.notify_one();
        }
        let snippets = Arc::clone(&self.snippets);
        Box::pin(async move {
            let response = match (answer.await?, request_of) {
                (None, Some((id, method))) => Some(Response::from_error(
                    id,
                    tower_lsp::jsonrpc::Error {
                        data: Some(method.into()),
                        ..tower_lsp::jsonrpc::Error::method_not_found()
                    },
                )),
                (response, _) => response,
            };
            if !code_action {
                return Ok(response);
            }
            Ok(response.map(|response| {
                let (id, body) = response.into_parts();
                let body = body.map(|mut result| {
                    snippets::apply(&mut result, snippets.support());
                    result
                });
                Response::from_parts(id, body)
            }))
        })
    }
}

/// tower-lsp drops a notification whose parameters it cannot read, without a word. For the
/// ones that keep the server's copy of a draft in step with the editor's, that silence hides
/// diagnostics drifting off their words until the file is reopened; say so in the log.
fn report_unreadable_sync(notification: &Request) {
    use serde::Deserialize;
    use tower_lsp::lsp_types::{
        DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams,
    };
    let params = notification.params().unwrap_or(&serde_json::Value::Null);
    let error = match notification.method() {
        "textDocument/didOpen" => DidOpenTextDocumentParams::deserialize(params).err(),
        "textDocument/didChange" => DidChangeTextDocumentParams::deserialize(params).err(),
        "textDocument/didClose" => DidCloseTextDocumentParams::deserialize(params).err(),
        _ => None,
    };
    if let Some(error) = error {
        eprintln!(
            "copydesk lsp: ignored {} with unreadable parameters ({error}); the draft may be out of step until it is reopened",
            notification.method()
        );
    }
}

/// `shutdown` and `exit` take no parameters; some clients send `"params": null`, which
/// tower-lsp rejects, and a client that cannot shut down cleanly is left hanging.
fn without_null_params(request: Request) -> Request {
    let parameterless = matches!(request.method(), "shutdown" | "exit");
    if !(parameterless && request.params().is_some_and(serde_json::Value::is_null)) {
        return request;
    }
    let (method, id, _) = request.into_parts();
    let builder = Request::build(method);
    match id {
        Some(id) => builder.id(id).finish(),
        None => builder.finish(),
    }
}
