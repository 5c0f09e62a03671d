//! Turning command-line paths into drafts to read: files as given, folders walked with
//! `.gitignore`/`.ignore` respected and the configured globs applied, `-` as standard input.

use super::args::InputArgs;
use crate::article::{front_matter, Format};
use crate::config::{self, Config, ConfigError, ConfigSource};
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One draft to analyse, or a problem to report in its place.
pub enum Input {
    File {
        display: String,
        path: PathBuf,
    },
    Stdin {
        display: String,
        text: String,
    },
    /// A path that could not be read or walked; reported, and the run goes on.
    Error {
        display: String,
        message: String,
    },
    /// A file skipped in a folder walk (binary), reported as a note.
    Skipped {
        display: String,
        note: String,
    },
}

/// A draft's text, ready for analysis.
pub struct Draft {
    pub display: String,
    pub text: String,
}

/// Reads a draft. Failures name the path and, for bad UTF-8, the line.
pub fn read_draft(display: &str, path: &Path) -> Result<Draft, String> {
    let mut file = open_without_waiting(path).map_err(|e| describe_io_error(&e))?;
    // The open file's own metadata: no second walk of the path.
    let metadata = file.metadata().map_err(|e| describe_io_error(&e))?;
    if !metadata.is_file() {
        return Err(
            "not a regular file (a pipe, socket or device); send its text to `copydesk check -`"
                .to_string(),
        );
    }
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0) + 1);
    // Through `take`, which reads into the room made above; `File`'s own `read_to_end` would
    // ask the file's size and position again first.
    (&mut file)
        .take(u64::MAX)
        .read_to_end(&mut bytes)
        .map_err(|e| describe_io_error(&e))?;
    if looks_binary(&bytes) {
        // Named on the command line, so said rather than skipped as in a folder walk.
        return Err("a binary file (NUL bytes), not a draft".to_string());
    }
    decode(display, bytes)
}

/// Opens a file for reading without waiting for a writer: opening a FIFO that has none would
/// hold up every other draft, and this way its type is seen and refused instead. A regular file
/// reads the same either way.
fn open_without_waiting(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    options.open(path)
}

pub fn decode(display: &str, bytes: Vec<u8>) -> Result<Draft, String> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Draft {
            display: display.to_string(),
            text,
        }),
        Err(error) => {
            let valid = error.utf8_error().valid_up_to();
            let bytes = error.as_bytes();
            let line = bytes[..valid].iter().filter(|&&b| b == b'\n').count() + 1;
            let column = String::from_utf8_lossy(&bytes[..valid])
                .rsplit('\n')
                .next()
                .map(|l| l.chars().count())
                .unwrap_or(0)
                + 1;
            Err(format!(
                "{line}:{column}: not valid UTF-8 (byte 0x{:02X} at offset {valid}); save the draft as UTF-8",
                bytes.get(valid).copied().unwrap_or(0)
            ))
        }
    }
}

fn describe_io_error(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => error.to_string(),
    }
}

/// The format of standard input with no `--stdin-filename`: Markdown when it opens with front
/// matter, so that its `copydesk:` and `dateline:` keys are read as a `.md` file's would be;
/// plain text otherwise.
pub fn unnamed_format(text: &str) -> Format {
    match front_matter::parse(text) {
        Some(_) => Format::Markdown,
        None => Format::PlainText,
    }
}

pub fn looks_binary(bytes: &[u8]) -> bool {
    memchr::memchr(0, &bytes[..bytes.len().min(8192)]).is_some()
}

