//! Snippet edits for fixes with placeholders (the dateline's `${1:CITY}`), for clients that
//! declare they take them: LSP 3.18's `workspace.workspaceEdit.snippetEditSupport`, or the
//! older `experimental.snippetTextEdit` that rust-analyzer introduced and several clients
//! implement. lsp-types 0.94 models neither, so both are read from the raw `initialize`
//! request and written into the raw `codeAction` response; the handlers only mark an action's
//! snippet in its `data`.

use serde_json::{json, Value};
use std::sync::OnceLock;

/// The key in a code action's `data` that carries its snippet until the response goes out.
pub const DATA_KEY: &str = "copydeskSnippet";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Support {
    None,
    /// `SnippetTextEdit`: `{ range, snippet: { kind: "snippet", value } }`.
    Standard,
    /// A `TextEdit` with `insertTextFormat: 2`.
    Experimental,
}

/// What the client declared in `initialize`, set once.
#[derive(Default)]
pub struct Negotiated(OnceLock<Support>);

impl Negotiated {
    pub fn read_initialize(&self, params: Option<&Value>) {
        let capabilities = params.map(|p| &p["capabilities"]);
        let declared = |pointer: &str| {
            capabilities
                .and_then(|c| c.pointer(pointer))
                .and_then(Value::as_bool)
                .unwrap_or(false)
        };
        let support = if declared("/workspace/workspaceEdit/snippetEditSupport") {
            Support::Standard
        } else if declared("/experimental/snippetTextEdit") {
            Support::Experimental
        } else {
            Support::None
        };
        let _ = self.0.set(support);
    }

    pub fn support(&self) -> Support {
        self.0.get().copied().unwrap_or(Support::None)
    }
}

/// Rewrites the marked actions of a `codeAction` result: their single edit becomes a snippet
/// edit when the client takes snippets; the mark is removed either way.
pub fn apply(result: &mut Value, support: Support) {
    let Some(actions) = result.as_array_mut() else {
        return;
    };
    for action in actions {
        let Some(snippet) = action
            .get_mut("data")
            .and_then(|data| data.as_object_mut())
            .and_then(|data| data.remove(DATA_KEY))
        else {
            continue;
        };
        if action["data"].as_object().is_some_and(|d| d.is_empty()) {
            if let Some(action) = action.as_object_mut() {
                action.remove("data");
            }
        }
        if support != Support::None {
            if let Some(edit) = snippet_edit(&action["edit"], &snippet, support) {
                action["edit"] = edit;
            }
        }
    }
}

/// `{ changes: { uri: [one edit] } }`, or the same as versioned `documentChanges`, as
/// `documentChanges` with the snippet in place of the plain text.
fn snippet_edit(edit: &Value, snippet: &Value, support: Support) -> Option<Value> {
    let (document, edits) = match edit["changes"].as_object() {
        Some(changes) => {
            let [(uri, edits)] = changes.iter().collect::<Vec<_>>()[..] else {
                return None;
            };
            (json!({ "uri": uri, "version": null }), edits)
        }
        None => {
            let [change] = edit["documentChanges"].as_array()?.as_slice() else {
                return None;
            };
            (change["textDocument"].clone(), &change["edits"])
        }
    };
    let [plain] = edits.as_array()?.as_slice() else {
        return None;
    };
    let range = &plain["range"];
    let text_edit = match support {
        Support::Standard => {
            json!({ "range": range, "snippet": { "kind": "snippet", "value": snippet } })
        }
        Support::Experimental => {
            json!({ "range": range, "newText": snippet, "insertTextFormat": 2 })
        }
        Support::None => return None,
    };
    Some(json!({ "documentChanges": [{
        "textDocument": document,
        "edits": [text_edit],
    }] }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked() -> Value {
        let range =
            json!({ "start": { "line": 2, "character": 0 }, "end": { "line": 2, "character": 0 } });
        json!([{
            "title": "Insert a dateline",
            "edit": { "changes": { "file:///a.txt": [{ "range": range, "newText": "CITY, State — " }] } },
            "data": { DATA_KEY: "${1:CITY}, ${2:State} — " },
        }])
    }

    #[test]
    fn plain_clients_keep_the_plain_edit_without_the_mark() {
        let mut result = marked();
        apply(&mut result, Support::None);
        assert!(result[0].get("data").is_none());
        assert_eq!(
            result[0]["edit"]["changes"]["file:///a.txt"][0]["newText"],
            "CITY, State — "
        );
    }

    #[test]
    fn snippet_clients_get_the_placeholders() {
        let mut result = marked();
        apply(&mut result, Support::Standard);
        let edit = &result[0]["edit"]["documentChanges"][0]["edits"][0];
        assert_eq!(edit["snippet"]["value"], "${1:CITY}, ${2:State} — ");
        let mut result = marked();
        apply(&mut result, Support::Experimental);
        let edit = &result[0]["edit"]["documentChanges"][0]["edits"][0];
        assert_eq!(
            (edit["newText"].clone(), edit["insertTextFormat"].clone()),
            (json!("${1:CITY}, ${2:State} — "), json!(2))
        );
    }

    #[test]
    fn a_versioned_edit_keeps_its_version_as_a_snippet() {
        let mut result = marked();
        let plain = result[0]["edit"]["changes"]["file:///a.txt"].clone();
        result[0]["edit"] = json!({ "documentChanges": [{
            "textDocument": { "uri": "file:///a.txt", "version": 7 }, "edits": plain }] });
        apply(&mut result, Support::Standard);
        let change = &result[0]["edit"]["documentChanges"][0];
        assert_eq!(change["textDocument"]["version"], 7);
        assert_eq!(
            change["edits"][0]["snippet"]["value"],
            "${1:CITY}, ${2:State} — "
        );
    }

    #[test]
    fn a_missing_capability_means_no_snippets() {
        let negotiated = Negotiated::default();
        negotiated.read_initialize(Some(&json!({ "capabilities": {} })));
        assert_eq!(negotiated.support(), Support::None);
    }
}
