//! `first-reference`: on AP and Reuters copy the first reference in the body carries the full
//! name. A surname-only body mention that comes before the person's full name is flagged.
//! Headlines, decks and bylines use surnames alone and do not count; neither do contributor
//! lines, quoted speech, or a name used as a modifier ("the Trump administration").

use super::{Check, Context, Rule};
use crate::article::people::house::surname_of;
use crate::article::people::{Mention, MentionZone, Person};
use crate::finding::{Applicability, Finding, Fix};
use rustc_hash::FxHashMap as HashMap;

pub struct FirstReference;

impl Check for FirstReference {
    fn rule(&self) -> Rule {
        Rule::FirstReference
    }

    fn check(&self, cx: &Context, findings: &mut Vec<Finding>) {
        let people = &cx.article.people;
        // Surnames are counted only once someone is named early: most drafts name nobody so.
        let mut by_surname: Option<HashMap<&str, usize>> = None;
        for person in people.iter().filter(|p| !p.credit) {
            let Some((early, full)) = early_reference(person) else {
                continue;
            };
            let by_surname = by_surname.get_or_insert_with(|| {
                let mut by_surname: HashMap<&str, usize> = HashMap::default();
                for person in people.iter().filter(|p| !p.credit) {
                    *by_surname.entry(surname_of(&person.name)).or_default() += 1;
                }
                by_surname
            });
            // With two people of one surname, a bare surname could be either: say nothing.
            let shared = by_surname.get(surname_of(&person.name)) > Some(&1);
            if !shared {
                flag(cx, person, early, full, findings);
            }
        }
    }
}

/// A surname-only body mention before the person's first full one in the body, and that one.
fn early_reference(person: &Person) -> Option<(&Mention, &Mention)> {
    let in_body = |k: &usize| person.mentions[*k].zone == MentionZone::Body;
    let full = (0..person.mentions.len())
        .filter(in_body)
        .find(|&k| person.mentions[k].full)?;
    let early = person.mentions[..full]
        .iter()
        .find(|m| m.zone == MentionZone::Body && !m.full && !m.attributive && !m.in_quote)?;
    Some((early, &person.mentions[full]))
}

fn flag(
    cx: &Context,
    person: &Person,
    early: &Mention,
    full_mention: &Mention,
    findings: &mut Vec<Finding>,
) {
    let written = early.span.slice(cx.text);
    let message = format!(
        "“{written}” comes before the first full reference to {}.",
        person.name
    );
    findings.push(
        Finding::new(Rule::FirstReference, early.span, message)
            .with_fix(Fix::replace(
                format!("Use the full name “{}”", person.name),
                early.span,
                person.name.clone(),
                // The sentence may then repeat the name, or want the introduction moved
                // instead: an editor decides.
                Applicability::Unsafe,
            ))
            .with_related(full_mention.span, "full name first given here"),
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::flagged;
    use crate::rules::Rule;

    #[test]
    fn a_surname_before_the_full_name_is_flagged() {
        let text = "Talks end\n\nCharap said the talks were upbeat.\n\nSamuel Charap, a senior political scientist at RAND, spoke later.\n";
        assert_eq!(flagged(Rule::FirstReference, text), vec!["Charap"]);
    }

    #[test]
    fn headlines_and_modifiers_do_not_count() {
        let text = "Trump says talks with Putin productive\n\nThe Trump administration said little. U.S. President Donald Trump met Russian President Vladimir Putin.\n\nTrump said it went well.\n";
        assert!(flagged(Rule::FirstReference, text).is_empty());
    }

    #[test]
    fn contributor_lines_are_never_first_references() {
        let text = "Talks end\n\nU.S. President Donald Trump met Eric Martin, a trade official.\n\nMartin said it went well.\n\n(Eric Martin contributed to this report.)\n";
        assert!(flagged(Rule::FirstReference, text).is_empty());
    }
}
