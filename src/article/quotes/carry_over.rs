//! Attribution shared between quotes: along a multi-paragraph quotation, from an earlier quote
//! in the same paragraph, from a colon introduction at the end of the previous paragraph, and
//! carried over to a follow-on paragraph from the previous paragraph's last quote.

use super::attribution::{self, Cue, Paragraph, Paragraphs};
use super::{Attribution, AttributionSource, NotSpeech, Quote, QuoteKind};
use crate::article::structure::{ParagraphKind, Structure};
use crate::text::Span;

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

pub fn attribute(
    structure: &Structure,
    paragraphs: &mut Paragraphs,
    quotes: &mut [Quote],
    extra: &[String],
) {
    let prose = structure.prose.as_str();
    // Quotes grouped by paragraph: quotes are in text order, so each group is a range.
    let mut groups: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
    for (i, q) in quotes.iter().enumerate() {
        match groups.last_mut() {
            Some((p, range)) if *p == q.paragraph => range.end = i + 1,
            _ => groups.push((q.paragraph, i..i + 1)),
        }
    }

    for (paragraph, range) in &groups {
        let p = paragraphs.get(*paragraph);
        for (local, i) in range.clone().enumerate() {
            let full = quotes[i].kind == QuoteKind::Full;
            if let Some(cue) = attribution::own(p, local, full, extra) {
                let source = if cue.previous_sentence {
                    AttributionSource::CarriedOver
                } else {
                    AttributionSource::Own
                };
                quotes[i].attribution = Some(from_cue(cue, source));
            } else if quotes[i].not_speech.is_none() && is_scare_quote(prose, &quotes[i]) {
                quotes[i].not_speech = Some(NotSpeech::ScareQuote);
            }
        }
    }

    // Along a multi-paragraph quotation, the first attribution anywhere in it holds for all.
    let mut head: Vec<usize> = (0..quotes.len()).collect();
    let mut chain_attribution: Vec<Option<usize>> = vec![None; quotes.len()];
    for i in 0..quotes.len() {
        if let Some(previous) = quotes[i].continues {
            head[i] = head[previous];
        }
        if quotes[i].attribution.is_some() && chain_attribution[head[i]].is_none() {
            chain_attribution[head[i]] = Some(i);
        }
    }
    for i in 0..quotes.len() {
        if quotes[i].attribution.is_none() {
            if let Some(from) = chain_attribution[head[i]] {
                if let Some(a) = &quotes[from].attribution {
                    quotes[i].attribution =
                        Some(borrowed(a, AttributionSource::Continuation, from));
                }
            }
        }
    }

    let mut last_in_paragraph: Option<(usize, usize)> = None;
    for (paragraph, range) in &groups {
        // The paragraph's latest attributed speech quote so far, kept as we go to stay linear.
        let mut latest: Option<usize> = None;
        for i in range.clone() {
            if i > range.start && quotes[i - 1].is_speech() && quotes[i - 1].attribution.is_some() {
                latest = Some(i - 1);
            }
            if quotes[i].attribution.is_some() || !quotes[i].is_speech() {
                continue;
            }
            if quotes[i].continues.is_some() {
                let h = head[i];
                if let Some(a) = quotes[h].attribution.clone() {
                    quotes[i].attribution = Some(borrowed(&a, AttributionSource::Continuation, h));
                }
                continue;
            }
            // A second quote in the paragraph keeps the speaker of the one before it.
            if let Some(from) = latest {
                quotes[i].attribution = quotes[from]
                    .attribution
                    .as_ref()
                    .map(|a| borrowed(a, AttributionSource::SameParagraph, from));
                continue;
            }
            if i == range.start && *paragraph > 0 {
                if let Some(a) = introduced(structure, *paragraph, quotes[i].span, extra) {
                    quotes[i].attribution = Some(a);
                    continue;
                }
            }
            if quotes[i].kind == QuoteKind::Full && i == range.start {
                if let Some(a) =
                    carried_over(structure, quotes, last_in_paragraph, *paragraph, extra)
                {
                    quotes[i].attribution = Some(a);
                }
            }
        }
        // The paragraph's last speech quote: where a follow-on paragraph takes its speaker.
        if let Some(last) = range.clone().rev().find(|&i| quotes[i].is_speech()) {
            last_in_paragraph = Some((*paragraph, last));
        }
        // Later members of a chain take what its head found.
        for i in range.clone() {
            if quotes[i].attribution.is_none() && quotes[i].continues.is_some() {
                if let Some(a) = quotes[head[i]].attribution.clone() {
                    quotes[i].attribution =
                        Some(borrowed(&a, AttributionSource::Continuation, head[i]));
                }
            }
        }
    }
    // Quotes whose previous paragraph held speech they share have been linked; the rest of the
    // chain members (continuing into later paragraphs) pick up the head's attribution.
    for i in 0..quotes.len() {
        if quotes[i].attribution.is_none() && head[i] != i {
            if let Some(a) = quotes[head[i]].attribution.clone() {
                quotes[i].attribution =
                    Some(borrowed(&a, AttributionSource::Continuation, head[i]));
            }
        }
    }
}

/// The speaker a follow-on paragraph borrows: whoever the previous paragraph last reported
/// speaking, in its last speech quote or in a sentence after it (`Mr Cartagena said the
/// industry expects …`).
fn carried_over(
    structure: &Structure,
    quotes: &[Quote],
    last_quote: Option<(usize, usize)>,
    paragraph: usize,
    extra: &[String],
) -> Option<Attribution> {
    let previous = paragraph.checked_sub(1)?;
    let previous_span = structure
        .paragraphs
        .get(previous)
        .filter(|p| p.kind != ParagraphKind::Subhead)?
        .span;
    let last_quote = last_quote.filter(|&(p, _)| p == previous).map(|(_, q)| q);
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
    paragraph: usize,
    quote: Span,
    extra: &[String],
) -> Option<Attribution> {
    let prose = structure.prose.as_str();
    let current = structure.paragraphs.get(paragraph)?;
    if quote.start != current.span.start {
        return None;
    }
    let previous = structure.paragraphs.get(paragraph - 1)?;
    let p = Paragraph::new(prose, previous.span, Vec::new());
    attribution::colon_introduction(&p, extra).map(|cue| from_cue(cue, AttributionSource::Own))
}
