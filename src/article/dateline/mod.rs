//! The dateline: the place tag that opens the lede (`TULSA, Okla. (AP) — `). `detect` finds it,
//! and any dateline standing where it should not (inside the lede, in a later paragraph). The
//! grammar is written once, in `grammar`, and read by `reader`; `parse` reads datelines from
//! the prose and `evidence` decides which readings are datelines. The reference tables are in
//! `tables`, the house-style checks in `style`.

mod classes;
mod evidence;
mod grammar;
mod parse;
mod reader;
pub mod style;
pub mod tables;
mod words;

use super::structure::{ParagraphKind, Structure};
use crate::config::Config;
use crate::text::Span;

pub use words::{is_news_agency, month_of, PLACEHOLDER_PLACE, PLACEHOLDER_REGION};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dateline {
    /// The whole dateline including its separator and the space after it.
    pub span: Span,
    /// The place ("ANCHORAGE"). Empty, at the dateline's start, for an agency tag with no
    /// place (`(Bloomberg) -- `).
    pub place: Span,
    /// State, country or region ("Alaska").
    pub region: Option<Span>,
    /// The date ("March 3").
    pub date: Option<Span>,
    /// A comma with no region or date after it (`Geneva, (AP) —`).
    pub stray_comma: Option<Span>,
    /// The agency credit inside parentheses ("AP").
    pub agency: Option<Span>,
    /// The dash between dateline and text.
    pub separator: Option<Span>,
    /// Index into `Structure::paragraphs`.
    pub paragraph: usize,
    /// The comma between place and region is missing (`FRESNO Calif. —`).
    pub region_without_comma: bool,
}

/// Why a story needs no dateline, by its own front matter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotRequired {
    /// `undated: true`, or `dateline: none`.
    Undated,
    /// A `type:` or `desk:` named in the config's exempt desks (opinion, analysis, …).
    ExemptDesk(String),
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
    /// The front matter says the story carries no dateline.
    pub not_required: Option<NotRequired>,
}

impl DatelineAnalysis {
    /// True when the story shows a dateline anywhere, in the right place or not.
    pub fn has_any(&self) -> bool {
        self.dateline.is_some() || !self.misplaced.is_empty() || self.from_front_matter.is_some()
    }

    /// Every dateline found, the lede's and the misplaced ones.
    pub fn all(&self) -> impl Iterator<Item = &Dateline> {
        self.dateline.iter().chain(&self.misplaced)
    }
}

/// Front-matter keys that name the story's kind or desk, read against the exempt desks.
const DESK_KEYS: &[&str] = &["type", "desk", "kind", "genre", "section", "category"];

pub fn detect(_text: &str, structure: &Structure, config: &Config) -> DatelineAnalysis {
    let mut analysis = DatelineAnalysis {
        lede: structure.lede().map(|(i, _)| i),
        ..Default::default()
    };
    read_front_matter(structure, config, &mut analysis);
    let Some(lede) = analysis.lede else {
        return analysis;
    };
    let prose = &structure.prose;
    let opening = opening_dateline(structure, lede);
    let lede = opening.dateline.as_ref().map_or(lede, |d| d.paragraph);
    let lede_span = structure.paragraphs[lede].span;
    analysis.lede = Some(lede);
    analysis.dateline = opening.dateline;
    // Without a dateline the whole lede is searched, as `opening_dateline` may have done already.
    let within_lede = match (&analysis.dateline, opening.within_first) {
        (Some(d), _) => parse::datelines_within(prose, Span::new(d.span.end, lede_span.end)),
        (None, Some(within)) => within,
        (None, None) => parse::datelines_within(prose, lede_span),
    };
    analysis
        .misplaced
        .extend(within_lede.into_iter().map(|parsed| dateline(parsed, lede)));
    for (index, paragraph) in structure.paragraphs.iter().enumerate().skip(lede + 1) {
        if paragraph.kind != ParagraphKind::Body {
            continue;
        }
        // Later paragraphs open with run-in heads and all-capitals labels; only a dateline with
        // a date, an agency or a state is taken for one there.
        if let Some(parsed) =
            parse::dashed_dateline_at(prose, paragraph.span.start, paragraph.span.end)
                .filter(|p| p.strong)
        {
            analysis.misplaced.push(dateline(parsed, index));
        }
    }
    analysis
}

/// Paragraphs the structure may read as body that are really a dek, an editor's note or a
/// `FULL TEXT.` label: a few, each short.
const MAX_DEK_PARAGRAPHS: usize = 4;
const LONGEST_DEK: usize = 250;

/// What `opening_dateline` found.
struct Opening {
    dateline: Option<Dateline>,
    /// With no dateline, the datelines inside the first body paragraph, when they were
    /// looked for.
    within_first: Option<Vec<parse::Parsed>>,
}

