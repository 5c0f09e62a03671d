//! Every rule, by its stable code: the code strings, default severities and summaries. A leaf
//! below the findings and the configuration, which both name rules; the checks themselves live
//! in `crate::rules`.

use super::Severity;

/// Every rule, by its stable code. The code strings are defined here and nowhere else.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    FirstReference,
    FollowOnQuote,
    InvalidSuppression,
    MalformedDateline,
    MisattributedQuote,
    Misquote,
    MissingDateline,
    NameSpelling,
    QuoteDrift,
    QuoteStyle,
    UnattributedQuote,
    UnbalancedQuote,
    UnsourcedQuote,
    UnusedSuppression,
}

impl Rule {
    pub const ALL: [Rule; 14] = [
        Rule::FirstReference,
        Rule::FollowOnQuote,
        Rule::InvalidSuppression,
        Rule::MalformedDateline,
        Rule::MisattributedQuote,
        Rule::Misquote,
        Rule::MissingDateline,
        Rule::NameSpelling,
        Rule::QuoteDrift,
        Rule::QuoteStyle,
        Rule::UnattributedQuote,
        Rule::UnbalancedQuote,
        Rule::UnsourcedQuote,
        Rule::UnusedSuppression,
    ];

    pub const fn code(self) -> &'static str {
        match self {
            Rule::FirstReference => "first-reference",
            Rule::FollowOnQuote => "follow-on-quote",
            Rule::InvalidSuppression => "invalid-suppression",
            Rule::MalformedDateline => "malformed-dateline",
            Rule::MisattributedQuote => "misattributed-quote",
            Rule::Misquote => "misquote",
            Rule::MissingDateline => "missing-dateline",
            Rule::NameSpelling => "name-spelling",
            Rule::QuoteDrift => "quote-drift",
            Rule::QuoteStyle => "quote-style",
            Rule::UnattributedQuote => "unattributed-quote",
            Rule::UnbalancedQuote => "unbalanced-quote",
            Rule::UnsourcedQuote => "unsourced-quote",
            Rule::UnusedSuppression => "unused-suppression",
        }
    }

    pub fn from_code(code: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|rule| rule.code() == code)
    }

    pub const fn default_severity(self) -> Severity {
        match self {
            Rule::FirstReference
            | Rule::FollowOnQuote
            | Rule::QuoteStyle
            | Rule::UnsourcedQuote => Severity::Info,
            Rule::UnbalancedQuote => Severity::Error,
            Rule::UnusedSuppression => Severity::Hint,
            _ => Severity::Warning,
        }
    }

    /// Whether the rule reports unless a configuration turns it off. A house turns on the rules
    /// that hold drafts to its own typography (`quote-style`), and asks for every quote to be
    /// in the record (`unsourced-quote`), which a draft quoting a statement it does not keep
    /// beside it cannot meet.
    pub const fn on_by_default(self) -> bool {
        !matches!(self, Rule::QuoteStyle | Rule::UnsourcedQuote)
    }

    /// A one-line summary, used in SARIF rule metadata and `copydesk rules`.
    pub const fn summary(self) -> &'static str {
        match self {
            Rule::FirstReference => {
                "A surname-only mention comes before the person's full name in the body."
            }
            Rule::FollowOnQuote => "A quote paragraph relies on the previous paragraph's speaker.",
            Rule::InvalidSuppression => {
                "A suppression names no rule, or a rule a draft cannot silence."
            }
            Rule::MalformedDateline => "The dateline does not follow the house style.",
            Rule::MisattributedQuote => {
                "The record gives a quote's words to another person than the draft does."
            }
            Rule::Misquote => "A quote's words differ from the record's.",
            Rule::MissingDateline => "The lede has no dateline.",
            Rule::NameSpelling => "One person's name is spelled more than one way.",
            Rule::QuoteDrift => "The same quotation is given twice with different words.",
            Rule::QuoteStyle => "A quotation mark against the house style.",
            Rule::UnattributedQuote => "A direct quotation has no speaker.",
            Rule::UnbalancedQuote => {
                "A quotation mark is opened and never closed, or closed and never opened."
            }
            Rule::UnsourcedQuote => "A draft with sources has a quote none of them holds.",
            Rule::UnusedSuppression => "A suppression silences no finding.",
        }
    }

    /// Where the rule's documentation lives, for editors and SARIF: its page in the repository
    /// the binary was built from, at the binary's version. Only a build told the repository's
    /// address (`COPYDESK_REPOSITORY_URL`, which the release workflow sets) has one; a plain
    /// build names no address it cannot vouch for, and points at `docs/rules/` in words.
    pub fn doc_url(self) -> Option<String> {
        REPOSITORY_URL.map(|repository| {
            format!(
                "{}/blob/v{}/docs/rules/{}.md",
                repository.trim_end_matches('/'),
                env!("CARGO_PKG_VERSION"),
                self.code()
            )
        })
    }
}

/// The address of the repository the binary was built from, when the build was told it.
pub const REPOSITORY_URL: Option<&str> = option_env!("COPYDESK_REPOSITORY_URL");

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}
