//! Each direct quote checked against the record: its closest passage, found through the run
//! index and aligned word by word, and what the alignment says (the same words, the same but
//! for marked omissions and insertions, other words, or no passage at all).

use super::align::{align, Alignment, Step};
use super::wording::Wording;
use super::{Record, Source};
use crate::article::Quote;
use crate::text::Span;

/// Quotes shorter than this are not checked: a phrase of one or two words ("a disgrace") is in
/// any long record, or in none, by chance.
pub const MIN_WORDS: usize = 3;

/// The share of a quote's words its closest passage must hold, as they are, for the passage
/// to be the quote's at all (a misquote) rather than some other passage (no passage).
const SAME_SHARE: f64 = 0.7;

/// Stretches of the record a quote is aligned with, at most.
const MOST_REGIONS: usize = 3;

/// How a quote stands against the record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchKind {
    /// The record's words, as they are.
    Exact,
    /// The record's words, with omissions marked by ellipses and words put in brackets.
    Edited,
    /// The closest passage has other words.
    Differs,
    /// No passage of the record holds the quote.
    None,
}

impl MatchKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MatchKind::Exact => "exact",
            MatchKind::Edited => "edited",
            MatchKind::Differs => "differs",
            MatchKind::None => "none",
        }
    }

    /// The quote is the record's words, as it may fairly give them.
    pub fn is_verified(self) -> bool {
        matches!(self, MatchKind::Exact | MatchKind::Edited)
    }
}

/// The record's passage closest to a quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Passage {
    /// Index into `Record::sources`.
    pub source: usize,
    /// The source's path, as the adapter named it.
    pub path: String,
    /// From the first word the quote covers to the last, in the source's text.
    pub span: Span,
    /// 1-based, of the passage's first word.
    pub line: usize,
    /// The timestamp of the turn the passage starts in.
    pub timestamp: Option<String>,
    /// The turn most of the passage's words are in: whose words they are.
    pub turn: usize,
    /// The quote aligned with the source's words (`Step::…::other` indexes `Source::words`).
    pub alignment: Alignment,
}

impl Passage {
    /// Where the passage is, as a reader looks it up: `presser.txt line 214, 00:14:32`.
    pub fn place(&self) -> String {
        match &self.timestamp {
            Some(time) => format!("{} line {}, {time}", self.path, self.line),
            None => format!("{} line {}", self.path, self.line),
        }
    }
}

/// A quote checked against the record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordMatch {
    pub kind: MatchKind,
    pub passage: Option<Passage>,
    /// Other passages as close as `passage` (the same words said twice, or by two people).
    pub equally_close: Vec<Passage>,
    /// The quote's words as compared.
    pub wording: Wording,
}

impl Record {
    /// Checks each of the draft's quotes: `None` for those not checked (not speech, never
    /// closed, or too short to tell).
    pub fn check_quotes(&self, text: &str, quotes: &[Quote]) -> Vec<Option<RecordMatch>> {
        quotes.iter().map(|quote| self.check(text, quote)).collect()
    }

    fn check(&self, text: &str, quote: &Quote) -> Option<RecordMatch> {
        if self.is_empty() || !quote.is_speech() || !quote.closed {
            return None;
        }
        let wording = Wording::of(text, quote.content);
        if wording.len() < MIN_WORDS {
            return None;
        }
        let mut passages: Vec<Passage> = self
            .closest_regions(&wording)
            .into_iter()
            .map(|(lo, hi)| self.passage(&wording, lo, hi))
            .collect();
        passages.sort_by_key(|p| (p.alignment.cost, std::cmp::Reverse(p.alignment.same)));
        let best = passages
            .first()
            .map(|p| (p.alignment.cost, p.alignment.same));
        passages.retain(|p| Some((p.alignment.cost, p.alignment.same)) == best);
        let kind = match passages.first() {
            Some(p) if p.alignment.is_faithful() && wording.edited() => MatchKind::Edited,
            Some(p) if p.alignment.is_faithful() => MatchKind::Exact,
            Some(p) if p.alignment.same as f64 >= SAME_SHARE * wording.len() as f64 => {
                MatchKind::Differs
            }
            _ => MatchKind::None,
        };
        if kind == MatchKind::None {
            passages.clear();
        }
        let mut passages = passages.into_iter();
        Some(RecordMatch {
            passage: passages.next(),
            equally_close: passages.collect(),
            kind,
            wording,
        })
    }