/// The dateline that opens the lede. When the first body paragraph has none, a dateline that
/// opens one of the next few paragraphs still counts if everything before it is short: the
/// story's real lede comes after a dek or a note (`ABSTRACT.`, `FULL TEXT.`). With no dateline,
/// also the datelines inside the first body paragraph when they were looked for.
fn opening_dateline(structure: &Structure, first_body: usize) -> Opening {
    let prose = &structure.prose;
    let candidates = structure
        .paragraphs
        .iter()
        .enumerate()
        .skip(first_body)
        .filter(|(_, p)| p.kind == ParagraphKind::Body);
    let mut within_first = None;
    for (position, (index, paragraph)) in candidates.take(MAX_DEK_PARAGRAPHS + 1).enumerate() {
        let parsed = parse::dateline_at(prose, paragraph.span.start, paragraph.span.end);
        let convincing = |p: &parse::Parsed| position == 0 || p.separator.is_some();
        if let Some(parsed) = parsed.filter(convincing) {
            return Opening {
                dateline: Some(dateline(parsed, index)),
                within_first: None,
            };
        }
        // A long paragraph, or one with a dateline inside it, is the lede itself.
        let long = structure
            .prose_of(paragraph.span)
            .chars()
            .nth(LONGEST_DEK)
            .is_some();
        if long {
            break;
        }
        let within = parse::datelines_within(prose, paragraph.span);
        let found_within = !within.is_empty();
        if position == 0 {
            within_first = Some(within);
        }
        if found_within {
            break;
        }
    }
    Opening {
        dateline: None,
        within_first,
    }
}

/// True when a line of prose opens with a dateline that has a date, an agency or a state and
/// its dash: such a line is a lede, however short (`NEW YORK, June 18 - March 31 end`).
pub fn opens_with_dateline(line: &str) -> bool {
    parse::dateline_at(line, 0, line.len())
        .is_some_and(|parsed| parsed.strong && parsed.separator.is_some())
}

fn read_front_matter(structure: &Structure, config: &Config, analysis: &mut DatelineAnalysis) {
    let Some(front_matter) = &structure.front_matter else {
        return;
    };
    let undated_words = ["none", "undated", "no", "false", "-", "~", "null"];
    match front_matter.text("dateline").map(str::trim) {
        Some(value) if undated_words.iter().any(|w| value.eq_ignore_ascii_case(w)) => {
            analysis.not_required = Some(NotRequired::Undated)
        }
        Some(value) if !value.is_empty() => analysis.from_front_matter = Some(value.to_string()),
        _ => {}
    }
    if front_matter.text("undated").is_some_and(|v| {
        ["true", "yes", "on"]
            .iter()
            .any(|w| v.trim().eq_ignore_ascii_case(w))
    }) {
        analysis.not_required = Some(NotRequired::Undated);
    }
    if analysis.not_required.is_none() {
        let desk = DESK_KEYS
            .iter()
            .flat_map(|key| {
                front_matter
                    .get(key)
                    .map(|v| v.as_list())
                    .unwrap_or_default()
            })
            .find(|value| {
                config
                    .exempt_desks
                    .iter()
                    .any(|desk| desk.eq_ignore_ascii_case(value.trim()))
            });
        analysis.not_required = desk.map(|d| NotRequired::ExemptDesk(d.trim().to_string()));
    }
}

