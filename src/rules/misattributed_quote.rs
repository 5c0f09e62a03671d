//! `misattributed-quote`: the quote's words are in the record under a label naming another
//! person than the draft credits. Surnames are compared, without case or titles (`MR. TRUMP:`
//! and "Donald Trump" agree); a label naming a role (`Q:`, `REPORTER:`), unlabelled notes, a
//! speaker the draft describes ("a spokeswoman") or only guesses at are never judged.

use super::{Check, Context, Rule};
use crate::article::lexicon;
use crate::article::{Attribution, Quote, SpeakerKind};
use crate::finding::Finding;
use crate::record::{MatchKind, Passage};

pub struct MisattributedQuote;

impl Check for MisattributedQuote {
    fn rule(&self) -> Rule {
        Rule::MisattributedQuote
    }

    fn check(&self, cx: &Context, findings: &mut Vec<Finding>) {
        for (quote, found) in cx.checked_quotes() {
            let (Some(passage), Some(credited)) = (&found.passage, named_speaker(quote)) else {
                continue;
            };
            if found.kind == MatchKind::None {
                continue;
            }
            // Where the record holds the words more than once, any of its speakers will do.
            let labels: Option<Vec<&str>> = std::iter::once(passage)
                .chain(&found.equally_close)
                .map(|p| cx.record.sources[p.source].turns[p.turn].person())
                .collect();
            let Some(labels) = labels else {
                continue;
            };
            if !labels.iter().any(|label| same_person(label, credited)) {
                findings.push(misattributed(quote, passage, labels[0], credited));
            }
        }
    }
}

/// The person the draft credits with a quote, when it names one with confidence.
fn named_speaker(quote: &Quote) -> Option<&str> {
    let attribution: &Attribution = quote.attribution.as_ref()?;
    let named = attribution.kind == SpeakerKind::Name || attribution.person.is_some();
    (named && !attribution.unsure()).then_some(attribution.speaker.as_str())
}

/// Whether a record's label and the draft's speaker name one person: the label's surname is
/// one of the speaker's names, or the speaker's surname one of the label's words.
fn same_person(label: &str, speaker: &str) -> bool {
    let label = name_words(label);
    let speaker = name_words(speaker);
    let (Some(label_surname), Some(speaker_surname)) = (label.last(), speaker.last()) else {
        return true;
    };
    speaker.contains(label_surname) || label.contains(speaker_surname)
}

/// A name's words folded (lower case, letters and digits), titles before it left out (the
/// last word stays: Dean, Pope and King are surnames too).
fn name_words(name: &str) -> Vec<String> {
    let words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .collect();
    let last = words.len().saturating_sub(1);
    words
        .iter()
        .enumerate()
        .filter(|&(at, word)| at == last || !lexicon::is_person_title(word))
        .map(|(_, word)| {
            word.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|word| !word.is_empty() && !matches!(word.as_str(), "jr" | "sr"))
        .collect()
}

fn misattributed(quote: &Quote, passage: &Passage, label: &str, credited: &str) -> Finding {
    Finding::new(
        Rule::MisattributedQuote,
        quote.content,
        format!(
            "The record gives these words to {label} ({}), not to {credited}",
            passage.place()
        ),
    )
    .with_related_elsewhere(&passage.path, passage.line, format!("{label}'s turn"))
}

#[cfg(test)]
mod tests {
    use super::same_person;
    use crate::finding::Rule;
    use crate::rules::fixture::findings_with_record;

    const TRANSCRIPT: &str = "Q: Ready? A: Yes.\nMR. PUTIN: We will build the bridge by the spring.\n**Trump:** We will see about the bridge.\n";

    #[test]
    fn words_under_another_person_s_label_are_misattributed() {
        let draft =
            "Bridge\n\n“We will build the bridge by the spring,” President Donald Trump said.\n";
        let found = findings_with_record(Rule::MisattributedQuote, draft, TRANSCRIPT);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "The record gives these words to MR. PUTIN (presser.txt line 2), not to Donald Trump"
        );
    }

    #[test]
    fn a_line_with_two_speakers_gives_each_their_own_words() {
        let record =
            "Q: Will the levee hold this spring? ORTIZ: It will hold through the spring floods.\n";
        let draft = "Levee\n\n“It will hold through the spring floods,” Dana Whitfield said. “Will the levee hold this spring?” a reporter asked.\n";
        let found = findings_with_record(Rule::MisattributedQuote, draft, record);
        let flagged: Vec<&str> = found.iter().map(|f| f.span.slice(draft)).collect();
        assert_eq!(flagged, ["It will hold through the spring floods,"]);
        assert!(found[0].message.contains("to ORTIZ (presser.txt line 1)"));
    }

    #[test]
    fn the_right_speaker_a_role_label_or_unlabelled_notes_raise_nothing() {
        for (draft, record) in [
            (
                "Bridge\n\n“We will see about the bridge,” Trump said.\n",
                TRANSCRIPT,
            ),
            (
                "Bridge\n\n“We will build the bridge by the spring,” Vladimir Putin said.\n",
                TRANSCRIPT,
            ),
            ("Bridge\n\n“Ready? Yes,” Trump said.\n", TRANSCRIPT),
            (
                "Bridge\n\n“We will build the bridge,” Trump said.\n",
                "Call notes: we will build the bridge, he said.\n",
            ),
        ] {
            assert!(
                findings_with_record(Rule::MisattributedQuote, draft, record).is_empty(),
                "{draft}"
            );
        }
    }

    #[test]
    fn surnames_are_compared_without_case_or_titles() {
        assert!(same_person("MR. O'NEIL", "Tip O’Neil"));
        assert!(same_person("Rita Ortiz", "Ortiz"));
        assert!(!same_person("ORTIZ", "Dana Whitfield"));
        assert!(same_person("DEAN", "Howard Dean"));
    }
}
