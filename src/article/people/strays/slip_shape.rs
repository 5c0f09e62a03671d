//! What a slip keeps of a spelling, to rule out most pairs of a word written once and a settled
//! spelling before the spelling index is built.

use super::super::variants::{self, letter_bit, letter_bits};

/// What a slip keeps of a spelling, to rule out most pairs before the spelling index is built.
/// Two spellings come out of the index together only when they may share a key (`key`); they
/// are alike (`variants::likeness`) only when they share the folded first letter or the
/// transliteration key, and so their initials. Read for ASCII spellings (all letters) only; a
/// spelling outside ASCII may slip with any other.
#[derive(Clone, Copy)]
pub(super) struct SlipShape {
    /// The first letters (a bit per letter) the folded spelling and its transliteration key may
    /// have: the key starts with the folded first letter unless the word opens with one the
    /// transliteration rewrites (ph, kh, ks, ie, ei, y).
    initials: u32,
    key: variants::KeyShape,
}

impl SlipShape {
    pub(super) fn of(word: &str) -> SlipShape {
        SlipShape::with_initials(word, SlipShape::initials_of(word))
    }

    /// The shape of `word`, whose `initials_of` are `initials`.
    fn with_initials(word: &str, initials: u32) -> SlipShape {
        SlipShape {
            initials,
            key: variants::KeyShape::of(word),
        }
    }

    fn ascii(&self) -> bool {
        self.key.is_ascii()
    }

    /// The `initials` of the shape of `word`: every letter for a word outside ASCII.
    fn initials_of(word: &str) -> u32 {
        let Some(first) = word.bytes().next().filter(|_| word.is_ascii()) else {
            return u32::MAX;
        };
        let first = letter_bit(first);
        const REWRITTEN_FIRST: u32 = letter_bits("pkeiy");
        if first & REWRITTEN_FIRST != 0 {
            first | letter_bits("fhxi")
        } else {
            first
        }
    }

    fn may_slip(&self, other: &SlipShape) -> bool {
        if !(self.ascii() && other.ascii()) {
            return true;
        }
        self.initials & other.initials != 0 && self.key.may_share_a_key(&other.key)
    }
}

/// Most pairs of spellings compared one by one; a draft with more pairs (thousands of names)
/// is compared by initials alone, in linear time.
const MOST_PAIRS: usize = 10_000;

/// For each of `shapes`, whether it may slip with one of `others`.
pub(super) fn meeting(shapes: &[SlipShape], others: &[SlipShape]) -> Vec<bool> {
    if shapes.len().saturating_mul(others.len()) <= MOST_PAIRS {
        shapes
            .iter()
            .map(|shape| others.iter().any(|other| shape.may_slip(other)))
            .collect()
    } else {
        let initials = others.iter().fold(0, |bits, other| bits | other.initials);
        shapes
            .iter()
            .map(|shape| shape.initials & initials != 0)
            .collect()
    }
}

/// The shapes of the settled spellings, by the first letters they may have, so that a word
/// written once is compared only with those sharing an initial. It answers as `meeting` does for
/// that word against all of them.
pub(super) struct SlipShapesByInitial {
    /// Each shape once under every initial it may have, in order of the initial.
    shapes: Vec<SlipShape>,
    /// Where the shapes under each letter start in `shapes` (and, last, where they end).
    starts: [usize; 27],
    /// Whether some settled spelling is outside ASCII: it may slip with any word.
    any_outside_ascii: bool,
    /// Whether there are few enough pairs to compare one by one (see `MOST_PAIRS`).
    one_by_one: bool,
    initials: u32,
}

impl SlipShapesByInitial {
    pub(super) fn new(settled: &[SlipShape], written_once: usize) -> SlipShapesByInitial {
        let mut by_letter: Vec<(u32, SlipShape)> = settled
            .iter()
            .filter(|shape| shape.ascii())
            .flat_map(|&shape| letters_of(shape.initials).map(move |letter| (letter, shape)))
            .collect();
        by_letter.sort_by_key(|&(letter, _)| letter);
        let mut starts = [0; 27];
        for &(letter, _) in &by_letter {
            starts[letter as usize + 1] += 1;
        }
        for letter in 0..26 {
            starts[letter + 1] += starts[letter];
        }
        SlipShapesByInitial {
            shapes: by_letter.into_iter().map(|(_, shape)| shape).collect(),
            starts,
            any_outside_ascii: settled.iter().any(|shape| !shape.ascii()),
            one_by_one: written_once.saturating_mul(settled.len()) <= MOST_PAIRS,
            initials: settled.iter().fold(0, |bits, shape| bits | shape.initials),
        }
    }

    /// `meeting(&[SlipShape::of(word)], settled)`, with the shape read only when some settled
    /// spelling shares an initial with the word.
    pub(super) fn may_slip_with_any(&self, word: &str) -> bool {
        let initials = SlipShape::initials_of(word);
        if initials & self.initials == 0 {
            return false;
        }
        if !self.one_by_one || self.any_outside_ascii || initials == u32::MAX {
            return true;
        }
        let shape = SlipShape::with_initials(word, initials);
        letters_of(initials).any(|letter| {
            let letter = letter as usize;
            self.shapes[self.starts[letter]..self.starts[letter + 1]]
                .iter()
                .any(|other| shape.may_slip(other))
        })
    }
}

/// The letters (0 for a) whose bits are set in `bits` (a bit per letter, as `letter_bits`).
fn letters_of(mut bits: u32) -> impl Iterator<Item = u32> {
    std::iter::from_fn(move || {
        let letter = bits.trailing_zeros();
        bits &= bits.wrapping_sub(1);
        (letter < 26).then_some(letter)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slip_keeps_its_shape() {
        let meet = |a: &str, b: &str| SlipShape::of(a).may_slip(&SlipShape::of(b));
        assert!(meet("Trimp", "Trump"));
        assert!(meet("Trmup", "Trump"));
        assert!(meet("Trumpp", "Trump"));
        assert!(meet("Demcorats", "Democrats"));
        assert!(!meet("Brown", "Trump"));
        assert!(!meet("Tramps", "Trump"));
        assert!(meet("Philips", "Filips"));
        assert!(meet("Yelena", "Ielena"));
        assert!(meet("Eitan", "Itan"));
        assert!(meet("Khan", "Han"));
        assert!(meet("Zelenskyy", "Zelenski"));
        assert!(meet("Ádám", "Trump"));
        // Whatever the index finds for a word, its shape lets through.
        for (a, b) in [
            ("Trimp", "Trump"),
            ("Zelenskyy", "Zelenski"),
            ("Philips", "Filips"),
        ] {
            let mut index = variants::SpellingIndex::default();
            index.insert(0, a);
            assert_eq!(index.candidates(b), [0]);
        }
    }

    #[test]
    fn settled_shapes_by_initial_answer_as_meeting_does() {
        let settled = ["Trump", "Philips", "Democrats", "Ádám"];
        let written_once = [
            "Trimp",
            "Filips",
            "Brown",
            "Demcorats",
            "Zelenski",
            "Öztürk",
        ];
        for settled in [&settled[..3], &settled[..]] {
            let shapes: Vec<SlipShape> = settled.iter().map(|w| SlipShape::of(w)).collect();
            let by_initial = SlipShapesByInitial::new(&shapes, written_once.len());
            for word in written_once {
                assert_eq!(
                    by_initial.may_slip_with_any(word),
                    meeting(&[SlipShape::of(word)], &shapes)[0],
                    "{word}"
                );
            }
        }
    }
}