/// Expands the command line's paths into inputs, in the order given. A file named on the
/// command line that `[files] exclude` leaves out is dropped without a word (pre-commit names
/// every staged file), unless `--no-exclude`.
pub fn collect(args: &InputArgs, configs: &ConfigCache) -> Vec<Input> {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let filter = Filter {
        configs,
        cwd: std::env::current_dir().unwrap_or_default(),
        apply_exclude: !args.no_exclude,
    };
    let mut inputs = Vec::new();
    for path in paths {
        let display = path.to_string_lossy().to_string();
        if display == "-" {
            let name = args
                .stdin_filename
                .as_ref()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_else(|| "<stdin>".to_string());
            let mut bytes = Vec::new();
            match std::io::stdin().read_to_end(&mut bytes) {
                Ok(_) => match decode(&name, bytes) {
                    Ok(draft) => inputs.push(Input::Stdin {
                        display: name,
                        text: draft.text,
                    }),
                    Err(message) => inputs.push(Input::Error {
                        display: name,
                        message,
                    }),
                },
                Err(e) => inputs.push(Input::Error {
                    display: name,
                    message: format!("cannot read standard input: {e}"),
                }),
            }
            continue;
        }
        match std::fs::metadata(&path) {
            Err(e) => inputs.push(Input::Error {
                display,
                message: describe_io_error(&e),
            }),
            Ok(meta) if meta.is_dir() => walk(&path, &display, &filter, &mut inputs),
            Ok(_) if filter.excludes(&path) => {}
            Ok(_) => inputs.push(Input::File { display, path }),
        }
    }
    inputs
}

/// Which files are drafts, by the `[files]` globs of the config that governs each.
struct Filter<'a> {
    configs: &'a ConfigCache,
    /// Relative paths are made absolute from here, to be read against a config file's folder.
    cwd: PathBuf,
    apply_exclude: bool,
}

impl Filter<'_> {
    /// Whether `[files] exclude` leaves out a file named on the command line. A file under a
    /// broken config is kept, to report the config when it is read.
    fn excludes(&self, path: &Path) -> bool {
        let folder = path.parent().unwrap_or(Path::new(""));
        match self.configs.for_folder(folder) {
            Ok(found) if self.apply_exclude => {
                let base = found.folder.as_deref();
                found.config.files.excludes(&self.cwd.join(path), base)
            }
            _ => false,
        }
    }
}

fn walk(root: &Path, display_root: &str, filter: &Filter, inputs: &mut Vec<Input>) {
    // A broken config is reported when its drafts are read; its folder is walked with the
    // default globs meanwhile.
    let found = filter.configs.for_folder(root).ok();
    let defaults;
    let (files, base) = match &found {
        Some(found) => (&found.config.files, found.folder.as_deref()),
        None => {
            defaults = config::Files::default();
            (&defaults, None)
        }
    };
    let mut found = Vec::new();
    for entry in ignore::WalkBuilder::new(root)
        .hidden(true)
        .require_git(false)
        .follow_links(true)
        .build()
    {
        match entry {
            Ok(entry) => {
                if !entry.file_type().is_some_and(|t| t.is_file()) {
                    continue;
                }
                let relative = entry.path().strip_prefix(root).unwrap_or(entry.path());
                if !files.include.is_match(relative) {
                    continue;
                }
                let absolute = filter.cwd.join(entry.path());
                if filter.apply_exclude && files.excludes(&absolute, base) {
                    continue;
                }
                let display = Path::new(display_root)
                    .join(relative)
                    .to_string_lossy()
                    .to_string();
                found.push((display, entry.path().to_path_buf()));
            }
            Err(error) => {
                let display = error_path(&error)
                    .map(|p| p.to_string_lossy().to_string())
                    .unwrap_or_else(|| display_root.to_string());
                inputs.push(Input::Error {
                    display,
                    message: error.to_string(),
                });
            }
        }
    }
    if found.is_empty() {
        eprintln!(
            "copydesk: note: {display_root}: no drafts in this folder (include: {}; exclude: {})",
            files.include.patterns().join(", "),
            files.exclude.patterns().join(", ")
        );
    }
    found.sort();
    push_unless_binary(found, inputs);
}

/// The files a walk found, in order; a binary one is skipped with a note.
fn push_unless_binary(found: Vec<(String, PathBuf)>, inputs: &mut Vec<Input>) {
    for (display, path) in found {
        let binary = std::fs::File::open(&path).ok().and_then(|mut f| {
            let mut head = [0u8; 8192];
            f.read(&mut head).ok().map(|n| looks_binary(&head[..n]))
        });
        if binary == Some(true) {
            inputs.push(Input::Skipped {
                display,
                note: "binary file, skipped".to_string(),
            });
        } else {
            inputs.push(Input::File { display, path });
        }
    }
}

