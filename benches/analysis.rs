//! Speed of the core analysis: per article over the real corpus (when `COPYDESK_CORPUS` or
//! `../shared/corpus` is there) and on synthetic worst cases. `cargo bench --bench analysis`.

use copydesk::{analyze, Config, Format};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The allocator the `copydesk` binary runs with (src/main.rs), so the figures are the product's.
#[global_allocator]
static ALLOCATOR: copydesk::allocator::Allocator = copydesk::allocator::Allocator;

/// An invented wire story paragraph set, repeated to reach a length.
const PARAGRAPHS: [&str; 6] = [
    "The county council voted on Tuesday to delay repairs to the Riverside levee, a decision that engineers warned could leave thousands of homes exposed to spring floods.",
    "“We knew the levee was weak, and we told the state in March,” said Rita Alvarez, the county's public works director. “Nobody answered.”",
    "Alvarez said the repairs would cost about $4 million and take six months once work began.",
    "Council member Tom Reyes, who voted for the delay, said the county could not afford the work this year. “We have to balance the budget,” Reyes said.",
    "The state water agency said in a statement that it was reviewing the records and would respond next week.",
    "Residents of the low-lying Mill Street neighbourhood have stacked sandbags along the bank since Friday, according to Sgt. Dana Whitfield of the sheriff's office.",
];

fn draft_of_words(words: usize) -> String {
    let mut text = String::from("Council delays levee repairs\n\nFRESNO, Calif. — ");
    let mut count = 0;
    let mut i = 0;
    while count < words {
        let paragraph = PARAGRAPHS[i % PARAGRAPHS.len()];
        count += paragraph.split_whitespace().count();
        text.push_str(paragraph);
        text.push_str("\n\n");
        i += 1;
    }
    text
}

fn unclosed_quote(bytes: usize) -> String {
    let mut text = String::from("Headline\n\n“");
    while text.len() < bytes {
        text.push_str("and the words went on without a closing mark ");
    }
    text
}

fn capitalised_words(words: usize) -> String {
    let names = [
        "Alvarez",
        "Reyes",
        "Whitfield",
        "Ortiz",
        "Park",
        "Nguyen",
        "Okafor",
        "Lindqvist",
        "Moreau",
        "Tanaka",
    ];
    let mut text = String::from("Headline\n\n");
    for i in 0..words {
        text.push_str(names[(i * 7 + i / 10) % names.len()]);
        text.push_str(if i % 17 == 16 { ".\n\n" } else { " " });
    }
    text
}

fn quoted_paragraphs(paragraphs: usize) -> String {
    let mut text = String::from("Headline\n\nFRESNO, Calif. — The council met.\n\n");
    for i in 0..paragraphs {
        text.push_str(&format!(
            "“We will finish the levee by June {i},” said Council Member Person{i} Surname{}.\n\n",
            i % 97
        ));
    }
    text
}

fn corpus_dir() -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("COPYDESK_CORPUS").map(PathBuf::from),
        Some(PathBuf::from("../shared/corpus")),
    ];
    candidates.into_iter().flatten().find(|p| p.is_dir())
}

fn corpus_articles(root: &Path) -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                if let Ok(text) = std::fs::read_to_string(&path) {
                    files.push((path, text));
                }
            }
        }
    }
    files.sort();
    files
}

/// Median and p99 time per article over the corpus, and MB/s on one core, printed as a table.
fn corpus_distribution(articles: &[(PathBuf, String)], config: &Config) {
    let rounds = 5;
    let mut per_article = Vec::with_capacity(articles.len() * rounds);
    let bytes: usize = articles.iter().map(|(_, t)| t.len()).sum();
    let started = Instant::now();
    for _ in 0..rounds {
        for (path, text) in articles {
            let format = Format::from_path(&path.to_string_lossy());
            let t = Instant::now();
            std::hint::black_box(analyze(text, format, config));
            per_article.push(t.elapsed().as_secs_f64());
        }
    }
    let total = started.elapsed().as_secs_f64();
    per_article.sort_by(f64::total_cmp);
    let at = |q: f64| per_article[((per_article.len() - 1) as f64 * q) as usize] * 1e6;
    println!(
        "corpus: {} articles, {:.1} MB; per article median {:.1} µs, p99 {:.1} µs, max {:.1} µs; {:.1} MB/s on one core",
        articles.len(),
        bytes as f64 / 1e6,
        at(0.5),
        at(0.99),
        at(1.0),
        (bytes * rounds) as f64 / 1e6 / total
    );
}

fn benches(c: &mut Criterion) {
    let config = Config::default();
    if let Some(root) = corpus_dir() {
        let articles = corpus_articles(&root);
        corpus_distribution(&articles, &config);
        let bytes: usize = articles.iter().map(|(_, t)| t.len()).sum();
        let mut group = c.benchmark_group("corpus");
        group.throughput(Throughput::Bytes(bytes as u64));
        group.sample_size(10);
        group.bench_function("all articles", |b| {
            b.iter(|| {
                for (path, text) in &articles {
                    std::hint::black_box(analyze(
                        text,
                        Format::from_path(&path.to_string_lossy()),
                        &config,
                    ));
                }
            })
        });
        group.finish();
    } else {
        println!("corpus: skipped (set COPYDESK_CORPUS)");
    }

    let cases = [
        ("10,000-word draft", draft_of_words(10_000)),
        ("5 MB unclosed quote", unclosed_quote(5_000_000)),
        ("50,000 capitalised words", capitalised_words(50_000)),
        ("10,000 quoted paragraphs", quoted_paragraphs(10_000)),
    ];
    let mut group = c.benchmark_group("synthetic");
    group.sample_size(10);
    for (name, text) in &cases {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(*name, |b| {
            b.iter_batched(
                || (),
                |_| analyze(text, Format::PlainText, &config),
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();
}

criterion_group!(analysis, benches);
criterion_main!(analysis);
