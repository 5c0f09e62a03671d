//! The protocol handlers. Each one finds the document's snapshot, converts positions at the
//! edge and hands the work to the module that knows the concept.

use super::client::ClientAbilities;
use super::convert::encoding_kind;
use super::debounce::panic_message;
use super::documents::{Document, Snapshot};
use super::settings::{ClientSettings, Refreshed};
use super::state::State;
use super::{actions, hover, inlay, symbols};
use crate::article::Format;
use crate::config::CONFIG_FILE_NAMES;
use crate::text::Encoding;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use tower_lsp::jsonrpc::{Error, Result};
use tower_lsp::lsp_types::*;
use tower_lsp::{Client, LanguageServer};

pub struct Backend {
    client: Client,
    state: Arc<State>,
}

impl Backend {
    pub fn new(client: Client, state: Arc<State>) -> Backend {
        Backend { client, state }
    }

    /// Runs `answer` on the document's current snapshot. A panic in the analysis or in
    /// `answer` becomes an internal error for this request alone, and is logged.
    async fn with_snapshot<T>(
        &self,
        uri: &Url,
        what: &str,
        answer: impl FnOnce(&Snapshot) -> Option<T>,
    ) -> Result<Option<T>> {
        let snapshot = match self.state.current_snapshot(uri).await {
            Ok(Some(snapshot)) => snapshot,
            Ok(None) => return Ok(None),
            Err(message) => return Err(self.failed(message).await),
        };
        match std::panic::catch_unwind(AssertUnwindSafe(|| answer(&snapshot))) {
            Ok(answer) => Ok(answer),
            Err(panic) => Err(self
                .failed(format!(
                    "copydesk: {what} failed: {}",
                    panic_message(panic.as_ref())
                ))
                .await),
        }
    }

    async fn failed(&self, message: String) -> Error {
        self.client.log_message(MessageType::ERROR, &message).await;
        Error {
            message: message.into(),
            ..Error::internal_error()
        }
    }

    async fn show_errors(&self, errors: impl IntoIterator<Item = String>) {
        for error in errors {
            self.client.show_message(MessageType::ERROR, error).await;
        }
    }

    /// Re-resolves every open document's configuration and lints them all now.
    async fn relint_all(&self) {
        let uris: Vec<Url> = self
            .state
            .documents()
            .iter_mut()
            .map(|(uri, _)| uri.clone())
            .collect();
        let mut errors = Vec::new();
        let configs: Vec<_> = {
            let mut store = self.state.configs();
            uris.into_iter()
                .map(|uri| {
                    let (config, error) = store.config_for(&uri);
                    errors.extend(error);
                    (uri, config)
                })
                .collect()
        };
        let mut scheduled = Vec::new();
        {
            let mut documents = self.state.documents();
            for (uri, config) in configs {
                if let Some(document) = documents.get_mut(&uri) {
                    document.set_config(config);
                    scheduled.push((uri, document.generation()));
                }
            }
        }
        for (uri, generation) in scheduled {
            self.state
                .schedule(&self.client, uri, generation, std::time::Duration::ZERO);
        }
        errors.dedup();
        self.show_errors(errors).await;
    }

    fn position_offset(snapshot: &Snapshot, position: Position) -> usize {
        snapshot.lines().offset(position)
    }

    /// For clients that watch no files: the config file that governs `uri`, read again if it
    /// changed on disk, and every open draft linted again under it.
    async fn refresh_config_for(&self, uri: &Url) {
        let refreshed = self.state.configs().refresh_for(uri);
        if let Refreshed::Reloaded(error) = refreshed {
            self.show_errors(error).await;
            self.relint_all().await;
        }
    }

