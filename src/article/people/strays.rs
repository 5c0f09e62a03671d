//! Stray spellings of any capitalised name: a word written once that is one slip away from a
//! capitalised word the article uses at least three times ("Trimp" beside "Trump", "Demicrats"
//! beside "Democrats"). The conventions (§3.8) count "one form occurs once while the other is
//! frequent" as evidence on its own, so this holds for organisations and groups as well as people,
//! and for a surname the person grouping could not place (two Clintons, a mention in a headline).

use super::variants;
use super::variants::{letter_bit, letter_bits};
use crate::article::lexicon;
use crate::text::{char_at, is_letter, pack_short, Span};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// A capitalised word written once, and the frequent spelling it most likely slips from.
pub struct Stray {
    pub span: Span,
    pub majority: String,
    pub count: usize,
}

/// How often the majority spelling must occur before a single odd form counts as a slip.
const SETTLED: usize = 2;

/// The stray spellings in `prose`, in text order.
pub fn find(prose: &str) -> Vec<Stray> {
    let bytes = prose.as_bytes();
    // Spellings of up to 15 bytes, nearly all of them, are counted under a number: cheaper to
    // hash and compare than the text.
    // The tallies sit side by side, in order of first use, and the maps only say where: they are
    // read back in one sweep.
    let mut short: HashMap<u128, usize> =
        HashMap::with_capacity_and_hasher(prose.len() / 64, Default::default());
    let mut long: HashMap<&str, usize> = HashMap::default();
    let mut tallies: Vec<Tally> = Vec::with_capacity(prose.len() / 64);
    let mut written_once = 0;
    for (start, word) in name_shaped_words(prose) {
        let end = start + word.len();
        if in_compound(prose, start, end) {
            continue;
        }
        let next = tallies.len();
        let id = *match pack_short(bytes, start, end) {
            Some(key) => short.entry(key).or_insert(next),
            None => long.entry(word).or_insert(next),
        };
        if id == next {
            tallies.push(Tally {
                uses: 0,
                inside: 0,
                first: Span::new(start, end),
            });
        }
        let Some(tally) = tallies.get_mut(id) else {
            continue;
        };
        tally.uses += 1;
        // Where a sentence opens matters only for a spelling written more than once (see
        // `settled`), so the first use is read only when a second one comes.
        match tally.uses {
            1 => written_once += 1,
            2 => {
                written_once -= 1;
                tally.inside += usize::from(!opens_sentence(prose, tally.first.start))
                    + usize::from(!opens_sentence(prose, start));
            }
            _ => tally.inside += usize::from(!opens_sentence(prose, start)),
        }
    }
    // Per settled spelling: all uses, and those not opening a sentence.
    let settled: Vec<(&str, usize, usize)> = tallies
        .iter()
        .filter(|tally| tally.inside >= SETTLED)
        .map(|tally| (tally.first.slice(prose), tally.uses, tally.inside))
        .filter(|(w, ..)| !lexicon::is_given_name(w))
        .collect();
    if settled.is_empty() {
        return Vec::new();
    }
    // Most words written once cannot be a slip of any settled spelling, and most settled
    // spellings have no word written once that may slip from them (see `Shape`): the spelling
    // index is built and read only for the few that may.
    let settled_shapes: Vec<Shape> = settled.iter().map(|(word, ..)| Shape::of(word)).collect();
    let by_initial = ShapesByInitial::new(&settled_shapes, written_once);
    let mut written_once: Vec<(&str, Span)> = tallies
        .iter()
        .filter(|tally| tally.uses == 1)
        .map(|tally| (tally.first.slice(prose), tally.first))
        .filter(|(word, _)| by_initial.may_slip_with_any(word))
        .collect();
    written_once.retain(|&(word, _)| {
        !lexicon::is_common(word) && !lexicon::is_given_name(word) && !lexicon::is_not_person(word)
    });
    if written_once.is_empty() {
        return Vec::new();
    }
    // The tallies come in order of first use, so the words written once are in text order.
    let once_shapes: Vec<Shape> = written_once
        .iter()
        .map(|(word, _)| Shape::of(word))
        .collect();
    let mut index = variants::SpellingIndex::default();
    let needed = meeting(&settled_shapes, &once_shapes);
    for (id, ((word, ..), needed)) in settled.iter().zip(needed).enumerate() {
        if needed {
            index.insert(id, word);
        }
    }
    // Words written once with a single frequent spelling they slip from.
    let mut slips: Vec<(&str, Span, usize, usize)> = Vec::new();
    for (word, span) in written_once {
        let mut best: Option<(usize, usize)> = None;
        let mut tied = false;
        for id in index.candidates(word) {
            let (target, count, inside) = settled[id];
            let shorter = target.chars().count().min(word.chars().count());
            // Four-letter words sit one slip apart from each other (Hang and Hong, Iron and
            // Iran); they need a spelling settled by more than two uses.
            if shorter < 5 && (inside <= SETTLED || opens_sentence(prose, span.start)) {
                continue;
            }
            if variants::likeness(target, word).is_none() || !is_slip(target, word) {
                continue;
            }
            match best {
                Some((_, c)) if c > count => {}
                Some((_, c)) if c == count => tied = true,
                _ => {
                    best = Some((id, count));
                    tied = false;
                }
            }
        }
        if let (Some((id, count)), false) = (best, tied) {
            slips.push((word, span, id, count));
        }
    }
    if slips.is_empty() {
        return Vec::new();
    }
    // A word the article also writes in lower case is a word, not a name ("Mark" and "mark").
    // Only the few slips found need this, so the lower-case words are read only now.
    let folded: HashSet<String> = slips
        .iter()
        .map(|&(word, ..)| variants::fold(word))
        .collect();
    // A few are looked for one by one (a fast substring search); many, in one pass over the words.
    let in_lower_case: HashSet<&str> = if folded.len() <= FEW_SLIPS {
        folded
            .iter()
            .map(String::as_str)
            .filter(|w| is_lower_case_word_of(prose, w))
            .collect()
    } else {
        words(prose)
            .map(|(_, w)| w)
            .filter(|w| w.starts_with(char::is_lowercase) && folded.contains(*w))
            .collect()
    };
    let mut out = Vec::new();
    // The line-up test reads the whole line, so it runs only for a word that would be flagged,
    // and once per line: the slips come in text order, and a draft of one long line may hold
    // thousands of them.
    let mut line: Option<(Span, bool)> = None;
    for (word, span, id, count) in slips {
        if in_lower_case.contains(variants::fold(word).as_str()) {
            continue;
        }
        let known = line.filter(|(l, _)| l.start <= span.start && span.end <= l.end);
        let (_, line_up) = *line.insert(known.unwrap_or_else(|| {
            // Back to the end of the line read before, not further.
            let from = line.map_or(0, |(l, _)| if l.end <= span.start { l.end } else { 0 });
            let around = line_around(prose, span, from);
            (around, is_line_up(around.slice(prose)))
        }));
        if line_up {
            continue;
        }
        out.push(Stray {
            span,
            majority: settled[id].0.to_string(),
            count,
        });
    }
    out.sort_by_key(|s| s.span.start);
    out
}

