//! Pronoun speakers ("he said") resolved to the person they stand for: the most recent fitting
//! named speaker or sentence subject, in this paragraph or the few before it. A named speaker
//! is found where the reader finds it, so "Alvarez said she had called Mayor Ortiz. “He did not
//! pick up,” she said." resolves "she" to Alvarez, the subject, not Ortiz.

use super::attribution::{sentence_subjects, Paragraphs, Speaker};
use super::lexicon::{self, Gender};
use super::{Quote, SpeakerKind};
use crate::article::structure::{ParagraphKind, Structure};
use crate::text::{is_ascii_space, Span};
use rustc_hash::{FxHashMap as HashMap, FxHashSet};

/// How many paragraphs back a pronoun may reach for its antecedent.
const REACH: usize = 3;
/// How many candidates back a pronoun may look, to stay linear.
const LOOKBACK: usize = 40;

struct Candidate {
    at: usize,
    paragraph: usize,
    speaker: Speaker,
}

/// The gender a title in front of a name gives away ("Mr Hewitt", "Ms Hewitt").
fn titled_gender(prose: &str, at: usize) -> Gender {
    let before = prose.get(..at).unwrap_or("").trim_end();
    title_gender(last_word(before))
}

/// What follows the last white space of `text` (all of it if none), as `rsplit` finds it; the
/// ASCII words of most prose are read as bytes.
fn last_word(text: &str) -> &str {
    let bytes = text.as_bytes();
    match bytes
        .iter()
        .rposition(|&b| is_ascii_space(b) || !b.is_ascii())
    {
        None => text,
        Some(space) if bytes[space].is_ascii() => text.get(space + 1..).unwrap_or(""),
        Some(_) => text.rsplit(char::is_whitespace).next().unwrap_or(""),
    }
}

/// What comes before the first white space of `text`, as `split` finds it.
fn first_word(text: &str) -> &str {
    let bytes = text.as_bytes();
    match bytes
        .iter()
        .position(|&b| is_ascii_space(b) || !b.is_ascii())
    {
        None => text,
        Some(space) if bytes[space].is_ascii() => text.get(..space).unwrap_or(""),
        Some(_) => text.split(char::is_whitespace).next().unwrap_or(""),
    }
}

fn title_gender(word: &str) -> Gender {
    match crate::text::trim_end_byte(word, b'.') {
        "Mr" | "Sir" | "Lord" | "King" | "Prince" => Gender::Male,
        "Mrs" | "Ms" | "Miss" | "Dame" | "Lady" | "Queen" | "Princess" => Gender::Female,
        _ => Gender::Any,
    }
}

/// Whether some word the paragraph's subjects could follow is a title that gives a gender: a
/// word of the paragraph, or the last word before it.
fn has_gendered_title(prose: &str, paragraph: Span) -> bool {
    let before = prose.get(..paragraph.start).unwrap_or("").trim_end();
    let last_word = last_word(before);
    let text = prose
        .get(before.len() - last_word.len()..paragraph.end)
        .unwrap_or("");
    // Every title starts with one of these capitals, so only a word from one of them on is read
    // (that reads a few word endings too, which only ever errs towards yes). The capitals are
    // few in prose, so the bytes between them are passed over eight at a time.
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        at = crate::text::next_capital_or_non_ascii(bytes, at);
        if matches!(
            bytes.get(at),
            Some(b'M' | b'S' | b'L' | b'K' | b'P' | b'D' | b'Q')
        ) {
            let word = first_word(&text[at..]);
            if title_gender(word) != Gender::Any {
                return true;
            }
        }
        at += 1;
    }
    false
}

fn surname(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
}

/// The subjects of a paragraph's sentences that may stand for a person a pronoun refers to.
fn push_subjects(
    prose: &str,
    paragraphs: &mut Paragraphs,
    index: usize,
    quoted: &FxHashSet<String>,
    candidates: &mut Vec<Candidate>,
) {
    for mut speaker in sentence_subjects(paragraphs.get(index)) {
        speaker.gender = titled_gender(prose, speaker.span.start);
        let person = speaker.text.contains(' ')
            || speaker.gender != Gender::Any
            || quoted.contains(surname(&speaker.text));
        if speaker.kind == SpeakerKind::Name && person || speaker.kind == SpeakerKind::Description {
            candidates.push(Candidate {
                at: speaker.span.start,
                paragraph: index,
                speaker,
            });
        }
    }
}

