//! `unattributed-quote`: a full quote nobody can attribute. No attribution in its paragraph, no
//! multi-paragraph quotation it continues, and no speaker to carry over from the previous
//! paragraph. Quote marks that hold no speech, partial quotes (attributed by their sentence),
//! Q&A transcripts and quotes already reported by `unbalanced-quote` are left alone.

use super::{Check, Context, Rule};
use crate::article::quotes::{opening, Quote, QuoteKind};
use crate::article::structure::{ParagraphKind, Structure};
use crate::article::transcript;
use crate::finding::Finding;

pub struct UnattributedQuote;

impl Check for UnattributedQuote {
    fn rule(&self) -> Rule {
        Rule::UnattributedQuote
    }

    fn check(&self, cx: &Context, findings: &mut Vec<Finding>) {
        let article = cx.article;
        let structure = &article.structure;
        let prose = structure.prose.as_str();
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
            // In a Q&A, or a labelled turn on its own, who speaks is the layout's business.
            if !matches!(
                paragraph.kind,
                ParagraphKind::Body | ParagraphKind::ListItem
            ) || article.transcript_at(quote.span.start).is_some()
                || transcript::is_turn(cx.text, structure, paragraph.span)
            {
                continue;
            }
            if introduced(structure, quote) {
                continue;
            }
            let span = opening(prose, quote.span, quote.content);
            findings.push(Finding::new(Rule::UnattributedQuote, span, "Nobody is named as saying this quote: attribute it in its paragraph (for example `, NAME said`)"));
        }
    }
}

/// Whether the writer introduces the quote with a colon or a dash, in its sentence (`the
/// headline reads: “…”`, `his act — “…”`) or at the end of the paragraph before: the
/// introduction tells the reader whose words follow, even where copydesk reads no name in it.
fn introduced(structure: &Structure, quote: &Quote) -> bool {
    let prose = structure.prose.as_str();
    let Some(paragraph) = structure.paragraphs.get(quote.paragraph) else {
        return false;
    };
    let before = prose
        .get(paragraph.span.start..quote.span.start)
        .unwrap_or("")
        .trim_end();
    if !before.is_empty() {
        return before.ends_with([':', '—', '–']) || before.ends_with(" -");
    }
    quote
        .paragraph
        .checked_sub(1)
        .and_then(|previous| structure.paragraphs.get(previous))
        .is_some_and(|previous| previous.span.slice(prose).trim_end().ends_with(':'))
}

#[cfg(test)]
mod tests {
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
    fn an_interview_laid_out_as_a_transcript_is_not() {
        let draft = "Levee holds\n\nQ: What happened?\n\nORTIZ: We stacked sandbags.\n\n“Nobody told us a thing about it.”\n";
        assert!(flagged(Rule::UnattributedQuote, draft).is_empty());
    }

    #[test]
    fn only_the_q_and_a_section_is_exempt_not_the_whole_draft() {
        let draft = "Levee holds\n\n**Interviewer:** What happened?\n\n**Rita Ortiz:** “Nobody told us a thing about it.”\n\nThe county met on Monday to review the levee.\n\nThe state did not answer the county's letters.\n\n“The bridge will be finished by June and the road after it.”\n";
        assert_eq!(
            crate::rules::fixture::flagged_as(
                Rule::UnattributedQuote,
                draft,
                crate::article::Format::Markdown,
                &crate::config::Config::default()
            ),
            vec!["“The bridge will be finished"]
        );
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

    #[test]
    fn an_embed_left_as_tags_in_plain_text_holds_no_quotes_in_its_attributes() {
        let draft = "Levee holds\n\nOrtiz said the county would decide on Monday.\n\nAs the rumors broke Tuesday, Ortiz sought to show that she is taking the news calmly.\n\n<tweet tweet-author=\"@ortiz\" tweet-date=\"May 19, 2026\n\">I love this county. Without its support, I would not be here. Whatever it does in 2026, I will always be a big fan.<tweet/>.\n";
        assert!(flagged(Rule::UnattributedQuote, draft).is_empty());
    }

    #[test]
    fn a_quote_the_writer_introduces_with_a_colon_or_a_dash_is_not() {
        for introduction in [
            "The snarky, county-friendly headline reads: “Repeat after me: the levee is fine and will hold.”",
            "Or, from the week before:\n\n“As we have explained before, the levee was built to last a century.”",
            "“Lose safety? Lose homes? No to sandbags” (2005) — “Free pass for all? No.” (2007).",
        ] {
            let draft = format!("Levee holds\n\nThe county met on Monday.\n\n{introduction}\n");
            assert!(flagged(Rule::UnattributedQuote, &draft).is_empty(), "{introduction}");
        }
    }
}
