//! The quotation marks copydesk reads: one table, the only place that says which characters are
//! quotation marks, how heavy they are and which way they face. Everything else (pairing, the
//! tokenizer, the byte searches that skip to the next mark) asks it or is derived from it.

/// Double marks (“ ” ") carry speech in US and wire copy; single marks (‘ ’ ') nest inside them,
/// and are also apostrophes.
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

/// A quotation mark: its weight and its facing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct QuoteMark {
    pub weight: Weight,
    pub facing: Facing,
}

impl QuoteMark {
    const fn new(weight: Weight, facing: Facing) -> Self {
        Self { weight, facing }
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

/// Every quotation mark, with its weight and facing. The low double mark „ opens (German-style
/// „…“ copy); ‚ is its single partner.
pub const QUOTE_MARKS: [(char, QuoteMark); 8] = [
    ('"', QuoteMark::new(Weight::Double, Facing::Straight)),
    ('“', QuoteMark::new(Weight::Double, Facing::Opening)),
    ('”', QuoteMark::new(Weight::Double, Facing::Closing)),
    ('„', QuoteMark::new(Weight::Double, Facing::Opening)),
    ('\'', QuoteMark::new(Weight::Single, Facing::Straight)),
    ('‘', QuoteMark::new(Weight::Single, Facing::Opening)),
    ('’', QuoteMark::new(Weight::Single, Facing::Closing)),
    ('‚', QuoteMark::new(Weight::Single, Facing::Opening)),
];

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

/// Whether `c` is a double quotation mark (“ ” „ ").
pub fn is_double_mark(c: char) -> bool {
    quote_mark(c).is_some_and(QuoteMark::is_double)
}

/// Whether `c` is any quotation mark, double or single (so also an apostrophe).
pub fn is_quote_mark(c: char) -> bool {
    quote_mark(c).is_some()
}

/// A mark that may close a quote: ” ’ and the straight marks.
pub fn may_close_quote(c: char) -> bool {
    quote_mark(c).is_some_and(QuoteMark::may_close)
}

/// A mark that may open a quote: “ „ ‘ ‚ and the straight marks.
pub fn may_open_quote(c: char) -> bool {
    quote_mark(c).is_some_and(QuoteMark::may_open)
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
            Some(QuoteMark::new(Weight::Double, Facing::Opening))
        );
        assert_eq!(
            quote_mark('’'),
            Some(QuoteMark::new(Weight::Single, Facing::Closing))
        );
        assert!(is_double_mark('"') && is_double_mark('„') && !is_double_mark('\''));
        assert!(may_close_quote('”') && may_close_quote('\'') && !may_close_quote('“'));
        assert!(may_open_quote('‘') && !may_open_quote('’'));
        assert_eq!(quote_mark('a'), None);
        assert_eq!(quote_mark('«'), None);
    }

    #[test]
    fn lead_bytes_cover_every_mark_of_their_weight() {
        for (c, mark) in QUOTE_MARKS {
            let mut buffer = [0u8; 4];
            let lead = c.encode_utf8(&mut buffer).as_bytes()[0];
            assert!(lead_bytes(mark.weight).contains(&Some(lead)), "{c}");
        }
        assert_eq!(lead_bytes(Weight::Double), [Some(b'"'), Some(0xE2), None]);
    }

    #[test]
    fn mark_at_reads_multibyte_marks() {
        let text = "He said “no”.";
        let at = text.find('“').unwrap();
        assert_eq!(quote_mark_at(text, at).map(|(c, _)| c), Some('“'));
        assert_eq!(quote_mark_at(text, 0), None);
    }
}
