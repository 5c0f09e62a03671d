//! A draft's record for the command line: the source files its front matter and `[sources]`
//! name, read from disk. A source that cannot be read is said on standard error, naming the
//! draft and the path, and the draft is checked against the sources that could be.

use crate::article::Format;
use crate::config::{self, Config};
use crate::record::{self, Record, SourceText};
use std::path::Path;

/// The record of the draft at `draft` (its text `text`), and a message for each source that
/// could not be read. `base` is the folder of the config file in force, if any.
pub fn read_record(
    draft: &Path,
    text: &str,
    format: Format,
    config: &Config,
    base: Option<&Path>,
) -> (Record, Vec<String>) {
    let declared = record::declared_sources(text, format);
    if declared.is_empty() && config.source_patterns.is_empty() {
        return (Record::default(), Vec::new());
    }
    let mut texts = Vec::new();
    let mut errors = Vec::new();
    for file in config::source_files(draft, &declared, &config.source_patterns, base) {
        let path = file.display().to_string();
        match config::read_source(&file) {
            Ok(text) => texts.push(SourceText { path, text }),
            Err(error) => errors.push(format!("source {path}: {error}")),
        }
    }
    (Record::new(texts), errors)
}
