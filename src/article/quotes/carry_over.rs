//! Attribution shared between quotes: along a multi-paragraph quotation, from an earlier quote
//! in the same paragraph, from a colon introduction at the end of the previous paragraph, and
//! carried over to a follow-on paragraph from the previous paragraph's last quote.

use super::attribution::{self, Cue, Paragraph, Paragraphs};
use super::{Attribution, AttributionSource, NotSpeech, Quote, QuoteKind};
use crate::article::structure::{ParagraphKind, Structure};
use crate::text::Span;
use std::ops::Range;

fn from_cue(cue: Cue, source: AttributionSource) -> Attribution {
    Attribution {
        speaker: cue.speaker.text,
        kind: cue.speaker.kind,
        speaker_span: Some(cue.speaker.span),
        person: None,
        cue: Some(cue.cue).filter(|c| !c.is_empty()),
        cue_span: Some(cue.cue_span).filter(|s| !s.is_empty()),
        source,
        from_quote: None,
        confidence: 100,
        alternatives: Vec::new(),
    }
}

fn borrowed(from: &Attribution, source: AttributionSource, quote: usize) -> Attribution {
    Attribution {
        source,
        from_quote: Some(quote),
        ..from.clone()
    }
}

/// A short quote with no sentence punctuation that nobody is said to have said.
fn is_scare_quote(prose: &str, quote: &Quote) -> bool {
    let words = quote.content.slice(prose).trim_end_matches([',', '.']);
    quote.kind == QuoteKind::Partial
        && crate::text::count_words(words, 4) < 4
        && !words.contains(['.', '!', '?', ',', ';', ':'])
}

/// The quotes of one paragraph: quotes are in text order, so they are a range of indexes.
struct ParagraphQuotes {
    paragraph: usize,
    quotes: Range<usize>,
}

/// A paragraph's last speech quote: where a follow-on paragraph takes its speaker.
#[derive(Clone, Copy)]
struct LastSpeech {
    paragraph: usize,
    quote: usize,
}

fn by_paragraph(quotes: &[Quote]) -> Vec<ParagraphQuotes> {
    let mut groups: Vec<ParagraphQuotes> = Vec::new();
    for (i, q) in quotes.iter().enumerate() {
        match groups.last_mut() {
            Some(group) if group.paragraph == q.paragraph => group.quotes.end = i + 1,
            _ => groups.push(ParagraphQuotes {
                paragraph: q.paragraph,
                quotes: i..i + 1,
            }),
        }
    }
    groups
}

pub fn attribute(
    structure: &Structure,
    paragraphs: &mut Paragraphs,
    quotes: &mut [Quote],
    extra: &[String],
) {
    let groups = by_paragraph(quotes);
    for group in &groups {
        own_attributions(structure, paragraphs, quotes, group, extra);
    }
    let sharing = Sharing {
        structure,
        spans: paragraphs.spans(),
        head: chain_heads(quotes),
        extra,
    };
    sharing.along_chains(quotes);
    let mut last_speech: Option<LastSpeech> = None;
    for group in &groups {
        sharing.within_paragraph(quotes, group, last_speech);
        if let Some(quote) = group.quotes.clone().rev().find(|&i| quotes[i].is_speech()) {
            last_speech = Some(LastSpeech {
                paragraph: group.paragraph,
                quote,
            });
        }
        // Later members of a chain take what its head found.
        sharing.take_chain_heads(quotes, group.quotes.clone());
    }
    // Quotes whose previous paragraph held speech they share have been linked; the rest of the
    // chain members (continuing into later paragraphs) pick up the head's attribution.
    sharing.take_chain_heads(quotes, 0..quotes.len());
}

