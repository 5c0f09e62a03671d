//! The cue before a quote, in its own sentence or the one before it, and the narrative around a
//! quote paragraph that lends it a speaker: reported speech, the last subject, a colon
//! introduction.

use super::super::SpeakerKind;
use super::paragraphs::floor;
use super::sentences::starts_backwards;
use super::speaker::{before_appositive, describes_someone, speaker_after, speaker_before};
use super::subject::{main_subject, subject};
use super::{Cue, Paragraph, Speaker, WINDOW};
use crate::article::lexicon::{self, Gender};
use crate::article::tokens::{join_words, Tok, TokKind};
use crate::text::Span;

/// A cue earlier in the quote's sentence, or (for a full quote that opens its sentence) in the
/// sentence before it.
pub(super) fn before_quote(
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
    let words = quoted_words(quote.slice(p.prose), 4);
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
    // Nor does a short one that hands over to a cue (`“It's unusual,” said Noble, an attorney
    // with the center.`): it is speech however short, unless it is a title (`On “Face the
    // Nation,” Sanders …`).
    let speech_before = previous.iter().any(|t| {
        matches!(t.kind, TokKind::Quote(_))
            && (quoted_words(t.text, 4) == 4 || hands_over(t.text) && !is_a_title(t.text))
    });
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

/// Whether a quote's words end in a comma, a question or an exclamation inside its marks, handing
/// over to the writer's words.
fn hands_over(quote: &str) -> bool {
    crate::text::quoted_words(quote).ends_with([',', '?', '!'])
}

/// Whether a quote's words are a title in title case (`“Face the Nation,”`), two words of four
/// letters or more capitalised: not `“Okay,”`, `“They sue,”`, `“Apparently not,”`.
fn is_a_title(quote: &str) -> bool {
    let words = crate::text::quoted_words(quote).trim_end_matches([',', '.']);
    let significant = words
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphanumeric()).count() >= 4)
        .count();
    significant >= 2 && super::super::classify::is_title_case(words)
}

/// The words of a quote, up to `most`, without its marks: in `« privacy »` the guillemets,
/// spaced off as French copy sets them, are no words.
fn quoted_words(quote: &str, most: usize) -> usize {
    crate::text::count_words(crate::text::quoted_words(quote), most)
}