    /// The settings as the client holds them now, pulled with `workspace/configuration`;
    /// `None` when the client cannot say (then the settings stay as they were).
    async fn pulled_settings(&self) -> Option<serde_json::Value> {
        if !self.state.abilities().pulls_configuration {
            return None;
        }
        let item = ConfigurationItem {
            scope_uri: None,
            section: Some("copydesk".into()),
        };
        match self.client.configuration(vec![item]).await {
            Ok(mut values) if !values.is_empty() => Some(values.swap_remove(0)),
            Ok(_) => None,
            Err(error) => {
                let message = format!("copydesk: cannot read the editor's settings: {error}");
                self.client.log_message(MessageType::WARNING, message).await;
                None
            }
        }
    }
}

fn capabilities(encoding: Encoding) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(encoding_kind(encoding)),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                // Saves tell a client that watches no files' server to look at the config.
                save: Some(TextDocumentSyncSaveOptions::Supported(true)),
                ..Default::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX, actions::FIX_ALL]),
            ..Default::default()
        })),
        execute_command_provider: Some(ExecuteCommandOptions {
            commands: vec![actions::APPLY_EDIT.into()],
            ..Default::default()
        }),
        document_symbol_provider: Some(OneOf::Left(true)),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        document_highlight_provider: Some(OneOf::Left(true)),
        rename_provider: Some(OneOf::Right(RenameOptions {
            prepare_provider: Some(true),
            work_done_progress_options: Default::default(),
        })),
        inlay_hint_provider: Some(OneOf::Left(true)),
        // Diagnostics are pushed, debounced and versioned. Pull requests are still answered for
        // clients that send them, but advertising pull makes VS Code and Neovim keep both the
        // pushed and the pulled copy, so every finding shows twice.
        diagnostic_provider: None,
        ..Default::default()
    }
}

fn workspace_roots(params: &InitializeParams) -> Vec<std::path::PathBuf> {
    #[allow(deprecated)] // root_uri is what older clients send instead of workspace folders.
    let root = params.root_uri.iter().cloned();
    let folders = params
        .workspace_folders
        .iter()
        .flatten()
        .map(|folder| folder.uri.clone());
    folders
        .chain(root)
        .filter_map(|uri| uri.to_file_path().ok())
        .collect()
}

