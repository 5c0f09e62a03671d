//! When two spellings may be one name: case and diacritic folding, a transliteration key, and a
//! Damerau–Levenshtein distance scaled by length; and when they are two different words
//! (inflections, derived forms, gendered surnames). Comparison goes through an index of keys,
//! never over all pairs, so a draft of fifty thousand names costs no more than a short one.

use crate::text::quote_mark;
use std::borrow::Cow;
use std::cell::OnceCell;
use unicode_normalization::UnicodeNormalization;

/// Lower case without diacritics: "José" and "Jose", "McDonald" and "Mcdonald" fold alike.
pub(super) fn fold(word: &str) -> String {
    // Most names are plain ASCII, where decomposition changes nothing.
    if word.is_ascii() {
        let mut folded = word.as_bytes().to_vec();
        folded.retain(u8::is_ascii_alphanumeric);
        folded.make_ascii_lowercase();
        // ASCII in, ASCII out: never the empty fallback.
        return String::from_utf8(folded).unwrap_or_default();
    }
    word.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// One key for the common romanisation variants: y/i/iy/yy endings, ph/f, kh/h, ks/x, ie/ei,
/// doubled letters. "Zelenskyy", "Zelensky", "Zelenskiy" and "Zelenski" share a key.
pub(super) fn transliteration_key(word: &str) -> String {
    transliteration_key_of_folded(fold(word))
}

fn transliteration_key_of_folded(mut key: String) -> String {
    for (from, to) in [
        ("ph", "f"),
        ("kh", "h"),
        ("ks", "x"),
        ("ie", "i"),
        ("ei", "i"),
        ("y", "i"),
    ] {
        if key.contains(from) {
            key = key.replace(from, to);
        }
    }
    let mut out = String::with_capacity(key.len());
    for c in key.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// A capital inside the word that no naming convention explains (GenCorp, MiniDisc, as opposed
/// to McDonald, MacKenzie, O'Brien, DeSantis, LeBron, VanDyke).
fn brand_capitals(word: &str) -> bool {
    let inner = word.char_indices().skip(1).find(|(_, c)| c.is_uppercase());
    let Some((at, _)) = inner else { return false };
    let prefix = &word[..at];
    ![
        "Mc", "Mac", "O'", "O’", "D'", "D’", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von",
        "Fitz",
    ]
    .contains(&prefix)
        && !prefix.ends_with('-')
}

/// The same spelling typed with a different apostrophe: O’Neill and O'Neill.
pub(super) fn same_spelling(a: &str, b: &str) -> bool {
    spelling_key(a) == spelling_key(b)
}

/// A spelling with its apostrophes made straight, for telling spellings apart.
#[inline]
pub(super) fn spelling_key(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        return Cow::Borrowed(word);
    }
    // Any single quotation mark, and the modifier letter ʼ, stands for the apostrophe.
    let straight = |c: char| {
        if c == 'ʼ' || quote_mark(c).is_some_and(|mark| mark.is_single()) {
            '\''
        } else {
            c
        }
    };
    Cow::Owned(word.chars().map(straight).collect())
}

/// Optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions).
pub(super) fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Likeness {
    /// Equal once case, diacritics and transliteration are set aside.
    Equivalent,
    /// One letter apart (a transposition, a doubled, dropped or swapped letter).
    Near,
}

/// How alike two spellings of a surname are, or `None` when they are different words.
pub(super) fn likeness(a: &str, b: &str) -> Option<Likeness> {
    if same_spelling(a, b) {
        return None;
    }
    let (fa, fb) = (fold(a), fold(b));
    if fa.is_empty() || fb.is_empty() {
        return None;
    }
    let shorter = fa.chars().count().min(fb.chars().count());
    if fa == fb && (brand_capitals(a) || brand_capitals(b)) {
        // GenCorp/Gencorp, MiniDisc/Minidisc: a company's or product's styling, not a person's name.
        return None;
    }
    if fa == fb || (shorter >= 4 && transliteration_key(a) == transliteration_key(b)) {
        return Some(Likeness::Equivalent);
    }
    if related_forms(&fa, &fb) {
        return None;
    }
    // Short names are too close to each other to compare by letters (Lee/Li, Kim/Kin).
    if shorter < 4 || fa.chars().next() != fb.chars().next() {
        return None;
    }
    (distance(&fa, &fb) <= 1).then_some(Likeness::Near)
}

/// Inflections, derived words and gendered or patronymic pairs: Trump/Trumps, Russia/Russian,
/// Navalny/Navalnaya, Kowalski/Kowalska, Ivanov/Ivanova, Jónsson/Jónsdóttir.
pub(super) fn related_forms(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let tail_a: String = a.chars().skip(common).collect();
    let tail_b: String = b.chars().skip(common).collect();
    if tail_a.is_empty() || tail_b.is_empty() {
        // One is the other plus an ending: always a different word, never a typing slip of the
        // same name (a slip drops, doubles or swaps letters inside the word).
        return true;
    }
    let pair = |x: &str, y: &str| (tail_a == x && tail_b == y) || (tail_a == y && tail_b == x);
    pair("y", "aya")
        || pair("i", "a")
        || pair("iy", "aya")
        || pair("ii", "aia")
        || pair("os", "ou")
        || pair("is", "i")
        || pair("son", "dottir")
        || pair("sson", "sdottir")
        || (pair("o", "a") && common >= 5)
}

/// An index from spelling keys to the names that carry them, so that a spelling is compared only
/// with names that share its folded form, its transliteration key or one of its one-letter
/// deletions.
#[derive(Default)]
pub(super) struct SpellingIndex {
    /// Keys are hashes: a collision only adds a candidate, which `likeness` then rejects.
    entries: Vec<Entry>,
    /// The entries sorted for lookup, made at the first lookup after an insert: every use
    /// inserts all its names and then looks them up.
    sorted: OnceCell<Vec<Entry>>,
    /// Per id, the other ids it shares a key with. Read off the sorted entries in one pass:
    /// most names of a draft share no key with any other, and need no lookup at all.
    neighbours: OnceCell<Vec<Vec<usize>>>,
    /// The keys of each id inserted, so that a name already in the index is looked up without
    /// computing them again.
    keys_of: Vec<Vec<u64>>,
}

/// A name's id under one of its keys; sorted by key, then id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Entry {
    key: u64,
    id: usize,
}

