//! The sample draft the project started from: its people are found, and no name finding is raised.

mod common;

use copydesk::rules::Rule;
use copydesk::{analyze, Config, Format};

fn summit() -> String {
    std::fs::read_to_string(common::fixture("summit.txt")).expect("tests/fixtures/summit.txt")
}

#[test]
fn the_sample_raises_no_name_finding() {
    let text = summit();
    let rules = [Rule::NameSpelling, Rule::FirstReference];
    let names = common::flagged(&text, Format::PlainText, &Config::default(), &rules);
    assert!(names.is_empty(), "{names:#?}");
}

#[test]
fn the_sample_names_its_people() {
    let text = summit();
    let analysis = analyze(&text, Format::PlainText, &Config::default());
    let people: Vec<&str> = analysis
        .article
        .people
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    for name in [
        "Donald Trump",
        "Vladimir Putin",
        "Volodymyr Zelenskyy",
        "Samuel Charap",
        "Derek Wallbank",
        "Eric Martin",
        "Josh Wingrove",
    ] {
        assert!(people.contains(&name), "{name} missing from {people:?}");
    }
    let charap = analysis
        .article
        .people
        .iter()
        .find(|p| p.name == "Samuel Charap")
        .expect("Charap");
    assert_eq!(
        charap.role.as_deref(),
        Some("a senior political scientist at the global policy think tank RAND")
    );
    assert_eq!(charap.mentions.len(), 2);
    let trump = analysis
        .article
        .people
        .iter()
        .find(|p| p.name == "Donald Trump")
        .expect("Trump");
    assert_eq!(trump.role.as_deref(), Some("U.S. President"));
    assert!(trump.mentions.len() > 20, "{}", trump.mentions.len());
    let contributors: Vec<&str> = analysis
        .article
        .people
        .iter()
        .filter(|p| p.credit)
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(
        contributors,
        ["Derek Wallbank", "Eric Martin", "Josh Wingrove"]
    );
    println!(
        "{:#?}",
        analysis
            .article
            .people
            .iter()
            .map(|p| (&p.name, &p.role, p.mentions.len()))
            .collect::<Vec<_>>()
    );
}
