//! The words a draft writes in lower case, folded: a capitalised word that also appears in lower
//! case is an ordinary word ("Will", "Rose", "Mark"), not a name.

use super::variants::fold;
use rustc_hash::FxHashSet as HashSet;
use std::cell::{Cell, OnceCell};

/// Lookups answered by reading the word list before a hash set is built: a draft asks about a
/// handful of capitalised words, and hashing every one of its lower-case words to answer them
/// cost more than reading the list. After this many lookups, a long draft with many names gets
/// its set and stays linear.
const LOOKUPS_BEFORE_INDEX: usize = 8;

/// Words listed before the list becomes a set: past this, a long draft keeps each distinct word
/// once rather than every occurrence (memory stays within ten times a 100 MB draft).
const LISTED_WORDS: usize = 4096;

#[derive(Default)]
pub(super) struct LowerCaseWords<'a> {
    /// Words that fold to themselves (ASCII lower-case letters and digits), as written: most
    /// words of a draft, kept without a copy.
    plain: WordList<'a>,
    /// The folded forms of the others ("don't", "naïve").
    folded: HashSet<String>,
}

impl<'a> LowerCaseWords<'a> {
    pub fn with_capacity(words: usize) -> Self {
        LowerCaseWords {
            plain: WordList {
                listed: Vec::with_capacity(words.min(LISTED_WORDS)),
                ..WordList::default()
            },
            folded: HashSet::default(),
        }
    }

    pub fn insert(&mut self, word: &'a str) {
        if word
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            self.plain.insert(word);
        } else {
            self.folded.insert(fold(word));
        }
    }

    /// A word the caller knows to be ASCII lower-case letters and digits only.
    #[inline]
    pub fn insert_folded(&mut self, word: &'a str) {
        self.plain.insert(word);
    }

    /// Whether some lower-case word of the draft folds as `word` does.
    pub fn has_fold_of(&self, word: &str) -> bool {
        let folded = fold(word);
        (!self.folded.is_empty() && self.folded.contains(&folded)) || self.plain.contains(&folded)
    }
}

/// A set of words that is cheap to fill and seldom asked: words are listed as they come, and a
/// hash set is built only once many lookups or many words call for one.
#[derive(Default)]
pub(super) struct WordList<'a> {
    listed: Vec<&'a str>,
    index: OnceCell<HashSet<&'a str>>,
    lookups: Cell<usize>,
}

impl<'a> WordList<'a> {
    #[inline]
    pub fn insert(&mut self, word: &'a str) {
        if self.listed.len() < LISTED_WORDS - 1 && self.index.get().is_none() {
            self.listed.push(word);
        } else {
            self.insert_into_index(word);
        }
    }

    #[cold]
    fn insert_into_index(&mut self, word: &'a str) {
        let listed = std::mem::take(&mut self.listed);
        if self.index.get().is_none() {
            self.index = OnceCell::from(HashSet::default());
        }
        if let Some(index) = self.index.get_mut() {
            index.extend(listed);
            index.insert(word);
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        if let Some(index) = self.index.get() {
            return index.contains(word);
        }
        let lookups = self.lookups.get() + 1;
        self.lookups.set(lookups);
        if lookups <= LOOKUPS_BEFORE_INDEX {
            // The first byte rules out most words of the same length without a comparison call.
            let first = word.as_bytes().first();
            return self.listed.iter().any(|listed| {
                listed.len() == word.len() && listed.as_bytes().first() == first && *listed == word
            });
        }
        self.index
            .get_or_init(|| self.listed.iter().copied().collect())
            .contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitalised_words_match_their_lower_case_forms() {
        let mut words = LowerCaseWords::default();
        for word in ["will", "naïve", "don't", "covid19"] {
            words.insert(word);
        }
        assert!(words.has_fold_of("Will"));
        assert!(words.has_fold_of("Naive"));
        assert!(words.has_fold_of("Dont"));
        assert!(words.has_fold_of("COVID19"));
        assert!(!words.has_fold_of("Charap"));
    }

    #[test]
    fn many_lookups_give_the_same_answers_as_few() {
        let mut words = LowerCaseWords::default();
        for word in ["rose", "mark", "will", "bill"] {
            words.insert(word);
        }
        let asked = ["Rose", "Charap", "Mark", "Okafor", "Will", "Bill", "Smith"];
        let first: Vec<bool> = asked.iter().map(|w| words.has_fold_of(w)).collect();
        let again: Vec<bool> = asked.iter().map(|w| words.has_fold_of(w)).collect();
        assert_eq!(first, [true, false, true, false, true, true, false]);
        assert_eq!(
            first, again,
            "the set built after a few lookups answers alike"
        );
        assert!(words.plain.index.get().is_some());
    }

    #[test]
    fn a_long_draft_keeps_each_word_once() {
        let mut words = LowerCaseWords::default();
        let draft = "the council said the levee was weak and the state knew ".repeat(1000);
        for word in draft.split_whitespace() {
            words.insert(word);
        }
        assert!(words.plain.listed.is_empty());
        assert_eq!(words.plain.index.get().map(HashSet::len), Some(9));
        assert!(words.has_fold_of("Levee"));
        assert!(!words.has_fold_of("Charap"));
    }
}
