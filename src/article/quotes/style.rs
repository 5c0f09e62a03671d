//! Which marks carry a draft's speech: double marks with singles nested (US and wire copy), or
//! single marks with doubles nested (British copy, many books); and which way its guillemets
//! point. Decided once per draft, by the house's `[quotes] style` or, under `auto`, by the
//! draft's own marks.
//!
//! `auto` weighs the marks that can only be quotation marks. Every double mark counts for
//! double marks (apostrophes are single). For single marks, only those whose flanks make them
//! quotation marks count: an opening mark before a word that is no elision (`‘We`, ` 'We`, not
//! `’90s`, `'til`), and a closing mark after punctuation (`,’`, `.'`), which no apostrophe
//! follows. Two single marks in a row (`''`, `’’`) stand for a double one, as some archives set
//! it. Marks around speech weigh first: a mark that opens a paragraph or follows a colon, or
//! closes a quote before its attribution (`,’ he said`). BBC copy sets speech in double marks
//! and scare quotes and terms in single ones, so a draft with many single marks around no
//! speech is a double-mark draft. A draft is read in single marks when it has single marks
//! around speech and these outnumber its double ones around speech (or, as many, its single
//! marks outnumber its double ones); a tie, and a draft with no marks, is read in double marks,
//! as copydesk always read drafts.

use super::marks::single::{role, Role};
use super::marks::{is_doubled, next_mark_byte};
use crate::article::structure::{ParagraphKind, Structure};
use crate::config::QuoteStyle;
use crate::text::{quote_mark_at, Facing, Family, QuoteMark, Span, Weight};

/// Which way a draft's guillemets point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Guillemets {
    /// «…», as French, Italian and Spanish copy sets them.
    Outward,
    /// »…«, as German and Scandinavian copy sets them.
    Inward,
}

/// How one draft uses its quotation marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DraftMarks {
    /// The weight of the marks that carry speech; marks of the other weight nest inside.
    pub primary: Weight,
    /// The weight the draft's own marks tell, whatever the house setting says.
    pub own: Weight,
    pub guillemets: Guillemets,
}

impl Default for DraftMarks {
    fn default() -> Self {
        DraftMarks {
            primary: Weight::Double,
            own: Weight::Double,
            guillemets: Guillemets::Outward,
        }
    }
}

impl DraftMarks {
    /// The mark `c` as this draft uses it, with its guillemets facing the draft's way.
    pub fn read(self, c: char) -> Option<QuoteMark> {
        let mut mark = crate::text::quote_mark(c)?;
        if mark.family == Family::Guillemet && self.guillemets == Guillemets::Inward {
            mark.facing = match mark.facing {
                Facing::Opening => Facing::Closing,
                _ => Facing::Opening,
            };
        }
        Some(mark)
    }

    /// The weight of nested quotes.
    pub fn nested(self) -> Weight {
        match self.primary {
            Weight::Double => Weight::Single,
            Weight::Single => Weight::Double,
        }
    }

    /// A mark of the speech-carrying weight that may open a quote: what may stand before a
    /// sentence's first word.
    pub fn may_open(self, c: char) -> bool {
        self.read(c)
            .is_some_and(|mark| mark.weight == self.primary && mark.may_open())
    }
}

/// The marks of a draft under the house setting.
pub fn decide(structure: &Structure, setting: QuoteStyle) -> DraftMarks {
    let own = own_weight(structure);
    let primary = match setting {
        QuoteStyle::Auto => own,
        QuoteStyle::Double => Weight::Double,
        QuoteStyle::Single => Weight::Single,
    };
    DraftMarks {
        primary,
        own,
        guillemets: guillemets(structure),
    }
}

/// Which way a draft's guillemets point, by the paragraphs that open or end with one: a
/// paragraph opens with the mark that opens its quote and ends with the one that closes it.
/// With no such paragraph, or as many each way, the first guillemet of the draft opens a quote.
/// A stray closing mark at the draft's start (`… out of the blue,« he said`) is outvoted.
fn guillemets(structure: &Structure) -> Guillemets {
    let prose = structure.prose.as_str();
    // Guillemets are rare in English copy: four byte searches answer most drafts.
    let find = |mark: &str| memchr::memmem::find(prose.as_bytes(), mark.as_bytes());
    let first = |double: &str, single: &str| match (find(double), find(single)) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let by_first = match (first("«", "‹"), first("»", "›")) {
        (None, None) => return Guillemets::Outward,
        (Some(outward), Some(inward)) if inward < outward => Guillemets::Inward,
        (None, Some(_)) => Guillemets::Inward,
        _ => Guillemets::Outward,
    };
    let mut votes = GuillemetVotes::default();
    for paragraph in &structure.paragraphs {
        if paragraph.kind != ParagraphKind::Subhead {
            let text = paragraph.span.slice(prose).trim();
            votes.count(text.chars().next(), Facing::Opening);
            votes.count(text.chars().next_back(), Facing::Closing);
        }
    }
    match votes.outward.cmp(&votes.inward) {
        std::cmp::Ordering::Greater => Guillemets::Outward,
        std::cmp::Ordering::Less => Guillemets::Inward,
        std::cmp::Ordering::Equal => by_first,
    }
}