impl SpellingIndex {
    pub fn insert(&mut self, id: usize, spelling: &str) {
        self.insert_keys(id, keys(spelling));
    }

    /// Inserts a name under keys computed before, by another index.
    pub fn insert_keys(&mut self, id: usize, keys: Vec<u64>) {
        self.sorted.take();
        self.neighbours.take();
        self.entries
            .extend(keys.iter().map(|&key| Entry { key, id }));
        if self.keys_of.len() <= id {
            self.keys_of.resize(id + 1, Vec::new());
        }
        self.keys_of[id] = keys;
    }

    /// Ids of names that may be spelled like `spelling`; the caller checks with `likeness`.
    pub fn candidates(&self, spelling: &str) -> Vec<usize> {
        let sorted = self.sorted();
        let mut out = Vec::new();
        for key in keys(spelling) {
            let from = sorted.partition_point(|entry| entry.key < key);
            out.extend(
                sorted[from..]
                    .iter()
                    .take_while(|entry| entry.key == key)
                    .map(|entry| entry.id),
            );
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Ids of names that may be spelled like the name inserted as `id`, itself included.
    pub fn candidates_of(&self, id: usize) -> Vec<usize> {
        if self.keys_of.get(id).is_none_or(Vec::is_empty) {
            return Vec::new();
        }
        let mut out = self.neighbours()[id].clone();
        out.push(id);
        out.sort_unstable();
        out.dedup();
        out
    }

    fn sorted(&self) -> &[Entry] {
        self.sorted.get_or_init(|| {
            let mut entries = self.entries.clone();
            entries.sort_unstable();
            entries
        })
    }

    fn neighbours(&self) -> &[Vec<usize>] {
        self.neighbours.get_or_init(|| {
            let mut neighbours = vec![Vec::new(); self.keys_of.len()];
            for run in self.sorted().chunk_by(|a, b| a.key == b.key) {
                if run.iter().all(|entry| entry.id == run[0].id) {
                    continue;
                }
                for entry in run {
                    neighbours[entry.id].extend(run.iter().map(|other| other.id));
                }
            }
            neighbours
        })
    }
}

/// The polynomial base of the spelling hashes: odd, with no short period modulo 2^64.
const BASE: u64 = 0x100_0000_01b3;
const TRANSLITERATION: u64 = 0x9e37_79b9_7f4a_7c15;
const DELETION: u64 = 0xc2b2_ae3d_27d4_eb4f;

/// The transliteration key and the deletion neighbourhood of a spelling (the folded spelling
/// with each letter left out in turn). The hashes are polynomial, so that every deletion's hash
/// comes from a prefix and a suffix hash: linear in the name's length, with no string per key.
pub(super) fn keys(spelling: &str) -> Vec<u64> {
    // Most names are short ASCII: fold and transliterate them on the stack, with no string.
    if spelling.is_ascii() && spelling.len() <= SHORT_NAME {
        let mut folded = [0u8; SHORT_NAME];
        let mut n = 0;
        for b in spelling.bytes().filter(u8::is_ascii_alphanumeric) {
            folded[n] = b.to_ascii_lowercase();
            n += 1;
        }
        let mut transliterated = folded;
        let m = transliterate_ascii(&mut transliterated[..n]);
        return keys_of_units(&folded[..n], &transliterated[..m]);
    }
    let folded = fold(spelling);
    let chars: Vec<char> = folded.chars().collect();
    let transliterated: Vec<char> = transliteration_key_of_folded(folded).chars().collect();
    keys_of_units(&chars, &transliterated)
}

/// What every key of a spelling keeps of it, to tell without keying that two spellings share no
/// key. A deletion key is shared only by folded spellings within a letter of each other in length
/// whose letters differ by at most two; a transliteration key only by spellings with the same
/// letters outside those the transliteration rewrites. Read for ASCII only: a spelling outside
/// ASCII may share a key with any other.
#[derive(Clone, Copy)]
pub(super) struct KeyShape {
    ascii: bool,
    /// The length of the folded spelling.
    len: usize,
    /// Its letters, a bit per letter.
    letters: u32,
}

impl KeyShape {
    pub fn of(spelling: &str) -> KeyShape {
        let mut shape = KeyShape {
            ascii: true,
            len: 0,
            letters: 0,
        };
        for b in spelling.bytes() {
            shape.ascii &= b.is_ascii();
            if b.is_ascii_alphanumeric() {
                shape.len += 1;
                shape.letters |= letter_bit(b);
            }
        }
        shape
    }

    /// Whether the spelling is all ASCII, the only spellings whose shape tells anything.
    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// False only when the two spellings certainly share no key.
    pub fn may_share_a_key(&self, other: &KeyShape) -> bool {
        if !(self.ascii && other.ascii) {
            return true;
        }
        let differ = self.letters ^ other.letters;
        differ & !TRANSLITERATED == 0
            || (self.len.abs_diff(other.len) <= 1 && differ.count_ones() <= 2)
    }
}

/// A bit per ASCII letter of `text`, in either case.
pub(super) const fn letter_bits(text: &str) -> u32 {
    let bytes = text.as_bytes();
    let (mut bits, mut at) = (0, 0);
    while at < bytes.len() {
        bits |= letter_bit(bytes[at]);
        at += 1;
    }
    bits
}

/// The bit of an ASCII letter in either case; none for other bytes.
pub(super) const fn letter_bit(b: u8) -> u32 {
    // Setting the case bit lower-cases a capital and moves no other byte into a..z.
    let letter = (b | 0x20).wrapping_sub(b'a');
    if letter < 26 {
        1 << letter
    } else {
        0
    }
}

/// The letters the transliteration key rewrites or puts in (ph, kh, ks, ie, ei, y).
const TRANSLITERATED: u32 = letter_bits("phfksxiey");

/// The longest name, in bytes, that `keys` folds on the stack.
const SHORT_NAME: usize = 48;

/// `transliteration_key_of_folded` for a folded ASCII name, in place; returns the key's length.
/// The same rewrites in the same order, each over the whole name, as `str::replace` makes them.
fn transliterate_ascii(key: &mut [u8]) -> usize {
    let mut len = key.len();
    // A rewrite whose two letters are not both in the name changes nothing; most names lack
    // the letters of most rewrites.
    let letters = key
        .iter()
        .fold(0u32, |set, &b| set | 1 << (b.wrapping_sub(b'a') & 31));
    let has = |b: u8| letters & 1 << (b.wrapping_sub(b'a') & 31) != 0;
    for (from, to) in [
        (b"ph", b'f'),
        (b"kh", b'h'),
        (b"ks", b'x'),
        (b"ie", b'i'),
        (b"ei", b'i'),
    ] {
        if !(has(from[0]) && has(from[1])) {
            continue;
        }
        let (mut read, mut write) = (0, 0);
        while read < len {
            if read + 1 < len && key[read] == from[0] && key[read + 1] == from[1] {
                key[write] = to;
                read += 2;
            } else {
                key[write] = key[read];
                read += 1;
            }
            write += 1;
        }
        len = write;
    }
    let mut write = 0;
    for read in 0..len {
        let b = if key[read] == b'y' { b'i' } else { key[read] };
        if write == 0 || key[write - 1] != b {
            key[write] = b;
            write += 1;
        }
    }
    write
}

/// The keys of a folded name and of its transliteration key, given as characters or bytes.
fn keys_of_units<T: Copy + Into<u64>>(chars: &[T], transliterated: &[T]) -> Vec<u64> {
    let unit = |c: T| c.into() + 1;
    let n = chars.len();
    let mut keys = Vec::with_capacity(n + 2);
    keys.push(tagged(TRANSLITERATION, polynomial(transliterated)));
    keys.push(tagged(DELETION, polynomial(chars)));
    if n <= 24 {
        // prefix[i] is the hash of chars[..i]; walking back from the end, `suffix` is the hash
        // of chars[i + 1..] and `power` is BASE^(n - 1 - i).
        let mut prefix = [0u64; 25];
        for i in 0..n {
            prefix[i + 1] = prefix[i].wrapping_mul(BASE).wrapping_add(unit(chars[i]));
        }
        keys.resize(n + 2, 0);
        let (mut suffix, mut power) = (0u64, 1u64);
        for i in (0..n).rev() {
            let deleted = prefix[i].wrapping_mul(power).wrapping_add(suffix);
            keys[2 + i] = tagged(DELETION, deleted);
            suffix = unit(chars[i]).wrapping_mul(power).wrapping_add(suffix);
            power = power.wrapping_mul(BASE);
        }
    }
    keys
}

/// Keys that match only between names that also share `qualifier` (a first name), so that an
/// index of people is looked up only among those who might be the same person.
pub(super) fn qualified(keys: &[u64], qualifier: &str) -> Vec<u64> {
    let chars: Vec<char> = qualifier.chars().collect();
    let qualifier = polynomial(&chars);
    keys.iter()
        .map(|&key| tagged(qualifier, key.rotate_left(17)))
        .collect()
}

/// The hash of characters (or bytes) counted from one, so that no character hashes as nothing.
fn polynomial<T: Copy + Into<u64>>(chars: &[T]) -> u64 {
    chars.iter().fold(0u64, |h, &c| {
        h.wrapping_mul(BASE).wrapping_add(c.into() + 1)
    })
}

/// Mixes a hash with the kind of key it is, so that a transliteration key never meets a
/// deletion key.
fn tagged(tag: u64, hash: u64) -> u64 {
    (hash ^ tag)
        .wrapping_mul(0xff51_afd7_ed55_8ccd)
        .rotate_left(29)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn realistic_slips_are_near() {
        for (a, b) in [
            ("Trump", "Trmup"),
            ("Charap", "Charapp"),
            ("Sanders", "Sandrs"),
            ("Clinton", "Clinten"),
            ("Larson", "Larsen"),
            ("McDonald", "MacDonald"),
        ] {
            assert!(likeness(a, b).is_some(), "{a} / {b}");
        }
    }

    #[test]
    fn romanisations_case_and_diacritics_are_equivalent() {
        for (a, b) in [
            ("Zelenskyy", "Zelensky"),
            ("Zelenskiy", "Zelensky"),
            ("José", "Jose"),
            ("McDonald", "Mcdonald"),
            ("Gaddafi", "Gadafi"),
            ("Stephens", "Stefens"),
            ("Phillips", "Philips"),
        ] {
            assert_eq!(likeness(a, b), Some(Likeness::Equivalent), "{a} / {b}");
        }
    }

    #[test]
    fn inflections_gendered_forms_and_short_names_are_not_variants() {
        for (a, b) in [
            ("Russia", "Russian"),
            ("Europe", "European"),
            ("Trump", "Trumps"),
            ("Navalny", "Navalnaya"),
            ("Ivanov", "Ivanova"),
            ("Kowalski", "Kowalska"),
            ("Jonsson", "Jonsdottir"),
            ("Lee", "Li"),
            ("Kim", "Kin"),
            ("Trump", "Trump"),
        ] {
            assert_eq!(likeness(a, b), None, "{a} / {b}");
        }
    }

    #[test]
    fn ascii_names_are_keyed_on_the_stack_as_any_name_is() {
        for name in [
            "Zelenskyy",
            "Phillips",
            "Khodorkovskyi",
            "Kheiekks",
            "Pphh",
            "O'Neill",
            "Y",
        ] {
            let folded = fold(name);
            let mut bytes = folded.clone().into_bytes();
            let len = transliterate_ascii(&mut bytes);
            assert_eq!(
                std::str::from_utf8(&bytes[..len]).unwrap(),
                transliteration_key_of_folded(folded),
                "{name}"
            );
        }
    }

    #[test]
    fn spellings_that_share_a_key_may_by_their_shape() {
        let names = [
            "Trump",
            "Trmup",
            "Trumps",
            "rump",
            "Zelenskyy",
            "Zelenski",
            "Phillips",
            "Filips",
            "O'Neill",
            "ONeil",
            "Charap",
            "Putin",
            "Biden",
            "Smith",
            "José",
            "Jose",
        ];
        for a in names {
            for b in names {
                let shared = keys(a).iter().any(|key| keys(b).contains(key));
                if shared {
                    assert!(
                        KeyShape::of(a).may_share_a_key(&KeyShape::of(b)),
                        "{a} / {b}"
                    );
                }
            }
        }
        assert!(!KeyShape::of("Putin").may_share_a_key(&KeyShape::of("Biden")));
        assert!(!KeyShape::of("Trump").may_share_a_key(&KeyShape::of("Smith")));
    }

    #[test]
    fn the_index_finds_one_letter_neighbours() {
        let mut index = SpellingIndex::default();
        index.insert(0, "Trump");
        index.insert(1, "Zelenskyy");
        index.insert(2, "Charap");
        assert_eq!(index.candidates("Trmup"), vec![0]);
        assert_eq!(index.candidates("Zelenskiy"), vec![1]);
        assert_eq!(index.candidates("Charapp"), vec![2]);
        assert!(index.candidates("Putin").is_empty());
        index.insert(3, "Trmup");
        assert_eq!(index.candidates_of(0), vec![0, 3]);
        assert_eq!(index.candidates_of(3), vec![0, 3]);
        assert_eq!(index.candidates_of(2), vec![2]);
        assert!(index.candidates_of(9).is_empty());
    }

    #[test]
    fn spellings_typed_with_different_apostrophes_are_the_same() {
        assert!(same_spelling("O’Neill", "O'Neill"));
        assert!(same_spelling("OʼNeill", "O‘Neill"));
        assert!(!same_spelling("O\"Neill", "O'Neill"));
        assert_eq!(spelling_key("Okafor"), "Okafor");
    }
}
