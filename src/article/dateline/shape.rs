//! Cheap byte-level rejections run before the dateline patterns of `parse`. Most paragraphs
//! cannot hold a dateline at their start, and the patterns are costly to run (their lazy DFA
//! builds a state for each new shape of text it meets). Each test here is a necessary condition
//! of its pattern, derived from the pattern's grammar: `false` means the pattern cannot match
//! (or cannot give a reading `placed` keeps); `true` only means "run the pattern". Text outside
//! ASCII that could be a letter, mark or digit of a pattern is always passed on.

/// The particles of `parse::PARTICLE`, the only lower-case words a place or region may hold.
const PARTICLES: &[&[u8]] = &[
    b"de", b"da", b"do", b"del", b"dos", b"das", b"la", b"le", b"les", b"of", b"upon", b"on",
    b"sur", b"am", b"city", b"el", b"al", b"and", b"the",
];

/// The length of the longest of `PARTICLES`: a longer word is none of them.
const LONGEST_PARTICLE: usize = {
    let (mut longest, mut at) = (0, 0);
    while at < PARTICLES.len() {
        if PARTICLES[at].len() > longest {
            longest = PARTICLES[at].len();
        }
        at += 1;
    }
    longest
};

/// Characters outside ASCII that are in no class and no literal of the patterns: one of them
/// before the dash ends any hope of a dateline.
const FOREIGN_PUNCTUATION: &[char] = &[
    '“', '”', '‘', '…', '•', '€', '£', '«', '»', '™', '©', '®', '°', '′', '″', '·',
];

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '—' | '–' | '―')
}

/// Could `parse::DATELINE` match at the start of `window`? With `compounds_rejected`, a
/// hyphen glued on both sides (`UK-BASED`) is not counted as a separator, since `placed` drops
/// such a reading: the answer is then whether a dashed dateline may be *kept*.
///
/// Before its separator, a dateline holds only words that open with a capital (the place,
/// region and agency), the particles, at most three lower-case words when the place itself
/// is in lower case, a date word of 3 to 9 letters with its digits, a year after a comma,
/// commas, parentheses and white space. The scan walks the window with that grammar, loosened
/// wherever being exact would cost, and stops at the first character that could be the dash.
pub fn may_open_dashed(window: &str, compounds_rejected: bool) -> bool {
    let bytes = window.as_bytes();
    let Some(first) = window.chars().next() else {
        return false;
    };
    if !first.is_alphabetic() {
        return false;
    }
    if !first.is_ascii() {
        return true;
    }
    let mut lower_words_left = if first.is_ascii_lowercase() { 3 } else { 0 };
    // Inside a word that opened with a letter, where `'’.-&` and any letter may follow.
    let mut in_word = false;
    // Consecutive ASCII letters just read, for the date word (`[<L>]{3,9}`).
    let mut letters = 0usize;
    // A digit may come here: after a date word (and its full stop and blanks), a comma, or a
    // digit.
    let mut digits_may_follow = false;
    for (at, c) in window.char_indices() {
        if is_dash(c) {
            let next = window[at + c.len_utf8()..].chars().next();
            let glued = c == '-'
                && at > 0
                && !matches!(bytes[at - 1], b' ' | b'\t')
                && !window[..at].ends_with('\u{a0}')
                && next.is_some_and(|n| n != '-' && !n.is_whitespace());
            if !(compounds_rejected && glued) {
                return true;
            }
            if !in_word {
                return false;
            }
            letters = 0;
            digits_may_follow = false;
            continue;
        }
        if c.is_ascii_alphabetic() {
            if !in_word && c.is_ascii_lowercase() {
                if lower_words_left > 0 {
                    lower_words_left -= 1;
                } else if !lower_word_may_stand(&window[at..]) {
                    return false;
                }
            }
            in_word = true;
            letters += 1;
            digits_may_follow = (3..=9).contains(&letters);
            continue;
        }
        let after_letters = letters;
        letters = 0;
        match c {
            '0'..='9' => {
                if !digits_may_follow {
                    return false;
                }
                in_word = false;
            }
            ',' => {
                in_word = false;
                digits_may_follow = true;
            }
            '(' | ')' => {
                in_word = false;
                digits_may_follow = false;
            }
            '.' | '\'' | '’' | '&' => {
                if !in_word {
                    return false;
                }
                digits_may_follow = c == '.' && (3..=9).contains(&after_letters);
            }
            '\u{1}' | '\u{2}' => return true,
            c if c.is_whitespace() => in_word = false,
            c if c.is_ascii() || FOREIGN_PUNCTUATION.contains(&c) => return false,
            // A letter, mark or digit outside ASCII: left to the pattern.
            _ => return true,
        }
    }
    false
}

