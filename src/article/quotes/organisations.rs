//! Organisations as speakers: "the company said", "according to the newspaper" name the
//! organisation the draft named last before them ("Motorola reported … “…,” the company said"),
//! as a reader names it. Read once the people are known, so that no person's name is taken for
//! an organisation's.

use super::attribution::{sentence_subjects, Paragraphs, Speaker};
use super::{Quote, SpeakerKind};
use crate::article::dateline::DatelineAnalysis;
use crate::article::lexicon::{self, Classes};
use crate::article::people::Person;
use crate::article::structure::Structure;
use crate::text::Span;

/// How many paragraphs back the organisation may have been named.
const REACH: usize = 2;
/// How sure the reading is when one organisation is named in reach: the latest subject is
/// nearly always the one meant, but the name may be the story's subject and not the speaker.
const SOLE: u8 = 90;
/// When several are: the latest is more often right than not, and shown as a guess.
const LATEST_OF_SEVERAL: u8 = 60;

pub fn resolve(
    structure: &Structure,
    datelines: &DatelineAnalysis,
    quotes: &mut [Quote],
    people: &[Person],
) {
    let prose = structure.prose.as_str();
    // Each quote attributed to "the company", with where those words stand and their noun.
    let wanted: Vec<(usize, usize, &str)> = (0..quotes.len())
        .filter_map(|i| described_organisation(prose, &quotes[i]).map(|(at, noun)| (i, at, noun)))
        .collect();
    // Most drafts name their organisations, or describe none.
    if wanted.is_empty() {
        return;
    }
    let mut paragraphs = super::attribution_paragraphs(structure, datelines, quotes);
    let reader = Reader { prose, people };
    let mut resolved = Vec::new();
    for (i, at, noun) in wanted {
        let named = named_before(prose, &mut paragraphs, quotes, quotes[i].paragraph, at);
        // The organisations they may be, latest first, each once.
        let mut fitting: Vec<String> = Vec::new();
        for name in named
            .iter()
            .rev()
            .filter_map(|s| reader.organisation_named(s, noun))
        {
            if !fitting.contains(&name) {
                fitting.push(name);
            }
        }
        let Some(latest) = fitting.first().cloned() else {
            continue;
        };
        if let Some(a) = quotes[i].attribution.as_mut() {
            a.speaker = latest;
            // Another organisation named in reach makes the latest a guess, shown as one.
            a.confidence = if fitting.len() == 1 {
                SOLE
            } else {
                LATEST_OF_SEVERAL
            };
            a.alternatives = fitting.into_iter().skip(1).take(2).collect();
            resolved.push(i);
        }
    }
    super::share_speakers(quotes, |from| resolved.contains(&from));
}

/// The sentence subjects and quote speakers in reach before `at` (in paragraph `paragraph`),
/// in the order the draft gives them.
fn named_before(
    prose: &str,
    paragraphs: &mut Paragraphs,
    quotes: &[Quote],
    paragraph: usize,
    at: usize,
) -> Vec<Speaker> {
    let mut named: Vec<Speaker> = Vec::new();
    for index in paragraph.saturating_sub(REACH)..=paragraph {
        named.extend(sentence_subjects(paragraphs.get(index)));
    }
    let in_reach = |q: &&Quote| q.paragraph + REACH >= paragraph && q.paragraph <= paragraph;
    named.extend(
        quotes
            .iter()
            .filter(in_reach)
            .filter_map(|q| q.attribution.as_ref())
            .filter(|a| a.kind == SpeakerKind::Name && a.from_quote.is_none())
            .filter_map(|a| {
                Some(Speaker {
                    text: a.speaker_span?.slice(prose).to_string(),
                    kind: a.kind,
                    span: a.speaker_span?,
                    gender: lexicon::Gender::Any,
                })
            }),
    );
    // "“… Not Spam has brought down …,” it said": words inside a quote are no subject.
    let quoted = |span: Span| {
        quotes
            .iter()
            .any(|q| q.span.start <= span.start && span.end <= q.span.end)
    };
    named.retain(|s| s.span.end <= at && !quoted(s.span));
    named.sort_by_key(|s| s.span.start);
    named
}

/// Where the words "the company" stand in a quote's own attribution, and their noun.
fn described_organisation<'p>(prose: &'p str, quote: &Quote) -> Option<(usize, &'p str)> {
    let a = quote.attribution.as_ref()?;
    if a.kind != SpeakerKind::Description || a.from_quote.is_some() {
        return None;
    }
    let span = a.speaker_span?;
    let mut words = span.slice(prose).split(' ');
    let (Some(article), Some(noun), None) = (words.next(), words.next(), words.next()) else {
        return None;
    };
    let described = article.eq_ignore_ascii_case("the") && lexicon::is_organisation_noun(noun);
    described.then_some((span.start, noun))
}

