//! From a keystroke to published diagnostics. Each edit schedules a lint after a pause; when
//! the pause ends, a newer edit makes the lint quit. The analysis runs on a blocking thread
//! with panics caught, and its result is stored and published only if the document has not
//! moved on meanwhile, so a client never sees diagnostics for a stale version.

use super::documents::{Job, Snapshot};
use super::state::State;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Duration;
use tower_lsp::lsp_types::{MessageType, Url};
use tower_lsp::Client;

impl State {
    /// Lints a document after `delay`, unless it changes again first.
    pub fn schedule(self: &Arc<Self>, client: &Client, uri: Url, generation: u64, delay: Duration) {
        let state = Arc::clone(self);
        let client = client.clone();
        tokio::spawn(async move {
            if !delay.is_zero() {
                tokio::time::sleep(delay).await;
            }
            state.lint_and_publish(&client, &uri, generation).await;
        });
    }

    async fn lint_and_publish(&self, client: &Client, uri: &Url, generation: u64) {
        let (current, job) = {
            let documents = self.documents();
            let Some(document) = documents.get(uri).filter(|d| d.generation() == generation) else {
                return;
            };
            (document.current(), document.job(uri))
        };
        let snapshot = match current {
            Some(snapshot) => snapshot,
            None => match self.analyse(job).await {
                Ok(snapshot) => snapshot,
                Err(message) => return client.log_message(MessageType::ERROR, message).await,
            },
        };
        // One publisher at a time, so that storing and sending stay in the same order.
        let _turn = self.publishing.lock().await;
        let stored = self
            .documents()
            .get_mut(uri)
            .is_some_and(|document| document.store(Arc::clone(&snapshot)));
        if stored {
            client
                .publish_diagnostics(
                    uri.clone(),
                    snapshot.diagnostics.clone(),
                    Some(snapshot.version),
                )
                .await;
        }
    }

    /// The analysis of a document as it is now: the stored one, or a fresh one (kept if the
    /// document has not moved on meanwhile). `Ok(None)` for a document that is not open.
    pub async fn current_snapshot(&self, uri: &Url) -> Result<Option<Arc<Snapshot>>, String> {
        let job = {
            let documents = self.documents();
            let Some(document) = documents.get(uri) else {
                return Ok(None);
            };
            if let Some(snapshot) = document.current() {
                return Ok(Some(snapshot));
            }
            document.job(uri)
        };
        let snapshot = self.analyse(job).await?;
        if let Some(document) = self.documents().get_mut(uri) {
            document.store(Arc::clone(&snapshot));
        }
        Ok(Some(snapshot))
    }

    /// Runs the analysis on a blocking thread. A panic there is caught and becomes an error
    /// message; the server goes on.
    pub async fn analyse(&self, job: Job) -> Result<Arc<Snapshot>, String> {
        let analyzer = Arc::clone(&self.analyzer);
        let encoding = self.encoding();
        let uri = job.uri.clone();
        // Read only when a source is new or saved since; otherwise a few file stamps.
        let (record, unreadable) = self.records().record_for(
            uri.to_file_path().ok().as_deref(),
            &job.text,
            job.format,
            &job.config,
        );
        for message in unreadable {
            eprintln!("copydesk: {uri}: {message}");
        }
        let outcome = tokio::task::spawn_blocking(move || {
            std::panic::catch_unwind(AssertUnwindSafe(|| {
                // Spans into the view are spans into the text (see the function).
                let view = crate::text::with_lone_returns_as_newlines(&job.text);
                let analysis = analyzer(&view, job.format, &job.config, &record);
                Arc::new(Snapshot::new(job, analysis, encoding))
            }))
        })
        .await;
        match outcome {
            Ok(Ok(snapshot)) => Ok(snapshot),
            Ok(Err(panic)) => Err(format!(
                "copydesk: analysing {uri} failed: {}",
                panic_message(panic.as_ref())
            )),
            Err(error) => Err(format!("copydesk: analysing {uri} failed: {error}")),
        }
    }
}

pub fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_string())
}
