//! Tidy checks over the repository itself, run with every `cargo test` and needing nothing but
//! the checkout: the crate's layers import one way only; every rule is wired up everywhere a
//! user meets it; and (once `src/article` is split) no file or function outgrows a reader.
//! Each failure names the file and line, or the rule, and says what to do.

use copydesk::finding::Rule;
use copydesk::rules::registry::{RULES, SUPPRESSION_RULES};
use rust_source::{Source, Use};
use std::path::{Path, PathBuf};

/// The crate's layers, lowest first. A module may use the modules of the layers below its own,
/// never those above, and never another module of its own layer (so `cli` and `server` stay
/// apart). `main.rs` sits above them all. `text` and `allocator` are leaves.
const LAYERS: &[&[&str]] = &[
    &["text", "allocator"],
    &["finding"],
    &["config"],
    &["article"],
    &["record"],
    &["rules"],
    &["analysis"],
    &["cli", "server"],
];

/// The async runtime and the protocol stack under the language server.
const RUNTIME_CRATES: &[&str] = &["tokio", "tower_lsp", "tower", "futures"];
/// The adapters, the only modules that may run the runtime.
const RUNTIME_USERS: &[&str] = &["cli", "server", "main"];

const MAX_FILE_LINES: usize = 700;
const MAX_ARTICLE_FUNCTION_LINES: usize = 80;

#[test]
fn modules_use_only_the_layers_below_their_own() {
    let reexports = root_reexports();
    let mut problems = Vec::new();
    for source in crate_sources() {
        // `main.rs` sits above every layer; `lib.rs` only declares the modules.
        let Some(module) = source.module().filter(|module| module != "main") else {
            continue;
        };
        let Some(layer) = layer_of(&module) else {
            problems.push(format!(
                "{}: module `{module}` has no layer; add it to LAYERS in tests/tidy.rs",
                source.path
            ));
            continue;
        };
        for Use { name, line } in source.crate_paths() {
            let used = reexports
                .get(&name)
                .cloned()
                .unwrap_or_else(|| name.clone());
            if used == module {
                continue;
            }
            let place = format!("{}:{line}: `{module}` uses `crate::{name}`", source.path);
            match layer_of(&used) {
                None => problems.push(format!(
                    "{place}, which is no module of the crate; name the module it lives in"
                )),
                Some(target) if target == layer => problems.push(format!(
                    "{place}, a module of the same layer; move what they share down a layer"
                )),
                Some(target) if target > layer => problems.push(format!(
                    "{place}, which sits above it ({}); move what it needs down to `{module}` \
                     or below, or move the caller up",
                    layer_order()
                )),
                Some(_) => {}
            }
        }
    }
    assert_none(problems);
}

#[test]
fn only_the_adapters_touch_the_async_runtime() {
    let mut problems = Vec::new();
    for source in crate_sources() {
        let module = source.module().unwrap_or_else(|| "lib".to_string());
        if RUNTIME_USERS.contains(&module.as_str()) {
            continue;
        }
        for Use { name, line } in source.paths_into(RUNTIME_CRATES) {
            problems.push(format!(
                "{}:{line}: `{module}` uses `{name}`; only {} may run the async runtime, so \
                 move the I/O into an adapter and hand `{module}` plain data",
                source.path,
                RUNTIME_USERS.join(", ")
            ));
        }
    }
    assert_none(problems);
}

#[test]
fn every_rule_is_in_the_registry() {
    let missing = Rule::ALL
        .into_iter()
        .filter(|rule| {
            !RULES.iter().any(|check| check.rule() == *rule) && !SUPPRESSION_RULES.contains(rule)
        })
        .map(|rule| {
            format!("rule `{rule}` is not in src/rules/registry.rs; add its check to RULES")
        });
    assert_none(missing.collect());
}

