//! Quotes checked against a record, on the real corpus (COPYDESK_CORPUS): for each PolNeAR and
//! BBC article, a record is built from the article's own quotes as copydesk reads them (those
//! with a named speaker), each under its speaker's label among invented filler turns (a
//! moderator, questions, timestamps, bold and titled labels, quotes broken over two lines).
//! Checked against it, the article must raise nothing; then a share of its quotes is perturbed
//! (a word changed, a clause taken out of the middle, the record's label given to someone else)
//! and each perturbation must be flagged by its rule.
//!
//! Run: `COPYDESK_CORPUS=../shared/corpus cargo test --test corpus_record -- --nocapture`

mod common;

use common::{corpus, txt_files};
use copydesk::article::{Quote, SpeakerKind};
use copydesk::record::{Record, SourceText, Wording};
use copydesk::rules::Rule;
use copydesk::{analyze, analyze_with_record, Config, Format};
use std::path::Path;

/// Every how-many-th eligible quote of an article is perturbed.
const PERTURB_EVERY: usize = 3;
/// Words a quote needs for a word to change or a clause to go in its middle.
const FEWEST_WORDS: usize = 6;
/// A name no article uses, for the swapped label.
const STRANGER: &str = "HALVORSEN";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Perturbation {
    ChangedWord,
    DroppedClause,
    SwappedLabel,
}

impl Perturbation {
    const ALL: [Perturbation; 3] = [
        Perturbation::ChangedWord,
        Perturbation::DroppedClause,
        Perturbation::SwappedLabel,
    ];

    fn rule(self) -> Rule {
        match self {
            Perturbation::SwappedLabel => Rule::MisattributedQuote,
            _ => Rule::Misquote,
        }
    }
}

/// A quote of the article the record holds: its words and its speaker's label.
struct Spoken {
    content: std::ops::Range<usize>,
    label: String,
    words: usize,
}

#[derive(Default)]
struct Tally {
    articles: usize,
    clean_quotes: usize,
    false_findings: usize,
    tried: [usize; 3],
    caught: [usize; 3],
    missed: Vec<String>,
    false_shown: Vec<String>,
}

#[test]
fn perturbed_quotes_are_flagged_and_faithful_ones_are_not() {
    let Some(root) = corpus() else { return };
    let mut tally = Tally::default();
    let sets = [
        ("PolNeAR", txt_files(&root.join("quotes/polnear/text"))),
        ("BBC", txt_files(&root.join("bbc/text"))),
    ];
    for (name, files) in &sets {
        assert!(
            !files.is_empty(),
            "no {name} articles under {}",
            root.display()
        );
        for file in files {
            check_article(file, &mut tally);
        }
    }
    report(&tally);
    let tried: usize = tally.tried.iter().sum();
    let caught: usize = tally.caught.iter().sum();
    assert!(tried > 1000, "too few perturbations to judge: {tried}");
    assert!(
        caught as f64 >= 0.97 * tried as f64,
        "{caught} of {tried} perturbations flagged by their rule"
    );
    assert!(
        tally.false_findings * 200 <= tally.clean_quotes,
        "{} false findings on {} faithful quotes",
        tally.false_findings,
        tally.clean_quotes
    );
}

fn check_article(file: &Path, tally: &mut Tally) {
    let Ok(text) = std::fs::read_to_string(file) else {
        return;
    };
    let config = Config::default();
    let article = analyze(&text, Format::PlainText, &config).article;
    let spoken = spoken_quotes(&text, &article.quotes);
    if spoken.is_empty() {
        return;
    }
    tally.articles += 1;
    // Faithful: every quote as the record holds it.
    let record = record_of(&text, &spoken, &[]);
    let clean = analyze_with_record(&text, Format::PlainText, &config, &record);
    tally.clean_quotes += spoken.len();
    for finding in clean
        .findings
        .iter()
        .filter(|f| matches!(f.rule, Rule::Misquote | Rule::MisattributedQuote))
    {
        tally.false_findings += 1;
        tally.false_shown.push(format!(
            "{}: {}: “{}” {}",
            file.display(),
            finding.rule,
            finding.span.slice(&text),
            finding.message
        ));
    }
    perturbed(file, &text, &spoken, tally);
}

