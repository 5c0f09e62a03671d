//! Sentences whose subject describes someone the draft has named: "The actress said she was
//! tired of the status quo." is a sighting of Susan Sarandon, introduced as "Oscar-winning
//! actress Susan Sarandon", for the pronouns and descriptions after it, as a reader takes it.

use super::mentions::{Role, Sighting};
use super::{bare, close_role_words, definite_description, is_head, Ask};
use crate::article::lexicon;
use crate::article::people::Person;
use crate::article::quotes::attribution::{sentence_subjects, Paragraphs};
use crate::article::quotes::SpeakerKind;
use crate::text::Span;

/// The sightings made by the sentence subjects of `reading` (paragraph indexes) that describe
/// exactly one person of the draft: a role noun that no one or several people wear names no one.
pub fn sightings(
    prose: &str,
    paragraphs: &mut Paragraphs,
    quoted: &[Span],
    people: &[Person],
    reading: impl Iterator<Item = usize>,
) -> Vec<Sighting> {
    let mut found = Vec::new();
    for paragraph in reading {
        for subject in sentence_subjects(paragraphs.get(paragraph)) {
            if subject.kind != SpeakerKind::Description
                || quoted
                    .iter()
                    .any(|q| q.start <= subject.span.start && subject.span.end <= q.end)
            {
                continue;
            }
            let Some(Ask::Description {
                head,
                gender,
                named_complement: false,
                epithet: false,
            }) = definite_description(&subject.text)
            else {
                continue;
            };
            // "The movie mentions neither the president": a clause, read past its verb.
            if subject.text.split(' ').skip(1).any(lexicon::is_determiner) {
                continue;
            }
            // "The Black Sabbath singer" is someone else than the band it names.
            let names_someone = people
                .iter()
                .flat_map(|p| &p.mentions)
                .any(|m| subject.span.start <= m.span.start && m.span.end <= subject.span.end);
            if names_someone {
                continue;
            }
            let mut wearers = (0..people.len()).filter(|&p| {
                !people[p].credit
                    && is_called(
                        &subject.text,
                        &head,
                        &close_role_words(prose, &people[p], subject.span.start),
                    )
            });
            if let (Some(person), None) = (wearers.next(), wearers.next()) {
                found.push(Sighting {
                    span: subject.span,
                    person,
                    paragraph,
                    role: Role::Subject,
                    told: gender,
                });
            }
        }
    }
    found
}

/// Whether a description fits the words someone was called by: its head noun among them, with
/// every word it adds ("the Two Ronnies star" is not "Only Fools and Horses star David Jason",
/// "the foreign secretary" not "Home Secretary Charles Clarke") and any rank they carry ("the
/// chancellor" is not "shadow chancellor Oliver Letwin").
fn is_called(description: &str, head: &str, called: &[&str]) -> bool {
    let called_words: Vec<String> = called.iter().map(|w| bare(w)).collect();
    let described: Vec<String> = description.split(' ').map(bare).collect();
    let modifiers = described.iter().skip(1).take_while(|w| w.as_str() != head);
    let same_words = modifiers.clone().all(|w| called_words.contains(w));
    let same_rank = called_words
        .iter()
        .filter(|w| lexicon::is_rank_qualifier(w))
        .all(|w| described.contains(w));
    called.iter().any(|w| is_head(w, head)) && same_words && same_rank
}
