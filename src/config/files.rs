//! `[files]`: which files are drafts. `include` picks what a folder walk reads; `exclude`
//! leaves files out of walks, of paths named on the command line and of the language server,
//! so that a drafts repository's README or LICENSE is never linted as copy. Globs match a path
//! relative to the config file's folder (a folder walk's own root for `include`); `*` crosses
//! folders, as it always has in copydesk.

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use std::path::{Component, Path, PathBuf};

/// A list of globs, compiled once.
#[derive(Clone, Debug)]
pub struct Globs {
    patterns: Vec<String>,
    set: GlobSet,
}

impl Globs {
    /// Compiles the globs; the error names the first that is not one.
    pub fn new(patterns: Vec<String>) -> Result<Globs, String> {
        let mut builder = GlobSetBuilder::new();
        for pattern in &patterns {
            let glob = GlobBuilder::new(pattern)
                .literal_separator(false)
                .build()
                .map_err(|e| format!("bad glob `{pattern}`: {e}"))?;
            builder.add(glob);
        }
        let set = builder.build().map_err(|e| e.to_string())?;
        Ok(Globs { patterns, set })
    }

    pub fn patterns(&self) -> &[String] {
        &self.patterns
    }

    pub fn is_match(&self, path: &Path) -> bool {
        self.set.is_match(path)
    }
}

impl PartialEq for Globs {
    fn eq(&self, other: &Globs) -> bool {
        self.patterns == other.patterns
    }
}

impl Eq for Globs {}

/// The `[files]` table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Files {
    pub include: Globs,
    pub exclude: Globs,
}

impl Default for Files {
    fn default() -> Files {
        let globs = |patterns: &[&str]| {
            Globs::new(patterns.iter().map(|p| p.to_string()).collect()).expect("valid globs")
        };
        Files {
            include: globs(&["**/*.md", "**/*.markdown", "**/*.txt"]),
            // The files every repository has that are not copy.
            exclude: globs(&[
                "**/README*",
                "**/LICENSE*",
                "**/CHANGELOG*",
                "**/CONTRIBUTING*",
                "**/CODE_OF_CONDUCT*",
            ]),
        }
    }
}

impl Files {
    /// Whether `path` is left out. `base` is the config file's folder, which the globs are
    /// written from; `path` is taken relative to it when it lies inside (compared as written,
    /// without asking the file system), and as given otherwise.
    pub fn excludes(&self, path: &Path, base: Option<&Path>) -> bool {
        let path = lexically_normal(path);
        let relative = base
            .and_then(|base| path.strip_prefix(base).ok())
            .unwrap_or(&path);
        self.exclude.is_match(relative)
    }
}

/// `path` without its `.` and `..` components, taken out as written (no link is followed).
pub fn lexically_normal(path: &Path) -> PathBuf {
    let mut normal = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir if normal.file_name().is_some() => {
                normal.pop();
            }
            other => normal.push(other),
        }
    }
    normal
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_leaves_out_a_repository_s_own_files_and_keeps_drafts() {
        let files = Files::default();
        let base = Some(Path::new("/desk"));
        for left_out in [
            "/desk/README.md",
            "/desk/LICENSE",
            "/desk/2024/CHANGELOG.md",
        ] {
            assert!(files.excludes(Path::new(left_out), base), "{left_out}");
        }
        for draft in ["/desk/levee.md", "/desk/2024/readme-the-mayor.txt"] {
            assert!(!files.excludes(Path::new(draft), base), "{draft}");
        }
        assert!(files.excludes(Path::new("./README.md"), None));
        assert!(files.excludes(Path::new("/desk/drafts/../LICENSE"), base));
    }

    #[test]
    fn globs_are_read_from_the_config_file_s_folder() {
        let files = Files {
            exclude: Globs::new(vec!["archive/**".into()]).unwrap(),
            ..Files::default()
        };
        let base = Some(Path::new("/desk"));
        assert!(files.excludes(Path::new("/desk/archive/2019/flood.md"), base));
        assert!(!files.excludes(Path::new("/desk/news/archive/flood.md"), base));
        assert!(!files.excludes(Path::new("/desk/levee.md"), base));
    }
}
