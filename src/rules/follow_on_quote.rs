//! `follow-on-quote`: a full quote paragraph with no attribution of its own, after a paragraph
//! whose last quote has a speaker. Readers carry the speaker over; strict AP desks want each
//! quoted paragraph attributed. The finding names the speaker, points back to where they were
//! last attributed, and offers `, NAME said` in AP order, the comma inside the closing mark.

use super::{Check, Context, Rule};
use crate::article::quotes::{opening, Attribution, AttributionSource, Quote, SpeakerKind};
use crate::finding::{Applicability, Edit, Finding, Fix};
use crate::text::Span;

pub struct FollowOnQuote;

/// How the attribution names the speaker on a later reference: the surname, or the
/// description made definite ("a White House spokesperson" → "the White House spokesperson").
fn later_reference(a: &Attribution) -> String {
    match a.kind {
        SpeakerKind::Description => match a.speaker.split_once(' ') {
            Some((article, rest)) if matches!(article.to_lowercase().as_str(), "a" | "an") => {
                format!("the {rest}")
            }
            _ => a.speaker.clone(),
        },
        _ => a
            .speaker
            .rsplit(' ')
            .next()
            .unwrap_or(&a.speaker)
            .to_string(),
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
            if unbalanced.contains(&index) {
                continue;
            }
            let Some(a) = quote
                .attribution
                .as_ref()
                .filter(|a| a.source == AttributionSource::CarriedOver)
            else {
                continue;
            };
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
            if let Some(fix) = attribution_fix(cx.text, quote, &later_reference(a)) {
                finding = finding.with_fix(fix);
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
    fn not_after_a_paragraph_without_quotes() {
        let draft = "Levee holds\n\n“It held,” Ortiz said.\n\nThe county met on Monday.\n\n“We are relieved.”\n";
        assert!(findings(Rule::FollowOnQuote, draft).is_empty());
    }
}
