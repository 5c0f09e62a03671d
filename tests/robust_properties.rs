//! Hostile text never breaks the analysis: the properties the cargo-fuzz targets in `fuzz/`
//! check, run with proptest so that `cargo test` on stable Rust covers them too.
//!
//! Drafts are built from pieces a newsroom draft is made of (quotation marks of every kind,
//! attribution cues, datelines, Markdown, front matter, suppression comments) mixed with the
//! pieces that break naive text handling (NUL, lone combining marks, emoji sequences, every
//! kind of line break, long runs of one character), and with arbitrary characters.

mod invariants;

use copydesk::record::{Record, SourceText};
use copydesk::text::{Encoding, LineCol, LineIndex, Span};
use copydesk::{analyze_with_record, Config, Format};
use invariants::{
    analyze_and_check, check_analysis, check_document_edits, check_hostile_position,
    check_line_index, Change,
};
use proptest::prelude::*;

/// Pieces of news copy and of hostile text, glued together at random.
const PIECES: &[&str] = &[
    // Quotation marks, straight and curly, single and double, and their look-alikes.
    "\"",
    "“",
    "”",
    "'",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "‚",
    "‹",
    "›",
    "``",
    "''",
    "″",
    "〝",
    "〞",
    // Attribution.
    " said",
    " says",
    ", he said.",
    " she said",
    " according to ",
    " told reporters",
    "Mr. ",
    "Dr. ",
    "Sen. ",
    "Smith",
    "Smyth",
    "Samuel Charap",
    "Charap",
    "Charap's",
    "O'Neill",
    "de la Cruz",
    "McDonald",
    "Renée Côté",
    "Zoë",
    "Nguyễn",
    "Алексей Навальный",
    "習近平",
    "John",
    " he ",
    " she ",
    " they ",
    "officials",
    "a spokeswoman",
    // Datelines and structure.
    "WASHINGTON",
    "NEW YORK, March 3 (Reuters) - ",
    "ANCHORAGE, Alaska (AP) — ",
    " — ",
    " -- ",
    "By ",
    "BY ",
    "(Reporting by ",
    "©2025",
    "Copyright",
    "_____",
    "===",
    "---",
    "Comments",
    // Markdown and front matter.
    "---\n",
    "...\n",
    "# ",
    "## ",
    "> ",
    "- ",
    "* ",
    "1. ",
    "```",
    "~~~",
    "    ",
    "\t",
    "`",
    "**",
    "_",
    "*",
    "[",
    "](",
    ")",
    "![",
    "<a href=x>",
    "</a>",
    "<",
    ">",
    "http://x.y/",
    "\\\"",
    "<!--",
    "-->",
    "<!-- copydesk-disable -->",
    "<!-- copydesk-enable -->",
    "<!-- copydesk-disable-next-line unattributed-quote -->",
    "copydesk:\n  disable: [name-spelling]\n",
    "title: x\n",
    "key: [a, b]\n",
    // Line breaks of every kind, and white space that is not a space.
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\r\r\n",
    "\u{2028}",
    "\u{2029}",
    "\u{85}",
    "\u{b}",
    "\u{c}",
    "\u{a0}",
    "\u{3000}",
    " ",
    "  ",
    // Characters that break naive code.
    "\0",
    "\u{301}",
    "\u{308}\u{301}",
    "\u{200d}",
    "\u{200b}",
    "\u{feff}",
    "\u{fffd}",
    "\u{202e}",
    "👋🏽",
    "👨‍👩‍👧",
    "🇺🇦",
    "𝐀",
    "ﬁ",
    "İ",
    "ß",
    "ǅ",
    "Ⅻ",
    "١٢٣",
    // Sentence punctuation.
    ".",
    ",",
    "?",
    "!",
    ":",
    ";",
    "…",
    "(",
    ")",
    "—",
    "–",
    "-",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(PIECES).prop_map(str::to_string),
        2 => "[A-Z][a-z]{0,8}",
        2 => "[a-z]{1,8}",
        1 => any::<char>().prop_map(String::from),
        // Long runs: of one piece, as in a draft of nothing but quote marks or capitals.
        1 => (prop::sample::select(PIECES), 2..300usize).prop_map(|(p, n)| p.repeat(n)),
    ]
}

fn draft() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..120).prop_map(|pieces| pieces.concat())
}

/// What opens a turn of a transcript: a speaker's label, a timestamp, a caption cue, or nothing.
fn record_label() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("SMITH: ".to_string()),
        Just("Q: ".to_string()),
        Just("**Ortiz:** ".to_string()),
        Just("[00:14:32] JONES: ".to_string()),
        Just("12\n00:14:32.120 --> 00:14:35.000\n<v Ana Ruiz>".to_string()),
        "[A-Z]{1,12}: ",
    ]
}

fn format() -> impl Strategy<Value = Format> {
    prop_oneof![Just(Format::Markdown), Just(Format::PlainText)]
}

fn encoding() -> impl Strategy<Value = Encoding> {
    prop_oneof![
        Just(Encoding::Utf8),
        Just(Encoding::Utf16),
        Just(Encoding::Utf32)
    ]
}

