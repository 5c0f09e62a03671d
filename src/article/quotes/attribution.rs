//! A quote's own attribution: the cue and the speaker in the writer's words around it, the way an
//! editor reads them.
//!
//! - After the quote: `,” Trump said`, `,” said Alvarez, the director`, `,” the county health
//!   director, Rita Alvarez, said`, `,” according to a statement`.
//! - Before it, in the same sentence: `Ms Hewitt said: “…”`, `Putin … said they were held “…”`,
//!   `Charap … described the event as “…”`, `According to the newspaper, “…”`.
//! - For a full quote that opens a sentence, the sentence before it in the same paragraph when
//!   that sentence reports speech (`She said the plan was dead. “We are done.”`), or a colon at
//!   the end of the previous paragraph (`Breitbart News responded:`).

use super::lexicon::{self, Gender};
use super::words::{ends_sentence, join_words, tokens, Tok, TokKind, Tokens};
use super::SpeakerKind;
use crate::text::{may_close_quote, Span};
use std::borrow::Cow;
use std::collections::VecDeque;

/// How far around a quote the writer's words are read, in bytes: attribution sits next to the
/// quote, and the bound keeps the analysis linear on pathological drafts.
const WINDOW: usize = 600;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    pub text: String,
    pub kind: SpeakerKind,
    pub span: Span,
    pub gender: Gender,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    pub speaker: Speaker,
    pub cue: String,
    pub cue_span: Span,
    /// Found in the sentence before the quote (`Analysts said growth was slow. “It suggests…”`):
    /// readers carry the speaker over, as they do across paragraphs.
    pub previous_sentence: bool,
}

/// One paragraph's prose and the spans of its quotes, in order.
pub struct Paragraph<'a> {
    pub prose: &'a str,
    pub span: Span,
    pub quotes: Vec<Span>,
    /// The whole paragraph's tokens, for a paragraph read once per quote.
    tokens: Option<Vec<Tok<'a>>>,
}

fn floor(prose: &str, at: usize) -> usize {
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
    fn toks(&self, from: usize, to: usize) -> Cow<'_, [Tok<'a>]> {
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

/// The body's paragraphs, each tokenized at most once per article: attribution reads the words
/// around every quote of a paragraph, and pronoun resolution reads the subjects of the same
/// paragraph's sentences.
pub struct Paragraphs<'a> {
    prose: &'a str,
    spans: Vec<Span>,
    /// Every quote's paragraph and span, in text order (so sorted by paragraph).
    quotes: Vec<(usize, Span)>,
    read: Vec<Option<Paragraph<'a>>>,
    /// The paragraphs kept tokenized, oldest first, and their bytes: a long draft keeps only
    /// the latest, so that its tokens never all sit in memory at once.
    kept: VecDeque<usize>,
    kept_bytes: usize,
}

/// Prose kept tokenized at once: far more than any article, a small part of a huge draft.
const KEPT_BYTES: usize = 1 << 20;

impl<'a> Paragraphs<'a> {
    pub fn new(prose: &'a str, spans: Vec<Span>, quotes: Vec<(usize, Span)>) -> Self {
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
            let first = quotes.partition_point(|&(p, _)| p < index);
            let end = quotes.partition_point(|&(p, _)| p <= index);
            let own = quotes[first..end].iter().map(|&(_, q)| q).collect();
            Paragraph::tokenized(prose, spans[index], own)
        })
    }
}

/// True when the token ends a sentence: a full stop before a capital, or a quote whose words end
/// one (`“We won.” The team…`).
///
/// Asked of every token, and most are words: they are turned away before the call.
#[inline]
fn is_sentence_end(prose: &str, toks: &[Tok], i: usize) -> bool {
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
            let inner = t.text.trim_end_matches(may_close_quote).trim_end();
            inner.ends_with(['.', '!', '?'])
                && toks
                    .get(i + 1)
                    .is_some_and(|n| n.is_capitalised() && !lexicon::is_cue_verb(n.text, &[]))
        }
        _ => false,
    }
}

/// The attribution a quote carries in its own sentence or paragraph.
pub fn own(p: &Paragraph, q: usize, full: bool, extra: &[String]) -> Option<Cue> {
    let quote = *p.quotes.get(q)?;
    // The writer's words run back three quotes and on to the next one: reading no further
    // keeps a paragraph of many short quotes linear.
    let next = p.quotes.get(q + 1).map_or(p.span.end, |n| n.start);
    let previous = q
        .checked_sub(3)
        .and_then(|i| p.quotes.get(i))
        .map_or(p.span.start, |n| n.end);
    after_quote(p, quote, next, extra).or_else(|| before_quote(p, quote, previous, full, extra))
}

