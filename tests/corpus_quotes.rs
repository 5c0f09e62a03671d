//! Quote accuracy on the real corpus (COPYDESK_CORPUS, e.g. ../shared/corpus), measured through
//! `copydesk::analyze`, with the numbers printed for docs/quotes-accuracy.md:
//!
//! - PolNeAR: quote spans found against the corpus's `quotes` list (closed, attributed, over 40
//!   characters), and the named speaker's surname in our speaker, as the corpus evaluation does;
//!   pronoun and description speakers reported apart.
//! - BBC and Reuters: `unattributed-quote` per article (each one listed with
//!   COPYDESK_EVAL_SHOW=1), and `follow-on-quote` per article on every set.
//! - Recall under deletion: the attribution clause after the first quote of a paragraph
//!   (`“…,” Smith said.`) is deleted (`“….”`); the quote must then be flagged.
//!
//! Run: `COPYDESK_CORPUS=../shared/corpus cargo test --release --test corpus_quotes -- --nocapture`

use copydesk::article::quotes::{AttributionSource, QuoteKind};
use copydesk::rules::Rule;
use copydesk::{analyze, Analysis, Config, Format};

mod common;

use common::txt_files;
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

fn corpus() -> Option<PathBuf> {
    match std::env::var_os("COPYDESK_CORPUS") {
        Some(dir) => Some(PathBuf::from(dir)),
        None => {
            println!("skipped: COPYDESK_CORPUS not set");
            None
        }
    }
}

fn show() -> bool {
    std::env::var_os("COPYDESK_EVAL_SHOW").is_some()
}

fn news(root: &Path) -> Vec<(&'static str, Vec<PathBuf>)> {
    vec![
        ("BBC", txt_files(&root.join("bbc/text"))),
        ("Reuters", txt_files(&root.join("reuters/text"))),
    ]
}

fn check(text: &str) -> Analysis {
    analyze(text, Format::PlainText, &Config::default())
}

fn count(analysis: &Analysis, rule: Rule) -> usize {
    analysis.findings.iter().filter(|f| f.rule == rule).count()
}

fn fold(s: &str) -> String {
    s.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase()
}

/// The surname of a gold speaker mention as the corpus script reads it: the last word before
/// any comma.
fn surname_of(folded: &str) -> String {
    folded
        .split(',')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .last()
        .unwrap_or("")
        .trim_matches(['.', ','])
        .to_string()
}

const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "who",
];

