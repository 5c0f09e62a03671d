//! The anatomy of real articles: the headline, the lede and the trailer land where an editor
//! would put them, on every article of the corpus.

mod common;

use copydesk::article::structure::{self, Format};
use std::path::Path;

fn articles(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                out.push((
                    path.to_string_lossy().into_owned(),
                    std::fs::read_to_string(&path).expect("corpus is UTF-8"),
                ));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn bbc_headline_is_the_first_line_and_the_lede_the_third() {
    let Some(corpus) = common::corpus() else {
        return;
    };
    let mut wrong = Vec::new();
    for (path, text) in articles(&corpus.join("bbc/text")) {
        let s = structure::parse(&text, Format::PlainText);
        let first_line = text.lines().next().unwrap_or("").trim();
        // The lede is the first line after the headline that reads as a sentence; short
        // unpunctuated lines before it ("The shape of the UK's economy In graphics") are notes.
        let third_line = text
            .lines()
            .skip(1)
            .map(str::trim)
            .find(|l| l.chars().count() > 80 || l.ends_with(['.', '?', '!', '"', ':']))
            .unwrap_or("");
        let lede = s.lede().map(|(_, p)| p.span.slice(&text)).unwrap_or("");
        if s.headline.map(|h| h.slice(&text)) != Some(first_line) || lede != third_line {
            wrong.push(path);
        }
    }
    assert!(
        wrong.is_empty(),
        "{} BBC articles misread, e.g. {:?}",
        wrong.len(),
        &wrong[..wrong.len().min(5)]
    );
}

#[test]
fn reuters_lede_opens_with_the_dateline_and_the_sign_off_is_trailer() {
    let Some(corpus) = common::corpus() else {
        return;
    };
    let metadata = std::fs::read_to_string(corpus.join("reuters/metadata.tsv")).expect("metadata");
    let mut checked = 0;
    let mut wrong = Vec::new();
    for line in metadata.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let (file, dateline) = (fields[0], fields[6]);
        let text = std::fs::read_to_string(corpus.join("reuters").join(file)).expect("article");
        if dateline.is_empty() || !text.contains(dateline) {
            continue;
        }
        checked += 1;
        let s = structure::parse(&text, Format::PlainText);
        let lede = s.lede().map(|(_, p)| p.span.slice(&text)).unwrap_or("");
        let signed_off = s
            .trailer
            .iter()
            .any(|t| t.slice(&text).eq_ignore_ascii_case("reuter"));
        if !lede.starts_with(dateline) || (text.trim_end().ends_with("Reuter") && !signed_off) {
            wrong.push(file.to_string());
        }
    }
    assert!(checked > 1400, "only {checked} Reuters articles checked");
    assert!(
        wrong.is_empty(),
        "{} of {checked} Reuters articles misread, e.g. {:?}",
        wrong.len(),
        &wrong[..wrong.len().min(5)]
    );
}

#[test]
fn polnear_headline_is_the_first_line() {
    let Some(corpus) = common::corpus() else {
        return;
    };
    let mut wrong = Vec::new();
    for (path, text) in articles(&corpus.join("quotes/polnear/text")) {
        let s = structure::parse(&text, Format::PlainText);
        let first_line = text
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim();
        if s.headline.map(|h| h.slice(&text)) != Some(first_line) || s.paragraphs.is_empty() {
            wrong.push(path);
        }
    }
    assert!(
        wrong.is_empty(),
        "{} PolNeAR articles misread, e.g. {:?}",
        wrong.len(),
        &wrong[..wrong.len().min(5)]
    );
}
