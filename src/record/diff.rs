//! A quote's difference from its passage in the record, word by word, as a copy editor marks
//! it, and the passage's words as a fix writes them into the draft.

use super::align::Step;
use super::{Passage, RecordMatch, Source};

/// One run of words where the quote and the record part ways.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The quote's words in the run, as the draft writes them.
    pub quoted: Vec<String>,
    /// The record's words in their place.
    pub said: Vec<String>,
}

impl Change {
    /// The change as a copy editor says it: `“never” where the record has “not”`.
    pub fn describe(&self) -> String {
        let (quoted, said) = (self.quoted.join(" "), self.said.join(" "));
        match (quoted.is_empty(), said.is_empty()) {
            (false, false) => format!("“{quoted}” where the record has “{said}”"),
            (false, true) => format!("“{quoted}” is not in the record"),
            _ => format!("“{said}” is left out"),
        }
    }
}

/// The runs of words where the quote and its passage differ, in order.
pub fn changes(
    draft: &str,
    found: &RecordMatch,
    passage: &Passage,
    source: &Source,
) -> Vec<Change> {
    let quoted = |quote: usize| bare(found.wording.spans[quote].slice(draft));
    let said = |other: usize| bare(source.words[other].span.slice(&source.text));
    let mut changes = Vec::new();
    let mut open = Change {
        quoted: Vec::new(),
        said: Vec::new(),
    };
    for step in &passage.alignment.steps {
        match *step {
            Step::Changed { quote, other } => {
                open.quoted.push(quoted(quote));
                open.said.push(said(other));
            }
            Step::Added { quote } => open.quoted.push(quoted(quote)),
            Step::Dropped { other } => open.said.push(said(other)),
            Step::Same { .. } | Step::Omitted { .. } => {
                if !open.quoted.is_empty() || !open.said.is_empty() {
                    changes.push(std::mem::replace(
                        &mut open,
                        Change {
                            quoted: Vec::new(),
                            said: Vec::new(),
                        },
                    ));
                }
            }
        }
    }
    if !open.quoted.is_empty() || !open.said.is_empty() {
        changes.push(open);
    }
    changes
}

/// A word without the punctuation around it.
fn bare(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// The passage's words as the record gives them, one line of prose: the words and the dashes
/// between them, without the labels, timestamps and line breaks the record sets between turns.
pub fn passage_text(passage: &Passage, source: &Source) -> String {
    let words = &source.words[passage.alignment.other_start..passage.alignment.other_end];
    let mut text = String::new();
    for (index, word) in words.iter().enumerate() {
        if index > 0 {
            let between = &source.text[words[index - 1].span.end..word.span.start];
            let only_spacing = between
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, '—' | '–' | '-'));
            if only_spacing && !between.trim().is_empty() {
                // A dash between words stays, its spacing made one space.
                if between.starts_with(char::is_whitespace) {
                    text.push(' ');
                }
                text.push_str(between.trim());
                if between.ends_with(char::is_whitespace) {
                    text.push(' ');
                }
            } else if !between.is_empty() {
                text.push(' ');
            }
        }
        text.push_str(word.span.slice(&source.text));
    }
    text
}