fn error_path(error: &ignore::Error) -> Option<&Path> {
    match error {
        ignore::Error::WithPath { path, .. } => Some(path),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        _ => None,
    }
}

/// The config that governs a draft, and the folder of its file, which its `[files]` globs
/// are written from (`None` for the defaults).
#[derive(Clone)]
pub struct FoundConfig {
    pub config: Arc<Config>,
    pub folder: Option<PathBuf>,
    /// The files below `folder` that `[sources]` globs are matched against: walked once, on the
    /// first draft that needs them, for every draft this config serves.
    sources_below: Arc<std::sync::OnceLock<config::FilesBelow>>,
}

impl FoundConfig {
    fn new(config: Config, folder: Option<PathBuf>) -> FoundConfig {
        FoundConfig {
            config: Arc::new(config),
            folder,
            sources_below: Arc::default(),
        }
    }

    /// The files below the config file's folder, for a config with `[sources]` globs.
    pub fn sources_below(&self) -> Option<&config::FilesBelow> {
        let folder = self.folder.as_deref()?;
        (!self.config.source_patterns.is_empty()).then(|| {
            self.sources_below
                .get_or_init(|| config::FilesBelow::walk(folder))
        })
    }
}

/// Config per folder, discovered once per folder and shared across threads.
pub struct ConfigCache {
    /// `--config FILE`, loaded once; `ConfigCache::new` refuses it when it is broken.
    fixed: Option<FoundConfig>,
    /// By canonical folder, so that two spellings of one folder share a config.
    cache: std::sync::Mutex<ConfigMap>,
    /// By folder as written: the drafts of a folder come one after another, and resolving the
    /// path again for each (a readlink per component) cost more than reading the draft.
    as_written: std::sync::Mutex<ConfigMap>,
}

/// A config file that could not be used: its path and the error.
#[derive(Clone, Debug)]
pub struct ConfigFailure {
    pub path: PathBuf,
    pub error: ConfigError,
}

impl std::fmt::Display for ConfigFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.error.line, self.error.column) {
            (Some(line), Some(column)) => write!(
                f,
                "{}:{line}:{column}: {}",
                self.path.display(),
                self.error.message
            ),
            _ => write!(f, "{}: {}", self.path.display(), self.error.message),
        }
    }
}

impl ConfigCache {
    /// The cache, with `--config FILE` loaded; a broken or missing file is the run's one error.
    pub fn new(explicit: Option<&Path>) -> Result<ConfigCache, ConfigFailure> {
        let fixed = match explicit {
            Some(path) => Some(FoundConfig::new(
                config::load_file(path).map_err(|(path, error)| ConfigFailure { path, error })?,
                path.parent().map(Path::to_path_buf),
            )),
            None => None,
        };
        Ok(ConfigCache {
            fixed,
            cache: Default::default(),
            as_written: Default::default(),
        })
    }

    /// The config that applies to drafts in `folder`.
    pub fn for_folder(&self, folder: &Path) -> Result<FoundConfig, ConfigFailure> {
        if let Some(fixed) = &self.fixed {
            return Ok(fixed.clone());
        }
        let folder = if folder.as_os_str().is_empty() {
            Path::new(".")
        } else {
            folder
        };
        if let Some(known) = lock(&self.as_written).get(folder) {
            return known.clone();
        }
        let key = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.to_path_buf());
        let found = lock(&self.cache)
            .entry(key.clone())
            .or_insert_with(|| {
                let (config, source) = config::discover(&key)
                    .map_err(|(path, error)| ConfigFailure { path, error })?;
                let folder = match source {
                    ConfigSource::File(file) => file.parent().map(Path::to_path_buf),
                    ConfigSource::Default => None,
                };
                Ok(FoundConfig::new(config, folder))
            })
            .clone();
        lock(&self.as_written).insert(folder.to_path_buf(), found.clone());
        found
    }
}

type ConfigMap = HashMap<PathBuf, Result<FoundConfig, ConfigFailure>>;

/// A panic elsewhere cannot leave a map half-written (entries are inserted whole), so a
/// poisoned lock is used as it is.
fn lock(map: &std::sync::Mutex<ConfigMap>) -> std::sync::MutexGuard<'_, ConfigMap> {
    map.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
