//! The quotation marks copydesk reads: one table, the only place that says which characters are
//! quotation marks, how heavy they are and which way they face. Everything else (pairing, the
//! tokenizer, the byte searches that skip to the next mark) asks it or is derived from it.

/// Double marks (“ ” " „ « ») carry speech in US and wire copy; single marks (‘ ’ ' ‚ ‹ ›) nest
/// inside them, and are also apostrophes. British copy and many books turn that round: single
/// marks carry the speech and double marks nest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weight {
    Double,
    Single,
}

/// Which way a mark faces as typeset. A straight mark faces neither way: what flanks it decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Facing {
    Opening,
    Closing,
    Straight,
}

/// How a mark is drawn, which decides the marks it pairs with: curly and straight marks of one
/// weight pair with each other, a low mark is closed by a high one („…“, „…”), and a guillemet
/// only by its mirror image.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Family {
    Curly,
    Straight,
    Low,
    /// « » ‹ ›, faced as French copy faces them; German and Scandinavian copy turns them round
    /// (»…«), which only the draft can tell.
    Guillemet,
}

/// A quotation mark: its weight, its facing and how it is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct QuoteMark {
    pub weight: Weight,
    pub facing: Facing,
    pub family: Family,
}

impl QuoteMark {
    const fn new(weight: Weight, facing: Facing, family: Family) -> Self {
        Self {
            weight,
            facing,
            family,
        }
    }

    pub fn is_double(self) -> bool {
        self.weight == Weight::Double
    }

    pub fn is_single(self) -> bool {
        self.weight == Weight::Single
    }

    /// Opening as typeset, or straight: a mark that may open a quote.
    pub fn may_open(self) -> bool {
        self.facing != Facing::Closing
    }

    /// Closing as typeset, or straight: a mark that may close a quote.
    pub fn may_close(self) -> bool {
        self.facing != Facing::Opening
    }
}

/// Every quotation mark, with its weight, facing and family. The low double mark „ opens
/// (German-style „…“ copy); ‚ is its single partner. Guillemets face as in French copy.
pub const QUOTE_MARKS: [(char, QuoteMark); 12] = {
    use Facing::{Closing, Opening, Straight};
    use Family::{Curly, Guillemet, Low};
    use Weight::{Double, Single};
    [
        ('"', QuoteMark::new(Double, Straight, Family::Straight)),
        ('“', QuoteMark::new(Double, Opening, Curly)),
        ('”', QuoteMark::new(Double, Closing, Curly)),
        ('„', QuoteMark::new(Double, Opening, Low)),
        ('«', QuoteMark::new(Double, Opening, Guillemet)),
        ('»', QuoteMark::new(Double, Closing, Guillemet)),
        ('\'', QuoteMark::new(Single, Straight, Family::Straight)),
        ('‘', QuoteMark::new(Single, Opening, Curly)),
        ('’', QuoteMark::new(Single, Closing, Curly)),
        ('‚', QuoteMark::new(Single, Opening, Low)),
        ('‹', QuoteMark::new(Single, Opening, Guillemet)),
        ('›', QuoteMark::new(Single, Closing, Guillemet)),
    ]
};

/// The quotation mark `c` is, if any.
pub const fn quote_mark(c: char) -> Option<QuoteMark> {
    let mut i = 0;
    while i < QUOTE_MARKS.len() {
        if QUOTE_MARKS[i].0 == c {
            return Some(QUOTE_MARKS[i].1);
        }
        i += 1;
    }
    None
}

/// Whether the mark `close` may close a quote opened by `open`: a mark of the same weight that
/// may close, a high mark after a low one („…“), and a guillemet only after its mirror image
/// («…», »…«). Which way a draft's guillemets face is the pairing's to tell.
pub fn closes(open: char, close: char) -> bool {
    let (Some(opening), Some(closing)) = (quote_mark(open), quote_mark(close)) else {
        return false;
    };
    if opening.weight != closing.weight {
        return false;
    }
    match (opening.family, closing.family) {
        (Family::Guillemet, Family::Guillemet) => open != close,
        (Family::Guillemet, _) | (_, Family::Guillemet) => false,
        (Family::Low, high) => high != Family::Low,
        _ => closing.may_close(),
    }
}

/// The mark of the other family that a house would write for `c`: the curly mark of a straight
/// one facing `facing`, or the straight mark of a curly one; `None` for low marks and guillemets.
pub fn restyled(c: char, facing: Facing) -> Option<char> {
    let mark = quote_mark(c)?;
    let wanted = match mark.family {
        Family::Straight => Family::Curly,
        Family::Curly => Family::Straight,
        Family::Low | Family::Guillemet => return None,
    };
    mark_of(mark.weight, facing, wanted)
}

/// The mark of a weight, facing and family, if the table has one (`'` faces neither way).
pub fn mark_of(weight: Weight, facing: Facing, family: Family) -> Option<char> {
    let facing = if family == Family::Straight {
        Facing::Straight
    } else {
        facing
    };
    QUOTE_MARKS
        .iter()
        .find(|(_, m)| *m == QuoteMark::new(weight, facing, family))
        .map(|(c, _)| *c)
}

/// Whether `c` is a double quotation mark (“ ” „ " « »).
pub fn is_double_mark(c: char) -> bool {
    quote_mark(c).is_some_and(QuoteMark::is_double)
}

