//! `name-spelling`: one person, one spelling. Each mention in a minority spelling is flagged,
//! with the majority spelling as its fix; the house list (`[names]`) overrides the majority and
//! flags a listed variant even in an article that is consistent with itself.

use super::{Check, Context, Rule};
use crate::article::people::house;
use crate::article::people::{MentionZone, Person};
use crate::finding::{Applicability, Finding, Fix};
use crate::text::Span;

pub struct NameSpelling;

impl Check for NameSpelling {
    fn rule(&self) -> Rule {
        Rule::NameSpelling
    }

    fn check(&self, cx: &Context, findings: &mut Vec<Finding>) {
        for person in cx.article.people.iter().filter(|p| !p.credit) {
            check_person(cx, person, findings);
        }
        check_strays(cx, findings);
    }
}

/// A capitalised word written once beside a frequent near spelling, where no person's finding
/// already covers it.
fn check_strays(cx: &Context, findings: &mut Vec<Finding>) {
    let already = Covered::new(
        findings
            .iter()
            .filter(|f| f.rule == Rule::NameSpelling)
            .map(|f| f.span),
    );
    for stray in &cx.article.strays {
        if already.overlaps(stray.span) {
            continue;
        }
        let written = stray.span.slice(cx.text);
        let count = stray.count;
        let message = format!(
            "“{written}” is spelled “{}” elsewhere in this article ({count} times).",
            stray.majority
        );
        findings.push(
            Finding::new(Rule::NameSpelling, stray.span, message).with_fix(Fix::replace(
                format!("Use “{}”", stray.majority),
                stray.span,
                stray.majority.clone(),
                Applicability::Safe,
            )),
        );
    }
}

/// Spans already flagged, looked up by overlap in logarithmic time: a draft may hold thousands
/// of findings and thousands of strays.
struct Covered {
    /// Sorted by start, each with the furthest end of it and of those before it.
    spans: Vec<(Span, usize)>,
}

impl Covered {
    fn new(spans: impl Iterator<Item = Span>) -> Covered {
        let mut spans: Vec<(Span, usize)> = spans.map(|span| (span, 0)).collect();
        spans.sort_unstable_by_key(|(span, _)| (span.start, span.end));
        let mut furthest = 0;
        for (span, end) in &mut spans {
            furthest = furthest.max(span.end);
            *end = furthest;
        }
        Covered { spans }
    }

    fn overlaps(&self, span: Span) -> bool {
        // Of the spans starting before `span` ends, one reaches into it.
        let starting_before = self.spans.partition_point(|(s, _)| s.start < span.end);
        starting_before > 0 && self.spans[starting_before - 1].1 > span.start
    }
}

/// The other places the draft writes a flagged spelling as a word, outside anyone's mention
/// and the trailer ("the Hans Christian Anderson School" beside Andersen): the fix corrects
/// them too, so that fixing one use does not leave the next to be flagged on the next run.
fn other_uses(cx: &Context, person: &Person, written: &str) -> Vec<Span> {
    let prose = &cx.article.structure.prose;
    let mentioned = Covered::new(person.mentions.iter().map(|m| m.span));
    memchr::memmem::find_iter(prose.as_bytes(), written)
        .map(|at| Span::new(at, at + written.len()))
        .filter(|&span| is_whole_word(prose, span) && !mentioned.overlaps(span))
        .filter(|&span| cx.article.person_at(span.start).is_none() && !in_trailer(cx, span))
        .collect()
}