pub fn resolve(structure: &Structure, paragraphs: &mut Paragraphs, quotes: &mut [Quote]) {
    let prose = structure.prose.as_str();
    let mut candidates: Vec<Candidate> = Vec::new();
    // Surnames of everyone quoted by name: a one-word sentence subject ("Kiribati", "Trump")
    // stands for a person only if it is one of them or carries a title.
    let quoted: FxHashSet<String> = quotes
        .iter()
        .filter_map(|q| q.attribution.as_ref())
        .filter(|a| a.kind == SpeakerKind::Name)
        .map(|a| surname(&a.speaker).to_string())
        .collect();
    // Sentence subjects are only candidates for pronouns; most drafts' quotes name their speaker.
    let has_pronouns = quotes
        .iter()
        .filter_map(|q| q.attribution.as_ref())
        .any(|a| a.kind == SpeakerKind::Pronoun && a.from_quote.is_none());
    // A pronoun looks back over its own paragraph and the REACH before it; elsewhere only a
    // subject whose title gives a gender counts, for what it teaches about a surname.
    let mut near_pronoun = vec![false; structure.paragraphs.len()];
    for q in quotes.iter() {
        let Some(a) = &q.attribution else { continue };
        if a.kind == SpeakerKind::Pronoun && a.from_quote.is_none() {
            let reach = q.paragraph.saturating_sub(REACH)..=q.paragraph;
            for near in near_pronoun.get_mut(reach).into_iter().flatten() {
                *near = true;
            }
        }
    }
    // Paragraphs out of every pronoun's reach, whose subjects count only for the gender a
    // title gives away.
    let mut out_of_reach = Vec::new();
    for (index, paragraph) in structure.paragraphs.iter().enumerate() {
        if paragraph.kind == ParagraphKind::Subhead || !has_pronouns {
            continue;
        }
        if near_pronoun[index] {
            push_subjects(prose, paragraphs, index, &quoted, &mut candidates);
        } else if has_gendered_title(prose, paragraph.span) {
            out_of_reach.push(index);
        }
    }
    for (i, q) in quotes.iter().enumerate() {
        if let Some(a) = &q.attribution {
            if a.kind != SpeakerKind::Pronoun && a.from_quote.is_none() {
                if let Some(span) = a.speaker_span {
                    let gender = titled_gender(prose, span.start);
                    candidates.push(Candidate {
                        at: span.start,
                        paragraph: quotes[i].paragraph,
                        speaker: Speaker {
                            text: a.speaker.clone(),
                            kind: a.kind,
                            span,
                            gender,
                        },
                    });
                }
            }
        }
    }
    // A subject out of reach is never a pronoun's antecedent: it only teaches the gender of its
    // surname, which matters for a name a pronoun can reach. A paragraph that holds none of
    // those surnames teaches nothing, and is not read. Past a few surnames every such paragraph
    // is read, so that the search stays linear in the draft.
    const MOST_SEARCHED: usize = 8;
    if !out_of_reach.is_empty() {
        let mut reachable: Vec<&str> = candidates
            .iter()
            .filter(|c| c.speaker.kind == SpeakerKind::Name)
            .map(|c| surname(&c.speaker.text))
            .collect();
        reachable.sort_unstable();
        reachable.dedup();
        let searched = reachable.len() <= MOST_SEARCHED;
        let wanted: Vec<usize> = out_of_reach
            .into_iter()
            .filter(|&index| {
                let text = structure.paragraphs[index].span.slice(prose);
                !searched || reachable.iter().any(|name| text.contains(name))
            })
            .collect();
        for index in wanted {
            push_subjects(prose, paragraphs, index, &quoted, &mut candidates);
        }
    }
    candidates.sort_by_key(|c| c.at);

    let mut learned: HashMap<String, Gender> = HashMap::default();
    for c in &candidates {
        if c.speaker.gender != Gender::Any {
            learned.insert(surname(&c.speaker.text).to_string(), c.speaker.gender);
        }
    }
    for i in 0..quotes.len() {
        let Some(a) = quotes[i].attribution.clone() else {
            continue;
        };
        if let Some(from) = a.from_quote {
            if let Some(source) = quotes.get(from).and_then(|q| q.attribution.clone()) {
                if let Some(target) = quotes[i].attribution.as_mut() {
                    target.speaker = source.speaker;
                }
            }
            continue;
        }
        if a.kind != SpeakerKind::Pronoun {
            continue;
        }
        let Some(span) = a.speaker_span else { continue };
        let word = span.slice(prose);
        let possessive = match word.to_lowercase().as_str() {
            "his" => Some(Gender::Male),
            "her" => Some(Gender::Female),
            _ => None,
        };
        let Some(gender) = lexicon::pronoun(word).or(possessive) else {
            continue;
        };
        let paragraph = quotes[i].paragraph;
        let before = candidates.partition_point(|c| c.at < span.start);
        let found = candidates[..before]
            .iter()
            .rev()
            .take(LOOKBACK)
            .take_while(|c| c.paragraph + REACH >= paragraph)
            .find(|c| {
                let known = learned
                    .get(surname(&c.speaker.text))
                    .copied()
                    .unwrap_or(c.speaker.gender);
                match gender {
                    Gender::Any => true,
                    _ => {
                        c.speaker.kind == SpeakerKind::Name
                            && (known == Gender::Any || known == gender)
                    }
                }
            });
        if let Some(c) = found {
            let name = c.speaker.text.clone();
            if gender != Gender::Any {
                learned.insert(surname(&name).to_string(), gender);
            }
            if let Some(target) = quotes[i].attribution.as_mut() {
                target.speaker = name;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gendered_title_is_seen_in_the_paragraph_or_just_before_it() {
        let prose = "The minister spoke to Ms.\n\nJones left early. Nobody stayed.";
        let second = Span::new(27, prose.len());
        assert!(has_gendered_title(prose, second));
        assert_eq!(titled_gender(prose, 27), Gender::Female);
        let first = Span::new(0, 25);
        assert!(has_gendered_title(prose, first));
        for text in [
            "",
            "Mr",
            "the Mr.",
            "a\tb  c",
            "Ödül Ms",
            "x\u{a0}Mrs",
            "é y",
            "Dame\u{2003}",
        ] {
            assert_eq!(
                last_word(text),
                text.rsplit(char::is_whitespace).next().unwrap_or("")
            );
            assert_eq!(
                first_word(text),
                text.split(char::is_whitespace).next().unwrap_or("")
            );
        }
        let plain = "The minister spoke.\n\nJones left early.";
        assert!(!has_gendered_title(plain, Span::new(21, plain.len())));
    }
}
