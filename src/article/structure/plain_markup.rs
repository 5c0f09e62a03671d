//! Element tags in plain text. A draft exported from a content system keeps its embeds as tags
//! (`<tweet tweet-author="@tedcruz" tweet-date="January 19, 2016">…<tweet/>`); their attribute
//! values are in quotation marks, which are no quotes of anyone. Only what reads as a tag is
//! blanked: a lower-case element name, then attributes, an end or a self-closing slash. The
//! wire's `<IBM>` and `<National Westminster Bank PLC>` name companies, and stay prose.

use crate::text::Span;

/// How long a tag may be: attributes are short, and the bound keeps a stray `<` cheap.
const LONGEST_TAG: usize = 500;

/// The element tags of a plain-text draft, in order.
pub(super) fn tags(text: &str) -> Vec<Span> {
    let mut tags: Vec<Span> = Vec::new();
    // Every byte of a plain-text draft passes here; memchr skips to the rare '<' by SIMD.
    for start in memchr::memchr_iter(b'<', text.as_bytes()) {
        if tags.last().is_some_and(|last| start < last.end) {
            continue;
        }
        if let Some(len) = tag_length(&text[start..]) {
            tags.push(Span::new(start, start + len));
        }
    }
    tags
}

/// The length of the tag `rest` opens with: `</name>`, `<name/>`, `<name>` or `<name attr="…"
/// …>`, on at most two lines (an attribute's value may hold a line break, never a blank line).
fn tag_length(rest: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    let mut at = 1;
    if bytes.get(at) == Some(&b'/') {
        at += 1;
    }
    let name = element_name(&bytes[at..]);
    if name == 0 {
        return None;
    }
    at += name;
    loop {
        at += bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
        match bytes.get(at)? {
            b'>' => break,
            b'/' if bytes.get(at + 1) == Some(&b'>') => {
                at += 1;
                break;
            }
            _ => at += attribute_length(&bytes[at..])?,
        }
        if at > LONGEST_TAG {
            return None;
        }
    }
    let tag = &rest[..=at];
    (!tag.contains("\n\n")).then_some(at + 1)
}

/// An element's name: a lower-case letter, then lower-case letters, digits and hyphens.
fn element_name(bytes: &[u8]) -> usize {
    if !bytes.first().is_some_and(u8::is_ascii_lowercase) {
        return 0;
    }
    bytes
        .iter()
        .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || **b == b'-')
        .count()
}

/// `name="value"` or `name='value'`: a tag's attribute has a value in straight quotes.
fn attribute_length(bytes: &[u8]) -> Option<usize> {
    let name = element_name(bytes);
    if name == 0 || bytes.get(name) != Some(&b'=') {
        return None;
    }
    let quote = *bytes.get(name + 1).filter(|&&b| b == b'"' || b == b'\'')?;
    // Bounded, so that a value left open costs no more than a tag may be long.
    let value = bytes[name + 2..]
        .iter()
        .take(LONGEST_TAG)
        .position(|&b| b == quote)?;
    Some(name + 2 + value + 1)
}

#[cfg(test)]
mod tests {
    use super::tags;

    fn found(text: &str) -> Vec<&str> {
        tags(text).into_iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn an_embed_and_its_closing_tag_are_tags() {
        let text = "Cruz wrote:\n\n<tweet tweet-author=\"@tedcruz\" tweet-date=\"January 19, 2016\n\">I love the Senate.<tweet/>.\n";
        assert_eq!(
            found(text),
            [
                "<tweet tweet-author=\"@tedcruz\" tweet-date=\"January 19, 2016\n\">",
                "<tweet/>"
            ]
        );
        assert_eq!(found("a <p>line</p> <br/>"), ["<p>", "</p>", "<br/>"]);
    }

    #[test]
    fn wire_tickers_comparisons_and_unclosed_brackets_are_prose() {
        assert!(found("<IBM> and <National Westminster Bank PLC> rose.").is_empty());
        assert!(found("when a < b and b > c").is_empty());
        assert!(found("a <span class=\"x\n\n\">paragraph").is_empty());
        assert!(found("<tweet author=unquoted>").is_empty());
        assert!(found("<tweet tweet-author=\"@x").is_empty());
    }
}
