//! Core analysis throughput over a list of drafts, one core: `cargo run --release --example
//! corpus_speed -- FILE_LIST [PASSES]` prints the best and median pass in MB/s. The criterion
//! bench gives the same figure with its statistics; this is the quick loop used while profiling.

use copydesk::{analyze, Config, Format};
use std::time::Instant;

#[global_allocator]
static ALLOCATOR: copydesk::allocator::Allocator = copydesk::allocator::Allocator;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(list) = args.next() else {
        eprintln!("usage: corpus_speed FILE_LIST [PASSES]");
        std::process::exit(2);
    };
    let passes: usize = args.next().and_then(|p| p.parse().ok()).unwrap_or(9);
    let paths = std::fs::read_to_string(&list).unwrap_or_default();
    let drafts: Vec<(String, Format)> = paths
        .split_whitespace()
        .filter_map(|path| Some((std::fs::read_to_string(path).ok()?, Format::from_path(path))))
        .collect();
    let bytes: usize = drafts.iter().map(|(text, _)| text.len()).sum();
    let config = Config::default();
    let mut rates: Vec<f64> = (0..passes)
        .map(|_| {
            let start = Instant::now();
            for (text, format) in &drafts {
                std::hint::black_box(analyze(text, *format, &config));
            }
            bytes as f64 / start.elapsed().as_secs_f64() / 1e6
        })
        .collect();
    rates.sort_by(f64::total_cmp);
    println!(
        "{} drafts, {:.1} MB: best {:.1} MB/s, median {:.1} MB/s",
        drafts.len(),
        bytes as f64 / 1e6,
        rates[passes - 1],
        rates[passes / 2]
    );
}