/// `,” Trump said`, `,” said Alvarez`, `,” according to officials`.
fn after_quote(p: &Paragraph, quote: Span, next: usize, extra: &[String]) -> Option<Cue> {
    let toks = p.toks(
        quote.end,
        floor(p.prose, quote.end + WINDOW).min(next.max(quote.end)),
    );
    // The clause runs to the next quote, semicolon or sentence end.
    let clause_end = (0..toks.len())
        .find(|&i| {
            matches!(toks[i].kind, TokKind::Quote(_) | TokKind::Punct(';'))
                || is_sentence_end(p.prose, &toks, i)
        })
        .unwrap_or(toks.len());
    let clause = &toks[..clause_end];
    let start = clause.iter().position(|t| {
        !matches!(
            t.kind,
            TokKind::Punct(',' | '—' | '―' | '–' | '-' | ')' | '(')
        )
    })?;
    let dash = clause[..start]
        .iter()
        .find(|t| matches!(t.kind, TokKind::Punct('—' | '―' | '–' | '-')));
    let clause = &clause[start..];
    let first = clause.first()?;
    // An epigraph or a vox pop: `“Donald Trump scares me.” ― Krystal Correa`.
    if let Some(dash) = dash {
        let run = clause.iter().take_while(|t| t.is_capitalised()).count();
        if (2..=4).contains(&run) && clause.get(run).is_none_or(|t| !t.is_word()) {
            if let Some(speaker) = name(&clause[..run]) {
                return Some(Cue {
                    speaker,
                    cue: dash.text.to_string(),
                    cue_span: dash.span,
                    previous_sentence: false,
                });
            }
        }
    }
    // A quote that ends its sentence with a full stop hands over to a new sentence, not to its
    // attribution: `“We lost.” Smith said the club…` is a paraphrase after the quote. Only a
    // lower-case pronoun (`“We lost.” he said`, a common slip) still attaches.
    let inner = quote
        .slice(p.prose)
        .trim_end_matches(may_close_quote)
        .trim_end();
    let full_stop = inner.ends_with('.') && !inner.ends_with("..");
    // Except the bare `“…we lost.” Smith said.`: a name, the verb and nothing after it.
    let bare_attribution = clause.len() <= 5
        && clause
            .iter()
            .position(|t| lexicon::is_cue_verb(t.text, extra))
            .is_some_and(|v| v + 1 == clause.len() && v <= 3);
    if full_stop && first.is_capitalised() && !bare_attribution {
        return None;
    }
    // After `?` or `!` the attribution follows at once: `“Why?” Smith asked.`
    let reach = if inner.ends_with(['?', '!']) { 8 } else { 24 };
    if first.text.eq_ignore_ascii_case("according")
        && clause
            .get(1)
            .is_some_and(|t| t.text.eq_ignore_ascii_case("to"))
    {
        let speaker = speaker_after(&clause[2..])?;
        return Some(Cue {
            speaker,
            cue: "according to".into(),
            cue_span: first.span.cover(clause[1].span),
            previous_sentence: false,
        });
    }
    if matches!(first.text, "points" | "pointed") && clause.get(1).is_some_and(|t| t.text == "out")
    {
        let speaker = speaker_after(&clause[2..])?;
        return Some(Cue {
            speaker,
            cue: "points out".into(),
            cue_span: first.span.cover(clause[1].span),
            previous_sentence: false,
        });
    }
    let inverted_thought = matches!(
        first.text,
        "thinks" | "believes" | "reckons" | "muses" | "wonders"
    );
    if inverted_thought
        || lexicon::is_cue_verb(first.text, extra) && !lexicon::cue_only_before_quote(first.text)
    {
        // Inverted order: `,” said Alvarez, the county health director.`
        let speaker = speaker_after(&clause[1..])?;
        return Some(Cue {
            speaker,
            cue: first.text.to_string(),
            cue_span: first.span,
            previous_sentence: false,
        });
    }
    // A name with a long appositive may keep its verb waiting: `,” Trump, the 2016 GOP
    // frontrunner …, said`.
    let appositive = first.is_capitalised() && clause.get(1).is_some_and(|t| t.is_punct(','));
    let reach = if appositive { reach.max(48) } else { reach };
    let verb = clause.iter().take(reach).position(|t| {
        t.is_word()
            && lexicon::is_cue_verb(t.text, extra)
            && !lexicon::cue_only_before_quote(t.text)
    })?;
    let mut subject_end = verb;
    while subject_end > 0 && lexicon::is_verb_filler(clause[subject_end - 1].text) {
        subject_end -= 1;
    }
    // Right between a quote and its verb, any short phrase is the speaker: `,” consultancy 4Cast said`.
    // `,” and he said`: the conjunction is not part of the speaker.
    let conjunction = usize::from(
        clause
            .first()
            .is_some_and(|t| matches!(t.text, "and" | "but" | "so"))
            && subject_end > 1,
    );
    let phrase = &clause[conjunction..subject_end];
    let hands_over = inner.ends_with([',', '?', '!']);
    // Not a clause that happens to precede a verb: "while trying to", "that he'd seen".
    let clause_word = phrase.first().is_some_and(|t| {
        is_function_word(t.text)
            || matches!(
                t.text,
                "while"
                    | "when"
                    | "if"
                    | "including"
                    | "because"
                    | "since"
                    | "so"
                    | "then"
                    | "there"
            )
    });
    let short = hands_over
        && !clause_word
        && !phrase.is_empty()
        && phrase.len() <= 6
        && phrase.iter().all(|t| t.is_word());
    let as_written = || {
        short.then(|| Speaker {
            text: join_words(phrase),
            kind: SpeakerKind::Description,
            span: phrase[0].span.cover(phrase[phrase.len() - 1].span),
            gender: Gender::Any,
        })
    };
    let speaker = speaker_phrase(phrase).or_else(as_written)?;
    Some(Cue {
        speaker,
        cue: clause[verb].text.to_string(),
        cue_span: clause[verb].span,
        previous_sentence: false,
    })
}

