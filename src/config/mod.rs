//! `copydesk.toml`: rule severities, dateline style, house spellings, attribution verbs and
//! file globs. One type shared by the CLI and the language server. Parsing is strict: an unknown
//! key or a wrong value is an error with a line, a column and, where it helps, the closest
//! valid key; nothing is silently linted with defaults instead.

mod discover;
mod files;
mod sources;

pub use discover::{discover, find_config_file, load_file, ConfigSource, CONFIG_FILE_NAMES};
pub use files::{Files, Globs};
pub use sources::{read_sources, source_files, FilesBelow};

use crate::finding::{Rule, Severity};
use serde::Deserialize;
use std::collections::BTreeMap;

/// A rule's configured level: a severity, or off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Off,
    On(Severity),
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DatelineStyle {
    Ap,
    Reuters,
    #[default]
    Any,
}

impl DatelineStyle {
    pub fn as_str(self) -> &'static str {
        match self {
            DatelineStyle::Ap => "ap",
            DatelineStyle::Reuters => "reuters",
            DatelineStyle::Any => "any",
        }
    }
}

/// Which quotation marks carry a draft's speech: `[quotes] style`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum QuoteStyle {
    /// Decided per draft from its own marks, so a desk that takes both needs no setting.
    #[default]
    Auto,
    /// Double marks, with single marks nested (US and wire copy).
    Double,
    /// Single marks, with double marks nested (British copy, many books).
    Single,
}

impl QuoteStyle {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteStyle::Auto => "auto",
            QuoteStyle::Double => "double",
            QuoteStyle::Single => "single",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HouseName {
    pub canonical: String,
    pub variants: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    levels: BTreeMap<Rule, Level>,
    pub dateline_style: DatelineStyle,
    /// The agency tag every dateline of the house carries ("AP" for `(AP)`), when it has one.
    pub dateline_agency: Option<String>,
    pub exempt_desks: Vec<String>,
    pub house_names: Vec<HouseName>,
    pub extra_verbs: Vec<String>,
    pub files: Files,
    pub quote_style: QuoteStyle,
    /// Whether the house sets curly marks (“ ” ‘ ’), which `quote-style` asks of straight ones.
    pub curly_quotes: bool,
    /// `[sources] paths`: globs from the config file's folder naming drafts' records, `{slug}`
    /// standing for a draft's file name without its extension.
    pub source_patterns: Vec<String>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            levels: BTreeMap::new(),
            dateline_style: DatelineStyle::Any,
            dateline_agency: None,
            exempt_desks: [
                "opinion",
                "analysis",
                "explainer",
                "editorial",
                "review",
                "column",
                "liveblog",
            ]
            .map(String::from)
            .to_vec(),
            house_names: Vec::new(),
            extra_verbs: Vec::new(),
            files: Files::default(),
            quote_style: QuoteStyle::Auto,
            curly_quotes: true,
            source_patterns: Vec::new(),
        }
    }
}

/// A configuration error, placed in the file where it was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub message: String,
    /// 1-based line and column, when the error has a place.
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(f, "{line}:{column}: {}", self.message),
            _ => f.write_str(&self.message),
        }
    }
}

impl Config {
    pub fn level(&self, rule: Rule) -> Level {
        self.levels
            .get(&rule)
            .copied()
            .unwrap_or_else(|| default_level(rule))
    }

    pub fn set_level(&mut self, rule: Rule, level: Level) {
        self.levels.insert(rule, level);
    }

    /// Reads a `copydesk.toml`.
    pub fn from_toml(text: &str) -> Result<Config, ConfigError> {
        let raw: RawConfig = toml::from_str(text).map_err(|error| {
            let (line, column) = match error.span() {
                Some(span) => line_column(text, span.start),
                None => (None, None),
            };
            ConfigError {
                message: explain_toml_error(error.message()),
                line,
                column,
            }
        })?;
        let mut config = Config::default();
        config.apply(raw).map_err(|(message, key)| {
            let (line, column) = locate_key(text, &key);
            ConfigError {
                message,
                line,
                column,
            }
        })?;
        Ok(config)
    }

