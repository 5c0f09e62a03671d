//! The cue after a quote: `,” Trump said`, `,” said Alvarez, the director`, `,” according to a
//! statement`, `.” ― Krystal Correa`.

use super::super::SpeakerKind;
use super::names::name;
use super::paragraphs::floor;
use super::sentences::is_sentence_end;
use super::speaker::{is_function_word, speaker_after, speaker_before, speaker_phrase};
use super::{Cue, Paragraph, Speaker, WINDOW};
use crate::article::lexicon::{self, Gender};
use crate::article::tokens::{join_words, Tok, TokKind};
use crate::text::{is_quote_mark, Span};

/// How the quoted words end, which decides what may follow the closing mark.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// `.` (not an ellipsis of full stops): the sentence ends with the quote.
    FullStop,
    /// `?` or `!`: the attribution follows at once (`“Why?” Smith asked.`).
    Exclamation,
    /// `,`: the quote hands over to its attribution.
    Comma,
    Other,
}

impl Ending {
    fn of(quote: &str) -> Self {
        let inner = quote.trim_end_matches(is_quote_mark).trim_end();
        if inner.ends_with(['?', '!']) {
            Ending::Exclamation
        } else if inner.ends_with(',') {
            Ending::Comma
        } else if inner.ends_with('.') && !inner.ends_with("..") {
            Ending::FullStop
        } else {
            Ending::Other
        }
    }

    /// The quote hands over to words of its own sentence: `,”`, `?”`, `!”`.
    fn hands_over(self) -> bool {
        matches!(self, Ending::Comma | Ending::Exclamation)
    }
}

/// The writer's clause after a quote, up to the next quote, semicolon or sentence end, without
/// the punctuation that opens it; and the dash among that punctuation, if any.
struct Clause<'t, 'a> {
    words: &'t [Tok<'a>],
    dash: Option<&'t Tok<'a>>,
}

impl<'t, 'a> Clause<'t, 'a> {
    fn after(prose: &str, toks: &'t [Tok<'a>]) -> Option<Self> {
        let end = (0..toks.len())
            .find(|&i| {
                matches!(toks[i].kind, TokKind::Quote(_) | TokKind::Punct(';'))
                    || is_sentence_end(prose, toks, i)
            })
            .unwrap_or(toks.len());
        let clause = &toks[..end];
        let start = clause.iter().position(|t| {
            !matches!(
                t.kind,
                TokKind::Punct(',' | '—' | '―' | '–' | '-' | ')' | '(')
            )
        })?;
        let dash = clause[..start]
            .iter()
            .find(|t| matches!(t.kind, TokKind::Punct('—' | '―' | '–' | '-')));
        Some(Clause {
            words: &clause[start..],
            dash,
        })
    }
}

/// `,” Trump said`, `,” said Alvarez`, `,” according to officials`.
pub(super) fn after_quote(
    p: &Paragraph,
    quote: Span,
    next: usize,
    extra: &[String],
) -> Option<Cue> {
    let toks = p.toks(
        quote.end,
        floor(p.prose, quote.end + WINDOW).min(next.max(quote.end)),
    );
    let Clause {
        words: clause,
        dash,
    } = Clause::after(p.prose, &toks)?;
    let first = clause.first()?;
    if let Some(cue) = dash.and_then(|dash| epigraph(dash, clause)) {
        return Some(cue);
    }
    let ending = Ending::of(quote.slice(p.prose));
    if ending == Ending::FullStop {
        if let Some(cue) = source_named_next(clause) {
            return Some(cue);
        }
    }
    if ending == Ending::FullStop && first.is_capitalised() && !is_bare_attribution(clause, extra) {
        // A quote that ends its sentence with a full stop hands over to a new sentence, not to
        // its attribution: `“We lost.” Smith said the club…` is a paraphrase after the quote.
        // Only a lower-case pronoun (`“We lost.” he said`, a common slip) still attaches.
        return None;
    }
    if let Some(lead) = LeadingCue::of(clause, extra) {
        let speaker = speaker_after(lead.rest)?;
        return Some(Cue {
            speaker,
            cue: lead.cue.to_string(),
            cue_span: lead.span,
            previous_sentence: false,
        });
    }
    speaker_then_verb(clause, ending, extra).or_else(|| name_alone(clause, ending))
}