/// A cue earlier in the quote's sentence, or (for a full quote that opens its sentence) in the
/// sentence before it.
fn before_quote(
    p: &Paragraph,
    quote: Span,
    previous: usize,
    full: bool,
    extra: &[String],
) -> Option<Cue> {
    let toks = p.toks(
        quote
            .start
            .saturating_sub(WINDOW)
            .max(previous.min(quote.start)),
        quote.start,
    );
    // Token starts only grow, so the tokens before the quote are a prefix.
    let toks = &toks[..toks.partition_point(|t| t.span.start < quote.start)];
    let mut starts = starts_backwards(p.prose, toks);
    let own_start = starts.next().unwrap_or(0);
    let sentence = &toks[own_start..];
    if let Some(cue) = cue_in(sentence, extra, true) {
        return Some(cue);
    }
    let opens_sentence = sentence.iter().all(|t| matches!(t.kind, TokKind::Punct(_)));
    // A partial quote of some length takes the speaker from the sentence it sits in, even with
    // no cue: `Bolton thought the buzz was a tribute to “the consummate political skills of her
    // husband.”` Short ones without a cue are scare quotes.
    // Counting stops at four: only "four or more" is asked, and a quote can be long.
    let words = crate::text::count_words(quote.slice(p.prose), 4);
    let long_partial = !full && words >= 4;
    if long_partial && !opens_sentence {
        return context(sentence).map(|cue| Cue {
            previous_sentence: false,
            ..cue
        });
    }
    if !(full || long_partial) || !opens_sentence {
        return None;
    }
    // The sentence before, when it holds no quote of its own and reports speech.
    let previous_start = starts.next()?;
    let previous = &toks[previous_start..own_start];
    // A quote there speaks for itself: the earlier quote lends its speaker, if it has one. A
    // scare quote of a word or three does not (`his main concern is “privacy”`).
    let speech_before = previous
        .iter()
        .any(|t| matches!(t.kind, TokKind::Quote(_)) && crate::text::count_words(t.text, 4) == 4);
    if speech_before {
        return None;
    }
    cue_in(previous, extra, false)
        .or_else(|| context(previous))
        .map(|cue| Cue {
            previous_sentence: true,
            ..cue
        })
}

/// The indexes of the tokens that open sentences (after each sentence end, and 0), from the
/// last to the first, read only as far as asked: the quote's own
/// sentence and the one before are at the end of a long window.
fn starts_backwards<'t>(prose: &'t str, toks: &'t [Tok]) -> impl Iterator<Item = usize> + 't {
    (0..toks.len())
        .rev()
        .filter(move |&i| is_sentence_end(prose, toks, i))
        .map(|i| i + 1)
        .chain(std::iter::once(0))
}

