//! Full quotes, partial quotes and quote marks that hold no speech, decided from the quote's
//! place in its sentence and its words.
//!
//! A full quote opens a sentence (or follows a colon or an introducing `said,`), starts with a
//! capital and ends the sentence or hands over to its attribution. Anything else sits inside the
//! writer's own sentence: a partial quote (`held “in a constructive atmosphere.”`), or a title
//! (`starred in “The Long Harvest”`), a nickname (`Marcus “Boom” Ellery`), a word as a word
//! (`the word “unprecedented”`). Scare quotes are short partial quotes nobody is said to have
//! said; that needs the attribution, so `mod.rs` decides them last.

use super::style::DraftMarks;
use super::{NotSpeech, QuoteKind};
use crate::article::lexicon;
use crate::text::is_apostrophe;
use crate::text::{is_quote_mark, Span};

/// What a quote is: full, partial or not speech, and if not speech, which kind.
pub struct Classification {
    pub kind: QuoteKind,
    pub not_speech: Option<NotSpeech>,
}

/// The word that ends `text`, without trailing punctuation.
fn last_word(text: &str) -> &str {
    let text = text.trim_end().trim_end_matches([',', ':', ';']).trim_end();
    // Most words before a quote are ASCII: read back a byte at a time until something that
    // is not, and only then ask the Unicode tables.
    let bytes = text.as_bytes();
    let ascii_stop = bytes
        .iter()
        .rposition(|&b| !(b.is_ascii_alphanumeric() || is_apostrophe(char::from(b)) || b == b'-'));
    let start = match ascii_stop {
        None => 0,
        Some(i) if bytes[i].is_ascii() => i + 1,
        Some(_) => text
            .rfind(|c: char| !(c.is_alphanumeric() || is_apostrophe(c) || c == '-'))
            .map_or(0, |i| {
                i + text[i..].chars().next().map_or(1, char::len_utf8)
            }),
    };
    &text[start..]
}

fn first_word(text: &str) -> &str {
    let text = text.trim_start();
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || is_apostrophe(c) || c == '-'))
        .unwrap_or(text.len());
    &text[..end]
}

/// Classifies a quote. `before` is the paragraph's prose before the opening mark,
/// `after` the prose after the quote, `continues` whether it continues an earlier quote; `marks`
/// tells which marks open the draft's quotes.
pub fn classify(
    content: &str,
    before: &str,
    after: &str,
    closed: bool,
    continues: bool,
    marks: DraftMarks,
) -> Classification {
    let content = content.trim();
    // Counted up to eleven only: no test here asks about more than ten words, and a quote can
    // run for pages.
    let words = crate::text::count_words(content, 11);
    let first_letter = content.chars().find(|c| c.is_alphanumeric());
    let starts_lower = first_letter.is_some_and(char::is_lowercase);
    let before_trimmed = before.trim_end();
    let previous = before_trimmed.chars().next_back();
    let previous_word = last_word(before_trimmed);
    let opens_sentence = match previous {
        None => true,
        Some('.' | '!' | '?' | ':' | ';' | '…' | ',' | '—' | '–' | '-' | '(') => true,
        // `such as “ambassador,” “attack,” “Benghazi,”`: the next of a list of terms is one too.
        Some(c) if is_quote_mark(c) => !(words <= 3 && term_before(before_trimmed)),
        Some(_) => lexicon::is_cue_verb(previous_word, &[]),
    };
    let ends_inside = content.ends_with(['.', ',', '!', '?', '…', '—', '–', '-', ':', ';']);
    let after_trimmed = after.trim_start();
    let next = after_trimmed.chars().next();
    let ends_sentence = next.is_none_or(|c| {
        marks.may_open(c) || matches!(c, '.' | '!' | '?' | ',' | ';' | ':' | '—' | '–' | ')')
    });
    let full =
        continues || !closed || (opens_sentence && !starts_lower && (ends_inside || ends_sentence));
    let around = Around {
        content,
        words,
        starts_lower,
        before: before_trimmed,
        previous,
        previous_word,
        after: after_trimmed,
    };
    if let Some(named) = closed.then(|| named_in_place(&around)).flatten() {
        return Classification {
            kind: QuoteKind::Partial,
            not_speech: Some(named),
        };
    }
    if full {
        return Classification {
            kind: QuoteKind::Full,
            not_speech: None,
        };
    }
    Classification {
        kind: QuoteKind::Partial,
        not_speech: not_speech(content, words, previous_word, after_trimmed),
    }
}

