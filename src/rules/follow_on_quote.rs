//! `follow-on-quote`: a full quote paragraph with no attribution of its own, after a paragraph
//! whose last quote has a speaker. Readers carry the speaker over; strict AP desks want each
//! quoted paragraph attributed. The finding names the speaker, points back to where they were
//! last attributed, and offers `, NAME said` in AP order, the comma inside the closing mark.
//! The fix names a person (never an agency, a transcript label, a place or a pronoun); where
//! the speaker is a guess, each candidate is a fix of its own. Quotes in a Q&A section need no
//! attribution, and its labels carry over to no one.

use super::{Check, Context, Rule};
use crate::article::dateline::is_news_agency;
use crate::article::lexicon;
use crate::article::quotes::{opening, Attribution, AttributionSource, Quote, SpeakerKind};
use crate::finding::{Applicability, Edit, Finding, Fix};
use crate::text::Span;

pub struct FollowOnQuote;

/// The references a fix may attribute the quote to, best first: the speaker, and when the
/// resolution is unsure, the others a reader might name. Only people: a description made
/// definite ("a White House spokesperson" → "the White House spokesperson"), or a named person
/// on a later reference.
fn attributable_references(cx: &Context, a: &Attribution) -> Vec<String> {
    if a.kind == SpeakerKind::Description {
        // An organisation read from "the company" is named by the draft's own words: the fix
        // writes what the draft wrote, not the name the reading chose for it.
        let written = a
            .speaker_span
            .filter(|_| a.person.is_none())
            .map(|span| crate::text::join_whitespace(span.slice(&cx.article.structure.prose)));
        return description_reference(written.as_deref().unwrap_or(&a.speaker))
            .into_iter()
            .collect();
    }
    // A pronoun or a name that resolution did not tie to a person in the article is no one
    // the fix can name.
    let Some(person) = a.person.and_then(|p| cx.article.people.get(p)) else {
        return Vec::new();
    };
    // An alternative is offered only as someone the article names as a person.
    let is_person = |name: &&String| cx.article.people.iter().any(|p| &p.name == *name);
    let unsure_alternatives = a
        .alternatives
        .iter()
        .filter(|_| a.unsure())
        .filter(is_person);
    std::iter::once(&person.name)
        .chain(unsure_alternatives)
        .filter_map(|name| later_reference(name))
        .collect()
}

/// "a county spokeswoman" → "the county spokeswoman"; none for an agency.
fn description_reference(description: &str) -> Option<String> {
    if is_news_agency(description) {
        return None;
    }
    Some(match description.split_once(' ') {
        Some((article, rest)) if matches!(article.to_lowercase().as_str(), "a" | "an") => {
            format!("the {rest}")
        }
        _ => description.to_string(),
    })
}

/// A person's later reference: the surname, or the full name where the surname alone reads
/// as another word (`Will said`); none for a name that is an agency, a place or a pronoun.
fn later_reference(name: &str) -> Option<String> {
    let not_a_person = |word: &str| {
        is_news_agency(word) || lexicon::is_not_person(word) || lexicon::pronoun(word).is_some()
    };
    if not_a_person(name) {
        return None;
    }
    let surname = name.rsplit(' ').next().unwrap_or(name);
    let ambiguous =
        not_a_person(surname) || lexicon::is_common(surname) || lexicon::is_not_a_speaker(surname);
    match (ambiguous, surname.len() < name.len()) {
        (false, _) => Some(surname.to_string()),
        (true, true) => Some(name.to_string()),
        (true, false) => None,
    }
}

