//! Hover cards: who a person is and everything they say in the draft; who said a quote.

use super::documents::Snapshot;
use crate::article::{Article, Attribution, Quote};
use crate::record::MatchKind;
use crate::text::Span;
use std::fmt::Write;
use tower_lsp::lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind};

/// Quotes longer than this are cut at a word boundary in cards.
const QUOTE_CHARS: usize = 90;

/// The card under `offset`: Markdown, or plain text for a client that takes no Markdown.
pub fn hover(snapshot: &Snapshot, offset: usize, markdown: bool) -> Option<Hover> {
    let article = &snapshot.analysis.article;
    let (card, span) = if let Some((person, mention)) = article.person_at(offset) {
        (
            person_card(snapshot, person),
            article.people[person].mentions[mention].span,
        )
    } else {
        let quote = article.quote_at(offset)?;
        (quote_card(snapshot, quote)?, article.quotes[quote].span)
    };
    let contents = match markdown {
        true => MarkupContent {
            kind: MarkupKind::Markdown,
            value: card,
        },
        false => MarkupContent {
            kind: MarkupKind::PlainText,
            value: plain(&card),
        },
    };
    Some(Hover {
        contents: HoverContents::Markup(contents),
        range: Some(snapshot.lines().range(span)),
    })
}

pub fn person_card(snapshot: &Snapshot, person: usize) -> String {
    let article = &snapshot.analysis.article;
    let who = &article.people[person];
    let mut card = format!("**{}**", who.name);
    if let Some(role) = &who.role {
        let _ = write!(card, ", {}", without_article(role));
    }
    let quotes = article.quotes_of(person);
    match quotes.len() {
        0 => card.push_str("\n\nNot quoted in this draft."),
        n => {
            let _ = write!(
                card,
                "\n\n{n} {}{}:\n",
                if n == 1 { "quote" } else { "quotes" },
                verified_count(snapshot, &quotes)
            );
            for quote in quotes {
                let quote = &article.quotes[quote];
                let guess = quote.attribution.as_ref().is_some_and(Attribution::unsure);
                let _ = write!(
                    card,
                    "\n- “{}” — {}{}",
                    trimmed(&snapshot.text, quote.content),
                    line_link(snapshot, quote.span.start),
                    if guess { " (probably)" } else { "" }
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
    let mut card = speaker_line(attribution);
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
    if let Some(line) = record_line(snapshot, quote) {
        let _ = write!(card, "\n\n{line}");
    }
    Some(card)
}

/// How a quote stands against the draft's record: "✓ transcripts/presser.txt line 214,
/// 00:14:32", or what differs. `None` for a draft without sources or a quote not checked.
fn record_line(snapshot: &Snapshot, quote: usize) -> Option<String> {
    let found = snapshot.analysis.record_matches.get(quote)?.as_ref()?;
    let place = found.passage.as_ref().map(|p| p.place());
    Some(match (found.kind, place) {
        (MatchKind::Exact, Some(place)) => format!("✓ {place}"),
        (MatchKind::Edited, Some(place)) => format!("✓ {place} (with marked omissions)"),
        (MatchKind::Differs, Some(place)) => format!("✗ not the record's words: {place}"),
        _ => "✗ in none of the draft's sources".to_string(),
    })
}

/// ", 2 checked against the record", for a draft with sources.
fn verified_count(snapshot: &Snapshot, quotes: &[usize]) -> String {
    let matches = &snapshot.analysis.record_matches;
    if matches.is_empty() {
        return String::new();
    }
    let verified = quotes
        .iter()
        .filter_map(|&quote| matches.get(quote)?.as_ref())
        .filter(|found| found.kind.is_verified())
        .count();
    format!(", {verified} verified against the record")
}

/// "**Alvarez**", or for a guess "probably **Alvarez** (or Ortiz)": the card never hides that
/// the speaker was weighed and the best did not win clearly.
fn speaker_line(attribution: &Attribution) -> String {
    if !attribution.unsure() {
        return format!("**{}**", attribution.speaker);
    }
    let mut line = format!("probably **{}**", attribution.speaker);
    if !attribution.alternatives.is_empty() {
        let _ = write!(line, " (or {})", attribution.alternatives.join(" or "));
    }
    line
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

/// The role as a card's appositive: "a senior political scientist at RAND" introduces
/// Charap, the card calls him "senior political scientist at RAND".
fn without_article(role: &str) -> &str {
    ["a ", "an ", "A ", "An "]
        .iter()
        .find_map(|article| role.strip_prefix(article))
        .unwrap_or(role)
}

/// "line 14" as a link that jumps there in clients that render links.
fn line_link(snapshot: &Snapshot, offset: usize) -> String {
    let line = snapshot.index.line_of(offset) + 1;
    format!("[line {line}]({}#L{line})", snapshot.uri)
}

/// A card without its Markdown: the cards use bold and links, nothing else.
fn plain(card: &str) -> String {
    let mut out = String::with_capacity(card.len());
    let mut rest = card;
    while let Some(open) = rest.find('[') {
        let link = rest[open..]
            .split_once("](")
            .and_then(|(label, after)| Some((label, after.find(')')?)));
        let Some((label, close)) = link else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&label[1..]);
        rest = &rest[open + label.len() + "](".len() + close + 1..];
    }
    out.push_str(rest);
    out.replace("**", "")
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
    fn roles_lose_their_indefinite_article() {
        assert_eq!(
            without_article("a senior political scientist at RAND"),
            "senior political scientist at RAND"
        );
        assert_eq!(without_article("an adviser"), "adviser");
        assert_eq!(without_article("the mayor"), "the mayor");
        assert_eq!(without_article("analyst"), "analyst");
    }

    #[test]
    fn plain_cards_keep_the_words_of_bold_and_links() {
        assert_eq!(
            plain("**Rita Ortiz**, mayor\n\n- “We are home” — [line 3](file:///a.txt#L3)"),
            "Rita Ortiz, mayor\n\n- “We are home” — line 3"
        );
        assert_eq!(plain("[not a link"), "[not a link");
    }

    #[test]
    fn a_guessed_speaker_is_shown_as_a_guess() {
        let mut attribution = Attribution {
            speaker: "Paul Hewitt".into(),
            kind: crate::article::SpeakerKind::Pronoun,
            speaker_span: None,
            person: None,
            cue: Some("said".into()),
            cue_span: None,
            source: crate::article::quotes::AttributionSource::Own,
            from_quote: None,
            confidence: 55,
            alternatives: vec!["Tom Ortiz".into()],
        };
        assert_eq!(
            speaker_line(&attribution),
            "probably **Paul Hewitt** (or Tom Ortiz)"
        );
        attribution.confidence = 100;
        assert_eq!(speaker_line(&attribution), "**Paul Hewitt**");
    }

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