/// The last cue in a stretch of the writer's words, with its speaker. A colon that ends the
/// stretch introduces the quote for the sentence's subject (`The mayor's verdict: “…”`).
fn cue_in(sentence: &[Tok], extra: &[String], ends_at_quote: bool) -> Option<Cue> {
    for k in (0..sentence.len()).rev() {
        let t = &sentence[k];
        if t.text.eq_ignore_ascii_case("according")
            && sentence
                .get(k + 1)
                .is_some_and(|n| n.text.eq_ignore_ascii_case("to"))
        {
            let speaker = speaker_after(&sentence[k + 2..])?;
            return Some(Cue {
                speaker,
                cue: "according to".into(),
                cue_span: t.span.cover(sentence[k + 1].span),
                previous_sentence: false,
            });
        }
        // `Said the Pew report: “…”`: a cue opening its sentence, the speaker after it.
        if k == 0
            && t.is_word()
            && t.is_capitalised()
            && lexicon::with_lowercase(t.text, |lower| lexicon::is_cue_verb(lower, extra))
        {
            let speaker = speaker_after(&sentence[1..])?;
            return Some(Cue {
                speaker,
                cue: t.text.to_string(),
                cue_span: t.span,
                previous_sentence: false,
            });
        }
        if !t.is_word() || !lexicon::is_cue_verb(t.text, extra) {
            continue;
        }
        if !ends_at_quote && lexicon::cue_only_before_quote(t.text) {
            continue;
        }
        // "…, says Mr Pearson.": the verb after a comma, the speaker after the verb.
        let inverted = k > 0
            && sentence[k - 1].is_punct(',')
            && sentence.get(k + 1).is_some_and(Tok::is_capitalised);
        let speaker = inverted
            .then(|| speaker_after(&sentence[k + 1..]))
            .flatten()
            .or_else(|| speaker_before(&sentence[..k]))
            .or_else(|| before_appositive(&sentence[..k]))
            .or_else(|| subject(&sentence[..k]))?;
        return Some(Cue {
            speaker,
            cue: t.text.to_string(),
            cue_span: t.span,
            previous_sentence: false,
        });
    }
    if ends_at_quote && sentence.last().is_some_and(|t| t.is_punct(':')) {
        let before = &sentence[..sentence.len() - 1];
        let speaker = speaker_before(before).or_else(|| subject(before))?;
        let colon = sentence[sentence.len() - 1].span;
        return Some(Cue {
            speaker,
            cue: ":".into(),
            cue_span: colon,
            previous_sentence: false,
        });
    }
    None
}

/// The subject of every sentence in a paragraph, where pronouns look for their antecedents.
pub fn sentence_subjects(p: &Paragraph) -> Vec<Speaker> {
    let toks = p.toks(p.span.start, p.span.end);
    let mut subjects = Vec::new();
    let mut start = 0;
    for i in 0..toks.len() {
        if is_sentence_end(p.prose, &toks, i) {
            subjects.extend(subject(&toks[start..=i]));
            start = i + 1;
        }
    }
    subjects.extend(toks.get(start..).and_then(subject));
    subjects
}

/// The last sentence of a stretch of narrative, when it reports someone's speech (`Mr
/// Cartagena said the industry expects …`).
pub fn reported_speech(p: &Paragraph, extra: &[String]) -> Option<Cue> {
    let toks = p.toks(
        floor(p.prose, p.span.end.saturating_sub(WINDOW)).max(p.span.start),
        p.span.end,
    );
    let last = starts_backwards(p.prose, &toks).find(|&s| s < toks.len())?;
    cue_in(&toks[last..], extra, false)
}

/// The person a sentence is about, as the speaker a reader assumes for the quote after it
/// (`Ortiz was blunt. “We failed.”`): a name, a pronoun or a role, with no cue word.
fn context(sentence: &[Tok]) -> Option<Cue> {
    let speaker = subject(sentence)?;
    // A person: a name, or "he"/"she" standing for one. Not "the county", not "it".
    let person = match speaker.kind {
        SpeakerKind::Name => true,
        SpeakerKind::Pronoun => speaker.gender != Gender::Any,
        SpeakerKind::Description => false,
    };
    let cue_span = Span::empty(speaker.span.start);
    person.then_some(Cue {
        speaker,
        cue: String::new(),
        cue_span,
        previous_sentence: true,
    })
}

/// The subject of the last sentence of a stretch of narrative.
pub fn last_subject(p: &Paragraph) -> Option<Cue> {
    let toks = p.toks(
        floor(p.prose, p.span.end.saturating_sub(WINDOW)).max(p.span.start),
        p.span.end,
    );
    let last = starts_backwards(p.prose, &toks).find(|&s| s < toks.len())?;
    context(&toks[last..])
}

/// The colon introduction at the end of a paragraph (`… and Breitbart News responded:`), for a
/// quote paragraph that follows it.
pub fn colon_introduction(p: &Paragraph, extra: &[String]) -> Option<Cue> {
    let toks = p.toks(
        p.span.end.saturating_sub(WINDOW).max(p.span.start),
        p.span.end,
    );
    if !toks.last().is_some_and(|t| t.is_punct(':')) {
        return None;
    }
    let last = starts_backwards(p.prose, &toks).next().unwrap_or(0);
    let sentence = &toks[last..];
    cue_in(sentence, extra, true)
}

/// "he", "she", "they" as a speaker, to be resolved to the person later.
fn pronoun(t: &Tok) -> Option<Speaker> {
    let gender = lexicon::pronoun(t.text)?;
    Some(Speaker {
        text: t.text.to_string(),
        kind: SpeakerKind::Pronoun,
        span: t.span,
        gender,
    })
}

