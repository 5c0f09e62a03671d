//! Any bytes, read as a file of unknown encoding is read (lossily): the first byte picks the
//! format. The analysis never panics and everything it reports lies inside the text.
#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

use copydesk::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let format = if first & 1 == 0 {
        Format::Markdown
    } else {
        Format::PlainText
    };
    invariants::analyze_and_check(&String::from_utf8_lossy(rest), format);
});