    /// Applies editor settings (JSON from the language client): the same keys as the TOML file.
    pub fn with_json_settings(&self, settings: &serde_json::Value) -> Result<Config, ConfigError> {
        let raw: RawConfig =
            serde_json::from_value(settings.clone()).map_err(|error| ConfigError {
                message: explain_toml_error(&error.to_string()),
                line: None,
                column: None,
            })?;
        let mut config = self.clone();
        config.apply(raw).map_err(|(message, _)| ConfigError {
            message,
            line: None,
            column: None,
        })?;
        Ok(config)
    }

    fn apply(&mut self, raw: RawConfig) -> Result<(), (String, String)> {
        for (code, level) in raw.rules {
            let Some(rule) = Rule::from_code(&code) else {
                let codes: Vec<&str> = Rule::ALL.iter().map(|r| r.code()).collect();
                return Err((
                    format!("unknown rule `{code}`{}", suggestion(&code, &codes)),
                    code,
                ));
            };
            let parsed = match level.as_str() {
                "off" => Level::Off,
                other => match Severity::parse(other) {
                    Some(severity) => Level::On(severity),
                    None => {
                        return Err((
                            format!("rule `{code}` has level `{level}`; use \"error\", \"warning\", \"info\", \"hint\" or \"off\""),
                            code,
                        ))
                    }
                },
            };
            self.levels.insert(rule, parsed);
        }
        if let Some(dateline) = raw.dateline {
            if let Some(style) = dateline.style {
                self.dateline_style = match style.as_str() {
                    "ap" => DatelineStyle::Ap,
                    "reuters" => DatelineStyle::Reuters,
                    "any" => DatelineStyle::Any,
                    other => {
                        return Err((
                            format!(
                            "dateline style `{other}` is not one of \"ap\", \"reuters\", \"any\""
                        ),
                            "style".into(),
                        ))
                    }
                };
            }
            if let Some(desks) = dateline.exempt_desks {
                self.exempt_desks = desks;
            }
            if let Some(agency) = dateline.agency {
                let name = agency
                    .trim()
                    .trim_start_matches('(')
                    .trim_end_matches(')')
                    .trim();
                if name.is_empty() || name.contains(['(', ')', '\n']) {
                    return Err((
                        format!("dateline agency `{agency}` should be the name inside the parentheses, such as \"AP\""),
                        "agency".into(),
                    ));
                }
                self.dateline_agency = Some(name.to_string());
            }
        }
        if let Some(names) = raw.names {
            self.house_names = names
                .into_iter()
                .map(|(canonical, variants)| HouseName {
                    canonical,
                    variants,
                })
                .collect();
        }
        if let Some(quotes) = raw.quotes {
            self.apply_quotes(quotes)?;
        }
        if let Some(attribution) = raw.attribution {
            self.extra_verbs = attribution.extra_verbs.unwrap_or_default();
        }
        if let Some(paths) = raw.sources.and_then(|sources| sources.paths) {
            sources::check_patterns(&paths).map_err(|e| (e, "sources.paths".into()))?;
            self.source_patterns = paths;
        }
        if let Some(files) = raw.files {
            if let Some(include) = files.include {
                self.files.include = Globs::new(include).map_err(|e| (e, "include".into()))?;
            }
            if let Some(exclude) = files.exclude {
                self.files.exclude = Globs::new(exclude).map_err(|e| (e, "exclude".into()))?;
            }
        }
        Ok(())
    }

    fn apply_quotes(&mut self, quotes: RawQuotes) -> Result<(), (String, String)> {
        if let Some(style) = quotes.style {
            self.quote_style = [QuoteStyle::Auto, QuoteStyle::Double, QuoteStyle::Single]
                .into_iter()
                .find(|known| known.as_str() == style)
                .ok_or_else(|| {
                    (
                        format!(
                            "quote style `{style}` is not one of \"auto\", \"double\", \"single\""
                        ),
                        "quotes.style".to_string(),
                    )
                })?;
        }
        if let Some(curly) = quotes.curly {
            self.curly_quotes = curly;
        }
        Ok(())
    }
}