/// Most slips whose lower-case forms are looked for one at a time (see `is_lower_case_word_of`).
const FEW_SLIPS: usize = 8;

/// Whether `word`, opening with a lower-case letter, is one of the [`words`] of `prose`: an
/// occurrence with no letter either side.
fn is_lower_case_word_of(prose: &str, word: &str) -> bool {
    word.starts_with(char::is_lowercase)
        && word.chars().all(char::is_alphabetic)
        && prose.match_indices(word).any(|(at, _)| {
            let before = prose[..at].chars().next_back();
            let after = prose[at + word.len()..].chars().next();
            !before.is_some_and(is_letter) && !after.is_some_and(is_letter)
        })
}

/// How often a capitalised spelling is written.
struct Tally {
    uses: usize,
    /// The uses not opening a sentence, counted from the second use on.
    inside: usize,
    first: Span,
}

/// What a slip keeps of a spelling, to rule out most pairs before the spelling index is built.
/// Two spellings come out of the index together only when they may share a key (`key`); they
/// are alike (`variants::likeness`) only when they share the folded first letter or the
/// transliteration key, and so their initials. Read for ASCII spellings (all letters) only; a
/// spelling outside ASCII may slip with any other.
#[derive(Clone, Copy)]
struct Shape {
    /// The first letters (a bit per letter) the folded spelling and its transliteration key may
    /// have: the key starts with the folded first letter unless the word opens with one the
    /// transliteration rewrites (ph, kh, ks, ie, ei, y).
    initials: u32,
    key: variants::KeyShape,
}

