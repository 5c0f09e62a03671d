//! YAML front matter at the top of a Markdown draft, read as the small subset newsroom exports
//! use: `key: value`, `key: [a, b]`, `key:` followed by `- item` lines, and one level of
//! nesting (`copydesk: {disable: [rule]}` or an indented block). Anything else is kept as raw
//! text and never fails the parse.

use crate::text::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Text(String),
    List(Vec<String>),
    Map(Vec<(String, Value)>),
}

impl Value {
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Text(text) => Some(text),
            _ => None,
        }
    }

    /// A list, or a single text read as a one-item list.
    pub fn as_list(&self) -> Vec<String> {
        match self {
            Value::Text(text) if !text.is_empty() => vec![text.clone()],
            Value::List(items) => items.clone(),
            _ => Vec::new(),
        }
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Map(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// From the opening `---` to the end of the closing `---` line.
    pub span: Span,
    pub entries: Vec<(String, Value, Span)>,
}

impl FrontMatter {
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.entries
            .iter()
            .find(|(k, _, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v, _)| v)
    }

    pub fn text(&self, key: &str) -> Option<&str> {
        self.get(key)
            .and_then(Value::as_text)
            .filter(|text| !text.is_empty())
    }

    /// The first of several synonymous keys that has a text value.
    pub fn first_text(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|key| self.text(key))
    }

    /// The span of an entry's line, for findings that point at front matter.
    pub fn entry_span(&self, key: &str) -> Option<Span> {
        self.entries
            .iter()
            .find(|(k, _, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, _, span)| *span)
    }
}

/// Finds front matter at the very start of `text`: a `---` line, entries, and a closing `---`
/// or `...` line. Returns `None` when the text does not open that way or never closes it.
pub fn parse(text: &str) -> Option<FrontMatter> {
    let body_start = if text.starts_with("---\n") {
        4
    } else if text.starts_with("---\r\n") {
        5
    } else {
        return None;
    };
    let mut lines = Vec::new();
    let mut offset = body_start;
    let mut end = None;
    for line in text[body_start..].split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if content == "---" || content == "..." {
            end = Some(offset + line.len());
            break;
        }
        lines.push((offset, content));
        offset += line.len();
    }
    let end = end?;
    Some(FrontMatter {
        span: Span::new(0, end),
        entries: parse_entries(&lines),
    })
}

fn parse_entries(lines: &[(usize, &str)]) -> Vec<(String, Value, Span)> {
    let mut entries = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        let (offset, line) = lines[index];
        index += 1;
        if line.starts_with([' ', '\t', '#']) || line.trim().is_empty() {
            continue;
        }
        let Some((key, rest)) = line.split_once(':') else {
            continue;
        };
        let key = unquote(key.trim()).to_string();
        let rest = strip_comment(rest).trim();
        let span = Span::new(offset, offset + line.len());
        if !rest.is_empty() {
            entries.push((key, parse_inline(rest), span));
            continue;
        }
        // A block: `- item` lines make a list, `key: value` lines a map.
        let mut block = Vec::new();
        while index < lines.len()
            && (lines[index].1.starts_with([' ', '\t', '-']) || lines[index].1.trim().is_empty())
        {
            block.push(lines[index]);
            index += 1;
        }
        let items: Vec<&str> = block
            .iter()
            .map(|(_, l)| l.trim())
            .filter(|l| !l.is_empty())
            .collect();
        let value = if items.iter().all(|item| item.starts_with('-')) && !items.is_empty() {
            Value::List(
                items
                    .iter()
                    .map(|item| unquote(item[1..].trim()).to_string())
                    .collect(),
            )
        } else if !items.is_empty() {
            let dedented: Vec<(usize, &str)> =
                block.iter().map(|(o, l)| (*o, l.trim_start())).collect();
            Value::Map(
                parse_entries(&dedented)
                    .into_iter()
                    .map(|(k, v, _)| (k, v))
                    .collect(),
            )
        } else {
            Value::Text(String::new())
        };
        entries.push((key, value, span));
    }
    entries
}

fn parse_inline(value: &str) -> Value {
    if let Some(inner) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
        return Value::List(
            split_top_level(inner)
                .into_iter()
                .map(|item| unquote(item.trim()).to_string())
                .filter(|item| !item.is_empty())
                .collect(),
        );
    }
    if let Some(inner) = value.strip_prefix('{').and_then(|v| v.strip_suffix('}')) {
        let mut entries = Vec::new();
        for pair in split_top_level(inner) {
            if let Some((key, rest)) = pair.split_once(':') {
                entries.push((unquote(key.trim()).to_string(), parse_inline(rest.trim())));
            }
        }
        return Value::Map(entries);
    }
    Value::Text(unquote(value).to_string())
}

/// Splits on commas that are not inside brackets or quotes.
fn split_top_level(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut start = 0;
    for (i, ch) in text.char_indices() {
        match (quote, ch) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(ch),
            (None, '[' | '{') => depth += 1,
            (None, ']' | '}') => depth -= 1,
            (None, ',') if depth == 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

fn strip_comment(value: &str) -> &str {
    match value.find(" #") {
        Some(at) if !value[..at].contains(['"', '\'']) => &value[..at],
        _ => value,
    }
}

fn unquote(value: &str) -> &str {
    let value = value.trim();
    for q in ['"', '\''] {
        if value.len() >= 2 && value.starts_with(q) && value.ends_with(q) {
            return &value[1..value.len() - 1];
        }
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_newsroom_front_matter() {
        let text = "---\ntitle: \"Levee repairs delayed\"\ndateline: \"FRESNO, Calif.\"\ntype: news\ncontributors: [\"Lee Park\", Ann Lee]\ncopydesk: {disable: [missing-dateline, name-spelling]}\ntags:\n  - flood\n  - county\n---\n# Body\n";
        let fm = parse(text).unwrap();
        assert_eq!(fm.text("title"), Some("Levee repairs delayed"));
        assert_eq!(fm.text("dateline"), Some("FRESNO, Calif."));
        assert_eq!(
            fm.get("contributors").unwrap().as_list(),
            vec!["Lee Park", "Ann Lee"]
        );
        assert_eq!(
            fm.get("copydesk")
                .unwrap()
                .get("disable")
                .unwrap()
                .as_list(),
            vec!["missing-dateline", "name-spelling"]
        );
        assert_eq!(fm.get("tags").unwrap().as_list(), vec!["flood", "county"]);
        assert_eq!(&text[fm.span.end..], "# Body\n");
    }

    #[test]
    fn block_maps_nest_one_level() {
        let fm = parse("---\ncopydesk:\n  disable: [unattributed-quote]\n---\n").unwrap();
        assert_eq!(
            fm.get("copydesk")
                .unwrap()
                .get("disable")
                .unwrap()
                .as_list(),
            vec!["unattributed-quote"]
        );
    }

    #[test]
    fn unclosed_front_matter_is_not_front_matter() {
        assert!(parse("---\ntitle: x\n\nBody text").is_none());
        assert!(parse("Body text").is_none());
    }
}