/// A rule's level when no configuration names it.
pub fn default_level(rule: Rule) -> Level {
    if rule.on_by_default() {
        Level::On(rule.default_severity())
    } else {
        Level::Off
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    rules: BTreeMap<String, String>,
    dateline: Option<RawDateline>,
    names: Option<BTreeMap<String, Vec<String>>>,
    attribution: Option<RawAttribution>,
    quotes: Option<RawQuotes>,
    files: Option<RawFiles>,
    sources: Option<RawSources>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSources {
    paths: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuotes {
    style: Option<String>,
    curly: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawDateline {
    style: Option<String>,
    exempt_desks: Option<Vec<String>>,
    agency: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawAttribution {
    extra_verbs: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFiles {
    include: Option<Vec<String>>,
    exclude: Option<Vec<String>>,
}

fn line_column(text: &str, offset: usize) -> (Option<usize>, Option<usize>) {
    let offset = crate::text::floor_char_boundary(text, offset);
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (Some(line), Some(column))
}

/// Where a key first appears as `key =` or `"key" =` in the file, for errors found after parsing.
/// Where `key` is set; a key given as `section.key` is looked for after the `[section]` header,
/// as keys of the same name sit in several sections (`style`).
fn locate_key(text: &str, key: &str) -> (Option<usize>, Option<usize>) {
    let (skip, key) = match key.split_once('.') {
        Some((section, key)) => {
            let header = format!("[{section}]");
            let at = text.lines().position(|line| line.trim() == header);
            (at.unwrap_or(0), key)
        }
        None => (0, key),
    };
    for (number, line) in text.lines().enumerate().skip(skip) {
        let trimmed = line.trim_start();
        let bare = trimmed.strip_prefix('"').unwrap_or(trimmed);
        if bare.starts_with(key)
            && bare[key.len()..]
                .trim_start_matches('"')
                .trim_start()
                .starts_with('=')
        {
            return (Some(number + 1), Some(line.len() - trimmed.len() + 1));
        }
    }
    (None, None)
}

/// toml says "unknown field `x`, expected one of `a`, `b`"; add the closest one.
fn explain_toml_error(message: &str) -> String {
    let message = message.trim().to_string();
    let Some(rest) = message.strip_prefix("unknown field `") else {
        return message;
    };
    let Some((field, expected)) = rest.split_once('`') else {
        return message;
    };
    let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    format!(
        "unknown key `{field}`{}; expected one of {}",
        suggestion(field, &candidates),
        candidates
            .iter()
            .map(|c| format!("`{c}`"))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

fn suggestion(word: &str, candidates: &[&str]) -> String {
    closest(word, candidates)
        .map(|c| format!(" (did you mean `{c}`?)"))
        .unwrap_or_default()
}

/// The candidate `word` most likely misspells: the nearest by edit distance, if it is within
/// half the candidate's length.
pub fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (edit_distance(word, c), *c))
        .filter(|(d, c)| *d <= c.len().max(3) / 2)
        .min()
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            current.push(
                (previous[j] + usize::from(ca != cb))
                    .min(previous[j + 1] + 1)
                    .min(current[j] + 1),
            );
        }
        previous = current;
    }
    previous[b.len()]
}

/// The commented default file `copydesk init` writes.
pub const DEFAULT_TOML: &str = include_str!("default.toml");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_file_parses_to_the_defaults() {
        let config = Config::from_toml(DEFAULT_TOML).unwrap();
        for rule in Rule::ALL {
            assert_eq!(config.level(rule), default_level(rule), "{rule}");
        }
        assert_eq!(config.level(Rule::QuoteStyle), Level::Off);
        assert_eq!(config.dateline_style, DatelineStyle::Any);
        assert_eq!(config.files, Files::default());
        assert_eq!(config.quote_style, QuoteStyle::Auto);
        assert!(config.curly_quotes);
        assert!(config.source_patterns.is_empty());
    }

    #[test]
    fn sources_are_globs_and_a_broken_one_is_placed() {
        let config =
            Config::from_toml("[sources]\npaths = [\"transcripts/{slug}*.txt\"]\n").unwrap();
        assert_eq!(config.source_patterns, ["transcripts/{slug}*.txt"]);
        let error = Config::from_toml("[sources]\npaths = [\"a[\"]\n").unwrap_err();
        assert!(error.message.contains("bad glob"), "{}", error.message);
        assert_eq!(error.line, Some(2));
    }

    #[test]
    fn reads_every_section() {
        let config = Config::from_toml("[rules]\nfollow-on-quote = \"warning\"\nfirst-reference = \"off\"\n[dateline]\nstyle = \"reuters\"\nexempt-desks = [\"opinion\"]\n[names]\n\"Volodymyr Zelenskyy\" = [\"Zelensky\", \"Zelenskiy\"]\n[attribution]\nextra-verbs = [\"quipped\"]\n[files]\ninclude = [\"**/*.md\"]\nexclude = [\"archive/**\"]\n").unwrap();
        assert_eq!(
            config.level(Rule::FollowOnQuote),
            Level::On(Severity::Warning)
        );
        assert_eq!(config.level(Rule::FirstReference), Level::Off);
        assert_eq!(config.dateline_style, DatelineStyle::Reuters);
        assert_eq!(config.exempt_desks, vec!["opinion"]);
        assert_eq!(
            config.house_names,
            vec![HouseName {
                canonical: "Volodymyr Zelenskyy".into(),
                variants: vec!["Zelensky".into(), "Zelenskiy".into()]
            }]
        );
        assert_eq!(config.extra_verbs, vec!["quipped"]);
        assert_eq!(config.files.include.patterns(), ["**/*.md"]);
        assert_eq!(config.files.exclude.patterns(), ["archive/**"]);
    }

    #[test]
    fn unknown_keys_suggest_the_closest() {
        let error =
            Config::from_toml("[dateline]\nstyle = \"ap\"\nexempt-desk = []\n").unwrap_err();
        assert!(
            error.message.contains("did you mean `exempt-desks`?"),
            "{}",
            error.message
        );
        assert_eq!((error.line, error.column), (Some(3), Some(1)));
    }

    #[test]
    fn a_house_agency_is_read_without_its_parentheses_and_checked() {
        let config = Config::from_toml("[dateline]\nagency = \"(AP)\"\n").unwrap();
        assert_eq!(config.dateline_agency.as_deref(), Some("AP"));
        assert_eq!(Config::default().dateline_agency, None);
        let error = Config::from_toml("[dateline]\nagency = \"\"\n").unwrap_err();
        assert!(
            error.message.contains("inside the parentheses"),
            "{}",
            error.message
        );
    }

    #[test]
    fn unknown_rules_and_levels_are_errors_with_places() {
        let error = Config::from_toml("[rules]\nunattributed-quotes = \"warning\"\n").unwrap_err();
        assert!(
            error.message.contains("did you mean `unattributed-quote`?"),
            "{}",
            error.message
        );
        assert_eq!(error.line, Some(2));
        let error = Config::from_toml("[rules]\nname-spelling = \"loud\"\n").unwrap_err();
        assert!(error.message.contains("\"off\""), "{}", error.message);
        let error = Config::from_toml("[dateline]\nstyle = \"nyt\"\n").unwrap_err();
        assert_eq!(error.line, Some(2));
    }

    #[test]
    fn quote_style_is_read_and_a_bad_one_is_placed() {
        let config = Config::from_toml("[quotes]\nstyle = \"single\"\ncurly = false\n").unwrap();
        assert_eq!(config.quote_style, QuoteStyle::Single);
        assert!(!config.curly_quotes);
        let error =
            Config::from_toml("[dateline]\nstyle = \"ap\"\n\n[quotes]\nstyle = \"guillemets\"\n")
                .unwrap_err();
        assert!(
            error.message.contains("\"auto\", \"double\", \"single\""),
            "{}",
            error.message
        );
        assert_eq!((error.line, error.column), (Some(5), Some(1)));
    }

    #[test]
    fn broken_toml_names_line_and_column() {
        let error = Config::from_toml("[rules]\nname-spelling = \n").unwrap_err();
        assert_eq!(error.line, Some(2));
        assert!(error.column.is_some());
    }
}
