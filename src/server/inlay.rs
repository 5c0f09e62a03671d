//! Inlay hints: the speaker after each attributed quote (`— Charap`), so a reporter can see
//! who the server thinks is talking without hovering.

use super::documents::Snapshot;
use crate::article::Article;
use crate::text::Span;
use tower_lsp::lsp_types::{InlayHint, InlayHintKind, InlayHintLabel};

pub fn speaker_hints(snapshot: &Snapshot, visible: Span) -> Vec<InlayHint> {
    let article = &snapshot.analysis.article;
    let lines = snapshot.lines();
    article
        .quotes
        .iter()
        .filter(|quote| quote.is_speech() && quote.closed && visible.touches(quote.span.end))
        .filter_map(|quote| {
            let attribution = quote.attribution.as_ref()?;
            let name = match attribution.person {
                Some(person) => short_name(article, person),
                None => attribution.speaker.clone(),
            };
            Some(InlayHint {
                position: lines.position(quote.span.end),
                label: InlayHintLabel::String(format!("— {name}")),
                kind: Some(InlayHintKind::PARAMETER),
                text_edits: None,
                tooltip: None,
                padding_left: Some(true),
                padding_right: Some(false),
                data: None,
            })
        })
        .collect()
}

/// The surname as the draft spells it most, the way a second reference reads.
fn short_name(article: &Article, person: usize) -> String {
    let Some(person) = article.people.get(person) else {
        return String::new();
    };
    let spelling = person.canonical_spelling().unwrap_or(&person.name);
    spelling.rsplit(' ').next().unwrap_or(spelling).to_string()
}
