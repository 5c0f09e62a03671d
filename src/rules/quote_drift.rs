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
use crate::record::align::align;
use crate::record::Wording;
use rustc_hash::FxHashMap as HashMap;

pub struct QuoteDrift;

/// Quotes shorter than this are phrases ("a disgrace") that drafts rightly vary, or short
/// sentences a speaker says twice in different words ("I don't believe in the devil." / "Of
/// course I believe in the devil.").
const MIN_WORDS: usize = 7;
/// The share of the shorter quote's words that must come in order in the longer.
const SAME_QUOTE: f64 = 0.8;
/// Earlier quotes one quote is compared with, those sharing the most word runs with it.
const MOST_CANDIDATES: usize = 4;

impl Check for QuoteDrift {
    fn rule(&self) -> Rule {
        Rule::QuoteDrift
    }

    fn check(&self, cx: &Context, findings: &mut Vec<Finding>) {
        let quotes: Vec<Telling> = cx
            .article
            .quotes
            .iter()
            .filter(|q| q.is_speech() && q.closed && !is_credited_title(cx.text, q))
            .filter_map(|q| Telling::of(cx.text, q))
            .collect();
        if quotes.len() < 2 {
            return;
        }
        // Identical wordings never drift, and a draft may give one quote many times: only
        // distinct wordings are compared, each at its first telling, and every telling of a
        // wording that drifted is flagged.
        let wordings = Distinct::of(&quotes);
        let firsts: Vec<&Telling> = wordings.firsts.iter().map(|&q| &quotes[q]).collect();
        let shared = shared_runs(&firsts);
        let drifted_from: Vec<Option<usize>> = (0..firsts.len())
            .map(|later| {
                shared
                    .candidates_of(later)
                    .take(MOST_CANDIDATES)
                    .find(|&earlier| drifts(firsts[earlier], firsts[later]))
            })
            .collect();
        for (telling, &wording) in quotes.iter().zip(&wordings.of_quote) {
            if let Some(earlier) = drifted_from[wording] {
                findings.push(finding(cx.text, firsts[earlier], telling));
            }
        }
    }
}

/// The distinct wordings of a draft's quotes: each wording's first telling, and which wording
/// each quote gives.
struct Distinct {
    firsts: Vec<usize>,
    of_quote: Vec<usize>,
}

impl Distinct {
    fn of(quotes: &[Telling]) -> Distinct {
        let mut seen: HashMap<(&[u64], &[bool]), usize> = HashMap::default();
        let mut firsts = Vec::new();
        let of_quote = quotes
            .iter()
            .enumerate()
            .map(|(q, telling)| {
                let key = (
                    telling.wording.words.as_slice(),
                    telling.wording.gap_before.as_slice(),
                );
                *seen.entry(key).or_insert_with(|| {
                    firsts.push(q);
                    firsts.len() - 1
                })
            })
            .collect();
        Distinct { firsts, of_quote }
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

fn shared_runs(quotes: &[&Telling]) -> SharedRuns {
    let mut runs: Vec<(u64, usize)> = quotes
        .iter()
        .enumerate()
        .flat_map(|(index, telling)| telling.wording.runs().map(move |(_, run)| (run, index)))
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

/// A quote with its words as compared (`record::Wording`, shared with the record check).
struct Telling<'a> {
    quote: &'a Quote,
    wording: Wording,
}

impl<'a> Telling<'a> {
    fn of(text: &str, quote: &'a Quote) -> Option<Telling<'a>> {
        let wording = Wording::of(text, quote.content);
        (wording.len() >= MIN_WORDS).then_some(Telling { quote, wording })
    }
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
fn drifts(a: &Telling, b: &Telling) -> bool {
    let (short, long) = if a.wording.len() <= b.wording.len() {
        (&a.wording, &b.wording)
    } else {
        (&b.wording, &a.wording)
    };
    // Two edited excerpts may leave out different words of one quotation: only a fuller
    // telling shows whether either changed it.
    if a.wording.edited() && b.wording.edited() {
        return false;
    }
    let alignment = align(&short.words, &short.gap_before, &long.words);
    !alignment.is_faithful() && alignment.same as f64 >= SAME_QUOTE * short.len() as f64
}

fn finding(text: &str, earlier: &Telling, later: &Telling) -> Finding {
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
    fn a_newsletters_credited_title_is_no_quote_even_with_an_attribution_put_in() {
        let draft = "Digest\n\nFAREWELL—\"The Living Room to close at the end of December,\" by Times' Ben Sisario: \"The Living Room, a nightclub, will close at the end of this December.\"\n\nNOW—\"The Living Room to close at the end of December,\" Email said by Times' Ben Sisario: \"The Living Room, a nightclub, will close at the end of this December.\"\n";
        assert!(flagged(Rule::QuoteDrift, draft).is_empty());
    }

    #[test]
    fn different_quotes_and_short_phrases_are_left_alone() {
        let draft = "Levee\n\n“The levee will hold through the spring,” Ortiz said. “The state will pay for the repairs this year,” she added.\n\nCritics called it “a disgrace” and “a total disgrace”.\n";
        assert!(flagged(Rule::QuoteDrift, draft).is_empty());
    }

    #[test]
    fn every_telling_of_a_drifted_wording_is_flagged_once_each() {
        let draft = "Levee\n\n“The levee will hold through the spring floods,” Ortiz said.\n\n“The levee will hold through all the spring floods,” she said.\n\n“The levee will hold through the spring floods,” she said again.\n\n“The levee will hold through all the spring floods,” she said once more.\n";
        assert_eq!(
            flagged(Rule::QuoteDrift, draft),
            [
                "The levee will hold through all the spring floods,",
                "The levee will hold through all the spring floods,"
            ]
        );
    }
}
