//! What the protocol handlers and the lint tasks share: the open documents, the configuration
//! store, the negotiated encoding and the few flags the session's life turns on.

use super::client::ClientAbilities;
use super::convert;
use super::documents::Documents;
use super::record::Records;
use super::settings::ConfigStore;
use super::Analyzer;
use crate::text::Encoding;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock};
use tower_lsp::lsp_types::PositionEncodingKind;

pub struct State {
    documents: Mutex<Documents>,
    configs: Mutex<ConfigStore>,
    records: Mutex<Records>,
    encoding: OnceLock<Encoding>,
    abilities: OnceLock<ClientAbilities>,
    /// Held while a lint stores and publishes, and while a close clears, so that what a client
    /// sees comes in the order the store changed.
    pub(super) publishing: tokio::sync::Mutex<()>,
    pub(super) analyzer: Analyzer,
    /// Set by `shutdown`; `exit` without it means the process ends with status 1.
    shut_down: AtomicBool,
    /// Settings errors found during `initialize`, shown once the client can receive them.
    early_errors: Mutex<Vec<String>>,
    watch_config_files: AtomicBool,
}

impl State {
    pub fn new(analyzer: Analyzer) -> State {
        State {
            documents: Mutex::default(),
            configs: Mutex::default(),
            records: Mutex::default(),
            encoding: OnceLock::new(),
            abilities: OnceLock::new(),
            publishing: tokio::sync::Mutex::new(()),
            analyzer,
            shut_down: AtomicBool::new(false),
            early_errors: Mutex::default(),
            watch_config_files: AtomicBool::new(false),
        }
    }

    /// The document store. A panic elsewhere while it was held leaves it usable: every edit
    /// is applied whole or not at all.
    pub(super) fn documents(&self) -> MutexGuard<'_, Documents> {
        self.documents
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub(super) fn configs(&self) -> MutexGuard<'_, ConfigStore> {
        self.configs
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The position encoding of the session: UTF-16 until `initialize` has negotiated one.
    /// Open drafts' records; usable after a panic elsewhere, like the other stores (a record
    /// is stored whole).
    pub(super) fn records(&self) -> MutexGuard<'_, Records> {
        self.records
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub(super) fn encoding(&self) -> Encoding {
        self.encoding.get().copied().unwrap_or(Encoding::Utf16)
    }

    /// Settles the encoding from what the client offers; the first negotiation holds.
    pub(super) fn negotiate_encoding(&self, offered: Option<&[PositionEncodingKind]>) -> Encoding {
        *self.encoding.get_or_init(|| convert::negotiate(offered))
    }

    /// What the client declared in `initialize`; the first declaration holds.
    pub(super) fn set_abilities(&self, abilities: ClientAbilities) {
        let _ = self.abilities.set(abilities);
    }

    /// What the client can do: nothing optional until `initialize` has said.
    pub(super) fn abilities(&self) -> ClientAbilities {
        self.abilities.get().cloned().unwrap_or_default()
    }

    pub(super) fn set_watch_config_files(&self, watch: bool) {
        self.watch_config_files.store(watch, Ordering::Relaxed);
    }

    /// Whether the client can watch the config files for us (dynamic registration).
    pub(super) fn watches_config_files(&self) -> bool {
        self.watch_config_files.load(Ordering::Relaxed)
    }

    pub(super) fn keep_early_error(&self, error: String) {
        self.early_errors
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(error);
    }

    pub(super) fn take_early_errors(&self) -> Vec<String> {
        std::mem::take(&mut *self.early_errors.lock().unwrap_or_else(|p| p.into_inner()))
    }

    pub(super) fn mark_shut_down(&self) {
        self.shut_down.store(true, Ordering::SeqCst);
    }

    pub(super) fn was_shut_down(&self) -> bool {
        self.shut_down.load(Ordering::SeqCst)
    }
}
