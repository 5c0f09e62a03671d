//! People named in a draft, their mentions and spellings.
//!
//! STUB: the names issue replaces this with the real finder and grouping.

use super::quotes::Quote;
use super::structure::Structure;
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
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variant {
    /// The surname (or full name) as spelled.
    pub spelling: String,
    /// Indexes into `Person::mentions`.
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
}

impl Person {
    pub fn canonical_spelling(&self) -> Option<&str> {
        self.variants.first().map(|v| v.spelling.as_str())
    }
}

pub fn find(
    _text: &str,
    _structure: &Structure,
    _quotes: &[Quote],
    _config: &Config,
) -> Vec<Person> {
    Vec::new()
}
