//! Datelines in whole drafts: Markdown with front matter, headline, byline and emphasis; plain
//! text with section and byline lines; hard-wrapped wire copy; the house styles; suppression;
//! and the fixes, which must leave a dateline the style accepts. Every draft here is invented.

mod common;

use copydesk::config::DatelineStyle;
use copydesk::finding::apply_edits;
use copydesk::rules::Rule;
use copydesk::{analyze, Config, Format};

fn config(style: DatelineStyle) -> Config {
    let mut config = Config::default();
    config.dateline_style = style;
    config
}

/// The dateline findings of a draft: rule code and the text under the finding.
fn dateline_findings(
    draft: &str,
    format: Format,
    style: DatelineStyle,
) -> Vec<(&'static str, &str)> {
    let rules = [Rule::MissingDateline, Rule::MalformedDateline];
    common::flagged(draft, format, &config(style), &rules)
}

/// Applies the first fix of the first dateline finding until none is left with a fix.
fn fix_everything(draft: &str, format: Format, style: DatelineStyle) -> String {
    let mut text = draft.to_string();
    for _ in 0..10 {
        let analysis = analyze(&text, format, &config(style));
        let Some(fix) = analysis
            .findings
            .iter()
            .filter(|f| f.rule == Rule::MalformedDateline)
            .find_map(|f| f.fixes.first())
        else {
            break;
        };
        text = apply_edits(&text, &fix.edits).expect("fix edits apply");
    }
    text
}

const MARKDOWN_STORY: &str = "---
title: Levee holds as river crests
type: news
desk: metro
---
# Levee holds as river crests

*Engineers say the winter repairs did their job*

By Dana Whitfield

**MEMPHIS, Tenn. (AP)** — The Mississippi River crested on Tuesday a foot below the top of the levee.

\"We were ready,\" said Lena Ortiz, the county's chief engineer.
";

#[test]
fn a_markdown_story_with_a_bold_dateline_is_clean_in_every_style_that_fits() {
    assert_eq!(
        dateline_findings(MARKDOWN_STORY, Format::Markdown, DatelineStyle::Any),
        vec![]
    );
    assert_eq!(
        dateline_findings(MARKDOWN_STORY, Format::Markdown, DatelineStyle::Ap),
        vec![]
    );
    let analysis = analyze(MARKDOWN_STORY, Format::Markdown, &Config::default());
    let dateline = analysis.article.dateline.dateline.expect("the dateline");
    assert_eq!(dateline.place.slice(MARKDOWN_STORY), "MEMPHIS");
    assert_eq!(dateline.agency.map(|a| a.slice(MARKDOWN_STORY)), Some("AP"));
}

#[test]
fn an_italic_dateline_counts_too() {
    let draft = "# Levee holds\n\n_KYIV, Ukraine_ — Air raid sirens sounded across the capital overnight.\n";
    assert_eq!(
        dateline_findings(draft, Format::Markdown, DatelineStyle::Ap),
        vec![]
    );
}

#[test]
fn a_plain_text_draft_with_section_and_byline_lines() {
    let draft = "Levee holds as river crests\nPublished in News & Features\nBy Dana Whitfield\nThe Mississippi River crested on Tuesday a foot below the top of the levee that engineers spent the winter shoring up, the county said.\n\"We were ready,\" said Lena Ortiz, the county's chief engineer.\n";
    assert_eq!(
        dateline_findings(draft, Format::PlainText, DatelineStyle::Any),
        vec![("missing-dateline", "The")]
    );
}

#[test]
fn hard_wrapped_wire_copy_under_reuters_style() {
    let draft = "LEVEE AUTHORITY SAYS REPAIRS HELD\n    ST. LOUIS, March 3 - The levee authority said the\nrepairs it made over the winter held through the crest.\n    It said the river crested at 30 feet.\n Reuter\n";
    assert_eq!(
        dateline_findings(draft, Format::PlainText, DatelineStyle::Reuters),
        vec![]
    );
    let stripped = draft.replace("ST. LOUIS, March 3 - ", "");
    assert_eq!(
        dateline_findings(&stripped, Format::PlainText, DatelineStyle::Reuters),
        vec![("missing-dateline", "The")]
    );
}