/// The edits that attribute a closed quote: `“Nobody answered.”` → `“Nobody answered,” Ortiz said.`
fn attribution_fix(text: &str, quote: &Quote, name: &str) -> Option<Fix> {
    if !quote.closed {
        return None;
    }
    let close_start = quote.content.end
        + text
            .get(quote.content.end..quote.span.end)?
            .find(|c: char| !c.is_whitespace())?;
    let last = text.get(..quote.content.end)?.chars().next_back()?;
    let after_close = quote.span.end;
    // A closing mark with a word right after it is no quote's end ("says, "I'd like …"): the
    // marks are nested or typed wrong, and an attribution there would be false copy.
    if text[after_close..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let mut edits = Vec::new();
    let tail = match last {
        '.' => {
            edits.push(Edit {
                span: Span::new(quote.content.end - 1, quote.content.end),
                new_text: ",".into(),
            });
            format!(" {name} said.")
        }
        '?' | '!' => format!(" {name} said."),
        ',' => format!(" {name} said"),
        _ => {
            edits.push(Edit {
                span: Span::empty(close_start),
                new_text: ",".into(),
            });
            let punctuated = text
                .get(after_close..)
                .is_some_and(|rest| rest.starts_with(['.', '!', '?']));
            if punctuated {
                format!(" {name} said")
            } else {
                format!(" {name} said.")
            }
        }
    };
    edits.push(Edit {
        span: Span::empty(after_close),
        new_text: tail,
    });
    Some(Fix {
        title: format!("Attribute to {name}: add `, {name} said`"),
        edits,
        // Names a speaker the reader only inferred: an editor confirms it.
        applicability: Applicability::Unsafe,
        snippet: None,
    })
}

impl Check for FollowOnQuote {
    fn rule(&self) -> Rule {
        Rule::FollowOnQuote
    }

    fn check(&self, cx: &Context, findings: &mut Vec<Finding>) {
        let prose = cx.article.structure.prose.as_str();
        // An unclosed quote is `unbalanced-quote`'s finding; its speaker is not the question yet.
        let unbalanced: std::collections::HashSet<usize> = cx
            .article
            .stray_marks
            .iter()
            .filter_map(|m| m.quote)
            .collect();
        for (index, quote) in cx.article.quotes.iter().enumerate() {
            // A Q&A's quotes need no attribution: the layout says who speaks.
            if unbalanced.contains(&index) || cx.article.transcript_at(quote.span.start).is_some() {
                continue;
            }
            let Some(a) = quote
                .attribution
                .as_ref()
                .filter(|a| a.source == AttributionSource::CarriedOver)
            else {
                continue;
            };
            // `Interviewer:` or `Q:` is the layout's, not a speaker to carry over.
            let labelled = |span: Span| cx.article.transcripts.iter().any(|t| t.is_label(span));
            if a.speaker_span.is_some_and(labelled) {
                continue;
            }
            let span = opening(prose, quote.span, quote.content);
            let last_attributed = a.speaker_span.or(a.cue_span);
            let where_said = last_attributed
                .map(|s| s.slice(cx.text))
                .filter(|s| !s.is_empty())
                .map(|s| match &a.cue {
                    Some(cue) => format!(" (“{s}” {cue})"),
                    None => format!(" (“{s}”, the subject there)"),
                })
                .unwrap_or_default();
            let said_in = last_attributed.and_then(|s| cx.article.structure.paragraph_at(s.start));
            let place = match said_in {
                Some(p) if p == quote.paragraph => "in the sentence before".to_string(),
                Some(p) if p + 1 == quote.paragraph => "in the previous paragraph".to_string(),
                Some(p) if p < quote.paragraph => format!("{} paragraphs up", quote.paragraph - p),
                _ => "earlier".to_string(),
            };
            let message = format!("Follow-on quote: no attribution of its own; readers carry over {}, last attributed {place}{where_said}", a.speaker);
            let mut finding = Finding::new(Rule::FollowOnQuote, span, message);
            if let Some(at) = last_attributed {
                finding = finding.with_related(at, format!("{} last attributed here", a.speaker));
            }
            for name in attributable_references(cx, a) {
                if let Some(fix) = attribution_fix(cx.text, quote, &name) {
                    finding = finding.with_fix(fix);
                }
            }
            findings.push(finding);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::finding::apply_edits;
    use crate::rules::fixture::findings;
    use crate::rules::Rule;

    #[test]
    fn names_the_speaker_points_back_and_fixes_in_ap_order() {
        let draft =
            "Levee holds\n\n“We told the state in March,” Rita Ortiz said.\n\n“Nobody answered.”\n";
        let found = findings(Rule::FollowOnQuote, draft);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span.slice(draft), "“Nobody answered.");
        assert!(
            found[0].message.contains("Rita Ortiz"),
            "{}",
            found[0].message
        );
        assert_eq!(found[0].related[0].span.slice(draft), "Rita Ortiz");
        let fixed = apply_edits(draft, &found[0].fixes[0].edits).unwrap_or_default();
        assert!(
            fixed.ends_with("“Nobody answered,” Ortiz said.\n"),
            "{fixed}"
        );
    }

    #[test]
    fn a_description_becomes_definite_in_the_fix() {
        let draft = "Levee holds\n\n“It held,” a county spokeswoman said.\n\n“We are relieved”.\n";
        let found = findings(Rule::FollowOnQuote, draft);
        let fixed = apply_edits(draft, &found[0].fixes[0].edits).unwrap_or_default();
        assert!(
            fixed.ends_with("“We are relieved,” the county spokeswoman said.\n"),
            "{fixed}"
        );
    }

    #[test]
    fn an_organisation_read_from_a_description_is_fixed_in_the_drafts_words() {
        // The reading names Brightwell Foods; the fix writes what the draft wrote.
        let draft = "Recall\n\nBrightwell Foods recalled its sauce.\n\n“We regret the error,” the company said.\n\n“No one was hurt.”\n";
        let found = findings(Rule::FollowOnQuote, draft);
        assert!(
            found[0].message.contains("Brightwell Foods"),
            "{}",
            found[0].message
        );
        let fixed = apply_edits(draft, &found[0].fixes[0].edits).unwrap_or_default();
        assert!(
            fixed.ends_with("“No one was hurt,” the company said.\n"),
            "{fixed}"
        );
    }

    #[test]
    fn after_a_paragraph_that_reports_speech() {
        let draft = "Levee holds\n\nMr Cartagena said the industry expects new investment.\n\n“With these investments, we will lead.”\n";
        let found = findings(Rule::FollowOnQuote, draft);
        assert_eq!(found.len(), 1);
        assert!(
            found[0].message.contains("Cartagena"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn no_fix_where_the_closing_mark_runs_into_a_word() {
        // Straight marks nested in straight marks: the reader pairs `"But … says, "` and the
        // quote "ends" before `I'd`; an attribution written there would be false copy.
        let draft = "Levee holds\n\n\"We told them,\" Rita Ortiz said.\n\n\"But if somebody walks in and says, \"I'd like sandbags,\" you listen.\"\n";
        for finding in findings(Rule::FollowOnQuote, draft) {
            assert!(finding.fixes.is_empty(), "{:?}", finding.fixes);
        }
    }

    #[test]
    fn the_fix_names_a_person_on_a_later_reference_never_an_agency_or_a_pronoun() {
        use super::later_reference;
        assert_eq!(later_reference("Rita Ortiz").as_deref(), Some("Ortiz"));
        assert_eq!(
            later_reference("George Will").as_deref(),
            Some("George Will")
        );
        assert_eq!(later_reference("AP"), None);
        assert_eq!(later_reference("Reuters"), None);
        assert_eq!(later_reference("she"), None);
    }

    #[test]
    fn a_q_and_a_needs_no_attribution_and_its_labels_are_no_speakers() {
        let draft = "# Levee\n\n**AP:** What happened on the levee that night?\n\n**Rita Ortiz:** We stacked sandbags. My mother said, “Go home.”\n\n“Nobody answered.”\n";
        let analysis = crate::analysis::analyze(
            draft,
            crate::article::Format::Markdown,
            &crate::config::Config::default(),
        );
        let speakers: Vec<Option<&str>> = analysis
            .article
            .quotes
            .iter()
            .map(|q| q.attribution.as_ref().map(|a| a.speaker.as_str()))
            .collect();
        assert_eq!(
            speakers[0],
            Some("My mother"),
            "attributed by its own sentence"
        );
        assert!(!analysis
            .findings
            .iter()
            .any(|f| matches!(f.rule, Rule::FollowOnQuote | Rule::UnattributedQuote)));
    }

    #[test]
    fn not_after_a_paragraph_without_quotes() {
        let draft = "Levee holds\n\n“It held,” Ortiz said.\n\nThe county met on Monday.\n\n“We are relieved.”\n";
        assert!(findings(Rule::FollowOnQuote, draft).is_empty());
    }
}