/// The last cue in a stretch of the writer's words, with its speaker. A colon that ends the
/// stretch introduces the quote for the sentence's subject (`The mayor's verdict: “…”`).
fn cue_in(sentence: &[Tok], extra: &[String], ends_at_quote: bool) -> Option<Cue> {
    for k in (0..sentence.len()).rev() {
        let t = &sentence[k];
        if is_according_to(sentence, k) {
            return according_to_at(sentence, k);
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
        if !ends_at_quote && issues_a_document_at(sentence, k) {
            return document_cue(sentence, k);
        }
        if !t.is_word() || !lexicon::is_cue_verb(t.text, extra) {
            continue;
        }
        if is_a_noun_here(sentence, k) {
            continue;
        }
        if let Some(d) = document_before_cue(sentence, k) {
            return document_cue(sentence, d);
        }
        if !ends_at_quote
            && (lexicon::cue_only_before_quote(t.text) || lexicon::reports_facts(t.text))
        {
            continue;
        }
        // "…, says Mr Pearson.": the verb after a comma, the speaker after the verb.
        // Not "Hunter, meanwhile, told Politico": after "told" comes whom it was told to.
        let inverted = k > 0
            && !lexicon::is_object_cue_verb(t.text)
            && sentence[k - 1].is_punct(',')
            && sentence.get(k + 1).is_some_and(Tok::is_capitalised);
        let speaker = inverted
            .then(|| speaker_after(&sentence[k + 1..]))
            .flatten()
            .or_else(|| passive_agent(sentence, k))
            .or_else(|| {
                (ends_at_quote && at_the_end(sentence, k))
                    .then(|| written_on(sentence, k))
                    .flatten()
            })
            .or_else(|| speaker_before(&sentence[..k]))
            .or_else(|| before_appositive(&sentence[..k]))
            .or_else(|| subject(&sentence[..k]));
        // "According to The Federalist, the men wore shirts that …": a source for the whole
        // sentence still stands when the cue's own speaker cannot be read.
        let Some(speaker) = speaker else {
            return according_to(&sentence[..k]);
        };
        return Some(Cue {
            speaker,
            cue: t.text.to_string(),
            cue_span: t.span,
            previous_sentence: false,
        });
    }
    if ends_at_quote && sentence.last().is_some_and(|t| t.is_punct(':')) {
        return colon_cue(sentence);
    }
    ends_at_quote.then(|| owners_words(sentence)).flatten()
}

/// "her March comment that, “…”", "Bill Clinton's stock answer then — “…”": words someone
/// owns, named right before the quote, are theirs.
fn owners_words(sentence: &[Tok]) -> Option<Cue> {
    // The noun, with nothing after it but "then", "that" and punctuation.
    let noun = sentence
        .iter()
        .rposition(|t| t.is_word() && !matches!(t.text, "then" | "that"))?;
    if !lexicon::is_saying_noun(sentence[noun].text) {
        return None;
    }
    // Up to three words between the owner and the noun: "stock", "March", "now-famous".
    let owner = (noun.saturating_sub(4)..noun)
        .rev()
        .find(|&i| is_owner(&sentence[i]))?;
    let between = &sentence[owner + 1..noun];
    if between
        .iter()
        .any(|t| !t.is_word() || lexicon::is_determiner(t.text))
    {
        return None;
    }
    let owner_tok = &sentence[owner];
    // "her comment": the pronoun, resolved to the person later, as "she said" is.
    let speaker = match possessive_gender(owner_tok.text) {
        Some(gender) => Speaker {
            text: owner_tok.text.to_string(),
            kind: SpeakerKind::Pronoun,
            span: owner_tok.span,
            gender,
        },
        None => {
            let start = (0..=owner)
                .rev()
                .take_while(|&i| sentence[i].is_capitalised())
                .last()?;
            super::names::name(&sentence[start..=owner])?
        }
    };
    Some(Cue {
        speaker,
        cue: sentence[noun].text.to_string(),
        cue_span: sentence[noun].span,
        previous_sentence: false,
    })
}

/// "her", "his", or a capitalised possessive ("Clinton's").
fn is_owner(t: &Tok) -> bool {
    possessive_gender(t.text).is_some()
        || t.is_word() && t.is_capitalised() && t.bare().len() < t.text.len()
}

/// The sex "his" or "her" tells.
fn possessive_gender(word: &str) -> Option<Gender> {
    match word {
        "his" => Some(Gender::Male),
        "her" => Some(Gender::Female),
        _ => None,
    }
}

/// Whether word `k` is the last word of the stretch ("a sign that read: “…”").
fn at_the_end(sentence: &[Tok], k: usize) -> bool {
    sentence[k + 1..].iter().all(|t| !t.is_word())
}

/// Whether "according to" starts at word `k`.
fn is_according_to(sentence: &[Tok], k: usize) -> bool {
    sentence[k].text.eq_ignore_ascii_case("according")
        && sentence
            .get(k + 1)
            .is_some_and(|n| n.text.eq_ignore_ascii_case("to"))
}

/// "according to Reuters" at word `k`: Reuters as the source.
fn according_to_at(sentence: &[Tok], k: usize) -> Option<Cue> {
    let speaker = speaker_after(&sentence[k + 2..])?;
    Some(Cue {
        speaker,
        cue: "according to".into(),
        cue_span: sentence[k].span.cover(sentence[k + 1].span),
        previous_sentence: false,
    })
}

/// The last "according to" of a stretch of words, with its source.
fn according_to(sentence: &[Tok]) -> Option<Cue> {
    let k = (0..sentence.len())
        .rev()
        .find(|&k| is_according_to(sentence, k))?;
    according_to_at(sentence, k)
}

/// "shirts that read", "a sign that said": the thing the words are written on, named before
/// the relative, is their source.
fn written_on(sentence: &[Tok], k: usize) -> Option<Speaker> {
    // "signs saying": a participle needs no relative.
    let participle = sentence[k].text.ends_with("ing");
    let relative = sentence.get(k.checked_sub(1)?)?;
    let noun_at = if matches!(relative.text, "that" | "which") {
        k.checked_sub(2)?
    } else if participle {
        k - 1
    } else {
        return None;
    };
    let noun = &sentence[noun_at];
    if !lexicon::is_written_thing(noun.text) {
        return None;
    }
    // With its article where it has one: "a sign", else the bare plural: "shirts".
    let from = match noun_at.checked_sub(1).map(|i| &sentence[i]) {
        Some(article) if lexicon::is_determiner(article.text) => noun_at - 1,
        _ => noun_at,
    };
    super::names::description(&sentence[from..=noun_at]).or_else(|| {
        Some(Speaker {
            text: noun.text.to_string(),
            kind: SpeakerKind::Description,
            span: noun.span,
            gender: Gender::Any,
        })
    })
}

/// A colon that ends the writer's words introduces the quote (`The mayor's verdict: “…”`).
fn colon_cue(sentence: &[Tok]) -> Option<Cue> {
    let before = &sentence[..sentence.len() - 1];
    // "issued a statement:": its issuer speaks.
    if before.len() >= 3 && issues_a_document_at(before, before.len() - 1) {
        return document_cue(before, before.len() - 1);
    }
    // "Sanders delivered a snappy retort:": the phrase before the colon is what was said,
    // unless it describes someone who says it; the sentence's subject said it.
    let speaker = match speaker_before(before) {
        Some(said) if is_no_one(&said) => subject(before).or(Some(said)),
        found => found.or_else(|| subject(before)),
    }?;
    let colon = sentence[sentence.len() - 1].span;
    Some(Cue {
        speaker,
        cue: ":".into(),
        cue_span: colon,
        previous_sentence: false,
    })
}

/// The document noun of "issued a statement saying" or "released a statement Wednesday saying"
/// before the cue verb at `k`: the statement's issuer speaks, not the statement.
fn document_before_cue(sentence: &[Tok], k: usize) -> Option<usize> {
    let document = match k.checked_sub(1) {
        Some(d) if lexicon::is_calendar(sentence[d].text) => d.checked_sub(1),
        d => d,
    };
    document.filter(|&d| d >= 2 && issues_a_document_at(sentence, d))
}

/// "his comments were", "the remarks": a cue word after an article or an owner is a noun
/// (not after "many", "both" or "that", which may be its subject: "many saying", "that says").
/// "was described by Jobs as “…”": in the passive of a verb that names what someone called a
/// thing, the agent after "by" said the words. Not "was agreed by an adviser", "can be read by
/// the handheld E-slates".
fn passive_agent(sentence: &[Tok], k: usize) -> Option<Speaker> {
    if !lexicon::cue_only_before_quote(sentence[k].text) {
        return None;
    }
    let auxiliary = k.checked_sub(1).is_some_and(|a| {
        let word = sentence[a].text;
        lexicon::is_verb_filler(word) || word == "be"
    });
    let by = sentence.get(k + 1).is_some_and(|t| t.text == "by");
    (auxiliary && by)
        .then(|| speaker_after(&sentence[k + 2..]))
        .flatten()
}

fn is_a_noun_here(sentence: &[Tok], k: usize) -> bool {
    k > 0
        && matches!(
            sentence[k - 1].text,
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "my" | "our" | "your"
        )
}

/// A description of no one ("a snappy retort", "the main stage"): what was said or where,
/// never who said it.
fn is_no_one(speaker: &Speaker) -> bool {
    let words = speaker.text.split(' ').map(lexicon::strip_stop);
    speaker.kind == SpeakerKind::Description && !describes_someone(words, true)
}

/// "The DNC issued a statement": a verb that puts out a document, ending at word `k`.
fn issues_a_document_at(sentence: &[Tok], k: usize) -> bool {
    k >= 2
        && sentence[k].is_word()
        && lexicon::is_determiner(sentence[k - 1].text)
        && lexicon::issues_a_document(sentence[k - 2].text, sentence[k].text)
}

/// The document's issuer as the speaker of the words that follow it.
fn document_cue(sentence: &[Tok], k: usize) -> Option<Cue> {
    let before = &sentence[..k - 2];
    let speaker = speaker_before(before).or_else(|| subject(before))?;
    Some(Cue {
        speaker,
        cue: join_words(&sentence[k - 2..=k]),
        cue_span: sentence[k - 2].span.cover(sentence[k].span),
        previous_sentence: false,
    })
}

/// The last sentence of a stretch of narrative, when it reports someone's speech (`Mr
/// Cartagena said the industry expects …`).
pub fn reported_speech(p: &Paragraph, extra: &[String]) -> Option<Cue> {
    let toks = p.toks(
        floor(p.prose, p.span.end.saturating_sub(WINDOW)).max(p.span.start),
        p.span.end,
    );
    let sentence = last_sentence(p.prose, &toks)?;
    if refuses_comment(sentence) {
        return None;
    }
    cue_in(sentence, extra, false)
}

/// The last sentence of a stretch of narrative, before any aside in parentheses that ends it
/// (`Richards also spoke about the case. (The law requires … 20 weeks.)`): the aside explains,
/// the sentence before it tells who speaks.
fn last_sentence<'t, 'a>(prose: &str, toks: &'t [Tok<'a>]) -> Option<&'t [Tok<'a>]> {
    let last_word = toks.iter().rposition(Tok::is_word)?;
    let closes_aside = toks[last_word..].iter().any(|t| t.is_punct(')'));
    let toks = if closes_aside {
        let mut depth = 0usize;
        let open = (0..toks.len()).rev().find(|&i| {
            if toks[i].is_punct(')') {
                depth += 1;
            } else if toks[i].is_punct('(') {
                depth = depth.saturating_sub(1);
                return depth == 0;
            }
            false
        });
        // An aside that opens the stretch is all there is.
        match open {
            Some(open) if open > 0 => &toks[..open],
            _ => toks,
        }
    } else {
        toks
    };
    let last = starts_backwards(prose, toks).find(|&s| s < toks.len())?;
    Some(&toks[last..])
}

