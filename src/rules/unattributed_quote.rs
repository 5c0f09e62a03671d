//! `unattributed-quote`: a full quote nobody can attribute. No attribution in its paragraph, no
//! multi-paragraph quotation it continues, and no speaker to carry over from the previous
//! paragraph. Quote marks that hold no speech, partial quotes (attributed by their sentence),
//! Q&A transcripts and quotes already reported by `unbalanced-quote` are left alone.

use super::{Check, Context, Rule};
use crate::article::quotes::{opening, QuoteKind};
use crate::article::structure::ParagraphKind;
use crate::finding::Finding;

pub struct UnattributedQuote;

/// `Q: …`, `A: …`, `ORTIZ: …`, or a bare `: …` where an export dropped the bold label:
/// transcript lines need no attribution.
pub(super) fn is_transcript_line(paragraph: &str) -> bool {
    let in_label = |c: char| c.is_uppercase() || c == ' ' || c == '.' || c == '\'' || c == '-';
    // The label ends at the first colon; a character no label holds ends the search sooner,
    // mostly at the second letter of a paragraph of prose.
    for (at, c) in paragraph.char_indices() {
        if c == ':' {
            let label = paragraph[..at].trim();
            return label.len() <= 30 && label.chars().all(in_label);
        }
        if !in_label(c) && !c.is_whitespace() {
            return false;
        }
    }
    false
}

impl Check for UnattributedQuote {
    fn rule(&self) -> Rule {
        Rule::UnattributedQuote
    }

    fn check(&self, cx: &Context, findings: &mut Vec<Finding>) {
        let article = cx.article;
        let structure = &article.structure;
        let prose = structure.prose.as_str();
        // An interview laid out as a transcript: who speaks is the layout's business.
        let transcript_lines = structure
            .paragraphs
            .iter()
            .filter(|p| is_transcript_line(structure.prose_of(p.span)))
            .count();
        if transcript_lines >= 2 {
            return;
        }
        let unbalanced: std::collections::HashSet<usize> =
            article.stray_marks.iter().filter_map(|m| m.quote).collect();
        // Where a paragraph has a stray mark its pairing is a guess: `unbalanced-quote` speaks.
        let stray_paragraphs: std::collections::HashSet<usize> = article
            .stray_marks
            .iter()
            .filter_map(|m| structure.paragraph_at(m.span.start))
            .collect();
        for (i, quote) in article.quotes.iter().enumerate() {
            // One finding per quotation: its first paragraph carries it, not each continuation.
            if stray_paragraphs.contains(&quote.paragraph) || quote.continues.is_some() {
                continue;
            }
            if !quote.is_speech()
                || quote.kind != QuoteKind::Full
                || quote.attribution.is_some()
                || unbalanced.contains(&i)
            {
                continue;
            }
            let Some(paragraph) = structure.paragraphs.get(quote.paragraph) else {
                continue;
            };
            if !matches!(
                paragraph.kind,
                ParagraphKind::Body | ParagraphKind::ListItem
            ) || is_transcript_line(structure.prose_of(paragraph.span))
            {
                continue;
            }
            let span = opening(prose, quote.span, quote.content);
            findings.push(Finding::new(Rule::UnattributedQuote, span, "Nobody is named as saying this quote: attribute it in its paragraph (for example `, NAME said`)"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_transcript_line;
    use crate::rules::fixture::flagged;
    use crate::rules::Rule;

    #[test]
    fn a_quote_standing_alone_after_a_paraphrase_is_flagged_at_its_first_words() {
        let draft = "Levee holds\n\nThe county met on Monday to review the levee.\n\n“The bridge will be finished by June and the road after it.”\n";
        assert_eq!(
            flagged(Rule::UnattributedQuote, draft),
            vec!["“The bridge will be finished"]
        );
    }

    #[test]
    fn attributed_continued_and_carried_quotes_are_not() {
        let draft = "Levee holds\n\n“We knew the levee was weak,” Ortiz said. “We told the state in March.\n\n“Nobody answered. Nobody came.\n\n“So we started stacking sandbags ourselves.”\n\n“It held,” a county spokeswoman said.\n\n“We are relieved.”\n";
        assert!(flagged(Rule::UnattributedQuote, draft).is_empty());
    }

    #[test]
    fn marks_that_are_not_speech_and_transcripts_are_not() {
        let draft = "Levee holds\n\nShe starred in “The Long Harvest.” The company’s “restructuring” cost 400 jobs.\n\nQ: “Did you know?”\n";
        assert!(flagged(Rule::UnattributedQuote, draft).is_empty());
    }

    #[test]
    fn transcript_labels_are_short_capitals_before_a_colon() {
        for line in [
            "Q: Why?",
            "ORTIZ: We did.",
            ": a dropped label",
            "\n MR. O'NEIL-SMITH : Yes.",
        ] {
            assert!(is_transcript_line(line), "{line}");
        }
        for line in [
            "The mayor said: no.",
            "NO COLON HERE",
            "A VERY LONG LABEL THAT GOES ON AND ON: x",
            "A B\nC: x",
            "Ortiz: We did.",
            "THE COUNTY SAID AT ITS MEETING ON MONDAY: no",
            "Asked why: “Nobody came.”",
            "",
        ] {
            assert!(!is_transcript_line(line), "{line}");
        }
    }

    #[test]
    fn an_interview_laid_out_as_a_transcript_is_not() {
        let draft = "Levee holds\n\nQ: What happened?\n\nORTIZ: We stacked sandbags.\n\n“Nobody told us a thing about it.”\n";
        assert!(flagged(Rule::UnattributedQuote, draft).is_empty());
    }

    #[test]
    fn an_unattributed_quotation_over_several_paragraphs_is_one_finding() {
        let draft = "Levee holds\n\nThe county met on Monday to review the levee.\n\n“We knew the levee was weak.\n\n“Nobody came to help us at all.”\n";
        assert_eq!(
            flagged(Rule::UnattributedQuote, draft),
            vec!["“We knew the levee was"]
        );
    }

    #[test]
    fn an_unbalanced_quote_is_left_to_unbalanced_quote() {
        let draft = "Levee holds\n\nThe county met on Monday.\n\n“We knew the levee was weak and we said so.\n\nThe state did not answer.\n";
        assert!(flagged(Rule::UnattributedQuote, draft).is_empty());
    }
}
