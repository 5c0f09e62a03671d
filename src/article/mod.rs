//! The article model: what a copy editor sees in a draft. `parse` reads structure, dateline,
//! quotes and people from the text; it is pure and never fails.

pub mod dateline;
pub mod front_matter;
pub mod lexicon;
pub mod people;
pub mod quotes;
pub mod structure;
pub mod tokens;
pub mod transcript;

pub use dateline::{Dateline, DatelineAnalysis};
pub use people::strays::Stray;
pub use people::{Mention, Person};
pub use quotes::{Attribution, Quote, QuoteKind, SpeakerKind, StrayMark};
pub use structure::{Format, MetaKind, Paragraph, ParagraphKind, Structure};
pub use transcript::Transcript;

use crate::config::Config;

#[derive(Clone, Debug)]
pub struct Article {
    pub structure: Structure,
    pub dateline: DatelineAnalysis,
    pub quotes: Vec<Quote>,
    /// Quotation marks that open and never close, or close and never open.
    pub stray_marks: Vec<StrayMark>,
    /// Which marks carry the draft's speech.
    pub quote_marks: quotes::DraftMarks,
    pub people: Vec<Person>,
    /// Capitalised words written once beside a frequent near spelling ("Trimp" and "Trump").
    pub strays: Vec<Stray>,
    /// The Q&A sections, laid out as transcripts.
    pub transcripts: Vec<Transcript>,
}

/// Reads a draft into the article model.
pub fn parse(text: &str, format: Format, config: &Config) -> Article {
    let structure = structure::parse(text, format);
    let dateline = dateline::detect(text, &structure, config);
    let mut found = quotes::find(&structure, &dateline, config);
    let people::Reading { people, strays } = people::find(text, &structure, &found.quotes, config);
    quotes::resolve_speakers(&structure, &dateline, &mut found.quotes, &people);
    let transcripts = transcript::detect(text, &structure);
    Article {
        structure,
        dateline,
        quotes: found.quotes,
        stray_marks: found.stray_marks,
        quote_marks: found.marks,
        people,
        strays,
        transcripts,
    }
}

impl Article {
    /// The person mentioned at a byte offset, with the mention's index in their list.
    pub fn person_at(&self, offset: usize) -> Option<(usize, usize)> {
        self.people.iter().enumerate().find_map(|(person, p)| {
            p.mentions
                .iter()
                .position(|m| m.span.touches(offset))
                .map(|mention| (person, mention))
        })
    }

    /// The quote whose marks enclose a byte offset.
    pub fn quote_at(&self, offset: usize) -> Option<usize> {
        self.quotes.iter().position(|q| q.span.touches(offset))
    }

    /// The Q&A section holding a byte offset.
    pub fn transcript_at(&self, offset: usize) -> Option<&Transcript> {
        self.transcripts.iter().find(|t| t.holds(offset))
    }

    /// Indexes of the quotes attributed (directly or by carry-over) to a person.
    pub fn quotes_of(&self, person: usize) -> Vec<usize> {
        self.quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| q.attribution.as_ref().and_then(|a| a.person) == Some(person))
            .map(|(i, _)| i)
            .collect()
    }
}
