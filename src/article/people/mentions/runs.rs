//! Capitalised runs of words read as candidate names: the title and affiliation before the
//! name, particles, suffixes, initials and possessives, the role in apposition after it, and
//! whether the name is used as a modifier.

use super::super::MentionZone;
use super::word::{is_name_word, Word, WordShape};
use super::ZoneWords;
use crate::article::lexicon::{self, Classes};
use crate::text::{quote_mark, Span};

/// A possible mention of a person: the name part of a capitalised run, with what surrounds it.
#[derive(Clone, Debug)]
pub(in crate::article::people) struct Candidate {
    /// From the first name word to the end of the surname (no title, no possessive).
    pub span: Span,
    /// The surname as compared for spelling.
    pub surname: Span,
    /// Given names and initials, in order ("Samuel"; "George W.").
    pub given: GivenNames,
    pub suffix: Option<Span>,
    /// Title and affiliation words before the name in the same run ("U.S. President").
    pub prefix: Option<Span>,
    /// The word right before the name is a title or honorific ("Sen.", "President").
    pub titled: bool,
    pub zone: MentionZone,
    /// A byline or trailer name: a writer of the story, not a person in it.
    pub credit: bool,
    pub sentence_start: bool,
    /// The name used as a modifier ("Clinton-era", "the Trump administration").
    pub attributive: bool,
    /// A speech verb follows or precedes the name ("Charap added", "said Charap").
    pub speech: bool,
    /// A role in apposition after a full name (", a senior political scientist at RAND,").
    pub apposition: Option<Span>,
    /// An age in apposition after the name ("Brianne Stone, 29, of Huntsville"): news gives
    /// ages only to people.
    pub aged: bool,
    /// The name sits in a list of names (a sports line-up, a roll call), where near names
    /// of different people stand side by side.
    pub listed: bool,
    /// What the surname is besides a name.
    pub surname_kind: SurnameKind,
}

/// Whether the word read as a surname is on one of the lexicon's lists of other words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(in crate::article::people) enum SurnameKind {
    /// On no list: a name.
    Name,
    /// Also an ordinary word or a people's name ("Clare Short", "Mark Cuban"): read as a surname
    /// only where a person's evidence stands next to it, and then only of someone the draft
    /// names in full.
    AlsoAWord,
}

impl Candidate {
    pub fn full(&self) -> bool {
        !self.given.is_empty()
    }
}

/// The given names of a candidate, kept in place: a name has at most four words, the surname
/// one of them, so a draft's thousands of candidates need no list each.
#[derive(Clone, Copy, Debug, Default)]
pub(in crate::article::people) struct GivenNames {
    spans: [Span; 3],
    len: usize,
}

impl GivenNames {
    fn push(&mut self, span: Span) {
        if let Some(slot) = self.spans.get_mut(self.len) {
            *slot = span;
            self.len += 1;
        }
    }
}

impl std::ops::Deref for GivenNames {
    type Target = [Span];

    fn deref(&self) -> &[Span] {
        &self.spans[..self.len]
    }
}

/// Nouns that make a name before them a modifier rather than a reference to the person.
const ATTRIBUTIVE_NOUNS: [&str; 16] = [
    "administration",
    "campaign",
    "era",
    "camp",
    "presidency",
    "government",
    "regime",
    "doctrine",
    "family",
    "years",
    "foundation",
    "team",
    "aides",
    "allies",
    "supporters",
    "loyalists",
];

/// Reads the capitalised runs of a zone and returns the names among them.
pub(in crate::article::people) fn candidates(
    prose: &str,
    zone_words: &ZoneWords,
    zone: MentionZone,
    credit: bool,
    out: &mut Vec<Candidate>,
) {
    let listed = is_list(prose, zone_words);
    let words = zone_words.words.as_slice();
    let mut i = 0;
    while i < words.len() {
        if !starts_run(prose, words, i) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < words.len()
            && !words[end - 1].possessive
            && !words[end - 1].compound
            && words[end].joined
            && continues_run(prose, &words[i..], end - i, zone)
        {
            end += 1;
        }
        if let Some(mut candidate) = classify(prose, words, i, end, zone, credit) {
            candidate.listed = listed;
            out.push(candidate);
        }
        i = end;
    }
}