#[test]
fn every_rule_has_a_docs_page() {
    let missing = Rule::ALL
        .into_iter()
        .filter(|rule| !repo_path(&format!("docs/rules/{rule}.md")).is_file())
        .map(|rule| format!("rule `{rule}` has no docs/rules/{rule}.md; write its page"));
    assert_none(missing.collect());
}

#[test]
fn every_rule_has_a_line_in_the_default_config() {
    let default: toml::Table =
        toml::from_str(copydesk::config::DEFAULT_TOML).expect("src/config/default.toml parses");
    let rules = default.get("rules").and_then(toml::Value::as_table);
    let missing = Rule::ALL
        .into_iter()
        .filter(|rule| !rules.is_some_and(|rules| rules.contains_key(rule.code())))
        .map(|rule| {
            format!(
                "rule `{rule}` has no line in src/config/default.toml; add \
                 `{rule} = \"{}\"` under [rules], with a comment saying what it flags",
                rule.default_severity().as_str()
            )
        });
    assert_none(missing.collect());
}

#[test]
fn every_rule_has_a_vs_code_setting() {
    let manifest = read_repo_file("editors/vscode/package.json");
    let manifest: serde_json::Value =
        serde_json::from_str(&manifest).expect("editors/vscode/package.json is JSON");
    let settings = &manifest["contributes"]["configuration"]["properties"];
    let missing = Rule::ALL
        .into_iter()
        .filter(|rule| settings[format!("copydesk.rules.{rule}")].is_null())
        .map(|rule| {
            format!(
                "rule `{rule}` has no setting in editors/vscode/package.json; add \
                 `copydesk.rules.{rule}` to contributes.configuration.properties, like the others"
            )
        });
    assert_none(missing.collect());
}

#[test]
fn every_rule_is_forwarded_by_the_vs_code_extension() {
    // The extension passes on only the rule codes it lists; a rule missing there cannot be set
    // from VS Code's settings even though package.json offers it.
    let settings = read_repo_file("editors/vscode/src/settings.ts");
    let listed = settings
        .split("export const RULE_CODES = [")
        .nth(1)
        .and_then(|rest| rest.split("]").next())
        .expect("editors/vscode/src/settings.ts has RULE_CODES");
    let missing = Rule::ALL
        .into_iter()
        .filter(|rule| !listed.contains(&format!("\"{rule}\"")))
        .map(|rule| {
            format!(
                "rule `{rule}` is not in RULE_CODES in editors/vscode/src/settings.ts; add \
                 \"{rule}\" there, in alphabetical order"
            )
        });
    assert_none(missing.collect());
}

#[test]
fn no_source_file_is_over_700_lines() {
    let long = crate_sources()
        .into_iter()
        .filter(|source| source.line_count() > MAX_FILE_LINES)
        .map(|source| {
            format!(
                "{}: {} lines, over {MAX_FILE_LINES}; split it into modules by concept",
                source.path,
                source.line_count()
            )
        });
    assert_none(long.collect());
}

#[test]
fn no_function_in_the_article_model_is_over_80_lines() {
    let mut long = Vec::new();
    for source in crate_sources() {
        if !source.path.starts_with("src/article/") {
            continue;
        }
        for function in source.functions() {
            if function.lines > MAX_ARTICLE_FUNCTION_LINES {
                long.push(format!(
                    "{}:{}: fn {} has {} lines, over {MAX_ARTICLE_FUNCTION_LINES}; split it \
                     into named passes",
                    source.path, function.line, function.name, function.lines
                ));
            }
        }
    }
    assert_none(long);
}

