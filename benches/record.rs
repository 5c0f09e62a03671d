//! Speed of checking a draft against its record: a three-hour transcript (30,000 words, four
//! speakers and questions, timestamps) and a draft of 100 quotes taken from it (some edited
//! with ellipses, some with a word changed). `cargo bench --bench record`.
//!
//! - `read 30,000-word record`: reading the transcript into turns and indexing it, which the
//!   server does once per saved source;
//! - `analyze 100 quotes against it`: the whole analysis of the draft with the record read,
//!   what a keystroke costs.

use copydesk::record::{Record, SourceText};
use copydesk::{analyze_with_record, Config, Format};
use criterion::{criterion_group, criterion_main, Criterion};

/// The allocator the `copydesk` binary runs with (src/main.rs), so the figures are the product's.
#[global_allocator]
static ALLOCATOR: copydesk::allocator::Allocator = copydesk::allocator::Allocator;

const RECORD_WORDS: usize = 30_000;
const QUOTES: usize = 100;
const SPEAKERS: [&str; 4] = ["ORTIZ", "WHITFIELD", "REYES", "ALVAREZ"];

/// Invented words for invented speech: enough of them that runs of three rarely repeat.
const VOCABULARY: &str = "levee river county state spring flood water bridge pumps budget council \
    road school bank repair week month year money work people homes farm street town mayor \
    engineer report record storm rain night morning plan vote law office agency crew sandbag \
    wall gate pipe power line field crop harvest price market loan grant tax fund family child \
    we they it will would could should must never always often again still only also just \
    hold break open close build stop start pay ask tell know think say see find keep need want \
    the a an and but or so because when if then there here this that these those our their \
    new old high low long short strong weak safe late early first last next every many few";

/// A deterministic stream of numbers (no dependency, the same record on every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % below as u64) as usize
    }
}

/// The transcript, and each speaker's sentences as (label, words) for the draft to quote.
fn transcript() -> (String, Vec<(&'static str, Vec<&'static str>)>) {
    let vocabulary: Vec<&str> = VOCABULARY.split_whitespace().collect();
    let mut random = Lcg(7);
    let (mut text, mut said, mut words) = (String::new(), Vec::new(), 0);
    while words < RECORD_WORDS {
        let seconds = words / 3;
        let minute = seconds / 60;
        text.push_str(&format!(
            "[{:02}:{:02}:{:02}] Q: Can you tell us about the {}?\n",
            minute / 60,
            minute % 60,
            seconds % 60,
            vocabulary[random.next(vocabulary.len())]
        ));
        let speaker = SPEAKERS[random.next(SPEAKERS.len())];
        let sentence: Vec<&str> = (0..30 + random.next(30))
            .map(|_| vocabulary[random.next(vocabulary.len())])
            .collect();
        text.push_str(&format!("{speaker}: {}.\n", sentence.join(" ")));
        words += sentence.len() + 7;
        said.push((speaker, sentence));
    }
    (text, said)
}

/// A draft of 100 quotes from the transcript under their speakers' names: every seventh with
/// an ellipsis, every tenth with a word changed.
fn draft(said: &[(&str, Vec<&str>)]) -> String {
    let mut random = Lcg(11);
    let mut text =
        String::from("Levee talks go on\n\nFRESNO, Calif. — The county met on Tuesday.\n\n");
    for number in 0..QUOTES {
        let (speaker, sentence) = &said[random.next(said.len())];
        let start = random.next(sentence.len() - 20);
        let mut words: Vec<&str> = sentence[start..start + 12 + random.next(8)].to_vec();
        if number % 7 == 0 {
            words.drain(4..7);
            words.insert(4, "…");
        }
        if number % 10 == 0 {
            words[8] = "never";
        }
        let name = speaker[..1].to_string() + &speaker[1..].to_lowercase();
        text.push_str(&format!("“{},” {name} said.\n\n", words.join(" ")));
    }
    text
}

fn benches(c: &mut Criterion) {
    let (transcript, said) = transcript();
    let draft = draft(&said);
    let source = || {
        vec![SourceText {
            path: "transcripts/presser.txt".to_string(),
            text: transcript.clone(),
        }]
    };
    let record = Record::new(source());
    let config = Config::default();
    // What the figure covers: every quote checked, the changed ones flagged.
    let analysis = analyze_with_record(&draft, Format::PlainText, &config, &record);
    let checked = analysis.record_matches.iter().flatten().count();
    let misquotes = analysis
        .findings
        .iter()
        .filter(|f| f.rule == copydesk::rules::Rule::Misquote)
        .count();
    println!("{checked} quotes checked against the record, {misquotes} misquotes");
    let mut group = c.benchmark_group("record");
    group.sample_size(20);
    group.bench_function("read 30,000-word record", |b| {
        b.iter(|| std::hint::black_box(Record::new(source())))
    });
    group.bench_function("analyze 100 quotes against it", |b| {
        b.iter(|| {
            std::hint::black_box(analyze_with_record(
                &draft,
                Format::PlainText,
                &config,
                &record,
            ))
        })
    });
    group.bench_function("analyze the draft without a record", |b| {
        b.iter(|| std::hint::black_box(copydesk::analyze(&draft, Format::PlainText, &config)))
    });
    group.finish();
}

criterion_group!(record, benches);
criterion_main!(record);
