//! The record's words indexed by runs of three: a quote's runs name the few places worth
//! aligning it with, so a three-hour transcript is not read word by word for every quote.

use super::wording::run_hash;

/// Places one run is looked up at, at most: a run said this often ("I think that") names
/// no passage.
const MOST_PLACES_PER_RUN: usize = 64;

/// Every run of three words of the record, by hash, with where it starts.
#[derive(Clone, Debug, Default)]
pub struct RunIndex {
    /// (hash, position in the record's words), sorted.
    runs: Vec<(u64, u32)>,
}

impl RunIndex {
    /// Indexes the runs of `hashes`, which holds the sources' words one after the other from
    /// `starts`: no run crosses from one source into the next.
    pub fn new(hashes: &[u64], starts: &[usize]) -> RunIndex {
        let mut runs = Vec::with_capacity(hashes.len());
        for (index, &start) in starts.iter().enumerate() {
            let end = starts.get(index + 1).copied().unwrap_or(hashes.len());
            let words = &hashes[start..end];
            runs.extend(
                words
                    .windows(3)
                    .enumerate()
                    .map(|(at, run)| (run_hash(run), (start + at) as u32)),
            );
        }
        runs.sort_unstable();
        RunIndex { runs }
    }

    /// Where a run starts in the record.
    pub fn places(&self, run: u64) -> impl Iterator<Item = usize> + '_ {
        let first = self.runs.partition_point(|&(hash, _)| hash < run);
        self.runs[first..]
            .iter()
            .take_while(move |&&(hash, _)| hash == run)
            .take(MOST_PLACES_PER_RUN)
            .map(|&(_, place)| place as usize)
    }
}
