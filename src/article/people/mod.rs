//! People named in a draft, their mentions and spellings.
//!
//! No statistical model: capitalised runs of words are read with titles, particles, suffixes,
//! initials and possessives (`mentions`), told apart from places, organisations, demonyms and
//! sentence-opening words (`crate::article::lexicon`), grouped into people (`grouping`), and misspelt mentions
//! are folded into the person they misspell (`variants`), with the house list (`house`) having
//! the last word on the canonical spelling.

mod grouping;
pub mod house;
mod mentions;
pub mod strays;
mod variants;
mod vocabulary;

use super::quotes::Quote;
use super::structure::{MetaKind, ParagraphKind, Structure};
use crate::config::Config;
use crate::text::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionZone {
    Headline,
    Metadata,
    Body,
    Trailer,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The whole name as written here ("Samuel Charap", "Charap", "Charap's" without the 's).
    pub span: Span,
    /// The surname within it, where spelling variants are compared.
    pub surname: Span,
    pub zone: MentionZone,
    /// True when the mention gives the full name (first name and surname).
    pub full: bool,
    /// The name used as a modifier, not as a reference to the person ("the Trump
    /// administration", "Clinton-era").
    pub attributive: bool,
    /// The mention sits inside quotation marks (someone else's words).
    pub in_quote: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variant {
    /// The surname (or full name) as spelled.
    pub spelling: String,
    /// Indexes into `Person::mentions`, in order.
    pub mentions: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// The fullest name the article gives, in the canonical spelling.
    pub name: String,
    /// Role as introduced ("senior political scientist at RAND").
    pub role: Option<String>,
    pub mentions: Vec<Mention>,
    /// Index into `mentions` of the first full-name reference.
    pub first_full: Option<usize>,
    /// Spellings of the surname in order of preference; the first is canonical.
    pub variants: Vec<Variant>,
    /// A byline or contributor-line name: someone who wrote the story, not someone in it. Never
    /// checked for spelling or first reference.
    pub credit: bool,
}

impl Person {
    pub fn canonical_spelling(&self) -> Option<&str> {
        self.variants.first().map(|v| v.spelling.as_str())
    }

    /// The spelling a mention uses.
    pub fn spelling_of(&self, mention: usize) -> Option<&str> {
        self.variants
            .iter()
            .find(|v| v.mentions.binary_search(&mention).is_ok())
            .map(|v| v.spelling.as_str())
    }
}

/// Room for the words the name reader keeps of one zone: a long paragraph's (most keep a few
/// dozen), so that the buffer all zones share seldom grows.
const KEPT_WORDS_PER_ZONE: usize = 128;

/// What the name reader finds in a draft: its people, and the stray spellings of capitalised
/// words (a word written once beside a frequent near spelling).
pub struct Reading {
    pub people: Vec<Person>,
    pub strays: Vec<strays::Stray>,
}

pub fn find(text: &str, structure: &Structure, quotes: &[Quote], config: &Config) -> Reading {
    let prose = structure.prose.as_str();
    let mut candidates = Vec::new();
    let mut name_shaped = Vec::new();
    // Sized once for the draft (about one word in six bytes of prose, most of them lower
    // case), so that neither list grows word by word.
    let mut lowercase = vocabulary::LowerCaseWords::with_capacity(prose.len() / 6);
    let mut words = mentions::ZoneWords::with_capacity(KEPT_WORDS_PER_ZONE);
    for zone in zones(structure) {
        mentions::read_zone(
            prose,
            zone.span,
            &mut words,
            &mut lowercase,
            &mut name_shaped,
        );
        mentions::candidates(prose, &words, zone.kind, zone.credit, &mut candidates);
    }
    let speakers = quotes
        .iter()
        .filter_map(|q| q.attribution.as_ref().and_then(|a| a.speaker_span))
        .collect();
    let quoted = quotes.iter().map(|q| q.content).collect();
    let draft = grouping::Draft {
        text,
        prose,
        candidates,
        lowercase,
        speakers,
        quoted,
    };
    Reading {
        people: grouping::group(&draft, config),
        strays: strays::find(prose, &name_shaped),
    }
}

/// A part of the draft read for names.
struct Zone {
    span: Span,
    kind: MentionZone,
    /// A byline or trailer: its names are the story's writers.
    credit: bool,
}

/// The zones of the draft in order: headline, metadata, paragraphs (subheads read as
/// headlines), trailer.
fn zones(structure: &Structure) -> Vec<Zone> {
    let mut zones = Vec::new();
    zones.extend(structure.headline.map(|span| Zone {
        span,
        kind: MentionZone::Headline,
        credit: false,
    }));
    zones.extend(structure.metadata.iter().map(|m| Zone {
        span: m.span,
        kind: MentionZone::Metadata,
        credit: m.kind == MetaKind::Byline,
    }));
    zones.extend(structure.paragraphs.iter().map(|p| {
        let kind = if p.kind == ParagraphKind::Subhead {
            MentionZone::Headline
        } else {
            MentionZone::Body
        };
        Zone {
            span: p.span,
            kind,
            credit: false,
        }
    }));
    zones.extend(structure.trailer.iter().map(|span| Zone {
        span: *span,
        kind: MentionZone::Trailer,
        credit: true,
    }));
    zones
}
