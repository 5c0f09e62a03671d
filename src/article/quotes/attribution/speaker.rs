//! The speaker phrase next to a cue: before the verb (`the county health director, Rita Alvarez,
//! said`), after an inverted verb (`said Alvarez, the director`), or between a quote and its
//! verb.

use super::super::SpeakerKind;
use super::names::{description, is_name_part, name};
use super::Speaker;
use crate::article::lexicon::{self, Gender};
use crate::article::tokens::Tok;
use crate::text::Span;
use std::borrow::Cow;

/// "he", "she", "they" as a speaker, to be resolved to the person later; "He’s" (claiming …) is
/// "he" with its verb run in.
pub(super) fn pronoun(t: &Tok) -> Option<Speaker> {
    let gender = lexicon::pronoun(t.text);
    let (word, gender) = match gender {
        Some(gender) => (t.text, gender),
        None => {
            let word = lexicon::without_contraction(t.text);
            let gender = lexicon::pronoun(word).filter(|&g| g != Gender::Any)?;
            (word, gender)
        }
    };
    Some(Speaker {
        text: word.to_string(),
        kind: SpeakerKind::Pronoun,
        span: Span::new(t.span.start, t.span.start + word.len()),
        gender,
    })
}

/// A speaker before an appositive: `Bob Neill, leader of the London Assembly Conservatives, said`;
/// or the name in apposition to a description: `her senior policy adviser, Jake Sullivan, said`.
pub(super) fn before_appositive(toks: &[Tok]) -> Option<Speaker> {
    // "Lemkin, who coined the word, once said": the adverb stands after the clause's comma,
    // and then only a name before the clause is read.
    let mut end = toks.len();
    while end > 0 && lexicon::is_verb_filler(toks[end - 1].text) {
        end -= 1;
    }
    if end < toks.len() {
        return before_appositive(&toks[..end]).filter(|s| s.kind == SpeakerKind::Name);
    }
    let closing = toks
        .len()
        .checked_sub(1)
        .filter(|&i| toks[i].is_punct(','))?;
    let opening = toks[..closing]
        .iter()
        .rev()
        .take(16)
        .position(|t| t.is_punct(','))?;
    let outer = &toks[..closing - opening - 1];
    let before = speaker_before(outer)?;
    // "Here in Columbia, Sanders stepped up …, saying": a place after its preposition is where,
    // and what follows its comma the sentence's main clause, no appositive. Not "from", whose
    // object may be the source ("a letter from Bob Neill, the leader, said").
    let at = outer.iter().position(|t| t.span.start == before.span.start);
    let placed = at
        .and_then(|at| at.checked_sub(1))
        .is_some_and(|i| lexicon::is_preposition(outer[i].text) && outer[i].text != "from");
    if before.kind == SpeakerKind::Name && placed {
        return None;
    }
    let inner = &toks[closing - opening..closing];
    // The words back to the clause's start hold a person's noun ("shadow chief secretary to
    // the Treasury", "another Tory back-bencher"), not a place's ("the state capital").
    let clause = outer.rsplit(|t| !t.is_word()).next().unwrap_or_default();
    let words = || clause.iter().map(|t| t.text);
    let describes_a_person = describes_someone(words(), false);
    if before.kind == SpeakerKind::Description && describes_a_person && is_bare_name(inner) {
        return name(inner).or(Some(before));
    }
    // "In an incendiary press conference, Trump launched an attack, calling it …", "But a few
    // days later, Trump reversed himself, telling …": a phrase of no one before a main clause.
    let adverbial = outer
        .iter()
        .find(|t| t.is_word() && !super::subject::is_connective(t.text))
        .is_some_and(|t| lexicon::is_preposition(t.text))
        || clause.iter().any(|t| lexicon::is_time_word(t.text));
    let no_one =
        before.kind == SpeakerKind::Description && adverbial && !describes_someone(words(), true);
    (!no_one).then_some(before)
}

