//! The language server's speed and memory, through its JSON-RPC interface in process (the
//! same harness as the tests): didChange → publishDiagnostics with no debounce, hover, and
//! resident memory with 100 open drafts. `cargo bench --bench lsp`.
//!
//! Criterion reports the medians; the p99 of the edit latency and the memory figures are
//! printed as `lsp: …` lines, since criterion has neither.

#[path = "../tests/lsp_harness/mod.rs"]
mod lsp_harness;

use criterion::{criterion_group, criterion_main, Criterion};
use lsp_harness::{range, Client, Options};
use serde_json::json;
use std::time::{Duration, Instant};
use tokio::runtime::Runtime;

/// An invented harbour story: two named people quoted with cues, a surname-only follow-up
/// and an unquoted statement, repeated to reach a length.
const PARAGRAPHS: [&str; 5] = [
    "The port authority closed the north quay on Wednesday after divers found cracks in three of its pilings, stranding two grain ships that had been due to unload.",
    "“The pilings are older than anyone working here,” said Marguerite Okonkwo-Lind, the authority's chief engineer. “We will not let a loaded ship near them until they are braced.”",
    "Okonkwo-Lind said bracing would take about three weeks and that the south quay could take one of the ships from Friday.",
    "Harbour pilot Jonas Vetterli, who has brought ships into the port for 20 years, said the closure was overdue. “You could feel the quay move when a big hull touched it,” Vetterli said.",
    "The shipping line that owns both vessels said in a statement that it was looking at unloading at a neighbouring port instead.",
];

fn draft_of_words(words: usize) -> String {
    let mut text =
        String::from("North quay closed after divers find cracks\n\nPORTSMOUTH, England — ");
    let mut count = 0;
    for paragraph in PARAGRAPHS.iter().cycle() {
        if count >= words {
            break;
        }
        count += paragraph.split_whitespace().count();
        text.push_str(paragraph);
        text.push_str("\n\n");
    }
    text
}

/// Zero-based line and UTF-16 column of the first `needle` after `from`.
fn position_after(text: &str, from: usize, needle: &str) -> (u32, u32) {
    let offset = from + text[from..].find(needle).expect("needle in the draft");
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() as u32,
        text[line_start..offset].encode_utf16().count() as u32,
    )
}

const URI: &str = "file:///desk/quay.txt";

/// Types a word into line 3 and deletes it again on alternate versions, so the draft stays the
/// same length; returns the time from sending the change to its diagnostics arriving.
async fn edit_round_trip(client: &mut Client, version: i32) -> Duration {
    edit_line(client, URI, 2, version).await
}

/// The same edit on zero-based `line` of the draft at `uri`.
async fn edit_line(client: &mut Client, uri: &str, line: u32, version: i32) -> Duration {
    let change = if version % 2 == 0 {
        json!([{ "range": range((line, 23), (line, 23)), "text": "busy " }])
    } else {
        json!([{ "range": range((line, 23), (line, 28)), "text": "" }])
    };
    let sent = Instant::now();
    client.change(uri, version, change).await;
    loop {
        let published = client.diagnostics(uri).await;
        if published["version"] == version {
            return sent.elapsed();
        }
    }
}

fn resident_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kib| kib.parse().ok())
        })
        .unwrap_or(0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let at = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[at.min(sorted.len() - 1)]
}

fn ten_thousand_words(c: &mut Criterion) {
    let runtime = Runtime::new().expect("a tokio runtime");
    let text = draft_of_words(10_000);
    let mut client = runtime.block_on(async {
        // The harness's default settings switch the debounce off.
        let mut client = Client::start(Options::default()).await;
        client.open(URI, "plaintext", &text).await;
        client.diagnostics(URI).await;
        client
    });

    let analysed = Instant::now();
    let runs = 20;
    for _ in 0..runs {
        std::hint::black_box(copydesk::analyze(
            &text,
            copydesk::Format::PlainText,
            &copydesk::Config::default(),
        ));
    }
    println!(
        "lsp: analysis alone of the {}-word draft ({} bytes): mean {:?}",
        text.split_whitespace().count(),
        text.len(),
        analysed.elapsed() / runs
    );

    let mut version = 1;
    let mut samples: Vec<Duration> = (0..500)
        .map(|_| {
            version += 1;
            runtime.block_on(edit_round_trip(&mut client, version))
        })
        .collect();
    samples.sort();
    println!(
        "lsp: didChange → publishDiagnostics, {} edits: median {:?}, p99 {:?}, max {:?}",
        samples.len(),
        percentile(&samples, 0.5),
        percentile(&samples, 0.99),
        samples[samples.len() - 1]
    );

    c.bench_function("lsp didChange→publishDiagnostics, 10,000 words", |b| {
        b.iter_custom(|iterations| {
            (0..iterations)
                .map(|_| {
                    version += 1;
                    runtime.block_on(edit_round_trip(&mut client, version))
                })
                .sum()
        })
    });

    let (line, character) = position_after(&text, text.len() / 2, "Vetterli said");
    c.bench_function("lsp hover on a person, 10,000 words", |b| {
        b.iter(|| runtime.block_on(client.hover(URI, line, character + 2)))
    });
    let (line, character) = position_after(&text, text.len() / 2, "The pilings");
    c.bench_function("lsp hover on a quote, 10,000 words", |b| {
        b.iter(|| runtime.block_on(client.hover(URI, line, character + 2)))
    });
}

