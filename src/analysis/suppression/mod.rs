//! Ways a draft silences rules: a front-matter `copydesk: {disable: [...]}` list for the whole
//! article, and comments for a line or a stretch of text.
//!
//! ```markdown
//! <!-- copydesk-disable-next-line unattributed-quote -->
//! A line inside a paragraph. <!-- copydesk-disable-line name-spelling -->
//! <!-- copydesk-disable name-spelling -->  …  <!-- copydesk-enable name-spelling -->
//! ```
//! `disable-line` sits at the end of the line it silences, so that it never splits a paragraph
//! (a comment on a line of its own interrupts a Markdown paragraph). A comment that names no
//! rule applies to every rule. Plain text has the same comments, each on one line; the
//! structure blanks them from the prose there too.
//!
//! Every suppression is judged as well (`report`): a code that names no rule silences nothing
//! and is reported as `invalid-suppression`, with the closest rule as its fix; a suppression
//! that silenced no finding is reported as `unused-suppression`. Neither can be silenced from
//! the draft, or a suppression could hide its own typo.

mod directives;
mod report;
#[cfg(test)]
mod tests;

use crate::article::Article;
use crate::finding::Finding;
use crate::rules::registry::SUPPRESSION_RULES;
use crate::rules::Rule;
use crate::text::Span;
use directives::{Directive, Word};

pub(super) struct Suppressions {
    entries: Vec<Suppression>,
    /// What reading found wrong: codes that name no rule, directives that do not exist.
    invalid: Vec<Finding>,
}

/// One rule (or every rule) silenced over one reach, as one place of the draft says.
struct Suppression {
    /// `None`: every rule.
    rule: Option<Rule>,
    /// The bytes in which findings are silenced.
    reach: Span,
    origin: Origin,
    /// The rule's code as written; `None` for a comment that names no rule.
    code: Option<Span>,
    /// Whether it silenced a finding.
    used: bool,
}

/// Where a suppression is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Origin {
    FrontMatter,
    Comment { span: Span, directive: Directive },
}

impl Suppressions {
    pub(super) fn read(text: &str, article: &Article) -> Suppressions {
        let mut reader = Reader {
            text,
            suppressions: Suppressions {
                entries: Vec::new(),
                invalid: Vec::new(),
            },
            open: Vec::new(),
        };
        reader.front_matter(article);
        for &comment in &article.structure.comments {
            reader.comment(comment);
        }
        // A stretch never enabled again reaches the end of the draft, as read.
        reader.suppressions
    }

    /// Whether a finding is silenced; every suppression that silences it counts as used.
    pub(super) fn silences(&mut self, finding: &Finding) -> bool {
        let mut silenced = false;
        for entry in &mut self.entries {
            if entry.rule.is_none_or(|rule| rule == finding.rule)
                && entry.reach.touches(finding.span.start)
            {
                entry.used = true;
                silenced = true;
            }
        }
        silenced
    }
}

/// Reads the front matter and the comments, in order, into suppressions.
struct Reader<'t> {
    text: &'t str,
    suppressions: Suppressions,
    /// The `copydesk-disable` stretches not yet enabled again, by entry.
    open: Vec<usize>,
}

impl Reader<'_> {
    fn front_matter(&mut self, article: &Article) {
        let Some(fm) = &article.structure.front_matter else {
            return;
        };
        let Some(disable) = fm.get("copydesk").and_then(|v| v.get("disable")) else {
            return;
        };
        let mut search_from = fm.entry_span("copydesk").map_or(fm.span.start, |s| s.start);
        for code in disable.as_list() {
            let code = code.trim();
            let written = find_code(self.text, Span::new(search_from, fm.span.end), code);
            if let Some(span) = written {
                search_from = span.end;
            }
            let word = Word {
                text: code,
                span: written.unwrap_or(fm.span),
            };
            if let Some(rule) = self.rule_named(word) {
                let whole = Span::new(0, self.text.len());
                self.add(Some(rule), whole, Origin::FrontMatter, Some(word.span));
            }
        }
    }

    fn comment(&mut self, comment: Span) {
        let words = directives::words(self.text, comment);
        let Some((first, codes)) = words.split_first() else {
            return;
        };
        let Some(directive) = Directive::named(first.text) else {
            if first.text.starts_with(directives::PREFIX) {
                let finding = report::unknown_directive(*first);
                self.suppressions.invalid.push(finding);
            }
            return;
        };
        let origin = Origin::Comment {
            span: comment,
            directive,
        };
        let named: Vec<(Rule, Span)> = codes
            .iter()
            .filter_map(|&word| self.rule_named(word).map(|rule| (rule, word.span)))
            .collect();
        // A comment that names no rule is about every rule; one whose every code is wrong
        // silences nothing.
        let rules: Vec<(Option<Rule>, Option<Span>)> = match (codes.is_empty(), named.is_empty()) {
            (true, _) => vec![(None, None)],
            (false, true) => return,
            (false, false) => named.into_iter().map(|(r, s)| (Some(r), Some(s))).collect(),
        };
        match directive.line_reach(self.text, comment) {
            Some(reach) => {
                for (rule, code) in rules {
                    self.add(rule, reach, origin, code);
                }
            }
            None if directive == Directive::Disable => {
                let reach = Span::new(comment.end, self.text.len());
                for (rule, code) in rules {
                    self.open.push(self.suppressions.entries.len());
                    self.add(rule, reach, origin, code);
                }
            }
            None => self.enable(rules.iter().map(|(rule, _)| *rule), comment.start),
        }
    }

    /// Closes the open stretches of the rules named (every one, for `None`) at `at`.
    fn enable(&mut self, rules: impl Iterator<Item = Option<Rule>>, at: usize) {
        for rule in rules {
            let entries = &mut self.suppressions.entries;
            self.open.retain(|&open| {
                let entry = &mut entries[open];
                let closes = rule.is_none() || entry.rule == rule;
                if closes {
                    entry.reach.end = at;
                }
                !closes
            });
        }
    }

    /// The rule a code names, if a draft may silence it; otherwise the code is reported.
    fn rule_named(&mut self, word: Word) -> Option<Rule> {
        match Rule::from_code(word.text) {
            Some(rule) if !SUPPRESSION_RULES.contains(&rule) => Some(rule),
            Some(rule) => {
                let finding = report::unsilenceable(rule, word.span);
                self.suppressions.invalid.push(finding);
                None
            }
            None => {
                let finding = report::unknown_rule(word);
                self.suppressions.invalid.push(finding);
                None
            }
        }
    }

    fn add(&mut self, rule: Option<Rule>, reach: Span, origin: Origin, code: Option<Span>) {
        self.suppressions.entries.push(Suppression {
            rule,
            reach,
            origin,
            code,
            used: false,
        });
    }
}

/// Where `code` is written in `within`, as a whole word (a code is letters and hyphens).
fn find_code(text: &str, within: Span, code: &str) -> Option<Span> {
    if code.is_empty() {
        return None;
    }
    let haystack = within.slice(text);
    let is_code_char = |c: char| c.is_alphanumeric() || c == '-';
    haystack.match_indices(code).find_map(|(at, _)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + code.len()..].chars().next();
        let whole = !before.is_some_and(is_code_char) && !after.is_some_and(is_code_char);
        whole.then(|| Span::new(within.start + at, within.start + at + code.len()))
    })
}
