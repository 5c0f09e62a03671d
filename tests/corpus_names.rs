//! Name-spelling accuracy on the real corpus (COPYDESK_CORPUS, e.g. ../shared/corpus), through
//! `copydesk::analyze`, with the numbers printed for docs/names-accuracy.md:
//!
//! - False alarms: `name-spelling` findings per unmodified article over BBC, Reuters and PolNeAR
//!   (each one listed with COPYDESK_EVAL_SHOW=1). Target: at most 1 per 100 articles.
//! - Injected misspellings: in each PolNeAR article, one later mention of an annotated two-word
//!   speaker's surname (seen at least three times) gets a realistic slip (a transposition, a
//!   doubled or dropped letter, a vowel swap or a romanisation); the flag must land on it and its
//!   fix must restore the surname. This mirrors `corpus_eval.py names` with a fixed choice of slip
//!   instead of a random one.
//!
//! Run: `COPYDESK_CORPUS=../shared/corpus cargo test --release --test corpus_names -- --nocapture`

use copydesk::rules::Rule;
use copydesk::text::Span;
use copydesk::{analyze, Config, Format};
use std::path::{Path, PathBuf};

fn corpus() -> Option<PathBuf> {
    match std::env::var_os("COPYDESK_CORPUS") {
        Some(dir) => Some(PathBuf::from(dir)),
        None => {
            println!("skipped: COPYDESK_CORPUS not set");
            None
        }
    }
}

fn texts(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            texts(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
}

fn spelling_findings(text: &str) -> Vec<(Span, String, String)> {
    analyze(text, Format::PlainText, &Config::default())
        .findings
        .into_iter()
        .filter(|f| f.rule == Rule::NameSpelling)
        .map(|f| {
            let fix = f
                .fixes
                .first()
                .and_then(|x| x.edits.first())
                .map(|e| e.new_text.clone())
                .unwrap_or_default();
            (f.span, fix, f.message)
        })
        .collect()
}

#[test]
fn few_name_spelling_findings_on_clean_professional_copy() {
    let Some(corpus) = corpus() else { return };
    let mut paths = Vec::new();
    for dir in ["bbc/text", "reuters/text", "quotes/polnear/text"] {
        texts(&corpus.join(dir), &mut paths);
    }
    let mut findings = 0;
    for path in &paths {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        for (span, _, message) in spelling_findings(&text) {
            findings += 1;
            if std::env::var_os("COPYDESK_EVAL_SHOW").is_some() {
                println!("{}: {} :: {message}", path.display(), span.slice(&text));
            }
        }
    }
    let rate = findings as f64 / paths.len().max(1) as f64;
    println!("name-spelling on {} unmodified articles: {findings} findings, {rate:.4}/article (target ≤ 0.010)", paths.len());
    assert!(rate <= 0.010, "{rate}");
}

/// A realistic slip that keeps the first and last letters, as the corpus evaluation makes them.
fn slip(surname: &str, seed: usize) -> Option<String> {
    let chars: Vec<char> = surname.chars().collect();
    let n = chars.len();
    let kinds = [0, 1, 2, 3, 4];
    for k in 0..kinds.len() {
        let mut w = chars.clone();
        match kinds[(seed + k) % kinds.len()] {
            0 if n >= 5 => {
                let i = 1 + seed % (n - 3);
                if w[i] == w[i + 1] {
                    continue;
                }
                w.swap(i, i + 1);
            }
            1 if n >= 4 => {
                let i = 1 + seed % (n - 2);
                if w[i] == w[i - 1] || w[i] == w[i + 1] {
                    continue;
                }
                w.insert(i, w[i]);
            }
            2 if n >= 6 => {
                w.remove(1 + seed % (n - 2));
            }
            3 => {
                let vowels: Vec<usize> = (1..n).filter(|&i| "aeiou".contains(w[i])).collect();
                let Some(&i) = vowels.get(seed % vowels.len().max(1)) else {
                    continue;
                };
                w[i] = if w[i] == 'a' { 'e' } else { 'a' };
            }
            4 => {
                let text: String = w.iter().collect();
                let swapped = [
                    ("y", "i"),
                    ("i", "y"),
                    ("ph", "f"),
                    ("ks", "x"),
                    ("kh", "h"),
                    ("ie", "ei"),
                ]
                .iter()
                .find_map(|(a, b)| {
                    text[1..]
                        .find(a)
                        .map(|j| format!("{}{b}{}", &text[..j + 1], &text[j + 1 + a.len()..]))
                });
                match swapped {
                    Some(s) => return Some(s),
                    None => continue,
                }
            }
            _ => continue,
        }
        return Some(w.into_iter().collect());
    }
    None
}

fn word_hits(text: &str, word: &str) -> Vec<usize> {
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    text.match_indices(word)
        .map(|(i, _)| i)
        .filter(|&i| {
            !is_word(text[..i].chars().next_back())
                && !is_word(text[i + word.len()..].chars().next())
        })
        .collect()
}

fn two_word_speaker(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    let shaped = |w: &str, min: usize| {
        let mut cs = w.chars();
        cs.next().is_some_and(|c| c.is_ascii_uppercase())
            && cs.clone().count() >= min
            && cs.all(|c| c.is_ascii_lowercase())
    };
    words.len() == 2 && shaped(words[0], 1) && shaped(words[1], 4)
}

#[test]
fn injected_misspellings_are_flagged_with_the_right_fix() {
    let Some(corpus) = corpus() else { return };
    let Ok(jsonl) = std::fs::read_to_string(corpus.join("quotes/polnear/polnear.jsonl")) else {
        println!("skipped: no polnear.jsonl");
        return;
    };
    let (mut cases, mut flagged, mut fixed) = (0, 0, 0);
    for (n, line) in jsonl.lines().enumerate() {
        let Ok(record) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let Some(text) = record["text"].as_str() else {
            continue;
        };
        let mut people: Vec<String> = record["attributions"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|a| a["source"]["text"].as_str().map(|s| s.trim().to_string()))
            .filter(|s| two_word_speaker(s))
            .collect();
        people.sort();
        people.dedup();
        for person in people {
            let surname = person.rsplit(' ').next().unwrap_or("").to_string();
            let hits = word_hits(text, &surname);
            let Some(bad) = slip(&surname, n) else {
                continue;
            };
            if hits.len() < 3 || !word_hits(text, &bad).is_empty() {
                continue;
            }
            let at = hits[1 + n % (hits.len() - 1)];
            let changed = format!("{}{bad}{}", &text[..at], &text[at + surname.len()..]);
            let target = Span::new(at, at + bad.len());
            let found = spelling_findings(&changed);
            let hit: Vec<_> = found
                .iter()
                .filter(|(span, _, _)| span.overlaps(target))
                .collect();
            cases += 1;
            flagged += usize::from(!hit.is_empty());
            fixed += usize::from(hit.iter().any(|(_, fix, _)| fix.contains(&surname)));
            break;
        }
    }
    let (flag_rate, fix_rate) = (
        flagged as f64 / cases.max(1) as f64,
        fixed as f64 / cases.max(1) as f64,
    );
    println!("injected misspellings ({cases} PolNeAR articles): flagged {flag_rate:.3}, right fix {fix_rate:.3} (issue targets ≥0.95, ≥0.90)");
    // Regression floor at the measured level; the target (0.95) is not reached yet, see
    // docs/names-accuracy.md for what the misses are.
    assert!(cases > 200, "{cases}");
    assert!(
        flag_rate >= 0.70 && fix_rate >= 0.70,
        "{flag_rate} {fix_rate}"
    );
}
