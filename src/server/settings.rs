//! Where a draft's configuration comes from: the nearest `copydesk.toml` at or above the
//! draft's folder (or the workspace's, for drafts with no folder of their own), with the
//! editor's settings on top. A file that fails to load keeps its last good version; the error
//! goes to the user, never silently to the defaults.
//!
//! Editor settings use the keys of `copydesk.toml` (`rules`, `dateline`, `names`, …), either
//! bare or under a `copydesk` key, plus one key only the server reads:
//!
//! ```json
//! { "copydesk": { "rules": { "first-reference": "off" },
//!                 "server": { "debounce-ms": 75, "inlay-hints": true } } }
//! ```

use crate::config::{self, Config, Level};
use crate::finding::Rule;
use serde::Deserialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use tower_lsp::lsp_types::Url;

/// Settings for the server itself, not for the analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ServerSettings {
    /// How long typing must pause before a draft is re-analysed.
    pub debounce: Duration,
    pub inlay_hints: bool,
}

impl Default for ServerSettings {
    fn default() -> ServerSettings {
        ServerSettings {
            debounce: Duration::from_millis(75),
            inlay_hints: true,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawServerSettings {
    debounce_ms: Option<u64>,
    inlay_hints: Option<bool>,
}

/// The editor's settings, split into the server's own and the analysis's.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClientSettings {
    pub server: ServerSettings,
    /// The `copydesk.toml` keys, for `Config::with_json_settings`.
    pub analysis: Option<serde_json::Value>,
}

impl ClientSettings {
    /// Reads the editor's settings; an error explains what is wrong with them.
    pub fn read(value: &serde_json::Value) -> Result<ClientSettings, String> {
        let mut object = match value.get("copydesk").unwrap_or(value) {
            serde_json::Value::Object(object) => object.clone(),
            serde_json::Value::Null => return Ok(ClientSettings::default()),
            _ => return Err("copydesk settings must be an object".into()),
        };
        let mut server = ServerSettings::default();
        if let Some(raw) = object.remove("server") {
            let raw: RawServerSettings = serde_json::from_value(raw)
                .map_err(|e| format!("copydesk settings, `server`: {e}"))?;
            if let Some(ms) = raw.debounce_ms {
                server.debounce = Duration::from_millis(ms.min(5_000));
            }
            if let Some(on) = raw.inlay_hints {
                server.inlay_hints = on;
            }
        }
        let analysis = (!object.is_empty()).then_some(serde_json::Value::Object(object));
        if let Some(analysis) = &analysis {
            Config::default()
                .with_json_settings(analysis)
                .map_err(|e| format!("copydesk settings: {e}"))?;
        }
        Ok(ClientSettings { server, analysis })
    }

    /// A file's (or the default) configuration with the editor's settings on top.
    fn apply_to(&self, base: &Config) -> Config {
        match &self.analysis {
            // Checked when the settings were read; a failure here cannot happen, but if it did
            // the file's configuration is the right fallback.
            Some(analysis) => base
                .with_json_settings(analysis)
                .unwrap_or_else(|_| base.clone()),
            None => base.clone(),
        }
    }
}

/// Configuration files seen so far, each with its last good contents.
#[derive(Default)]
pub struct ConfigStore {
    pub workspace_roots: Vec<PathBuf>,
    pub client: ClientSettings,
    files: HashMap<PathBuf, Loaded>,
}

/// A configuration file as last read.
struct Loaded {
    /// `None` when the file has never loaded successfully.
    config: Option<Arc<Config>>,
    /// The file as it was when read, to notice a change without a watcher.
    stamp: Option<Stamp>,
}

/// A file's modification time and size: a save within the clock's resolution still changes
/// the size, nearly always.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Stamp {
    modified: Option<std::time::SystemTime>,
    len: u64,
}

impl Stamp {
    pub(super) fn of(path: &Path) -> Option<Stamp> {
        let metadata = std::fs::metadata(path).ok()?;
        Some(Stamp {
            modified: metadata.modified().ok(),
            len: metadata.len(),
        })
    }
}

/// Whether a configuration file was read again.
#[derive(Debug, PartialEq, Eq)]
pub enum Refreshed {
    Unchanged,
    /// Read again; the error to show when it no longer loads.
    Reloaded(Option<String>),
}

impl ConfigStore {
    /// The configuration file that governs a draft: the nearest at or above its folder, or
    /// the workspace's.
    fn file_for(&self, uri: &Url) -> Option<PathBuf> {
        let folder = uri
            .to_file_path()
            .ok()
            .and_then(|path| path.parent().map(Path::to_path_buf));
        folder
            .iter()
            .chain(self.workspace_roots.iter())
            .find_map(|start| config::find_config_file(start))
    }

    /// Reads the file that governs a draft again if it changed on disk since it was read, for
    /// clients that watch no files (on their `didOpen` and `didSave` of a draft).
    pub fn refresh_for(&mut self, uri: &Url) -> Refreshed {
        let Some(path) = self.file_for(uri) else {
            return Refreshed::Unchanged;
        };
        match self.files.get(&path) {
            Some(loaded) if loaded.stamp != Stamp::of(&path) => {
                Refreshed::Reloaded(self.reload(&path))
            }
            _ => Refreshed::Unchanged,
        }
    }

    /// The configuration for a draft, and an error to show when a file failed to load. A
    /// draft `[files] exclude` leaves out (a README, a LICENSE) is analysed with every rule
    /// off: hovers and the outline still work, and it gets no findings.
    pub fn config_for(&mut self, uri: &Url) -> (Arc<Config>, Option<String>) {
        // Found here but loaded through the cache (not `config::discover`), so that a broken
        // file can fall back to its last good version.
        let file = self.file_for(uri);
        let (base, error) = match &file {
            Some(path) => self.file(path),
            None => (None, None),
        };
        let base = base.map(|config| (*config).clone()).unwrap_or_default();
        let mut config = self.client.apply_to(&base);
        if self.excludes(uri, &config, file.as_deref()) {
            for rule in Rule::ALL {
                config.set_level(rule, Level::Off);
            }
        }
        (Arc::new(config), error)
    }

