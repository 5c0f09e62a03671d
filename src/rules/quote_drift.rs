//! `quote-drift`: the same quotation given twice in one draft with different words (the
//! headline's or the lede's version against the body's). One of them is a misquote; the record
//! says which, so the finding offers no fix.
//!
//! Two quotes are the same quotation when most of the shorter one's words (`SAME_QUOTE`) come in
//! the same order in the longer. They agree when the shorter is an excerpt of the longer: its
//! words run on in it, with an ellipsis (… or ...) for what was left out and [brackets] for
//! words the writer put in, as style guides allow.

use super::{Check, Context, Rule};
use crate::article::quotes::Quote;
use crate::finding::Finding;
use rustc_hash::{FxHashMap as HashMap, FxHasher};
use std::hash::{Hash, Hasher};

pub struct QuoteDrift;

/// Quotes shorter than this are phrases ("a disgrace") that drafts rightly vary, or short
/// sentences a speaker says twice in different words ("I don't believe in the devil." / "Of
/// course I believe in the devil.").
const MIN_WORDS: usize = 7;
/// The share of the shorter quote's words that must come in order in the longer.
const SAME_QUOTE: f64 = 0.8;
/// Words compared per quote: enough for any quotation, and a bound on the comparison's cost.
const MOST_WORDS: usize = 150;
/// Earlier quotes one quote is compared with, those sharing the most word runs with it.
const MOST_CANDIDATES: usize = 4;

impl Check for QuoteDrift {
    fn rule(&self) -> Rule {
        Rule::QuoteDrift
    }

    fn check(&self, cx: &Context, findings: &mut Vec<Finding>) {
        let quotes: Vec<Wording> = cx
            .article
            .quotes
            .iter()
            .filter(|q| q.is_speech() && q.closed && !is_credited_title(cx.text, q))
            .filter_map(|q| Wording::of(cx.text, q))
            .collect();
        if quotes.len() < 2 {
            return;
        }
        let shared = shared_runs(&quotes);
        for (later, wording) in quotes.iter().enumerate() {
            let drifted = shared
                .candidates_of(later)
                .take(MOST_CANDIDATES)
                .map(|earlier| &quotes[earlier])
                .find(|earlier| drifts(earlier, wording));
            if let Some(earlier) = drifted {
                findings.push(finding(cx.text, earlier, wording));
            }
        }
    }
}

/// The pairs of quotes that share a run of three words, and how many: only those are compared,
/// so a draft of many quotes is not read pair by pair. Made from one sorted list of every run,
/// which costs far less than a table keyed by run for the few runs any two quotes share.
struct SharedRuns {
    /// (later, earlier, runs shared), the later quote's candidates by most runs shared.
    pairs: Vec<(usize, usize, usize)>,
}

impl SharedRuns {
    fn candidates_of(&self, later: usize) -> impl Iterator<Item = usize> + '_ {
        let first = self.pairs.partition_point(|p| p.0 < later);
        self.pairs[first..]
            .iter()
            .take_while(move |p| p.0 == later)
            .map(|p| p.1)
    }
}

fn shared_runs(quotes: &[Wording]) -> SharedRuns {
    let mut runs: Vec<(u64, usize)> = quotes
        .iter()
        .enumerate()
        .flat_map(|(index, wording)| wording.runs().map(move |run| (run, index)))
        .collect();
    runs.sort_unstable();
    runs.dedup();
    let mut counted: HashMap<(usize, usize), usize> = HashMap::default();
    for group in runs.chunk_by(|a, b| a.0 == b.0).filter(|g| g.len() > 1) {
        for (i, &(_, earlier)) in group.iter().enumerate() {
            for &(_, later) in &group[i + 1..] {
                *counted.entry((later, earlier)).or_default() += 1;
            }
        }
    }
    let mut pairs: Vec<(usize, usize, usize)> = counted
        .into_iter()
        .map(|((later, earlier), shared)| (later, earlier, shared))
        .collect();
    pairs.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.2.cmp(&a.2)).then(a.1.cmp(&b.1)));
    SharedRuns { pairs }
}