/// Each quote's own attribution; a short quote with none is a scare quote.
fn own_attributions(
    structure: &Structure,
    paragraphs: &mut Paragraphs,
    quotes: &mut [Quote],
    group: &ParagraphQuotes,
    extra: &[String],
) {
    let next = paragraphs.spans().get(group.paragraph + 1).copied();
    let p = paragraphs.get(group.paragraph);
    for (local, i) in group.quotes.clone().enumerate() {
        let full = quotes[i].kind == QuoteKind::Full;
        let own = attribution::own(p, local, full, extra);
        let credited = || {
            let alone = full && quote_fills_paragraph(structure, &quotes[i]);
            alone.then(|| credit_line_in(structure, next?)).flatten()
        };
        if let Some(cue) = own.or_else(credited) {
            let source = if cue.previous_sentence {
                AttributionSource::CarriedOver
            } else {
                AttributionSource::Own
            };
            quotes[i].attribution = Some(from_cue(cue, source));
        } else if quotes[i].not_speech.is_none() && is_scare_quote(&structure.prose, &quotes[i]) {
            quotes[i].not_speech = Some(NotSpeech::ScareQuote);
        }
    }
}

/// Whether a quote is all its paragraph holds, marks and white space aside.
fn quote_fills_paragraph(structure: &Structure, quote: &Quote) -> bool {
    let Some(paragraph) = structure.paragraphs.get(quote.paragraph) else {
        return false;
    };
    let prose = structure.prose.as_str();
    let outside = |from: usize, to: usize| {
        prose
            .get(from..to)
            .is_some_and(|text| text.trim_matches(|c: char| c.is_whitespace()).is_empty())
    };
    outside(paragraph.span.start, quote.span.start) && outside(quote.span.end, paragraph.span.end)
}

/// The credit line (`- Hillary Clinton.`) that opens a paragraph (the one after a quote's).
fn credit_line_in(structure: &Structure, next: Span) -> Option<attribution::Cue> {
    let p = Paragraph::new(structure.prose.as_str(), next, Vec::new());
    attribution::credit_line(&p)
}

/// For each quote, the first quote of the multi-paragraph quotation it belongs to (itself when
/// it continues none).
fn chain_heads(quotes: &[Quote]) -> Vec<usize> {
    let mut head: Vec<usize> = (0..quotes.len()).collect();
    for i in 0..quotes.len() {
        if let Some(previous) = quotes[i].continues {
            head[i] = head[previous];
        }
    }
    head
}

/// What attribution shares between quotes is read with.
struct Sharing<'s> {
    structure: &'s Structure,
    /// The paragraphs' spans as attribution reads them (`Paragraphs::spans`).
    spans: &'s [Span],
    /// Each quote's chain head (`chain_heads`).
    head: Vec<usize>,
    extra: &'s [String],
}

