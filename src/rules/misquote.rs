//! `misquote`: a quote whose closest passage in the draft's record has other words than the
//! quote gives, beyond the omissions an ellipsis marks and the words brackets put in. The
//! message names each difference; the related place is the record's line; the fix writes the
//! record's words in, for an editor to confirm (the record may be the one that is wrong).

use super::{Check, Context, Rule};
use crate::article::Quote;
use crate::finding::{Applicability, Finding, Fix};
use crate::record::diff::{changes, passage_text};
use crate::record::{MatchKind, Passage, RecordMatch};

pub struct Misquote;

/// Differences named in a message; the rest are counted.
const MOST_SHOWN: usize = 3;

impl Check for Misquote {
    fn rule(&self) -> Rule {
        Rule::Misquote
    }

    fn check(&self, cx: &Context, findings: &mut Vec<Finding>) {
        for (quote, found) in cx.checked_quotes() {
            let Some(passage) = found.passage.as_ref() else {
                continue;
            };
            if found.kind == MatchKind::Differs {
                findings.push(misquote(cx, quote, found, passage));
            }
        }
    }
}

fn misquote(cx: &Context, quote: &Quote, found: &RecordMatch, passage: &Passage) -> Finding {
    let source = &cx.record.sources[passage.source];
    let differences = changes(cx.text, found, passage, source);
    let mut shown: Vec<String> = differences
        .iter()
        .take(MOST_SHOWN)
        .map(|change| change.describe())
        .collect();
    if differences.len() > MOST_SHOWN {
        shown.push(format!("{} more", differences.len() - MOST_SHOWN));
    }
    let said = passage_text(passage, source);
    Finding::new(
        Rule::Misquote,
        quote.content,
        format!(
            "Not the record's words ({}): {}",
            passage.place(),
            shown.join("; ")
        ),
    )
    .with_related_elsewhere(&passage.path, passage.line, format!("the record: “{said}”"))
    .with_fix(Fix::replace(
        "Use the record's words",
        quote.content,
        in_the_quotes_place(quote.content.slice(cx.text), &said),
        Applicability::Unsafe,
    ))
}

/// The record's words as the quote would give them: capitalised as the quote opens, and
/// ending in the quote's own punctuation (the comma before "she said" stays).
fn in_the_quotes_place(quoted: &str, said: &str) -> String {
    let said = said.trim_end_matches(|c: char| !c.is_alphanumeric());
    let ending = &quoted[quoted
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .len()..];
    let mut words = String::with_capacity(said.len() + ending.len());
    let mut chars = said.chars();
    match (quoted.chars().next(), chars.next()) {
        (Some(first), Some(opening)) if first.is_uppercase() => {
            words.extend(opening.to_uppercase());
            words.push_str(chars.as_str());
        }
        _ => words.push_str(said),
    }
    words.push_str(ending);
    words
}

#[cfg(test)]
mod tests {
    use crate::finding::Rule;
    use crate::rules::fixture::{findings_with_record, fixed_with_record};

    const TRANSCRIPT: &str = "[00:14:32] ORTIZ: The levee will not break this spring, and we told the state so every year.\nQ: Are you sure?\nORTIZ: We are sure.\n";

    #[test]
    fn a_changed_word_is_a_misquote_with_the_record_beside_it() {
        let draft = "Levee\n\n“The levee will never break this spring,” Mayor Rita Ortiz said.\n";
        let found = findings_with_record(Rule::Misquote, draft, TRANSCRIPT);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "Not the record's words (presser.txt line 1, 00:14:32): “never” where the record has “not”"
        );
        assert_eq!(found[0].related_elsewhere[0].line, 1);
        assert_eq!(
            fixed_with_record(Rule::Misquote, draft, TRANSCRIPT),
            "Levee\n\n“The levee will not break this spring,” Mayor Rita Ortiz said.\n"
        );
    }

    #[test]
    fn a_clause_left_out_without_an_ellipsis_is_a_misquote() {
        // Stopping short is an excerpt; a clause taken out of the middle is not.
        let draft = "Levee\n\n“The levee will not break this spring, and we told the state,” Ortiz said. “The levee will not break, and we told the state so every year,” she said.\n";
        let found = findings_with_record(Rule::Misquote, draft, TRANSCRIPT);
        assert_eq!(found.len(), 1);
        assert!(
            found[0].message.ends_with("“this spring” is left out"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn ellipses_brackets_and_a_quote_across_two_turns_are_the_record_s_words() {
        for draft in [
            "Levee\n\n“The levee will not break … every year,” Ortiz said.\n",
            "Levee\n\n“[It] will not break this spring,” Ortiz said.\n",
            "Levee\n\n“We told the state so every year. … We are sure,” Ortiz said.\n",
        ] {
            let found = findings_with_record(Rule::Misquote, draft, TRANSCRIPT);
            assert!(found.is_empty(), "{draft}: {found:?}");
        }
    }

    #[test]
    fn a_quote_the_record_does_not_hold_is_no_misquote() {
        let draft = "Levee\n\n“The county will pay for new pumps next year,” Ortiz said.\n";
        assert!(findings_with_record(Rule::Misquote, draft, TRANSCRIPT).is_empty());
    }
}