/// A speaker before an appositive: `Bob Neill, leader of the London Assembly Conservatives, said`.
fn before_appositive(toks: &[Tok]) -> Option<Speaker> {
    let closing = toks
        .len()
        .checked_sub(1)
        .filter(|&i| toks[i].is_punct(','))?;
    let opening = toks[..closing]
        .iter()
        .rev()
        .take(16)
        .position(|t| t.is_punct(','))?;
    speaker_before(&toks[..closing - opening - 1])
}

/// A speaker phrase directly before a verb, read backwards: a name, a pronoun or a description.
fn speaker_before(toks: &[Tok]) -> Option<Speaker> {
    let mut end = toks.len();
    while end > 0 && lexicon::is_verb_filler(toks[end - 1].text) {
        end -= 1;
    }
    let last = toks.get(end.checked_sub(1)?)?;
    if !last.is_word() {
        return None;
    }
    if let Some(speaker) = pronoun(last) {
        return Some(speaker);
    }
    if last.is_capitalised() {
        let mut start = end - 1;
        while start > 0
            && end - start < 6
            && is_name_part(
                &toks[start - 1],
                start.checked_sub(2).and_then(|i| toks.get(i)),
            )
        {
            start -= 1;
        }
        if start > 0
            && lexicon::is_determiner(toks[start - 1].text)
            && toks[start - 1]
                .text
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
        {
            return description(&toks[start - 1..end]);
        }
        return name(&toks[start..end]);
    }
    if !lexicon::is_speaker_noun(last.text) {
        // "The world indoor champion said": a description opened by a determiner.
        let start = toks[..end]
            .iter()
            .rev()
            .take(6)
            .position(|t| !t.is_word() || lexicon::is_determiner(t.text))
            .map(|i| end - 1 - i)?;
        let phrase = &toks[start..end];
        let nominal = phrase[1..].iter().all(|t| !is_function_word(t.text));
        return (lexicon::is_determiner(phrase[0].text) && nominal)
            .then(|| description(phrase))
            .flatten();
    }
    let mut start = end - 1;
    while start > 0
        && end - start < 8
        && toks[start - 1].is_word()
        && !lexicon::is_cue_verb(toks[start - 1].text, &[])
    {
        start -= 1;
        if lexicon::is_determiner(toks[start].text) {
            break;
        }
    }
    description(&toks[start..end])
}

/// Words that tie clauses together, never inside a speaker description.
fn is_function_word(word: &str) -> bool {
    matches!(
        word,
        "and"
            | "or"
            | "but"
            | "as"
            | "that"
            | "which"
            | "who"
            | "to"
            | "of"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "by"
            | "from"
            | "was"
            | "is"
            | "has"
            | "had"
            | "it"
            | "he"
            | "she"
            | "they"
    )
}

/// A word that can sit inside a name read backwards ("Donald", "U.S.", "de", "bin").
fn is_name_part(t: &Tok, before: Option<&Tok>) -> bool {
    if t.is_capitalised() {
        return true;
    }
    let particle = matches!(
        t.text,
        "de" | "van"
            | "von"
            | "der"
            | "den"
            | "bin"
            | "al"
            | "da"
            | "di"
            | "du"
            | "le"
            | "la"
            | "del"
            | "dos"
            | "das"
            | "ibn"
            | "ter"
    );
    particle && before.is_some_and(|b| b.is_capitalised())
}

/// The subject at the start of a sentence: `Samuel Charap, a senior …, described`, `But the
/// company said`, `Putin spoke first … and said`.
fn subject(toks: &[Tok]) -> Option<Speaker> {
    let mut i = 0;
    while i < toks.len() && (!toks[i].is_word() || is_connective(toks[i].text)) {
        i += 1;
    }
    if let Some(speaker) = subject_at(toks, i) {
        return Some(speaker);
    }
    // "In a statement on Thursday, Euronext said", "Appearing before supporters, Suu Kyi said":
    // the subject follows the opening phrase.
    let opens_with_phrase = toks.get(i).is_some_and(|t| {
        t.is_word() && lexicon::pronoun(t.text).is_none() && !lexicon::is_determiner(t.text)
    });
    if !opens_with_phrase {
        return None;
    }
    let comma = toks[i..].iter().take(30).position(|t| t.is_punct(','))?;
    subject_at(toks, i + comma + 1)
}

