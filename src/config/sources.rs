//! `[sources]`: where drafts' records are (transcripts, notes, statements), as globs from the
//! config file's folder, with `{slug}` standing for each draft's file name without its
//! extension (`transcripts/{slug}*.txt`); and reading the source files the adapters hand to
//! the record check, beside those a Markdown draft names in its front matter (`sources:`).

use super::files::lexically_normal;
use super::Globs;
use std::path::{Path, PathBuf};

/// What `{slug}` stands for in a `[sources]` glob.
pub const SLUG: &str = "{slug}";

/// Checks the `[sources] paths` globs once, with a stand-in for `{slug}`, so a broken glob is a
/// config error rather than a surprise per draft.
pub fn check_patterns(patterns: &[String]) -> Result<(), String> {
    Globs::new(
        patterns
            .iter()
            .map(|pattern| pattern.replace(SLUG, "slug"))
            .collect(),
    )
    .map(|_| ())
}

/// The source files of a draft: those its front matter names (`declared`, relative to the
/// draft's folder) and those the `[sources]` globs match among `below`, the files below the
/// config file's folder (`files_below`), in that order, each once. A declared file that does
/// not exist is kept, so that reading it reports it.
pub fn source_files(
    draft: &Path,
    declared: &[String],
    patterns: &[String],
    below: Option<&FilesBelow>,
) -> Vec<PathBuf> {
    let folder = draft.parent().unwrap_or(Path::new(""));
    let mut files: Vec<PathBuf> = declared.iter().map(|path| folder.join(path)).collect();
    if let (false, Some(below)) = (patterns.is_empty(), below) {
        let slug = draft.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        files.extend(matching(patterns, slug, below));
    }
    let mut seen = std::collections::HashSet::new();
    files.retain(|file| seen.insert(lexically_normal(file)));
    files.iter().map(|file| lexically_normal(file)).collect()
}

/// The files below a config file's folder, walked once and matched against each draft's
/// `[sources]` globs (a walk per draft would read the whole tree again for every draft).
#[derive(Clone, Debug, Default)]
pub struct FilesBelow {
    base: PathBuf,
    /// In path order.
    files: Vec<PathBuf>,
}

impl FilesBelow {
    /// Walks `base`. The record is often kept out of version control (recordings'
    /// transcripts, private notes): ignore files do not hide it. Hidden folders (`.git`) are
    /// passed over.
    pub fn walk(base: &Path) -> FilesBelow {
        let mut files: Vec<PathBuf> = ignore::WalkBuilder::new(base)
            .standard_filters(false)
            .hidden(true)
            .build()
            .filter_map(Result::ok)
            .filter(|entry| entry.file_type().is_some_and(|t| t.is_file()))
            .map(ignore::DirEntry::into_path)
            .collect();
        files.sort();
        FilesBelow {
            base: base.to_path_buf(),
            files,
        }
    }
}

/// The files below that the globs match, `{slug}` made the draft's, in path order.
fn matching(patterns: &[String], slug: &str, below: &FilesBelow) -> Vec<PathBuf> {
    let expanded: Vec<String> = patterns.iter().map(|p| p.replace(SLUG, slug)).collect();
    let Ok(globs) = Globs::new(expanded) else {
        return Vec::new();
    };
    below
        .files
        .iter()
        .filter(|path| {
            path.strip_prefix(&below.base)
                .is_ok_and(|relative| globs.is_match(relative))
        })
        .cloned()
        .collect()
}

/// Reads each source file: its path as written and its text, and for each that cannot be read
/// a message naming the path and what is wrong.
pub fn read_sources(files: &[PathBuf]) -> (Vec<(String, String)>, Vec<String>) {
    let mut texts = Vec::new();
    let mut errors = Vec::new();
    for file in files {
        let path = file.display().to_string();
        match read_source(file) {
            Ok(text) => texts.push((path, text)),
            Err(error) => errors.push(format!("source {path}: {error}")),
        }
    }
    (texts, errors)
}

/// Reads one source file; the error says what is wrong with it, for a message naming the draft
/// and the path.
pub fn read_source(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|error| match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => error.to_string(),
    })?;
    String::from_utf8(bytes).map_err(|_| "not valid UTF-8; save the source as UTF-8".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_sources_are_read_from_the_draft_s_folder_and_globs_from_the_config_s() {
        let desk = tempfile::tempdir().unwrap();
        let base = desk.path();
        for file in [
            "transcripts/levee.txt",
            "transcripts/levee-call.txt",
            "transcripts/bridge.txt",
            "drafts/levee.md",
        ] {
            std::fs::create_dir_all(base.join(file).parent().unwrap()).unwrap();
            std::fs::write(base.join(file), "ORTIZ: We held.\n").unwrap();
        }
        let draft = base.join("drafts/levee.md");
        let files = source_files(
            &draft,
            &["../notes/call.md".to_string()],
            &["transcripts/{slug}*.txt".to_string()],
            Some(&FilesBelow::walk(base)),
        );
        let relative: Vec<String> = files
            .iter()
            .map(|f| f.strip_prefix(base).unwrap_or(f).display().to_string())
            .collect();
        assert_eq!(
            relative,
            [
                "notes/call.md",
                "transcripts/levee-call.txt",
                "transcripts/levee.txt"
            ]
        );
        assert_eq!(read_source(&files[0]).unwrap_err(), "no such file");
        assert!(check_patterns(&["transcripts/{slug}[.txt".to_string()]).is_err());
    }
}
