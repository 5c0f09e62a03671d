//! What the client said it can do, read once from `initialize`: the features answer in the
//! shapes it declared, and the older shapes the protocol guarantees otherwise.

use tower_lsp::lsp_types::{ClientCapabilities, MarkupKind, SymbolKind};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientAbilities {
    /// `workspace.workspaceEdit.documentChanges`: edits name the version they were made for.
    pub versioned_edits: bool,
    /// `hover.contentFormat` holds markdown; otherwise hovers are plain text.
    pub markdown_hover: bool,
    /// `codeAction.codeActionLiteralSupport`; otherwise code actions are `Command`s.
    pub code_action_literals: bool,
    /// `documentSymbol.hierarchicalDocumentSymbolSupport`; otherwise a flat list.
    pub nested_symbols: bool,
    /// `documentSymbol.symbolKind.valueSet`, or the protocol's default set.
    pub symbol_kinds: Vec<SymbolKind>,
    /// `workspace.configuration`: settings can be pulled.
    pub pulls_configuration: bool,
}

/// The symbol kinds a client that sends no `valueSet` knows: `File` to `Array`.
const DEFAULT_SYMBOL_KINDS: std::ops::RangeInclusive<i32> = 1..=18;

impl Default for ClientAbilities {
    /// A client that declared nothing.
    fn default() -> ClientAbilities {
        ClientAbilities::read(&ClientCapabilities::default())
    }
}

impl ClientAbilities {
    pub fn read(capabilities: &ClientCapabilities) -> ClientAbilities {
        let text = capabilities.text_document.as_ref();
        let workspace = capabilities.workspace.as_ref();
        let symbols = text.and_then(|t| t.document_symbol.as_ref());
        let declared_kinds = symbols
            .and_then(|s| s.symbol_kind.as_ref())
            .and_then(|k| k.value_set.clone());
        ClientAbilities {
            versioned_edits: workspace
                .and_then(|w| w.workspace_edit.as_ref())
                .and_then(|e| e.document_changes)
                .unwrap_or(false),
            markdown_hover: text
                .and_then(|t| t.hover.as_ref())
                .and_then(|h| h.content_format.as_ref())
                .is_some_and(|formats| formats.contains(&MarkupKind::Markdown)),
            code_action_literals: text
                .and_then(|t| t.code_action.as_ref())
                .is_some_and(|c| c.code_action_literal_support.is_some()),
            nested_symbols: symbols
                .and_then(|s| s.hierarchical_document_symbol_support)
                .unwrap_or(false),
            symbol_kinds: declared_kinds.unwrap_or_else(|| {
                DEFAULT_SYMBOL_KINDS
                    .map(|kind| serde_json::from_value(kind.into()).unwrap_or(SymbolKind::FILE))
                    .collect()
            }),
            pulls_configuration: workspace.and_then(|w| w.configuration).unwrap_or(false),
        }
    }

    /// `kind` if the client knows it, else the first of `fallbacks` it knows, else `File`.
    pub fn symbol_kind(&self, kind: SymbolKind, fallbacks: &[SymbolKind]) -> SymbolKind {
        std::iter::once(kind)
            .chain(fallbacks.iter().copied())
            .find(|kind| self.symbol_kinds.contains(kind))
            .unwrap_or(SymbolKind::FILE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn read(capabilities: serde_json::Value) -> ClientAbilities {
        ClientAbilities::read(&serde_json::from_value(capabilities).unwrap())
    }

    #[test]
    fn a_client_that_declares_nothing_gets_the_oldest_shapes() {
        let plain = read(json!({}));
        assert_eq!(
            (
                plain.versioned_edits,
                plain.markdown_hover,
                plain.code_action_literals,
                plain.nested_symbols,
                plain.pulls_configuration
            ),
            (false, false, false, false, false)
        );
        assert_eq!(
            plain.symbol_kind(SymbolKind::EVENT, &[SymbolKind::CONSTANT]),
            SymbolKind::CONSTANT
        );
        assert_eq!(plain.symbol_kind(SymbolKind::ARRAY, &[]), SymbolKind::ARRAY);
    }

    #[test]
    fn a_declared_value_set_is_the_set() {
        let abilities = read(json!({ "textDocument": { "documentSymbol": {
            "symbolKind": { "valueSet": [1, 24] } } } }));
        assert_eq!(
            abilities.symbol_kind(SymbolKind::EVENT, &[]),
            SymbolKind::EVENT
        );
        assert_eq!(
            abilities.symbol_kind(SymbolKind::CLASS, &[SymbolKind::STRING]),
            SymbolKind::FILE
        );
    }

    #[test]
    fn markdown_hover_needs_markdown_among_the_formats() {
        let hover = |formats| {
            read(json!({ "textDocument": { "hover": { "contentFormat": formats } } }))
                .markdown_hover
        };
        assert!(hover(json!(["plaintext", "markdown"])));
        assert!(!hover(json!(["plaintext"])));
    }
}