/// The subject phrase starting at token `i`.
fn subject_at(toks: &[Tok], i: usize) -> Option<Speaker> {
    let first = toks.get(i)?;
    // "His main concern is …": the sentence is about him.
    let gender = match first.text {
        "His" => Some(Gender::Male),
        "Her" => Some(Gender::Female),
        _ => None,
    };
    // "His friend, Saxon Spence, …": the appositive names the subject.
    let comma = toks[i..].iter().take(8).position(|t| t.is_punct(','));
    let appositive = comma
        .map(|c| i + c + 1)
        .filter(|&at| toks.get(at).is_some_and(Tok::is_capitalised));
    if let (Some(_), Some(at)) = (gender, appositive) {
        return subject_at(toks, at);
    }
    if let (Some(gender), None) = (gender, appositive) {
        return Some(Speaker {
            text: first.text.to_lowercase(),
            kind: SpeakerKind::Pronoun,
            span: first.span,
            gender,
        });
    }
    if let Some(speaker) = pronoun(first) {
        return Some(speaker);
    }
    if lexicon::is_determiner(first.text) {
        let mut end = i + 1;
        let mut last_noun = None;
        while end < toks.len() && end - i < 7 && toks[end].is_word() {
            if lexicon::is_speaker_noun(toks[end].text) {
                last_noun = Some(end);
            }
            end += 1;
        }
        // Without a role noun, only a phrase that runs right up to the verb: "The newsletter says".
        let last = last_noun.or((end == toks.len()).then_some(end - 1))?;
        return description(&toks[i..=last]);
    }
    if first.is_capitalised() {
        let mut end = i + 1;
        while end < toks.len() && end - i < 6 && is_name_part(&toks[end], toks.get(end - 1)) {
            end += 1;
        }
        // "Shifting weather patterns…": a sentence opening with a gerund has no named subject.
        if end == i + 1 && first.text.ends_with("ing") {
            return None;
        }
        // "Band member Flea", "Lib Dem foreign affairs spokesman Menzies Campbell": up to four words of role.
        let role = toks[end..]
            .iter()
            .take(4)
            .take_while(|t| t.is_word() && !t.is_capitalised())
            .position(|t| lexicon::is_speaker_noun(t.text));
        if let Some(noun) = role {
            if toks.get(end + noun + 1).is_some_and(Tok::is_capitalised) {
                return subject_at(toks, end + noun + 1);
            }
        }
        return name(&toks[i..end]);
    }
    None
}

/// Sentence openers that are not part of the subject.
fn is_connective(word: &str) -> bool {
    matches!(
        word,
        "But"
            | "And"
            | "However"
            | "Meanwhile"
            | "Still"
            | "Yet"
            | "So"
            | "Also"
            | "Now"
            | "Then"
            | "Instead"
            | "Separately"
            | "Later"
            | "Earlier"
            | "Indeed"
    )
}

/// The speaker after an inverted verb or "according to": `said Deputy Prime Minister Abdullatif
/// Sener earlier this month`, `said EEF chief economist, Steve Radley`, `said one broker`.
fn speaker_after(toks: &[Tok]) -> Option<Speaker> {
    // A description keeps its "with" and "from" ("a person familiar with the talks"); after a
    // name they start the rest of the sentence.
    let described = toks.first().is_some_and(|t| lexicon::is_determiner(t.text));
    let is_stop = |t: &Tok| {
        let clause = matches!(
            t.text,
            "in" | "on"
                | "after"
                | "when"
                | "who"
                | "which"
                | "during"
                | "before"
                | "while"
                | "as"
                | "to"
                | "that"
                | "told"
                | "adding"
        ) || matches!(
            t.text,
            "last" | "this" | "about" | "earlier" | "later" | "yesterday" | "today" | "recently"
        );
        let preposition = matches!(t.text, "at" | "from" | "with");
        (!t.is_word() && !t.is_punct(',')) || clause || preposition && !described
    };
    let stop = toks.iter().position(is_stop).unwrap_or(toks.len()).min(14);
    let toks = &toks[..stop];
    let first = toks.first()?;
    if let Some(speaker) = pronoun(first) {
        return Some(speaker);
    }
    if first.is_capitalised() && !lexicon::is_determiner(first.text) {
        let run = toks.iter().take_while(|t| t.is_capitalised()).count();
        let affiliation = |t: &Tok| {
            t.is_punct(',')
                || matches!(
                    t.text,
                    "of" | "from" | "at" | "for" | "with" | "who" | "on" | "in"
                )
        };
        if toks.get(run).is_none_or(affiliation) {
            return name(&toks[..run]);
        }
    }
    speaker_phrase(toks)
}

