//! A draft edited change by change through the language server's document store ends as the
//! same text, with the same findings, as the draft sent whole.
#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

use copydesk::text::{Encoding, LineCol};
use copydesk::Format;
use invariants::Change;
use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    initial: &'a str,
    markdown: bool,
    encoding: u8,
    changes: Vec<RawChange<'a>>,
}

#[derive(Arbitrary, Debug)]
struct RawChange<'a> {
    /// Replaces the whole text when set (rarely: its low bits must all be set).
    whole: u8,
    start: (u8, u16),
    end: (u8, u16),
    text: &'a str,
}

/// Positions mostly near the text (a few lines, columns around a line's length), sometimes
/// far past it, as a confused client sends them.
fn position((line, col): (u8, u16)) -> LineCol {
    LineCol {
        line: if line >= 250 {
            u32::MAX - u32::from(line % 8)
        } else {
            u32::from(line % 16)
        },
        col: if col >= 65_000 {
            u32::MAX - u32::from(col % 600)
        } else {
            u32::from(col % 96)
        },
    }
}

fuzz_target!(|input: Input<'_>| {
    let encoding = match input.encoding % 3 {
        0 => Encoding::Utf8,
        1 => Encoding::Utf16,
        _ => Encoding::Utf32,
    };
    let format = if input.markdown {
        Format::Markdown
    } else {
        Format::PlainText
    };
    let changes: Vec<Change> = input
        .changes
        .iter()
        .take(64)
        .map(|raw| Change {
            range: (raw.whole & 0x1f != 0x1f).then(|| (position(raw.start), position(raw.end))),
            text: raw.text.to_string(),
        })
        .collect();
    invariants::check_document_edits(input.initial, &changes, encoding, format);
});