fn starts_run(prose: &str, words: &[Word], i: usize) -> bool {
    is_name_word(prose, &words[i]) || particle_before_name(prose, words, i)
}

/// Whether `run[i]` goes on with the run `run[..i]`. A headline's every word is capitalised,
/// so only in the body does an ordinary word carry a name on ("Trump Was Mocking").
fn continues_run(prose: &str, run: &[Word], i: usize, zone: MentionZone) -> bool {
    starts_run(prose, run, i) || (zone == MentionZone::Body && word_as_surname(prose, run, i))
}

/// "Clare Short", "Ms Short": a capitalised ordinary word right after the one word of a run
/// that may be a given name, or after an honorific, may be the surname ("Jimmy Kimmel Live"
/// ends at the name).
fn word_as_surname(prose: &str, run: &[Word], i: usize) -> bool {
    let one_given =
        may_be_given(prose, &run[i - 1]) && !run[..i - 1].iter().any(|w| may_be_given(prose, w));
    run[i].shape == WordShape::Capitalised
        && run[i].classes(prose).contains(Classes::COMMON)
        && (one_given || run[i - 1].classes(prose).contains(Classes::HONORIFIC))
}

/// A capitalised word that is a given name or on no list of other words.
fn may_be_given(prose: &str, word: &Word) -> bool {
    let classes = word.classes(prose);
    word.shape == WordShape::Capitalised
        && (classes.contains(Classes::GIVEN_NAME) || !classes.contains(Classes::NOT_PERSON))
        && !classes.contains(Classes::TITLE)
}

fn particle_before_name(prose: &str, words: &[Word], i: usize) -> bool {
    words[i].shape == WordShape::Lower
        && words
            .get(i + 1)
            .is_some_and(|next| next.joined && next.shape == WordShape::Capitalised)
        && lexicon::is_particle(words[i].text(prose))
}

/// The capitalised run `words[start..end]` read as a candidate name, or `None` when it names no
/// one: its last word is no surname, or it holds an acronym or too many words for a name.
fn classify(
    prose: &str,
    words: &[Word],
    start: usize,
    end: usize,
    zone: MentionZone,
    credit: bool,
) -> Option<Candidate> {
    let (run, suffix) = split_suffix(prose, &words[start..end]);
    let (tail, surname_kind) = surname_of(prose, run)?;
    let name_start = name_start(prose, run);
    let name = &run[name_start..];
    let name_words = name.iter().filter(|w| w.shape != WordShape::Lower).count();
    if name_words > 4 || name.iter().any(|w| w.shape == WordShape::Acronym) {
        return None;
    }
    let mut given = GivenNames::default();
    for word in name[..name.len() - 1]
        .iter()
        .filter(|w| w.shape != WordShape::Lower)
    {
        given.push(word.core);
    }
    let titled = name_start > 0 && run[name_start - 1].classes(prose).contains(Classes::TITLE);
    let prefix =
        (name_start > 0).then(|| Span::new(run[0].span.start, run[name_start - 1].span.end));
    let first = &name[0];
    let around = Surroundings {
        previous: start.checked_sub(1).map(|k| &words[k]),
        before_owner: owner_before(prose, words, start),
        next: words.get(end),
    };
    if surname_kind == SurnameKind::AlsoAWord
        && !word_read_as_surname(prose, run, name_start, &around)
    {
        return None;
    }
    let hyphenated_given = is_hyphenated_given_name(prose, run, tail);
    let surname = if hyphenated_given {
        tail.span
    } else {
        tail.core
    };
    let span = Span::new(first.core.start.min(first.span.start), surname.end);
    let apposition = if given.is_empty() {
        None
    } else {
        apposition_after(
            prose,
            Span::new(span.start, suffix.map_or(tail.span.end, |s: Span| s.end)),
        )
    };
    Some(Candidate {
        span,
        surname,
        given,
        suffix,
        prefix,
        titled,
        zone,
        credit,
        sentence_start: name_start == 0 && first.sentence_start,
        attributive: !hyphenated_given
            && around.make_attributive(prose, tail, name_start == 0 && run[0].joined),
        speech: around.hold_a_speech_verb(prose),
        apposition,
        aged: age_after(prose, tail.core.end),
        listed: false,
        surname_kind,
    })
}