fn is_whole_word(prose: &str, span: Span) -> bool {
    let before = prose[..span.start].chars().next_back();
    let after = prose[span.end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

fn in_trailer(cx: &Context, span: Span) -> bool {
    cx.article
        .structure
        .trailer
        .iter()
        .any(|t| t.start <= span.start && span.end <= t.end)
}

fn check_person(cx: &Context, person: &Person, findings: &mut Vec<Finding>) {
    let Some(majority) = person.variants.first() else {
        return;
    };
    let majority_first = majority
        .mentions
        .first()
        .map(|&k| person.mentions[k].surname);
    for (k, mention) in person.mentions.iter().enumerate() {
        if mention.zone == MentionZone::Trailer {
            continue;
        }
        let written = mention.span.slice(cx.text);
        let surname = mention.surname.slice(cx.text);
        if let Some(verdict) = house::verdict(cx.config, written, surname).filter(|v| v.variant) {
            let (span, replacement) = if verdict.whole_name {
                (mention.span, verdict.replacement())
            } else {
                (mention.surname, verdict.replacement())
            };
            let message = format!(
                "House style spells this name “{}”, not “{}”.",
                verdict.entry.canonical,
                span.slice(cx.text)
            );
            findings.push(
                Finding::new(Rule::NameSpelling, mention.span, message).with_fix(Fix::replace(
                    format!("Use “{replacement}”"),
                    span,
                    replacement,
                    Applicability::Safe,
                )),
            );
            continue;
        }
        // With one spelling, every mention is written the majority's way.
        if person.variants.len() == 1 || person.spelling_of(k) == Some(majority.spelling.as_str()) {
            continue;
        }
        let count = majority.mentions.len();
        let times = if count == 1 {
            "once".to_string()
        } else {
            format!("{count} times")
        };
        let message = format!(
            "“{surname}” is spelled “{}” elsewhere in this article ({times}, for {}).",
            majority.spelling, person.name
        );
        let others = other_uses(cx, person, surname);
        let fix = Fix::replace_all(
            format!("Use “{}”", majority.spelling),
            std::iter::once(mention.surname).chain(others.iter().copied()),
            &majority.spelling,
            Applicability::Safe,
        );
        let mut finding = Finding::new(Rule::NameSpelling, mention.span, message).with_fix(fix);
        for &span in &others {
            finding = finding.with_related(span, format!("also written “{surname}” here"));
        }
        if let Some(first) = majority_first {
            finding =
                finding.with_related(first, format!("“{}” first used here", majority.spelling));
        }
        findings.push(finding);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn covered_spans_are_found_by_overlap() {
        use crate::text::Span;
        let covered = super::Covered::new(
            [Span::new(10, 20), Span::new(2, 4), Span::new(30, 31)].into_iter(),
        );
        assert!(covered.overlaps(Span::new(15, 25)));
        assert!(covered.overlaps(Span::new(0, 3)));
        assert!(covered.overlaps(Span::new(30, 40)));
        assert!(!covered.overlaps(Span::new(4, 10)));
        assert!(!covered.overlaps(Span::new(20, 30)));
        assert!(!covered.overlaps(Span::new(31, 50)));
        assert!(!super::Covered::new(std::iter::empty()).overlaps(Span::new(0, 5)));
    }

    use crate::article::Format;
    use crate::config::{Config, HouseName};
    use crate::rules::fixture::findings_as;
    use crate::rules::Rule;

    /// Each misspelling flagged, with the spelling its first fix puts in its place.
    fn flagged(text: &str, config: &Config) -> Vec<(String, String)> {
        findings_as(Rule::NameSpelling, text, Format::PlainText, config)
            .iter()
            .map(|f| {
                (
                    f.span.slice(text).to_string(),
                    f.fixes[0].edits[0].new_text.clone(),
                )
            })
            .collect()
    }

    fn the_one_slip(text: &str) -> crate::finding::Finding {
        let mut found = findings_as(
            Rule::NameSpelling,
            text,
            Format::PlainText,
            &Config::default(),
        );
        assert_eq!(found.len(), 1, "{found:?}");
        found.remove(0)
    }

    /// The text with the finding's first fix applied; panics if the fix does not apply.
    fn fixed_by(text: &str, found: &crate::finding::Finding) -> String {
        crate::finding::apply_edits(text, &found.fixes[0].edits).expect("the fix applies")
    }

    const HEAD: &str = "Talks end without a deal\n\n";

    #[test]
    fn a_stray_slip_is_flagged_with_the_majority_spelling() {
        let text = format!("{HEAD}Samuel Charap, a senior political scientist at RAND, called it upbeat.\n\n“It was calm,” Charap said.\n\nCharapp added that nothing was agreed.\n\nCharap said more talks were likely.\n");
        assert_eq!(
            flagged(&text, &Config::default()),
            vec![("Charapp".to_string(), "Charap".to_string())]
        );
    }

    #[test]
    fn the_fix_of_a_slip_corrects_its_other_uses_too() {
        // Fixing the first "Anderson" must not leave the school's name to surface as a new
        // finding on the next run.
        let text = "Author honoured\n\nHans Christian Andersen wrote the fairy tales. Andersen's stories sold well, and Andersen lived in Odense.\n\nThe prize is given in Anderson's hometown each spring.\n\nVisitors also toured the Hans Christian Anderson School complex.\n";
        let found = the_one_slip(text);
        assert_eq!(found.related[0].span.slice(text), "Anderson");
        assert!(!fixed_by(text, &found).contains("Anderson"));
    }

    #[test]
    fn the_fix_corrects_a_use_in_the_headline_above_the_slip() {
        // The headline's "Anderson" comes before the flagged one; a fix lists its edits in
        // text order or an editor refuses it.
        let text = "Critics Ignore Anderson Legacy\n\nHans Christian Andersen wrote the fairy tales. Andersen's stories sold well, and Andersen lived in Odense.\n\nThe prize is given in Anderson's hometown each spring.\n";
        let found = the_one_slip(text);
        let edits = &found.fixes[0].edits;
        assert_eq!(edits[0].span.start, 15, "{edits:?}");
        assert!(edits.windows(2).all(|w| w[0].span.end <= w[1].span.start));
        assert!(!fixed_by(text, &found).contains("Anderson"));
    }

    #[test]
    fn a_tie_goes_to_the_first_full_name() {
        let text = format!("{HEAD}Ukrainian President Volodymyr Zelenskyy was not invited.\n\nZelensky said he would wait.\n\nOfficials close to Zelensky said so.\n\nZelenskyy later spoke.\n");
        assert_eq!(
            flagged(&text, &Config::default()),
            vec![
                ("Zelensky".to_string(), "Zelenskyy".to_string()),
                ("Zelensky".to_string(), "Zelenskyy".to_string())
            ]
        );
    }

    #[test]
    fn different_people_with_near_names_stay_apart() {
        let text = format!("{HEAD}Finnish Prime Minister Sanna Marin met Eric Martin, a trade official.\n\nMartin said the talks went well. Marin said nothing.\n\nMartin added that more were planned.\n");
        assert!(flagged(&text, &Config::default()).is_empty());
    }

    #[test]
    fn relatives_gendered_forms_and_inflections_are_not_variants() {
        let text = format!(
            "{HEAD}Alexei Navalny died in prison, his widow Yulia Navalnaya said.\n\nNavalny had returned to Russia. Navalnaya said Russian officials lied.\n\nHillary Clinton and Bill Clinton attended. Clinton's aides said Navalny's death mattered.\n"
        );
        assert!(flagged(&text, &Config::default()).is_empty());
    }

    #[test]
    fn the_house_list_flags_a_consistent_variant() {
        let mut config = Config::default();
        config.house_names = vec![HouseName {
            canonical: "Volodymyr Zelenskyy".into(),
            variants: vec!["Zelensky".into()],
        }];
        let text = format!(
            "{HEAD}Ukrainian President Volodymyr Zelensky spoke.\n\nZelensky said he would wait.\n"
        );
        assert_eq!(
            flagged(&text, &config),
            vec![
                ("Volodymyr Zelensky".to_string(), "Zelenskyy".to_string()),
                ("Zelensky".to_string(), "Zelenskyy".to_string())
            ]
        );
    }
}