/// "His office did not respond to a request for comment": the sentence's subject gave no
/// words, so no quote after it is theirs.
fn refuses_comment(sentence: &[Tok]) -> bool {
    const REACH: usize = 4;
    sentence.iter().enumerate().any(|(i, refusal)| {
        sentence[i + 1..]
            .iter()
            .take(REACH)
            .any(|word| lexicon::refuses_comment(refusal.text, word.text))
    })
}

/// The person a sentence is about, as the speaker a reader assumes for the quote after it
/// (`Ortiz was blunt. “We failed.”`): a name, a pronoun or a role, with no cue word.
fn context(sentence: &[Tok]) -> Option<Cue> {
    let speaker = main_subject(sentence)?;
    // A person: a name, "he"/"she" standing for one, or one person described ("the actor").
    // Not "the county", not "it".
    let person = match speaker.kind {
        SpeakerKind::Name => may_be_someone(&speaker.text),
        SpeakerKind::Pronoun => speaker.gender != Gender::Any,
        SpeakerKind::Description => lexicon::one_person_described(&speaker.text).is_some(),
    };
    let cue_span = Span::empty(speaker.span.start);
    person.then_some(Cue {
        speaker,
        cue: String::new(),
        cue_span,
        previous_sentence: true,
    })
}

/// Whether a capitalised subject may be someone: a sentence's first word is capitalised
/// whatever it is, so one word alone is not a common word ("More clarity …", "Possibly a …")
/// nor a verb run into another ("Won't voters …", "It’s implied …").
fn may_be_someone(name: &str) -> bool {
    if name.contains(' ') {
        return true;
    }
    // "Won't" is "Won" and an elision, as "It’s" is "It" and one.
    let contracted = lexicon::without_contraction(name) != name;
    !contracted && !lexicon::is_not_person(name)
}

/// The subject of the last sentence of a stretch of narrative.
pub fn last_subject(p: &Paragraph) -> Option<Cue> {
    let toks = p.toks(
        floor(p.prose, p.span.end.saturating_sub(WINDOW)).max(p.span.start),
        p.span.end,
    );
    let sentence = last_sentence(p.prose, &toks)?;
    if refuses_comment(sentence) {
        return None;
    }
    context(sentence)
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
