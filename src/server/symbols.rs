//! The article's outline, and people's names treated as symbols: definition is the first full
//! reference, references and highlights are every mention in every spelling, and rename
//! rewrites the surname in all of them.

use super::client::ClientAbilities;
use super::documents::Snapshot;
use crate::article::Person;
use crate::text::Span;
use tower_lsp::lsp_types::{
    DocumentHighlight, DocumentHighlightKind, DocumentSymbol, DocumentSymbolResponse, Location,
    Range, SymbolInformation, SymbolKind, TextEdit, WorkspaceEdit,
};

/// The outline, nested for clients that take it and flat (each symbol naming its container)
/// for the others, in symbol kinds the client knows.
pub fn document_symbols(
    snapshot: &Snapshot,
    abilities: &ClientAbilities,
) -> DocumentSymbolResponse {
    let mut symbols = outline(snapshot);
    for symbol in &mut symbols {
        known_kinds(symbol, abilities);
    }
    if abilities.nested_symbols {
        return DocumentSymbolResponse::Nested(symbols);
    }
    let mut flat = Vec::new();
    for symbol in symbols {
        flatten(snapshot, symbol, None, &mut flat);
    }
    DocumentSymbolResponse::Flat(flat)
}

/// A dateline is an `Event`, which the protocol's default set of kinds lacks.
fn known_kinds(symbol: &mut DocumentSymbol, abilities: &ClientAbilities) {
    let fallbacks: &[SymbolKind] = match symbol.kind {
        SymbolKind::EVENT => &[SymbolKind::CONSTANT, SymbolKind::STRING],
        _ => &[SymbolKind::STRING],
    };
    symbol.kind = abilities.symbol_kind(symbol.kind, fallbacks);
    for child in symbol.children.iter_mut().flatten() {
        known_kinds(child, abilities);
    }
}

#[allow(deprecated)] // `deprecated` is a required field of the protocol type.
fn flatten(
    snapshot: &Snapshot,
    symbol: DocumentSymbol,
    container: Option<&str>,
    flat: &mut Vec<SymbolInformation>,
) {
    flat.push(SymbolInformation {
        name: symbol.name.clone(),
        kind: symbol.kind,
        tags: None,
        deprecated: None,
        location: Location::new(snapshot.uri.clone(), symbol.range),
        container_name: container.map(str::to_string),
    });
    for child in symbol.children.into_iter().flatten() {
        flatten(snapshot, child, Some(&symbol.name), flat);
    }
}

fn outline(snapshot: &Snapshot) -> Vec<DocumentSymbol> {
    let article = &snapshot.analysis.article;
    let text = &snapshot.text;
    let mut symbols = Vec::new();
    if let Some(headline) = article.structure.headline {
        symbols.push(symbol(
            snapshot,
            one_line(headline.slice(text)),
            Some("headline"),
            SymbolKind::FILE,
            headline,
            headline,
            None,
        ));
    }
    if let Some(dateline) = &article.dateline.dateline {
        let name = one_line(
            dateline
                .span
                .slice(text)
                .trim_end_matches([' ', '—', '-', '–']),
        );
        symbols.push(symbol(
            snapshot,
            name,
            Some("dateline"),
            SymbolKind::EVENT,
            dateline.span,
            dateline.place,
            None,
        ));
    }
    for (index, person) in article.people.iter().enumerate() {
        let Some(first) = introduction(person) else {
            continue;
        };
        let quotes: Vec<_> = article
            .quotes_of(index)
            .into_iter()
            .map(|q| &article.quotes[q])
            .collect();
        // A person's range covers all their mentions and quotes, so their quotes nest inside.
        let span = person
            .mentions
            .iter()
            .map(|m| m.span)
            .chain(quotes.iter().map(|q| q.span))
            .fold(first, Span::cover);
        let quotes = quotes
            .into_iter()
            .map(|quote| {
                symbol(
                    snapshot,
                    one_line(quote.content.slice(text)),
                    Some("quote"),
                    SymbolKind::STRING,
                    quote.span,
                    quote.span,
                    None,
                )
            })
            .collect();
        symbols.push(symbol(
            snapshot,
            person.name.clone(),
            person.role.as_deref(),
            SymbolKind::CLASS,
            span,
            first,
            Some(quotes),
        ));
    }
    symbols
}