/// `,” Mr Bootle.`: a name of two words or more standing alone after the quote's comma is its
/// tag with the verb left out; a reader still knows who spoke.
fn name_alone(clause: &[Tok], ending: Ending) -> Option<Cue> {
    let alone = ending == Ending::Comma
        && (2..=4).contains(&clause.len())
        && clause.iter().all(Tok::is_capitalised);
    let speaker = alone.then(|| name(clause)).flatten()?;
    let at = Span::empty(speaker.span.end);
    Some(Cue {
        speaker,
        cue: String::new(),
        cue_span: at,
        previous_sentence: false,
    })
}

/// `.” That quote from Commissioner Thomas Krebs appeared …`: the sentence after the quote
/// points back at it and names its source.
fn source_named_next(clause: &[Tok]) -> Option<Cue> {
    let [pointer, noun, from, rest @ ..] = clause else {
        return None;
    };
    let points_back = lexicon::points_back(pointer.text)
        && lexicon::is_saying_noun(noun.text)
        && matches!(from.text, "from" | "by");
    // The source is a name, with its role in capitals: the verb after it is no part of it.
    let named = rest.iter().take_while(|t| t.is_capitalised()).count();
    let speaker = points_back
        .then(|| speaker_after(&rest[..named]))
        .flatten()?;
    Some(Cue {
        speaker,
        cue: join_words(&clause[..3]),
        cue_span: pointer.span.cover(from.span),
        previous_sentence: false,
    })
}

/// `.” [NYT]`, `.” [Lee Moran, HuffPost]`: a newsletter's credit in brackets right after the
/// quote names where the words come from, when the writer's words name no one; where it names
/// a writer and an outlet, the writer.
pub(super) fn bracketed_credit(p: &Paragraph, quote: Span) -> Option<Cue> {
    const LONGEST: usize = 80;
    let toks = p.toks(
        quote.end,
        floor(p.prose, quote.end + LONGEST).min(p.span.end.max(quote.end)),
    );
    let (open, rest) = toks.split_first()?;
    if !open.is_punct('[') {
        return None;
    }
    let close = rest.iter().take(8).position(|t| t.is_punct(']'))?;
    let inside = &rest[..close];
    let credit = match inside.iter().position(|t| t.is_punct(',')) {
        Some(comma) => &inside[..comma],
        None => inside,
    };
    if credit.is_empty() || !credit.iter().all(Tok::is_capitalised) {
        return None;
    }
    let speaker = name(credit).unwrap_or_else(|| Speaker {
        text: join_words(credit),
        kind: SpeakerKind::Description,
        span: credit[0].span.cover(credit[credit.len() - 1].span),
        gender: Gender::Any,
    });
    Some(Cue {
        speaker,
        cue: "[]".into(),
        cue_span: open.span.cover(rest[close].span),
        previous_sentence: false,
    })
}

/// An epigraph or a vox pop: `“Donald Trump scares me.” ― Krystal Correa`.
fn epigraph(dash: &Tok, clause: &[Tok]) -> Option<Cue> {
    credited(dash, clause, 2..=4)
}

/// A credit line in the paragraph after a quote that stands alone, as fact-checks and notebooks
/// set them: `- Hillary Clinton.`, `—President Obama, tweeting after the speech.` On a line of
/// its own, a surname alone is a credit.
pub fn credit_line(p: &Paragraph) -> Option<Cue> {
    const LONGEST: usize = 200;
    let toks = p.toks(
        p.span.start,
        floor(p.prose, p.span.start + LONGEST).min(p.span.end),
    );
    let dash = toks
        .first()
        .filter(|t| matches!(t.kind, TokKind::Punct('—' | '―' | '–' | '-')))?;
    credited(dash, &toks[1..], 1..=5)
}