/// Whether a surname that is also a word has a person's evidence next to it: a given name
/// before it ("Mark Cuban"), a courtesy title ("Ms Short"), or a speech verb ("Cuban said"). A
/// plural ("Lithuanian Americans") or a run after an article ("the West Virginia Democrat told")
/// names a people or a role.
fn word_read_as_surname(
    prose: &str,
    run: &[Word],
    name_start: usize,
    around: &Surroundings,
) -> bool {
    let surname = run.len() - 1;
    let tail = run[surname].text(prose);
    let plural = tail.ends_with('s') && !tail.ends_with("ss");
    let after_article = run[0].joined
        && around
            .previous
            .is_some_and(|w| lexicon::is_determiner(w.text(prose)));
    if plural || after_article {
        return false;
    }
    let given_before = surname > name_start && may_be_given(prose, &run[surname - 1]);
    let alone = surname == name_start;
    let courtesy_title = alone && name_start > 0 && {
        let title = run[name_start - 1];
        title.classes(prose).contains(Classes::HONORIFIC)
            && lexicon::is_name_abbreviation(lexicon::strip_stop(title.text(prose)))
    };
    given_before || courtesy_title || (alone && around.hold_a_speech_verb(prose))
}

/// The run without the suffix that ends it after a capitalised word ("Jr.", "III"), and the
/// suffix.
fn split_suffix<'w>(prose: &str, run: &'w [Word]) -> (&'w [Word], Option<Span>) {
    if let [.., before, last] = run {
        if last.classes(prose).contains(Classes::SUFFIX) && before.shape == WordShape::Capitalised {
            return (&run[..run.len() - 1], Some(last.span));
        }
    }
    (run, None)
}

/// The last word of the run, when it may be a surname: capitalised, no abbreviation, and no
/// place or organisation word, unless it is a month or day after a first name or a title; an
/// ordinary word or a people's name is a surname of the kind `AlsoAWord`.
/// "Kim Jong-un", "Chung Mong-koo", "Moon Jae-in": an East Asian given name written with a
/// hyphen, its second syllable in lower case, after a short family name. Not a compound such as
/// "Clinton-era", whose head is a longer name and has no short name before it.
fn is_hyphenated_given_name(prose: &str, run: &[Word], tail: &Word) -> bool {
    let Some(family) = run.len().checked_sub(2).map(|k| &run[k]) else {
        return false;
    };
    let Some((head, syllable)) = tail.span.slice(prose).split_once('-') else {
        return false;
    };
    let family = family.core.slice(prose);
    tail.compound
        && !tail.possessive
        && (2..=5).contains(&family.len())
        && family.starts_with(|c: char| c.is_ascii_uppercase())
        && (2..=5).contains(&head.len())
        && (2..=4).contains(&syllable.len())
        && syllable.bytes().all(|b| b.is_ascii_lowercase())
}

fn surname_of<'w>(prose: &str, run: &'w [Word]) -> Option<(&'w Word, SurnameKind)> {
    let is = |w: &Word, class: Classes| w.classes(prose).contains(class);
    let tail = run.last()?;
    if tail.shape != WordShape::Capitalised || tail.text(prose).ends_with('.') {
        return None;
    }
    let before_tail = run.len().checked_sub(2).map(|i| &run[i]);
    let tail_is_name = !is(tail, Classes::NOT_PERSON)
        || (is(tail, Classes::CALENDAR)
            && before_tail.is_some_and(|w| is(w, Classes::GIVEN_NAME) || is(w, Classes::TITLE)));
    if tail_is_name {
        return Some((tail, SurnameKind::Name));
    }
    let also_a_word = is(tail, Classes::COMMON) || is(tail, Classes::DEMONYM);
    also_a_word.then_some((tail, SurnameKind::AlsoAWord))
}

