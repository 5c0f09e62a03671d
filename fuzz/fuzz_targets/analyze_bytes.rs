//! Any bytes, read as a file of unknown encoding is read (lossily): the first byte picks the
//! format. The analysis never panics and everything it reports lies inside the text.
#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let format = invariants::format_from_byte(first);
    invariants::analyze_and_check(&String::from_utf8_lossy(rest), format);
});