/// A closed quote and the writer's words around it, as `classify` reads them.
struct Around<'a> {
    content: &'a str,
    words: usize,
    starts_lower: bool,
    /// The paragraph before the quote, trimmed at its end.
    before: &'a str,
    previous: Option<char>,
    previous_word: &'a str,
    /// The paragraph after the quote, trimmed at its start.
    after: &'a str,
}

/// Words the writer's sentence names rather than reports, whatever place they stand in: named
/// words, a work's title, a quote that is the sentence's subject, a credited or cited headline.
fn named_in_place(q: &Around) -> Option<NotSpeech> {
    // `the words, “Stay tuned.”`, `the brand name, “Carlton.”`: named words, even when they
    // stand where a sentence could.
    if q.words <= 4 && names_words(q.previous_word) {
        return Some(NotSpeech::WordAsWord);
    }
    // `its politics podcast, “So, That Happened.”`: a work's title in title case, commas and
    // all; and the next title of a list (`“How the Grinch Stole Christmas,” “Apollo 13,” and`).
    let after_a_title = q.previous.is_some_and(is_quote_mark) && q.words <= 6 && !q.starts_lower;
    if q.words <= 10
        && (lexicon::is_work_noun(q.previous_word) || after_a_title && title_before(q.before))
        && is_title_case(q.content)
    {
        return Some(NotSpeech::Title);
    }
    // `“In 2030 we'll all speak Chinese,” is one common saying here`: the quote is the subject
    // of the writer's sentence, words named rather than said.
    // The comma sets the quote off as a phrase; without it the words run on into the writer's
    // ("“… to come peacefully” were provoking violence", still the speaker's). Not after a
    // dash, where the quote is an aside (`his stock answer — “…” — is`), nor after a cue (`said
    // “our country” was being …`).
    let opens_by_punctuation = matches!(q.previous, None | Some('.' | '!' | '?' | ','));
    let comma_after = q.content.ends_with(',') || q.after.starts_with(',');
    if comma_after && opens_by_punctuation && !q.starts_lower && is_subject_of_what_follows(q.after)
    {
        return Some(NotSpeech::WordAsWord);
    }
    let listed = opens_list_item(q.before) || q.before.ends_with(['—', '–', ':']);
    // `(“Romney blasts Trump,” USATODAY.com, Thursday)`: a headline cited in parentheses.
    let cited = q.previous == Some('(') && comma_after && is_citation(q.after);
    (comma_after && listed && is_credited(q.after) || cited).then_some(NotSpeech::Title)
}

/// A story's title with its writer's credit right after it, as newsletters list them
/// (`—“Sketch artist gets a gallery show,” by Hyperallergic’s Carey Dunne`): a headline, not
/// words anyone said.
fn is_credited(after: &str) -> bool {
    let after = after.strip_prefix(',').unwrap_or(after).trim_start();
    after
        .strip_prefix("by ")
        .is_some_and(|credit| credit.starts_with(char::is_uppercase) || credit.starts_with("the "))
}