#[allow(deprecated)] // `deprecated` is a required field of the protocol type.
fn symbol(
    snapshot: &Snapshot,
    name: String,
    detail: Option<&str>,
    kind: SymbolKind,
    span: Span,
    selection: Span,
    children: Option<Vec<DocumentSymbol>>,
) -> DocumentSymbol {
    let lines = snapshot.lines();
    DocumentSymbol {
        name: if name.is_empty() {
            "(empty)".to_string()
        } else {
            name
        },
        detail: detail.map(str::to_string),
        kind,
        tags: None,
        deprecated: None,
        range: lines.range(span),
        selection_range: lines.range(selection),
        children,
    }
}

fn one_line(text: &str) -> String {
    let joined = crate::text::join_whitespace(text);
    match joined.char_indices().nth(60) {
        Some((cut, _)) => format!("{}…", &joined[..cut]),
        None => joined,
    }
}

/// The first full reference, or the first mention when the name is never given in full.
fn introduction(person: &Person) -> Option<Span> {
    person
        .first_full
        .and_then(|i| person.mentions.get(i))
        .or(person.mentions.first())
        .map(|m| m.span)
}

fn person_at(snapshot: &Snapshot, offset: usize) -> Option<&Person> {
    let article = &snapshot.analysis.article;
    article
        .person_at(offset)
        .map(|(person, _)| &article.people[person])
}

pub fn definition(snapshot: &Snapshot, offset: usize) -> Option<Location> {
    let span = introduction(person_at(snapshot, offset)?)?;
    Some(Location::new(
        snapshot.uri.clone(),
        snapshot.lines().range(span),
    ))
}

pub fn references(
    snapshot: &Snapshot,
    offset: usize,
    include_declaration: bool,
) -> Option<Vec<Location>> {
    let person = person_at(snapshot, offset)?;
    let declaration = introduction(person);
    let lines = snapshot.lines();
    Some(
        person
            .mentions
            .iter()
            .filter(|m| include_declaration || Some(m.span) != declaration)
            .map(|m| Location::new(snapshot.uri.clone(), lines.range(m.span)))
            .collect(),
    )
}

pub fn highlights(snapshot: &Snapshot, offset: usize) -> Option<Vec<DocumentHighlight>> {
    let person = person_at(snapshot, offset)?;
    let lines = snapshot.lines();
    Some(
        person
            .mentions
            .iter()
            .map(|m| DocumentHighlight {
                range: lines.range(m.span),
                kind: Some(DocumentHighlightKind::TEXT),
            })
            .collect(),
    )
}

/// The surname under the cursor, which is what a rename rewrites.
pub fn prepare_rename(snapshot: &Snapshot, offset: usize) -> Option<Range> {
    let article = &snapshot.analysis.article;
    let (person, mention) = article.person_at(offset)?;
    Some(
        snapshot
            .lines()
            .range(article.people[person].mentions[mention].surname),
    )
}

/// Rewrites the surname of every mention, whatever its spelling.
pub fn rename(
    snapshot: &Snapshot,
    offset: usize,
    new_name: &str,
    abilities: &ClientAbilities,
) -> Option<WorkspaceEdit> {
    let person = person_at(snapshot, offset)?;
    let lines = snapshot.lines();
    let edits = person
        .mentions
        .iter()
        .map(|m| TextEdit::new(lines.range(m.surname), new_name.to_string()))
        .collect();
    Some(snapshot.workspace_edit(edits, abilities.versioned_edits))
}