/// The quotes the record is built from: speech, closed, with a named speaker the draft is sure
/// of; the same words by the same speaker once.
fn spoken_quotes(text: &str, quotes: &[Quote]) -> Vec<Spoken> {
    let mut spoken: Vec<Spoken> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for quote in quotes.iter().filter(|q| q.is_speech() && q.closed) {
        let Some(attribution) = &quote.attribution else {
            continue;
        };
        let named = attribution.kind == SpeakerKind::Name || attribution.person.is_some();
        let words = Wording::of(text, quote.content).len();
        let Some(label) = surname(&attribution.speaker) else {
            continue;
        };
        let once = seen.insert((quote.content.slice(text), label.clone()));
        if !named || attribution.unsure() || words < 3 || !once {
            continue;
        }
        spoken.push(Spoken {
            content: quote.content.start..quote.content.end,
            label,
            words,
        });
    }
    spoken
}

fn surname(speaker: &str) -> Option<String> {
    speaker
        .split_whitespace()
        .rev()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .find(|word| {
            !word.is_empty() && !matches!(word.to_lowercase().as_str(), "jr" | "sr" | "ii" | "iii")
        })
        .map(str::to_string)
}

/// The record: the quotes in order, each under its label (or the stranger's, for the quotes
/// at `swapped`), among invented turns, in the label styles transcripts use.
fn record_of(text: &str, spoken: &[Spoken], swapped: &[usize]) -> Record {
    let mut record = String::from("MODERATOR: Good morning, and thank you all for coming.\n");
    for (index, quote) in spoken.iter().enumerate() {
        let label = if swapped.contains(&index) {
            STRANGER.to_string()
        } else {
            quote.label.clone()
        };
        let words = text[quote.content.clone()]
            .split_whitespace()
            .collect::<Vec<_>>();
        let minutes = index % 60;
        let said = match index % 2 {
            // Broken over two lines, as captions and hand transcripts break them.
            0 if words.len() > 8 => format!(
                "{}\n{}",
                words[..words.len() / 2].join(" "),
                words[words.len() / 2..].join(" ")
            ),
            _ => words.join(" "),
        };
        let turn = match index % 4 {
            0 => format!("{}: {said}", label.to_uppercase()),
            1 => format!("[00:{minutes:02}:14] {}: {said}", label.to_uppercase()),
            2 => format!("**{label}:** {said}"),
            _ => format!("Mr. {label}: {said}"),
        };
        record.push_str(&turn);
        record.push_str("\nQ: Can you say more about that? A: Yes, of course.\n");
        if index % 5 == 4 {
            record.push_str("MODERATOR: We have time for a few more questions.\n\n");
        }
    }
    Record::new(vec![SourceText {
        path: "record.txt".to_string(),
        text: record,
    }])
}

/// Perturbs every third eligible quote (changed word, dropped clause, swapped label in turn)
/// and counts those flagged by their rule on the quote's words.
fn perturbed(file: &Path, text: &str, spoken: &[Spoken], tally: &mut Tally) {
    let chosen: Vec<(usize, Perturbation)> = spoken
        .iter()
        .enumerate()
        .filter(|(_, q)| q.words >= FEWEST_WORDS)
        .step_by(PERTURB_EVERY)
        .enumerate()
        .map(|(n, (index, _))| (index, Perturbation::ALL[(n + tally.articles) % 3]))
        .collect();
    let mut draft = String::with_capacity(text.len());
    let mut at = 0;
    let mut spans = Vec::new();
    for &(index, kind) in &chosen {
        let range = spoken[index].content.clone();
        let words = match kind {
            Perturbation::SwappedLabel => Some(text[range.clone()].to_string()),
            Perturbation::ChangedWord => changed_word(&text[range.clone()]),
            Perturbation::DroppedClause => dropped_clause(&text[range.clone()]),
        };
        let Some(words) = words else { continue };
        draft.push_str(&text[at..range.start]);
        spans.push((index, kind, draft.len()..draft.len() + words.len()));
        draft.push_str(&words);
        at = range.end;
    }
    draft.push_str(&text[at..]);
    let swapped: Vec<usize> = spans
        .iter()
        .filter(|(_, kind, _)| *kind == Perturbation::SwappedLabel)
        .map(|(index, _, _)| *index)
        .collect();
    let record = record_of(text, spoken, &swapped);
    let analysis = analyze_with_record(&draft, Format::PlainText, &Config::default(), &record);
    for (_, kind, span) in spans {
        let slot = kind as usize;
        tally.tried[slot] += 1;
        let caught = analysis
            .findings
            .iter()
            .any(|f| f.rule == kind.rule() && f.span.start < span.end && span.start < f.span.end);
        if caught {
            tally.caught[slot] += 1;
        } else {
            tally
                .missed
                .push(format!("{}: {kind:?}: “{}”", file.display(), &draft[span]));
        }
    }
}