/// Where the name starts in the run: after the last title, acronym or non-person word before
/// the surname.
fn name_start(prose: &str, run: &[Word]) -> usize {
    let mut name_start = 0;
    for (k, word) in run[..run.len() - 1].iter().enumerate() {
        let classes = word.classes(prose);
        // "RNC Chief of Staff Katie Walsh", "Actress Amandla Stenberg": a role noun before a
        // known given name is no part of the name.
        let role_before_given = run[k + 1].classes(prose).contains(Classes::GIVEN_NAME)
            && !classes.contains(Classes::GIVEN_NAME)
            && k + 2 < run.len()
            && is_role_noun(word.text(prose));
        let splits = word.shape == WordShape::Acronym
            || classes.contains(Classes::TITLE)
            || (classes.contains(Classes::NOT_PERSON) && !classes.contains(Classes::GIVEN_NAME))
            || role_before_given;
        if splits {
            name_start = k + 1;
        }
    }
    name_start
}

/// A noun for what someone does or is ("Staff", "Actress").
fn is_role_noun(word: &str) -> bool {
    lexicon::is_speaker_noun(word) || lexicon::noun_gender(word) != lexicon::Gender::Any
}

/// The words either side of a run.
struct Surroundings<'w> {
    previous: Option<&'w Word>,
    /// Where the run follows an owner ("noted NBC’s Dante Chinni"), the word before the owner.
    before_owner: Option<&'w Word>,
    next: Option<&'w Word>,
}

/// The word before the capitalised possessive right before `words[start]` ("noted" in "noted
/// NBC’s Dante Chinni"), when nothing but white space stands between the three.
fn owner_before<'w>(prose: &str, words: &'w [Word], start: usize) -> Option<&'w Word> {
    let owner = &words[start.checked_sub(1)?];
    let before = &words[start.checked_sub(2)?];
    let blank =
        |from: usize, to: usize| prose.get(from..to).is_some_and(|gap| gap.trim().is_empty());
    (owner.possessive
        && owner.shape.opens_with_capital()
        && blank(owner.span.end, words[start].span.start)
        && blank(before.span.end, owner.span.start))
    .then_some(before)
}

/// ", 29," or ", 29 " right after a name.
fn age_after(prose: &str, end: usize) -> bool {
    let Some(rest) = prose.get(end..).and_then(|r| r.strip_prefix(", ")) else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && matches!(rest.as_bytes().get(digits), Some(b',' | b')'))
}

impl Surroundings<'_> {
    /// A speech verb follows or precedes the name ("Charap added", "said Charap").
    fn hold_a_speech_verb(&self, prose: &str) -> bool {
        let is_speech = |w: Option<&Word>| {
            w.is_some_and(|w| w.shape == WordShape::Lower && lexicon::is_speech_verb(w.text(prose)))
        };
        is_speech(self.next) || is_speech(self.previous) || is_speech(self.before_owner)
    }

    /// The name whose surname is `tail` is a modifier: a compound ("Clinton-era"), a noun after
    /// it ("Trump administration"), or an article right before a run it opens ("the Clinton").
    fn make_attributive(&self, prose: &str, tail: &Word, name_opens_joined_run: bool) -> bool {
        let text = |w: &Word| w.text(prose);
        let determiner_before = name_opens_joined_run
            && self
                .previous
                .is_some_and(|w| matches!(text(w), "the" | "a" | "an"));
        let noun_after = !tail.possessive
            && self.next.is_some_and(|w| {
                w.joined && w.shape == WordShape::Lower && ATTRIBUTIVE_NOUNS.contains(&text(w))
            });
        tail.compound || noun_after || determiner_before
    }
}

/// A zone that is mostly capitalised words between commas: a line-up or a roll call.
fn is_list(prose: &str, zone: &ZoneWords) -> bool {
    let Some(first_start) = zone.first_start else {
        return false;
    };
    if zone.count < 6 || zone.capitalised * 2 <= zone.count {
        return false;
    }
    let commas = Span::new(first_start, zone.last_end)
        .slice(prose)
        .bytes()
        .filter(|b| matches!(b, b',' | b';'))
        .count();
    commas * 3 >= zone.capitalised
}

