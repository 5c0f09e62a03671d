//! The subject a sentence opens with: whom the sentence is about.

use super::super::SpeakerKind;
use super::names::{description, is_name_part, name};
use super::speaker::pronoun;
use super::Speaker;
use crate::article::lexicon::{self, Gender};
use crate::article::tokens::Tok;

/// The subject at the start of a sentence: `Samuel Charap, a senior …, described`, `But the
/// company said`, `Putin spoke first … and said`.
pub(super) fn subject(toks: &[Tok]) -> Option<Speaker> {
    let mut i = 0;
    while i < toks.len() && (!toks[i].is_word() || is_connective(toks[i].text)) {
        i += 1;
    }
    // "Why was he out in the heat?": a question's subject follows its verb.
    if asks_with_inversion(&toks[i..]) {
        return subject_at(toks, i + 2);
    }
    // "In Washington, President Obama released": a phrase of place or time, closed by its
    // comma, is no subject.
    let opens_with_place_or_time = toks
        .get(i)
        .is_some_and(|t| t.is_word() && lexicon::is_preposition(t.text));
    if opens_with_place_or_time {
        // The comma may close a title in quotes: `On “Face the Nation,” Sanders said`.
        let comma = toks[i..]
            .iter()
            .take(12)
            .position(|t| t.is_punct(',') || ends_in_comma(t));
        if let Some(speaker) = comma.and_then(|c| subject_at(toks, i + c + 1)) {
            return Some(speaker);
        }
    }
    // "A few days later, Trump reversed himself": a phrase of time, closed by its comma; and
    // "Last month, when I asked him, he looked …": a clause after it, closed by its own.
    if let Some(comma) = time_phrase_end(&toks[i..]) {
        let after = i + comma + 1;
        if let Some(speaker) = subject_at(toks, after) {
            return Some(speaker);
        }
        let clause = toks.get(after).filter(|t| lexicon::is_subordinator(t.text));
        let clause_end = clause.and_then(|_| {
            let rest = &toks[after..];
            rest.iter().take(30).position(|t| t.is_punct(','))
        });
        if let Some(speaker) = clause_end.and_then(|end| subject_at(toks, after + end + 1)) {
            return Some(speaker);
        }
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

/// A quote whose words end with a comma inside the marks (`“Face the Nation,”`).
fn ends_in_comma(t: &Tok) -> bool {
    matches!(t.kind, crate::article::tokens::TokKind::Quote(_))
        && crate::text::quoted_words(t.text).ends_with(',')
}

/// "Why was he", "How did Ortiz": a question word, then its auxiliary verb before the subject.
fn asks_with_inversion(toks: &[Tok]) -> bool {
    toks.first()
        .is_some_and(|t| lexicon::is_question_word(t.text))
        && toks.get(1).is_some_and(|t| lexicon::is_auxiliary(t.text))
}

/// Where an opening phrase of time ends, at its comma: "A few days later,", "Two weeks ago,",
/// "Minutes earlier,". A few words, lower-case after the first, one of them a unit of time.
fn time_phrase_end(toks: &[Tok]) -> Option<usize> {
    let comma = toks.iter().take(6).position(|t| t.is_punct(','))?;
    let phrase = &toks[..comma];
    let plain = phrase
        .iter()
        .skip(1)
        .all(|t| t.is_word() && !t.is_capitalised());
    (plain && phrase.iter().any(|t| lexicon::is_time_word(t.text))).then_some(comma)
}

/// The subject of the sentence's main clause, whom a pronoun in the next sentence most likely
/// stands for: "When Maddow pointed out the cost, Clinton seized on it" is about Clinton. A
/// quote inside the opening clause is still its subject's (`subject`).
pub(super) fn main_subject(toks: &[Tok]) -> Option<Speaker> {
    let opening = toks
        .iter()
        .position(|t| t.is_word() && !is_connective(t.text))?;
    if !lexicon::is_subordinator(toks[opening].text) {
        return subject(toks);
    }
    let Some(comma) = toks[opening..]
        .iter()
        .take(30)
        .position(|t| t.is_punct(','))
    else {
        // Words that end inside the opening clause ("While Sullivan proclaims the article a
        // “…”"): the clause's own subject.
        return subject_at(toks, opening + 1);
    };
    subject_at(toks, opening + comma + 1)
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
        return description_at(toks, i);
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
        // Not "Obama released a statement Thursday": a determiner starts a phrase of its own,
        // and a day is no name.
        let role = toks[end..]
            .iter()
            .take(4)
            .take_while(|t| t.is_word() && !t.is_capitalised() && !lexicon::is_determiner(t.text))
            .position(|t| lexicon::is_speaker_noun(t.text));
        if let Some(noun) = role {
            let named = toks
                .get(end + noun + 1)
                .is_some_and(|t| t.is_capitalised() && !lexicon::is_calendar(t.text));
            if named {
                return subject_at(toks, end + noun + 1);
            }
        }
        // "Keane's pollster, Douglas Shore, says": the appositive names the subject. Without
        // one, the owner stays: "Blair's speech …, he declared" is still about Blair.
        let owner = toks[end - 1].bare().len() < toks[end - 1].text.len();
        if let Some(at) = appositive.filter(|_| owner) {
            return subject_at(toks, at);
        }
        return name(&toks[i..end]);
    }
    None
}

/// The description opening at determiner `i`: up to its last role noun within seven words,
/// ended by a cue verb ("The official said the government …" is "The official").
fn description_at(toks: &[Tok], i: usize) -> Option<Speaker> {
    let mut end = i + 1;
    let mut last_noun = None;
    while end < toks.len()
        && end - i < 7
        && toks[end].is_word()
        && !lexicon::is_cue_verb(toks[end].text, &[])
    {
        if lexicon::is_speaker_noun(toks[end].text) {
            last_noun = Some(end);
        }
        end += 1;
    }
    // Without a role noun, only a phrase that runs right up to a verb of saying: "The newsletter
    // says".
    let at_verb = end == toks.len() || lexicon::is_saying_verb(toks[end].text);
    let last = last_noun.or(at_verb.then_some(end - 1))?;
    description(&toks[i..=last])
}

/// Sentence openers that are not part of the subject, in either case: "And then Trump went".
pub(super) fn is_connective(word: &str) -> bool {
    const CONNECTIVES: [&str; 15] = [
        "But",
        "And",
        "However",
        "Meanwhile",
        "Still",
        "Yet",
        "So",
        "Also",
        "Now",
        "Then",
        "Instead",
        "Separately",
        "Later",
        "Earlier",
        "Indeed",
    ];
    CONNECTIVES.iter().any(|c| c.eq_ignore_ascii_case(word))
}
