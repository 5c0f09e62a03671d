//! What a single line of a draft is by its look alone: a rule, a slug, a byline, a short label,
//! a credit or copyright line of the trailer, a wire sign-off.

use super::lines::more_chars_than;
use crate::text::quote_mark;

/// The wire's one-word sign-off at the end of a story.
pub(super) fn is_sign_off(line: &str) -> bool {
    matches!(line.trim(), "Reuter" | "REUTER" | "Reuters" | "AP")
}

pub(super) fn plain_rule(line: &str) -> bool {
    // Most lines start with a letter or mark that no rule is drawn with.
    if line
        .as_bytes()
        .first()
        .is_some_and(|&b| b.is_ascii_graphic() && b != b'_' && b != b'=')
    {
        return false;
    }
    let line = line.trim();
    line.len() >= 3 && line.chars().all(|c| c == '_' || c == '=')
}

pub(super) fn is_slug(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty()
        && line.len() <= 40
        && !line.contains(' ')
        && line.chars().any(|c| c.is_ascii_uppercase())
        && !line.chars().any(|c| c.is_lowercase())
}

/// A kicker between paragraphs: a few words in capitals naming a section (`LETTERS.`, `SHORT
/// READS:`, `READ MORE`), not a sentence anyone speaks in.
pub(super) fn is_kicker(line: &str) -> bool {
    // A kicker is a few short words: a longer line is a paragraph, turned away by its length.
    if line.len() > 48 {
        return false;
    }
    let words = line.trim().trim_end_matches(['.', ':']);
    // A kicker set in quotation marks keeps its commas: `“DIVISIVE, STUPID AND WRONG”`.
    let quoted = words
        .strip_prefix(crate::text::is_quote_mark)
        .and_then(|w| w.strip_suffix(crate::text::is_quote_mark));
    let (words, comma_allowed) = match quoted {
        Some(inner) => (inner, true),
        None => (words, false),
    };
    let letters = words.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && words.split_whitespace().count() <= 4
        && words.chars().all(|c| {
            c.is_uppercase() || matches!(c, ' ' | '\'' | '’' | '&') || comma_allowed && c == ','
        })
}

pub(super) fn is_byline(line: &str) -> bool {
    let line = line.trim();
    (line.starts_with("By ") || line.starts_with("BY "))
        && line.chars().count() <= 120
        && line[3..].starts_with(|c: char| c.is_uppercase())
}

/// A short line with no sentence punctuation at its end: a section line, kicker or dek.
/// A line that opens with a dateline is the lede, however short.
pub(super) fn is_metadata_line(line: &str) -> bool {
    let line = line.trim();
    !more_chars_than(line, 80)
        && !line.ends_with(ends_sentence_or_clause)
        && !opens_with_dateline(line)
}

/// Punctuation that ends a sentence or a clause: a line ending in it is prose, not a label.
fn ends_sentence_or_clause(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ':' | ';' | ',' | '—' | '-')
        || quote_mark(c).is_some_and(|mark| mark.is_double() && mark.may_close())
}

/// `CITY, Region, Date (Agency) - `: capitals before the first comma or dash, then a dash.
fn opens_with_dateline(line: &str) -> bool {
    let Some(dash) = [" - ", " — ", " -- ", " – "]
        .iter()
        .filter_map(|sep| line.find(sep))
        .min()
    else {
        return false;
    };
    let place_end = line[..dash].find([',', '(']).unwrap_or(dash);
    let place = line[..place_end].trim();
    place.chars().any(char::is_alphabetic) && !place.chars().any(char::is_lowercase)
}

/// Contributor lines, reporting credits, copyright lines and wire sign-offs.
///
/// Matched without lower-casing the line: every pattern is ASCII, and the only characters beyond
/// ASCII whose lower case begins with an ASCII letter are the Kelvin sign (`k`, in no pattern)
/// and the dotted capital I (`i` and a combining dot, and no pattern ends in `i`).
pub(super) fn is_trailer(line: &str) -> bool {
    let parenthesised = line.starts_with('(') && line.ends_with(')');
    let credit_words = [
        "contribut",
        "reporting",
        "editing",
        "writing by",
        "compiled by",
        "additional",
        "this report",
        "this story",
    ];
    let contains = |word: &&str| contains_ignore_ascii_case(line, word);
    let starts = |prefix: &str| {
        line.as_bytes()
            .get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
    };
    (parenthesised && credit_words.iter().any(contains))
        || line.starts_with('©')
        || starts("copyright")
        || starts("(c) ")
        || line.eq_ignore_ascii_case("comments")
        || line.eq_ignore_ascii_case("reuter")
        || starts("reporting by")
        || starts("additional reporting by")
        || starts("editing by")
        || (!more_chars_than(line, 299)
            && (contains(&"contributed to this report") || contains(&"contributed reporting")))
}

/// Whether `text` holds `word` (ASCII, lower case) in any ASCII case.
pub(super) fn contains_ignore_ascii_case(text: &str, word: &str) -> bool {
    let (text, word) = (text.as_bytes(), word.as_bytes());
    let Some(&first) = word.first() else {
        return true;
    };
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), text).any(|at| {
        text.get(at..at + word.len())
            .is_some_and(|candidate| candidate.eq_ignore_ascii_case(word))
    })
}

#[cfg(test)]
mod tests {
    use super::is_kicker;

    #[test]
    fn a_kicker_is_a_few_words_in_capitals() {
        for line in [
            "LETTERS.",
            "SHORT READS:",
            "READ MORE",
            "WHAT’S WORKING.",
            "“ROTTEN, STUPID AND WRONG”",
        ] {
            assert!(is_kicker(line), "{line}");
        }
        for line in [
            "Letters.",
            "A",
            "FRESNO, Calif. —",
            "IN THE NEWS TODAY AND TOMORROW",
            "ROTTEN, STUPID AND WRONG",
            "“STOP!”",
            "THE COUNTY HEALTH DIRECTORATE ANNOUNCED ITS PLANS FOR THE WINTER",
        ] {
            assert!(!is_kicker(line), "{line}");
        }
    }
}