/// Whether `words` describe someone who may speak: a person's noun among them, or an agent
/// noun in lower case as their head ("another Tory back-bencher", "the investor"), or, with
/// `institutions`, an institution's noun ("the company"). "A snappy retort", "an incendiary
/// press conference" and "a few days later" describe no one.
pub(super) fn describes_someone<'w>(
    words: impl DoubleEndedIterator<Item = &'w str> + Clone,
    institutions: bool,
) -> bool {
    let agent_noun_head = words
        .clone()
        .next_back()
        .is_some_and(|w| !w.starts_with(|c: char| c.is_uppercase()) && lexicon::is_agent_noun(w));
    agent_noun_head
        || words
            .into_iter()
            .any(|w| lexicon::is_person_noun(w) || institutions && lexicon::is_institution_noun(w))
}

/// Capitalised words, a name's particles and initials only, and not every one an abbreviation
/// ("N.H."): a name standing on its own.
fn is_bare_name(toks: &[Tok]) -> bool {
    (1..=6).contains(&toks.len())
        && toks
            .iter()
            .all(|t| t.is_capitalised() || is_name_part(t, None))
        && toks.iter().any(|t| !t.text.ends_with('.'))
        && !lexicon::is_determiner(toks[0].text)
        && !lexicon::is_not_a_speaker(toks[0].text)
}

/// A speaker phrase directly before a verb, read backwards: a name, a pronoun or a description.
/// Where a phrase of time ends the tokens, the phrase's start: "on Friday", "on Thursday
/// night", "last March" between a speaker and the verb ("Obama on Friday declared").
fn time_phrase_before(toks: &[Tok]) -> Option<usize> {
    const PART_OF_DAY: [&str; 4] = ["morning", "afternoon", "evening", "night"];
    let mut start = toks.len().checked_sub(1)?;
    if PART_OF_DAY.contains(&toks[start].text) {
        start = start.checked_sub(1)?;
    }
    if !(toks[start].is_word() && lexicon::is_calendar(toks[start].text)) {
        return None;
    }
    // The opening word is needed: a day alone may be a name ("Mr Valentine").
    let start = start.checked_sub(1).filter(|&i| {
        matches!(
            toks[i].text,
            "on" | "last" | "this" | "next" | "early" | "late"
        )
    })?;
    // Only between a name and its verb: in "issued a statement late on Friday saying" the
    // day belongs to the statement.
    let named_before = start
        .checked_sub(1)
        .is_some_and(|i| toks[i].is_capitalised() || pronoun(&toks[i]).is_some());
    named_before.then_some(start)
}

/// The phrase at `start` is whom or what the words were said to or for, not who said them
/// (`lexicon::names_an_addressee`).
fn object_of_preposition(toks: &[Tok], start: usize) -> bool {
    start
        .checked_sub(1)
        .and_then(|i| toks.get(i))
        .is_some_and(|t| lexicon::names_an_addressee(t.text))
}

/// "a spokesman for Bernie Sanders", "a spokeswoman for the Clinton campaign": the name at
/// `start..end` completes a role noun before its preposition, and the whole description
/// speaks.
fn role_of_a_name(toks: &[Tok], start: usize, end: usize) -> Option<Speaker> {
    let preposition = toks.get(start.checked_sub(1)?)?;
    let noun = toks.get(start.checked_sub(2)?)?;
    // A person's or an organisation's noun: not "an interview with CNN", "an account of Clinton".
    let role = lexicon::with_lowercase(noun.text, |lower| {
        lexicon::is_person_noun(lower) || lexicon::is_organisation_noun(lower)
    });
    if !matches!(preposition.text, "for" | "of" | "at" | "with") || !role {
        return None;
    }
    let from = (start.saturating_sub(6)..start - 1)
        .rev()
        .find(|&i| lexicon::is_determiner(toks[i].text))?;
    if toks[from..start - 1].iter().any(|t| !t.is_word()) {
        return None;
    }
    description(&toks[from..end])
}

