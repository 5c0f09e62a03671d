//! Datelines on real copy (`COPYDESK_CORPUS`, see docs/datelines-accuracy.md):
//! - Reuters-21578 stories under `style = "reuters"`: each dateline recognised and not called
//!   malformed; the same stories with the dateline cut out all get `missing-dateline` (the
//!   `datelines` part of corpus_eval.py, through the library instead of the CLI);
//! - PolNeAR stories that open with an agency dateline (`DALLAS (AP) —`) are recognised;
//! - BBC stories carry no datelines and all get `missing-dateline`.
//!
//! Run with `COPYDESK_CORPUS=/work/shared/corpus cargo test --release --test corpus_datelines -- --nocapture`
//! to see the figures and the stories that miss.

mod common;

use common::{corpus, txt_files};
use copydesk::config::DatelineStyle;
use copydesk::rules::Rule;
use copydesk::{analyze, Config, Format};
use std::fs;

fn codes(text: &str, config: &Config) -> Vec<Rule> {
    analyze(text, Format::PlainText, config)
        .findings
        .iter()
        .map(|f| f.rule)
        .collect()
}

/// The story with its dateline cut out, as corpus_eval.py does it: the lede then opens with
/// the first word after the dash, capitalised.
fn strip(text: &str, dateline: &str) -> Option<String> {
    let at = text.find(dateline)?;
    let rest = text[at + dateline.len()..].trim_start_matches(' ');
    let mut chars = rest.chars();
    let first: String = chars
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    Some(format!("{}{first}{}", &text[..at], chars.as_str()))
}

#[test]
fn reuters_datelines_are_recognised_and_their_absence_flagged() {
    let Some(corpus) = corpus() else { return };
    let reuters = corpus.join("reuters");
    let metadata = fs::read_to_string(reuters.join("metadata.tsv")).expect("reuters/metadata.tsv");
    let mut config = Config::default();
    config.dateline_style = DatelineStyle::Reuters;
    let (mut stories, mut accepted, mut flagged_when_stripped) = (0, 0, 0);
    let mut misses = Vec::new();
    for line in metadata.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let (Some(file), Some(dateline)) = (fields.first(), fields.get(6)) else {
            continue;
        };
        let Ok(text) = fs::read_to_string(reuters.join(file)) else {
            continue;
        };
        let Some(stripped) = strip(&text, dateline).filter(|_| !dateline.is_empty()) else {
            continue;
        };
        stories += 1;
        let with = analyze(&text, Format::PlainText, &config).findings;
        let dateline_findings: Vec<String> = with
            .iter()
            .filter(|f| matches!(f.rule, Rule::MissingDateline | Rule::MalformedDateline))
            .map(|f| format!("{}: {}", f.rule, f.message))
            .collect();
        if !dateline_findings.is_empty() {
            misses.push(format!(
                "kept     {file}: {dateline:?} {dateline_findings:?}"
            ));
        } else {
            accepted += 1;
        }
        if codes(&stripped, &config).contains(&Rule::MissingDateline) {
            flagged_when_stripped += 1;
        } else {
            misses.push(format!("stripped {file}: {dateline:?}"));
        }
    }
    let accepted_share = accepted as f64 / stories as f64;
    let flagged_share = flagged_when_stripped as f64 / stories as f64;
    println!("Reuters datelines ({stories} stories): accepted {accepted_share:.4}, stripped ones flagged {flagged_share:.4}");
    for miss in &misses {
        println!("  {miss}");
    }
    assert!(stories > 1000, "the Reuters sample is missing");
    assert!(accepted_share >= 0.99, "accepted {accepted_share:.4}");
    assert!(flagged_share >= 0.99, "flagged {flagged_share:.4}");
}

#[test]
fn polnear_agency_datelines_are_recognised() {
    let Some(corpus) = corpus() else { return };
    let config = Config::default();
    let (mut stories, mut recognised) = (0, 0);
    for path in txt_files(&corpus.join("quotes/polnear/text")) {
        let Ok(text) = fs::read_to_string(&path) else {
            continue;
        };
        // The lede of these files is their third line, after the headline and a blank line.
        let Some(lede) = text.lines().nth(2) else {
            continue;
        };
        let agency = ["(AP) —", "(AP) -", "(Reuters) ", "(AFP) "]
            .iter()
            .any(|tag| lede.find(tag).is_some_and(|at| at < 60));
        if !agency {
            continue;
        }
        stories += 1;
        let analysis = analyze(&text, Format::PlainText, &config);
        if analysis.article.dateline.dateline.is_some()
            && !analysis
                .findings
                .iter()
                .any(|f| f.rule == Rule::MissingDateline)
        {
            recognised += 1;
        } else {
            println!(
                "  not recognised: {} {:?}",
                path.display(),
                lede.chars().take(60).collect::<String>()
            );
        }
    }
    println!("PolNeAR agency datelines: {recognised} of {stories} recognised");
    assert!(stories >= 40, "the PolNeAR wire stories are missing");
    assert_eq!(recognised, stories);
}

#[test]
fn bbc_stories_have_no_datelines_and_are_all_flagged() {
    let Some(corpus) = corpus() else { return };
    let config = Config::default();
    let files = txt_files(&corpus.join("bbc/text"));
    let mut flagged = 0;
    let mut malformed = 0;
    for path in &files {
        let Ok(text) = fs::read_to_string(path) else {
            continue;
        };
        let found = codes(&text, &config);
        if found.contains(&Rule::MissingDateline) {
            flagged += 1;
        } else {
            println!("  not flagged: {}", path.display());
        }
        if found.contains(&Rule::MalformedDateline) {
            malformed += 1;
            println!("  malformed: {}", path.display());
        }
    }
    println!(
        "BBC: {flagged} of {} flagged missing-dateline, {malformed} malformed-dateline",
        files.len()
    );
    assert!(files.len() > 1000, "the BBC sample is missing");
    assert_eq!((flagged, malformed), (files.len(), 0));
}