/// The name a dash credits: a run of capitalised words of a length in `run_lengths`, which no
/// lower-case word continues.
fn credited(
    dash: &Tok,
    clause: &[Tok],
    run_lengths: std::ops::RangeInclusive<usize>,
) -> Option<Cue> {
    let run = clause.iter().take_while(|t| t.is_capitalised()).count();
    if !run_lengths.contains(&run) || clause.get(run).is_some_and(|t| t.is_word()) {
        return None;
    }
    Some(Cue {
        speaker: name(&clause[..run])?,
        cue: dash.text.to_string(),
        cue_span: dash.span,
        previous_sentence: false,
    })
}

/// The bare `“…we lost.” Smith said.`: a name, the verb and nothing after it, which attaches
/// even after a full stop.
fn is_bare_attribution(clause: &[Tok], extra: &[String]) -> bool {
    clause.len() <= 5
        && clause
            .iter()
            .position(|t| lexicon::is_cue_verb(t.text, extra))
            .is_some_and(|v| v + 1 == clause.len() && v <= 3)
}

/// A cue that opens the clause, with the speaker after it: `according to officials`, `points
/// out Smith`, and the inverted `said Alvarez, the county health director`.
struct LeadingCue<'t, 'a> {
    cue: &'a str,
    span: Span,
    /// The words after the cue, where the speaker is.
    rest: &'t [Tok<'a>],
}

impl<'t, 'a> LeadingCue<'t, 'a> {
    fn of(clause: &'t [Tok<'a>], extra: &[String]) -> Option<Self> {
        let first = clause.first()?;
        let second = clause.get(1);
        let two_words = |cue: &'a str| {
            second.map(|second| LeadingCue {
                cue,
                span: first.span.cover(second.span),
                rest: &clause[2..],
            })
        };
        if first.text.eq_ignore_ascii_case("according")
            && second.is_some_and(|t| t.text.eq_ignore_ascii_case("to"))
        {
            return two_words("according to");
        }
        if matches!(first.text, "points" | "pointed") && second.is_some_and(|t| t.text == "out") {
            return two_words("points out");
        }
        let inverted_thought = matches!(
            first.text,
            "thinks" | "believes" | "reckons" | "muses" | "wonders"
        );
        let inverted_cue = inverted_thought
            || lexicon::is_cue_verb(first.text, extra)
                && !lexicon::cue_only_before_quote(first.text);
        inverted_cue.then(|| LeadingCue {
            cue: first.text,
            span: first.span,
            rest: &clause[1..],
        })
    }
}

/// The common order, the speaker between the quote and the verb: `,” Trump said`, `,” the
/// county health director, Rita Alvarez, said`.
fn speaker_then_verb(clause: &[Tok], ending: Ending, extra: &[String]) -> Option<Cue> {
    // After `?` or `!` the verb follows at once. A name with a long appositive may keep its verb
    // waiting: `,” Trump, the 2016 GOP frontrunner …, said`.
    let reach = if ending == Ending::Exclamation { 8 } else { 24 };
    // A name of a few words then a comma: `,” Maria T. Alvarez, the governor's adviser, said`.
    let name_words = clause
        .iter()
        .take(5)
        .take_while(|t| t.is_capitalised())
        .count();
    // Or a description and then the name: `!” the presumptive nominee, Donald Trump, tweeted`;
    // in lower case, for a capital after `?` or `!` opens the next sentence.
    let described_then_named = clause
        .first()
        .is_some_and(|t| !t.is_capitalised() && lexicon::is_determiner(t.text))
        && clause
            .iter()
            .take(7)
            .position(|t| t.is_punct(','))
            .is_some_and(|comma| clause.get(comma + 1).is_some_and(Tok::is_capitalised));
    let appositive = name_words > 0 && clause.get(name_words).is_some_and(|t| t.is_punct(','))
        || described_then_named;
    let reach = if appositive { reach.max(48) } else { reach };
    let verb = clause.iter().take(reach).position(|t| {
        t.is_word()
            && lexicon::is_cue_verb(t.text, extra)
            && !lexicon::cue_only_before_quote(t.text)
    })?;
    let mut phrase = phrase_before_verb(clause, verb);
    // `” for the victory, Sanders said`: the writer's sentence runs on after the quote, and
    // the speaker follows its last comma; with no comma (`“central” to the party's platform
    // for the first time, reported`) there is nobody.
    let preposition =
        |word: &str| lexicon::is_preposition(word) || matches!(word, "to" | "of" | "for");
    let runs_on = phrase
        .first()
        .is_some_and(|t| t.text.starts_with(char::is_lowercase) && preposition(t.text));
    if runs_on {
        let comma = phrase.iter().rposition(|t| t.is_punct(','))?;
        phrase = &phrase[comma + 1..];
    }
    if let Some(quoted) = whom_quoted(phrase) {
        phrase = quoted;
    }
    // `,” Fight for $15 organizing director Kendall Fells told`: a role too long to read whole
    // still ends in the name before the verb.
    let speaker = speaker_phrase(phrase)
        .or_else(|| as_written(phrase, ending))
        .or_else(|| name_ending_a_role(phrase))?;
    Some(Cue {
        speaker,
        cue: clause[verb].text.to_string(),
        cue_span: clause[verb].span,
        previous_sentence: false,
    })
}

