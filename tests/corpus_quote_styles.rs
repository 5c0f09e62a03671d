//! Metamorphic test of quotation-mark styles on the real corpus (COPYDESK_CORPUS): the BBC and
//! Reuters articles, whose quotes are in double marks, are rewritten mechanically into single
//! marks (curly, then straight; the nested single marks become double) and into guillemets
//! («…» without and with no-break spaces inside, and »…«). Read with the default `auto` style,
//! each rewrite must give the quotes of the original, with the same span and speaker, and the
//! same quote findings.
//!
//! Spans are compared through a mapping that survives the rewrite: a position counts the
//! characters before it that are neither quotation marks nor the no-break spaces the rewrite
//! adds.
//!
//! The odd-numbered files (`001.txt`, `00013.txt`) are the check half; the heuristics were tuned
//! on the even ones, which `COPYDESK_QUOTE_STYLES_HALF=even` measures instead;
//! `COPYDESK_QUOTE_STYLES_HALF=polnear` measures PolNeAR's training articles (US political news,
//! an outlet mix the check half does not have), a second set to tune on.
//!
//! Run: `COPYDESK_CORPUS=../shared/corpus cargo test --test corpus_quote_styles -- --nocapture`

mod common;

use common::txt_files;
use copydesk::finding::Rule;
use copydesk::{analyze, Analysis, Config, Format};
use std::path::{Path, PathBuf};

/// The rules whose findings are about quotes.
const QUOTE_RULES: [Rule; 3] = [
    Rule::UnattributedQuote,
    Rule::FollowOnQuote,
    Rule::UnbalancedQuote,
];

/// Which half of the corpus a file is in, by the number in its name.
fn is_odd(path: &Path) -> bool {
    path.file_stem()
        .and_then(|stem| stem.to_str())
        .and_then(|stem| stem.parse::<u64>().ok())
        .is_some_and(|n| n % 2 == 1)
}

/// Whether a draft's own double marks are set consistently, so that a mechanical rewrite keeps
/// its meaning: one family (straight or curly), each curly mark facing its side of a word, no
/// `''` standing for a double mark, no markup attributes (`<tweet author="…">`), and nothing
/// the analysis reads as unbalanced. About a third of PolNeAR's archive text fails this.
fn marks_are_clean(text: &str) -> bool {
    let mixed_families = text.contains(['“', '”']) && text.contains('"');
    let wrong_facing = text.contains("“ ") || text.contains("“\n") || text.contains(" ”");
    let doubled_singles = text.contains("''") || text.contains("’’");
    let markup = text.contains("=\"") || text.contains("=‘");
    let unbalanced = || {
        analyze(text, Format::PlainText, &Config::default())
            .findings
            .iter()
            .any(|f| f.rule == Rule::UnbalancedQuote)
    };
    !(mixed_families || wrong_facing || doubled_singles || markup || unbalanced())
}

/// The marks a style writes: an opening and a closing mark for speech, the same for a nested
/// quote, and the space set inside the speech marks.
struct Style {
    name: &'static str,
    open: char,
    close: char,
    nested_open: char,
    nested_close: char,
    inner_space: Option<char>,
    /// Whether apostrophes are set curly (’), as in typeset single-mark copy.
    curly_apostrophes: bool,
    findings_floor: FindingsFloor,
}

/// What the quote findings of a rewritten draft must keep on the check half. The target
/// is the same findings on 0.99 of files and no new `unbalanced-quote` from apostrophes. Every
/// style meets the share. The guillemet styles add no `unbalanced-quote`; the single-mark styles
/// add some (2 curly, 4 straight, measured in session 11), each where the original has a mark
/// typo of its own that the rewrite carries into single marks: a backtick standing for an opening
/// mark (BBC entertainment/375), mixed marks in one paragraph (politics/039), a missing space
/// after a full stop (`carpet.'It's`, entertainment/355, straight only). The floor is where they
/// stand, so that nothing slips back.
#[derive(Clone, Copy)]
struct FindingsFloor {
    same_findings: f64,
    new_unbalanced: usize,
}

const TARGET: FindingsFloor = FindingsFloor {
    same_findings: 0.99,
    new_unbalanced: 0,
};

const SINGLE_CURLY_TODAY: FindingsFloor = FindingsFloor {
    same_findings: 0.99,
    new_unbalanced: 2,
};

const SINGLE_STRAIGHT_TODAY: FindingsFloor = FindingsFloor {
    same_findings: 0.99,
    new_unbalanced: 4,
};

