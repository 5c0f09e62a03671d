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
    // Reading every paragraph for names costs more than the rest of this pass; only quotes the
    // people model cannot place need it.
    let mut fullest: Option<HashMap<String, String>> = None;

    for quote in quotes.iter_mut() {
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
        } else if let Some(name) = fullest
            .get_or_insert_with(|| fullest_names(structure))
            .get(&last_word(&a.speaker))
        {
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
fn fullest_names(structure: &Structure) -> HashMap<String, String> {
    let prose = structure.prose.as_str();
    let mut fullest: HashMap<String, (usize, String)> = HashMap::default();
    let mut run: Vec<Tok> = Vec::new();
    for paragraph in structure
        .paragraphs
        .iter()
        .filter(|p| p.kind != ParagraphKind::Subhead)
    {
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