    /// Whether `[files] exclude` leaves out a draft: globs read from the config file's folder,
    /// or from the workspace folder the draft is in when there is no file.
    fn excludes(&self, uri: &Url, config: &Config, file: Option<&Path>) -> bool {
        let Ok(path) = uri.to_file_path() else {
            return false;
        };
        let base = match file {
            Some(file) => file.parent(),
            None => self
                .workspace_roots
                .iter()
                .find(|root| path.starts_with(root))
                .map(PathBuf::as_path),
        };
        config.files.excludes(&path, base)
    }

    /// Loads a file the first time it is needed; later loads happen only on `reload`.
    fn file(&mut self, path: &Path) -> (Option<Arc<Config>>, Option<String>) {
        if let Some(cached) = self.files.get(path) {
            return (cached.config.clone(), None);
        }
        let error = self.reload(path);
        let config = self
            .files
            .get(path)
            .and_then(|loaded| loaded.config.clone());
        (config, error)
    }

    /// Re-reads a file after it changed on disk, keeping the last good version on error.
    pub fn reload(&mut self, path: &Path) -> Option<String> {
        // Taken before reading: a save during the read shows as a change next time.
        let stamp = Stamp::of(path);
        match config::load_file(path) {
            Ok(config) => {
                let config = Some(Arc::new(config));
                self.files
                    .insert(path.to_path_buf(), Loaded { config, stamp });
                None
            }
            Err((path, error)) => {
                let loaded = self.files.entry(path.clone()).or_insert(Loaded {
                    config: None,
                    stamp,
                });
                loaded.stamp = stamp;
                Some(format!(
                    "copydesk: {} is not valid, keeping the last good configuration: {error}",
                    path.display()
                ))
            }
        }
    }

    /// Forgets a deleted file, so that drafts fall back to the next one up or the defaults.
    pub fn forget(&mut self, path: &Path) {
        self.files.remove(path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn server_keys_are_taken_out_before_the_analysis_settings() {
        let settings = ClientSettings::read(&json!({"copydesk": {"rules": {"first-reference": "off"}, "server": {"debounce-ms": 20, "inlay-hints": false}}})).unwrap();
        assert_eq!(
            settings.server,
            ServerSettings {
                debounce: Duration::from_millis(20),
                inlay_hints: false
            }
        );
        assert_eq!(
            settings.analysis,
            Some(json!({"rules": {"first-reference": "off"}}))
        );
        assert_eq!(
            settings
                .apply_to(&Config::default())
                .level(Rule::FirstReference),
            Level::Off
        );
    }

    #[test]
    fn bad_settings_are_errors() {
        assert!(
            ClientSettings::read(&json!({"rules": {"first-referenc": "off"}}))
                .unwrap_err()
                .contains("first-reference")
        );
        assert!(ClientSettings::read(&json!({"server": {"debounce": 3}})).is_err());
        assert_eq!(
            ClientSettings::read(&json!(null)).unwrap(),
            ClientSettings::default()
        );
    }

    #[test]
    fn a_broken_file_keeps_its_last_good_version() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("copydesk.toml");
        std::fs::write(&file, "[rules]\nname-spelling = \"error\"\n").unwrap();
        let draft = Url::from_file_path(dir.path().join("desk").join("draft.md")).unwrap();
        let mut store = ConfigStore::default();
        let (config, error) = store.config_for(&draft);
        assert_eq!(
            (config.level(Rule::NameSpelling), error),
            (Level::On(crate::finding::Severity::Error), None)
        );
        std::fs::write(&file, "[rules]\nname-spelling = \n").unwrap();
        assert!(store.reload(&file).unwrap().contains("copydesk.toml"));
        assert_eq!(
            store.config_for(&draft).0.level(Rule::NameSpelling),
            Level::On(crate::finding::Severity::Error)
        );
    }

    #[test]
    fn a_file_changed_on_disk_is_read_again_only_when_refreshed() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("copydesk.toml");
        std::fs::write(&file, "[rules]\nname-spelling = \"error\"\n").unwrap();
        let draft = Url::from_file_path(dir.path().join("draft.md")).unwrap();
        let mut store = ConfigStore::default();
        store.config_for(&draft);
        assert_eq!(store.refresh_for(&draft), Refreshed::Unchanged);
        std::fs::write(&file, "[rules]\nname-spelling = \"off\"\n").unwrap();
        // Until refreshed, the file as first read.
        assert_eq!(
            store.config_for(&draft).0.level(Rule::NameSpelling),
            Level::On(crate::finding::Severity::Error)
        );
        assert_eq!(store.refresh_for(&draft), Refreshed::Reloaded(None));
        assert_eq!(
            store.config_for(&draft).0.level(Rule::NameSpelling),
            Level::Off
        );
        assert_eq!(store.refresh_for(&draft), Refreshed::Unchanged);
    }

    #[test]
    fn untitled_drafts_use_the_workspace_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(".copydesk.toml"),
            "[rules]\nmissing-dateline = \"off\"\n",
        )
        .unwrap();
        let mut store = ConfigStore {
            workspace_roots: vec![dir.path().to_path_buf()],
            ..Default::default()
        };
        let (config, _) = store.config_for(&Url::parse("untitled:Untitled-1").unwrap());
        assert_eq!(config.level(Rule::MissingDateline), Level::Off);
    }
}