#[test]
fn polnear_quotes_found_and_speakers() {
    let Some(root) = corpus() else { return };
    let base = root.join("quotes/polnear");
    let Ok(lines) = std::fs::read_to_string(base.join("polnear.jsonl")) else {
        println!("skipped: no polnear.jsonl");
        return;
    };
    let (mut total, mut found, mut named, mut right, mut script_right) = (0, 0, 0, 0, 0);
    let (mut pronoun_gold, mut pronoun_attributed, mut description_gold, mut description_right) =
        (0, 0, 0, 0);
    let mut misses = Vec::new();
    for line in lines.lines() {
        let record: serde_json::Value = serde_json::from_str(line).expect("json");
        let text = record["text"].as_str().unwrap_or("");
        let bytes: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(text.len()))
            .collect();
        let analysis = check(text);
        let spans: Vec<(usize, usize, Option<String>)> = analysis
            .article
            .quotes
            .iter()
            .map(|q| {
                (
                    q.span.start,
                    q.span.end,
                    q.attribution.as_ref().map(|a| a.speaker.clone()),
                )
            })
            .collect();
        for gold in record["quotes"].as_array().into_iter().flatten() {
            let text_len = gold["text"].as_str().map_or(0, |t| t.chars().count());
            if gold["attribution_id"].is_null() || gold["closed"] != true || text_len <= 40 {
                continue;
            }
            total += 1;
            let start = gold["start"].as_u64().unwrap_or(0) as usize;
            let end = gold["end"].as_u64().unwrap_or(0) as usize;
            let (mut best, mut cover) = (None, 0);
            for (s, e, speaker) in &spans {
                let (s, e) = (
                    bytes.partition_point(|&b| b < *s),
                    bytes.partition_point(|&b| b < *e),
                );
                let overlap = e.min(end) as i64 - s.max(start) as i64;
                if overlap > cover as i64 {
                    best = speaker.clone();
                    cover = overlap as usize;
                }
            }
            let gold_text: String = text[bytes[start]..bytes[end]].to_string();
            if cover * 2 < end - start {
                misses.push(format!(
                    "MISSED {}: {}",
                    record["id"],
                    gold_text.chars().take(90).collect::<String>()
                ));
                continue;
            }
            found += 1;
            let Some(gold_speaker) = gold["speaker"].as_str() else {
                continue;
            };
            let folded = fold(gold_speaker);
            let ours = fold(best.as_deref().unwrap_or(""))
                .replace("’s", "")
                .replace("'s", "");
            let tokens: Vec<&str> = ours
                .split_whitespace()
                .map(|t| t.trim_matches(['.', ',']))
                .collect();
            if PRONOUNS.contains(&folded.as_str()) {
                pronoun_gold += 1;
                pronoun_attributed += usize::from(best.is_some());
            } else if gold_speaker.chars().next().is_some_and(char::is_uppercase)
                && gold_speaker.split_whitespace().count() <= 4
            {
                named += 1;
                let surname = surname_of(&folded);
                // The measure: the gold mention's surname, with a trailing party and
                // state ("Sen. Chuck Schumer (D-N.Y.)") not taken for the surname. The corpus
                // script takes the parenthesis as the surname; both figures are printed.
                let bare = folded.split('(').next().unwrap_or("").trim().to_string();
                let corpus_script_right = tokens.contains(&surname.as_str());
                if corpus_script_right {
                    script_right += 1;
                }
                if corpus_script_right || tokens.contains(&surname_of(&bare).as_str()) {
                    right += 1;
                } else {
                    misses.push(format!(
                        "SPEAKER {}: gold {gold_speaker:?} ours {best:?}: {}",
                        record["id"],
                        gold_text.chars().take(70).collect::<String>()
                    ));
                }
            } else {
                description_gold += 1;
                let head = folded
                    .split_whitespace()
                    .last()
                    .unwrap_or("")
                    .trim_matches(['.', ','])
                    .to_string();
                description_right += usize::from(tokens.contains(&head.as_str()));
            }
        }
    }
    if show() {
        misses.iter().for_each(|m| println!("{m}"));
    }
    let found_rate = found as f64 / total.max(1) as f64;
    let named_rate = right as f64 / named.max(1) as f64;
    println!("PolNeAR: found {found_rate:.3} of {total} attributed quotes; named speaker right {named_rate:.3} of {named} ({:.4} as the corpus script reads surnames)", script_right as f64 / named.max(1) as f64);
    println!(
        "PolNeAR: pronoun speakers attributed {:.3} of {pronoun_gold}; description speakers with the head noun {:.3} of {description_gold}",
        pronoun_attributed as f64 / pronoun_gold.max(1) as f64,
        description_right as f64 / description_gold.max(1) as f64
    );
    assert!(
        found_rate >= 0.95 && named_rate >= 0.90,
        "targets: found ≥0.95, named speaker ≥0.90"
    );
}

#[test]
fn professional_copy_false_alarms_and_follow_on_rates() {
    let Some(root) = corpus() else { return };
    let mut unattributed = 0;
    let mut articles = 0;
    let (mut all_findings, mut all_articles) = (0, 0);
    let mut sets = news(&root);
    sets.push(("PolNeAR", txt_files(&root.join("quotes/polnear/text"))));
    for (name, paths) in &sets {
        let (mut follow_ons, mut alarms) = (0, 0);
        for path in paths {
            let Ok(text) = std::fs::read_to_string(path) else {
                continue;
            };
            let analysis = check(&text);
            follow_ons += count(&analysis, Rule::FollowOnQuote);
            let found = count(&analysis, Rule::UnattributedQuote);
            alarms += found;
            if show() && found > 0 {
                for f in analysis
                    .findings
                    .iter()
                    .filter(|f| f.rule == Rule::UnattributedQuote)
                {
                    let paragraph = analysis
                        .article
                        .structure
                        .paragraph_at(f.span.start)
                        .map(|p| analysis.article.structure.paragraphs[p].span);
                    let previous = analysis
                        .article
                        .structure
                        .paragraph_at(f.span.start)
                        .and_then(|p| p.checked_sub(1))
                        .map(|p| analysis.article.structure.paragraphs[p].span);
                    let at = f.span.start;
                    let from = text.floor_char_boundary(at.saturating_sub(200));
                    let around = &text[from..text.floor_char_boundary(at + 200)];
                    if std::env::var_os("COPYDESK_EVAL_SHORT").is_some() {
                        println!(
                            "UNATTRIBUTED {}\n  {}",
                            path.display(),
                            around.replace('\n', " ")
                        );
                    } else {
                        println!(
                            "UNATTRIBUTED {}\n  before: {}\n  here:   {}",
                            path.display(),
                            previous.map_or("", |s| s.slice(&text)),
                            paragraph.map_or("", |s| s.slice(&text))
                        );
                    }
                }
            }
        }
        let n = paths.len().max(1) as f64;
        println!("{name}: {} articles, unattributed-quote {:.4}/article ({alarms}), follow-on-quote {:.3}/article ({follow_ons})", paths.len(), alarms as f64 / n, follow_ons as f64 / n);
        if *name != "PolNeAR" {
            unattributed += alarms;
            articles += paths.len();
        }
        all_findings += alarms;
        all_articles += paths.len();
    }
    // Every finding over the three sets is read in docs/quotes-accuracy.md (15 in session 13,
    // two of them genuine lapses): the bar is one false alarm in 300 articles, and no
    // more than one finding in 250 keeps that bar with the lapses counted in.
    println!("BBC+Reuters+PolNeAR: unattributed-quote {all_findings} in {all_articles}");
    assert!(
        all_findings * 250 <= all_articles,
        "target: at most 1 unattributed-quote per 250 articles over BBC, Reuters and PolNeAR"
    );
    let rate = unattributed as f64 / articles.max(1) as f64;
    println!("BBC+Reuters: unattributed-quote {rate:.4}/article ({unattributed} in {articles})");
    assert!(
        rate <= 0.02,
        "target: at most 1 unattributed-quote per 50 articles"
    );
}

