//! The record: the transcripts, notes and statements a draft's quotes come from, read into
//! speakers' turns (`turns`), indexed by runs of three words (`index`), and each direct quote
//! of a draft aligned with its closest passage (`check`) word by word (`align`), words folded
//! as `wording` folds them. Pure, like the analysis: the adapters read the source files and
//! hand their texts in.

pub mod align;
mod check;
pub mod diff;
mod index;
pub mod turns;
pub mod wording;

pub use check::{MatchKind, Passage, RecordMatch};
pub use turns::{RecordWord, Turn};
pub use wording::Wording;

use crate::article::{front_matter, Format};
use index::RunIndex;

/// The sources a Markdown draft names in its front matter (`sources: [transcripts/presser.txt,
/// notes/call.md]`), as written: paths relative to the draft.
pub fn declared_sources(text: &str, format: Format) -> Vec<String> {
    if format != Format::Markdown {
        return Vec::new();
    }
    front_matter::parse(text)
        .and_then(|front| front.get("sources").map(front_matter::Value::as_list))
        .unwrap_or_default()
        .into_iter()
        .map(|path| path.trim().to_string())
        .filter(|path| !path.is_empty())
        .collect()
}

/// A source's text as the adapter read it, under the path it names it by (relative to the
/// working folder in the command line, absolute in the server).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceText {
    pub path: String,
    pub text: String,
}

/// One source of the record, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub path: String,
    pub text: String,
    pub turns: Vec<Turn>,
    pub words: Vec<RecordWord>,
}

/// Every source of a draft's record, with one index over all their words.
#[derive(Clone, Debug, Default)]
pub struct Record {
    pub sources: Vec<Source>,
    /// Every word's hash, source after source, as the index and the alignment read them.
    hashes: Vec<u64>,
    /// Where each source's words start in `hashes`.
    starts: Vec<usize>,
    index: RunIndex,
}

impl Record {
    /// Reads each source into turns and indexes their words.
    pub fn new(texts: Vec<SourceText>) -> Record {
        let mut record = Record::default();
        for SourceText { path, text } in texts {
            let turns::Turns { turns, words } = turns::read(&text);
            record.starts.push(record.hashes.len());
            record.hashes.extend(words.iter().map(|w| w.hash));
            record.sources.push(Source {
                path,
                text,
                turns,
                words,
            });
        }
        record.index = RunIndex::new(&record.hashes, &record.starts);
        record
    }

    /// A record with no source: a draft that names none.
    pub fn is_empty(&self) -> bool {
        self.sources.is_empty()
    }

    /// The source holding the word at `position` in `hashes`, and the word's index in it.
    fn locate(&self, position: usize) -> (usize, usize) {
        let source = self.starts.partition_point(|&start| start <= position) - 1;
        (source, position - self.starts[source])
    }
}
