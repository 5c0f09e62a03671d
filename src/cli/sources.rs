//! A draft's record for the command line: the source files its front matter and `[sources]`
//! name, read from disk. A source that cannot be read is said on standard error, naming the
//! draft and the path, and the draft is checked against the sources that could be.

use crate::article::Format;
use crate::config::{self, Config, FilesBelow};
use crate::record::{self, Record, SourceText};
use std::path::Path;

/// The record of the draft at `draft` (its text `text`), and a message for each source that
/// could not be read. `below` is what the `[sources]` globs are matched against.
pub fn read_record(
    draft: &Path,
    text: &str,
    format: Format,
    config: &Config,
    below: Option<&FilesBelow>,
) -> (Record, Vec<String>) {
    let declared = record::declared_sources(text, format);
    if declared.is_empty() && config.source_patterns.is_empty() {
        return (Record::default(), Vec::new());
    }
    let files = config::source_files(draft, &declared, &config.source_patterns, below);
    let (texts, errors) = config::read_sources(&files);
    let texts = texts
        .into_iter()
        .map(|(path, text)| SourceText { path, text })
        .collect();
    (Record::new(texts), errors)
}
