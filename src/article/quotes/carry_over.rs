//! Attribution shared between quotes: along a multi-paragraph quotation, from an earlier quote
//! in the same paragraph, from a colon introduction at the end of the previous paragraph, and
//! carried over to a follow-on paragraph from the previous paragraph's last quote.

use super::attribution::{self, Cue, Paragraph};
use super::{Attribution, AttributionSource, NotSpeech, Quote, QuoteKind};
use crate::article::structure::{ParagraphKind, Structure};
use crate::text::Span;

fn from_cue(cue: Cue, source: AttributionSource) -> Attribution {
    Attribution {
        speaker: cue.speaker.text,
        kind: cue.speaker.kind,
        speaker_span: Some(cue.speaker.span),
        person: None,
        cue: Some(cue.cue),
        cue_span: Some(cue.cue_span),
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
        && words.split_whitespace().count() <= 3
        && !words.contains(['.', '!', '?', ',', ';', ':'])
}

pub fn attribute(structure: &Structure, quotes: &mut [Quote], extra: &[String]) {
    let prose = structure.prose.as_str();
    // Quotes grouped by paragraph: quotes are in text order, so each group is a range.
    let mut groups: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
    for (i, q) in quotes.iter().enumerate() {
        match groups.last_mut() {
            Some((p, range)) if *p == q.paragraph => range.end = i + 1,
            _ => groups.push((q.paragraph, i..i + 1)),
        }
    }
    let context = |paragraph: usize, range: &std::ops::Range<usize>, quotes: &[Quote]| Paragraph {
        prose,
        span: structure.paragraphs[paragraph].span,
        quotes: quotes[range.clone()].iter().map(|q| q.span).collect(),
    };

    for (paragraph, range) in &groups {
        let p = context(*paragraph, range, quotes);
        for (local, i) in range.clone().enumerate() {
            let full = quotes[i].kind == QuoteKind::Full;
            if let Some(cue) = attribution::own(&p, local, full, extra) {
                quotes[i].attribution = Some(from_cue(cue, AttributionSource::Own));
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
        for i in range.clone() {
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
            if let Some(a) = same_paragraph(prose, quotes, range.clone(), i) {
                quotes[i].attribution = Some(a);
                continue;
            }
            if i == range.start && *paragraph > 0 {
                if let Some(a) = introduced(structure, *paragraph, quotes[i].span, extra) {
                    quotes[i].attribution = Some(a);
                    continue;
                }
            }
            if quotes[i].kind == QuoteKind::Full && i == range.start {
                let previous = last_in_paragraph.filter(|&(p, _)| {
                    p + 1 == *paragraph && structure.paragraphs[p].kind != ParagraphKind::Subhead
                });
                if let Some((_, from)) = previous {
                    if let Some(a) = quotes[from].attribution.clone() {
                        quotes[i].attribution =
                            Some(borrowed(&a, AttributionSource::CarriedOver, from));
                    }
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

/// An earlier attributed quote in the paragraph, or the next one when only white space and
/// punctuation stand between them (`“We lost.” “We will be back,” she said.`).
fn same_paragraph(
    prose: &str,
    quotes: &[Quote],
    range: std::ops::Range<usize>,
    i: usize,
) -> Option<Attribution> {
    if let Some(from) = (range.start..i)
        .rev()
        .find(|&j| quotes[j].is_speech() && quotes[j].attribution.is_some())
    {
        return quotes[from]
            .attribution
            .as_ref()
            .map(|a| borrowed(a, AttributionSource::SameParagraph, from));
    }
    let next = i + 1;
    if next < range.end && quotes[next].is_speech() {
        let between = Span::new(quotes[i].span.end, quotes[next].span.start).slice(prose);
        if between
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '.' | ',' | '—' | '-'))
        {
            if let Some(a) = &quotes[next].attribution {
                if a.source == AttributionSource::Own {
                    return Some(borrowed(a, AttributionSource::SameParagraph, next));
                }
            }
        }
    }
    None
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
    let p = Paragraph {
        prose,
        span: previous.span,
        quotes: Vec::new(),
    };
    attribution::colon_introduction(&p, extra).map(|cue| from_cue(cue, AttributionSource::Own))
}
