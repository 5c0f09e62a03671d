//! Stray spellings of any capitalised name: a word written once that is one slip away from a
//! capitalised word the article uses at least three times ("Trimp" beside "Trump", "Demicrats"
//! beside "Democrats"). The conventions (§3.8) count "one form occurs once while the other is
//! frequent" as evidence on its own, so this holds for organisations and groups as well as people,
//! and for a surname the person grouping could not place (two Clintons, a mention in a headline).
//!
//! `find` counts the name-shaped words (`words`), keeps the settled spellings and the words
//! written once that may slip from one (`slip_shape`), asks the spelling index and `slips` which
//! do, and drops words the draft also writes in lower case and names in a line-up.

mod slip_shape;
mod slips;
mod words;

pub(super) use slips::is_slip;

use super::variants;
use crate::article::lexicon;
use crate::text::{pack_short, Span};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use slip_shape::{meeting, SlipShape, SlipShapesByInitial};
use slips::{is_line_up, line_around};
pub(super) use words::name_shaped_runs;
use words::{in_compound, is_lower_case_word_of, opens_sentence};

/// A capitalised word written once, and the frequent spelling it most likely slips from.
#[derive(Clone, Debug)]
pub struct Stray {
    pub span: Span,
    pub majority: String,
    pub count: usize,
}

/// How often the majority spelling must occur before a single odd form counts as a slip.
const SETTLED: usize = 2;

/// The stray spellings in `prose`, in text order, among the name-shaped words the name reader
/// found (`name_shaped_runs`, in text order).
pub fn find(prose: &str, name_shaped: &[Span]) -> Vec<Stray> {
    let tallies = Tallies::of(prose, name_shaped);
    let settled = tallies.settled(prose);
    if settled.is_empty() {
        return Vec::new();
    }
    // Most words written once cannot be a slip of any settled spelling, and most settled
    // spellings have no word written once that may slip from them (see `SlipShape`): the
    // spelling index is built and read only for the few that may.
    let settled_shapes: Vec<SlipShape> =
        settled.iter().map(|s| SlipShape::of(s.spelling)).collect();
    let written_once = tallies.written_once_near(prose, &settled_shapes);
    if written_once.is_empty() {
        return Vec::new();
    }
    let slips = slips(prose, &settled, &settled_shapes, &written_once);
    if slips.is_empty() {
        return Vec::new();
    }
    let in_lower_case = written_in_lower_case(prose, &slips);
    let mut line_ups = LineUps::default();
    let mut out = Vec::new();
    for slip in slips {
        if in_lower_case.contains(variants::fold(slip.word).as_str())
            || line_ups.in_a_line_up(prose, slip.span)
        {
            continue;
        }
        out.push(Stray {
            span: slip.span,
            majority: settled[slip.settled].spelling.to_string(),
            count: slip.uses,
        });
    }
    out.sort_by_key(|s| s.span.start);
    out
}

/// How often a capitalised spelling is written.
struct Tally {
    uses: usize,
    /// The uses not opening a sentence, counted from the second use on.
    inside: usize,
    first: Span,
}

/// The name-shaped words of a draft, counted by spelling.
struct Tallies<'p> {
    /// Spellings of up to 15 bytes, nearly all of them, are counted under a number: cheaper to
    /// hash and compare than the text.
    short: HashMap<u128, usize>,
    long: HashMap<&'p str, usize>,
    /// The tallies sit side by side, in order of first use, and the maps only say where: they
    /// are read back in one sweep.
    tallies: Vec<Tally>,
    /// How many spellings are written once.
    written_once: usize,
}

impl<'p> Tallies<'p> {
    fn of(prose: &'p str, name_shaped: &[Span]) -> Tallies<'p> {
        let mut counted = Tallies {
            short: HashMap::with_capacity_and_hasher(prose.len() / 64, Default::default()),
            long: HashMap::default(),
            tallies: Vec::with_capacity(prose.len() / 64),
            written_once: 0,
        };
        for &span in name_shaped {
            if !in_compound(prose, span.start, span.end) {
                counted.count(prose, span.slice(prose), span);
            }
        }
        counted
    }

    fn count(&mut self, prose: &'p str, word: &'p str, span: Span) {
        let next = self.tallies.len();
        let id = *match pack_short(prose.as_bytes(), span.start, span.end) {
            Some(key) => self.short.entry(key).or_insert(next),
            None => self.long.entry(word).or_insert(next),
        };
        if id == next {
            self.tallies.push(Tally {
                uses: 0,
                inside: 0,
                first: span,
            });
        }
        let Some(tally) = self.tallies.get_mut(id) else {
            return;
        };
        tally.uses += 1;
        // Where a sentence opens matters only for a spelling written more than once (see
        // `settled`), so the first use is read only when a second one comes.
        match tally.uses {
            1 => self.written_once += 1,
            2 => {
                self.written_once -= 1;
                tally.inside += usize::from(!opens_sentence(prose, tally.first.start))
                    + usize::from(!opens_sentence(prose, span.start));
            }
            _ => tally.inside += usize::from(!opens_sentence(prose, span.start)),
        }
    }

    /// The spellings used often enough inside sentences to be settled (given names aside).
    fn settled(&self, prose: &'p str) -> Vec<Settled<'p>> {
        self.tallies
            .iter()
            .filter(|tally| tally.inside >= SETTLED)
            .map(|tally| Settled {
                spelling: tally.first.slice(prose),
                uses: tally.uses,
                inside: tally.inside,
            })
            .filter(|s| !lexicon::is_given_name(s.spelling))
            .collect()
    }

    /// The words written once that may slip from one of the settled spellings, by their shapes,
    /// and that the lexicon does not know as a word, a first name or no person's name. The
    /// tallies come in order of first use, so these are in text order.
    fn written_once_near(&self, prose: &'p str, settled: &[SlipShape]) -> Vec<WrittenOnce<'p>> {
        let by_initial = SlipShapesByInitial::new(settled, self.written_once);
        let mut written_once: Vec<WrittenOnce> = self
            .tallies
            .iter()
            .filter(|tally| tally.uses == 1)
            .map(|tally| WrittenOnce {
                word: tally.first.slice(prose),
                span: tally.first,
            })
            .filter(|once| by_initial.may_slip_with_any(once.word))
            .collect();
        written_once.retain(|once| {
            let word = once.word;
            !lexicon::is_common(word)
                && !lexicon::is_given_name(word)
                && !lexicon::is_not_person(word)
        });
        written_once
    }
}

/// A spelling settled by use.
struct Settled<'p> {
    spelling: &'p str,
    /// All its uses.
    uses: usize,
    /// Its uses that do not open a sentence.
    inside: usize,
}

/// A capitalised word written once.
struct WrittenOnce<'p> {
    word: &'p str,
    span: Span,
}

/// A word written once with the one settled spelling it slips from.
struct Slip<'p> {
    word: &'p str,
    span: Span,
    /// Index into the settled spellings.
    settled: usize,
    /// How often the settled spelling is written.
    uses: usize,
}

