//! The dateline at the start of the lede.
//!
//! STUB: the datelines issue replaces this with real detection.

use super::structure::Structure;
use crate::config::Config;
use crate::text::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dateline {
    /// The whole dateline including its separator and the space after it.
    pub span: Span,
    /// The place ("ANCHORAGE").
    pub place: Span,
    /// State, country or region ("Alaska").
    pub region: Option<Span>,
    /// The date ("March 3").
    pub date: Option<Span>,
    /// The agency credit inside parentheses ("AP").
    pub agency: Option<Span>,
    /// The dash between dateline and text.
    pub separator: Option<Span>,
    /// Index into `Structure::paragraphs`.
    pub paragraph: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DatelineAnalysis {
    /// Index of the lede in `Structure::paragraphs`.
    pub lede: Option<usize>,
    /// The dateline opening the lede.
    pub dateline: Option<Dateline>,
    /// Datelines found elsewhere (later paragraphs, not at the start of the lede).
    pub misplaced: Vec<Dateline>,
    /// A front-matter `dateline:` value.
    pub from_front_matter: Option<String>,
}

pub fn detect(_text: &str, structure: &Structure, _config: &Config) -> DatelineAnalysis {
    DatelineAnalysis {
        lede: structure.lede().map(|(i, _)| i),
        ..Default::default()
    }
}
