//! Direct quotations and who said them, read the way a copy editor reads them.
//!
//! `find` pairs the marks (`marks`), decides what each quote is (`classify`), reads its own
//! attribution (`attribution`), shares attribution along multi-paragraph quotations, within a
//! paragraph and over to a follow-on paragraph (`carry_over`), and resolves pronouns to the
//! speaker they stand for (`pronouns`). `resolve_speakers` then maps each speaker to the fullest
//! name the article gives (`speakers`). Everything is linear in the length of the draft.

mod attribution;
mod carry_over;
mod classify;
mod marks;
mod organisations;
mod pronouns;
mod resolution;
mod speakers;
mod style;

use super::dateline::DatelineAnalysis;
use super::people::Person;
use super::structure::Structure;
use crate::config::Config;
use crate::text::Span;

pub use classify::opening;
pub use style::{DraftMarks, Guillemets};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteKind {
    /// A sentence or more of speech.
    Full,
    /// A fragment inside the writer's own sentence.
    Partial,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Full => "full",
            QuoteKind::Partial => "partial",
        }
    }
}

/// Why quotation marks hold something other than speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotSpeech {
    Title,
    Nickname,
    ScareQuote,
    WordAsWord,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeakerKind {
    /// A person's name ("Samuel Charap").
    Name,
    /// A pronoun, resolved to a named person where possible.
    Pronoun,
    /// A description ("a White House spokesperson", "officials").
    Description,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttributionSource {
    /// The quote's own sentence or paragraph names the speaker.
    Own,
    /// An earlier quote in the same paragraph names the speaker.
    SameParagraph,
    /// The quote continues a multi-paragraph quotation.
    Continuation,
    /// Carried over from the previous paragraph's last quote (a follow-on quote).
    CarriedOver,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// The speaker's fullest name in the article, or the description.
    pub speaker: String,
    pub kind: SpeakerKind,
    /// Where the attribution names the speaker ("Charap", "he", "a spokeswoman").
    pub speaker_span: Option<Span>,
    /// The person, as an index into `Article::people`.
    pub person: Option<usize>,
    /// The attribution word or phrase ("said", "according to").
    pub cue: Option<String>,
    pub cue_span: Option<Span>,
    pub source: AttributionSource,
    /// For carried-over and same-paragraph attributions: the quote whose attribution is used.
    pub from_quote: Option<usize>,
    /// How sure the resolution is that `speaker` is who the words stand for, in hundredths: 100
    /// when the attribution names the speaker, less when a pronoun or a description was resolved
    /// to a name and another candidate came close (`resolution`).
    pub confidence: u8,
    /// The other speakers a reader might name, best first, when the resolution is unsure.
    pub alternatives: Vec<String>,
}

impl Attribution {
    /// Below this confidence the speaker is a guess shown as one ("probably Alvarez").
    pub const SURE: u8 = 70;

    /// True when the resolution weighed candidates and the best did not win clearly.
    pub fn unsure(&self) -> bool {
        self.confidence < Self::SURE
    }

    /// True when the speaker was carried over from an earlier paragraph.
    pub fn inferred(&self) -> bool {
        matches!(self.source, AttributionSource::CarriedOver)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// From the opening mark to the closing mark inclusive; to the paragraph's end if unclosed.
    pub span: Span,
    /// The quoted words, without the marks.
    pub content: Span,
    /// Index into `Structure::paragraphs`.
    pub paragraph: usize,
    pub kind: QuoteKind,
    /// `Some` when the marks hold a title, nickname, scare quote or word as word.
    pub not_speech: Option<NotSpeech>,
    pub closed: bool,
    /// The quote this one continues, for multi-paragraph quotations.
    pub continues: Option<usize>,
    pub attribution: Option<Attribution>,
}

impl Quote {
    pub fn is_speech(&self) -> bool {
        self.not_speech.is_none()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrayKind {
    NeverClosed,
    NeverOpened,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StrayMark {
    pub span: Span,
    pub kind: StrayKind,
    /// The quote this mark belongs to, if one was recorded for it.
    pub quote: Option<usize>,
}

#[derive(Clone, Debug, Default)]
pub struct Found {
    pub quotes: Vec<Quote>,
    pub stray_marks: Vec<StrayMark>,
    /// Which marks carry the draft's speech.
    pub marks: DraftMarks,
}

/// Finds every quotation in the body and attributes it. A dateline is left out of the
/// paragraph it opens: what attribution reads there is the lede's first sentence.
pub fn find(structure: &Structure, datelines: &DatelineAnalysis, config: &Config) -> Found {
    let prose = structure.prose.as_str();
    let draft_marks = style::decide(structure, config.quote_style);
    let (paired, stray_marks) = marks::pair(structure, draft_marks);
    let mut quotes: Vec<Quote> = paired
        .iter()
        .map(|p| {
            let span = Span::new(p.open.start, p.end);
            let content_end = p.close.map_or(p.end, |c| c.start);
            let content =
                crate::text::trim_span(prose, Span::new(p.open.end, content_end.max(p.open.end)));
            let paragraph = structure.paragraphs[p.paragraph].span;
            let before = prose.get(paragraph.start..p.open.start).unwrap_or("");
            let after = prose.get(p.end..paragraph.end).unwrap_or("");
            let classification = classify::classify(
                content.slice(prose),
                before,
                after,
                p.close.is_some(),
                p.continues.is_some(),
                draft_marks,
            );
            Quote {
                span,
                content,
                paragraph: p.paragraph,
                kind: classification.kind,
                not_speech: classification.not_speech,
                closed: p.close.is_some(),
                continues: p.continues,
                attribution: None,
            }
        })
        .collect();
    let mut paragraphs = attribution_paragraphs(structure, datelines, &quotes);
    carry_over::attribute(structure, &mut paragraphs, &mut quotes, &config.extra_verbs);
    pronouns::resolve(structure, &mut paragraphs, &mut quotes);
    Found {
        quotes,
        stray_marks,
        marks: draft_marks,
    }
}

/// The paragraphs as attribution reads them, each after its dateline, with the quotes in them.
fn attribution_paragraphs<'a>(
    structure: &'a Structure,
    datelines: &DatelineAnalysis,
    quotes: &[Quote],
) -> attribution::Paragraphs<'a> {
    attribution::Paragraphs::new(
        &structure.prose,
        paragraphs_after_datelines(structure, datelines),
        quotes
            .iter()
            .map(|q| attribution::QuoteAt {
                paragraph: q.paragraph,
                span: q.span,
            })
            .collect(),
    )
}

/// The paragraphs' spans as attribution reads them, each after the dateline that opens it: a
/// dateline is furniture, not a sentence, so its place is never a subject.
fn paragraphs_after_datelines(structure: &Structure, datelines: &DatelineAnalysis) -> Vec<Span> {
    let mut spans: Vec<Span> = structure.paragraphs.iter().map(|p| p.span).collect();
    for dateline in datelines.all() {
        if let Some(span) = spans.get_mut(dateline.paragraph) {
            if (span.start..span.end).contains(&dateline.span.start)
                && dateline.span.end <= span.end
                && structure.prose[span.start..dateline.span.start]
                    .trim()
                    .is_empty()
            {
                span.start = dateline.span.end;
            }
        }
    }
    spans
}

/// The marks of one quote: where it opens, and where it closes if it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MarkPair {
    pub open: Span,
    pub close: Option<Span>,
}

/// The quotation marks of a draft paired as if its speech were carried by `marks`: what
/// `quote-style` rewrites when a draft quotes in other marks than the house sets.
pub fn mark_pairs(structure: &Structure, marks: DraftMarks) -> Vec<MarkPair> {
    marks::pair(structure, marks)
        .0
        .iter()
        .map(|p| MarkPair {
            open: p.open,
            close: p.close,
        })
        .collect()
}

/// Resolves descriptions of organisations to the organisations they stand for
/// (`organisations`), pronouns and descriptions of people to the people (`resolution`), then
/// replaces speaker strings with the fullest name of the person they refer to.
pub fn resolve_speakers(
    structure: &Structure,
    datelines: &DatelineAnalysis,
    quotes: &mut [Quote],
    people: &[Person],
) {
    organisations::resolve(structure, datelines, quotes, people);
    resolution::resolve(structure, datelines, quotes, people);
    speakers::resolve(structure, quotes, people);
}

/// Quotes that share another quote's attribution (`from_quote`) take its speaker as resolved,
/// where `resolved` says the source was.
fn share_speakers(quotes: &mut [Quote], resolved: impl Fn(usize) -> bool) {
    // A chain may borrow from a later member: two passes settle every link.
    for _ in 0..2 {
        for i in 0..quotes.len() {
            let Some(from) = quotes[i].attribution.as_ref().and_then(|a| a.from_quote) else {
                continue;
            };
            if !resolved(from) {
                continue;
            }
            let Some(source) = quotes.get(from).and_then(|q| q.attribution.clone()) else {
                continue;
            };
            if let Some(a) = quotes[i].attribution.as_mut() {
                a.speaker = source.speaker;
                a.person = source.person;
                a.confidence = source.confidence;
                a.alternatives = source.alternatives;
            }
        }
    }
}

/// Each quote of a draft with the speaker `find` gives it (before speakers get the fullest name
/// in the article), as `quoted words — speaker`, `?` where nobody is attributed; and how the
/// speaker was found, where `how` is asked.
#[cfg(test)]
fn who_said(draft: &str, how: bool) -> Vec<String> {
    let structure = super::structure::parse(draft, super::structure::Format::PlainText);
    let datelines = super::dateline::detect(draft, &structure, &Config::default());
    find(&structure, &datelines, &Config::default())
        .quotes
        .iter()
        .map(|q| {
            let words = q.content.slice(&structure.prose);
            match &q.attribution {
                None => format!("{words} — ?"),
                Some(a) if how => format!("{words} — {} ({:?})", a.speaker, a.source),
                Some(a) => format!("{words} — {}", a.speaker),
            }
        })
        .collect()
}
