//! The writer: whom "I" stands for in the writer's own sentences (an op-ed's `I laughed and
//! said, “I don't believe in the devil.”`). The byline's name; or the name an author's note at
//! the end opens with (`Charlotte Meehan is playwright-in-residence at …`); or, when the draft
//! names neither, the writer unnamed.

use crate::article::people::Person;
use crate::article::structure::Structure;
use crate::text::Span;

/// The paragraphs at the end where an author's note stands.
const NOTE_WITHIN: usize = 2;

/// The writer's name, and the person it is, if the draft names them.
pub fn writer(structure: &Structure, people: &[Person]) -> (String, Option<usize>) {
    let named = people
        .iter()
        .position(|p| p.credit)
        .or_else(|| author_note(structure, people));
    match named {
        Some(i) => (people[i].name.clone(), Some(i)),
        None => ("the writer".to_string(), None),
    }
}

/// The person whose full name opens a note about them near the end: "NAME is …", "NAME, a …".
fn author_note(structure: &Structure, people: &[Person]) -> Option<usize> {
    let prose = structure.prose.as_str();
    let last_paragraphs = structure
        .paragraphs
        .iter()
        .rev()
        .take(NOTE_WITHIN)
        .map(|p| p.span);
    let ends: Vec<Span> = structure
        .trailer
        .iter()
        .copied()
        .chain(last_paragraphs)
        .collect();
    let opening =
        |span: Span| span.start + (span.slice(prose).len() - span.slice(prose).trim_start().len());
    people.iter().position(|person| {
        person.mentions.iter().any(|m| {
            m.full
                && ends.iter().any(|&end| opening(end) == m.span.start)
                && prose
                    .get(m.span.end..)
                    .is_some_and(|rest| rest.starts_with(" is ") || rest.starts_with(", a "))
        })
    })
}
