//! The words of a suppression comment, `<!-- copydesk-disable-line name-spelling, … -->`: the
//! directive, then rule codes separated by white space or commas, each with its place.

use crate::text::Span;

/// What every directive starts with; a comment starting so is meant as one.
pub(super) const PREFIX: &str = "copydesk-";

/// What a suppression comment asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Directive {
    /// `copydesk-disable-next-line`: the line after the comment.
    NextLine,
    /// `copydesk-disable-line`: the line the comment ends.
    Line,
    /// `copydesk-disable`: from the comment to its `copydesk-enable`, or the end of the draft.
    Disable,
    /// `copydesk-enable`: closes what a `copydesk-disable` opened.
    Enable,
}

impl Directive {
    const ALL: [Directive; 4] = [
        Directive::NextLine,
        Directive::Line,
        Directive::Disable,
        Directive::Enable,
    ];

    pub(super) const fn name(self) -> &'static str {
        match self {
            Directive::NextLine => "copydesk-disable-next-line",
            Directive::Line => "copydesk-disable-line",
            Directive::Disable => "copydesk-disable",
            Directive::Enable => "copydesk-enable",
        }
    }

    pub(super) fn named(word: &str) -> Option<Directive> {
        Directive::ALL.into_iter().find(|d| d.name() == word)
    }

    /// The directive `word` most likely misspells, judged after the `copydesk-` they share.
    pub(super) fn closest(word: &str) -> Option<Directive> {
        let tail = |name: &'static str| name.strip_prefix(PREFIX).unwrap_or(name);
        let tails = Directive::ALL.map(|directive| tail(directive.name()));
        let word = word.strip_prefix(PREFIX).unwrap_or(word);
        let closest = crate::config::closest(word, &tails)?;
        Directive::ALL
            .into_iter()
            .find(|directive| tail(directive.name()) == closest)
    }

    /// The bytes the directive of `comment` silences, when it silences a line.
    pub(super) fn line_reach(self, text: &str, comment: Span) -> Option<Span> {
        match self {
            Directive::NextLine => {
                let start = text[comment.end..]
                    .find('\n')
                    .map_or(text.len(), |i| comment.end + i + 1);
                Some(Span::new(start, line_end(text, start)))
            }
            Directive::Line => {
                let start = text[..comment.start].rfind('\n').map_or(0, |i| i + 1);
                Some(Span::new(start, line_end(text, comment.end)))
            }
            Directive::Disable | Directive::Enable => None,
        }
    }
}

fn line_end(text: &str, from: usize) -> usize {
    text[from..].find('\n').map_or(text.len(), |i| from + i)
}

/// A word of a comment, and where it is in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Word<'t> {
    pub text: &'t str,
    pub span: Span,
}

/// The words between `<!--` and `-->` of the comment at `comment`.
pub(super) fn words(text: &str, comment: Span) -> Vec<Word<'_>> {
    let whole = comment.slice(text);
    let inner_start = if whole.starts_with("<!--") { 4 } else { 0 };
    let inner_end = whole
        .strip_suffix("-->")
        .map_or(whole.len(), str::len)
        .max(inner_start);
    let inner = &whole[inner_start..inner_end];
    let base = comment.start + inner_start;
    let mut words = Vec::new();
    let mut start = None;
    for (at, c) in inner.char_indices().chain([(inner.len(), ' ')]) {
        let separator = c.is_whitespace() || c == ',';
        match (start, separator) {
            (None, false) => start = Some(at),
            (Some(from), true) => {
                words.push(Word {
                    text: &inner[from..at],
                    span: Span::new(base + from, base + at),
                });
                start = None;
            }
            _ => {}
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_carry_their_places_and_commas_separate_them() {
        let text = "Text. <!-- copydesk-disable-line name-spelling,first-reference -->";
        let comment = Span::new(6, text.len());
        let found: Vec<(&str, &str)> = words(text, comment)
            .iter()
            .map(|w| (w.text, w.span.slice(text)))
            .collect();
        assert_eq!(
            found,
            vec![
                ("copydesk-disable-line", "copydesk-disable-line"),
                ("name-spelling", "name-spelling"),
                ("first-reference", "first-reference"),
            ]
        );
    }

    #[test]
    fn a_misspelt_directive_has_its_closest() {
        assert_eq!(
            Directive::closest("copydesk-disable-nextline"),
            Some(Directive::NextLine)
        );
        assert_eq!(Directive::closest("copydesk-frobnicate"), None);
    }
}
