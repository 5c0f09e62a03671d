//! The one reader of the dateline grammar: a backtracking reader over `grammar`'s patterns, in
//! their first-choice order (the longest repetition first, alternatives in the order written),
//! recording each named part it passes. Datelines are short and the grammar leaves few ways to
//! read a text, so a reading costs a few hundred steps at most.

use super::grammar::{CharSet, Chars, Follows, Part, Pattern};
use crate::text::Span;

/// The parts of a dateline that a reading found, as byte ranges of the text read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Parts {
    pub place: Option<Span>,
    pub region: Option<Span>,
    pub date: Option<Span>,
    pub agency: Option<Span>,
    pub stray_comma: Option<Span>,
    pub gap: Option<Span>,
    pub separator: Option<Span>,
    pub rest: Option<Span>,
}

impl Parts {
    fn of(&mut self, part: Part) -> &mut Option<Span> {
        match part {
            Part::Place => &mut self.place,
            Part::Region => &mut self.region,
            Part::Date => &mut self.date,
            Part::Agency => &mut self.agency,
            Part::StrayComma => &mut self.stray_comma,
            Part::Gap => &mut self.gap,
            Part::Separator => &mut self.separator,
            Part::Rest => &mut self.rest,
        }
    }
}

/// A form read from some byte of a text: the parts and where the reading ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    pub parts: Parts,
    pub end: usize,
}

/// The reading of `form` at the start of `text`, if it has one.
/// The plain reading, against which the quicker one is tested.
#[cfg(test)]
pub fn read_at_start(form: &Pattern, text: &str) -> Option<Reading> {
    read_at(form, text, 0, None)
}

/// The same reading as `read_at_start`, found sooner: a run of one character set is not
/// given back to a length where nothing that `follows` says may come next could be read.
pub fn read_at_start_following(form: &Pattern, follows: &Follows, text: &str) -> Option<Reading> {
    read_at(form, text, 0, Some(follows))
}

/// A form searched for through a paragraph, with what the search derives from it once: the
/// characters a reading may open with, the rest of a word a failed reading opened, and what
/// may follow each run.
pub struct Search {
    form: &'static Pattern,
    opening: Option<Chars>,
    word_tail: Option<Chars>,
    follows: Follows,
}

impl Search {
    pub fn of(form: &'static Pattern) -> Search {
        Search {
            form,
            opening: form.opening_chars(),
            word_tail: form.opening_word_tail().map(Chars::of_set),
            follows: Follows::of(form),
        }
    }
}

/// Each reading of the searched form in `text`, left to right, each starting where the one
/// before ended or later, as the span it covers.
pub fn find_each<'a>(search: &'a Search, text: &'a str) -> impl Iterator<Item = Span> + 'a {
    // Only a character that may open a reading starts one: most of a paragraph is skipped.
    let may_start = |c: char| search.opening.as_ref().is_none_or(|set| set.holds(c));
    // After a start that failed, the rest of its word is skipped: no start inside it can
    // succeed (see `Pattern::opening_word_tail`), and trying each would take time quadratic in
    // the word's length.
    let word_tail = search.word_tail.as_ref();
    let mut from = 0;
    std::iter::from_fn(move || {
        let mut inside_failed_word = false;
        for (offset, c) in text.get(from..)?.char_indices() {
            inside_failed_word &= word_tail.is_some_and(|tail| tail.holds(c));
            if inside_failed_word || !may_start(c) {
                continue;
            }
            let start = from + offset;
            match read_at(search.form, text, start, Some(&search.follows)) {
                Some(reading) => {
                    from = reading.end;
                    return Some(Span::new(start, reading.end));
                }
                None => inside_failed_word = true,
            }
        }
        from = text.len();
        None
    })
}

fn read_at(form: &Pattern, text: &str, at: usize, follows: Option<&Follows>) -> Option<Reading> {
    let mut reader = Reader {
        text,
        parts: Parts::default(),
        follows,
    };
    let mut found = None;
    reader.read(form, at, &mut |reader, end| {
        found = Some(Reading {
            parts: reader.parts,
            end,
        });
        true
    });
    found
}

/// What to read after a pattern, given where it ended: `true` once the whole form is read.
type Then<'a, 't, 'f> = &'a mut dyn FnMut(&mut Reader<'t, 'f>, usize) -> bool;

struct Reader<'t, 'f> {
    text: &'t str,
    parts: Parts,
    follows: Option<&'f Follows>,
}

impl<'t, 'f> Reader<'t, 'f> {
    /// Reads `pattern` at byte `at`, then `then`, trying each way of reading the pattern in
    /// turn until `then` accepts one.
    fn read(&mut self, pattern: &Pattern, at: usize, then: Then<'_, 't, 'f>) -> bool {
        match pattern {
            Pattern::Literal(texts) => texts.iter().any(|literal| {
                self.text[at..].starts_with(literal) && then(self, at + literal.len())
            }),
            Pattern::OneOf(set) => match self.text[at..].chars().next() {
                Some(c) if set.holds(c) => then(self, at + c.len_utf8()),
                _ => false,
            },
            Pattern::Sequence(patterns) => self.read_sequence(patterns, at, then),
            Pattern::FirstOf(alternatives) => alternatives
                .iter()
                .any(|alternative| self.read(alternative, at, &mut *then)),
            Pattern::Repeat {
                pattern: Pattern::OneOf(set),
                min,
                max,
            } => self.read_run(pattern, set, (*min, *max), at, then),
            Pattern::Repeat { pattern, min, max } => {
                self.read_repeat(pattern, (*min, *max), 0, at, then)
            }
            Pattern::Named(part, pattern) => self.read(pattern, at, &mut |reader, end| {
                let before = reader.parts.of(*part).replace(Span::new(at, end));
                then(reader, end) || {
                    *reader.parts.of(*part) = before;
                    false
                }
            }),
        }
    }