#[test]
fn the_scanner_sees_code_not_comments_strings_or_characters() {
    let source = Source::new(
        "src/rules/example.rs",
        concat!(
            "use crate::finding::Rule; // crate::server in a comment\n",
            "/* crate::cli in a /* nested */ block */\n",
            "fn short(x: [u8; 2]) -> &'static str {\n",
            "    let _ = ('{', '\\'', b'}', \"crate::server {\");\n",
            "    r#\"tokio::spawn }\"#\n",
            "}\n",
            "#[cfg(test)]\n",
            "mod fixture;\n",
            "#[cfg(test)]\n",
            "mod tests {\n",
            "    use crate::analysis::analyze;\n",
            "}\n",
        ),
    );
    let uses: Vec<(String, usize)> = source
        .crate_paths()
        .into_iter()
        .map(|used| (used.name, used.line))
        .collect();
    assert_eq!(uses, vec![("finding".to_string(), 1)]);
    assert!(source.paths_into(RUNTIME_CRATES).is_empty());
    assert_eq!(
        source.test_module_paths(),
        vec!["src/rules/example/fixture"]
    );
    let functions = source.functions();
    assert_eq!(functions.len(), 1);
    assert_eq!(
        (
            functions[0].name.as_str(),
            functions[0].line,
            functions[0].lines
        ),
        ("short", 3, 4)
    );
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

fn layer_order() -> String {
    let layers: Vec<String> = LAYERS.iter().map(|layer| layer.join(", ")).collect();
    format!("{} < main", layers.join(" < "))
}

/// What `src/lib.rs` re-exports at the root (`crate::analyze`, `crate::Config`), by the module
/// each name comes from.
fn root_reexports() -> std::collections::HashMap<String, String> {
    let lib = read_repo_file("src/lib.rs");
    let mut names = std::collections::HashMap::new();
    for line in lib.lines() {
        let Some(path) = line.trim().strip_prefix("pub use ") else {
            continue;
        };
        let Some((module, items)) = path.trim_end_matches(';').split_once("::") else {
            continue;
        };
        for item in items.trim_matches(['{', '}']).split(',') {
            let name = item.rsplit([':', ' ']).next().unwrap_or_default().trim();
            names.insert(name.to_string(), module.to_string());
        }
    }
    names
}

fn assert_none(problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "\n{} problem(s):\n{}\n",
        problems.len(),
        problems.join("\n")
    );
}

fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn read_repo_file(relative: &str) -> String {
    std::fs::read_to_string(repo_path(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

/// Every Rust file under `src/`, in a stable order; the files of modules declared under
/// `#[cfg(test)]` are test code throughout.
fn crate_sources() -> Vec<Source> {
    let mut sources = read_crate_sources();
    let test_modules: Vec<String> = sources
        .iter()
        .flat_map(|source| source.test_module_paths())
        .collect();
    for source in &mut sources {
        let in_test_module = test_modules.iter().any(|module| {
            source.path == format!("{module}.rs") || source.path.starts_with(&format!("{module}/"))
        });
        if in_test_module {
            source.mark_as_test_code();
        }
    }
    sources
}

fn read_crate_sources() -> Vec<Source> {
    let mut files = Vec::new();
    collect_rust_files(&repo_path("src"), &mut files);
    files.sort();
    files
        .iter()
        .map(|file| {
            let relative = file
                .strip_prefix(env!("CARGO_MANIFEST_DIR"))
                .expect("under the checkout")
                .to_string_lossy()
                .trim_start_matches('/')
                .to_string();
            Source::new(&relative, &std::fs::read_to_string(file).expect("readable"))
        })
        .collect()
}

fn collect_rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a readable folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_rust_files(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
}

/// A Rust source file read well enough for the checks above: comments and the insides of
/// string and character literals are blanked out (line breaks kept), so that paths and braces
/// are only ever found in code.
mod rust_source {
    use std::ops::Range;

    pub struct Source {
        /// Relative to the checkout, with `/` separators.
        pub path: String,
        /// The text with comments and literals turned to spaces: same length, same lines.
        code: String,
        /// Items under `#[cfg(test)]`, which may reach anywhere in the crate.
        tests: Vec<Range<usize>>,
    }

    /// A path used in the code, by its first segment after `crate::` (or the crate's name).
    pub struct Use {
        pub name: String,
        pub line: usize,
    }

    pub struct Function {
        pub name: String,
        /// The line of `fn`.
        pub line: usize,
        /// From the line of `fn` to that of the closing brace, both counted.
        pub lines: usize,
    }

    impl Source {
        pub fn new(path: &str, text: &str) -> Source {
            let code = blank_comments_and_literals(text);
            let tests = test_items(&code);
            Source {
                path: path.to_string(),
                code,
                tests,
            }
        }

        /// The top-level module the file belongs to: `src/rules/registry.rs` is in `rules`,
        /// `src/main.rs` is `main`. None for `src/lib.rs`, which only declares the modules.
        pub fn module(&self) -> Option<String> {
            let inside = self.path.strip_prefix("src/")?;
            let first = inside.split('/').next()?.trim_end_matches(".rs");
            (first != "lib").then(|| first.to_string())
        }

        /// Where the modules declared here under `#[cfg(test)]` (`mod fixture;`) live, without
        /// the `.rs`: `src/rules/fixture` for a `mod fixture;` in `src/rules/mod.rs`.
        pub fn test_module_paths(&self) -> Vec<String> {
            let folder = match self.path.rsplit_once('/') {
                Some((folder, "mod.rs" | "lib.rs" | "main.rs")) => folder.to_string(),
                _ => self.path.trim_end_matches(".rs").to_string(),
            };
            self.tests
                .iter()
                .filter_map(|test| {
                    let item = self.code[test.clone()].trim_start_matches("#[cfg(test)]");
                    let mut declared = item.split_whitespace().skip_while(|word| *word != "mod");
                    let name = identifier(declared.nth(1)?);
                    item.trim_end()
                        .ends_with(';')
                        .then(|| format!("{folder}/{name}"))
                })
                .collect()
        }

        /// Makes the whole file test code, for a module declared under `#[cfg(test)]`.
        pub fn mark_as_test_code(&mut self) {
            self.tests = std::iter::once(0..self.code.len()).collect();
        }

        pub fn line_count(&self) -> usize {
            self.code.lines().count()
        }

        /// The modules named after `crate::` outside test code, one per segment of a
        /// `crate::{a, b::c}` group.
        pub fn crate_paths(&self) -> Vec<Use> {
            let mut uses = Vec::new();
            for at in self.tokens("crate") {
                let after = &self.code[at + "crate".len()..];
                let Some(path) = after.strip_prefix("::") else {
                    continue;
                };
                let path = path.trim_start();
                let line = self.line_at(at);
                let names = match path.strip_prefix('{') {
                    Some(group) => group_heads(group),
                    None => vec![identifier(path).to_string()],
                };
                uses.extend(
                    names
                        .into_iter()
                        .filter(|name| !name.is_empty() && name != "self")
                        .map(|name| Use { name, line }),
                );
            }
            uses
        }

        /// Paths into any of `crates` (`tokio::spawn`, `tower_lsp::Client`) outside test code.
        pub fn paths_into(&self, crates: &[&str]) -> Vec<Use> {
            let mut uses: Vec<Use> = crates
                .iter()
                .flat_map(|name| {
                    self.tokens(name)
                        .into_iter()
                        .filter(|at| self.code[at + name.len()..].starts_with("::"))
                        .map(|at| Use {
                            name: name.to_string(),
                            line: self.line_at(at),
                        })
                })
                .collect();
            uses.sort_by_key(|used| used.line);
            uses
        }

        /// Every function with a body, test code included.
        pub fn functions(&self) -> Vec<Function> {
            let bytes = self.code.as_bytes();
            let mut functions = Vec::new();
            for at in self.all_tokens("fn") {
                let after = &self.code[at + 2..];
                if !after.starts_with(char::is_whitespace) {
                    continue; // `fn(usize) -> bool`, a pointer type
                }
                let name = identifier(after.trim_start());
                let Some(open) = body_start(bytes, at) else {
                    continue; // a declaration in a trait
                };
                let close = matching_brace(bytes, open);
                let line = self.line_at(at);
                functions.push(Function {
                    name: name.to_string(),
                    line,
                    lines: self.line_at(close) - line + 1,
                });
            }
            functions
        }

        fn line_at(&self, offset: usize) -> usize {
            self.code[..offset].matches('\n').count() + 1
        }

        /// Where `word` stands as a whole word in code outside tests.
        fn tokens(&self, word: &str) -> Vec<usize> {
            let mut found = self.all_tokens(word);
            found.retain(|at| !self.tests.iter().any(|test| test.contains(at)));
            found
        }

        /// Where `word` stands as a whole word anywhere in the code (`$crate` is not `crate`).
        fn all_tokens(&self, word: &str) -> Vec<usize> {
            let bytes = self.code.as_bytes();
            self.code
                .match_indices(word)
                .map(|(at, _)| at)
                .filter(|&at| {
                    let before = at.checked_sub(1).map(|i| bytes[i]);
                    let after = bytes.get(at + word.len()).copied();
                    !before.is_some_and(|b| is_identifier_byte(b) || b == b'$')
                        && !after.is_some_and(is_identifier_byte)
                })
                .collect()
        }
    }

    fn is_identifier_byte(byte: u8) -> bool {
        byte.is_ascii_alphanumeric() || byte == b'_'
    }

    fn identifier(text: &str) -> &str {
        let end = text
            .bytes()
            .position(|b| !is_identifier_byte(b))
            .unwrap_or(text.len());
        &text[..end]
    }

    /// The first segment of each item of a `{a, b::{c, d}, e}` group, read from just after its
    /// opening brace.
    fn group_heads(group: &str) -> Vec<String> {
        let mut heads = vec![identifier(group.trim_start()).to_string()];
        let mut depth = 0;
        for (at, byte) in group.bytes().enumerate() {
            match byte {
                b'{' => depth += 1,
                b'}' if depth == 0 => break,
                b'}' => depth -= 1,
                b',' if depth == 0 => {
                    heads.push(identifier(group[at + 1..].trim_start()).to_string())
                }
                _ => {}
            }
        }
        heads
    }

    /// The opening brace of the body of the `fn` at `at`, or None when a `;` ends it first.
    /// Brackets are counted so that `[u8; 4]` in a signature does not end it.
    fn body_start(code: &[u8], at: usize) -> Option<usize> {
        let mut depth = 0i32;
        for (offset, &byte) in code.iter().enumerate().skip(at) {
            match byte {
                b'(' | b'[' => depth += 1,
                b')' | b']' => depth -= 1,
                b'{' if depth == 0 => return Some(offset),
                b';' if depth == 0 => return None,
                _ => {}
            }
        }
        None
    }

    /// The brace that closes the one at `open` (the end of the code if none does).
    fn matching_brace(code: &[u8], open: usize) -> usize {
        let mut depth = 0usize;
        for (offset, &byte) in code.iter().enumerate().skip(open) {
            match byte {
                b'{' => depth += 1,
                b'}' if depth == 1 => return offset,
                b'}' => depth -= 1,
                _ => {}
            }
        }
        code.len().saturating_sub(1)
    }

    /// The byte ranges of the items marked `#[cfg(test)]`, attribute to closing brace or `;`.
    fn test_items(code: &str) -> Vec<Range<usize>> {
        let bytes = code.as_bytes();
        code.match_indices("#[cfg(test)]")
            .map(|(at, attribute)| {
                let item = at + attribute.len();
                let end = match body_start(bytes, item) {
                    Some(open) => matching_brace(bytes, open),
                    None => bytes[item..]
                        .iter()
                        .position(|&b| b == b';')
                        .map_or(bytes.len(), |semicolon| item + semicolon),
                };
                at..end + 1
            })
            .collect()
    }

    /// The text with every comment and every string, byte-string, raw-string and character
    /// literal replaced by spaces, byte for byte, line breaks kept. Lifetimes (`'a`) stay.
    fn blank_comments_and_literals(text: &str) -> String {
        let bytes = text.as_bytes();
        let mut code = bytes.to_vec();
        let mut at = 0;
        while at < bytes.len() {
            let end = match literal_or_comment_end(bytes, at) {
                Some(end) => end.min(bytes.len()),
                None => {
                    at += 1;
                    continue;
                }
            };
            for byte in &mut code[at..end] {
                if *byte != b'\n' {
                    *byte = b' ';
                }
            }
            at = end;
        }
        String::from_utf8(code).expect("only whole characters are blanked")
    }

    /// Where the comment or literal starting at `at` ends, if one starts there.
    fn literal_or_comment_end(bytes: &[u8], at: usize) -> Option<usize> {
        let rest = &bytes[at..];
        let after_identifier = at > 0 && is_identifier_byte(bytes[at - 1]);
        if rest.starts_with(b"//") {
            let line_end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
            return Some(at + line_end);
        }
        if rest.starts_with(b"/*") {
            return Some(at + block_comment_len(rest));
        }
        if rest[0] == b'"' {
            return Some(at + quoted_len(rest, b'"'));
        }
        let raw_prefix = if rest.starts_with(b"br") { 2 } else { 1 };
        if !after_identifier && rest[raw_prefix - 1] == b'r' {
            return raw_string_len(&rest[raw_prefix..]).map(|len| at + raw_prefix + len);
        }
        if rest[0] == b'\'' {
            return char_literal_len(rest).map(|len| at + len);
        }
        None
    }

    /// `/* … */`, nested comments included.
    fn block_comment_len(rest: &[u8]) -> usize {
        let mut depth = 0;
        let mut at = 0;
        while at < rest.len() {
            if rest[at..].starts_with(b"/*") {
                depth += 1;
                at += 2;
            } else if rest[at..].starts_with(b"*/") {
                depth -= 1;
                at += 2;
                if depth == 0 {
                    return at;
                }
            } else {
                at += 1;
            }
        }
        rest.len()
    }

    /// A literal from its opening `quote` to its closing one, backslash escapes skipped.
    fn quoted_len(rest: &[u8], quote: u8) -> usize {
        let mut at = 1;
        while at < rest.len() {
            match rest[at] {
                b'\\' => at += 2,
                byte if byte == quote => return at + 1,
                _ => at += 1,
            }
        }
        rest.len()
    }

    /// `#…#"…"#…#` after the `r`, when it is a raw string (and not a name such as `rest`).
    fn raw_string_len(rest: &[u8]) -> Option<usize> {
        let hashes = rest.iter().take_while(|&&b| b == b'#').count();
        if rest.get(hashes) != Some(&b'"') {
            return None;
        }
        let closing = format!("\"{}", "#".repeat(hashes));
        let body = &rest[hashes + 1..];
        let end = body
            .windows(closing.len())
            .position(|window| window == closing.as_bytes())
            .map_or(body.len(), |at| at + closing.len());
        Some(hashes + 1 + end)
    }

    /// `'x'`, `'“'` or `'\n'`; None for a lifetime or a label such as `'a`.
    fn char_literal_len(rest: &[u8]) -> Option<usize> {
        match rest.get(1)? {
            b'\\' => Some(quoted_len(rest, b'\'')),
            &first => {
                let width = utf8_width(first);
                (rest.get(1 + width) == Some(&b'\'')).then_some(width + 2)
            }
        }
    }

    fn utf8_width(first: u8) -> usize {
        match first {
            0xF0.. => 4,
            0xE0.. => 3,
            0xC0.. => 2,
            _ => 1,
        }
    }
}