/// The quote with a word of its second half (three letters or more, outside brackets, not
/// the last) changed.
fn changed_word(quote: &str) -> Option<String> {
    let words: Vec<&str> = quote.split(' ').collect();
    let mut depth = 0i32;
    let outside: Vec<bool> = words
        .iter()
        .map(|word| {
            let before = depth;
            depth += word.matches('[').count() as i32 - word.matches(']').count() as i32;
            before == 0 && depth == 0 && !word.contains(['[', ']'])
        })
        .collect();
    let middle = (words.len() / 2..words.len() - 1)
        .find(|&i| outside[i] && words[i].chars().filter(|c| c.is_alphabetic()).count() >= 3)?;
    let mut changed = words.clone();
    changed[middle] = if words[middle].eq_ignore_ascii_case("never") {
        "always"
    } else {
        "never"
    };
    Some(changed.join(" "))
}

/// The quote with a clause taken out of its middle, as a writer shortens a quote and forgets
/// the ellipsis: from one inner comma to the next, or else a few words (a quarter of them, two
/// to five), leaving at least five words, some on each side.
fn dropped_clause(quote: &str) -> Option<String> {
    let count = |s: &str| s.split_whitespace().count();
    let total = count(quote);
    let commas: Vec<usize> = quote.match_indices(", ").map(|(at, _)| at).collect();
    for pair in commas.windows(2) {
        let kept = format!("{}{}", &quote[..pair[0]], &quote[pair[1]..]);
        let sides = count(&quote[..pair[0]]) >= 2 && count(&quote[pair[1] + 1..]) >= 2;
        if sides && count(&kept) >= 5 && count(&kept) * 3 >= total * 2 {
            return Some(kept);
        }
    }
    let words: Vec<&str> = quote.split(' ').collect();
    let dropped = (words.len() / 4).clamp(2, 5);
    let from = words.len() / 2 - dropped / 2;
    let kept: Vec<&str> = words[..from]
        .iter()
        .chain(&words[from + dropped..])
        .copied()
        .collect();
    (kept.len() >= 5 && from >= 2).then(|| kept.join(" "))
}

fn report(tally: &Tally) {
    let show = std::env::var_os("COPYDESK_EVAL_SHOW").is_some();
    println!("articles with quotes the record holds: {}", tally.articles);
    for kind in Perturbation::ALL {
        let slot = kind as usize;
        println!(
            "{kind:?} ({}): {} of {} flagged ({:.3})",
            kind.rule(),
            tally.caught[slot],
            tally.tried[slot],
            tally.caught[slot] as f64 / tally.tried[slot].max(1) as f64
        );
    }
    println!(
        "faithful quotes: {}, false findings: {} ({:.2} per 200)",
        tally.clean_quotes,
        tally.false_findings,
        tally.false_findings as f64 * 200.0 / tally.clean_quotes.max(1) as f64
    );
    let shown = if show { usize::MAX } else { 10 };
    for line in tally.missed.iter().take(shown) {
        println!("  missed {line}");
    }
    for line in tally.false_shown.iter().take(shown) {
        println!("  false {line}");
    }
}