const STYLES: [Style; 5] = [
    Style {
        name: "single curly",
        open: '‘',
        close: '’',
        nested_open: '“',
        nested_close: '”',
        inner_space: None,
        curly_apostrophes: true,
        findings_floor: SINGLE_CURLY_TODAY,
    },
    Style {
        name: "single straight",
        open: '\'',
        close: '\'',
        nested_open: '"',
        nested_close: '"',
        inner_space: None,
        curly_apostrophes: false,
        findings_floor: SINGLE_STRAIGHT_TODAY,
    },
    Style {
        name: "guillemets",
        open: '«',
        close: '»',
        nested_open: '“',
        nested_close: '”',
        inner_space: None,
        curly_apostrophes: true,
        findings_floor: TARGET,
    },
    Style {
        name: "guillemets, narrow no-break spaces",
        open: '«',
        close: '»',
        nested_open: '“',
        nested_close: '”',
        inner_space: Some('\u{202F}'),
        curly_apostrophes: true,
        findings_floor: TARGET,
    },
    Style {
        name: "guillemets pointing in, no-break spaces",
        open: '»',
        close: '«',
        nested_open: '›',
        nested_close: '‹',
        inner_space: Some('\u{A0}'),
        curly_apostrophes: false,
        findings_floor: TARGET,
    },
];

fn is_mark(c: char) -> bool {
    copydesk::text::is_quote_mark(c)
}

fn is_added_space(c: char) -> bool {
    matches!(c, '\u{A0}' | '\u{202F}')
}

/// The single marks of a draft used as quotation marks (nested quotes, and the scare quotes BBC
/// copy sets in single marks), which change places with the double ones: an opening mark before
/// a word after white space, and the next mark in its paragraph that no letter follows.
fn single_quote_marks(text: &str) -> Vec<(usize, bool)> {
    let mut out = Vec::new();
    let mut pending: Option<usize> = None;
    let mut previous: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        // A paragraph ends a nested quote; a hard-wrapped line (Reuters) does not.
        if c == '\n' && next.is_none_or(char::is_whitespace) {
            pending = None;
        }
        if matches!(c, '\'' | '‘' | '’') {
            let letter_before = previous.is_some_and(char::is_alphanumeric);
            let letter_after = next.is_some_and(char::is_alphanumeric);
            let opens = !letter_before
                && previous.is_none_or(|p| p.is_whitespace() || p == '(' || p == '"')
                && next.is_some_and(char::is_alphabetic);
            let closes = !letter_after && previous.is_some_and(|p| !p.is_whitespace());
            match pending {
                None if opens && c != '’' => pending = Some(i),
                Some(open) if closes && c != '‘' => {
                    out.push((open, true));
                    out.push((i, false));
                    pending = None;
                }
                _ => {}
            }
        }
        previous = Some(c);
    }
    out
}

/// The draft rewritten into `style`, from the quotes the original analysis found.
fn rewrite(text: &str, original: &Analysis, style: &Style) -> String {
    // What replaces the character at each byte offset.
    let mut replace: std::collections::BTreeMap<usize, String> = Default::default();
    for quote in &original.article.quotes {
        let open = quote.span.start;
        let mut opening = style.open.to_string();
        opening.extend(style.inner_space);
        replace.insert(open, opening);
        if quote.closed {
            let close = text[..quote.span.end]
                .char_indices()
                .next_back()
                .map(|(i, _)| i);
            if let Some(close) = close.filter(|&c| c > open) {
                let mut closing: String = style.inner_space.into_iter().collect();
                closing.push(style.close);
                replace.insert(close, closing);
            }
        }
    }
    for (at, opens) in single_quote_marks(text) {
        let nested = if opens {
            style.nested_open
        } else {
            style.nested_close
        };
        replace.entry(at).or_insert_with(|| nested.to_string());
    }
    for stray in &original.article.stray_marks {
        replace
            .entry(stray.span.start)
            .or_insert_with(|| style.close.to_string());
    }
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for (i, c) in text.char_indices() {
        match replace.get(&i) {
            Some(new) => out.push_str(new),
            None if c == '\'' && style.curly_apostrophes => out.push('’'),
            None => out.push(c),
        }
    }
    out
}

/// Positions that survive the rewrite: characters before each byte offset that are neither
/// marks nor added spaces.
fn stable_positions(text: &str) -> Vec<usize> {
    let mut positions = vec![0; text.len() + 1];
    let mut count = 0;
    for (i, c) in text.char_indices() {
        for slot in &mut positions[i..i + c.len_utf8()] {
            *slot = count;
        }
        if !is_mark(c) && !is_added_space(c) {
            count += 1;
        }
    }
    positions[text.len()] = count;
    positions
}

/// A quote as the comparison sees it: its span in stable positions and its speaker.
type QuoteKey = (usize, usize, Option<String>);
/// A quote finding: its rule and span in stable positions.
type FindingKey = (Rule, usize, usize);

fn quote_keys(text: &str, analysis: &Analysis) -> Vec<QuoteKey> {
    let at = stable_positions(text);
    analysis
        .article
        .quotes
        .iter()
        .map(|q| {
            // The rewrite sets apostrophes curly in some styles: `O’Sullivan` is `O'Sullivan`.
            let speaker = q.attribution.as_ref().map(|a| a.speaker.replace('’', "'"));
            (at[q.content.start], at[q.content.end], speaker)
        })
        .collect()
}