/// `“We told the state,” Ortiz said.` → `“We told the state.”`: the first quote of a paragraph
/// with its attribution clause after it, deleted. Returns the new text and the quote's start.
fn delete_attribution(text: &str, analysis: &Analysis) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut seen_paragraph = None;
    for q in &analysis.article.quotes {
        if seen_paragraph == Some(q.paragraph) {
            continue;
        }
        seen_paragraph = Some(q.paragraph);
        let Some(a) = &q.attribution else { continue };
        if q.kind != QuoteKind::Full
            || a.source != AttributionSource::Own
            || !q.is_speech()
            || !q.closed
        {
            continue;
        }
        let (Some(cue), Some(speaker)) = (a.cue_span, a.speaker_span) else {
            continue;
        };
        if cue.start < q.span.end
            || speaker.start < q.span.end
            || !q.content.slice(text).ends_with(',')
        {
            continue;
        }
        let paragraph = analysis.article.structure.paragraphs[q.paragraph].span;
        let rest = &text[q.span.end..paragraph.end];
        // The clause runs to the full stop that ends the sentence.
        let Some(stop) = rest
            .char_indices()
            .find(|&(i, c)| {
                c == '.'
                    && i + q.span.end >= cue.end.max(speaker.end)
                    && rest[i + 1..].chars().next().is_none_or(char::is_whitespace)
            })
            .map(|(i, _)| i)
        else {
            continue;
        };
        let close = &text[q.content.end..q.span.end];
        let mutated = format!(
            "{}.{}{}",
            &text[..q.content.end - 1],
            close,
            &text[q.span.end + stop + 1..]
        );
        out.push((mutated, q.span.start));
    }
    out
}

#[test]
fn recall_when_attribution_is_deleted() {
    let Some(root) = corpus() else { return };
    let mut sets = news(&root);
    sets.push(("PolNeAR", txt_files(&root.join("quotes/polnear/text"))));
    let (mut all, mut all_flagged) = (0, 0);
    for (name, paths) in &sets {
        let (mut cases, mut flagged, mut as_follow_on) = (0, 0, 0);
        for path in paths {
            let Ok(text) = std::fs::read_to_string(path) else {
                continue;
            };
            let analysis = check(&text);
            for (mutated, at) in delete_attribution(&text, &analysis) {
                cases += 1;
                let after = check(&mutated);
                let rule = after
                    .findings
                    .iter()
                    .find(|f| {
                        f.span.start == at
                            && matches!(f.rule, Rule::UnattributedQuote | Rule::FollowOnQuote)
                    })
                    .map(|f| f.rule);
                match rule {
                    Some(Rule::FollowOnQuote) => {
                        flagged += 1;
                        as_follow_on += 1;
                    }
                    Some(_) => flagged += 1,
                    None if show() => {
                        let q = after.article.quote_at(at).map(|i| &after.article.quotes[i]);
                        let p = q
                            .map(|q| {
                                after.article.structure.paragraphs[q.paragraph]
                                    .span
                                    .slice(&mutated)
                            })
                            .unwrap_or("");
                        println!(
                            "NOT FLAGGED {} {:?}\n  {}",
                            path.display(),
                            q.and_then(|q| q.attribution.as_ref())
                                .map(|a| (&a.speaker, a.source, &a.cue)),
                            p.chars().take(300).collect::<String>()
                        );
                    }
                    None => {}
                }
            }
        }
        println!("{name}: attribution deleted from {cases} quotes; flagged {:.3} ({as_follow_on} as follow-on)", flagged as f64 / cases.max(1) as f64);
        if *name != "PolNeAR" {
            all += cases;
            all_flagged += flagged;
        }
    }
    let recall = all_flagged as f64 / all.max(1) as f64;
    println!("BBC+Reuters: recall under deletion {recall:.3} of {all}");
    assert!(recall >= 0.95, "target: at least 95% flagged");
}
