//! A speaker phrase made into a speaker: a name without its titles, or a description.

use super::super::SpeakerKind;
use super::speaker::is_function_word;
use super::Speaker;
use crate::article::lexicon::{self, Gender};
use crate::article::tokens::{join_words, Tok};

/// A word that can sit inside a name read backwards ("Donald", "U.S.", "de", "bin").
pub(super) fn is_name_part(t: &Tok, before: Option<&Tok>) -> bool {
    if t.is_capitalised() {
        return true;
    }
    let particle = lexicon::is_particle(t.text);
    particle && before.is_some_and(|b| b.is_capitalised())
}

/// A name run with the titles in front of it taken off ("U.S. President Donald Trump" → "Donald
/// Trump"); the gender a title gives away is kept for pronouns.
pub(super) fn name(toks: &[Tok]) -> Option<Speaker> {
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
        && (lexicon::is_speaker_title(toks[start].text)
            || lexicon::is_not_a_speaker(toks[start].text))
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
    // "Al From", "Theresa May": after a given name, a surname that is also a word is a name.
    let after_given_name = toks.len() >= 2 && lexicon::is_given_name(toks[0].text);
    if lexicon::is_not_a_speaker(last.text) && !after_given_name || !last.is_capitalised() {
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

pub(super) fn description(toks: &[Tok]) -> Option<Speaker> {
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
    // "Another said", "“…,” read one.": one of those just mentioned.
    let one_of_them = toks.len() == 1
        && lexicon::with_lowercase(first.text, |lower| {
            matches!(
                lower,
                "one" | "another" | "others" | "some" | "many" | "several"
            )
        });
    if !(has_role || determined || group || one_of_them) || toks.len() > 10 {
        return None;
    }
    Some(Speaker {
        text: join_words(toks),
        kind: SpeakerKind::Description,
        span: first.span.cover(last.span),
        gender: Gender::Any,
    })
}