/// Guillemets at the ends of paragraphs, as evidence of the way they point.
#[derive(Default)]
struct GuillemetVotes {
    outward: usize,
    inward: usize,
}

impl GuillemetVotes {
    /// A guillemet `c` standing where a quote's mark facing `facing` stands.
    fn count(&mut self, c: Option<char>, facing: Facing) {
        let Some(mark) = c.and_then(crate::text::quote_mark) else {
            return;
        };
        if mark.family != Family::Guillemet {
            return;
        }
        if mark.facing == facing {
            self.outward += 1;
        } else {
            self.inward += 1;
        }
    }
}

/// Marks that can only be quotation marks, counted by weight, and those of them around speech.
#[derive(Default)]
struct Evidence {
    double: usize,
    single: usize,
    double_speech: usize,
    single_speech: usize,
}

/// The first bytes of the curly, straight and low marks and of ‹ ›: every paragraph is
/// searched for them.
const MARK_LEADS: [Option<u8>; 3] = [Some(b'"'), Some(b'\''), Some(0xE2)];
/// The first byte of « and », which £, ° and the no-break space share: searched for only in a
/// draft that has guillemets.
const GUILLEMET_LEADS: [Option<u8>; 3] = [Some(0xC2), None, None];

/// The weight the draft's own marks tell (see the module comment).
fn own_weight(structure: &Structure) -> Weight {
    let prose = structure.prose.as_str();
    // Guillemets are rare in English copy: two byte searches tell whether a draft has any.
    let has = |mark: &str| memchr::memmem::find(prose.as_bytes(), mark.as_bytes()).is_some();
    let has_guillemets = has("«") || has("»");
    let mut evidence = Evidence::default();
    for paragraph in &structure.paragraphs {
        if paragraph.kind == ParagraphKind::Subhead {
            continue;
        }
        weigh(prose, paragraph.span, MARK_LEADS, &mut evidence);
        if has_guillemets {
            weigh(prose, paragraph.span, GUILLEMET_LEADS, &mut evidence);
        }
    }
    let single = (evidence.single_speech, evidence.single);
    let double = (evidence.double_speech, evidence.double);
    if single > double {
        Weight::Single
    } else {
        Weight::Double
    }
}

/// Counts the marks of one paragraph that start with one of `leads` and can only be quotation
/// marks.
fn weigh(prose: &str, span: Span, leads: [Option<u8>; 3], evidence: &mut Evidence) {
    let Some(text) = prose.get(span.start..span.end) else {
        return;
    };
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(at) = next_mark_byte(bytes, from, leads) {
        from = at + 1;
        let Some((c, mark)) = quote_mark_at(text, at) else {
            continue;
        };
        let weight = if is_doubled(text, at, c, mark) {
            from = at + 2 * c.len_utf8();
            Weight::Double
        } else {
            mark.weight
        };
        let quoting = match weight {
            Weight::Double => true,
            Weight::Single => matches!(
                role(text, at, c, mark),
                Role::Opens | Role::AfterPunctuation
            ),
        };
        if !quoting {
            continue;
        }
        let speech = around_speech(text, at, c, mark);
        match weight {
            Weight::Double => {
                evidence.double += 1;
                evidence.double_speech += usize::from(speech);
            }
            Weight::Single => {
                evidence.single += 1;
                evidence.single_speech += usize::from(speech);
            }
        }
    }
}

/// A mark that opens a paragraph of sentences or follows a colon, or hands a quote over to its
/// attribution (`,’ he said`): the shapes of speech, which scare quotes and titles rarely take.
fn around_speech(text: &str, at: usize, c: char, mark: QuoteMark) -> bool {
    let before = text[..at].trim_end();
    if before.is_empty() {
        return is_sentences(text);
    }
    if before.ends_with(':') {
        return true;
    }
    // Guillemets are often spaced off their words (`… go on, » he said`); other marks hand
    // over to the attribution right after the quote's punctuation.
    let inside = if mark.family == Family::Guillemet {
        before
    } else {
        &text[..at]
    };
    inside.ends_with([',', '?', '!']) && cue_follows(&text[at + c.len_utf8()..])
}