/// A lower-case word opening after a blank, a comma or a parenthesis: only a particle or a
/// date word followed by its digits (`april 7`) can stand there.
fn lower_word_may_stand(text: &str) -> bool {
    let bytes = text.as_bytes();
    let run = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let rest = &bytes[run..];
    if rest.first().is_some_and(|b| !b.is_ascii()) {
        // A letter outside ASCII may carry the word on.
        return true;
    }
    if run <= LONGEST_PARTICLE && PARTICLES.contains(&&bytes[..run]) {
        return true;
    }
    let rest = rest.strip_prefix(b".").unwrap_or(rest);
    let digit = rest.iter().find(|b| !matches!(b, b' ' | b'\t'));
    (3..=9).contains(&run) && digit.is_some_and(|b| b.is_ascii_digit() || !b.is_ascii())
}

/// Could `parse::AGENCY_TAG` match at the start of `window`? It needs `(` first, or a short
/// date (`Dec 29 `) and then `(`.
pub fn may_open_agency_tag(window: &str) -> bool {
    let bytes = window.as_bytes();
    if bytes.first() == Some(&b'(') {
        return true;
    }
    let mut at = 0;
    let count = |at: &mut usize, class: fn(&u8) -> bool| {
        let run = bytes[*at..].iter().take_while(|b| class(b)).count();
        *at += run;
        run
    };
    let letters = count(&mut at, u8::is_ascii_alphabetic);
    if may_be_letter_or_digit(window, at) {
        return true;
    }
    if !(3..=9).contains(&letters) {
        return false;
    }
    if bytes.get(at) == Some(&b'.') {
        at += 1;
    }
    count(&mut at, |b| matches!(b, b' ' | b'\t'));
    let digits = count(&mut at, u8::is_ascii_digit);
    if may_be_letter_or_digit(window, at) {
        return true;
    }
    if !(1..=2).contains(&digits) {
        return false;
    }
    count(&mut at, |b| matches!(b, b' ' | b'\t'));
    bytes.get(at) == Some(&b'(')
}

/// Is the character at `at` outside ASCII and perhaps a letter or digit of a pattern? Then
/// the pattern, not a byte test, must judge.
fn may_be_letter_or_digit(text: &str, at: usize) -> bool {
    // Most windows go on in ASCII here, told without decoding.
    if text.as_bytes().get(at).is_none_or(u8::is_ascii) {
        return false;
    }
    text.get(at..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| !c.is_ascii() && c.is_alphanumeric())
}

/// Could `placed` keep a reading of `parse::DATELINE_WITHOUT_DASH` at the start of `window`?
/// Without its dash a dateline is kept only when its place is in capitals, so the first word
/// (up to a blank, a comma or a parenthesis) must hold no small letter; and only when it is
/// strong, with a date (digits), an agency (`(`), a region (`,`) or a state split from a place
/// in mixed case (a small letter).
pub fn may_open_undashed(window: &str) -> bool {
    let bytes = window.as_bytes();
    match window.chars().next() {
        Some(c) if c.is_ascii_uppercase() => {}
        Some(c) if !c.is_ascii() && c.is_alphabetic() => return true,
        _ => return false,
    }
    let first_word = bytes
        .iter()
        .take_while(|b| b.is_ascii_alphabetic() || matches!(b, b'.' | b'-' | b'\''))
        .count();
    if bytes[..first_word].iter().any(u8::is_ascii_lowercase) {
        return false;
    }
    bytes.iter().any(|&b| {
        b.is_ascii_digit() || b.is_ascii_lowercase() || !b.is_ascii() || b"(,".contains(&b)
    })
}
