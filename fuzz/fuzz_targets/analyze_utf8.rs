//! Any valid UTF-8, analysed as Markdown and as plain text.
#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

use copydesk::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for format in [Format::Markdown, Format::PlainText] {
        invariants::analyze_and_check(text, format);
    }
});