impl Shape {
    fn of(word: &str) -> Shape {
        Shape::with_initials(word, Shape::initials_of(word))
    }

    /// The shape of `word`, whose `initials_of` are `initials`.
    fn with_initials(word: &str, initials: u32) -> Shape {
        Shape {
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

    fn may_slip(&self, other: &Shape) -> bool {
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
fn meeting(shapes: &[Shape], others: &[Shape]) -> Vec<bool> {
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
struct ShapesByInitial {
    /// Each shape once under every initial it may have, in order of the initial.
    shapes: Vec<Shape>,
    /// Where the shapes under each letter start in `shapes` (and, last, where they end).
    starts: [usize; 27],
    /// Whether some settled spelling is outside ASCII: it may slip with any word.
    any_outside_ascii: bool,
    /// Whether there are few enough pairs to compare one by one (see `MOST_PAIRS`).
    one_by_one: bool,
    initials: u32,
}

impl ShapesByInitial {
    fn new(settled: &[Shape], written_once: usize) -> ShapesByInitial {
        let mut by_letter: Vec<(u32, Shape)> = settled
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
        ShapesByInitial {
            shapes: by_letter.into_iter().map(|(_, shape)| shape).collect(),
            starts,
            any_outside_ascii: settled.iter().any(|shape| !shape.ascii()),
            one_by_one: written_once.saturating_mul(settled.len()) <= MOST_PAIRS,
            initials: settled.iter().fold(0, |bits, shape| bits | shape.initials),
        }
    }

    /// `meeting(&[Shape::of(word)], settled)`, with the shape read only when some settled
    /// spelling shares an initial with the word.
    fn may_slip_with_any(&self, word: &str) -> bool {
        let initials = Shape::initials_of(word);
        if initials & self.initials == 0 {
            return false;
        }
        if !self.one_by_one || self.any_outside_ascii || initials == u32::MAX {
            return true;
        }
        let shape = Shape::with_initials(word, initials);
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

/// Whether `written` is `meant` with one of the slips a hand makes: two letters swapped, a letter
/// doubled or dropped, one vowel for another, or a romanisation variant. A different consonant
/// usually means a different word (Tony and Tory, Obama and Osama, Davis and David).
pub(super) fn is_slip(meant: &str, written: &str) -> bool {
    if variants::transliteration_key(meant) == variants::transliteration_key(written) {
        return true;
    }
    let a: Vec<char> = variants::fold(meant).chars().collect();
    let b: Vec<char> = variants::fold(written).chars().collect();
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    match b.len() as isize - a.len() as isize {
        0 => {
            let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
            match diff.as_slice() {
                [i] => vowel(a[*i]) && vowel(b[*i]),
                [i, j] => *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i],
                _ => false,
            }
        }
        1 => (0..b.len()).any(|i| {
            let doubled = (i > 0 && b[i - 1] == b[i]) || b.get(i + 1) == Some(&b[i]);
            doubled && b[..i].iter().chain(&b[i + 1..]).eq(a.iter())
        }),
        -1 => (0..a.len()).any(|i| a[..i].iter().chain(&a[i + 1..]).eq(b.iter())),
        _ => false,
    }
}

/// A word joined by a hyphen to a capitalised word or a number ("Franco-German", "Chi-Cheng",
/// "Khark-5") is part of a compound name, not a name of its own.
fn in_compound(prose: &str, start: usize, end: usize) -> bool {
    let bytes = prose.as_bytes();
    let hyphen_at = |at: Option<usize>| at.and_then(|at| bytes.get(at)) == Some(&b'-');
    if !hyphen_at(Some(end)) && !hyphen_at(start.checked_sub(1)) {
        return false;
    }
    let next = prose.get(end..).and_then(|r| r.strip_prefix('-'));
    if next.is_some_and(|r| r.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())) {
        return true;
    }
    let before = prose.get(..start).and_then(|r| r.strip_suffix('-'));
    before.is_some_and(|r| {
        let word_start = r
            .rfind(|c: char| !c.is_alphabetic())
            .map_or(0, |i| i + r[i..].chars().next().map_or(1, char::len_utf8));
        r[word_start..].starts_with(char::is_uppercase)
    })
}

/// A line that is mostly capitalised words between commas: a line-up or a roll call, where
/// near names of different people stand side by side (Horan and Horgan, Masi and Maso).
fn is_line_up(line: &str) -> bool {
    let commas = line.matches([',', ';']).count();
    let (mut upper, mut lower) = (0, 0);
    for (_, w) in words(line) {
        if w.starts_with(char::is_uppercase) {
            upper += 1;
        } else {
            lower += 1;
        }
    }
    commas >= 3 && upper > lower
}

/// The line holding `span`, looked for back to `from` at the furthest (the start of the prose,
/// or a line break before the span).
fn line_around(prose: &str, span: Span, from: usize) -> Span {
    let start = prose
        .get(from..span.start)
        .and_then(|r| r.rfind('\n'))
        .map_or(from, |i| from + i + 1);
    let end = prose
        .get(span.end..)
        .and_then(|r| r.find('\n'))
        .map_or(prose.len(), |i| span.end + i);
    Span::new(start, end)
}

/// A capitalised word at the start of a sentence or paragraph says nothing about its spelling
/// as a name ("Well, …").
fn opens_sentence(prose: &str, start: usize) -> bool {
    let Some(before) = prose.get(..start) else {
        return true;
    };
    let bytes = before.as_bytes();
    let mut at = bytes.len();
    while at > 0 && matches!(bytes[at - 1], b' ' | b'\t') {
        at -= 1;
    }
    match at.checked_sub(1).map(|last| bytes[last]) {
        None => true,
        Some(b) if b.is_ascii() => {
            matches!(b, b'.' | b'!' | b'?' | b'\n' | b'"' | b':' | b'\'' | b'(')
        }
        Some(_) => matches!(
            before[..at].chars().next_back(),
            Some('“' | '”' | '‘' | '—')
        ),
    }
}

/// Whether `word` is a capital and three or more lower-case letters ("Trump", not "NATO",
/// "McDonald" or "Ban"), read by bytes while it is ASCII.
fn is_capital_then_lower_case(word: &str) -> bool {
    let bytes = word.as_bytes();
    match bytes.iter().skip(1).position(|b| !b.is_ascii_lowercase()) {
        // A capital outside ASCII would have left a byte that is not a lower-case letter.
        None => bytes.len() >= 4,
        Some(i) if bytes[i + 1].is_ascii() => false,
        Some(_) => word.chars().skip(1).all(char::is_lowercase) && word.chars().nth(3).is_some(),
    }
}

/// Alphabetic words with their byte offsets; apostrophes and hyphens split ("Trump's", "anti-Trump").
/// Read lazily: a list of every word of a 100 MB draft would be four times its size.
fn words(prose: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some(c) = char_at(prose, at) {
            if is_letter(c) {
                let start = at;
                at = end_of_word(prose, at);
                return Some((start, &prose[start..at]));
            }
            at += c.len_utf8();
        }
        None
    })
}

/// The words of [`words`] that open with a capital and are shaped as a name
/// (`is_capital_then_lower_case`). Most open with an ASCII capital: the lower-case letters after
/// it are passed over eight at a time, and what stops them tells the shape (a capital inside, as
/// in "McDonald", rules the word out); a word with a letter outside ASCII goes the long way.
fn name_shaped_words(prose: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = prose.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || loop {
        at = crate::text::next_capital_or_non_ascii(bytes, at);
        let start = at;
        let &first = bytes.get(start)?;
        let opens_word = match start.checked_sub(1).and_then(|i| bytes.get(i)) {
            None => true,
            Some(b) if b.is_ascii() => !b.is_ascii_alphabetic(),
            Some(_) => !prose[..start].chars().next_back().is_some_and(is_letter),
        };
        if first.is_ascii() {
            // An ASCII capital.
            at += 1;
            if !opens_word {
                continue;
            }
            let end = crate::text::ascii_lowercase_end(bytes, at);
            match bytes.get(end) {
                Some(b) if b.is_ascii_alphabetic() => at = end_of_word(prose, end),
                Some(b) if !b.is_ascii() => {
                    at = end_of_word(prose, end);
                    let word = &prose[start..at];
                    if is_capital_then_lower_case(word) {
                        return Some((start, word));
                    }
                }
                _ => {
                    at = end;
                    if end - start >= 4 {
                        return Some((start, &prose[start..end]));
                    }
                }
            }
            continue;
        }
        let c = char_at(prose, at)?;
        at += c.len_utf8();
        if c.is_uppercase() && is_letter(c) && opens_word {
            at = end_of_word(prose, at);
            let word = &prose[start..at];
            if word.len() >= 4 && is_capital_then_lower_case(word) {
                return Some((start, word));
            }
        }
    })
}

/// The end of the alphabetic run going on at `at`.
fn end_of_word(prose: &str, mut at: usize) -> usize {
    let bytes = prose.as_bytes();
    loop {
        at = crate::text::ascii_alphabetic_end(bytes, at);
        match bytes.get(at) {
            Some(b) if !b.is_ascii() => match char_at(prose, at) {
                Some(c) if is_letter(c) => at += c.len_utf8(),
                _ => return at,
            },
            _ => return at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strays(text: &str) -> Vec<(String, String)> {
        find(text)
            .iter()
            .map(|s| (s.span.slice(text).to_string(), s.majority.clone()))
            .collect()
    }

    #[test]
    fn a_slip_beside_a_settled_name_is_a_stray() {
        let text = "Lawmakers met on Monday. Several Democrats said the bill was dead, and \
                    the Democrats in the Senate agreed. Some Demcorats disagreed, but the \
                    Democrats voted as a bloc.";
        assert_eq!(
            strays(text),
            [("Demcorats".to_string(), "Democrats".to_string())]
        );
    }

    #[test]
    fn different_words_and_line_ups_are_not_strays() {
        // A different consonant is another word; a line-up holds different people.
        let text = "The Tory leader spoke. Tony Blair replied to the Tory benches, and \
                    the Tory whips left.\n\nSheahan, Horan, Miller, Horgan, Foley, Horgan, Horgan.";
        assert!(strays(text).is_empty());
    }

    /// The words of [`words`] that open with a capital, read one capital at a time: the model
    /// `name_shaped_words` answers as.
    fn capitalised_words(prose: &str) -> impl Iterator<Item = (usize, &str)> {
        let bytes = prose.as_bytes();
        let mut at = 0;
        std::iter::from_fn(move || loop {
            at = crate::text::next_capital_or_non_ascii(bytes, at);
            let c = char_at(prose, at)?;
            let start = at;
            at += c.len_utf8();
            let opens_word = match start.checked_sub(1).and_then(|i| bytes.get(i)) {
                None => true,
                Some(b) if b.is_ascii() => !b.is_ascii_alphabetic(),
                Some(_) => !prose[..start]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphabetic),
            };
            if c.is_uppercase() && c.is_alphabetic() && opens_word {
                at = end_of_word(prose, at);
                return Some((start, &prose[start..at]));
            }
        })
    }

    #[test]
    fn lower_case_words_are_found_as_the_word_scan_finds_them() {
        let text = "Mark the mark, marked remarks; “mark” ömark markö tram-mark Mark's ma";
        for word in [
            "mark", "marked", "remarks", "ma", "ark", "tram", "Mark", "a-b", "ömark",
        ] {
            let scanned = words(text).any(|(_, w)| w == word && w.starts_with(char::is_lowercase));
            assert_eq!(is_lower_case_word_of(text, word), scanned, "{word}");
        }
    }

    #[test]
    fn name_shaped_words_are_the_capitalised_words_of_a_capital_and_lower_case() {
        let text = "Él dijo: McDonald's iPhone, anti-Trump NATO ölçü Ödül Zoë Zoëy Trumpé \
                    TrumpÉ Trumpkinsonsville Iran Ban Über-Alles 3D x Ab Abc Abcd Abcdefgh, \
                    Abcdefghi. xAbcd éAbcd “Abcd” Abc\u{301}d";
        let name_shaped = |text| {
            capitalised_words(text)
                .filter(|(_, w)| w.len() >= 4 && is_capital_then_lower_case(w))
                .collect::<Vec<_>>()
        };
        assert!(name_shaped(text).len() > 10);
        for end in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            let text = &text[..end];
            assert_eq!(
                name_shaped_words(text).collect::<Vec<_>>(),
                name_shaped(text),
                "{text}"
            );
        }
    }

    #[test]
    fn capitalised_words_are_the_words_that_open_with_a_capital() {
        let text = "Él dijo: McDonald's iPhone, anti-Trump NATO ölçü Ödül 3D x";
        let expected: Vec<(usize, &str)> = words(text)
            .filter(|(_, w)| w.starts_with(char::is_uppercase))
            .collect();
        assert_eq!(capitalised_words(text).collect::<Vec<_>>(), expected);
        let found: Vec<&str> = expected.iter().map(|&(_, w)| w).collect();
        assert_eq!(found, ["Él", "McDonald", "Trump", "NATO", "Ödül", "D"]);
    }

    #[test]
    fn a_slip_keeps_its_shape() {
        let meet = |a: &str, b: &str| Shape::of(a).may_slip(&Shape::of(b));
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
    fn a_name_shape_is_a_capital_and_three_lower_case_letters() {
        for (word, expected) in [
            ("Trump", true),
            ("Iran", true),
            ("Ban", false),
            ("NATO", false),
            ("McDonald", false),
            ("Ödül", true),
            ("Zoë", false),
            ("Zoëy", true),
            ("ÉTAT", false),
        ] {
            assert_eq!(is_capital_then_lower_case(word), expected, "{word}");
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
            let shapes: Vec<Shape> = settled.iter().map(|w| Shape::of(w)).collect();
            let by_initial = ShapesByInitial::new(&shapes, written_once.len());
            for word in written_once {
                assert_eq!(
                    by_initial.may_slip_with_any(word),
                    meeting(&[Shape::of(word)], &shapes)[0],
                    "{word}"
                );
            }
        }
    }

    #[test]
    fn packed_spellings_differ_when_their_bytes_do() {
        let text = "Trump Trumps Trum Trump Ödül";
        let at = |start: usize, end: usize| pack_short(text.as_bytes(), start, end);
        assert_eq!(at(0, 5), at(18, 23));
        assert_ne!(at(0, 5), at(6, 12));
        assert_ne!(at(0, 5), at(13, 17));
        assert!(at(24, text.len()).is_some());
        assert_eq!(pack_short(b"Abcdefghijklmnop", 0, 16), None);
    }

    #[test]
    fn a_line_is_read_back_to_the_line_before() {
        let text = "Sheahan, Horan\nMiller, Horgan, Foley\nend";
        let horgan = Span::new(23, 29);
        assert_eq!(horgan.slice(text), "Horgan");
        let line = Span::new(15, 36);
        assert_eq!(line_around(text, horgan, 0), line);
        assert_eq!(line_around(text, horgan, 14), line);
        assert_eq!(line.slice(text), "Miller, Horgan, Foley");
    }

    #[test]
    fn slips_are_swaps_doublings_drops_and_vowels() {
        assert!(is_slip("Trump", "Trmup"));
        assert!(is_slip("Charap", "Charapp"));
        assert!(is_slip("Illinois", "Illnois"));
        assert!(is_slip("Trump", "Trimp"));
        assert!(!is_slip("Tory", "Tony"));
        assert!(!is_slip("Bush", "Busch"));
    }
}