impl Sharing<'_> {
    /// Along a multi-paragraph quotation, the first attribution anywhere in it holds for all.
    fn along_chains(&self, quotes: &mut [Quote]) {
        let mut chain_attribution: Vec<Option<usize>> = vec![None; quotes.len()];
        for (i, quote) in quotes.iter().enumerate() {
            let head = self.head[i];
            if quote.attribution.is_some() && chain_attribution[head].is_none() {
                chain_attribution[head] = Some(i);
            }
        }
        for i in 0..quotes.len() {
            if quotes[i].attribution.is_none() {
                if let Some(from) = chain_attribution[self.head[i]] {
                    quotes[i].attribution = quotes[from]
                        .attribution
                        .as_ref()
                        .map(|a| borrowed(a, AttributionSource::Continuation, from));
                }
            }
        }
    }

    /// Chain members in `range` still unattributed take their head's attribution.
    fn take_chain_heads(&self, quotes: &mut [Quote], range: Range<usize>) {
        for i in range {
            let head = self.head[i];
            if quotes[i].attribution.is_none() && head != i {
                quotes[i].attribution = quotes[head]
                    .attribution
                    .as_ref()
                    .map(|a| borrowed(a, AttributionSource::Continuation, head));
            }
        }
    }

    /// The speech quotes of a paragraph still unattributed take a speaker from their chain's
    /// head, an earlier quote of the paragraph, a colon introduction, or the paragraph before.
    fn within_paragraph(
        &self,
        quotes: &mut [Quote],
        group: &ParagraphQuotes,
        last_speech: Option<LastSpeech>,
    ) {
        // The paragraph's latest attributed speech quote so far, kept as we go to stay linear.
        let mut latest: Option<usize> = None;
        for i in group.quotes.clone() {
            if i > group.quotes.start
                && quotes[i - 1].is_speech()
                && quotes[i - 1].attribution.is_some()
            {
                latest = Some(i - 1);
            }
            if quotes[i].attribution.is_some() || !quotes[i].is_speech() {
                continue;
            }
            quotes[i].attribution = self.shared(quotes, i, group, latest, last_speech);
        }
    }

    /// The attribution an unattributed speech quote `i` shares, if any.
    fn shared(
        &self,
        quotes: &[Quote],
        i: usize,
        group: &ParagraphQuotes,
        latest: Option<usize>,
        last_speech: Option<LastSpeech>,
    ) -> Option<Attribution> {
        if quotes[i].continues.is_some() {
            let head = self.head[i];
            return quotes[head]
                .attribution
                .as_ref()
                .map(|a| borrowed(a, AttributionSource::Continuation, head));
        }
        // A second quote in the paragraph keeps the speaker of the one before it.
        if let Some(from) = latest {
            return quotes[from]
                .attribution
                .as_ref()
                .map(|a| borrowed(a, AttributionSource::SameParagraph, from));
        }
        let opens_paragraph = i == group.quotes.start;
        if opens_paragraph && group.paragraph > 0 {
            let quote = quotes[i].span;
            if let Some(a) = introduced(
                self.structure,
                self.spans,
                group.paragraph,
                quote,
                self.extra,
            ) {
                return Some(a);
            }
        }
        if quotes[i].kind == QuoteKind::Full && opens_paragraph {
            return carried_over(
                self.structure,
                self.spans,
                quotes,
                last_speech,
                group.paragraph,
                self.extra,
            );
        }
        None
    }
}

/// The speaker a follow-on paragraph borrows: whoever the previous paragraph last reported
/// speaking, in its last speech quote or in a sentence after it (`Mr Cartagena said the
/// industry expects …`).
fn carried_over(
    structure: &Structure,
    spans: &[Span],
    quotes: &[Quote],
    last_speech: Option<LastSpeech>,
    paragraph: usize,
    extra: &[String],
) -> Option<Attribution> {
    let previous = paragraph.checked_sub(1)?;
    structure
        .paragraphs
        .get(previous)
        .filter(|p| p.kind != ParagraphKind::Subhead)?;
    let previous_span = *spans.get(previous)?;
    let last_quote = last_speech
        .filter(|last| last.paragraph == previous)
        .map(|last| last.quote);
    let after_quote = last_quote.map_or(previous_span.start, |q| quotes[q].span.end);
    let rest = Paragraph::new(
        structure.prose.as_str(),
        Span::new(after_quote, previous_span.end),
        Vec::new(),
    );
    if let Some(cue) = attribution::reported_speech(&rest, extra) {
        return Some(Attribution {
            source: AttributionSource::CarriedOver,
            ..from_cue(cue, AttributionSource::CarriedOver)
        });
    }
    if let Some(from) = last_quote {
        return quotes[from]
            .attribution
            .as_ref()
            .map(|a| borrowed(a, AttributionSource::CarriedOver, from));
    }
    // No quote and no reported speech: the person the paragraph ends on.
    attribution::last_subject(&rest).map(|cue| from_cue(cue, AttributionSource::CarriedOver))
}

/// A paragraph that opens with a quote after a paragraph ending in a colon introduction.
fn introduced(
    structure: &Structure,
    spans: &[Span],
    paragraph: usize,
    quote: Span,
    extra: &[String],
) -> Option<Attribution> {
    let prose = structure.prose.as_str();
    let current = structure.paragraphs.get(paragraph)?;
    if quote.start != current.span.start {
        return None;
    }
    let previous = spans.get(paragraph - 1)?;
    let p = Paragraph::new(prose, *previous, Vec::new());
    attribution::colon_introduction(&p, extra).map(|cue| from_cue(cue, AttributionSource::Own))
}

