//! Q&A sections: an interview laid out as a transcript, each turn opening with its speaker's
//! label (`Q:`, `A:`, `ORTIZ:`, `**Interviewer:**`). AP runs Q&As without quotation marks
//! (conventions §2.12): the layout says who speaks, so the section's quotes need no
//! attribution and its labels are never anyone's speaker for a quote after it. Only the
//! section is a transcript, not the whole draft around it.

use super::structure::{ParagraphKind, Structure};
use crate::text::Span;

/// One Q&A section: its labelled turns and the answers that run on after them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transcript {
    /// From the first label to the end of the section's last paragraph.
    pub span: Span,
    /// Each turn's label, without its colon (`Q`, `ORTIZ`, `Interviewer`).
    pub labels: Vec<Span>,
}

/// A section needs this many labelled turns: one `Q:` line alone is a single labelled line,
/// exempt on its own (`is_turn`), not a layout.
const FEWEST_TURNS: usize = 2;

/// An answer may run on over this many unlabelled paragraphs; more, and the story's prose has
/// resumed.
const LONGEST_RUN_ON: usize = 1;

/// The Q&A sections of a draft, in order.
pub fn detect(text: &str, structure: &Structure) -> Vec<Transcript> {
    let mut sections = Vec::new();
    let mut open: Option<Transcript> = None;
    let mut unlabelled = 0;
    for paragraph in &structure.paragraphs {
        if !matches!(
            paragraph.kind,
            ParagraphKind::Body | ParagraphKind::ListItem
        ) {
            continue;
        }
        match label_of(text, structure, paragraph.span) {
            Some(label) => {
                let section = open.get_or_insert(Transcript {
                    span: paragraph.span,
                    labels: Vec::new(),
                });
                section.labels.push(label);
                section.span = Span::new(section.span.start, paragraph.span.end);
                unlabelled = 0;
            }
            None if open.is_some() && unlabelled < LONGEST_RUN_ON => {
                unlabelled += 1;
                if let Some(section) = open.as_mut() {
                    section.span = Span::new(section.span.start, paragraph.span.end);
                }
            }
            None => {
                sections.extend(open.take().filter(|s| s.labels.len() >= FEWEST_TURNS));
                unlabelled = 0;
            }
        }
    }
    sections.extend(open.filter(|s| s.labels.len() >= FEWEST_TURNS));
    sections
}

/// Whether a paragraph is one turn of a transcript: it opens with a speaker's label.
pub fn is_turn(text: &str, structure: &Structure, paragraph: Span) -> bool {
    label_of(text, structure, paragraph).is_some()
}

/// The label a paragraph opens with: short capitals before a colon (`Q:`, `MR. O'NEIL:`, or a
/// bare `: …` where an export dropped the bold label), or any short name in bold
/// (`**Interviewer:**`, `**Rita Ortiz**:`).
fn label_of(text: &str, structure: &Structure, paragraph: Span) -> Option<Span> {
    let prose = structure.prose_of(paragraph);
    let colon = label_colon(prose)?;
    let label = prose[..colon].trim();
    let start = paragraph.start + (prose.len() - prose.trim_start().len());
    let span = Span::new(start, start + label.len());
    let bold = text[..paragraph.start].ends_with(['*', '_']);
    is_speaker_label(label, bold).then_some(span)
}

/// Whether the words before a label's colon make a speaker's label: short capitals (`Q`,
/// `MR. O'NEIL`), or a short name in bold. Shared with the record's transcripts (`record`).
pub fn is_speaker_label(label: &str, bold: bool) -> bool {
    let in_capitals = label.chars().all(|c| !c.is_lowercase());
    let short_name =
        label.split_whitespace().count() <= 4 && label.starts_with(|c: char| c.is_uppercase());
    label.len() <= 30 && (in_capitals || bold && short_name)
}

/// The colon that ends a label: the first, before any character no label holds (most prose
/// stops the search at its second letter).
pub fn label_colon(paragraph: &str) -> Option<usize> {
    // Most paragraphs hold no colon at all, which one SIMD search tells.
    memchr::memchr(b':', paragraph.as_bytes())?;
    let in_label = |c: char| c.is_alphabetic() || matches!(c, ' ' | '.' | '\'' | '’' | '-');
    for (at, c) in paragraph.char_indices() {
        if c == ':' {
            return Some(at);
        }
        if !in_label(c) && !c.is_whitespace() {
            return None;
        }
    }
    None
}

impl Transcript {
    /// Whether a byte offset is inside the section.
    pub fn holds(&self, offset: usize) -> bool {
        self.span.start <= offset && offset < self.span.end
    }

    /// Whether a span is one of the section's labels.
    pub fn is_label(&self, span: Span) -> bool {
        self.labels.iter().any(|label| label.overlaps(span))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::structure::{self, Format};

    fn sections(draft: &str, format: Format) -> Vec<(String, Vec<String>)> {
        let structure = structure::parse(draft, format);
        detect(draft, &structure)
            .into_iter()
            .map(|t| {
                let labels = t
                    .labels
                    .iter()
                    .map(|l| l.slice(draft).to_string())
                    .collect();
                (t.span.slice(draft).to_string(), labels)
            })
            .collect()
    }

    #[test]
    fn turns_in_capitals_or_bold_make_a_section() {
        let draft = "Levee holds\n\nThe mayor spoke to us on Monday.\n\nQ: What happened?\n\nORTIZ: We stacked sandbags.\n\nThe river fell on Tuesday, the county said, and the roads were opened again.\n\nIt rained on Wednesday.\n";
        assert_eq!(
            sections(draft, Format::PlainText),
            vec![(
                "Q: What happened?\n\nORTIZ: We stacked sandbags.\n\nThe river fell on Tuesday, the county said, and the roads were opened again.".to_string(),
                vec!["Q".to_string(), "ORTIZ".to_string()]
            )]
        );
        let draft = "# Levee holds\n\n**Interviewer:** What happened?\n\n**Rita Ortiz:** We stacked sandbags.\n";
        assert_eq!(
            sections(draft, Format::Markdown)[0].1,
            vec!["Interviewer", "Rita Ortiz"]
        );
    }

    #[test]
    fn one_label_or_a_sentence_with_a_colon_is_no_section() {
        for draft in [
            "Levee holds\n\nQ: Why?\n\nThe county said the levee held.\n",
            "Levee holds\n\nThe mayor said: no.\n\nOrtiz: We did.\n\nAsked why: “Nobody came.”\n",
        ] {
            assert_eq!(sections(draft, Format::PlainText), vec![], "{draft}");
        }
    }
}