/// What an organisation's name is told from.
struct Reader<'r> {
    prose: &'r str,
    people: &'r [Person],
}

impl Reader<'_> {
    /// The name of an organisation a sentence's subject or a quote's speaker gives, if it may be
    /// the one `noun` describes: a name ("Motorola", "Black Lives Matter") or one after "the"
    /// ("the Daily News"), that is no person's, no people's ("Iranian"), no sentence's opening
    /// word ("Millions", "Originally"), and no organisation of another kind ("the paper" is not
    /// the Independence Party).
    fn organisation_named(&self, subject: &Speaker, noun: &str) -> Option<String> {
        let name = match subject.kind {
            SpeakerKind::Name => subject.text.as_str(),
            SpeakerKind::Description => subject
                .text
                .strip_prefix("the ")
                .or_else(|| subject.text.strip_prefix("The "))
                .filter(|rest| rest.split(' ').all(|w| w.starts_with(char::is_uppercase)))?,
            SpeakerKind::Pronoun => return None,
        };
        let words: Vec<&str> = name.split(' ').collect();
        let last = *words.last()?;
        let a_person = words.iter().any(|w| {
            lexicon::is_person_title(w)
                || lexicon::is_person_noun(&w.to_lowercase())
                || lexicon::is_given_name(w)
        }) || self.is_a_persons(subject.span, last);
        let a_people = Classes::of(last).contains(Classes::DEMONYM);
        let a_place = words
            .iter()
            .all(|w| lexicon::is_place(w) || matches!(*w, "North" | "South" | "East" | "West"));
        // "DVDs", "MPs": a plural, not a name.
        let plural = last.ends_with('s') && is_acronym(&last[..last.len() - 1]);
        let a_word = words.len() == 1 && !is_acronym(last) && !self.named_mid_sentence(last);
        let other_kind = lexicon::is_organisation_noun(last)
            && !last.eq_ignore_ascii_case(noun)
            && !is_generic(noun);
        // "according to the magazine" is an outlet's, not the gadget maker's the story is about.
        let no_outlet = lexicon::is_press_noun(noun)
            && !is_acronym(last)
            && !words.iter().any(|w| lexicon::is_press_name_word(w));
        let excluded = a_person || a_people || a_place || plural || a_word || other_kind;
        (!excluded && !no_outlet).then(|| subject.text.clone())
    }

    /// Whether someone the draft shows to be a person (`shows_a_person`) is mentioned at
    /// `span`, or has `surname` as their name's last word.
    fn is_a_persons(&self, span: Span, surname: &str) -> bool {
        self.people.iter().filter(|p| shows_a_person(p)).any(|p| {
            p.name.rsplit(' ').next() == Some(surname)
                || p.mentions
                    .iter()
                    .any(|m| m.span.start < span.end && span.start < m.span.end)
        })
    }

    /// Whether the draft writes `word` with its capital inside a sentence, where only a name
    /// keeps one ("shares in Motorola"), not only where every word does ("Millions of …").
    fn named_mid_sentence(&self, word: &str) -> bool {
        self.prose.match_indices(word).any(|(at, _)| {
            let before = self.prose[..at].trim_end_matches(' ');
            let after = self.prose[at + word.len()..].chars().next();
            let whole =
                self.prose[..at].ends_with(' ') && !after.is_some_and(char::is_alphanumeric);
            let mid_sentence = before
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == ',');
            whole && mid_sentence
        })
    }
}

/// Whether one of the people is shown to be a person, not an organisation the people reading
/// took for one ("Renault", "Black Lives Matter"): a known given name ("Donald Trump"), a title
/// or a person's noun in the role ("Mr", "Defence Minister"), or a name of two words shaped like a
/// given name and a surname ("Lloyd Northard", not "Flight Attendants").
fn shows_a_person(person: &Person) -> bool {
    let words: Vec<&str> = person.name.split(' ').collect();
    let titled = person
        .role
        .iter()
        .flat_map(|r| r.split(' '))
        .any(|w| lexicon::is_person_title(w) || lexicon::is_person_noun(&w.to_lowercase()));
    let name_shaped = words.len() == 2
        && words
            .iter()
            .all(|w| !lexicon::is_common(w) && !lexicon::is_plural_noun(w));
    lexicon::is_given_name(words[0]) || titled || name_shaped
}

/// "GM", "UAW", "EMI": a name in capitals.
fn is_acronym(word: &str) -> bool {
    word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase())
}

/// "the group", "the company": nouns for an organisation of any kind.
fn is_generic(noun: &str) -> bool {
    matches!(
        noun.to_lowercase().as_str(),
        "group" | "company" | "firm" | "organisation" | "organization"
    )
}