#[tower_lsp::async_trait]
impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let offered = params
            .capabilities
            .general
            .as_ref()
            .and_then(|general| general.position_encodings.as_deref());
        let encoding = self.state.negotiate_encoding(offered);
        self.state
            .set_abilities(ClientAbilities::read(&params.capabilities));
        let watch = params
            .capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|w| w.dynamic_registration)
            .unwrap_or(false);
        self.state.set_watch_config_files(watch);
        let mut configs = self.state.configs();
        configs.workspace_roots = workspace_roots(&params);
        match params
            .initialization_options
            .as_ref()
            .map(ClientSettings::read)
            .transpose()
        {
            Ok(settings) => configs.client = settings.unwrap_or_default(),
            Err(error) => self.state.keep_early_error(error),
        }
        Ok(InitializeResult {
            capabilities: capabilities(encoding),
            server_info: Some(ServerInfo {
                name: "copydesk".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        self.show_errors(self.state.take_early_errors()).await;
        if self.state.watches_config_files() {
            let watchers = CONFIG_FILE_NAMES
                .iter()
                .map(|name| FileSystemWatcher {
                    glob_pattern: GlobPattern::String(format!("**/{name}")),
                    kind: None,
                })
                .collect();
            let registration = Registration {
                id: "copydesk-config-files".into(),
                method: "workspace/didChangeWatchedFiles".into(),
                register_options: serde_json::to_value(DidChangeWatchedFilesRegistrationOptions {
                    watchers,
                })
                .ok(),
            };
            // Not awaited here: the client answers after this notification is handled.
            let client = self.client.clone();
            tokio::spawn(async move {
                if let Err(error) = client.register_capability(vec![registration]).await {
                    client
                        .log_message(
                            MessageType::WARNING,
                            format!("copydesk: cannot watch config files: {error}"),
                        )
                        .await;
                }
            });
        }
    }

    async fn shutdown(&self) -> Result<()> {
        self.state.mark_shut_down();
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let item = params.text_document;
        let format = Format::from_language_id(&item.language_id, item.uri.path());
        self.refresh_config_for(&item.uri).await;
        let (config, error) = self.state.configs().config_for(&item.uri);
        let document = Document::new(&item.text, item.version, format, config);
        let generation = document.generation();
        self.state.documents().open(item.uri.clone(), document);
        self.state.schedule(
            &self.client,
            item.uri,
            generation,
            std::time::Duration::ZERO,
        );
        self.show_errors(error).await;
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        let encoding = self.state.encoding();
        let generation = {
            let mut documents = self.state.documents();
            let Some(document) = documents.get_mut(&uri) else {
                return;
            };
            document.apply(
                params.content_changes,
                params.text_document.version,
                encoding,
            );
            document.generation()
        };
        let delay = self.state.configs().client.server.debounce;
        self.state.schedule(&self.client, uri, generation, delay);
    }

    async fn did_save(&self, params: DidSaveTextDocumentParams) {
        let uri = &params.text_document.uri;
        let saved_source = uri
            .to_file_path()
            .is_ok_and(|path| self.state.records().saved(&path));
        if saved_source {
            // A draft's transcript or notes changed: the drafts checked against it are linted
            // again, reading it afresh.
            self.relint_all().await;
        }
        self.refresh_config_for(uri).await;
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        let _turn = self.state.publishing.lock().await;
        self.state.documents().close(&uri);
        self.client.publish_diagnostics(uri, Vec::new(), None).await;
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        // `null` says only that something changed: the settings are asked for, never taken
        // for empty.
        let settings = match params.settings {
            serde_json::Value::Null => match self.pulled_settings().await {
                Some(settings) => settings,
                None => return self.relint_all().await,
            },
            settings => settings,
        };
        match ClientSettings::read(&settings) {
            Ok(settings) => self.state.configs().client = settings,
            Err(error) => {
                return self
                    .show_errors([format!("{error}; keeping the previous settings")])
                    .await
            }
        }
        self.relint_all().await;
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        let mut errors = Vec::new();
        {
            let mut store = self.state.configs();
            for change in params.changes {
                let Ok(path) = change.uri.to_file_path() else {
                    continue;
                };
                if !path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| CONFIG_FILE_NAMES.contains(&n))
                {
                    continue;
                }
                if change.typ == FileChangeType::DELETED {
                    store.forget(&path);
                } else {
                    errors.extend(store.reload(&path));
                }
            }
        }
        self.show_errors(errors).await;
        self.relint_all().await;
    }

    async fn diagnostic(
        &self,
        params: DocumentDiagnosticParams,
    ) -> Result<DocumentDiagnosticReportResult> {
        let uri = params.text_document.uri;
        let report = self
            .with_snapshot(&uri, "diagnostics", |snapshot| {
                let result_id = format!("{}:{}", snapshot.version, snapshot.generation);
                Some(
                    if params.previous_result_id.as_deref() == Some(result_id.as_str()) {
                        DocumentDiagnosticReport::Unchanged(
                            RelatedUnchangedDocumentDiagnosticReport {
                                related_documents: None,
                                unchanged_document_diagnostic_report:
                                    UnchangedDocumentDiagnosticReport { result_id },
                            },
                        )
                    } else {
                        DocumentDiagnosticReport::Full(RelatedFullDocumentDiagnosticReport {
                            related_documents: None,
                            full_document_diagnostic_report: FullDocumentDiagnosticReport {
                                result_id: Some(result_id),
                                items: snapshot.diagnostics.clone(),
                            },
                        })
                    },
                )
            })
            .await?;
        Ok(DocumentDiagnosticReportResult::Report(
            report.unwrap_or_else(|| {
                DocumentDiagnosticReport::Full(RelatedFullDocumentDiagnosticReport::default())
            }),
        ))
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let at = params.text_document_position_params;
        let abilities = self.state.abilities();
        self.with_snapshot(&at.text_document.uri, "hover", |snapshot| {
            let offset = Self::position_offset(snapshot, at.position);
            hover::hover(snapshot, offset, abilities.markdown_hover)
        })
        .await
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let abilities = self.state.abilities();
        self.with_snapshot(&params.text_document.uri, "code actions", |snapshot| {
            let request = actions::Request {
                span: snapshot.lines().span(params.range),
                only: params.context.only.as_deref(),
            };
            Some(actions::code_actions(snapshot, &request, &abilities))
        })
        .await
    }

    async fn execute_command(
        &self,
        params: ExecuteCommandParams,
    ) -> Result<Option<serde_json::Value>> {
        if params.command != actions::APPLY_EDIT {
            return Err(Error::invalid_params(format!(
                "no command {}",
                params.command
            )));
        }
        let edit = params
            .arguments
            .into_iter()
            .next()
            .and_then(|edit| serde_json::from_value::<WorkspaceEdit>(edit).ok())
            .ok_or_else(|| Error::invalid_params("copydesk.applyEdit takes a workspace edit"))?;
        // The answer comes when the client has applied it (or not); the command is done.
        let client = self.client.clone();
        tokio::spawn(async move { client.apply_edit(edit).await });
        Ok(None)
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let abilities = self.state.abilities();
        self.with_snapshot(&params.text_document.uri, "document symbols", |snapshot| {
            Some(symbols::document_symbols(snapshot, &abilities))
        })
        .await
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        let at = params.text_document_position_params;
        self.with_snapshot(&at.text_document.uri, "definition", |snapshot| {
            symbols::definition(snapshot, Self::position_offset(snapshot, at.position))
                .map(GotoDefinitionResponse::Scalar)
        })
        .await
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let at = params.text_document_position;
        let include_declaration = params.context.include_declaration;
        self.with_snapshot(&at.text_document.uri, "references", |snapshot| {
            symbols::references(
                snapshot,
                Self::position_offset(snapshot, at.position),
                include_declaration,
            )
        })
        .await
    }

    async fn document_highlight(
        &self,
        params: DocumentHighlightParams,
    ) -> Result<Option<Vec<DocumentHighlight>>> {
        let at = params.text_document_position_params;
        self.with_snapshot(&at.text_document.uri, "highlights", |snapshot| {
            symbols::highlights(snapshot, Self::position_offset(snapshot, at.position))
        })
        .await
    }

    async fn prepare_rename(
        &self,
        params: TextDocumentPositionParams,
    ) -> Result<Option<PrepareRenameResponse>> {
        self.with_snapshot(&params.text_document.uri, "rename", |snapshot| {
            symbols::prepare_rename(snapshot, Self::position_offset(snapshot, params.position))
                .map(PrepareRenameResponse::Range)
        })
        .await
    }

    async fn rename(&self, params: RenameParams) -> Result<Option<WorkspaceEdit>> {
        let at = params.text_document_position;
        let new_name = params.new_name.trim();
        if new_name.is_empty() {
            return Err(Error::invalid_params("a name cannot be empty"));
        }
        let abilities = self.state.abilities();
        self.with_snapshot(&at.text_document.uri, "rename", |snapshot| {
            let offset = Self::position_offset(snapshot, at.position);
            symbols::rename(snapshot, offset, new_name, &abilities)
        })
        .await
    }

    async fn inlay_hint(&self, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        if !self.state.configs().client.server.inlay_hints {
            return Ok(None);
        }
        self.with_snapshot(&params.text_document.uri, "inlay hints", |snapshot| {
            Some(inlay::speaker_hints(
                snapshot,
                snapshot.lines().span(params.range),
            ))
        })
        .await
    }
}
