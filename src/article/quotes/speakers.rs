//! Speakers mapped to the fullest name the article gives them: "Charap" → "Samuel Charap". The
//! people model decides where it knows the person (a mention under the speaker, or the same
//! surname); otherwise the body's own longest capitalised name ending in that surname does.

use super::lexicon;
use super::words::{Tok, Tokens};
use super::{Quote, SpeakerKind};
use crate::article::people::Person;
use crate::article::structure::{ParagraphKind, Structure};
use crate::text::Span;
use rustc_hash::FxHashMap as HashMap;

/// Names longer than this are lists or headlines, not one person.
const LONGEST_NAME: usize = 4;

fn last_word(name: &str) -> String {
    name.rsplit(' ').next().unwrap_or(name).to_lowercase()
}

pub fn resolve(structure: &Structure, quotes: &mut [Quote], people: &[Person]) {
    let mut mentions: Vec<(Span, usize)> = people
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.mentions.iter().map(move |m| (m.span, i)))
        .collect();
    mentions.sort_by_key(|(span, _)| span.start);
    let mut by_surname: HashMap<String, usize> = HashMap::default();
    for (i, person) in people.iter().enumerate() {
        by_surname.entry(last_word(&person.name)).or_insert(i);
    }
    // Reading paragraphs for names costs more than the rest of this pass; only quotes the people
    // model cannot place need it, and only paragraphs that hold their surnames.
    let mut unplaced: Vec<(usize, String)> = Vec::new();

    for (index, quote) in quotes.iter_mut().enumerate() {
        let Some(a) = quote.attribution.as_mut() else {
            continue;
        };
        if a.kind == SpeakerKind::Description {
            continue;
        }
        let under_speaker = a
            .speaker_span
            .filter(|_| a.kind == SpeakerKind::Name)
            .and_then(|span| {
                let from = mentions.partition_point(|(m, _)| m.end <= span.start);
                mentions[from..]
                    .iter()
                    .take_while(|(m, _)| m.start < span.end)
                    .find(|(m, _)| m.overlaps(span))
                    .map(|&(_, person)| person)
            });
        let person = under_speaker.or_else(|| by_surname.get(&last_word(&a.speaker)).copied());
        if let Some(person) = person {
            a.person = Some(person);
            a.speaker = people[person].name.clone();
        } else {
            unplaced.push((index, last_word(&a.speaker)));
        }
    }
    if unplaced.is_empty() {
        return;
    }
    let wanted: Vec<&str> = unplaced
        .iter()
        .map(|(_, surname)| surname.as_str())
        .collect();
    let fullest = fullest_names(structure, &wanted);
    for (index, surname) in &unplaced {
        let Some(a) = quotes[*index].attribution.as_mut() else {
            continue;
        };
        if let Some(name) = fullest.get(surname) {
            let ends_with_speaker = name.len() > a.speaker.len()
                && name.ends_with(&a.speaker)
                && name[..name.len() - a.speaker.len()].ends_with(' ');
            if ends_with_speaker {
                a.speaker = name.clone();
            }
        }
    }
}

/// For each surname, the longest capitalised name in the body that ends in it, first found.
/// Paragraphs that cannot hold one of the `wanted` (lower-case) surnames are not read.
fn fullest_names(structure: &Structure, wanted: &[&str]) -> HashMap<String, String> {
    let prose = structure.prose.as_str();
    let mut fullest: HashMap<String, (usize, String)> = HashMap::default();
    let mut run: Vec<Tok> = Vec::new();
    for paragraph in structure
        .paragraphs
        .iter()
        .filter(|p| p.kind != ParagraphKind::Subhead)
    {
        if !may_hold_any(paragraph.span.slice(prose), wanted) {
            continue;
        }
        for t in Tokens::new(prose, paragraph.span, &[]) {
            if t.is_capitalised() {
                run.push(t);
                continue;
            }
            record(&run, &mut fullest);
            run.clear();
        }
        record(&run, &mut fullest);
        run.clear();
    }
    fullest.into_iter().map(|(k, (_, v))| (k, v)).collect()
}

/// Whether `text` may hold a word that lower-cases to one of `wanted`; it errs only towards yes.
/// A word that lower-cases to ASCII is ASCII itself, but for the Kelvin sign and the dotted
/// capital I: without those, ASCII lower case is lower case enough.
fn may_hold_any(text: &str, wanted: &[&str]) -> bool {
    if wanted.iter().any(|surname| !surname.is_ascii()) || text.contains(['\u{212A}', '\u{130}']) {
        return true;
    }
    let lower = text.to_ascii_lowercase();
    wanted.iter().any(|surname| lower.contains(surname))
}

fn record(run: &[Tok], fullest: &mut HashMap<String, (usize, String)>) {
    if run.len() < 2 {
        return;
    }
    let start = run
        .iter()
        .position(|t| !lexicon::is_title(t.text) && !lexicon::is_not_a_name(t.text))
        .unwrap_or(run.len());
    let name = &run[start..];
    let possessive_inside = name.iter().rev().skip(1).any(|t| t.bare() != t.text);
    if name.len() < 2 || name.len() > LONGEST_NAME || possessive_inside {
        return;
    }
    let Some(last) = name.last() else { return };
    let text = name
        .iter()
        .enumerate()
        .map(|(i, t)| {
            if i + 1 == name.len() {
                t.bare()
            } else {
                t.text
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    let key = last.bare().to_lowercase();
    let entry = fullest.entry(key).or_insert((0, String::new()));
    if name.len() > entry.0 {
        *entry = (name.len(), text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_is_skipped_only_when_no_word_in_it_can_lower_case_to_a_wanted_surname() {
        assert!(may_hold_any(
            "Defence Secretary John HEALEY’s plan",
            &["healey"]
        ));
        assert!(!may_hold_any(
            "The minister’s “plan” was late.",
            &["healey"]
        ));
        // The Kelvin sign lower-cases to an ASCII k.
        assert!(may_hold_any("Mr \u{212A}han spoke", &["khan"]));
        // A wanted surname beyond ASCII is looked for everywhere.
        assert!(may_hold_any("The minister spoke.", &["müller"]));
        assert!(!may_hold_any("The minister spoke.", &[]));
    }
}
