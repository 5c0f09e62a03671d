//! The cue after a quote: `,” Trump said`, `,” said Alvarez, the director`, `,” according to a
//! statement`, `.” ― Krystal Correa`.

use super::super::lexicon::{self, Gender};
use super::super::words::{join_words, TokKind};
use super::super::SpeakerKind;
use super::names::name;
use super::paragraphs::floor;
use super::sentences::is_sentence_end;
use super::speaker::{is_function_word, speaker_after, speaker_phrase};
use super::{Cue, Paragraph, Speaker, WINDOW};
use crate::text::{may_close_quote, Span};

/// `,” Trump said`, `,” said Alvarez`, `,” according to officials`.
pub(super) fn after_quote(
    p: &Paragraph,
    quote: Span,
    next: usize,
    extra: &[String],
) -> Option<Cue> {
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