fn dateline(parsed: parse::Parsed, paragraph: usize) -> Dateline {
    Dateline {
        span: parsed.span,
        place: parsed.place,
        region: parsed.region,
        date: parsed.date,
        stray_comma: parsed.stray_comma,
        agency: parsed.agency,
        separator: parsed.separator,
        paragraph,
        region_without_comma: parsed.region_without_comma,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::structure::{self, Format};

    fn detect_in(draft: &str, format: Format) -> DatelineAnalysis {
        let structure = structure::parse(draft, format);
        detect(draft, &structure, &Config::default())
    }

    fn dateline_text(draft: &str, format: Format) -> Option<String> {
        detect_in(draft, format)
            .dateline
            .map(|d| d.span.slice(draft).to_string())
    }

    #[test]
    fn finds_the_dateline_after_headline_section_and_byline() {
        let draft = "Levee holds as river crests\nPublished in News & Features\nBy Dana Whitfield\nMEMPHIS, Tenn. (AP) — The Mississippi River crested on Tuesday without breaching the levee that engineers had spent the winter shoring up.\n";
        assert_eq!(
            dateline_text(draft, Format::PlainText).as_deref(),
            Some("MEMPHIS, Tenn. (AP) — ")
        );
    }

    #[test]
    fn finds_a_bold_dateline_in_markdown() {
        let draft = "---\ntype: news\n---\n# Levee holds\n\nBy Dana Whitfield\n\n**FRESNO, Calif.** — The county said the levee held.\n";
        let analysis = detect_in(draft, Format::Markdown);
        let dateline = analysis.dateline.expect("a dateline");
        assert_eq!(dateline.place.slice(draft), "FRESNO");
        assert_eq!(dateline.region.map(|r| r.slice(draft)), Some("Calif."));
        assert_eq!(dateline.separator.map(|s| s.slice(draft)), Some("—"));
    }

    #[test]
    fn finds_hard_wrapped_wire_datelines() {
        let draft = "LEVEE HOLDS AS RIVER CRESTS\n     FRESNO, Calif., Feb 26 - The county said the\nlevee held overnight.\n    The river crested at 30\nfeet on Tuesday, it said.\n Reuter\n";
        assert_eq!(
            dateline_text(draft, Format::PlainText).as_deref(),
            Some("FRESNO, Calif., Feb 26 - ")
        );
    }

    #[test]
    fn a_lede_without_a_dateline_has_none() {
        let draft = "Levee holds\n\nNASA said on Tuesday that the levee, seen from orbit, held.\n\nThe river crested at 30 feet.\n";
        let analysis = detect_in(draft, Format::PlainText);
        assert_eq!(analysis.lede, Some(0));
        assert!(!analysis.has_any());
    }

    #[test]
    fn finds_datelines_out_of_place() {
        let draft = "Levee holds\n\nThe county said Tuesday, FRESNO, Calif. — the levee held.\n\nWASHINGTON (AP) — A federal review of the levee began on Monday.\n\nQUESTIONABLE CLAIMS — For years the county denied it.\n";
        let analysis = detect_in(draft, Format::PlainText);
        assert!(analysis.dateline.is_none());
        let misplaced: Vec<(&str, usize)> = analysis
            .misplaced
            .iter()
            .map(|d| (d.place.slice(draft), d.paragraph))
            .collect();
        assert_eq!(misplaced, vec![("FRESNO", 0), ("WASHINGTON", 1)]);
    }

    #[test]
    fn a_second_dateline_lower_down_is_misplaced() {
        let draft = "Levee holds\n\nTULSA, Okla. — The levee held.\n\nMEMPHIS, Tenn. (AP) — Downriver, the water kept rising.\n";
        let analysis = detect_in(draft, Format::PlainText);
        assert_eq!(
            analysis
                .dateline
                .map(|d| d.place.slice(draft).to_string())
                .as_deref(),
            Some("TULSA")
        );
        assert_eq!(analysis.misplaced.len(), 1);
    }

    #[test]
    fn the_lede_after_a_dek_read_as_body_still_has_its_dateline() {
        let draft = "Levee holds as river crests\n\nABSTRACT.\n\nEngineers say the repairs held.\n\nFULL TEXT.\n\nDES MOINES - The river crested on Tuesday without breaching the levee.\n\nThe county said the repairs had cost $4 million.\n";
        let analysis = detect_in(draft, Format::PlainText);
        assert_eq!(
            analysis
                .dateline
                .map(|d| d.place.slice(draft).to_string())
                .as_deref(),
            Some("DES MOINES")
        );
        assert_eq!(analysis.lede, Some(3));
        assert!(analysis.misplaced.is_empty());
    }

    #[test]
    fn a_dateline_after_a_full_first_paragraph_is_misplaced() {
        let long_lede = "The county said on Tuesday that the levee, which engineers rebuilt twice since it was first raised in 1952 and shored up again over the winter at a cost of four million dollars, held through the night as the river crested a foot below its top, the county said.";
        let draft = format!(
            "Levee holds\n\n{long_lede}\n\nDES MOINES, Iowa - Upriver, the water kept rising.\n"
        );
        let analysis = detect_in(&draft, Format::PlainText);
        assert!(analysis.dateline.is_none());
        assert_eq!(analysis.lede, Some(0));
        assert_eq!(analysis.misplaced.len(), 1);
    }

    #[test]
    fn reads_the_front_matter() {
        let with_field = detect_in(
            "---\ndateline: FRESNO, Calif.\n---\nThe county said the levee held.\n",
            Format::Markdown,
        );
        assert_eq!(
            with_field.from_front_matter.as_deref(),
            Some("FRESNO, Calif.")
        );
        assert!(with_field.has_any());
        let none = detect_in(
            "---\ndateline: none\n---\nThe county said the levee held.\n",
            Format::Markdown,
        );
        assert_eq!(
            (none.from_front_matter, none.not_required),
            (None, Some(NotRequired::Undated))
        );
        let undated = detect_in(
            "---\nundated: true\n---\nThe county said the levee held.\n",
            Format::Markdown,
        );
        assert_eq!(undated.not_required, Some(NotRequired::Undated));
        let opinion = detect_in(
            "---\ntype: Opinion\n---\nThe county said the levee held.\n",
            Format::Markdown,
        );
        assert_eq!(
            opinion.not_required,
            Some(NotRequired::ExemptDesk("Opinion".into()))
        );
        let news = detect_in(
            "---\ntype: news\ndesk: metro\n---\nThe county said the levee held.\n",
            Format::Markdown,
        );
        assert_eq!(news.not_required, None);
    }
}
