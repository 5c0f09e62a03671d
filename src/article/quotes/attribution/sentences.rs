//! Where the writer's sentences end, among a paragraph's tokens.

use super::subject::main_subject;
use super::{Paragraph, Speaker};
use crate::article::lexicon;
use crate::article::tokens::{ends_sentence, Tok, TokKind};
use crate::text::is_quote_mark;

/// True when the token ends a sentence: a full stop before a capital, or a quote whose words end
/// one (`“We won.” The team…`).
///
/// Asked of every token, and most are words: they are turned away before the call.
#[inline]
pub(super) fn is_sentence_end(prose: &str, toks: &[Tok], i: usize) -> bool {
    matches!(
        toks[i].kind,
        TokKind::Punct('.' | '!' | '?') | TokKind::Quote(_)
    ) && closes_sentence(prose, toks, i)
}

fn closes_sentence(prose: &str, toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    match t.kind {
        TokKind::Punct('.' | '!' | '?') => {
            ends_sentence(prose, t.span.start) || i + 1 == toks.len()
        }
        TokKind::Quote(_) => {
            let inner = t.text.trim_end_matches(is_quote_mark).trim_end();
            inner.ends_with(['.', '!', '?'])
                && toks
                    .get(i + 1)
                    .is_some_and(|n| n.is_capitalised() && !lexicon::is_cue_verb(n.text, &[]))
        }
        _ => false,
    }
}

/// The indexes of the tokens that open sentences (after each sentence end, and 0), from the
/// last to the first, read only as far as asked: the quote's own
/// sentence and the one before are at the end of a long window.
pub(super) fn starts_backwards<'t>(
    prose: &'t str,
    toks: &'t [Tok],
) -> impl Iterator<Item = usize> + 't {
    (0..toks.len())
        .rev()
        .filter(move |&i| is_sentence_end(prose, toks, i))
        .map(|i| i + 1)
        .chain(std::iter::once(0))
}

/// The subject of every sentence in a paragraph, where pronouns look for their antecedents.
pub fn sentence_subjects(p: &Paragraph) -> Vec<Speaker> {
    let toks = p.toks(p.span.start, p.span.end);
    let mut subjects = Vec::new();
    let mut start = 0;
    for i in 0..toks.len() {
        if is_sentence_end(p.prose, &toks, i) {
            subjects.extend(main_subject(&toks[start..=i]));
            start = i + 1;
        }
    }
    subjects.extend(toks.get(start..).and_then(main_subject));
    subjects
}

#[cfg(test)]
mod tests {
    use super::super::one_paragraph as parsed;
    use super::*;
    use crate::article::tokens::tokens;
    use crate::text::Span;

    /// Indexes of the tokens that open sentences; the first is always 0.
    fn sentence_starts(prose: &str, toks: &[Tok]) -> Vec<usize> {
        let mut starts = vec![0];
        for i in 0..toks.len() {
            if is_sentence_end(prose, toks, i) {
                starts.push(i + 1);
            }
        }
        starts
    }

    #[test]
    fn sentence_starts_read_backwards_are_the_starts_reversed() {
        let text = "Mr. Smith spoke. “We won.” The U.S. team left at 5 p.m. Then it rained! Why?";
        let (structure, quotes) = parsed(text);
        let toks = tokens(&structure.prose, Span::new(0, text.len()), &quotes);
        for end in 0..=toks.len() {
            let mut forwards = sentence_starts(&structure.prose, &toks[..end]);
            forwards.reverse();
            let backwards: Vec<usize> = starts_backwards(&structure.prose, &toks[..end]).collect();
            assert_eq!(backwards, forwards, "first {end} tokens");
        }
    }
}