/// Mostly near the text (where clamping decisions are made), sometimes far past it.
fn position() -> impl Strategy<Value = LineCol> {
    let line = prop_oneof![4 => 0..6u32, 1 => Just(u32::MAX), 1 => any::<u32>()];
    let col = prop_oneof![4 => 0..40u32, 1 => Just(u32::MAX), 1 => any::<u32>()];
    (line, col).prop_map(|(line, col)| LineCol { line, col })
}

fn change() -> impl Strategy<Value = Change> {
    let text = prop::collection::vec(piece(), 0..4).prop_map(|pieces| pieces.concat());
    let range = prop_oneof![1 => Just(None), 12 => (position(), position()).prop_map(Some)];
    (range, text).prop_map(|(range, text)| Change { range, text })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn any_draft_analyses_within_its_bounds(text in draft(), format in format()) {
        analyze_and_check(&text, format);
    }

    #[test]
    fn any_string_analyses_within_its_bounds(text in any::<String>(), format in format()) {
        analyze_and_check(&text, format);
    }

    #[test]
    fn any_bytes_read_lossily_analyse_within_their_bounds(
        bytes in prop::collection::vec(any::<u8>(), 0..600),
        format in format(),
    ) {
        analyze_and_check(&String::from_utf8_lossy(&bytes), format);
    }

    #[test]
    fn any_draft_checked_against_any_record_analyses_within_its_bounds(
        text in draft(),
        turns in prop::collection::vec((record_label(), draft()), 0..8),
        format in format(),
    ) {
        // The record holds the draft's own words too, so that alignments are made.
        let mut record_text: String = turns
            .iter()
            .map(|(label, said)| format!("{label}{said}\n"))
            .collect();
        record_text.push_str(&text);
        let record = Record::new(vec![SourceText {
            path: "transcript.txt".into(),
            text: record_text,
        }]);
        let analysis = analyze_with_record(&text, format, &Config::default(), &record);
        check_analysis(&text, &analysis);
    }

    #[test]
    fn positions_round_trip_in_every_encoding(text in draft()) {
        check_line_index(&text);
    }

    #[test]
    fn hostile_positions_land_on_character_boundaries(
        text in draft(),
        line in prop_oneof![0..20u32, Just(u32::MAX), any::<u32>()],
        col in prop_oneof![0..40u32, Just(u32::MAX), any::<u32>()],
    ) {
        check_hostile_position(&text, LineCol { line, col });
    }

    #[test]
    fn edits_through_the_document_store_match_the_whole_text(
        initial in draft(),
        changes in prop::collection::vec(change(), 0..12),
        encoding in encoding(),
        format in format(),
    ) {
        check_document_edits(&initial, &changes, encoding, format);
    }

    #[test]
    fn every_line_of_the_index_lies_inside_the_text(text in draft()) {
        let index = LineIndex::new(&text);
        let mut previous_end = 0;
        for line in 0..index.line_count() {
            let span: Span = index.line_span(&text, line);
            invariants::check_span(&text, span, "line");
            prop_assert!(span.start >= previous_end, "lines overlap at {line}");
            previous_end = span.end;
        }
    }
}

/// Drafts that are one thing repeated: each must analyse without a panic. (Their speed is the
/// benchmarks' business; here only correctness is checked.)
#[test]
fn long_runs_of_one_thing_analyse() {
    let runs = [
        "“".repeat(20_000),
        "\"".repeat(20_000),
        "”“".repeat(10_000),
        "'".repeat(20_000),
        "Smith ".repeat(20_000),
        "WASHINGTON ".repeat(10_000),
        "\u{301}".repeat(20_000),
        "👨‍👩‍👧".repeat(5_000),
        "\0".repeat(20_000),
        "\r".repeat(20_000),
        "\r\n".repeat(20_000),
        "\n".repeat(20_000),
        "<!--".repeat(5_000),
        "[".repeat(20_000),
        "`".repeat(20_000),
        "# ".repeat(10_000),
        "---\n".repeat(5_000),
        "By X\n".repeat(5_000),
        "“He said,” she said. ".repeat(2_000),
    ];
    for text in &runs {
        for format in [Format::Markdown, Format::PlainText] {
            analyze_and_check(text, format);
        }
    }
}

#[test]
fn the_edge_cases_named_in_the_issue_analyse() {
    let cases = [
        "",
        "\0",
        "\u{301}",
        "“\u{301}”",
        "\u{301}“Hi,” he said.",
        "👋🏽“🇺🇦,” 👨‍👩‍👧 said.",
        "Headline\r\rWASHINGTON — “Yes,” he said.\r",
        "Headline\r\n\n\rWASHINGTON — “Yes,” he said.\n\r",
        "---\ntitle: “x\n---\n# “",
        "---\r\ncopydesk:\r\n  disable: [\r\n---\r\n",
        "<!-- copydesk-disable-next-line",
        "<!-- copydesk-disable-next-line -->",
        "By \u{301}",
        "By ",
        "1.",
        "#",
        "*",
        "[a](",
        "![",
        "\\",
    ];
    for text in cases {
        for format in [Format::Markdown, Format::PlainText] {
            analyze_and_check(text, format);
        }
    }
}