    /// The stretches of the record (positions in `hashes`, end exclusive) where most of the
    /// quote's runs of three words are found close together, the closest first, with room
    /// around them for the words the quote changed or left out. More than one, as a speaker
    /// may say the same words twice, or another quote of the draft may share some of them.
    fn closest_regions(&self, wording: &Wording) -> Vec<(usize, usize)> {
        let mut hits: Vec<(usize, usize)> = wording
            .runs()
            .flat_map(|(at, run)| self.index.places(run).map(move |place| (place, at)))
            .collect();
        hits.sort_unstable();
        let len = wording.len();
        // Ellipses may leave out much of what was said between two stretches of a quote.
        let reach = 3 * len + 30;
        // Each run of hits close together in one source, as (hits, first, last), most first.
        let mut clusters = Vec::new();
        let mut first = 0;
        for last in 0..hits.len() {
            let source = self.locate(hits[last].0).0;
            while hits[last].0 - hits[first].0 > reach || self.locate(hits[first].0).0 != source {
                first += 1;
            }
            clusters.push((last - first + 1, first, last));
        }
        clusters.sort_by_key(|&(count, first, _)| (std::cmp::Reverse(count), first));
        let mut chosen: Vec<(usize, usize)> = Vec::new();
        for (_, first, last) in clusters {
            let region = self.region_around(wording, hits[first], hits[last], reach);
            if !chosen
                .iter()
                .any(|&(lo, hi)| lo < region.1 && region.0 < hi)
            {
                chosen.push(region);
            }
            if chosen.len() == MOST_REGIONS {
                break;
            }
        }
        chosen
    }

    /// The stretch of the record around a cluster of hits, `(place, quote word)` at each end.
    fn region_around(
        &self,
        wording: &Wording,
        (from, from_word): (usize, usize),
        (to, to_word): (usize, usize),
        reach: usize,
    ) -> (usize, usize) {
        let len = wording.len();
        let source = self.locate(from).0;
        let source_end = self
            .starts
            .get(source + 1)
            .copied()
            .unwrap_or(self.hashes.len());
        // Room for words changed or put in; and where the writer marked omissions, for the
        // words left out, which may come before or after the stretch the runs found.
        let margin = len / 2 + 2 + if wording.edited() { reach } else { 0 };
        let lo = from
            .saturating_sub(from_word + margin)
            .max(self.starts[source]);
        let hi = (to + (len - to_word) + margin).min(source_end);
        (lo, hi)
    }

    fn passage(&self, wording: &Wording, lo: usize, hi: usize) -> Passage {
        let (source_index, first_word) = self.locate(lo);
        let source = &self.sources[source_index];
        let mut alignment = align(&wording.words, &wording.gap_before, &self.hashes[lo..hi]);
        shift_other(&mut alignment, first_word);
        let first = &source.words[alignment.other_start.min(source.words.len() - 1)];
        let last = &source.words[alignment.other_end.max(1) - 1];
        Passage {
            source: source_index,
            path: source.path.clone(),
            span: Span::new(first.span.start, last.span.end.max(first.span.start)),
            line: first.line as usize,
            timestamp: source.turns[first.turn as usize].timestamp.clone(),
            turn: majority_turn(source, &alignment),
            alignment,
        }
    }
}

/// Makes the alignment's record positions the source's word indexes.
fn shift_other(alignment: &mut Alignment, by: usize) {
    alignment.other_start += by;
    alignment.other_end += by;
    for step in &mut alignment.steps {
        match step {
            Step::Same { other, .. }
            | Step::Changed { other, .. }
            | Step::Dropped { other }
            | Step::Omitted { other } => *other += by,
            Step::Added { .. } => {}
        }
    }
}

/// The turn most of the quote's aligned words are in; the earliest of equals.
fn majority_turn(source: &Source, alignment: &Alignment) -> usize {
    let mut turns: Vec<u32> = alignment
        .steps
        .iter()
        .filter_map(|step| match *step {
            Step::Same { other, .. } | Step::Changed { other, .. } => {
                Some(source.words[other].turn)
            }
            _ => None,
        })
        .collect();
    turns.sort_unstable();
    turns
        .chunk_by(|a, b| a == b)
        .max_by_key(|run| (run.len(), std::cmp::Reverse(run[0])))
        .map_or(0, |run| run[0] as usize)
}