/// The words written once that slip from a single settled spelling, more used than any other
/// they may slip from.
fn slips<'p>(
    prose: &str,
    settled: &[Settled<'p>],
    settled_shapes: &[SlipShape],
    written_once: &[WrittenOnce<'p>],
) -> Vec<Slip<'p>> {
    let once_shapes: Vec<SlipShape> = written_once
        .iter()
        .map(|once| SlipShape::of(once.word))
        .collect();
    let mut index = variants::SpellingIndex::default();
    let needed = meeting(settled_shapes, &once_shapes);
    for (id, (s, needed)) in settled.iter().zip(needed).enumerate() {
        if needed {
            index.insert(id, s.spelling);
        }
    }
    written_once
        .iter()
        .filter_map(|once| slip_of(prose, settled, &index, once))
        .collect()
}

/// The settled spelling `once` slips from, if a single one is the most used.
fn slip_of<'p>(
    prose: &str,
    settled: &[Settled<'p>],
    index: &variants::SpellingIndex,
    once: &WrittenOnce<'p>,
) -> Option<Slip<'p>> {
    let word = once.word;
    let mut best: Option<(usize, usize)> = None;
    let mut tied = false;
    for id in index.candidates(word) {
        let target = &settled[id];
        let shorter = target.spelling.chars().count().min(word.chars().count());
        // Four-letter words sit one slip apart from each other (Hang and Hong, Iron and
        // Iran); they need a spelling settled by more than two uses.
        if shorter < 5 && (target.inside <= SETTLED || opens_sentence(prose, once.span.start)) {
            continue;
        }
        if variants::likeness(target.spelling, word).is_none() || !is_slip(target.spelling, word) {
            continue;
        }
        match best {
            Some((_, uses)) if uses > target.uses => {}
            Some((_, uses)) if uses == target.uses => tied = true,
            _ => {
                best = Some((id, target.uses));
                tied = false;
            }
        }
    }
    let (id, uses) = best.filter(|_| !tied)?;
    Some(Slip {
        word,
        span: once.span,
        settled: id,
        uses,
    })
}

/// Most slips whose lower-case forms are looked for one at a time (see `is_lower_case_word_of`).
const FEW_SLIPS: usize = 8;

/// The slips, folded, that the draft also writes in lower case: a word, not a name ("Mark" and
/// "mark"). Only the few slips found need this, so the lower-case words are read only now.
fn written_in_lower_case(prose: &str, slips: &[Slip]) -> HashSet<String> {
    let mut folded: HashSet<String> = slips.iter().map(|slip| variants::fold(slip.word)).collect();
    // A few are looked for one by one (a fast substring search); many, in one pass over the words.
    if folded.len() <= FEW_SLIPS {
        folded.retain(|w| is_lower_case_word_of(prose, w));
    } else {
        let written: HashSet<&str> = words::words(prose)
            .map(|(_, w)| w)
            .filter(|w| w.starts_with(char::is_lowercase) && folded.contains(*w))
            .collect();
        folded.retain(|w| written.contains(w.as_str()));
    }
    folded
}

/// A line read for the line-up test, and its answer.
#[derive(Clone, Copy)]
struct LineRead {
    line: Span,
    line_up: bool,
}

/// The line-up test reads the whole line, so it runs only for a word that would be flagged,
/// and once per line: the slips come in text order, and a draft of one long line may hold
/// thousands of them.
#[derive(Default)]
struct LineUps {
    last: Option<LineRead>,
}

impl LineUps {
    fn in_a_line_up(&mut self, prose: &str, span: Span) -> bool {
        let last = self.last;
        let known = last.filter(|read| read.line.start <= span.start && span.end <= read.line.end);
        let read = known.unwrap_or_else(|| {
            // Back to the end of the line read before, not further.
            let from = last.map_or(0, |read| {
                if read.line.end <= span.start {
                    read.line.end
                } else {
                    0
                }
            });
            let line = line_around(prose, span, from);
            LineRead {
                line,
                line_up: is_line_up(line.slice(prose)),
            }
        });
        self.last = Some(read);
        read.line_up
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strays(text: &str) -> Vec<(String, String)> {
        let mut name_shaped = Vec::new();
        for word in crate::article::tokens::tokens(text, Span::new(0, text.len()), &[]) {
            name_shaped_runs(word.text, word.span.start, &mut name_shaped);
        }
        find(text, &name_shaped)
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
}
