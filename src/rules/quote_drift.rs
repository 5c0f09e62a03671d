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
use rustc_hash::FxHashMap as HashMap;

pub struct QuoteDrift;

/// Quotes shorter than this are phrases ("a disgrace") that drafts rightly vary, or short
/// sentences a speaker says twice in different words ("I don't believe in the devil." / "Of
/// course I believe in the devil.").
const MIN_WORDS: usize = 7;
/// The share of the shorter quote's words that must come in order in the longer.
const SAME_QUOTE: f64 = 0.8;
/// Words compared per quote: enough for any quotation, and a bound on the comparison's cost.
const MOST_WORDS: usize = 150;
/// Earlier quotes one quote is compared with, of those sharing its word runs.
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
        // Each run of three words, with the quotes that hold it: only quotes sharing runs are
        // compared, so a draft of many quotes is not read pair by pair.
        let mut runs: HashMap<[&str; 3], Vec<usize>> = HashMap::default();
        for (later, wording) in quotes.iter().enumerate() {
            let mut shared: HashMap<usize, usize> = HashMap::default();
            for run in wording.runs() {
                let holders = runs.entry(run).or_default();
                for &earlier in holders.iter() {
                    *shared.entry(earlier).or_default() += 1;
                }
                if holders.last() != Some(&later) {
                    holders.push(later);
                }
            }
            let mut candidates: Vec<(usize, usize)> = shared.into_iter().collect();
            candidates.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let drifted = candidates
                .iter()
                .take(MOST_CANDIDATES)
                .map(|&(earlier, _)| &quotes[earlier])
                .find(|earlier| drifts(earlier, wording));
            if let Some(earlier) = drifted {
                findings.push(finding(cx.text, earlier, wording));
            }
        }
    }
}

/// A quote's words as compared: lower case, apostrophes alike, punctuation dropped, with where
/// the writer marked an omission and what they put in brackets.
struct Wording<'a> {
    quote: &'a Quote,
    words: Vec<String>,
    /// Before each word: whether an ellipsis stands between it and the word before.
    gap_before: Vec<bool>,
}

impl<'a> Wording<'a> {
    fn of(text: &str, quote: &'a Quote) -> Option<Wording<'a>> {
        let content = quote.content.slice(text);
        let mut words = Vec::new();
        let mut gap_before = Vec::new();
        let mut gap = false;
        let mut bracketed = false;
        for raw in content.split(|c: char| c.is_whitespace() || matches!(c, '—' | '–')) {
            if raw.contains('…') || raw.contains("...") {
                gap = true;
            }
            if raw.starts_with('[') {
                bracketed = true;
            }
            let word = normalise(raw);
            let inserted = bracketed;
            if raw.contains(']') {
                bracketed = false;
            }
            // Words in brackets are the writer's, not the speaker's: left out, like a gap.
            if inserted {
                gap = true;
                continue;
            }
            if word.is_empty() {
                continue;
            }
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

    fn runs(&self) -> impl Iterator<Item = [&str; 3]> + '_ {
        self.words
            .windows(3)
            .map(|w| [w[0].as_str(), w[1].as_str(), w[2].as_str()])
    }

    /// The stretches the writer quoted without a gap, in order.
    fn stretches(&self) -> Vec<&[String]> {
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

/// A story's title with its writer's credit (`"Hamilton' to play Chicago," by Post's Jane
/// Doe`), as newsletters list them: a headline, not words anyone said.
fn is_credited_title(text: &str, quote: &Quote) -> bool {
    let after = text[quote.span.end..].trim_start_matches([',', ' ']);
    after.starts_with("by ")
}

fn normalise(raw: &str) -> String {
    raw.chars()
        .filter_map(|c| match c {
            '’' | '‘' | '\'' => Some('\''),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .trim_matches('\'')
        .to_string()
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
fn is_excerpt(short: &Wording, long: &[String]) -> bool {
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
fn common_in_order(a: &[String], b: &[String]) -> usize {
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
    fn different_quotes_and_short_phrases_are_left_alone() {
        let draft = "Levee\n\n“The levee will hold through the spring,” Ortiz said. “The state will pay for the repairs this year,” she added.\n\nCritics called it “a disgrace” and “a total disgrace”.\n";
        assert!(flagged(Rule::QuoteDrift, draft).is_empty());
    }
}