#[cfg(test)]
mod tests {
    fn speakers(draft: &str) -> Vec<String> {
        super::super::who_said(draft, true)
    }

    #[test]
    fn a_quotation_over_several_paragraphs_keeps_its_speaker() {
        assert_eq!(
            speakers("Levee holds\n\n“We knew the levee was weak,” Ortiz said. “We told the state.\n\n“Nobody came.\n\n“Then it rained.”\n"),
            [
                "We knew the levee was weak, — Ortiz (Own)",
                "We told the state. — Ortiz (SameParagraph)",
                "Nobody came. — Ortiz (Continuation)",
                "Then it rained. — Ortiz (Continuation)",
            ]
        );
    }

    #[test]
    fn a_second_quote_in_a_paragraph_keeps_its_speaker() {
        assert_eq!(
            speakers(
                "Levee holds\n\n“We knew,” Ortiz said. The levee was weak. “We told the state.”\n"
            ),
            [
                "We knew, — Ortiz (Own)",
                "We told the state. — Ortiz (SameParagraph)"
            ]
        );
        assert_eq!(
            speakers("Levee holds\n\n“We knew,” Ortiz said. The state was “simply not listening to anyone.”\n"),
            ["We knew, — Ortiz (Own)", "simply not listening to anyone. — Ortiz (SameParagraph)"]
        );
    }

    #[test]
    fn a_quote_after_a_sentence_about_someone_takes_that_speaker() {
        // The sentence before a quote that opens its own sentence lends its subject, which the
        // reader carries over as across paragraphs; a sentence that holds a quote handing over
        // to its cue (“We knew,” Ortiz said.) lends that quote's speaker, as the paragraph's.
        assert_eq!(
            speakers("Levee holds\n\n“We knew,” Ortiz said. “We told the state.” Alvarez disagreed. “Nobody told us.”\n"),
            [
                "We knew, — Ortiz (Own)",
                "We told the state. — Ortiz (SameParagraph)",
                "Nobody told us. — Alvarez (CarriedOver)",
            ]
        );
    }

    #[test]
    fn a_follow_on_paragraph_takes_the_speaker_of_the_paragraph_before() {
        assert_eq!(
            speakers("Levee holds\n\n“We knew,” Ortiz said.\n\n“We told the state in March.”\n"),
            [
                "We knew, — Ortiz (Own)",
                "We told the state in March. — Ortiz (CarriedOver)"
            ]
        );
        assert_eq!(
            speakers("Levee holds\n\nOrtiz was blunt:\n\n“We told the state in March.”\n"),
            ["We told the state in March. — Ortiz (Own)"]
        );
    }

    #[test]
    fn a_follow_on_quote_reaches_back_one_paragraph_only() {
        assert_eq!(
            speakers("Levee holds\n\n“We knew,” Ortiz said.\n\nThe state did not answer.\n\n“We told the state in March.”\n"),
            ["We knew, — Ortiz (Own)", "We told the state in March. — ?"]
        );
    }

    #[test]
    fn reported_speech_after_the_last_quote_hands_over_its_speaker() {
        // Today's reading, not an editor's: the last cue of the sentence is "warned", so the
        // speaker is "the state" rather than Alvarez.
        assert_eq!(
            speakers("Levee holds\n\n“We knew,” Ortiz said. Alvarez said the state was warned.\n\n“We told them in March.”\n"),
            ["We knew, — Ortiz (Own)", "We told them in March. — the state (CarriedOver)"]
        );
    }

    #[test]
    fn an_aside_in_parentheses_does_not_hide_who_spoke_before_it() {
        assert_eq!(
            speakers("Levee holds\n\nOrtiz also spoke about Levee Board v. Dayton, the case before the court. (The law requires a permit for every sandbag. The county also mandates three inspections.)\n\n“The levee is the law of the land.”\n"),
            ["The levee is the law of the land. — Ortiz (CarriedOver)"]
        );
    }
}
