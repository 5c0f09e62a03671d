//! Drafts built to break a quote finder: one 5 MB quotation that never closes, 50,000
//! capitalised words, a million marks. Each must analyse without panicking and with the
//! findings an editor expects. Speed is shown by the elapsed time printed here (run with
//! `--release --nocapture`), not asserted: timed tests are flaky on shared machines.

use copydesk::rules::Rule;
use copydesk::{analyze, Config, Format};
use std::time::Instant;

fn run(name: &str, draft: &str) -> copydesk::Analysis {
    let start = Instant::now();
    let analysis = analyze(draft, Format::PlainText, &Config::default());
    println!("{name}: {} bytes in {:?}", draft.len(), start.elapsed());
    analysis
}

#[test]
fn a_five_megabyte_quote_that_never_closes() {
    let draft = format!(
        "Headline\n\n“{}\n",
        "We knew the levee was weak and we said so. ".repeat(5_000_000 / 44)
    );
    let analysis = run("unclosed quote", &draft);
    let unbalanced: Vec<_> = analysis
        .findings
        .iter()
        .filter(|f| f.rule == Rule::UnbalancedQuote)
        .collect();
    assert_eq!(unbalanced.len(), 1);
    assert_eq!(unbalanced[0].span.slice(&draft), "“");
    assert!(!analysis
        .findings
        .iter()
        .any(|f| f.rule == Rule::UnattributedQuote));
}

#[test]
fn fifty_thousand_capitalised_words() {
    let draft = format!(
        "Headline\n\n“{}” Smith said.\n",
        "Alpha Beta Gamma Delta Epsilon ".repeat(10_000)
    );
    let analysis = run("capitalised words", &draft);
    assert_eq!(analysis.article.quotes.len(), 1);
    assert!(analysis
        .findings
        .iter()
        .all(|f| f.rule != Rule::UnattributedQuote));
}

#[test]
fn a_million_marks_and_apostrophes() {
    let draft = format!(
        "Headline\n\n{}\n",
        "\"a\" don't ’90s 6'2\" ".repeat(100_000)
    );
    let analysis = run("marks", &draft);
    assert!(analysis.article.quotes.len() >= 100_000);
}

#[test]
fn many_short_paragraphs_of_quotes() {
    let draft = format!(
        "Headline\n\n{}",
        "“We are ready,” Ortiz said.\n\n“Nobody came.”\n\n".repeat(20_000)
    );
    let analysis = run("paragraphs", &draft);
    assert_eq!(
        analysis
            .findings
            .iter()
            .filter(|f| f.rule == Rule::FollowOnQuote)
            .count(),
        20_000
    );
}