/// Whether `c` is any quotation mark, double or single (so also an apostrophe).
pub fn is_quote_mark(c: char) -> bool {
    quote_mark(c).is_some()
}

/// A quote's words without its marks and the white space inside them: `« privacy »` is
/// `privacy`, `“Face the Nation,”` is `Face the Nation,`.
pub fn quoted_words(quote: &str) -> &str {
    quote.trim_matches(|c: char| c.is_whitespace() || is_quote_mark(c))
}

/// A mark that may close a quote: ” ’ » › and the straight marks.
pub fn may_close_quote(c: char) -> bool {
    quote_mark(c).is_some_and(QuoteMark::may_close)
}

/// A mark that may open a quote: “ „ « ‘ ‚ ‹ and the straight marks.
pub fn may_open_quote(c: char) -> bool {
    quote_mark(c).is_some_and(QuoteMark::may_open)
}

/// A single mark that may close a quote (’ and '), which inside and at the end of a word is an
/// apostrophe: "don’t", "O'Brien", "Jones’".
pub fn is_apostrophe(c: char) -> bool {
    quote_mark(c).is_some_and(|mark| mark.is_single() && mark.may_close())
}

/// A double mark that may open a quote (“ „ "): what may stand before a sentence's first word.
pub fn may_open_double(c: char) -> bool {
    quote_mark(c).is_some_and(|mark| mark.is_double() && mark.facing != Facing::Closing)
}

/// The first bytes in UTF-8 of the marks of one weight, so that a byte search (memchr) can skip
/// to the next candidate many bytes at a time; every candidate is then asked of `quote_mark`.
pub const fn lead_bytes(weight: Weight) -> [Option<u8>; 3] {
    let mut leads = [None; 3];
    let mut i = 0;
    while i < QUOTE_MARKS.len() {
        let (c, mark) = QUOTE_MARKS[i];
        if mark.weight as u8 == weight as u8 {
            let mut buffer = [0u8; 4];
            let lead = c.encode_utf8(&mut buffer).as_bytes()[0];
            let mut slot = 0;
            while slot < leads.len() {
                match leads[slot] {
                    Some(seen) if seen == lead => break,
                    None => {
                        leads[slot] = Some(lead);
                        break;
                    }
                    Some(_) => slot += 1,
                }
            }
            assert!(slot < leads.len(), "more lead bytes than lead_bytes holds");
        }
        i += 1;
    }
    leads
}

/// The mark that starts at byte `at` of `text`, if one does.
pub fn quote_mark_at(text: &str, at: usize) -> Option<(char, QuoteMark)> {
    let c = super::char_at(text, at)?;
    quote_mark(c).map(|mark| (c, mark))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mark_is_told_by_weight_and_facing() {
        assert_eq!(
            quote_mark('“'),
            Some(QuoteMark::new(
                Weight::Double,
                Facing::Opening,
                Family::Curly
            ))
        );
        assert_eq!(
            quote_mark('’'),
            Some(QuoteMark::new(
                Weight::Single,
                Facing::Closing,
                Family::Curly
            ))
        );
        assert!(is_double_mark('"') && is_double_mark('„') && !is_double_mark('\''));
        assert!(may_close_quote('”') && may_close_quote('\'') && !may_close_quote('“'));
        assert!(may_open_quote('‘') && !may_open_quote('’'));
        assert_eq!(quote_mark('a'), None);
        assert!(is_double_mark('«') && !is_double_mark('‹'));
    }

    #[test]
    fn marks_close_the_quotes_their_partners_open() {
        assert!(closes('“', '”') && closes('“', '"') && closes('"', '”'));
        assert!(closes('‘', '’') && closes('\'', '’') && closes('‚', '‘'));
        assert!(closes('„', '“') && closes('„', '”') && !closes('„', '„'));
        assert!(closes('«', '»') && closes('»', '«') && closes('‹', '›'));
        assert!(!closes('«', '”') && !closes('“', '»') && !closes('«', '«'));
        assert!(!closes('“', '’') && !closes('‘', '”') && !closes('“', '“'));
    }

    #[test]
    fn restyling_swaps_straight_and_curly() {
        assert_eq!(restyled('"', Facing::Opening), Some('“'));
        assert_eq!(restyled('\'', Facing::Closing), Some('’'));
        assert_eq!(restyled('”', Facing::Closing), Some('"'));
        assert_eq!(restyled('«', Facing::Opening), None);
        assert_eq!(
            mark_of(Weight::Single, Facing::Opening, Family::Curly),
            Some('‘')
        );
    }

    #[test]
    fn lead_bytes_cover_every_mark_of_their_weight() {
        for (c, mark) in QUOTE_MARKS {
            let mut buffer = [0u8; 4];
            let lead = c.encode_utf8(&mut buffer).as_bytes()[0];
            assert!(lead_bytes(mark.weight).contains(&Some(lead)), "{c}");
        }
        assert_eq!(
            lead_bytes(Weight::Double),
            [Some(b'"'), Some(0xE2), Some(0xC2)]
        );
        assert_eq!(lead_bytes(Weight::Single), [Some(b'\''), Some(0xE2), None]);
    }

    #[test]
    fn mark_at_reads_multibyte_marks() {
        let text = "He said “no”.";
        let at = text.find('“').unwrap();
        assert_eq!(quote_mark_at(text, at).map(|(c, _)| c), Some('“'));
        assert_eq!(quote_mark_at(text, 0), None);
    }
}
