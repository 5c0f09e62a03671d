//! Each paragraph's words, tokenized once and shared: attribution reads windows of them around
//! every quote, pronoun resolution the subjects of its sentences.

use crate::article::tokens::{tokens, Tok, TokKind, Tokens};
use crate::text::Span;
use std::borrow::Cow;
use std::collections::VecDeque;

/// One paragraph's prose and the spans of its quotes, in order.
pub struct Paragraph<'a> {
    pub prose: &'a str,
    pub span: Span,
    pub quotes: Vec<Span>,
    /// The whole paragraph's tokens, for a paragraph read once per quote.
    tokens: Option<Vec<Tok<'a>>>,
}

pub(super) fn floor(prose: &str, at: usize) -> usize {
    crate::text::floor_char_boundary(prose, at)
}

impl<'a> Paragraph<'a> {
    pub fn new(prose: &'a str, span: Span, quotes: Vec<Span>) -> Self {
        Paragraph {
            prose,
            span,
            quotes,
            tokens: None,
        }
    }

    /// A paragraph tokenized once up front, because each of its quotes reads the words around
    /// it.
    pub fn tokenized(prose: &'a str, span: Span, quotes: Vec<Span>) -> Self {
        let tokens = tokens(prose, span, &quotes);
        Paragraph {
            tokens: Some(tokens),
            ..Paragraph::new(prose, span, quotes)
        }
    }

    /// Tokens of the paragraph between two offsets, each quote one token.
    ///
    /// From the paragraph's start or a quote's end, to a quote's start or the paragraph's end,
    /// tokenizing the window reads exactly as the whole paragraph does, so such a window is cut
    /// from the paragraph's tokens. Anywhere else a word may be cut in two, and the window's
    /// edges are tokenized on their own (`spliced`).
    pub(super) fn toks(&self, from: usize, to: usize) -> Cow<'_, [Tok<'a>]> {
        let from = from.max(self.span.start);
        let to = to.min(self.span.end);
        if let Some(all) = &self.tokens {
            if to <= from {
                return Cow::Borrowed(&[]);
            }
            let clean_start = from == self.span.start
                || self.quotes.binary_search_by_key(&from, |q| q.end).is_ok();
            let clean_end =
                to == self.span.end || self.quotes.binary_search_by_key(&to, |q| q.start).is_ok();
            if clean_start && clean_end {
                let first = all.partition_point(|t| t.span.start < from);
                let rest = &all[first..];
                return Cow::Borrowed(&rest[..rest.partition_point(|t| t.span.start < to)]);
            }
            return Cow::Owned(self.spliced(all, from, to));
        }
        Cow::Owned(tokens(self.prose, Span::new(from, to), &self.quotes))
    }

    /// The tokens of a window that may cut a word at either edge, as tokenizing it alone gives
    /// them. The tokenizer's state is only where it stands, so once the window's own tokens
    /// reach a token start of the paragraph's, the paragraph's tokens follow, up to a word that
    /// runs past the window's end; from there the window is tokenized again. (A word that ends
    /// inside the window reads the same in it: what made it go on lies inside it.)
    fn spliced(&self, all: &[Tok<'a>], from: usize, to: usize) -> Vec<Tok<'a>> {
        let to = floor(self.prose, to);
        let mut out = Vec::new();
        let mut synced = None;
        for t in Tokens::new(self.prose, Span::new(from, to), &self.quotes) {
            if let Ok(k) = all.binary_search_by_key(&t.span.start, |a| a.span.start) {
                synced = Some(k);
                break;
            }
            out.push(t);
        }
        let Some(first) = synced else {
            return out;
        };
        let rest = &all[first..];
        let within = &rest[..rest.partition_point(|t| t.span.start < to)];
        // Tokens do not overlap, so only the last can be a word that runs past the end.
        match within.split_last() {
            Some((last, before)) if last.kind == TokKind::Word && last.span.end > to => {
                out.extend_from_slice(before);
                out.extend(Tokens::new(
                    self.prose,
                    Span::new(last.span.start, to),
                    &self.quotes,
                ));
            }
            _ => out.extend_from_slice(within),
        }
        out
    }
}

/// A quote's place: its paragraph (an index into the body's paragraphs) and its span.
#[derive(Clone, Copy, Debug)]
pub struct QuoteAt {
    pub paragraph: usize,
    pub span: Span,
}

/// The body's paragraphs, each tokenized at most once per article: attribution reads the words
/// around every quote of a paragraph, and pronoun resolution reads the subjects of the same
/// paragraph's sentences.
pub struct Paragraphs<'a> {
    prose: &'a str,
    spans: Vec<Span>,
    /// Every quote, in text order (so sorted by paragraph).
    quotes: Vec<QuoteAt>,
    read: Vec<Option<Paragraph<'a>>>,
    /// The paragraphs kept tokenized, oldest first, and their bytes: a long draft keeps only
    /// the latest, so that its tokens never all sit in memory at once.
    kept: VecDeque<usize>,
    kept_bytes: usize,
}

