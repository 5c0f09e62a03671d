//! Any draft checked against any record: the bytes before the first record separator (0x1E)
//! are the draft, those after it the transcript; without one, the transcript is the draft's
//! own lines, each given to a speaker, so that every quote aligns with something. The first
//! byte picks the format. The analysis never panics and everything it reports lies inside the
//! draft.
#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

use copydesk::record::{Record, SourceText};
use copydesk::{analyze_with_record, Config};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let format = invariants::format_from_byte(first);
    let (draft, transcript) = match rest.iter().position(|&b| b == 0x1E) {
        Some(at) => (
            String::from_utf8_lossy(&rest[..at]).into_owned(),
            String::from_utf8_lossy(&rest[at + 1..]).into_owned(),
        ),
        None => {
            let draft = String::from_utf8_lossy(rest).into_owned();
            let speakers = ["SMITH: ", "Q: ", "**Ortiz:** ", "[00:14:32] JONES: ", ""];
            let transcript = draft
                .lines()
                .zip(speakers.iter().cycle())
                .map(|(line, speaker)| format!("{speaker}{line}\n"))
                .collect();
            (draft, transcript)
        }
    };
    let record = Record::new(vec![SourceText {
        path: "transcript.txt".into(),
        text: transcript,
    }]);
    let analysis = analyze_with_record(&draft, format, &Config::default(), &record);
    invariants::check_analysis(&draft, &analysis);
});
