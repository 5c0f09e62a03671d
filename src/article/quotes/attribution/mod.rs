//! A quote's own attribution: the cue and the speaker in the writer's words around it, the way an
//! editor reads them.
//!
//! - After the quote: `,” Trump said`, `,” said Alvarez, the director`, `,” the county health
//!   director, Rita Alvarez, said`, `,” according to a statement`.
//! - Before it, in the same sentence: `Ms Hewitt said: “…”`, `Putin … said they were held “…”`,
//!   `Charap … described the event as “…”`, `According to the newspaper, “…”`.
//! - For a full quote that opens a sentence, the sentence before it in the same paragraph when
//!   that sentence reports speech (`She said the plan was dead. “We are done.”`), or a colon at
//!   the end of the previous paragraph (`Breitbart News responded:`).
//!
//! The module reads: `paragraphs` (each paragraph's tokens, read once and shared), `sentences`
//! (where sentences end), `after` and `before` (the cue on either side of a quote), and the
//! phrases that name a speaker: `speaker` (next to a cue), `subject` (a sentence's subject),
//! `names` (a name, a description).

mod after;
mod before;
mod names;
mod paragraphs;
mod sentences;
mod speaker;
mod subject;

use super::SpeakerKind;
use crate::article::lexicon::{self, Gender};
use crate::text::Span;

pub use after::credit_line;
pub use before::{colon_introduction, last_subject, reported_speech};
pub use paragraphs::{Paragraph, Paragraphs, QuoteAt};
pub use sentences::sentence_subjects;

/// How far around a quote the writer's words are read, in bytes: attribution sits next to the
/// quote, and the bound keeps the analysis linear on pathological drafts.
const WINDOW: usize = 600;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    pub text: String,
    pub kind: SpeakerKind,
    pub span: Span,
    pub gender: Gender,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    pub speaker: Speaker,
    pub cue: String,
    pub cue_span: Span,
    /// Found in the sentence before the quote (`Analysts said growth was slow. “It suggests…”`):
    /// readers carry the speaker over, as they do across paragraphs.
    pub previous_sentence: bool,
}

/// The attribution a quote carries in its own sentence or paragraph.
pub fn own(p: &Paragraph, q: usize, full: bool, extra: &[String]) -> Option<Cue> {
    let quote = *p.quotes.get(q)?;
    // The writer's words run back three quotes and on to the next one: reading no further
    // keeps a paragraph of many short quotes linear.
    let next = p.quotes.get(q + 1).map_or(p.span.end, |n| n.start);
    let previous = q
        .checked_sub(3)
        .and_then(|i| p.quotes.get(i))
        .map_or(p.span.start, |n| n.end);
    let after = after::after_quote(p, quote, next, extra);
    // "Trump claimed that “Petraeus got in trouble for far less,” one of the prosecutors said
    // the cases differed": words a cue introduces with "that" are that cue's when the cue after
    // them reports words of its own. A tag after them ("…,” Mr Blair told the Guardian) still
    // names who says the whole sentence.
    let after_reports_its_own = after
        .as_ref()
        .is_some_and(|cue| reports_words_of_its_own(p.prose, cue));
    if after_reports_its_own && introduced_by_that(p.prose, quote) {
        let own_sentence = before::before_quote(p, quote, previous, full, extra)
            .filter(|cue| !cue.previous_sentence);
        if own_sentence.is_some() {
            return own_sentence;
        }
    }
    after
        .or_else(|| before::before_quote(p, quote, previous, full, extra))
        .or_else(|| after::bracketed_credit(p, quote))
}

/// Whether a cue verb opens words it reports itself ("said the two cases were different",
/// "said that …", "said it …"), not a tag ending its sentence ("said.", "said on Tuesday",
/// "told the Guardian").
fn reports_words_of_its_own(prose: &str, cue: &Cue) -> bool {
    let next = prose
        .get(cue.cue_span.end..)
        .unwrap_or("")
        .split_whitespace()
        .next()
        .unwrap_or("");
    let complement = lexicon::is_determiner(next) || lexicon::pronoun(next).is_some();
    complement && !lexicon::is_object_cue_verb(&cue.cue)
}

/// Whether the word right before a quote is "that" ("claimed that “…”").
fn introduced_by_that(prose: &str, quote: Span) -> bool {
    let before = prose.get(..quote.start).unwrap_or("").trim_end();
    before
        .strip_suffix("that")
        .is_some_and(|rest| rest.ends_with(char::is_whitespace))
}

