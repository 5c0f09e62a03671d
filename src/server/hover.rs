//! Hover cards: who a person is and everything they say in the draft; who said a quote.

use super::documents::Snapshot;
use crate::article::{Article, Quote};
use crate::text::Span;
use std::fmt::Write;
use tower_lsp::lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind};

/// Quotes longer than this are cut at a word boundary in cards.
const QUOTE_CHARS: usize = 90;

pub fn hover(snapshot: &Snapshot, offset: usize) -> Option<Hover> {
    let article = &snapshot.analysis.article;
    let (markdown, span) = if let Some((person, mention)) = article.person_at(offset) {
        (
            person_card(snapshot, person),
            article.people[person].mentions[mention].span,
        )
    } else {
        let quote = article.quote_at(offset)?;
        (quote_card(snapshot, quote)?, article.quotes[quote].span)
    };
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: markdown,
        }),
        range: Some(snapshot.lines().range(span)),
    })
}

pub fn person_card(snapshot: &Snapshot, person: usize) -> String {
    let article = &snapshot.analysis.article;
    let who = &article.people[person];
    let mut card = format!("**{}**", who.name);
    if let Some(role) = &who.role {
        let _ = write!(card, ", {role}");
    }
    let quotes = article.quotes_of(person);
    match quotes.len() {
        0 => card.push_str("\n\nNot quoted in this draft."),
        n => {
            let _ = write!(
                card,
                "\n\n{n} {}:\n",
                if n == 1 { "quote" } else { "quotes" }
            );
            for quote in quotes {
                let quote = &article.quotes[quote];
                let _ = write!(
                    card,
                    "\n- “{}” — {}",
                    trimmed(&snapshot.text, quote.content),
                    line_link(snapshot, quote.span.start)
                );
            }
        }
    }
    let mentions = who.mentions.len();
    let _ = write!(
        card,
        "\n\nMentioned {mentions} {}.",
        if mentions == 1 { "time" } else { "times" }
    );
    if who.variants.len() > 1 {
        let spellings: Vec<String> = who
            .variants
            .iter()
            .map(|v| format!("“{}” ({}×)", v.spelling, v.mentions.len()))
            .collect();
        let _ = write!(card, " Spelled {}.", spellings.join(", "));
    }
    card
}

pub fn quote_card(snapshot: &Snapshot, quote: usize) -> Option<String> {
    let article = &snapshot.analysis.article;
    let this = &article.quotes[quote];
    if !this.is_speech() {
        return None;
    }
    let Some(attribution) = &this.attribution else {
        return Some(match likely_speaker(article, quote) {
            Some(earlier) => format!(
                "No one is attributed. Probably **{}**, last quoted on {}.",
                speaker(earlier).unwrap_or_default(),
                line_link(snapshot, earlier.span.start)
            ),
            None => "No one is attributed, and no one is quoted before it.".to_string(),
        });
    };
    let mut card = format!("**{}**", attribution.speaker);
    if let Some(cue) = &attribution.cue {
        let _ = write!(card, " — {cue}");
    }
    if let Some(from) = attribution.from_quote.and_then(|i| article.quotes.get(i)) {
        if attribution.inferred() {
            let _ = write!(
                card,
                "\n\nCarried over from the quote on {}.",
                line_link(snapshot, from.span.start)
            );
        }
    }
    Some(card)
}

/// The speaker of the nearest earlier attributed quote.
fn likely_speaker(article: &Article, quote: usize) -> Option<&Quote> {
    article.quotes[..quote]
        .iter()
        .rev()
        .find(|q| q.attribution.is_some())
}

fn speaker(quote: &Quote) -> Option<&str> {
    quote.attribution.as_ref().map(|a| a.speaker.as_str())
}

/// "line 14" as a link that jumps there in clients that render links.
fn line_link(snapshot: &Snapshot, offset: usize) -> String {
    let line = snapshot.index.line_of(offset) + 1;
    format!("[line {line}]({}#L{line})", snapshot.uri)
}

/// A quote's words on one line, cut after about `QUOTE_CHARS` characters at a word boundary.
fn trimmed(text: &str, content: Span) -> String {
    let words: Vec<&str> = content.slice(text).split_whitespace().collect();
    let mut out = String::new();
    for word in words {
        if !out.is_empty() && out.chars().count() + word.chars().count() >= QUOTE_CHARS {
            out.push('…');
            return out;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_quotes_are_cut_at_a_word() {
        let text = "“It sounds like there were specifics discussed, based on what Trump said, and then some more words after that.”";
        let content = Span::new("“".len(), text.len() - "”".len());
        let cut = trimmed(text, content);
        assert!(cut.ends_with("some…"), "{cut}");
        assert!(cut.chars().count() <= QUOTE_CHARS + 1);
        assert_eq!(
            trimmed("a  short\n quote", Span::new(0, 15)),
            "a short quote"
        );
    }
}