/// A paragraph of sentences, not a headline set in quotation marks (`'Stay or pay' could cost
/// jobs`, `‘EUROPEANS ASK WHY’`): it ends a sentence and runs to more than a few words.
fn is_sentences(paragraph: &str) -> bool {
    const FEWEST_WORDS: usize = 6;
    paragraph
        .trim_end_matches(|c: char| crate::text::is_quote_mark(c) || c.is_whitespace())
        .ends_with(['.', '!', '?'])
        && crate::text::count_words(paragraph, FEWEST_WORDS) >= FEWEST_WORDS
}

/// An attribution within the sentence's next six words: `,’ he said`, `,’ said Ms Hewitt`,
/// `,” Clark County Sheriff Joe Lombardo said`.
fn cue_follows(after: &str) -> bool {
    const FARTHEST: usize = 6;
    for word in after.split_whitespace().take(FARTHEST) {
        if crate::article::lexicon::is_cue_verb(word.trim_end_matches([',', '.']), &[]) {
            return true;
        }
        if word.ends_with(['.', '!', '?']) {
            break;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::structure::{self, Format};

    fn own(draft: &str) -> Weight {
        own_weight(&structure::parse(draft, Format::PlainText))
    }

    #[test]
    fn auto_reads_the_marks_around_speech() {
        assert_eq!(
            own("Headline\n\n‘We are ready,’ she said.\n"),
            Weight::Single
        );
        assert_eq!(
            own("Headline\n\nShe said: 'We are ready.'\n"),
            Weight::Single
        );
        assert_eq!(
            own("Headline\n\n“He told us ‘leave’,” she said.\n"),
            Weight::Double
        );
        // Scare quotes and terms in single marks, as BBC copy sets them, hold no speech: they
        // weigh less than one quote of speech in double marks.
        assert_eq!(
            own("Headline\n\nThe 'new Maradona' craved 'tranquillity.' \"We won,\" he said.\n"),
            Weight::Double
        );
        // With no double marks at all, single marks carry whatever the draft quotes.
        assert_eq!(
            own("Headline\n\nThe 'new Maradona' craved 'tranquillity.' He left.\n"),
            Weight::Single
        );
        // `''` stands for a double mark.
        assert_eq!(own("Headline\n\n''We won,'' she said.\n"), Weight::Double);
        assert_eq!(
            own("Headline\n\nHe was ’’poaching’’ players.\n"),
            Weight::Double
        );
        assert_eq!(own("Headline\n\nNo marks at all.\n"), Weight::Double);
    }

    #[test]
    fn guillemets_weigh_by_their_weight_around_speech_even_spaced() {
        // Speech in double guillemets, spaced as French copy spaces them; terms in single ones.
        assert_eq!(
            own("Headline\n\n»\u{a0}We are ready,\u{a0}« she said of the ›new‹ and ›old‹ ›plans‹.\n"),
            Weight::Double
        );
        assert_eq!(
            own("Headline\n\n« We are ready, » she said.\n"),
            Weight::Double
        );
        assert_eq!(
            own("Headline\n\n‹We are ready,› she said of the «new» plan.\n"),
            Weight::Single
        );
    }

    #[test]
    fn the_first_guillemet_points_the_way() {
        let way = |draft: &str| guillemets(&structure::parse(draft, Format::PlainText));
        assert_eq!(way("«Oui», dit-il."), Guillemets::Outward);
        assert_eq!(way("»Ja«, sagte er. «"), Guillemets::Inward);
        assert_eq!(way("no marks"), Guillemets::Outward);
        assert_eq!(way("Elvis ›set for a hat-trick‹"), Guillemets::Inward);
    }

    #[test]
    fn paragraphs_that_open_or_close_with_a_guillemet_outvote_a_stray_first_one() {
        let way = |draft: &str| guillemets(&structure::parse(draft, Format::PlainText));
        let draft =
            "Headline\n\nIt came out of the blue,« he said.\n\n»We won.«\n\n»We left,« he said.\n";
        assert_eq!(way(draft), Guillemets::Inward);
        assert_eq!(way("Headline\n\nHe said: «Oui.»\n"), Guillemets::Outward);
    }
}