pub(super) fn speaker_before(toks: &[Tok]) -> Option<Speaker> {
    let mut end = toks.len();
    loop {
        if end > 0 && lexicon::is_verb_filler(toks[end - 1].text) {
            end -= 1;
        } else if let Some(start) = time_phrase_before(&toks[..end]) {
            end = start;
        } else {
            break;
        }
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
        if let Some(described) = role_of_a_name(toks, start, end) {
            return Some(described);
        }
        if object_of_preposition(toks, start) {
            return None;
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
        return (lexicon::is_determiner(phrase[0].text)
            && nominal
            && !object_of_preposition(toks, start))
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
pub(super) fn is_function_word(word: &str) -> bool {
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

/// The speaker after an inverted verb or "according to": `said Deputy Prime Minister Abdullatif
/// Sener earlier this month`, `said EEF chief economist, Steve Radley`, `said one broker`.
pub(super) fn speaker_after(toks: &[Tok]) -> Option<Speaker> {
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

/// A name after its job description: "CBI director-general Sir Digby Jones".
fn name_after_job(head: &[Tok]) -> Option<Speaker> {
    let run = head.iter().rev().take_while(|t| t.is_capitalised()).count();
    if run == 0 || run >= head.len() || head.len() > 14 {
        return None;
    }
    let joined_by = head[head.len() - run - 1].text;
    let of_something = matches!(
        joined_by,
        "for" | "at" | "of" | "from" | "with" | "in" | "to" | "on" | "by" | "the"
    );
    if of_something {
        return None;
    }
    name(&head[head.len() - run..])
}

/// Token `k` is the apostrophe of a plural's possessive, set right after a word in "s"
/// ("Wales’", "the Smiths'").
fn plural_possessive_mark(toks: &[Tok], k: usize) -> bool {
    let (Some(t), Some(before)) = (toks.get(k), k.checked_sub(1).and_then(|b| toks.get(b))) else {
        return false;
    };
    matches!(t.text, "'" | "’") && before.span.end == t.span.start && before.text.ends_with('s')
}

/// A speaker phrase between a quote and its verb: a name, a pronoun or a description, and a
/// name in an appositive wins over the description it follows.
pub(super) fn speaker_phrase(toks: &[Tok]) -> Option<Speaker> {
    let segments: Vec<&[Tok]> = toks
        .split(|t| t.is_punct(',') || t.is_punct('(') || t.is_punct(')'))
        .filter(|s| !s.is_empty())
        .collect();
    let first = *segments.first()?;
    let possessive_mark = |k: usize| plural_possessive_mark(first, k);
    // "Wales’ team physiotherapist Mark Davies": a plural's possessive mark is the word's.
    let head: Cow<[Tok]> = if (0..first.len()).any(possessive_mark) {
        (0..first.len())
            .filter(|&k| !possessive_mark(k))
            .map(|k| first[k])
            .collect()
    } else {
        Cow::Borrowed(first)
    };
    let head: &[Tok] = &head;
    if head.iter().any(|t| !t.is_word()) {
        return None;
    }
    if head.len() == 1 {
        if let Some(speaker) = pronoun(&head[0]) {
            return Some(speaker);
        }
    }
    if is_bare_name(head) {
        return name(head);
    }
    if let Some(speaker) = name_after_job(head) {
        return Some(speaker);
    }
    // "voter Stephanie Hooton of Derry": the name before where the person is from.
    let from = head
        .iter()
        .rposition(|t| matches!(t.text, "of" | "from"))
        .filter(|&at| head[at + 1..].iter().all(Tok::is_capitalised));
    if let Some(speaker) = from.and_then(|at| name_after_job(&head[..at])) {
        return Some(speaker);
    }
    if head.len() > 14 {
        return None;
    }
    // "hunt master, Captain Ian Farquhar,": the name in the appositive.
    if let Some(named) = segments[1..].iter().find(|s| is_bare_name(s)) {
        return name(named);
    }
    if lexicon::is_determiner(head[0].text) || head.iter().any(|t| lexicon::is_speaker_noun(t.text))
    {
        return description(head);
    }
    None
}