/// Whether the writer's words after a quote open with a verb the quote is the subject of (`,”
/// is one common saying`, `—is simply wearing thin`), with nobody named soon after, whose words
/// they would be (`,” was Mr Marr's assessment`, `,” was all she said`).
fn is_subject_of_what_follows(after: &str) -> bool {
    const REACH: usize = 5;
    let after = after.trim_start_matches([',', '—', '–', ' ']);
    let sentence = after
        .find(['.', '!', '?'])
        .map_or(after, |end| &after[..end]);
    let mut words = sentence
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let copula = words.next().is_some_and(lexicon::is_copula);
    let names_someone =
        |w: &str| w.starts_with(char::is_uppercase) || lexicon::pronoun(w).is_some();
    copula && !words.take(REACH).any(names_someone)
}

/// `, USATODAY.com, Thursday)`: where and when a headline ran, closing the parentheses it was
/// cited in.
fn is_citation(after: &str) -> bool {
    const LONGEST: usize = 60;
    let after = after.strip_prefix(',').unwrap_or(after).trim_start();
    let Some(close) = after.find(')').filter(|&c| c <= LONGEST) else {
        return false;
    };
    let source = &after[..close];
    source.starts_with(char::is_uppercase) && !source.contains(['(', '“', '"'])
}

/// Nothing before the quote in its paragraph but a list's dash or bullet.
fn opens_list_item(before: &str) -> bool {
    before
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '—' | '–' | '-' | '•' | '*'))
}

/// Words that announce the words after them as words: `the word`, `the brand name`, `dubbed`.
fn names_words(previous_word: &str) -> bool {
    lexicon::with_lowercase(previous_word, |lower| {
        matches!(
            lower,
            "word"
                | "words"
                | "term"
                | "terms"
                | "phrase"
                | "slogan"
                | "label"
                | "hashtag"
                | "motto"
                | "headline"
                | "acronym"
                | "nickname"
                | "moniker"
                | "dubbed"
                | "named"
                | "titled"
                | "entitled"
                | "name"
                | "brand"
                | "sign"
                | "banner"
                | "labeled"
                | "labelled"
                | "stamped"
                | "reading"
        )
    })
}

/// Titles, nicknames and words as words, decided from the quote alone and its neighbours.
fn not_speech(content: &str, words: usize, previous_word: &str, after: &str) -> Option<NotSpeech> {
    let bare = content.trim_end_matches([',', '.']);
    let has_sentence_punctuation = bare.contains(['.', '!', '?', ',', ';', ':']);
    let capitalised = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    let next_word = first_word(after);
    if words <= 3
        && !has_sentence_punctuation
        && capitalised(previous_word)
        && capitalised(next_word)
        && !lexicon::is_not_a_speaker(previous_word)
    {
        return Some(NotSpeech::Nickname);
    }
    if words <= 4 && names_words(previous_word) && !has_sentence_punctuation {
        return Some(NotSpeech::WordAsWord);
    }
    // The cheap tests first: most partial quotes are not short enough to be a title.
    if words <= 10 && !has_sentence_punctuation && is_title_case(bare) {
        return Some(NotSpeech::Title);
    }
    None
}

/// The words of the quote the writer's words end in, without its marks and a closing comma
/// or full stop (`“Apollo 13,”` is `Apollo 13`); `None` when they end in none or it is empty.
fn quote_ending(before: &str) -> Option<&str> {
    let inner = before.trim_end_matches(is_quote_mark);
    let (at, c) = inner
        .char_indices()
        .rev()
        .find(|&(_, c)| is_quote_mark(c))?;
    let quoted = inner[at + c.len_utf8()..].trim_end_matches([',', '.']);
    (!quoted.is_empty()).then_some(quoted)
}

/// Whether the writer's words end in a quote whose words are a title (`“Apollo 13,”`).
fn title_before(before: &str) -> bool {
    quote_ending(before)
        .is_some_and(|quoted| crate::text::count_words(quoted, 7) <= 6 && is_title_case(quoted))
}

/// Whether the writer's words end in a quote of three words or fewer with no sentence in it
/// (`“attack,”`): a term, as in a list of them.
fn term_before(before: &str) -> bool {
    quote_ending(before).is_some_and(|quoted| {
        crate::text::count_words(quoted, 4) <= 3 && !quoted.contains(['.', '!', '?', ',', ';', ':'])
    })
}

