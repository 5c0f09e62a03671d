//! The sample draft, exactly as issue 3 describes it: 16 quotes, all attributed, to Donald
//! Trump (10), Vladimir Putin (3) and Samuel Charap (3); no quote finding at all.

use copydesk::article::QuoteKind;
use copydesk::{analyze, Config, Format};

const SUMMIT: &str = include_str!("fixtures/summit.txt");

fn table() -> Vec<(String, Option<String>, QuoteKind)> {
    let analysis = analyze(SUMMIT, Format::PlainText, &Config::default());
    analysis
        .article
        .quotes
        .iter()
        .filter(|q| q.is_speech())
        .map(|q| {
            (
                q.content.slice(SUMMIT).to_string(),
                q.attribution.as_ref().map(|a| a.speaker.clone()),
                q.kind,
            )
        })
        .collect()
}

#[test]
fn sixteen_quotes_all_attributed_to_the_fullest_names() {
    let quotes = table();
    let shown = format!("{quotes:#?}");
    assert_eq!(quotes.len(), 16, "{shown}");
    let count = |name: &str| {
        quotes
            .iter()
            .filter(|q| q.1.as_deref() == Some(name))
            .count()
    };
    assert_eq!(
        (
            count("Donald Trump"),
            count("Vladimir Putin"),
            count("Samuel Charap")
        ),
        (10, 3, 3),
        "{shown}"
    );
}

#[test]
fn the_partial_quotes_are_partial() {
    let partial: Vec<String> = table()
        .into_iter()
        .filter(|q| q.2 == QuoteKind::Partial)
        .map(|q| q.0)
        .collect();
    for fragment in [
        "extremely productive",
        "in a constructive atmosphere.",
        "walk away",
        "turn the page.",
        "next time in Moscow,",
    ] {
        assert!(
            partial.iter().any(|p| p == fragment),
            "{fragment} not partial in {partial:?}"
        );
    }
}

#[test]
fn no_quote_findings_and_the_headline_is_left_alone() {
    let analysis = analyze(SUMMIT, Format::PlainText, &Config::default());
    let quote_rules = ["unattributed-quote", "follow-on-quote", "unbalanced-quote"];
    let findings: Vec<_> = analysis
        .findings
        .iter()
        .filter(|f| quote_rules.contains(&f.rule.code()))
        .collect();
    assert!(findings.is_empty(), "{findings:#?}");
    let headline_end = SUMMIT.find('\n').unwrap_or(0);
    assert!(analysis
        .article
        .quotes
        .iter()
        .all(|q| q.span.start > headline_end));
}
