//! The writer's words around a quote: a small tokenizer over the prose that treats each quote as
//! one token, and sentence boundaries that know "Mr." and "U.S." do not end a sentence.

use crate::text::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Punct(char),
    /// A whole quotation, by index into the paragraph's quotes.
    Quote(usize),
}

#[derive(Clone, Copy, Debug)]
pub struct Tok<'a> {
    pub span: Span,
    pub text: &'a str,
    pub kind: TokKind,
}

impl Tok<'_> {
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct(c)
    }

    /// A word that starts with a capital letter ("Charap", "U.S.", "O’Brien").
    pub fn is_capitalised(&self) -> bool {
        self.is_word() && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// The word without a possessive ending ("Trump’s" → "Trump").
    pub fn bare(&self) -> &str {
        let mut bare = self.text;
        while let Some(stem) = bare.strip_suffix("'s") {
            bare = stem;
        }
        while let Some(stem) = bare.strip_suffix("’s") {
            bare = stem;
        }
        bare.trim_end_matches(['’', '\''])
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Characters that stay inside a word when letters follow them: "O’Brien", "don't", "U.S.",
/// "al-Assad", "3.5".
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '.' | '-' | '‑' | '&')
}

/// Tokens of `prose[range]`, with every quote span in `quotes` (sorted, by index) as one token.
pub fn tokens<'a>(prose: &'a str, range: Span, quotes: &[Span]) -> Vec<Tok<'a>> {
    let end = crate::text::floor_char_boundary(prose, range.end);
    let mut at = crate::text::floor_char_boundary(prose, range.start).min(end);
    // About one token for every five bytes of copy; growing the list was a tenth of the cost.
    let mut out = Vec::with_capacity((end - at) / 4 + 1);
    let mut next_quote = quotes.partition_point(|q| q.end <= at);
    while at < end {
        if let Some(q) = quotes.get(next_quote) {
            if q.start <= at {
                out.push(Tok {
                    span: *q,
                    text: q.slice(prose),
                    kind: TokKind::Quote(next_quote),
                });
                at = q.end.max(at + 1);
                next_quote += 1;
                continue;
            }
        }
        let limit = quotes.get(next_quote).map_or(end, |q| q.start.min(end));
        let Some(c) = crate::text::char_at(prose, at) else {
            break;
        };
        if c.is_whitespace() {
            at += c.len_utf8();
            continue;
        }
        if is_word_char(c) {
            let mut stop = at + c.len_utf8();
            let bound = limit.max(stop);
            let window = &prose[..bound];
            let char_at = |i: usize| crate::text::char_at(window, i);
            loop {
                stop = crate::text::ascii_alphanumeric_end(window.as_bytes(), stop);
                let Some(ch) = char_at(stop) else { break };
                let next = stop + ch.len_utf8();
                if is_word_char(ch) {
                    stop = next;
                    continue;
                }
                if !is_joiner(ch) {
                    break;
                }
                let follows = char_at(next).is_some_and(is_word_char);
                // "U.S." keeps its last full stop; a sentence's full stop is not part of its word.
                let so_far = &prose[at..stop];
                let abbreviation =
                    ch == '.' && (so_far.contains('.') || is_name_abbreviation(so_far));
                if !(follows || abbreviation) {
                    break;
                }
                stop = next;
            }
            out.push(Tok {
                span: Span::new(at, stop),
                text: &prose[at..stop],
                kind: TokKind::Word,
            });
            at = stop;
        } else {
            let stop = at + c.len_utf8();
            out.push(Tok {
                span: Span::new(at, stop),
                text: &prose[at..stop],
                kind: TokKind::Punct(c),
            });
            at = stop;
        }
    }
    out
}

/// Abbreviations that sit inside a name ("Mr. Alexander", "John D. Rockefeller") and keep
/// their full stop as part of the word. "Ltd." and "Inc." often end a sentence, so they do not.
fn is_name_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "St"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Gen"
            | "Lt"
            | "Col"
            | "Capt"
            | "Sgt"
            | "Prof"
            | "Rev"
            | "Adm"
            | "Maj"
    ) || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

/// Words that end in a full stop without ending the sentence.
fn is_abbreviation(word: &str) -> bool {
    const ABBREVIATIONS: &[&str] = &[
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt",
        "Sgt", "Adm", "Maj", "Prof", "Rev", "Inc", "Corp", "Co", "Ltd", "No", "vs", "Jan", "Feb",
        "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Mt", "Ft", "Pres", "Ave", "Blvd", "Calif",
        "Fla", "Mass", "Penn", "Pa", "Ariz", "Conn", "Ill", "Mich", "Minn", "Tenn", "Tex", "Va",
        "Wash", "Wis", "Ky", "La", "Md", "Mo", "Nev", "Okla", "Ore", "Ga", "Ala", "Colo", "Del",
        "Ind", "Kan", "Miss", "Mont", "Neb", "Vt", "Wyo", "approx", "est", "etc", "e.g", "i.e",
        "a.m", "p.m", "U.S", "U.K", "U.N", "D.C", "Sens", "Reps", "Govs", "Messrs",
    ];
    let bare = word.trim_end_matches('.');
    ABBREVIATIONS.contains(&bare)
        || (bare.chars().count() == 1 && bare.chars().all(char::is_uppercase))
        || (bare.contains('.') && bare.len() <= 6)
}

/// True when the full stop, question mark or exclamation mark at `at` ends a sentence: white
/// space and then a capital, a digit or a quotation mark follow, and it is not "Mr." or "U.S.".
pub fn ends_sentence(prose: &str, at: usize) -> bool {
    let Some(c) = prose.get(at..).and_then(|s| s.chars().next()) else {
        return false;
    };
    if !matches!(c, '.' | '!' | '?') {
        return false;
    }
    let after = &prose[at + c.len_utf8()..];
    let mut rest = after.chars();
    if !rest.next().is_some_and(char::is_whitespace) {
        return false;
    }
    let next = after.trim_start().chars().next();
    if !next.is_some_and(|n| {
        n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '“' | '‘' | '\'' | '(')
    }) {
        return false;
    }
    if c == '.' {
        let before = &prose[..at];
        // Abbreviations are short: look back a few characters only.
        let word_start = before
            .char_indices()
            .rev()
            .take(12)
            .find(|&(_, ch)| ch.is_whitespace() || ch == '(' || ch == '"' || ch == '“')
            .map_or(at, |(i, ch)| i + ch.len_utf8());
        if is_abbreviation(&before[word_start..]) {
            return false;
        }
    }
    true
}

/// Strips trailing commas and possessive marks from a phrase's ends and joins its words.
pub fn join_words(toks: &[Tok]) -> String {
    let mut out = String::new();
    for t in toks {
        if !out.is_empty()
            && !matches!(t.kind, TokKind::Punct(',' | '.' | ')' | '’' | '\''))
            && !out.ends_with(['(', '-'])
        {
            out.push(' ');
        }
        out.push_str(t.text);
    }
    out
}