/// "So, That Happened", "The Art of the Deal": the first word and every word of four letters or
/// more capitalised.
pub(super) fn is_title_case(text: &str) -> bool {
    let capitalised = |w: &str| {
        w.chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    let mut significant = text
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphanumeric()).count() >= 4)
        .peekable();
    capitalised(text) && significant.peek().is_some() && significant.all(capitalised)
}

/// The span from a quote's opening mark through its first few words, where findings point.
pub fn opening(prose: &str, quote: Span, content: Span) -> Span {
    let text = content.slice(prose);
    let mut end = content.start;
    let mut seen = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if in_word {
                seen += 1;
                if seen == 5 {
                    break;
                }
            }
            in_word = false;
        } else {
            in_word = true;
            end = content.start + i + c.len_utf8();
        }
        if i > 60 && !in_word {
            break;
        }
    }
    Span::new(
        quote.start,
        end.max(quote.start + 1).min(quote.end.max(quote.start + 1)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(before: &str, content: &str, after: &str) -> (QuoteKind, Option<NotSpeech>) {
        let s = classify(content, before, after, true, false, DraftMarks::default());
        (s.kind, s.not_speech)
    }

    #[test]
    fn the_last_word_before_a_quote_keeps_apostrophes_and_hyphens() {
        assert_eq!(last_word("what he called the so-called ,"), "so-called");
        assert_eq!(
            last_word("said Mr O\u{2019}Brien\u{2019}s:"),
            "O\u{2019}Brien\u{2019}s"
        );
        assert_eq!(last_word("the caf\u{e9} "), "caf\u{e9}");
        assert_eq!(last_word("the word\u{2014}don't"), "don't");
        assert_eq!(last_word("(Trump"), "Trump");
        assert_eq!(last_word("said"), "said");
        assert_eq!(last_word(" ;"), "");
    }

    #[test]
    fn full_quotes_open_their_sentence() {
        assert_eq!(
            kind("", "There’s no deal until there’s a deal,", " Trump said."),
            (QuoteKind::Full, None)
        );
        assert_eq!(
            kind("Ms Hewitt said: ", "We have doubled it.", ""),
            (QuoteKind::Full, None)
        );
        assert_eq!(
            kind("Alvarez said ", "We are ready.", ""),
            (QuoteKind::Full, None)
        );
        assert_eq!(kind("It rained. ", "No.", ""), (QuoteKind::Full, None));
    }

    #[test]
    fn partial_quotes_sit_inside_the_writers_sentence() {
        assert_eq!(
            kind(
                "Trump called his meeting ",
                "extremely productive",
                " but indicated"
            ),
            (QuoteKind::Partial, None)
        );
        assert_eq!(
            kind("they were held ", "in a constructive atmosphere.", ""),
            (QuoteKind::Partial, None)
        );
        assert_eq!(
            kind(
                "Trump should meet him ",
                "next time in Moscow,",
                " a suggestion"
            ),
            (QuoteKind::Partial, None)
        );
        assert_eq!(kind("", "turn the page.", ""), (QuoteKind::Partial, None));
    }

    #[test]
    fn marks_that_hold_no_speech() {
        assert_eq!(
            kind("She starred in ", "The Long Harvest", " last year."),
            (QuoteKind::Partial, Some(NotSpeech::Title))
        );
        assert_eq!(
            kind("", "Titanic", " won 11 Oscars."),
            (QuoteKind::Partial, Some(NotSpeech::Title))
        );
        assert_eq!(
            kind("Marcus ", "Boom", " Ellery scored."),
            (QuoteKind::Partial, Some(NotSpeech::Nickname))
        );
        assert_eq!(
            kind("The word ", "unprecedented", " appears 14 times."),
            (QuoteKind::Partial, Some(NotSpeech::WordAsWord))
        );
        assert_eq!(
            kind(
                "a holding page, with the words, ",
                "Stay tuned.",
                " The address has changed."
            ),
            (QuoteKind::Partial, Some(NotSpeech::WordAsWord))
        );
    }

    #[test]
    fn a_works_title_after_its_noun_holds_no_speech_even_with_commas() {
        for (before, title) in [
            (
                "the latest episode of its politics podcast, ",
                "So, That Happened.",
            ),
            ("she wrote in her memoir, ", "Tough Choices."),
            (
                "Trump's new book, ",
                "Crippled America: How to Make America Great Again,",
            ),
        ] {
            assert_eq!(
                kind(before, title, " It sold well."),
                (QuoteKind::Partial, Some(NotSpeech::Title)),
                "{title}"
            );
        }
        assert_eq!(
            kind(
                "his upcoming project, ",
                "Harvest of the Delta,",
                " the actor discussed the absence."
            ),
            (QuoteKind::Partial, Some(NotSpeech::Title))
        );
        // Speech after the same noun is still speech.
        assert_eq!(
            kind("on his show, ", "We are not going anywhere,", " he said.").0,
            QuoteKind::Full
        );
    }

    #[test]
    fn a_quote_the_sentence_goes_on_about_is_named_not_said() {
        assert_eq!(
            kind(
                "",
                "By 2040 we will all be speaking Chinese,",
                " is one common saying here."
            ),
            (QuoteKind::Partial, Some(NotSpeech::WordAsWord))
        );
        assert_eq!(
            kind(
                "Ortiz's commentary, ",
                "County, tell your levee story,",
                " is thoughtful. Several weeks ago Ortiz said so."
            ),
            (QuoteKind::Partial, Some(NotSpeech::WordAsWord))
        );
        // Someone named soon after still makes it speech, and so does a cue before it.
        assert_eq!(
            kind("", "We are done,", " was all she said."),
            (QuoteKind::Full, None)
        );
        assert_eq!(
            kind(
                "",
                "It was careful, but deliberate,",
                " was Mr Ortiz's assessment."
            ),
            (QuoteKind::Full, None)
        );
        assert_eq!(
            kind("Ortiz said ", "our county", " was being stolen from us."),
            (QuoteKind::Partial, None)
        );
        assert_eq!(
            kind(
                "He argues. ",
                "The county is alleging that the calls to come peacefully",
                " were provoking violence."
            )
            .1,
            None
        );
    }

    #[test]
    fn a_storys_title_with_its_writers_credit_after_a_label_holds_no_speech() {
        assert_eq!(
            kind(
                "PSA\u{2014}",
                "You have until Friday to sign up for the levee tour,",
                " by the Gazette's Ana Ruiz: \"Sign up now.\""
            ),
            (QuoteKind::Partial, Some(NotSpeech::Title))
        );
    }

    #[test]
    fn the_next_term_of_a_list_is_no_sentence() {
        assert_eq!(
            kind(
                "for words such as \u{201c}levee,\u{201d} \u{201c}flood,\u{201d} ",
                "Dayton,",
                " \u{201c}sandbags\u{201d} and \u{201c}talking points.\u{201d}"
            )
            .0,
            QuoteKind::Partial
        );
        // A quote after a sentence in quotes still opens one.
        assert_eq!(
            kind(
                "\u{201c}We won the vote.\u{201d} ",
                "Then it rained,",
                " he said."
            )
            .0,
            QuoteKind::Full
        );
    }

    #[test]
    fn a_headline_cited_in_parentheses_holds_no_speech() {
        assert_eq!(
            kind(
                "I stand with the mayor (",
                "Mayor blasts levee plan as a 'fraud',",
                " Gazette.com, Thursday)."
            ),
            (QuoteKind::Partial, Some(NotSpeech::Title))
        );
        assert_eq!(
            kind("She was blunt (", "We are done,", " she said) and left.").1,
            None
        );
    }
}
