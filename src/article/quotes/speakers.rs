//! Speakers mapped to the fullest name the article gives them: "Charap" → "Samuel Charap". The
//! people model decides where it knows the person (a mention under the speaker, or the same
//! surname); otherwise the body's own longest capitalised name ending in that surname does.

use super::{Quote, SpeakerKind};
use crate::article::lexicon;
use crate::article::people::Person;
#[cfg(test)]
use crate::article::structure::Format;
use crate::article::structure::{ParagraphKind, Structure};
use crate::article::tokens::{Tok, Tokens};
use crate::text::{is_ascii_space, Span};
use rustc_hash::FxHashMap as HashMap;

/// Names longer than this are lists or headlines, not one person.
const LONGEST_NAME: usize = 4;

fn last_word(name: &str) -> String {
    let word = match memchr::memrchr(b' ', name.as_bytes()) {
        Some(space) => &name[space + 1..],
        None => name,
    };
    if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.to_lowercase()
    }
}

/// Every mention of a person, sorted by position: whom a speaker's words name.
struct Mentions {
    sorted: Vec<Mention>,
}

struct Mention {
    span: Span,
    /// Index into the people.
    person: usize,
}

impl Mentions {
    fn of(people: &[Person]) -> Self {
        let mut sorted: Vec<Mention> = people
            .iter()
            .enumerate()
            .flat_map(|(person, p)| {
                p.mentions.iter().map(move |m| Mention {
                    span: m.span,
                    person,
                })
            })
            .collect();
        sorted.sort_by_key(|m| m.span.start);
        Mentions { sorted }
    }

    /// The person a mention under `span` names.
    fn under(&self, span: Span) -> Option<usize> {
        let from = self.sorted.partition_point(|m| m.span.end <= span.start);
        self.sorted[from..]
            .iter()
            .take_while(|m| m.span.start < span.end)
            .find(|m| m.span.overlaps(span))
            .map(|m| m.person)
    }
}

/// A speaker the people model could not place, to be lengthened from the body's names.
struct Unplaced {
    quote: usize,
    /// The speaker's last word, lower-cased.
    surname: String,
}

pub fn resolve(structure: &Structure, quotes: &mut [Quote], people: &[Person]) {
    let named = |q: &Quote| {
        q.attribution
            .as_ref()
            .is_some_and(|a| a.kind != SpeakerKind::Description)
    };
    if !quotes.iter().any(named) {
        return;
    }
    let unplaced = place_in_people(quotes, people);
    // Reading paragraphs for names costs more than the rest of this pass; only quotes the people
    // model cannot place need it, and only paragraphs that hold their surnames.
    if !unplaced.is_empty() {
        lengthen_from_body(structure, quotes, &unplaced);
    }
}

/// Gives each named speaker the person and name the people model knows them by; returns the
/// capitalised speakers it does not know.
fn place_in_people(quotes: &mut [Quote], people: &[Person]) -> Vec<Unplaced> {
    let mentions = Mentions::of(people);
    // Only a speaker no mention lies under is looked up by surname.
    let mut by_surname: Option<HashMap<String, usize>> = None;
    let surnames = || {
        let mut by_surname: HashMap<String, usize> = HashMap::default();
        for (i, person) in people.iter().enumerate() {
            by_surname.entry(last_word(&person.name)).or_insert(i);
        }
        by_surname
    };
    let mut unplaced = Vec::new();
    for (index, quote) in quotes.iter_mut().enumerate() {
        let Some(a) = quote.attribution.as_mut() else {
            continue;
        };
        // A description, or a speaker the resolution already placed.
        if a.kind == SpeakerKind::Description || a.person.is_some() {
            continue;
        }
        let under_speaker = a
            .speaker_span
            .filter(|_| a.kind == SpeakerKind::Name)
            .and_then(|span| mentions.under(span));
        let person = under_speaker.or_else(|| {
            by_surname
                .get_or_insert_with(surnames)
                .get(&last_word(&a.speaker))
                .copied()
        });
        if let Some(person) = person {
            a.person = Some(person);
            a.speaker = people[person].name.clone();
        } else if a.speaker.chars().next().is_some_and(char::is_uppercase) {
            // A fuller name ends in the speaker's words, and every word of a name is
            // capitalised: a speaker that opens in lower case ("he", "they") is never
            // lengthened, and looking for its last word would read around every "the".
            unplaced.push(Unplaced {
                quote: index,
                surname: last_word(&a.speaker),
            });
        }
    }
    unplaced
}