fn finding_keys(text: &str, analysis: &Analysis) -> Vec<FindingKey> {
    let at = stable_positions(text);
    analysis
        .findings
        .iter()
        .filter(|f| QUOTE_RULES.contains(&f.rule))
        .map(|f| (f.rule, at[f.span.start], at[f.span.end]))
        .collect()
}

/// The corpus folder a file is read from, so dumped rewrites keep `bbc-text-sport-…` names.
fn root_of(path: &Path) -> &Path {
    path.ancestors()
        .find(|a| a.join("bbc").is_dir())
        .unwrap_or(Path::new(""))
}

#[derive(Default)]
struct Tally {
    quotes: usize,
    same_quotes: usize,
    files: usize,
    same_findings: usize,
    new_unbalanced: usize,
}

fn measure(files: &[PathBuf], style: &Style, show: bool) -> Tally {
    let config = Config::default();
    let mut tally = Tally::default();
    for path in files {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let original = analyze(&text, Format::PlainText, &config);
        let rewritten_text = rewrite(&text, &original, style);
        let rewritten = analyze(&rewritten_text, Format::PlainText, &config);
        if let Some(dir) = std::env::var_os("COPYDESK_QUOTE_STYLES_DUMP") {
            // For reading a rewrite with `copydesk quotes`: `DIR/<style>/<file name>`.
            let dir = PathBuf::from(dir).join(style.name.replace([' ', ','], "-"));
            let name = path.strip_prefix(root_of(path)).unwrap_or(path);
            let out = dir.join(name.to_string_lossy().replace('/', "-"));
            let _ = std::fs::create_dir_all(&dir);
            let _ = std::fs::write(out, &rewritten_text);
        }
        let expected = quote_keys(&text, &original);
        let mut found = quote_keys(&rewritten_text, &rewritten);
        tally.quotes += expected.len();
        for key in &expected {
            if let Some(i) = found.iter().position(|f| f == key) {
                found.swap_remove(i);
                tally.same_quotes += 1;
            } else if show {
                let read = rewritten.article.quote_marks.primary;
                println!(
                    "  {} {}: missed {key:?}, read {read:?}",
                    style.name,
                    path.display()
                );
            }
        }
        tally.files += 1;
        let before = finding_keys(&text, &original);
        let after = finding_keys(&rewritten_text, &rewritten);
        if before == after {
            tally.same_findings += 1;
        } else if show {
            println!(
                "  {} {}: findings {before:?} → {after:?}",
                style.name,
                path.display()
            );
        }
        let unbalanced =
            |keys: &[FindingKey]| keys.iter().filter(|k| k.0 == Rule::UnbalancedQuote).count();
        tally.new_unbalanced += unbalanced(&after).saturating_sub(unbalanced(&before));
    }
    tally
}

#[test]
fn quotes_read_the_same_in_every_style() {
    let Some(root) = std::env::var_os("COPYDESK_CORPUS").map(PathBuf::from) else {
        println!("skipped: COPYDESK_CORPUS not set");
        return;
    };
    let half = std::env::var("COPYDESK_QUOTE_STYLES_HALF").unwrap_or_default();
    let tune = matches!(half.as_str(), "even" | "polnear");
    let show = std::env::var_os("COPYDESK_EVAL_SHOW").is_some();
    let files: Vec<PathBuf> = if half == "polnear" {
        txt_files(&root.join("quotes/polnear/text/train"))
            .into_iter()
            .filter(|path| std::fs::read_to_string(path).is_ok_and(|text| marks_are_clean(&text)))
            .collect()
    } else {
        txt_files(&root.join("bbc/text"))
            .into_iter()
            .chain(txt_files(&root.join("reuters/text")))
            .filter(|path| is_odd(path) != tune)
            .collect()
    };
    assert!(!files.is_empty(), "no articles to rewrite under {root:?}");
    let half = match half.as_str() {
        "even" => "even (tune)",
        "polnear" => "PolNeAR train (tune)",
        _ => "odd (check)",
    };
    let mut failures = Vec::new();
    for style in &STYLES {
        let tally = measure(&files, style, show);
        let same_quotes = tally.same_quotes as f64 / tally.quotes.max(1) as f64;
        let same_findings = tally.same_findings as f64 / tally.files.max(1) as f64;
        println!(
            "{half}, {}: {}/{} quotes same span and speaker ({same_quotes:.4}); {}/{} files same \
             quote findings ({same_findings:.4}); {} new unbalanced-quote",
            style.name,
            tally.same_quotes,
            tally.quotes,
            tally.same_findings,
            tally.files,
            tally.new_unbalanced
        );
        let floor = style.findings_floor;
        if !tune
            && (same_quotes < 0.98
                || same_findings < floor.same_findings
                || tally.new_unbalanced > floor.new_unbalanced)
        {
            failures.push(style.name);
        }
    }
    assert!(
        failures.is_empty(),
        "below 0.98 same quotes, or below the style's findings floor: {failures:?}"
    );
}
