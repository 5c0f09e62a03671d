//! The finished people: each with their mentions in order, their spellings by preference, the
//! fullest name in the canonical spelling, and the role they were introduced with.

use super::super::{house, variants};
use super::super::{Mention, MentionZone, Person, Variant};
use super::{Draft, Group, Placed};
use crate::article::lexicon;
use crate::config::Config;
use crate::text::Span;

/// The people of the groups left after merging, in order of their first mention.
pub(super) fn people(draft: &Draft, config: &Config, groups: Vec<Group>) -> Vec<Person> {
    let mut people: Vec<Person> = Vec::with_capacity(groups.len());
    for g in groups
        .into_iter()
        .filter(|g| g.merged_into.is_none() && !g.mentions.is_empty())
    {
        people.push(person(draft, config, g));
    }
    people.sort_by_key(|p| p.mentions.first().map(|m| m.span.start));
    people
}

fn person(draft: &Draft, config: &Config, g: Group) -> Person {
    let mut placed = g.mentions;
    placed.sort_by_key(|m| m.span.start);
    placed.dedup_by_key(|m| m.span.start);
    let mentions = mentions(draft, &placed);
    // The first full name outside the trailer, or else in it.
    let first_full = mentions
        .iter()
        .position(|m| m.full && m.zone != MentionZone::Trailer)
        .or_else(|| mentions.iter().position(|m| m.full));
    let variants = spellings(draft, config, &mentions, first_full);
    let canonical = variants.first().map_or("", |v| v.spelling.as_str());
    let name = match first_full {
        Some(k) => full_name(draft, &mentions[k], placed[k].candidate, canonical),
        None => canonical.to_string(),
    };
    let role = role(draft, &placed, first_full);
    Person {
        name,
        role,
        mentions,
        first_full,
        variants,
        credit: g.credit,
    }
}

fn mentions(draft: &Draft, placed: &[Placed]) -> Vec<Mention> {
    placed
        .iter()
        .map(|m| {
            let c = &draft.candidates[m.candidate];
            Mention {
                span: m.span,
                surname: c.surname,
                zone: c.zone,
                full: m.full,
                attributive: c.attributive,
                in_quote: draft.quoted.any_contains(m.span),
            }
        })
        .collect()
}

/// The spellings of the surname, in order of preference: the house list's, then the most used,
/// then the first full name's, then the earliest.
fn spellings(
    draft: &Draft,
    config: &Config,
    mentions: &[Mention],
    first_full: Option<usize>,
) -> Vec<Variant> {
    let mut variants: Vec<Variant> = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        let spelling = draft.prose_at(m.surname);
        match variants
            .iter_mut()
            .find(|v| variants::same_spelling(&v.spelling, spelling))
        {
            Some(v) => v.mentions.push(k),
            None => {
                // Most people are spelled one way: the first spelling has room for all.
                let room = if variants.is_empty() {
                    mentions.len() - k
                } else {
                    1
                };
                let mut spelled = Vec::with_capacity(room);
                spelled.push(k);
                variants.push(Variant {
                    spelling: spelling.to_string(),
                    mentions: spelled,
                });
            }
        }
    }
    let first_full_spelling = first_full.map(|k| draft.prose_at(mentions[k].surname));
    let house_canonical = variants
        .iter()
        .find_map(|v| house::verdict(config, &v.spelling, &v.spelling))
        .map(|h| house::surname_of(&h.entry.canonical).to_string());
    variants.sort_by_key(|v| {
        (
            house_canonical.as_deref() != Some(v.spelling.as_str()),
            std::cmp::Reverse(v.mentions.len()),
            first_full_spelling != Some(v.spelling.as_str()),
            v.mentions[0],
        )
    });
    variants
}

/// The first full name as written, with the surname in its canonical spelling.
fn full_name(draft: &Draft, first_full: &Mention, candidate: usize, canonical: &str) -> String {
    let m = first_full;
    let before_surname = Span::new(m.span.start, m.surname.start.max(m.span.start));
    let before = before_surname.slice(draft.text);
    let suffix = draft.candidates[candidate]
        .suffix
        .map(|s| s.slice(draft.text));
    // Put together by hand: `format!` costs several times as much, once per person.
    let mut name =
        String::with_capacity(before.len() + canonical.len() + suffix.map_or(0, |s| s.len() + 1));
    name.push_str(before);
    name.push_str(canonical);
    if let Some(suffix) = suffix {
        name.push(' ');
        name.push_str(suffix);
    }
    name
}

/// The role in apposition to the first full name or the title before it, or else the first
/// title any mention has.
fn role(draft: &Draft, placed: &[Placed], first_full: Option<usize>) -> Option<String> {
    let role = first_full.and_then(|k| {
        let c = &draft.candidates[placed[k].candidate];
        let apposition = c
            .apposition
            .and_then(|span| role_named_by(span.slice(draft.text)));
        apposition
            .or(c.prefix.map(|span| span.slice(draft.text)))
            .map(str::to_string)
    });
    role.or_else(|| {
        placed.iter().find_map(|m| {
            draft.candidates[m.candidate]
                .prefix
                .map(|p| p.slice(draft.text).to_string())
        })
    })
}

/// The role a phrase in apposition names, as a reader would print it under the name: the noun
/// phrase it opens with ("a California superdelegate and Clinton supporter" of "…, who has
/// accused …", "spokeswoman for the committee" of "… said it was aware"), or none when the
/// phrase carries on the sentence ("which commissioned the survey", "is in jail", "told the
/// BBC").
fn role_named_by(phrase: &str) -> Option<&str> {
    let mut words = phrase.split(' ');
    let first = words.next()?;
    if lexicon::opens_a_clause(first, words.next()) {
        return None;
    }
    let end = phrase
        .match_indices(' ')
        .map(|(at, _)| at)
        .find(|&at| {
            let word = phrase[at + 1..].split(' ').next().unwrap_or("");
            lexicon::ends_a_role(word)
        })
        .unwrap_or(phrase.len());
    let role = phrase[..end].trim_end();
    (role.split(' ').count() >= 2).then_some(role)
}
