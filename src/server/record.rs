//! Open drafts' records: the sources each draft names (front matter, `[sources]`), read from
//! disk on the analysis thread and kept with each file's modification stamp, so that a
//! keystroke reads nothing again and a source saved since is read afresh.

use super::settings::Stamp;
use crate::article::Format;
use crate::config::{self, Config};
use crate::record::{self, Record, SourceText};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The records built so far, by the files they were built from.
#[derive(Default)]
pub struct Records {
    /// The files each `[sources]` walk found, by draft and globs: walked once, and again after
    /// a save (`forget_walks`), not on every keystroke.
    walks: HashMap<(PathBuf, Vec<String>), Vec<PathBuf>>,
    /// Each draft's last record.
    built: HashMap<PathBuf, Built>,
}

/// A record with the files it was read from, each with its stamp when read.
struct Built {
    read_from: Vec<(PathBuf, Option<Stamp>)>,
    record: Arc<Record>,
}

impl Records {
    /// The record of the draft at `draft` (a file; `None` for an untitled buffer), and a
    /// message for each source that could not be read.
    pub fn record_for(
        &mut self,
        draft: Option<&Path>,
        text: &str,
        format: Format,
        config: &Config,
    ) -> (Arc<Record>, Vec<String>) {
        let declared = record::declared_sources(text, format);
        let Some(draft) =
            draft.filter(|_| !declared.is_empty() || !config.source_patterns.is_empty())
        else {
            return (Arc::default(), Vec::new());
        };
        let files = self.files_of(draft, &declared, config);
        let stamped: Vec<(PathBuf, Option<Stamp>)> = files
            .into_iter()
            .map(|file| {
                let stamp = Stamp::of(&file);
                (file, stamp)
            })
            .collect();
        if let Some(built) = self.built.get(draft) {
            if built.read_from == stamped {
                return (Arc::clone(&built.record), Vec::new());
            }
        }
        let (record, unreadable) = read(&stamped);
        let record = Arc::new(record);
        let built = Built {
            read_from: stamped,
            record: Arc::clone(&record),
        };
        self.built.insert(draft.to_path_buf(), built);
        (record, unreadable)
    }

    /// Whether a file is a source of some draft's record (so its save calls for a new lint);
    /// the `[sources]` walks are made again either way, as a save may add a source.
    pub fn saved(&mut self, path: &Path) -> bool {
        self.walks.clear();
        self.built
            .values()
            .any(|built| built.read_from.iter().any(|(file, _)| file == path))
    }

    fn files_of(&mut self, draft: &Path, declared: &[String], config: &Config) -> Vec<PathBuf> {
        let walked = if config.source_patterns.is_empty() {
            Vec::new()
        } else {
            let key = (draft.to_path_buf(), config.source_patterns.clone());
            self.walks
                .entry(key)
                .or_insert_with(|| {
                    let base = draft
                        .parent()
                        .and_then(config::find_config_file)
                        .and_then(|file| file.parent().map(Path::to_path_buf));
                    let below = base.as_deref().map(config::FilesBelow::walk);
                    config::source_files(draft, &[], &config.source_patterns, below.as_ref())
                })
                .clone()
        };
        let mut files = config::source_files(draft, declared, &[], None);
        for file in walked {
            if !files.contains(&file) {
                files.push(file);
            }
        }
        files
    }
}

fn read(files: &[(PathBuf, Option<Stamp>)]) -> (Record, Vec<String>) {
    let paths: Vec<PathBuf> = files.iter().map(|(file, _)| file.clone()).collect();
    let (texts, unreadable) = config::read_sources(&paths);
    let texts = texts
        .into_iter()
        .map(|(path, text)| SourceText { path, text })
        .collect();
    (Record::new(texts), unreadable)
}