/// Lengthens each unplaced speaker to the fullest name in the body that ends in it.
fn lengthen_from_body(structure: &Structure, quotes: &mut [Quote], unplaced: &[Unplaced]) {
    let wanted: Vec<&str> = unplaced.iter().map(|u| u.surname.as_str()).collect();
    let fullest = fullest_names(structure, &wanted);
    for u in unplaced {
        let Some(a) = quotes[u.quote].attribution.as_mut() else {
            continue;
        };
        if let Some(name) = fullest.get(&u.surname) {
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
/// Only names ending in one of the `wanted` (lower-case) surnames are kept.
fn fullest_names(structure: &Structure, wanted: &[&str]) -> HashMap<String, String> {
    let prose = structure.prose.as_str();
    let paragraphs: Vec<Span> = structure
        .paragraphs
        .iter()
        .filter(|p| p.kind != ParagraphKind::Subhead)
        .map(|p| p.span)
        .collect();
    let mut names = Names {
        prose,
        wanted,
        fullest: HashMap::default(),
        run: Vec::new(),
    };
    match surname_sightings(prose, wanted) {
        Some(sightings) => names.read_around(&paragraphs, &sightings),
        None => {
            for paragraph in &paragraphs {
                names.read(paragraph.start, paragraph.end, usize::MAX);
            }
        }
    }
    names
        .fullest
        .into_iter()
        .map(|(surname, fullest)| (surname, fullest.name))
        .collect()
}

/// Where a wanted surname may end a name: the offsets, sorted, at which the ASCII lower case of
/// the prose spells one. `None` when that would miss some: a surname beyond ASCII, or a Kelvin
/// sign or dotted capital I in the prose (the only characters beyond ASCII that lower-case to
/// ASCII letters, or nearly).
fn surname_sightings(prose: &str, wanted: &[&str]) -> Option<Vec<usize>> {
    let awkward = |s: &str| memchr::memmem::find(prose.as_bytes(), s.as_bytes()).is_some();
    if wanted.iter().any(|s| s.is_empty() || !s.is_ascii())
        || awkward("\u{212A}")
        || awkward("\u{130}")
    {
        return None;
    }
    let lower = prose.to_ascii_lowercase();
    let mut sightings: Vec<usize> = Vec::new();
    let mut distinct: Vec<&str> = wanted.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    for surname in distinct {
        sightings.extend(memchr::memmem::find_iter(
            lower.as_bytes(),
            surname.as_bytes(),
        ));
    }
    sightings.sort_unstable();
    Some(sightings)
}

/// The longest names found so far, and the run of capitalised words being read.
struct Names<'a, 'w> {
    prose: &'a str,
    wanted: &'w [&'w str],
    fullest: HashMap<String, Fullest>,
    run: Vec<Tok<'a>>,
}

/// The longest name found so far for a surname.
#[derive(Default)]
struct Fullest {
    words: usize,
    name: String,
}

impl Names<'_, '_> {
    /// Reads only the runs of capitalised words around each sighting of a surname, as a reading
    /// of whole paragraphs would see them: a run starts after a word that is not capitalised,
    /// and a token starts after every space, so reading from a space before a lower-case word
    /// (or from where the last reading stopped) reads the same tokens and runs from there on.
    fn read_around(&mut self, paragraphs: &[Span], sightings: &[usize]) {
        let bytes = self.prose.as_bytes();
        let mut read_to = 0;
        for &at in sightings {
            let index = paragraphs.partition_point(|p| p.end <= at);
            let Some(paragraph) = paragraphs.get(index).filter(|p| p.start <= at) else {
                continue;
            };
            if at < read_to {
                continue;
            }
            let floor = read_to.max(paragraph.start);
            let mut from = at;
            while from > floor && !(is_ascii_space(bytes[from - 1]) && breaks_run(bytes[from])) {
                from -= 1;
            }
            read_to = self.read(from, paragraph.end, at);
        }
    }

    /// Reads the tokens of `prose[from..end]`, recording each run of capitalised words as it
    /// ends; stops after the first word not capitalised that starts at or after `until`, and
    /// returns where it stopped.
    fn read(&mut self, from: usize, end: usize, until: usize) -> usize {
        for t in Tokens::new(self.prose, Span::new(from, end), &[]) {
            if t.is_capitalised() {
                self.run.push(t);
                continue;
            }
            record(&self.run, self.wanted, &mut self.fullest);
            self.run.clear();
            if t.span.start >= until {
                return t.span.end;
            }
        }
        record(&self.run, self.wanted, &mut self.fullest);
        self.run.clear();
        end
    }
}

/// An ASCII byte that starts a token which is not a capitalised word.
fn breaks_run(b: u8) -> bool {
    b.is_ascii() && !is_ascii_space(b) && !b.is_ascii_uppercase()
}

fn record(run: &[Tok], wanted: &[&str], fullest: &mut HashMap<String, Fullest>) {
    if run.len() < 2 {
        return;
    }
    let start = run
        .iter()
        .position(|t| !lexicon::is_speaker_title(t.text) && !lexicon::is_not_a_speaker(t.text))
        .unwrap_or(run.len());
    let name = &run[start..];
    let possessive_inside = name.iter().rev().skip(1).any(|t| t.bare() != t.text);
    if name.len() < 2 || name.len() > LONGEST_NAME || possessive_inside {
        return;
    }
    let Some(last) = name.last() else { return };
    let key = last.bare().to_lowercase();
    if !wanted.contains(&key.as_str()) {
        return;
    }
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
    let entry = fullest.entry(key).or_default();
    if name.len() > entry.words {
        *entry = Fullest {
            words: name.len(),
            name: text,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fullest_reading_whole_paragraphs(text: &str, wanted: &[&str]) -> Vec<(String, String)> {
        let structure = crate::article::structure::parse(text, Format::PlainText);
        let mut names = Names {
            prose: &structure.prose,
            wanted,
            fullest: HashMap::default(),
            run: Vec::new(),
        };
        for p in structure
            .paragraphs
            .iter()
            .filter(|p| p.kind != ParagraphKind::Subhead)
        {
            names.read(p.span.start, p.span.end, usize::MAX);
        }
        sorted(
            names
                .fullest
                .into_iter()
                .map(|(surname, fullest)| (surname, fullest.name))
                .collect(),
        )
    }

    fn sorted(names: HashMap<String, String>) -> Vec<(String, String)> {
        let mut names: Vec<_> = names.into_iter().collect();
        names.sort();
        names
    }

    #[test]
    fn reading_around_surnames_finds_what_reading_every_paragraph_finds() {
        let drafts = [
            "Healey plan delayed\n\nDefence Secretary John HEALEY’s plan was late, said Mr Healey.\n\nThe Prime Minister And Chancellor Rachel Reeves Healey spoke. Later, Sam Healey and Ann Reeves left.\n\n“No,” Reeves said.",
            "Khan wins\n\nMayor Sadiq \u{212A}han spoke. Then Sadiq Khan left.\n\nMr Khan said so.",
            "Short\n\nhealey said. A B C D Healey came; Jo Healey too.\n\nMüller said Anna Müller left.",
        ];
        for draft in drafts {
            for wanted in [
                &["healey"][..],
                &["reeves", "healey"],
                &["khan"],
                &["müller"],
                &[],
            ] {
                let structure = crate::article::structure::parse(draft, Format::PlainText);
                assert_eq!(
                    sorted(fullest_names(&structure, wanted)),
                    fullest_reading_whole_paragraphs(draft, wanted),
                    "{draft:?} {wanted:?}"
                );
            }
        }
        let draft = drafts[0];
        let structure = crate::article::structure::parse(draft, Format::PlainText);
        let names = fullest_names(&structure, &["reeves"]);
        assert_eq!(names.get("reeves").map(String::as_str), Some("Ann Reeves"));
    }
}