/// A quote's words as compared, each folded (lower case, apostrophes and punctuation dropped)
/// and kept as its hash: comparing quotes compares words many times over, and a hash needs no
/// string of its own. With where the writer marked an omission or put words in brackets.
struct Wording<'a> {
    quote: &'a Quote,
    words: Vec<u64>,
    /// Before each word: whether an ellipsis or bracketed words stand between it and the one
    /// before.
    gap_before: Vec<bool>,
}

impl<'a> Wording<'a> {
    fn of(text: &str, quote: &'a Quote) -> Option<Wording<'a>> {
        let content = quote.content.slice(text);
        let mut words = Vec::new();
        let mut gap_before = Vec::new();
        let mut gap = false;
        let mut bracketed = false;
        // Most quotes carry no editing mark: their words are not searched for one.
        let marked = content.contains(['…', '[']) || content.contains("...");
        for raw in content.split(|c: char| c.is_whitespace() || matches!(c, '—' | '–')) {
            if marked && (raw.contains('…') || raw.contains("...")) {
                gap = true;
            }
            if marked && raw.starts_with('[') {
                bracketed = true;
            }
            let inserted = bracketed;
            if marked && raw.contains(']') {
                bracketed = false;
            }
            // Words in brackets are the writer's, not the speaker's: left out, like a gap.
            if inserted {
                gap = true;
                continue;
            }
            let Some(word) = folded_hash(raw) else {
                continue;
            };
            words.push(word);
            gap_before.push(std::mem::take(&mut gap));
            if words.len() == MOST_WORDS {
                break;
            }
        }
        (words.len() >= MIN_WORDS).then_some(Wording {
            quote,
            words,
            gap_before,
        })
    }

    /// The writer marked an omission or put words in.
    fn edited(&self) -> bool {
        self.gap_before.iter().any(|&gap| gap)
    }

    /// Each run of three words, as one number.
    fn runs(&self) -> impl Iterator<Item = u64> + '_ {
        self.words.windows(3).map(|w| {
            let mut hasher = FxHasher::default();
            w.hash(&mut hasher);
            hasher.finish()
        })
    }

    /// The stretches the writer quoted without a gap, in order.
    fn stretches(&self) -> Vec<&[u64]> {
        let mut out = Vec::new();
        let mut start = 0;
        for i in 1..self.words.len() {
            if self.gap_before[i] {
                out.push(&self.words[start..i]);
                start = i;
            }
        }
        out.push(&self.words[start..]);
        out
    }
}

/// A word folded as compared (letters and digits in lower case, nothing else), as its hash;
/// `None` for a word with no letter or digit.
fn folded_hash(raw: &str) -> Option<u64> {
    let mut hasher = FxHasher::default();
    let mut any = false;
    // ASCII, most words, is folded byte by byte; the rest by its characters.
    if raw.is_ascii() {
        for b in raw.bytes().filter(u8::is_ascii_alphanumeric) {
            hasher.write_u32(u32::from(b.to_ascii_lowercase()));
            any = true;
        }
        return any.then(|| hasher.finish());
    }
    for c in raw.chars().filter(|c| c.is_alphanumeric()) {
        for lower in c.to_lowercase() {
            hasher.write_u32(u32::from(lower));
        }
        any = true;
    }
    any.then(|| hasher.finish())
}

/// A story's title with its writer's credit (`"Hamilton' to play Chicago," by Post's Jane
/// Doe`), as newsletters list them: a headline, not words anyone said. The credit is looked for
/// a few words on, so that an attribution put in after the title (a fix) leaves it a title.
fn is_credited_title(text: &str, quote: &Quote) -> bool {
    const CREDIT_WITHIN: usize = 40;
    let end =
        crate::text::floor_char_boundary(text, (quote.span.end + CREDIT_WITHIN).min(text.len()));
    let after = &text[quote.span.end..end];
    let line = after.split('\n').next().unwrap_or("");
    let before_next_quote = line.split(crate::text::is_quote_mark).next().unwrap_or("");
    before_next_quote
        .split(|c: char| !c.is_alphabetic())
        .any(|word| word == "by")
}