/// Prose kept tokenized at once: far more than any article, a small part of a huge draft.
const KEPT_BYTES: usize = 1 << 20;

impl<'a> Paragraphs<'a> {
    pub fn new(prose: &'a str, spans: Vec<Span>, quotes: Vec<QuoteAt>) -> Self {
        let read = std::iter::repeat_with(|| None).take(spans.len()).collect();
        Paragraphs {
            prose,
            spans,
            quotes,
            read,
            kept: VecDeque::new(),
            kept_bytes: 0,
        }
    }

    /// Each paragraph's span as attribution reads it: a dateline that opens one is left out.
    pub fn spans(&self) -> &[Span] {
        &self.spans
    }

    /// Paragraph `index` with its quotes, tokenized on first use.
    pub fn get(&mut self, index: usize) -> &Paragraph<'a> {
        if self.read[index].is_none() {
            while self.kept_bytes > KEPT_BYTES {
                let Some(oldest) = self.kept.pop_front() else {
                    break;
                };
                self.read[oldest] = None;
                self.kept_bytes -= self.spans[oldest].len();
            }
            self.kept.push_back(index);
            self.kept_bytes += self.spans[index].len();
        }
        let (prose, spans, quotes) = (self.prose, &self.spans, &self.quotes);
        self.read[index].get_or_insert_with(|| {
            let first = quotes.partition_point(|q| q.paragraph < index);
            let end = quotes.partition_point(|q| q.paragraph <= index);
            let own = quotes[first..end].iter().map(|q| q.span).collect();
            Paragraph::tokenized(prose, spans[index], own)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::one_paragraph as parsed;
    use super::*;

    #[test]
    fn a_long_draft_keeps_only_its_latest_paragraphs_tokenized_and_rereads_the_rest_alike() {
        let paragraph = "“We knew the levee was weak,” said Rita Alvarez, the director.";
        let prose = format!("{paragraph}\n\n").repeat(40_000);
        let spans: Vec<Span> = (0..40_000)
            .map(|i| {
                Span::new(
                    i * (paragraph.len() + 2),
                    i * (paragraph.len() + 2) + paragraph.len(),
                )
            })
            .collect();
        let mut paragraphs = Paragraphs::new(&prose, spans.clone(), Vec::new());
        let first = paragraphs
            .get(0)
            .toks(spans[0].start, spans[0].end)
            .to_vec();
        for index in 0..spans.len() {
            paragraphs.get(index);
        }
        assert!(paragraphs.kept_bytes <= KEPT_BYTES + paragraph.len());
        assert!(
            paragraphs.read[0].is_none(),
            "the first paragraph was let go"
        );
        let again = paragraphs
            .get(0)
            .toks(spans[0].start, spans[0].end)
            .to_vec();
        assert_eq!(format!("{first:?}"), format!("{again:?}"));
    }

    #[test]
    fn windows_cut_from_the_paragraph_read_as_windows_tokenized_alone() {
        let text = "Mr. Smith of the U.S. said: “We won.” Then al-Assad, 3.5 points up, \
                    added “It is over,” and Ms. Jones—the chair—said “No” at 5 p.m. today.";
        let (structure, quotes) = parsed(text);
        let span = Span::new(0, text.len());
        let cached = Paragraph::tokenized(&structure.prose, span, quotes.clone());
        let fresh = Paragraph::new(&structure.prose, span, quotes.clone());
        let mut edges = vec![0, text.len()];
        edges.extend(quotes.iter().flat_map(|q| [q.start, q.end]));
        for &from in &edges {
            for &to in &edges {
                let cut: Vec<_> = cached.toks(from, to).iter().map(|t| t.span).collect();
                let alone: Vec<_> = fresh.toks(from, to).iter().map(|t| t.span).collect();
                assert_eq!(cut, alone, "{from}..{to}");
            }
        }
    }

    #[test]
    fn windows_that_cut_words_read_as_windows_tokenized_alone() {
        let text = "Mr. Smith of the U.S. said: “We won.” Then al-Assad, 3.5 points up, \
                    added “It’s over,” and Ms. Jones—the chair—said “No” at 5 p.m. today. \
                    The O’Brien-led A.B.C. group didn’t.";
        let (structure, quotes) = parsed(text);
        let span = Span::new(0, text.len());
        let cached = Paragraph::tokenized(&structure.prose, span, quotes.clone());
        let fresh = Paragraph::new(&structure.prose, span, quotes.clone());
        let read = |p: &Paragraph, from, to| -> Vec<_> {
            p.toks(from, to).iter().map(|t| (t.span, t.kind)).collect()
        };
        let offsets: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for &from in &offsets {
            for &to in offsets.iter().filter(|&&to| to >= from) {
                assert_eq!(
                    read(&cached, from, to),
                    read(&fresh, from, to),
                    "{from}..{to}"
                );
            }
        }
    }
}
