//! Word lists as a table of packed words (`pack_short`), built when the program is compiled.
//!
//! The name and quote readers ask a lexicon about most words near a name or a quote. A general
//! hash map spends several times a lookup's work on hashing and probing, and is built when the
//! program starts; here a lookup is a multiply, a shift and a compare or two.

/// Slots of a table: a power of two, three times the longest lexicon's words or more, so that a
/// lookup mostly reads one slot.
const SLOTS: usize = 8192;

/// Short words, each with a set of class bits (which lists it is on), open-addressed. No
/// packed word is zero (its length is in its top byte), so
/// zero marks an empty slot. A bit per slot tells an empty first slot, the answer for most
/// words on no list, without reading the keys: a sixteenth of their size stays in the cache.
pub struct PackedWords {
    keys: [u128; SLOTS],
    classes: [u32; SLOTS],
    taken: [u64; SLOTS / 64],
}

impl PackedWords {
    pub const fn new() -> Self {
        PackedWords {
            keys: [0; SLOTS],
            classes: [0; SLOTS],
            taken: [0; SLOTS / 64],
        }
    }

    /// The table with `words` added to `class`.
    pub const fn with_words(mut self, words: &[&str], class: u32) -> Self {
        let mut word = 0;
        while word < words.len() {
            let bytes = words[word].as_bytes();
            self.insert(bytes, 0, bytes.len(), class);
            word += 1;
        }
        self
    }

    /// The table with the words of `text`, separated by white space, added to `class`.
    pub const fn with_text(mut self, text: &str, class: u32) -> Self {
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            while at < bytes.len() && bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            let start = at;
            while at < bytes.len() && !bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            if at > start {
                self.insert(bytes, start, at, class);
            }
        }
        self
    }

    const fn insert(&mut self, bytes: &[u8], start: usize, end: usize, class: u32) {
        assert!(end - start <= 15, "a listed word is too long to pack");
        let mut key = 0u128;
        let mut at = end;
        while at > start {
            at -= 1;
            key = key << 8 | bytes[at] as u128;
        }
        key |= ((end - start) as u128 + 1) << 120;
        let mut slot = Self::first_slot(key);
        let mut probes = 0;
        while self.keys[slot] != 0 && self.keys[slot] != key {
            slot = (slot + 1) % SLOTS;
            probes += 1;
            assert!(probes < SLOTS / 2, "the table is too full");
        }
        self.keys[slot] = key;
        self.classes[slot] |= class;
        self.taken[slot / 64] |= 1 << (slot % 64);
    }

    const fn first_slot(key: u128) -> usize {
        let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
        (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize % SLOTS
    }

    /// The classes of a packed word (none for a word on no list).
    #[inline]
    pub fn get(&self, key: u128) -> u32 {
        let mut slot = Self::first_slot(key);
        if self.taken[slot / 64] & 1 << (slot % 64) == 0 {
            return 0;
        }
        loop {
            let found = self.keys[slot];
            if found == key {
                return self.classes[slot];
            }
            if found == 0 {
                return 0;
            }
            slot = (slot + 1) % SLOTS;
        }
    }
}

impl Default for PackedWords {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::pack_short;

    static LISTS: PackedWords = PackedWords::new()
        .with_text("  said told\n  added ", 1)
        .with_words(&["told", "Mr", "abcdefghijklmno"], 2);

    fn classes(word: &str) -> u32 {
        pack_short(word.as_bytes(), 0, word.len()).map_or(0, |key| LISTS.get(key))
    }

    #[test]
    fn words_have_the_classes_of_every_list_they_are_on() {
        assert_eq!(classes("said"), 1);
        assert_eq!(classes("added"), 1);
        assert_eq!(classes("told"), 3);
        assert_eq!(classes("Mr"), 2);
        assert_eq!(classes("abcdefghijklmno"), 2);
        for absent in ["", "Said", "tol", "toldd", "Mr\0", "abcdefghijklmnop", "x"] {
            assert_eq!(classes(absent), 0, "{absent:?}");
        }
    }
}
