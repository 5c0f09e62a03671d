//! Whether a reading of the grammar is a dateline. A candidate is one only when the evidence is
//! good enough: a place in capitals followed by a dash, or any place with a date, a news agency
//! or a U.S. state after it. That keeps `NASA said …`, `UPDATE: …` and kickers out.

use super::parse::Parsed;
use super::reader::{Parts, Reading};
use super::tables;
use super::words::{month_of, AGENCIES, KICKERS, NOT_IN_PLACES};
use crate::text::Span;

/// An agency tag with no place (`(Bloomberg) -- `), when the agency is known and the date,
/// if any, is one.
pub fn agency_tag(reading: &Reading, window: &str) -> Option<Parsed> {
    let parts = &reading.parts;
    let agency = parts.agency?;
    if !AGENCIES.contains(&agency.slice(window)) {
        return None;
    }
    if parts
        .date
        .is_some_and(|date| month_of(date.slice(window)).is_none())
    {
        return None;
    }
    let separator = parts.separator?;
    let end = separator.end + spaces_after(&window[separator.end..]);
    Some(Parsed {
        span: Span::new(0, end),
        place: Span::empty(0),
        region: None,
        region_without_comma: false,
        date: parts.date,
        agency: Some(agency),
        separator: Some(separator),
        strong: true,
    })
}

/// A dateline led by its place, read with its separator or without one, when the evidence is
/// good enough.
pub fn placed(reading: &Reading, window: &str) -> Option<Parsed> {
    let parts = &reading.parts;
    let place = settled_place(parts, window)?;
    if KICKERS.contains(&place.text.trim_end_matches(['.', '-'])) {
        return None;
    }
    if is_compound_hyphen(parts, window) {
        return None;
    }
    let evidence = Evidence::of(parts, place.region, window);
    let after = parts.separator.map_or("", |sep| &window[sep.end..]);
    if !convincing(&place, parts, &evidence, after.trim_start()) {
        return None;
    }
    let end = match parts.separator {
        Some(separator) => separator.end + spaces_after(after),
        None => parts.rest.map_or(place.read.end, |rest| rest.start),
    };
    Some(Parsed {
        span: Span::new(0, end),
        place: place.span,
        region: place.region,
        region_without_comma: place.region_without_comma,
        date: parts.date,
        agency: parts.agency,
        separator: parts.separator,
        strong: evidence.is_strong(),
    })
}

/// The place of a reading, and its region, once a region run into the place is split off.
struct Place<'w> {
    /// The place as the grammar read it.
    read: Span,
    span: Span,
    text: &'w str,
    region: Option<Span>,
    region_without_comma: bool,
}

/// `FRESNO Calif. —`: capitals, then a state with the comma forgotten, which the grammar reads
/// as one place.
fn settled_place<'w>(parts: &Parts, window: &'w str) -> Option<Place<'w>> {
    let read = parts.place?;
    let text = read.slice(window);
    let as_read = Place {
        read,
        span: read,
        text,
        region: parts.region,
        region_without_comma: false,
    };
    if in_capitals(text) || parts.region.is_some() {
        return Some(as_read);
    }
    let (capitals, rest) = split_capitals(text);
    if capitals.is_empty() || tables::state_for_region(rest).is_none() {
        return Some(as_read);
    }
    Some(Place {
        span: Span::new(read.start, read.start + capitals.len()),
        text: capitals,
        region: Some(Span::new(read.end - rest.len(), read.end)),
        region_without_comma: true,
        ..as_read
    })
}

/// A hyphen glued on both sides is a compound (`UK-BASED`), not a separator.
fn is_compound_hyphen(parts: &Parts, window: &str) -> bool {
    let Some(separator) = parts.separator else {
        return false;
    };
    let after = &window[separator.end..];
    separator.slice(window) == "-"
        && parts.gap.is_none_or(Span::is_empty)
        && !after.is_empty()
        && !after.starts_with(char::is_whitespace)
}

/// What makes a reading a dateline anywhere: a date, a known agency or a U.S. state.
struct Evidence {
    /// A date was read, whether or not its month is one.
    date_read: bool,
    /// The date names a month.
    dated: bool,
    known_agency: bool,
    known_state: bool,
}

impl Evidence {
    fn of(parts: &Parts, region: Option<Span>, window: &str) -> Evidence {
        let region_text = region.map_or("", |region| region.slice(window));
        Evidence {
            date_read: parts.date.is_some(),
            dated: parts
                .date
                .is_some_and(|date| month_of(date.slice(window)).is_some()),
            known_agency: parts
                .agency
                .is_some_and(|agency| AGENCIES.contains(&agency.slice(window))),
            known_state: tables::state_for_region(region_text).is_some(),
        }
    }

    fn is_strong(&self) -> bool {
        self.dated || self.known_agency || self.known_state
    }
}

/// Whether a place-led reading is a dateline, given its evidence and the text after its
/// separator.
fn convincing(place: &Place, parts: &Parts, evidence: &Evidence, after: &str) -> bool {
    let dashed = parts.separator.is_some();
    let capitals =
        in_capitals(place.text) && place.text.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    if evidence.date_read && !evidence.dated {
        // `BUENOS AIRES, ABR 9 -`: a slip in the date of what is plainly a dateline.
        return capitals && dashed;
    }
    if place.text.starts_with(char::is_lowercase) {
        return evidence.dated && dashed;
    }
    match (dashed, capitals) {
        (true, true) => {
            evidence.is_strong()
                || plausible_place(place.text) && (place.region.is_some() || starts_sentence(after))
        }
        // `Tulsa, Okla. — `, `New York (AFP) – `: mixed case needs more than a dash, and a
        // state alone does not make `Officials, Ohio — the …` a dateline.
        (true, false) => {
            evidence.dated
                || evidence.known_agency
                || evidence.known_state && !after.starts_with(char::is_lowercase)
        }
        (false, true) => evidence.is_strong(),
        (false, false) => false,
    }
}

/// An all-capitals run that reads as a place: short, and without the words of a sentence or a
/// run-in head.
fn plausible_place(place: &str) -> bool {
    let words: Vec<&str> = place.split_whitespace().collect();
    words.len() <= 4 && !words.iter().any(|w| NOT_IN_PLACES.contains(w))
}

fn starts_sentence(text: &str) -> bool {
    text.chars().next().is_some_and(|c| {
        c.is_uppercase()
            || c.is_ascii_digit()
            || crate::text::may_open_quote(c)
            || matches!(c, '<' | '$' | '(')
    })
}

fn spaces_after(text: &str) -> usize {
    text.len() - text.trim_start_matches([' ', '\t', '\u{a0}']).len()
}

fn in_capitals(text: &str) -> bool {
    !text.chars().any(char::is_lowercase)
}

/// The leading words in capitals and the rest: `FRESNO Calif.` → (`FRESNO`, `Calif.`).
fn split_capitals(place: &str) -> (&str, &str) {
    let mut end = 0;
    for (offset, word) in word_offsets(place) {
        if in_capitals(word) && word.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
            end = offset + word.len();
        } else {
            break;
        }
    }
    (&place[..end], place[end..].trim_start())
}

fn word_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace()
        .map(move |word| (word.as_ptr() as usize - text.as_ptr() as usize, word))
}