/// A press conference's transcript of about 30,000 words, speaker-labelled and timestamped: the
/// harbour story's quotes once each, among turns of varied talk (words drawn from a fixed list
/// by a fixed sequence, as a real transcript repeats itself no more than that).
fn transcript_of_words(words: usize) -> String {
    const VOCABULARY: &str = "quay pilings divers cracks ships grain harbour engineers board \
        bracing weeks months cost repairs tide cranes berth pilot crew cargo authority report \
        inspection steel concrete timber survey safety budget council port shipping line vessel \
        unload load dock crane weather storm winter summer contract tender bid union workers \
        overtime schedule delay closure reopening traffic lorries rail road access fence gate";
    let vocabulary: Vec<&str> = VOCABULARY.split_whitespace().collect();
    let quotes = [
        ("OKONKWO-LIND", "The pilings are older than anyone working here. We will not let a loaded ship near them until they are braced."),
        ("VETTERLI", "You could feel the quay move when a big hull touched it."),
    ];
    let mut text = String::new();
    let mut count = 0;
    let mut seed: u64 = 7;
    let mut turn = 0;
    while count < words {
        let (speaker, said) = match quotes.get(turn) {
            Some(&(speaker, said)) => (speaker.to_string(), said.to_string()),
            None => {
                let said: Vec<&str> = (0..24)
                    .map(|_| {
                        seed = seed
                            .wrapping_mul(6364136223846793005)
                            .wrapping_add(1442695040888963407);
                        vocabulary[(seed >> 33) as usize % vocabulary.len()]
                    })
                    .collect();
                let speaker = if turn % 3 == 0 { "Q" } else { "OKONKWO-LIND" };
                (speaker.to_string(), format!("{}.", said.join(" ")))
            }
        };
        count += said.split_whitespace().count();
        let (minutes, seconds) = (turn / 4 % 60, turn * 7 % 60);
        text.push_str(&format!(
            "[01:{minutes:02}:{seconds:02}] {speaker}: {said}\n"
        ));
        turn += 1;
    }
    text
}

/// Edits to a 10,000-word Markdown draft that names a 30,000-word transcript as its source: each
/// analysis also checks every quote against the record.
fn ten_thousand_words_with_a_record(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("copydesk-bench-record-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    std::fs::write(dir.join("presser.txt"), transcript_of_words(30_000)).expect("the transcript");
    let text = format!(
        "---\nsources: [presser.txt]\n---\n\n{}",
        draft_of_words(10_000)
    );
    let draft = dir.join("quay.md");
    std::fs::write(&draft, &text).expect("the draft");
    let uri = format!("file://{}", draft.display());
    let runtime = Runtime::new().expect("a tokio runtime");
    let mut client = runtime.block_on(async {
        let mut client = Client::start(Options::default()).await;
        client.open(&uri, "markdown", &text).await;
        client.diagnostics(&uri).await;
        client
    });
    // Line 7 (zero-based 6) is the lede's first paragraph, after the front matter.
    let mut version = 1;
    let mut samples: Vec<Duration> = (0..300)
        .map(|_| {
            version += 1;
            runtime.block_on(edit_line(&mut client, &uri, 6, version))
        })
        .collect();
    samples.sort();
    println!(
        "lsp: didChange → publishDiagnostics with a 30,000-word record, {} edits: median {:?}, p99 {:?}, max {:?}",
        samples.len(),
        percentile(&samples, 0.5),
        percentile(&samples, 0.99),
        samples[samples.len() - 1]
    );
    c.bench_function(
        "lsp didChange→publishDiagnostics, 10,000 words, 30,000-word record",
        |b| {
            b.iter_custom(|iterations| {
                (0..iterations)
                    .map(|_| {
                        version += 1;
                        runtime.block_on(edit_line(&mut client, &uri, 6, version))
                    })
                    .sum()
            })
        },
    );
    drop(client);
    let _ = std::fs::remove_dir_all(&dir);
}

fn hundred_open_drafts(_: &mut Criterion) {
    let runtime = Runtime::new().expect("a tokio runtime");
    for words in [1_000, 10_000] {
        let text = draft_of_words(words);
        let before = resident_kib();
        let client = runtime.block_on(async {
            let mut client = Client::start(Options::default()).await;
            for i in 0..100 {
                let uri = format!("file:///desk/draft-{words}-{i}.txt");
                client.open(&uri, "plaintext", &text).await;
                client.diagnostics(&uri).await;
            }
            client
        });
        let after = resident_kib();
        println!(
            "lsp: 100 open {words}-word drafts: VmRSS {:.1} MB (+{:.1} MB for the drafts)",
            after as f64 / 1024.0,
            after.saturating_sub(before) as f64 / 1024.0
        );
        drop(client);
    }
}

criterion_group!(
    benches,
    ten_thousand_words,
    ten_thousand_words_with_a_record,
    hundred_open_drafts
);
criterion_main!(benches);