/// A speaker phrase between a quote and its verb: a name, a pronoun or a description, and a
/// name in an appositive wins over the description it follows.
fn speaker_phrase(toks: &[Tok]) -> Option<Speaker> {
    let segments: Vec<&[Tok]> = toks
        .split(|t| t.is_punct(',') || t.is_punct('(') || t.is_punct(')'))
        .filter(|s| !s.is_empty())
        .collect();
    let head = *segments.first()?;
    if head.iter().any(|t| !t.is_word()) {
        return None;
    }
    if head.len() == 1 {
        if let Some(speaker) = pronoun(&head[0]) {
            return Some(speaker);
        }
    }
    let is_name = |s: &[Tok]| {
        s.len() <= 6
            && s.iter()
                .all(|t| t.is_capitalised() || is_name_part(t, None))
            && !lexicon::is_determiner(s[0].text)
            && !lexicon::is_not_a_name(s[0].text)
    };
    if is_name(head) {
        return name(head);
    }
    // A name after its job description: "CBI director-general Sir Digby Jones".
    let run = head.iter().rev().take_while(|t| t.is_capitalised()).count();
    if run > 0 && run < head.len() && head.len() <= 14 {
        let joined_by = head[head.len() - run - 1].text;
        let of_something = matches!(
            joined_by,
            "for" | "at" | "of" | "from" | "with" | "in" | "to" | "on" | "by" | "the"
        );
        if !of_something {
            if let Some(speaker) = name(&head[head.len() - run..]) {
                return Some(speaker);
            }
        }
    }
    if head.len() > 14 {
        return None;
    }
    // "hunt master, Captain Ian Farquhar,": the name in the appositive.
    if let Some(named) = segments[1..].iter().find(|s| is_name(s)) {
        return name(named);
    }
    if lexicon::is_determiner(head[0].text) || head.iter().any(|t| lexicon::is_speaker_noun(t.text))
    {
        return description(head);
    }
    None
}

/// A name run with the titles in front of it taken off ("U.S. President Donald Trump" → "Donald
/// Trump"); the gender a title gives away is kept for pronouns.
fn name(toks: &[Tok]) -> Option<Speaker> {
    // "HIGHER THAN EXPECTED TURNOUT": a subhead in capitals, not a name.
    let shouting = toks.len() >= 3
        && toks
            .iter()
            .all(|t| t.text.chars().all(|c| !c.is_lowercase()));
    if shouting {
        return None;
    }
    // "Gallup’s Jeffrey M. Jones": the person follows the possessive.
    let owner = toks
        .iter()
        .rposition(|t| t.bare() != t.text)
        .filter(|&i| i + 1 < toks.len());
    let toks = owner.map_or(toks, |i| &toks[i + 1..]);
    let mut start = 0;
    let mut gender = Gender::Any;
    while start + 1 < toks.len()
        && (lexicon::is_title(toks[start].text) || lexicon::is_not_a_name(toks[start].text))
    {
        match crate::text::trim_end_byte(toks[start].text, b'.') {
            "Mr" | "Sir" | "Lord" | "King" | "Prince" | "Father" | "Brother" => {
                gender = Gender::Male
            }
            "Mrs" | "Ms" | "Miss" | "Dame" | "Lady" | "Queen" | "Princess" | "Sister" => {
                gender = Gender::Female
            }
            _ => {}
        }
        start += 1;
    }
    let toks = &toks[start..];
    let last = toks.last()?;
    if lexicon::is_not_a_name(last.text) || !last.is_capitalised() {
        return None;
    }
    // Built in place: a name is made for every sentence subject a pronoun may stand for.
    let mut text = String::with_capacity(last.span.end.saturating_sub(toks[0].span.start));
    for (k, t) in toks.iter().enumerate() {
        if k > 0 {
            text.push(' ');
        }
        text.push_str(if std::ptr::eq(t, last) {
            t.bare()
        } else {
            t.text
        });
    }
    let span = toks[0].span.cover(last.span);
    Some(Speaker {
        text,
        kind: SpeakerKind::Name,
        span,
        gender,
    })
}