#[test]
fn the_sample_draft_gets_exactly_one_missing_dateline_on_line_3() {
    let draft =
        std::fs::read_to_string(common::fixture("summit.txt")).expect("tests/fixtures/summit.txt");
    let analysis = analyze(&draft, Format::PlainText, &Config::default());
    let lines: Vec<usize> = analysis
        .findings
        .iter()
        .filter(|f| matches!(f.rule, Rule::MissingDateline | Rule::MalformedDateline))
        .map(|f| draft[..f.span.start].matches('\n').count() + 1)
        .collect();
    assert_eq!(lines, vec![3]);
}

#[test]
fn one_suppression_comment_silences_a_malformed_dateline() {
    let draft = "# Levee holds\n\n<!-- copydesk-disable-next-line malformed-dateline -->\nFresno, Calif. — The county said the levee held.\n";
    assert_eq!(
        dateline_findings(draft, Format::Markdown, DatelineStyle::Ap),
        vec![]
    );
}

#[test]
fn the_rules_can_be_switched_off_in_config() {
    let mut config = config(DatelineStyle::Ap);
    config.set_level(Rule::MalformedDateline, copydesk::config::Level::Off);
    let draft = "Levee holds\n\nFresno, CA - The county said the levee held.\n";
    assert!(analyze(draft, Format::PlainText, &config)
        .findings
        .is_empty());
}

/// Each dateline, fixed by its findings' own fixes, ends up accepted by the style.
fn assert_fixes_settle(datelines: &[&str], style: DatelineStyle) {
    for dateline in datelines {
        let draft =
            format!("Levee holds\n\n{dateline}The county said on Tuesday that the levee held.\n");
        let fixed = fix_everything(&draft, Format::PlainText, style);
        assert_eq!(
            dateline_findings(&fixed, Format::PlainText, style),
            vec![],
            "{dateline:?} became {fixed:?}"
        );
    }
}

#[test]
fn every_certain_fix_leaves_a_dateline_the_style_accepts() {
    assert_fixes_settle(
        &[
            "Tulsa, OKLA. - ",
            "FRESNO Calif. – ",
            "CHICAGO, IL — ",
            "EL PASO, Tex.—",
            "BEIRUT, Lebanon, June 2 -- ",
            "SALEM, Oreg. (AP) - ",
        ],
        DatelineStyle::Ap,
    );
    assert_fixes_settle(
        &[
            "SEOUL, Sept. 3 (Reuters) — ",
            "SEOUL, September 3 (Reuters) – ",
            "NEW YORK, Jan. 5 -- ",
        ],
        DatelineStyle::Reuters,
    );
}

#[test]
fn the_cli_reads_the_style_from_copydesk_toml() {
    let dir = common::scratch(&[
        ("copydesk.toml", b"[dateline]\nstyle = \"ap\"\n"),
        (
            "levee.txt",
            b"Levee holds\n\nFresno, CA - The county said the levee held.\n",
        ),
    ]);
    let run = common::copydesk(dir.path(), &["check", "--format", "json", "levee.txt"]);
    let json = common::json(&run);
    let messages: Vec<String> = json["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| d["message"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(messages.len(), 3, "{messages:?}");
    assert!(
        messages.iter().any(|m| m.contains("`Calif.`, not `CA`")),
        "{messages:?}"
    );
}

#[test]
fn odd_text_never_breaks_detection() {
    for draft in [
        "",
        "\n\n\n",
        "—",
        "A",
        "É, Ü —",
        "(AP) —",
        "FRESNO, Calif. —",
        "FRESNO, Calif. —\n\n",
        "ÀÀ, ÉÉ (AP) — ü",
        "**",
        "# —\n\n— —\n",
    ] {
        for style in [
            DatelineStyle::Ap,
            DatelineStyle::Reuters,
            DatelineStyle::Any,
        ] {
            let _ = analyze(draft, Format::Markdown, &config(style));
            let _ = analyze(draft, Format::PlainText, &config(style));
        }
    }
}

#[test]
fn a_dateline_alone_above_an_earnings_table_is_wire_layout_not_a_slip() {
    let draft = "BRIGHTLINE CORP 1ST QTR NET\n    CHICAGO, Oct 20 -\n    Shr 52 cts vs 42 cts\n    Net 1,204,000 vs 980,000\n    Revs 14.2 mln vs 12.9 mln\n Reuter\n";
    for style in [DatelineStyle::Reuters, DatelineStyle::Any] {
        assert_eq!(
            dateline_findings(draft, Format::PlainText, style),
            vec![],
            "{style:?}"
        );
    }
}
