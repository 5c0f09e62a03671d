//! Finding the places where a draft may name a person: words, runs of capitalised words, and
//! what each run is (a name with its title and role, an organisation or place, or nothing).
//!
//! Everything here reads the prose mask, so markup never joins or splits a name, and reports
//! byte spans into the original text.

//!
//! `scanner` splits a zone into words (with fast lanes for the plain words most prose is made
//! of), `word` shapes a word (capitalised, initial, acronym, lower case; possessive, compound),
//! and `runs` reads the capitalised runs into candidate names with their titles and roles.

mod runs;
mod scanner;
mod word;

pub(super) use runs::{candidates, Candidate, SurnameKind};

use super::strays::name_shaped_runs;
use super::vocabulary::LowerCaseWords;
use crate::text::Span;
use scanner::{scan, FollowingWords, Token, Words};
use word::{is_name_word, Word, WordShape};

/// The words of one zone that the name reader needs, and a count of the rest.
#[derive(Default)]
pub(super) struct ZoneWords {
    /// Each word that opens with a capital, the two words before it and the one after it, in
    /// order: a name's run, the particle before it, and the words it is read with ("said",
    /// "the", "administration") are never further away. Most words of prose are none of these.
    words: Vec<Word>,
    /// Every word of the zone.
    count: usize,
    /// Capitalised words and initials among them.
    capitalised: usize,
    /// Where the first word of the zone starts and the last ends.
    first_start: Option<usize>,
    last_end: usize,
}

impl ZoneWords {
    pub fn with_capacity(words: usize) -> ZoneWords {
        ZoneWords {
            words: Vec::with_capacity(words),
            ..ZoneWords::default()
        }
    }

    fn clear(&mut self) {
        self.words.clear();
        self.count = 0;
        self.capitalised = 0;
        self.first_start = None;
        self.last_end = 0;
    }
}

/// Reads one zone into `out` (cleared first, so that one buffer serves every zone of a draft),
/// and adds its lower-case words to `lowercase`.
pub(super) fn read_zone<'a>(
    prose: &'a str,
    zone: Span,
    out: &mut ZoneWords,
    lowercase: &mut LowerCaseWords<'a>,
    name_shaped: &mut Vec<Span>,
) {
    out.clear();
    let mut reader = ZoneReader {
        prose,
        out,
        lowercase,
        name_shaped,
        waiting: Waiting::default(),
        after_capital: false,
    };
    scan(prose, zone, &mut reader);
}

/// The name reader's state within one zone.
struct ZoneReader<'a, 'o> {
    prose: &'a str,
    out: &'o mut ZoneWords,
    lowercase: &'o mut LowerCaseWords<'a>,
    /// Every run of letters shaped as a name, for the stray spellings (`strays`).
    name_shaped: &'o mut Vec<Span>,
    /// Words since the last one kept, the latest two only: kept if a capital follows. Most are
    /// not, so they wait as tokens and are shaped only when kept.
    waiting: Waiting,
    /// The last word opened with a capital: the word after it is kept.
    after_capital: bool,
}

impl Words for ZoneReader<'_, '_> {
    #[inline]
    fn word(&mut self, token: Token) -> FollowingWords {
        let prose = self.prose;
        let bytes = prose.as_bytes();
        self.out.count += 1;
        self.out.first_start.get_or_insert(token.span.start);
        self.out.last_end = token.span.end;
        // Only a capital opens a name-shaped run, so a word of ASCII without one ("said",
        // "don't", "well-known") is not read for them; most words are such.
        let text = &prose[token.span.start..token.span.end];
        let may_hold_a_name = if token.plain {
            token.capital
        } else {
            !text.is_ascii() || text.bytes().any(|b| b.is_ascii_uppercase())
        };
        if may_hold_a_name {
            name_shaped_runs(text, token.span.start, self.name_shaped);
        }
        if token.opens_plain_lower(bytes) {
            // A `WordShape::Lower` word, shaped only if it is kept.
            let text = &prose[token.span.start..token.span.end];
            if token.capital {
                self.lowercase.insert(text);
            } else {
                self.lowercase.insert_folded(text);
            }
        } else {
            let word = token.word(prose);
            if word.shape.opens_with_capital() {
                self.out.capitalised += usize::from(word.shape != WordShape::Acronym);
                // The words before a capital matter only to a name it may start ("van Gogh",
                // "said Charap"); a capital that is no name word ("The", "But") starts none.
                if is_name_word(prose, &word) {
                    self.out
                        .words
                        .extend(self.waiting.in_order().map(|t| t.word(prose)));
                }
                self.waiting.clear();
                self.out.words.push(word);
                self.after_capital = true;
                // The word after a capital is kept whole.
                return FollowingWords::OneByOne;
            }
            if word.shape == WordShape::Lower {
                let text = word.text(prose);
                if word.plain_lower_case {
                    self.lowercase.insert_folded(text);
                } else {
                    self.lowercase.insert(text);
                }
            }
        }
        if self.after_capital {
            self.out.words.push(token.word(prose));
        } else {
            self.waiting.push(token);
        }
        self.after_capital = false;
        FollowingWords::MayTakeTheLowerCaseLane
    }

    #[inline]
    fn plain_lower_case(&mut self, span: Span) {
        self.out.count += 1;
        self.out.last_end = span.end;
        self.lowercase
            .insert_folded(&self.prose[span.start..span.end]);
        self.waiting.push(Token::plain_lower_case(span));
    }
}

/// The latest two tokens read, in a ring: one write per word, where shifting a pair of them
/// along cost a copy of both.
#[derive(Default)]
struct Waiting {
    tokens: [Token; 2],
    /// Where the latest is.
    latest: usize,
    /// How many wait: 0, 1 or 2.
    len: usize,
}

impl Waiting {
    fn push(&mut self, token: Token) {
        self.latest ^= 1;
        self.tokens[self.latest] = token;
        self.len = (self.len + 1).min(2);
    }

    fn clear(&mut self) {
        self.len = 0;
    }

    /// The waiting tokens, older first.
    fn in_order(&self) -> impl Iterator<Item = Token> + '_ {
        let oldest = if self.len == 2 {
            self.latest ^ 1
        } else {
            self.latest
        };
        (0..self.len).map(move |i| self.tokens[(oldest + i) & 1])
    }
}