/// A one-paragraph draft's structure and the spans of its quotes.
#[cfg(test)]
fn one_paragraph(text: &str) -> (crate::article::structure::Structure, Vec<Span>) {
    let structure = crate::article::structure::parse(text, crate::article::Format::PlainText);
    let (paired, _) = super::marks::pair(&structure, super::style::DraftMarks::default());
    let quotes = paired
        .iter()
        .map(|q| Span::new(q.open.start, q.end))
        .collect();
    (structure, quotes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cue and speaker of the `n`th quote of a one-paragraph draft.
    fn attribution(paragraph: &str, n: usize) -> Option<(String, SpeakerKind, String)> {
        let (structure, quotes) = one_paragraph(paragraph);
        let p = Paragraph::tokenized(&structure.prose, Span::new(0, paragraph.len()), quotes);
        own(&p, n, true, &[]).map(|c| (c.speaker.text, c.speaker.kind, c.cue))
    }

    /// The same for a partial quote, which may take its sentence's subject without a cue.
    fn partial_attribution(paragraph: &str, n: usize) -> Option<(String, SpeakerKind, String)> {
        let (structure, quotes) = one_paragraph(paragraph);
        let p = Paragraph::tokenized(&structure.prose, Span::new(0, paragraph.len()), quotes);
        own(&p, n, false, &[]).map(|c| (c.speaker.text, c.speaker.kind, c.cue))
    }

    fn named(speaker: &str, cue: &str) -> Option<(String, SpeakerKind, String)> {
        Some((speaker.into(), SpeakerKind::Name, cue.into()))
    }

    #[test]
    fn speaker_after_the_quote() {
        assert_eq!(
            attribution(
                "“There’s no deal until there’s a deal,” Trump said Friday in Anchorage.",
                0
            ),
            named("Trump", "said")
        );
        assert_eq!(
            attribution(
                "“We are not closing the clinic,” said Alvarez, the county health director.",
                0
            ),
            named("Alvarez", "said")
        );
        assert_eq!(
            attribution(
                "“We are not closing the clinic,” the county health director, Rita Alvarez, said.",
                0
            ),
            named("Rita Alvarez", "said")
        );
        assert_eq!(
            attribution(
                "“We regret the error,” a White House spokesperson said in a statement.",
                0
            ),
            Some((
                "a White House spokesperson".into(),
                SpeakerKind::Description,
                "said".into()
            ))
        );
        assert_eq!(
            attribution("“I’m going to start making a few phone calls,” he said.", 0).map(|a| a.1),
            Some(SpeakerKind::Pronoun)
        );
        assert_eq!(
            attribution("“The clinic is not closing,” according to Alvarez.", 0),
            named("Alvarez", "according to")
        );
        // The verb left out: the name alone still tags the quote.
        assert_eq!(
            attribution(
                "“The clinic has an incredibly strong record,” Mr Alvarez.",
                0
            ),
            named("Alvarez", "")
        );
        assert_eq!(
            attribution("“The clinic has an incredibly strong record,” Dayton.", 0),
            None
        );
    }

    #[test]
    fn speaker_before_the_quote() {
        assert_eq!(
            attribution(
                "Ms Hewitt said: \"We have already doubled the length of maternity pay.\"",
                0
            ),
            named("Hewitt", "said")
        );
        assert_eq!(
            attribution("Samuel Charap, a senior political scientist at the global policy think tank RAND, described the event as “a lot of upbeat vibes with very little by way of specifics,” in an interview.", 0),
            named("Samuel Charap", "described")
        );
        assert_eq!(attribution("U.S. President Donald Trump called his meeting with Russian counterpart Vladimir Putin “extremely productive” but indicated no deal.", 0), named("Donald Trump", "called"));
        assert_eq!(attribution("Putin spoke first at the event, casting the conversations as useful and said they were held “in a constructive atmosphere.”", 0), named("Putin", "said"));
        assert_eq!(
            attribution(
                "According to the newspaper, “America’s porous gun laws empower dealers.”",
                0
            ),
            Some((
                "the newspaper".into(),
                SpeakerKind::Description,
                "according to".into()
            ))
        );
    }

    #[test]
    fn a_later_quote_in_an_interrupted_sentence() {
        assert_eq!(
            attribution(
                "“There are very few left,” he said. “We didn’t get there.”",
                1
            ),
            None
        );
        assert_eq!(
            attribution(
                "“We are not closing the clinic,” Alvarez said, “and we are hiring.”",
                1
            ),
            named("Alvarez", "said")
        );
    }

    #[test]
    fn names_after_roles_and_in_appositives() {
        assert_eq!(
            attribution("Lib Dem foreign affairs spokesman Menzies Campbell said a win would help, adding it was an “umbilical cord between the two leaders”.", 0),
            named("Menzies Campbell", "adding")
        );
        assert_eq!(
            attribution("His friend, Saxon Spence, leader of the county group, lays the blame on Iraq. \"You cannot underestimate the impact of the war.\"", 0),
            named("Saxon Spence", "")
        );
        assert_eq!(
            attribution("\"It is cool,\" said John Brady of ABN AMRO.", 0),
            named("John Brady", "said")
        );
        assert_eq!(
            attribution("\"It is cool,\" Mr. Alexander said in an interview.", 0),
            named("Alexander", "said")
        );
    }

    #[test]
    fn the_sentence_before_reports_speech() {
        assert_eq!(attribution("She said new mothers were already entitled to leave. \"We have made a firm commitment.\"", 0).map(|a| a.1), Some(SpeakerKind::Pronoun));
        // No cue: the sentence's subject is only the speaker a reader assumes.
        assert_eq!(
            attribution(
                "Trump did not specify which points. \"We have a chance.\"",
                0
            ),
            named("Trump", "")
        );
        assert_eq!(
            attribution(
                "The county did not specify which points. \"We have a chance.\"",
                0
            ),
            None
        );
    }

    #[test]
    fn a_phrase_of_place_time_or_an_object_is_no_speaker() {
        assert_eq!(
            partial_attribution("In Washington, President Obama released a statement Thursday night condemning “what appears to be a horrific terrorist attack in Nice.”", 0),
            named("Obama", "")
        );
        assert_eq!(
            partial_attribution("In New York, the chants were strong at the Stonewall Inn, which President Obama on Friday declared a monument “to tell the story of the struggle for rights.”", 0),
            named("Obama", "declared")
        );
        assert_eq!(
            partial_attribution("Hunter, meanwhile, told Politico on Wednesday that he is for Trump because “we don’t need a policy wonk as president.”", 0),
            named("Hunter", "told")
        );
    }
}