    fn read_sequence(&mut self, patterns: &[Pattern], at: usize, then: Then<'_, 't, 'f>) -> bool {
        match patterns.split_first() {
            None => then(self, at),
            Some((first, rest)) => self.read(first, at, &mut |reader, next| {
                reader.read_sequence(rest, next, &mut *then)
            }),
        }
    }

    /// `done` readings of `pattern` made, one more is tried before stopping.
    fn read_repeat(
        &mut self,
        pattern: &Pattern,
        (min, max): (usize, usize),
        done: usize,
        at: usize,
        then: Then<'_, 't, 'f>,
    ) -> bool {
        let one_more = done < max
            && self.read(pattern, at, &mut |reader, next| {
                reader.read_repeat(pattern, (min, max), done + 1, next, &mut *then)
            });
        one_more || done >= min && then(self, at)
    }

    /// A repeated character set, read without recursion: the longest run first, then one
    /// character shorter at a time.
    fn read_run(
        &mut self,
        run: &Pattern,
        set: &CharSet,
        (min, max): (usize, usize),
        at: usize,
        then: Then<'_, 't, 'f>,
    ) -> bool {
        let mut end = at;
        let mut count = 0;
        for c in self.text[at..]
            .chars()
            .take_while(|&c| set.holds(c))
            .take(max)
        {
            end += c.len_utf8();
            count += 1;
        }
        let follow = self.follows.and_then(|follows| follows.of_run(run));
        while count >= min {
            let may_read_on = follow.is_none_or(|f| f.allows(self.text[end..].chars().next()));
            if may_read_on && then(self, end) {
                return true;
            }
            let Some(last) = self.text[..end].chars().next_back().filter(|_| count > 0) else {
                return false;
            };
            end -= last.len_utf8();
            count -= 1;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::super::classes::Class;
    use super::super::grammar::{CAPITALS_THEN_COMMA, UNLIMITED};
    use super::*;

    const CAPITAL: Pattern = Pattern::OneOf(CharSet {
        classes: &[Class::Capital],
        chars: "",
    });
    const CAPITALS: Pattern = Pattern::Repeat {
        pattern: &CAPITAL,
        min: 1,
        max: UNLIMITED,
    };
    /// `(?P<place>[A-Z]+)(?:-|(?P<agency>[A-Z])x)`: the place gives back a capital when the
    /// agency needs it.
    const GIVES_BACK: Pattern = Pattern::Sequence(&[
        Pattern::Named(Part::Place, &CAPITALS),
        Pattern::FirstOf(&[
            Pattern::Literal(&["-"]),
            Pattern::Sequence(&[
                Pattern::Named(Part::Agency, &CAPITAL),
                Pattern::Literal(&["x"]),
            ]),
        ]),
    ]);

    #[test]
    fn a_repetition_gives_back_what_the_rest_needs() {
        let reading = read_at_start(&GIVES_BACK, "ABCx").unwrap();
        assert_eq!(reading.parts.place, Some(Span::new(0, 2)));
        assert_eq!(reading.parts.agency, Some(Span::new(2, 3)));
        assert_eq!(reading.end, 4);
    }

    #[test]
    fn a_part_read_on_a_path_given_up_is_forgotten() {
        // `(?:(?P<agency>[A-Z])y)?[A-Z]x` on "Ax": the agency is tried, then given up.
        const FORM: Pattern = Pattern::Sequence(&[
            Pattern::Repeat {
                pattern: &Pattern::Sequence(&[
                    Pattern::Named(Part::Agency, &CAPITAL),
                    Pattern::Literal(&["y"]),
                ]),
                min: 0,
                max: 1,
            },
            CAPITAL,
            Pattern::Literal(&["x"]),
        ]);
        let reading = read_at_start(&FORM, "Ax").unwrap();
        assert_eq!(reading.parts, Parts::default());
    }

    #[test]
    fn alternatives_are_tried_in_the_order_written() {
        const FORM: Pattern = Pattern::Named(Part::Separator, &Pattern::Literal(&["-", "--"]));
        let reading = read_at_start(&FORM, "--").unwrap();
        assert_eq!(reading.parts.separator, Some(Span::new(0, 1)));
    }

    #[test]
    fn readings_found_in_a_text_do_not_overlap() {
        let text = "xNEW YORK, WASHINGTON (AP)";
        let found: Vec<&str> = find_each(&Search::of(&CAPITALS_THEN_COMMA), text)
            .map(|span| span.slice(text))
            .collect();
        assert_eq!(found, ["NEW YORK,", "WASHINGTON ("]);
    }

    #[test]
    fn a_long_word_is_searched_in_linear_time() {
        // Quadratic, this would take minutes in a debug build.
        let text = format!("{}, and {} -", "A.".repeat(100_000), "B".repeat(100_000));
        let found: Vec<Span> = find_each(&Search::of(&CAPITALS_THEN_COMMA), &text).collect();
        assert_eq!(found, [Span::new(0, 200_001)]);
        let text = format!("{} and {} -", "A.".repeat(100_000), "B".repeat(100_000));
        assert_eq!(
            find_each(&Search::of(&CAPITALS_THEN_COMMA), &text).count(),
            0
        );
        assert!(CAPITALS_THEN_COMMA.opening_word_tail().is_some());
    }
}
