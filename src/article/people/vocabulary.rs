//! The words a draft writes in lower case, folded: a capitalised word that also appears in lower
//! case is an ordinary word ("Will", "Rose", "Mark"), not a name.

use super::variants::fold;
use rustc_hash::FxHashSet as HashSet;

#[derive(Default)]
pub(super) struct LowerCaseWords<'a> {
    /// Words that fold to themselves (ASCII lower-case letters and digits), as written: most
    /// words of a draft, kept without a copy.
    plain: HashSet<&'a str>,
    /// The folded forms of the others ("don't", "naïve").
    folded: HashSet<String>,
}

impl<'a> LowerCaseWords<'a> {
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

    /// Whether some lower-case word of the draft folds as `word` does.
    pub fn has_fold_of(&self, word: &str) -> bool {
        let folded = fold(word);
        self.plain.contains(folded.as_str()) || self.folded.contains(&folded)
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
}