/// The name that ends a long role with no clause in it, right before the verb: `Fight for $15
/// organizing director Kendall Fells`. Not the object of a preposition (`of Washington's
/// Institute for Science and International Security`).
fn name_ending_a_role(phrase: &[Tok]) -> Option<Speaker> {
    if phrase.len() > 8 || phrase.iter().any(|t| t.is_punct(',')) {
        return None;
    }
    let speaker = speaker_before(phrase).filter(|s| s.kind == SpeakerKind::Name)?;
    let start = phrase
        .iter()
        .position(|t| t.span.start == speaker.span.start)?;
    let after_a_role = start
        .checked_sub(1)
        .is_some_and(|i| lexicon::is_speaker_noun(phrase[i].text));
    after_a_role.then_some(speaker)
}

/// `,” Reuters quoted a central bank official as saying`: the one quoted said it, not the
/// outlet; `,” he was quoted as saying`: the one who was.
fn whom_quoted<'t, 'a>(phrase: &'t [Tok<'a>]) -> Option<&'t [Tok<'a>]> {
    let (last, before_as) = phrase.split_last()?;
    if last.text != "as" {
        return None;
    }
    let verb = before_as
        .iter()
        .rposition(|t| lexicon::is_quoting_verb(t.text))?;
    let object = &before_as[verb + 1..];
    if !object.is_empty() {
        return Some(object);
    }
    let mut subject = &before_as[..verb];
    while let Some((last, rest)) = subject.split_last() {
        if !lexicon::is_verb_filler(last.text) {
            break;
        }
        subject = rest;
    }
    Some(subject)
}

/// The words between the quote and its verb, without the verb's fillers and a leading
/// conjunction (`,” and he said`: the conjunction is not part of the speaker).
fn phrase_before_verb<'t, 'a>(clause: &'t [Tok<'a>], verb: usize) -> &'t [Tok<'a>] {
    let mut subject_end = verb;
    while subject_end > 0 && lexicon::is_verb_filler(clause[subject_end - 1].text) {
        subject_end -= 1;
    }
    let conjunction = usize::from(
        clause
            .first()
            .is_some_and(|t| matches!(t.text, "and" | "but" | "so"))
            && subject_end > 1,
    );
    &clause[conjunction..subject_end]
}

/// Right between a quote and its verb, any short phrase is the speaker: `,” consultancy 4Cast
/// said`. Not a clause that happens to precede a verb: "while trying to", "that he'd seen".
fn as_written(phrase: &[Tok], ending: Ending) -> Option<Speaker> {
    let opens_clause = phrase.first().is_some_and(|t| {
        is_function_word(t.text)
            || matches!(
                t.text,
                "while"
                    | "when"
                    | "if"
                    | "including"
                    | "because"
                    | "since"
                    | "so"
                    | "then"
                    | "there"
            )
    });
    let short = ending.hands_over()
        && !opens_clause
        && !phrase.is_empty()
        && phrase.len() <= 6
        && phrase.iter().all(|t| t.is_word());
    short.then(|| Speaker {
        text: join_words(phrase),
        kind: SpeakerKind::Description,
        span: phrase[0].span.cover(phrase[phrase.len() - 1].span),
        gender: Gender::Any,
    })
}