/// ", a senior political scientist at RAND," after a name: the role it introduces.
fn apposition_after(prose: &str, name: Span) -> Option<Span> {
    let rest = prose.get(name.end..)?;
    let body = rest.strip_prefix(", ")?;
    let starts_role = body.starts_with(|c: char| c.is_lowercase())
        || body.starts_with("U.S.")
        || body
            .split_whitespace()
            .next()
            .is_some_and(lexicon::is_person_title);
    if !starts_role
        || body.starts_with("who ")
        || body.starts_with("and ")
        || body.starts_with("said")
        || body.starts_with("says")
    {
        return None;
    }
    let stop = body
        .find(|c| {
            matches!(c, ',' | '.' | ';' | '\n' | '(' | ':' | '—')
                || quote_mark(c).is_some_and(|mark| mark.is_double() && mark.may_open())
        })
        .unwrap_or(body.len())
        .min(160);
    let stop = crate::text::floor_char_boundary(body, stop);
    let role = body[..stop].trim_end();
    if role.is_empty() || role.split_whitespace().count() < 2 {
        return None;
    }
    let start = name.end + 2;
    Some(Span::new(start, start + role.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::people::mentions::read_zone;
    use crate::article::people::vocabulary::LowerCaseWords;

    fn names(text: &str) -> Vec<(String, String, bool)> {
        let mut words = ZoneWords::default();
        let mut lowercase = LowerCaseWords::default();
        read_zone(
            text,
            Span::new(0, text.len()),
            &mut words,
            &mut lowercase,
            &mut Vec::new(),
        );
        let mut out = Vec::new();
        candidates(text, &words, MentionZone::Body, false, &mut out);
        out.iter()
            .map(|c| {
                (
                    c.span.slice(text).to_string(),
                    c.prefix
                        .map(|p| p.slice(text).to_string())
                        .unwrap_or_default(),
                    c.full(),
                )
            })
            .collect()
    }

    #[test]
    fn titles_and_affiliations_are_split_from_the_name() {
        assert_eq!(
            names("U.S. President Donald Trump called."),
            vec![("Donald Trump".into(), "U.S. President".into(), true)]
        );
        assert_eq!(
            names("with Ukrainian President Volodymyr Zelenskyy."),
            vec![(
                "Volodymyr Zelenskyy".into(),
                "Ukrainian President".into(),
                true
            )]
        );
    }

    #[test]
    fn a_hyphenated_east_asian_given_name_is_whole_and_a_compound_is_not_a_name() {
        for name in ["Kim Jong-un", "Chung Mong-koo", "Moon Jae-in"] {
            assert_eq!(
                names(&format!("Then {name} said so.")),
                vec![(name.into(), String::new(), true)]
            );
        }
        let compound = names("Then Hillary Clinton-era rules applied.");
        assert!(
            compound.iter().all(|(name, _, _)| !name.contains('-')),
            "{compound:?}"
        );
    }

    #[test]
    fn possessives_particles_suffixes_and_initials() {
        assert_eq!(
            names("It was Putin’s back."),
            vec![("Putin".into(), String::new(), false)]
        );
        assert_eq!(
            names("said Ludwig van Beethoven today"),
            vec![("Ludwig van Beethoven".into(), String::new(), true)]
        );
        assert_eq!(
            names("Donald Trump Jr. said"),
            vec![("Donald Trump".into(), String::new(), true)]
        );
        assert_eq!(
            names("George W. Bush spoke"),
            vec![("George W. Bush".into(), String::new(), true)]
        );
        assert_eq!(
            names("Bashar al-Assad spoke"),
            vec![("Bashar al-Assad".into(), String::new(), true)]
        );
    }

    #[test]
    fn places_organisations_and_sentence_words_are_not_names() {
        assert!(names("The White House said. In Anchorage, Alaska.").is_empty());
        assert!(names("He went to Trump Tower and the Washington Post.").is_empty());
        assert_eq!(
            names("When Trump spoke"),
            vec![("Trump".into(), String::new(), false)]
        );
    }
}
