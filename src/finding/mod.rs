//! What a rule reports: plain data with byte spans, no serialisation and no protocol types.

mod fix_all;
mod rule;

pub use fix_all::{fix_all, FixAll, FixScope};
pub use rule::{Rule, REPOSITORY_URL};

use crate::text::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
    Info,
    Hint,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
            Severity::Hint => "hint",
        }
    }

    pub fn parse(word: &str) -> Option<Severity> {
        match word {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "info" => Some(Severity::Info),
            "hint" => Some(Severity::Hint),
            _ => None,
        }
    }
}

/// One text replacement: the bytes under `span` become `new_text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub span: Span,
    pub new_text: String,
}

/// Whether a fix may be applied without a person reading it first. Decided by the rule that
/// builds the fix, from what the fix does; the adapters only read it (`check --fix` applies
/// the safe ones, `--unsafe-fixes` the unsafe ones too; the editor's fix-all applies the safe
/// ones and marks only a safe fix as the preferred one). A placeholder is never applied by
/// either: it is not copy until a person has filled it in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applicability {
    /// The fix restores something the draft or the house already settles: a spelling the
    /// draft or the house list uses, a dateline's case or punctuation.
    Safe,
    /// The fix adds words a person must check: an attribution, a full name.
    Unsafe,
    /// The fix writes a template the writer completes (`CITY, State — `): offered in an editor,
    /// as a snippet where the client takes one, never applied by `--fix`, `--unsafe-fixes` or
    /// fix-all. Left unfilled, the template is itself a finding (a placeholder is malformed
    /// until filled), so the plain edit is a reminder, not a correction.
    Placeholder,
}

impl Applicability {
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::Safe => "safe",
            Applicability::Unsafe => "unsafe",
            Applicability::Placeholder => "placeholder",
        }
    }
}

/// A named set of edits that applies one fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub title: String,
    pub edits: Vec<Edit>,
    pub applicability: Applicability,
    /// The same edits as an LSP snippet, with `${1:CITY}`-style placeholders, for clients that
    /// take snippets. The plain `edits` are always complete on their own.
    pub snippet: Option<String>,
}

impl Fix {
    /// One replacement, without a snippet.
    pub fn replace(
        title: impl Into<String>,
        span: Span,
        new_text: impl Into<String>,
        applicability: Applicability,
    ) -> Fix {
        Fix {
            title: title.into(),
            edits: vec![Edit {
                span,
                new_text: new_text.into(),
            }],
            applicability,
            snippet: None,
        }
    }

    /// The same replacement at every span, in text order (edits apply front to back, and a
    /// span found later, such as an earlier headline use, must not come first).
    pub fn replace_all(
        title: impl Into<String>,
        spans: impl IntoIterator<Item = Span>,
        new_text: &str,
        applicability: Applicability,
    ) -> Fix {
        let mut spans: Vec<Span> = spans.into_iter().collect();
        spans.sort_by_key(|span| (span.start, span.end));
        spans.dedup();
        Fix {
            title: title.into(),
            edits: spans
                .into_iter()
                .map(|span| Edit {
                    span,
                    new_text: new_text.to_string(),
                })
                .collect(),
            applicability,
            snippet: None,
        }
    }
}

/// Another place in the text that explains a finding (where the majority spelling is first
/// used, where a speaker was last quoted).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    pub span: Span,
    pub message: String,
}

/// A place in another file that explains a finding: a line of the draft's record (a
/// transcript, notes), which the adapters show as related information in that file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RelatedElsewhere {
    /// The file as the adapter named it when it handed the record in.
    pub path: String,
    /// 1-based.
    pub line: usize,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    pub span: Span,
    pub message: String,
    pub fixes: Vec<Fix>,
    pub related: Vec<Related>,
    pub related_elsewhere: Vec<RelatedElsewhere>,
}

impl Finding {
    /// A finding at the rule's default severity; the analysis applies the configured one.
    pub fn new(rule: Rule, span: Span, message: impl Into<String>) -> Finding {
        Finding {
            rule,
            severity: rule.default_severity(),
            span,
            message: message.into(),
            fixes: Vec::new(),
            related: Vec::new(),
            related_elsewhere: Vec::new(),
        }
    }

    pub fn with_fix(mut self, fix: Fix) -> Finding {
        self.fixes.push(fix);
        self
    }

    pub fn with_related(mut self, span: Span, message: impl Into<String>) -> Finding {
        self.related.push(Related {
            span,
            message: message.into(),
        });
        self
    }

    pub fn with_related_elsewhere(
        mut self,
        path: impl Into<String>,
        line: usize,
        message: impl Into<String>,
    ) -> Finding {
        self.related_elsewhere.push(RelatedElsewhere {
            path: path.into(),
            line,
            message: message.into(),
        });
        self
    }
}

/// Applies edits to a text. Edits must not overlap; they are applied from the end backwards.
pub fn apply_edits(text: &str, edits: &[Edit]) -> Option<String> {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|edit| (edit.span.start, edit.span.end));
    for pair in sorted.windows(2) {
        if pair[0].span.end > pair[1].span.start {
            return None;
        }
    }
    let mut out = text.to_string();
    for edit in sorted.iter().rev() {
        let span = edit.span;
        if span.end > out.len()
            || !out.is_char_boundary(span.start)
            || !out.is_char_boundary(span.end)
        {
            return None;
        }
        out.replace_range(span.start..span.end, &edit.new_text);
    }
    Some(out)
}