fn description(toks: &[Tok]) -> Option<Speaker> {
    let first = toks.first()?;
    let last = toks.last()?;
    if toks.iter().any(|t| {
        matches!(
            t.text,
            "if" | "when" | "while" | "because" | "after" | "before" | "where" | "then" | "until"
        )
    }) || is_function_word(last.text)
    {
        return None;
    }
    // "the company", "a White House spokesperson", or an organisation: "the BCC".
    let has_role = toks.iter().any(|t| lexicon::is_speaker_noun(t.text));
    // "his perspective", "its scathing": a possessive without a role is not a speaker.
    let possessive = lexicon::with_lowercase(first.text, |lower| {
        matches!(lower, "his" | "her" | "its" | "their" | "our")
    });
    let determined = lexicon::is_determiner(first.text)
        && !possessive
        && toks.len() > 1
        && toks.len() <= 8
        && toks.iter().all(|t| t.is_word());
    let group = toks.len() <= 3
        && last.text.ends_with('s')
        && toks.iter().all(|t| t.is_word() && !t.is_capitalised());
    if !(has_role || determined || group) || toks.len() > 10 {
        return None;
    }
    Some(Speaker {
        text: join_words(toks),
        kind: SpeakerKind::Description,
        span: first.span.cover(last.span),
        gender: Gender::Any,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-paragraph draft's structure and the spans of its quotes.
    fn parsed(text: &str) -> (crate::article::structure::Structure, Vec<Span>) {
        let structure = crate::article::structure::parse(text, crate::article::Format::PlainText);
        let (paired, _) = super::super::marks::pair(&structure);
        let quotes = paired
            .iter()
            .map(|q| Span::new(q.open.start, q.end))
            .collect();
        (structure, quotes)
    }

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

    /// The cue and speaker of the `n`th quote of a one-paragraph draft.
    fn attribution(paragraph: &str, n: usize) -> Option<(String, SpeakerKind, String)> {
        let (structure, quotes) = parsed(paragraph);
        let p = Paragraph::tokenized(&structure.prose, Span::new(0, paragraph.len()), quotes);
        own(&p, n, true, &[]).map(|c| (c.speaker.text, c.speaker.kind, c.cue))
    }

    fn named(speaker: &str, cue: &str) -> Option<(String, SpeakerKind, String)> {
        Some((speaker.into(), SpeakerKind::Name, cue.into()))
    }

    #[test]
    fn speaker_after_the_quote() {
        assert_eq!(
            attribution(
                "“There’s no deal until there’s a deal,” Trump said Friday in Anchorage.",
                0
            ),
            named("Trump", "said")
        );
        assert_eq!(
            attribution(
                "“We are not closing the clinic,” said Alvarez, the county health director.",
                0
            ),
            named("Alvarez", "said")
        );
        assert_eq!(
            attribution(
                "“We are not closing the clinic,” the county health director, Rita Alvarez, said.",
                0
            ),
            named("Rita Alvarez", "said")
        );
        assert_eq!(
            attribution(
                "“We regret the error,” a White House spokesperson said in a statement.",
                0
            ),
            Some((
                "a White House spokesperson".into(),
                SpeakerKind::Description,
                "said".into()
            ))
        );
        assert_eq!(
            attribution("“I’m going to start making a few phone calls,” he said.", 0).map(|a| a.1),
            Some(SpeakerKind::Pronoun)
        );
        assert_eq!(
            attribution("“The clinic is not closing,” according to Alvarez.", 0),
            named("Alvarez", "according to")
        );
    }

    #[test]
    fn speaker_before_the_quote() {
        assert_eq!(
            attribution(
                "Ms Hewitt said: \"We have already doubled the length of maternity pay.\"",
                0
            ),
            named("Hewitt", "said")
        );
        assert_eq!(
            attribution("Samuel Charap, a senior political scientist at the global policy think tank RAND, described the event as “a lot of upbeat vibes with very little by way of specifics,” in an interview.", 0),
            named("Samuel Charap", "described")
        );
        assert_eq!(attribution("U.S. President Donald Trump called his meeting with Russian counterpart Vladimir Putin “extremely productive” but indicated no deal.", 0), named("Donald Trump", "called"));
        assert_eq!(attribution("Putin spoke first at the event, casting the conversations as useful and said they were held “in a constructive atmosphere.”", 0), named("Putin", "said"));
        assert_eq!(
            attribution(
                "According to the newspaper, “America’s porous gun laws empower dealers.”",
                0
            ),
            Some((
                "the newspaper".into(),
                SpeakerKind::Description,
                "according to".into()
            ))
        );
    }

    #[test]
    fn a_later_quote_in_an_interrupted_sentence() {
        assert_eq!(
            attribution(
                "“There are very few left,” he said. “We didn’t get there.”",
                1
            ),
            None
        );
        assert_eq!(
            attribution(
                "“We are not closing the clinic,” Alvarez said, “and we are hiring.”",
                1
            ),
            named("Alvarez", "said")
        );
    }

    #[test]
    fn names_after_roles_and_in_appositives() {
        assert_eq!(
            attribution("Lib Dem foreign affairs spokesman Menzies Campbell said a win would help, adding it was an “umbilical cord between the two leaders”.", 0),
            named("Menzies Campbell", "adding")
        );
        assert_eq!(
            attribution("His friend, Saxon Spence, leader of the county group, lays the blame on Iraq. \"You cannot underestimate the impact of the war.\"", 0),
            named("Saxon Spence", "")
        );
        assert_eq!(
            attribution("\"It is cool,\" said John Brady of ABN AMRO.", 0),
            named("John Brady", "said")
        );
        assert_eq!(
            attribution("\"It is cool,\" Mr. Alexander said in an interview.", 0),
            named("Alexander", "said")
        );
    }

    #[test]
    fn the_sentence_before_reports_speech() {
        assert_eq!(attribution("She said new mothers were already entitled to leave. \"We have made a firm commitment.\"", 0).map(|a| a.1), Some(SpeakerKind::Pronoun));
        // No cue: the sentence's subject is only the speaker a reader assumes.
        assert_eq!(
            attribution(
                "Trump did not specify which points. \"We have a chance.\"",
                0
            ),
            named("Trump", "")
        );
        assert_eq!(
            attribution(
                "The county did not specify which points. \"We have a chance.\"",
                0
            ),
            None
        );
    }
}
