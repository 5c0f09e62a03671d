//! Finding the configuration for a draft: the nearest `copydesk.toml` or `.copydesk.toml` in
//! the draft's folder or above it, like rustfmt and ruff. Per file, not per working directory.

use super::{Config, ConfigError};
use std::path::{Path, PathBuf};

pub const CONFIG_FILE_NAMES: [&str; 2] = ["copydesk.toml", ".copydesk.toml"];

/// Where a configuration came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigSource {
    Default,
    File(PathBuf),
}

/// The nearest config file at or above `start` (a folder), if any.
pub fn find_config_file(start: &Path) -> Option<PathBuf> {
    let mut folder = Some(start);
    while let Some(dir) = folder {
        for name in CONFIG_FILE_NAMES {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
        folder = dir.parent();
    }
    None
}

/// Reads and parses one config file. The error names the file.
pub fn load_file(path: &Path) -> Result<Config, (PathBuf, ConfigError)> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        (
            path.to_path_buf(),
            ConfigError {
                message: format!("cannot read: {e}"),
                line: None,
                column: None,
            },
        )
    })?;
    Config::from_toml(&text).map_err(|e| (path.to_path_buf(), e))
}

/// The configuration for a draft in `folder`: the nearest file's, or the defaults.
pub fn discover(folder: &Path) -> Result<(Config, ConfigSource), (PathBuf, ConfigError)> {
    match find_config_file(folder) {
        Some(path) => Ok((load_file(&path)?, ConfigSource::File(path))),
        None => Ok((Config::default(), ConfigSource::Default)),
    }
}
