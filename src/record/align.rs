//! The one word-by-word comparison of a quote with a longer telling of it: the record's
//! passage, or (for `quote-drift`) the same quotation given elsewhere in the draft. The quote is
//! aligned whole against a stretch of the other words, whose words before and after it are free
//! (a quote is an excerpt); inside, every word changed, put in or left out costs one, except
//! words left out where the writer marked an ellipsis or bracketed words, which cost nothing.

/// What one step of an alignment does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The quote's word `quote` is the other's word `other`.
    Same { quote: usize, other: usize },
    /// The quote has `quote` where the other has `other`.
    Changed { quote: usize, other: usize },
    /// The quote's word `quote` is not in the other.
    Added { quote: usize },
    /// The other's word `other` is left out of the quote without a mark.
    Dropped { other: usize },
    /// The other's word `other` is left out where the writer marked an omission.
    Omitted { other: usize },
}

/// The best alignment of a quote with a stretch of other words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alignment {
    /// Words changed, put in or left out without a mark.
    pub cost: usize,
    /// The quote's words found as they are.
    pub same: usize,
    /// The other's words the quote covers, from its first aligned word to its last.
    pub other_start: usize,
    pub other_end: usize,
    pub steps: Vec<Step>,
}

impl Alignment {
    /// The quote's words are the other's, but for omissions the writer marked.
    pub fn is_faithful(&self) -> bool {
        self.cost == 0
    }
}

/// What a word found as it is earns against the edits around it: a passage is worth two
/// edits per word it holds, so a clause left out of the middle of a quote reads as left out
/// (not as the words before it put in), while a lone word far off is not worth the words
/// skipped to reach it.
const SAME_WORTH: i32 = 2;

/// Aligns `quote` (with `gap_before`, whether the writer marked a gap before each word) with
/// `other`. The cost of a table of `quote.len() × other.len()` cells: callers bound both.
pub fn align(quote: &[u64], gap_before: &[bool], other: &[u64]) -> Alignment {
    let (rows, columns) = (quote.len() + 1, other.len() + 1);
    let mut score = vec![0i32; rows * columns];
    for i in 1..rows {
        score[i * columns] = i as i32;
        let skip = skip_cost(gap_before, i);
        for j in 1..columns {
            let diagonal = score[(i - 1) * columns + j - 1] + pair_cost(quote[i - 1], other[j - 1]);
            let added = score[(i - 1) * columns + j] + 1;
            let dropped = score[i * columns + j - 1] + skip;
            score[i * columns + j] = diagonal.min(added).min(dropped);
        }
    }
    let last = &score[(rows - 1) * columns..];
    // The first column of the best score: the quote ends as early as it can.
    let end = (0..columns).min_by_key(|&j| last[j]).unwrap_or(0);
    trace_back(quote, gap_before, other, &score, end)
}

fn pair_cost(a: u64, b: u64) -> i32 {
    if a == b {
        -SAME_WORTH
    } else {
        1
    }
}

/// After the quote's word `i`, the other's words are skipped for free where the writer
/// marked a gap before word `i + 1` (and before the first and after the last, as a quote is
/// an excerpt, which the table's edges give).
fn skip_cost(gap_before: &[bool], i: usize) -> i32 {
    if i < gap_before.len() && gap_before[i] {
        0
    } else {
        1
    }
}

fn trace_back(
    quote: &[u64],
    gap_before: &[bool],
    other: &[u64],
    score: &[i32],
    end: usize,
) -> Alignment {
    let columns = other.len() + 1;
    let at = |i: usize, j: usize| score[i * columns + j];
    let mut steps = Vec::with_capacity(quote.len() + 4);
    let (mut i, mut j) = (quote.len(), end);
    while i > 0 {
        let skip = skip_cost(gap_before, i);
        let here = at(i, j);
        if j > 0 && here == at(i - 1, j - 1) + pair_cost(quote[i - 1], other[j - 1]) {
            let (quote_word, other_word) = (i - 1, j - 1);
            steps.push(if quote[quote_word] == other[other_word] {
                Step::Same {
                    quote: quote_word,
                    other: other_word,
                }
            } else {
                Step::Changed {
                    quote: quote_word,
                    other: other_word,
                }
            });
            i -= 1;
            j -= 1;
        } else if j > 0 && here == at(i, j - 1) + skip {
            steps.push(if skip == 0 {
                Step::Omitted { other: j - 1 }
            } else {
                Step::Dropped { other: j - 1 }
            });
            j -= 1;
        } else {
            steps.push(Step::Added { quote: i - 1 });
            i -= 1;
        }
    }
    steps.reverse();
    summarise(steps)
}

fn summarise(steps: Vec<Step>) -> Alignment {
    let covered = steps.iter().filter_map(|step| match *step {
        Step::Same { other, .. } | Step::Changed { other, .. } => Some(other),
        _ => None,
    });
    let (other_start, other_end) = covered.fold((usize::MAX, 0), |(lo, hi), other| {
        (lo.min(other), hi.max(other + 1))
    });
    let same = steps
        .iter()
        .filter(|step| matches!(step, Step::Same { .. }))
        .count();
    let cost = steps
        .iter()
        .filter(|step| !matches!(step, Step::Same { .. } | Step::Omitted { .. }))
        .count();
    Alignment {
        cost,
        same,
        other_start: other_start.min(other_end),
        other_end,
        steps,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::wording::folded_hash;

    fn hashes(words: &str) -> Vec<u64> {
        words.split(' ').filter_map(folded_hash).collect()
    }

    fn aligned(quote: &str, gaps: &[usize], other: &str) -> Alignment {
        let quote = hashes(quote);
        let gap_before: Vec<bool> = (0..quote.len()).map(|i| gaps.contains(&i)).collect();
        align(&quote, &gap_before, &hashes(other))
    }

    #[test]
    fn an_excerpt_costs_nothing_and_covers_its_stretch() {
        let found = aligned("will hold", &[], "the levee will hold this spring");
        assert_eq!((found.cost, found.same), (0, 2));
        assert_eq!((found.other_start, found.other_end), (2, 4));
    }

    #[test]
    fn words_left_out_cost_nothing_only_at_a_marked_gap() {
        let record = "we knew the levee was weak and we told the state";
        assert_eq!(aligned("we knew we told the state", &[2], record).cost, 0);
        // Unmarked, the clause left out is the difference, not the words before it.
        let unmarked = aligned("we knew we told the state", &[], record);
        assert_eq!((unmarked.cost, unmarked.same), (5, 6));
    }

    #[test]
    fn a_changed_word_is_one_step() {
        let found = aligned(
            "the levee will never break",
            &[],
            "so the levee will not break now",
        );
        assert_eq!(found.cost, 1);
        assert!(found.steps.contains(&Step::Changed { quote: 3, other: 4 }));
        assert_eq!((found.other_start, found.other_end), (1, 6));
    }
}