/// The same quotation, worded differently: most of the shorter's words in order in the longer,
/// and the shorter no excerpt of it (a word left out, changed or put in without brackets).
fn drifts(a: &Wording, b: &Wording) -> bool {
    let (short, long) = if a.words.len() <= b.words.len() {
        (a, b)
    } else {
        (b, a)
    };
    // Two edited excerpts may leave out different words of one quotation: only a fuller
    // telling shows whether either changed it.
    if is_excerpt(short, &long.words) || a.edited() && b.edited() {
        return false;
    }
    common_in_order(&short.words, &long.words) as f64 >= SAME_QUOTE * short.words.len() as f64
}

/// Whether each stretch of `short` runs on, word for word, in `long`, each after the last.
fn is_excerpt(short: &Wording, long: &[u64]) -> bool {
    let mut from = 0;
    for stretch in short.stretches() {
        let found = (from..=long.len().saturating_sub(stretch.len()))
            .find(|&at| long[at..].starts_with(stretch));
        match found {
            Some(at) => from = at + stretch.len(),
            None => return false,
        }
    }
    true
}

/// How many words of `a` come in the same order in `b` (their longest common subsequence).
fn common_in_order(a: &[u64], b: &[u64]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for word in a {
        let mut diagonal = 0;
        for (j, other) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if word == other {
                diagonal + 1
            } else {
                above.max(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

fn finding(text: &str, earlier: &Wording, later: &Wording) -> Finding {
    let shown: String = earlier.quote.content.slice(text).chars().take(80).collect();
    let cut = if shown.len() < earlier.quote.content.len() {
        "…"
    } else {
        ""
    };
    let line = text[..earlier.quote.span.start].matches('\n').count() + 1;
    Finding::new(
        Rule::QuoteDrift,
        later.quote.content,
        format!(
            "This quote is given on line {line} with other words (“{shown}{cut}”): one of them is not what was said"
        ),
    )
    .with_related(earlier.quote.content, "the other wording")
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::flagged;
    use crate::rules::Rule;

    #[test]
    fn an_ascii_word_folds_as_the_same_word_read_by_characters() {
        // The ASCII lane against the general one: "Don't" beside "dON’T" (curly apostrophe).
        assert_eq!(super::folded_hash("Don't,"), super::folded_hash("dON’T"));
        assert_eq!(super::folded_hash("café"), super::folded_hash("CAFÉ"));
        assert_ne!(super::folded_hash("cafe"), super::folded_hash("café"));
        assert_eq!(super::folded_hash("—"), None);
    }

    #[test]
    fn the_same_quote_in_other_words_is_flagged_at_its_second_telling() {
        let draft = "Mayor vows levee “will hold through the spring floods”\n\n“The levee will hold through the spring floods,” Mayor Ana Ortiz said.\n\nLater she repeated: “The levee will hold through all the spring floods.”\n";
        assert_eq!(
            flagged(Rule::QuoteDrift, draft),
            ["The levee will hold through all the spring floods."]
        );
    }

    #[test]
    fn an_excerpt_with_ellipses_and_brackets_agrees() {
        let draft = "Levee\n\n“We knew the levee was weak, and we told the state every spring,” Ortiz said.\n\nShe said later: “We knew the levee was weak … we told the state every spring.” And: “We knew [it] was weak, and we told the state every spring.”\n";
        assert!(flagged(Rule::QuoteDrift, draft).is_empty());
    }

    #[test]
    fn a_newsletters_credited_title_is_no_quote_even_with_an_attribution_put_in() {
        let draft = "Digest\n\nFAREWELL—\"The Living Room to close at the end of December,\" by Times' Ben Sisario: \"The Living Room, a nightclub, will close at the end of this December.\"\n\nNOW—\"The Living Room to close at the end of December,\" Email said by Times' Ben Sisario: \"The Living Room, a nightclub, will close at the end of this December.\"\n";
        assert!(flagged(Rule::QuoteDrift, draft).is_empty());
    }

    #[test]
    fn different_quotes_and_short_phrases_are_left_alone() {
        let draft = "Levee\n\n“The levee will hold through the spring,” Ortiz said. “The state will pay for the repairs this year,” she added.\n\nCritics called it “a disgrace” and “a total disgrace”.\n";
        assert!(flagged(Rule::QuoteDrift, draft).is_empty());
    }
}
