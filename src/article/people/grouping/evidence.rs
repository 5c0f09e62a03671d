//! Whether a full name names a person: a known first name, a title, a quote attributed to it,
//! or weaker evidence with a plausible first name.

use super::super::mentions::{Candidate, SurnameKind};
use super::super::MentionZone;
use super::Draft;
use crate::article::lexicon;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Questions whether a surname is written alone answered by walking the candidates, before a
/// set of those surnames is built for the rest.
const WALKS_BEFORE_A_SET: usize = 8;

/// The evidence a full name is read with, and the answers that cost the most, kept.
pub(super) struct PersonEvidence<'d, 'a> {
    draft: &'d Draft<'a>,
    /// The surnames written on their own somewhere, built only once `WALKS_BEFORE_A_SET`
    /// questions have been answered by a walk: most drafts' people are told by other evidence
    /// and ask a few times at most, each walk cheaper than building the set.
    standalone: Option<HashSet<&'a str>>,
    walks_left: usize,
    /// The draft's lower-case words cost the most to ask, and a person named in full several
    /// times asks about the same first name each time: each word is asked once.
    in_lower_case: HashMap<&'a str, bool>,
}

impl<'d, 'a> PersonEvidence<'d, 'a> {
    pub fn new(draft: &'d Draft<'a>) -> Self {
        PersonEvidence {
            draft,
            standalone: None,
            walks_left: WALKS_BEFORE_A_SET,
            in_lower_case: HashMap::default(),
        }
    }

    /// Whether a full-name candidate names a person.
    pub fn is_person(&mut self, c: &Candidate) -> bool {
        let prose = self.draft.prose;
        let Some(first) = c.given.first().map(|g| g.slice(prose)) else {
            return false;
        };
        if c.credit {
            return self.plausible_given(first);
        }
        if c.zone != MentionZone::Body {
            return false;
        }
        if c.surname_kind == SurnameKind::AlsoAWord {
            return self.word_is_a_surname_here(c, first);
        }
        if lexicon::is_given_name(first) {
            return true;
        }
        if c.titled || c.aged || self.draft.speakers.any_overlaps(c.span) {
            // A sentence opener that the draft also writes in lower case is an ordinary word,
            // not a first name; asked after the evidence, as that lookup costs the most.
            return !(c.sentence_start && self.written_in_lower_case(first));
        }
        // Weaker evidence needs a plausible first name, which the draft never writes in lower
        // case: the sentence opener's question is answered already.
        (c.speech || c.apposition.is_some() || self.written_alone(c.surname.slice(prose)))
            && self.plausible_given(first)
    }

    /// "Clare Short" where the draft also writes "Ms Short", "Mark Cuban" where it writes "Cuban
    /// said": a surname that is also a word is a person's where the surname stands alone with an
    /// honorific or a cue (the run reader keeps no other), or after a known given name with the
    /// evidence a full name needs ("League Against Cruel Sports, said" has none of it).
    fn word_is_a_surname_here(&mut self, c: &Candidate, first: &'a str) -> bool {
        let known_given = lexicon::is_given_name(first);
        let evidence = c.titled
            || c.speech
            || c.apposition.is_some()
            || self.draft.speakers.any_overlaps(c.span);
        (known_given && evidence)
            || (c.aged && self.plausible_given(first))
            || self.written_alone(c.surname.slice(self.draft.prose))
    }

    /// A word that may be a first name. The draft's lower-case words are asked last: that
    /// lookup costs the most.
    fn plausible_given(&mut self, word: &'a str) -> bool {
        lexicon::is_given_name(word)
            || (!["ing", "ed", "ly"].iter().any(|e| word.ends_with(e))
                && !lexicon::is_common(word)
                && !self.written_in_lower_case(word))
    }

    fn written_in_lower_case(&mut self, word: &'a str) -> bool {
        if let Some(&known) = self.in_lower_case.get(word) {
            return known;
        }
        let known = self.draft.lowercase.has_fold_of(word);
        self.in_lower_case.insert(word, known);
        known
    }

    /// Whether a surname is written on its own somewhere (not in a credit).
    fn written_alone(&mut self, surname: &str) -> bool {
        let draft = self.draft;
        let alone = |c: &&Candidate| !c.credit && !c.full();
        if self.standalone.is_none() && self.walks_left > 0 {
            self.walks_left -= 1;
            return draft
                .candidates
                .iter()
                .filter(alone)
                .any(|c| c.surname.slice(draft.prose) == surname);
        }
        self.standalone
            .get_or_insert_with(|| {
                draft
                    .candidates
                    .iter()
                    .filter(alone)
                    .map(|c| c.surname.slice(draft.prose))
                    .collect()
            })
            .contains(surname)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::draft_of;
    use super::*;

    #[test]
    fn surnames_written_alone_are_told_alike_by_walks_and_by_the_set() {
        let draft = draft_of(
            "Talks stalled, Okafor said. Amara Okafor left early and Samuel Charap stayed. \
             Later Mr. Lee spoke.",
        );
        let asked = ["Okafor", "Charap", "Lee", "Smith"];
        let expected = [true, false, true, false];
        let mut evidence = PersonEvidence::new(&draft);
        for round in 0..4 {
            let told: Vec<bool> = asked.iter().map(|s| evidence.written_alone(s)).collect();
            assert_eq!(told, expected, "round {round}");
        }
        assert!(
            evidence.standalone.is_some(),
            "the set is built after {WALKS_BEFORE_A_SET} walks"
        );
    }
}
