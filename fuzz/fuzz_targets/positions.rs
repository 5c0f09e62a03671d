//! Byte offsets ⇄ line/column in UTF-8, UTF-16 and UTF-32 round-trip on any text, and any
//! position an editor may send lands on a character boundary.
#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

use copydesk::text::LineCol;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, u32, u32)| {
    let (text, line, col) = input;
    invariants::check_line_index(text);
    invariants::check_hostile_position(text, LineCol { line, col });
    // Positions near the text, where clamping decisions are made.
    let near = LineCol {
        line: line % 8,
        col: col % 64,
    };
    invariants::check_hostile_position(text, near);
});
