//! The lexicon: which lists a word is on. The name reader asks it what a capitalised word is (a
//! title, a place, a given name, a word that opens sentences); attribution asks it what the words
//! around a quote are (a cue verb, a pronoun, a speaker noun). The lists themselves are in
//! `words.rs`, each once; here they are filed into one table, so that one lookup of a word packed
//! into an integer answers every question asked of it.

mod census_names;
mod grammar;
mod words;

use crate::text::{ascii_lowercase_packed, pack_short, trim_end_byte, PackedWords};
use grammar::*;
use words::*;

/// The lists a word is on, as bits. A word may be on several ("Georgia" is a place and a given
/// name; "Will" a common word and a given name).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Classes(u32);

impl Classes {
    // Capitalised words, matched as written.
    pub const TITLE: Classes = Classes(1);
    pub const HONORIFIC: Classes = Classes(1 << 1);
    pub const ABBREVIATION: Classes = Classes(1 << 2);
    pub const SUFFIX: Classes = Classes(1 << 3);
    pub const PARTICLE: Classes = Classes(1 << 4);
    pub const NOT_PERSON: Classes = Classes(1 << 5);
    pub const CALENDAR: Classes = Classes(1 << 6);
    pub const COMMON: Classes = Classes(1 << 7);
    pub const GIVEN_NAME: Classes = Classes(1 << 8);
    pub const PERSON_VERB: Classes = Classes(1 << 9);
    pub const LABEL_BEFORE_TITLE: Classes = Classes(1 << 10);
    pub const NOT_SPEAKER: Classes = Classes(1 << 11);
    pub const MALE_GIVEN_NAME: Classes = Classes(1 << 12);
    pub const FEMALE_GIVEN_NAME: Classes = Classes(1 << 13);
    /// "Cuban", "British": a people's name, which may also be a person's surname ("Mark Cuban").
    pub const DEMONYM: Classes = Classes(1 << 14);
    // Ordinary words, matched in lower case (the bits below were all taken).
    pub const PREPOSITION: Classes = Classes(1 << 15);
    // Ordinary words, matched in lower case.
    pub const CUE_VERB: Classes = Classes(1 << 16);
    pub const CUE_ONLY_BEFORE_QUOTE: Classes = Classes(1 << 17);
    pub const SPEAKER_NOUN: Classes = Classes(1 << 18);
    pub const DETERMINER: Classes = Classes(1 << 19);
    pub const VERB_FILLER: Classes = Classes(1 << 20);
    pub const MALE_PRONOUN: Classes = Classes(1 << 21);
    pub const FEMALE_PRONOUN: Classes = Classes(1 << 22);
    pub const ANY_PRONOUN: Classes = Classes(1 << 23);
    pub const MALE_NOUN: Classes = Classes(1 << 24);
    pub const FEMALE_NOUN: Classes = Classes(1 << 25);
    pub const INSTITUTION_NOUN: Classes = Classes(1 << 26);
    pub const ELISION: Classes = Classes(1 << 27);
    pub const SUBORDINATOR: Classes = Classes(1 << 28);
    pub const OBJECT_CUE_VERB: Classes = Classes(1 << 29);
    pub const ASKING_VERB: Classes = Classes(1 << 30);
    pub const CLIPPED: Classes = Classes(1 << 31);

    /// The classes read on a name's word without its full stop: "Sen." is a title, "Jr." a
    /// suffix, "Texas." a place.
    const READ_WITHOUT_STOP: Classes = Classes(
        Classes::TITLE.0
            | Classes::HONORIFIC.0
            | Classes::SUFFIX.0
            | Classes::NOT_PERSON.0
            | Classes::CALENDAR.0,
    );

    pub fn contains(self, class: Classes) -> bool {
        self.0 & class.0 != 0
    }

    /// Every class of a capitalised `word` in one lookup (two for a word ending in a full stop):
    /// the name reader asks several questions of each capitalised word.
    pub fn of(word: &str) -> Classes {
        let with_stop = as_written(word);
        match word.strip_suffix('.') {
            Some(stem) => {
                let without_stop = as_written(stem);
                Classes(
                    (with_stop.0 & !Classes::READ_WITHOUT_STOP.0)
                        | (without_stop.0 & Classes::READ_WITHOUT_STOP.0),
                )
            }
            None => with_stop,
        }
    }

    /// `of` for the word `text[start..end]` of ASCII letters and digits, with no full stop: read
    /// straight from the text, sixteen bytes at once, when the text goes on past the word.
    pub fn of_plain(text: &[u8], start: usize, end: usize) -> Classes {
        pack_short(text, start, end).map_or(Classes::default(), Classes::of_packed)
    }

    /// `of` for a word that `text::pack_short` packed as `key`.
    #[inline]
    pub fn of_packed(key: u128) -> Classes {
        Classes(LEXICON.get(key))
    }
}

/// Every list under its class, built when the program is compiled; a word too long to pack
/// (more than fifteen bytes) does not compile. Capitalised words that are not people are
/// places, demonyms, institutions, calendar words and the common words that open sentences.
static LEXICON: PackedWords = PackedWords::new()
    .with_text(TITLES, Classes::TITLE.0)
    .with_text(HONORIFICS, Classes::HONORIFIC.0)
    .with_text(ABBREVIATIONS, Classes::ABBREVIATION.0)
    .with_text(SUFFIXES, Classes::SUFFIX.0)
    .with_text(PARTICLES, Classes::PARTICLE.0)
    .with_text(PLACES, Classes::NOT_PERSON.0)
    .with_text(DEMONYMS, Classes::NOT_PERSON.0 | Classes::DEMONYM.0)
    .with_text(INSTITUTIONS, Classes::NOT_PERSON.0)
    .with_text(CALENDAR, Classes::NOT_PERSON.0 | Classes::CALENDAR.0)
    .with_text(COMMON, Classes::NOT_PERSON.0 | Classes::COMMON.0)
    .with_text(GIVEN_NAMES, Classes::GIVEN_NAME.0)
    .with_text(PERSON_VERBS, Classes::PERSON_VERB.0)
    .with_text(MALE_GIVEN_NAMES, Classes::MALE_GIVEN_NAME.0)
    .with_text(FEMALE_GIVEN_NAMES, Classes::FEMALE_GIVEN_NAME.0)
    .with_words(LABELS_BEFORE_TITLES, Classes::LABEL_BEFORE_TITLE.0)
    .with_words(NOT_SPEAKERS, Classes::NOT_SPEAKER.0)
    .with_words(CUE_VERBS, Classes::CUE_VERB.0)
    .with_words(CUE_ONLY_BEFORE_QUOTE, Classes::CUE_ONLY_BEFORE_QUOTE.0)
    .with_words(SPEAKER_NOUNS, Classes::SPEAKER_NOUN.0)
    .with_words(DETERMINERS, Classes::DETERMINER.0)
    .with_words(VERB_FILLERS, Classes::VERB_FILLER.0)
    .with_words(MALE_NOUNS, Classes::MALE_NOUN.0)
    .with_words(FEMALE_NOUNS, Classes::FEMALE_NOUN.0)
    .with_words(INSTITUTION_NOUNS, Classes::INSTITUTION_NOUN.0)
    .with_words(ELISIONS, Classes::ELISION.0)
    .with_words(SUBORDINATORS, Classes::SUBORDINATOR.0)
    .with_words(OBJECT_CUE_VERBS, Classes::OBJECT_CUE_VERB.0)
    .with_words(ASKING_VERBS, Classes::ASKING_VERB.0)
    .with_words(CLIPPED_WORDS, Classes::CLIPPED.0)
    .with_words(PREPOSITIONS, Classes::PREPOSITION.0)
    .with_words(&["he"], Classes::MALE_PRONOUN.0)
    .with_words(&["she"], Classes::FEMALE_PRONOUN.0)
    .with_words(&["they", "we", "i", "it", "you"], Classes::ANY_PRONOUN.0);

/// The classes of `word` exactly as written; a word too long to pack is on no list.
#[inline]
fn as_written(word: &str) -> Classes {
    pack_short(word.as_bytes(), 0, word.len()).map_or(Classes::default(), Classes::of_packed)
}

/// The classes of `word` in lower case. A short ASCII word, most of the prose, is packed and
/// lowered as one integer; anything else is lowered as `to_lowercase` does.
#[inline(always)]
fn in_lower_case(word: &str) -> Classes {
    match pack_short(word.as_bytes(), 0, word.len()).and_then(ascii_lowercase_packed) {
        Some(key) => Classes::of_packed(key),
        // Longer than any listed word when ASCII, but "K" (the Kelvin sign) lowers to "k".
        None => with_lowercase(word, as_written),
    }
}

/// Calls `f` with `word` in lower case. Every word of the prose is looked up here, so the short
/// ASCII words it is mostly made of are lowered on the stack instead of in a new `String`.
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    const SHORT: usize = 32;
    if !word.is_ascii() {
        return f(&word.to_lowercase());
    }
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return f(word);
    }
    if word.len() > SHORT {
        return f(&word.to_ascii_lowercase());
    }
    let mut buffer = [0u8; SHORT];
    let lower = &mut buffer[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    match std::str::from_utf8(lower) {
        Ok(lower) => f(lower),
        Err(_) => f(&word.to_lowercase()),
    }
}

// Questions the name reader asks of a capitalised word.

pub fn strip_stop(word: &str) -> &str {
    word.strip_suffix('.').unwrap_or(word)
}

/// A title or honorific before a person's name ("Sen.", "President").
pub fn is_person_title(word: &str) -> bool {
    Classes::of(word).contains(Classes::TITLE)
}

pub fn is_honorific(word: &str) -> bool {
    Classes::of(word).contains(Classes::HONORIFIC)
}

/// An abbreviation inside a name that keeps its full stop ("Gen.", "Jr.", "Calif.").
pub fn is_name_abbreviation(word: &str) -> bool {
    Classes::of(word).contains(Classes::ABBREVIATION)
}

/// A title written short, whose full stop is part of the word ("Sen.", "Gen.", "Mrs."); given
/// without its full stop.
pub fn is_abbreviated_title(word: &str) -> bool {
    let classes = as_written(word);
    classes.contains(Classes::ABBREVIATION) && classes.contains(Classes::TITLE)
}

pub fn is_particle(word: &str) -> bool {
    Classes::of(word).contains(Classes::PARTICLE)
}

pub fn is_not_person(word: &str) -> bool {
    Classes::of(word).contains(Classes::NOT_PERSON)
}

pub fn is_common(word: &str) -> bool {
    Classes::of(word).contains(Classes::COMMON)
}

pub fn is_given_name(word: &str) -> bool {
    Classes::of(word).contains(Classes::GIVEN_NAME)
}

/// A word after a name that makes it a speaker ("Charap said").
pub fn is_speech_verb(word: &str) -> bool {
    Classes::of(word).contains(Classes::PERSON_VERB)
}

// Questions attribution asks of the words around a quote.

pub fn is_cue_verb(word: &str, extra: &[String]) -> bool {
    // "States", "Calls": a capitalised word is a name or a sentence's first word, not a cue.
    let capitalised = match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => word.starts_with(char::is_uppercase),
    };
    if capitalised {
        return false;
    }
    // Every cue verb has three letters or more, and nothing shorter lowers to one.
    word.len() >= 3 && in_lower_case(word).contains(Classes::CUE_VERB)
        || !extra.is_empty()
            && with_lowercase(word, |lower| {
                extra.iter().any(|v| v.eq_ignore_ascii_case(lower))
            })
}

/// Cue verbs that are also ordinary verbs with a quoted name as their object ("a group called
/// “Friends of the Earth”", "the sign read “Closed”"): they attribute only words that follow
/// them, never words before them.
pub fn cue_only_before_quote(word: &str) -> bool {
    in_lower_case(word).contains(Classes::CUE_ONLY_BEFORE_QUOTE)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Any,
}

/// Subject pronouns that can stand for a speaker, with the gender they fit.
pub fn pronoun(word: &str) -> Option<Gender> {
    let classes = in_lower_case(word);
    if classes.contains(Classes::MALE_PRONOUN) {
        Some(Gender::Male)
    } else if classes.contains(Classes::FEMALE_PRONOUN) {
        Some(Gender::Female)
    } else if classes.contains(Classes::ANY_PRONOUN) {
        Some(Gender::Any)
    } else {
        None
    }
}

/// The sex a given name tells ("Hillary" → female), where nearly everyone who bears it shares it:
/// the hand lists first, then the census table.
pub fn given_name_gender(word: &str) -> Gender {
    let classes = as_written(word);
    if classes.contains(Classes::MALE_GIVEN_NAME) {
        Gender::Male
    } else if classes.contains(Classes::FEMALE_GIVEN_NAME) {
        Gender::Female
    } else if classes == Classes::default() || classes == Classes::GIVEN_NAME {
        // A word on another list ("Will", a common word; "King", a title) is no evidence.
        census_names::gender(word)
    } else {
        Gender::Any
    }
}

/// The sex a noun tells ("congresswoman", "father"), matched in lower case.
pub fn noun_gender(word: &str) -> Gender {
    let classes = in_lower_case(word);
    if classes.contains(Classes::MALE_NOUN) {
        Gender::Male
    } else if classes.contains(Classes::FEMALE_NOUN) {
        Gender::Female
    } else {
        Gender::Any
    }
}

/// A word that describes someone already named by age or origin, never a role someone new is
/// introduced in ("the 30-year-old", "the American", "the Irishman"), and the sex it tells.
pub fn epithet(word: &str) -> Option<Gender> {
    if let Some(age) = word.strip_suffix("-year-old") {
        return (!age.is_empty() && age.bytes().all(|b| b.is_ascii_digit())).then_some(Gender::Any);
    }
    let demonym = |word: &str| as_written(word).contains(Classes::DEMONYM);
    for (suffix, gender) in [("woman", Gender::Female), ("man", Gender::Male)] {
        if word.strip_suffix(suffix).is_some_and(demonym) {
            return Some(gender);
        }
    }
    // "the Swiss", "the Americans": a people, not one of them.
    (demonym(word) && !word.ends_with('s')).then_some(Gender::Any)
}

/// A speaker noun that names an institution, a group or a document, never one person.
pub fn is_institution_noun(word: &str) -> bool {
    in_lower_case(word).contains(Classes::INSTITUTION_NOUN)
}

/// A noun for a person: a role ("the governor") or a sexed noun ("the widow"). Not a place's,
/// an institution's or a thing's ("the main stage", "the company").
pub fn is_person_noun(word: &str) -> bool {
    (is_speaker_noun(word) && !is_institution_noun(word)) || noun_gender(word) != Gender::Any
}

/// A word after which a noun phrase's head has been said: "the secretary of state", "a
/// spokesman for the agency", "a trader with a small firm".
pub fn ends_noun_head(word: &str) -> bool {
    is_preposition(word) || matches!(word, "of" | "for" | "with" | "by")
}

/// A word that ranks a role below or beside its holder's ("shadow chancellor", "deputy
/// leader"): a description without it is someone else.
pub fn is_rank_qualifier(word: &str) -> bool {
    const RANKS: [&str; 8] = [
        "shadow",
        "deputy",
        "vice",
        "assistant",
        "acting",
        "associate",
        "interim",
        "junior",
    ];
    RANKS.iter().any(|r| r.eq_ignore_ascii_case(word))
}

/// A noun for more than one ("officials", "the committee chairmen", "people").
pub fn is_plural_noun(word: &str) -> bool {
    (word.ends_with('s') && !word.ends_with("ss"))
        || word.ends_with("men")
        || word.eq_ignore_ascii_case("people")
}

/// Whether a description ("A Labour Party spokesman", "the official") stands for one person,
/// and the sex its nouns tell: a singular person noun before any preposition ("a spokesman for
/// the agency", not "the home of a Berlin man"), and no plural one.
pub fn one_person_described(description: &str) -> Option<Gender> {
    let words = || {
        description
            .split(' ')
            .map(strip_stop)
            .take_while(|w| !ends_noun_head(w))
    };
    let person = |w: &&str| is_person_noun(w);
    if words().filter(person).any(is_plural_noun) || !words().any(|w| person(&w)) {
        return None;
    }
    Some(
        words()
            .map(noun_gender)
            .find(|&g| g != Gender::Any)
            .unwrap_or(Gender::Any),
    )
}

/// An agent noun as a phrase's head: "the investor", "the pianist", "the historian". Read only
/// on a head, where "former" or "other" cannot stand.
pub fn is_agent_noun(head: &str) -> bool {
    // "later", "earlier": words of time that end like one.
    ["er", "or", "ist", "ian"]
        .iter()
        .any(|end| head.len() > end.len() + 2 && head.ends_with(end))
        && !is_time_word(head)
}

/// Words that open a description of a speaker ("a spokeswoman", "the company", "two officials").
pub fn is_determiner(word: &str) -> bool {
    in_lower_case(word).contains(Classes::DETERMINER)
}

/// `word.trim_end_matches(suffix)`, without setting up a substring searcher for a two-byte
/// suffix on every lookup.
fn strip_all<'a>(mut word: &'a str, suffix: &str) -> &'a str {
    while let Some(stem) = word.strip_suffix(suffix) {
        word = stem;
    }
    word
}

/// Words a speaker description ends in ("the company", "officials", "the spokesperson's").
pub fn is_speaker_noun(word: &str) -> bool {
    // Most words end in no possessive (lowering makes none), and are looked up as they are.
    let possessive = matches!(word.as_bytes(), [.., b'\'', b's' | b'S'])
        || matches!(word.as_bytes(), [.., 0xE2, 0x80, 0x99, b's' | b'S']);
    if !possessive {
        return in_lower_case(word).contains(Classes::SPEAKER_NOUN);
    }
    // Lower case first: "OFFICIALS'S" loses its "'S" as "officials's" loses its "'s".
    let classes = if word.is_ascii() {
        let mut stem = word;
        while let Some(shorter) = stem.strip_suffix("'s").or_else(|| stem.strip_suffix("'S")) {
            stem = shorter;
        }
        in_lower_case(stem)
    } else {
        with_lowercase(word, |lower| {
            as_written(strip_all(strip_all(lower, "'s"), "’s"))
        })
    };
    classes.contains(Classes::SPEAKER_NOUN)
}

/// Titles and labels worn before a name are kept out of the speaker's name.
pub fn is_speaker_title(word: &str) -> bool {
    let bare = trim_end_byte(word, b'.');
    let title_or_label = Classes(Classes::TITLE.0 | Classes::LABEL_BEFORE_TITLE.0);
    as_written(bare).contains(title_or_label)
        || bare.len() != word.len() && as_written(word).contains(title_or_label)
}

/// A word that ends in a full stop without ending the sentence ("Mr", "Calif", "U.S"), given
/// without its full stop.
pub fn is_sentence_abbreviation(word: &str) -> bool {
    as_written(word).contains(Classes::ABBREVIATION)
}

/// Words written with a leading apostrophe for what they leave out ("’til", "rock ’n’ roll"):
/// the mark before them opens no quote.
pub fn is_elision(word: &str) -> bool {
    // A capital letter alone is a grade or a party (`a ‘D’ rating`), not a split `'d` or `'s`.
    let capital_letter = word.len() == 1 && word.starts_with(|c: char| c.is_ascii_uppercase());
    !capital_letter && in_lower_case(word).contains(Classes::ELISION)
}

/// Whether an apostrophe may stand at the end of `word` for letters it lost: a listed clipped
/// word ("ol’", "an’") or a dropped g ("goin’", "nothin’").
pub fn is_clipped(word: &str) -> bool {
    let dropped_g = word.len() > 3 && word.ends_with("in");
    dropped_g || in_lower_case(word).contains(Classes::CLIPPED)
}

/// Capitalised words that open sentences or name days and months, never speakers.
pub fn is_not_a_speaker(word: &str) -> bool {
    as_written(word).contains(Classes::NOT_SPEAKER)
}

/// "told", "accused": a cue verb whose object is not its speaker.
pub fn is_object_cue_verb(word: &str) -> bool {
    in_lower_case(word).contains(Classes::OBJECT_CUE_VERB)
}

/// "asked", "pressed": the one they name is asked, and answers.
pub fn is_asking_verb(word: &str) -> bool {
    in_lower_case(word).contains(Classes::ASKING_VERB)
}

/// "when", "after", "because": a word that opens a subordinate clause.
pub fn is_subordinator(word: &str) -> bool {
    in_lower_case(word).contains(Classes::SUBORDINATOR)
}

/// A pronoun with a verb run into it ("He’s", "she'd", "He'll"): the pronoun alone. Any other
/// word as it is.
pub fn without_contraction(word: &str) -> &str {
    match word
        .char_indices()
        .find(|&(_, c)| crate::text::is_apostrophe(c))
    {
        Some((at, c)) if is_elision(&word[at + c.len_utf8()..]) => &word[..at],
        _ => word,
    }
}

/// Adverbs and auxiliaries that sit between a speaker and the verb ("Trump later said", "she
/// has repeatedly warned").
/// "reported": a cue only for the quote beside it.
pub fn reports_facts(word: &str) -> bool {
    REPORTING_VERBS.contains(&word)
}

/// "was", "did": an auxiliary that comes before the subject in a question (`AUXILIARIES`).
pub fn is_auxiliary(word: &str) -> bool {
    AUXILIARIES.contains(&word)
}

/// "Why", "How": a question word that opens a question with its subject inverted
/// (`QUESTION_WORDS`).
pub fn is_question_word(word: &str) -> bool {
    QUESTION_WORDS.contains(&word)
}

/// "is", "was": a verb a quote is the subject of when it names words (`COPULAS`).
pub fn is_copula(word: &str) -> bool {
    COPULAS.contains(&word)
}

/// "That", "This": a sentence's first word pointing back at what came before
/// (`POINTING_WORDS`).
pub fn points_back(word: &str) -> bool {
    POINTING_WORDS.contains(&word)
}

/// "to", "for": whose object the words were said to or for (`ADDRESSEE_PREPOSITIONS`).
pub fn names_an_addressee(word: &str) -> bool {
    ADDRESSEE_PREPOSITIONS.contains(&word)
}

/// "and", "that", "when", "in": a word that carries on a sentence from what came before
/// (`JOINING_WORDS`, subordinators, prepositions of place and time).
pub fn joins_on(word: &str) -> bool {
    with_lowercase(word, |lower| JOINING_WORDS.contains(&lower))
        || is_subordinator(word)
        || is_preposition(word)
}

/// Whether a phrase after "Name, " that opens with `word` (then `next`) carries on the sentence
/// as a clause ("which commissioned the survey", "is in jail", "told the BBC", "starred Depp as
/// …", "in his ruling") rather than naming a role ("a senior analyst", "chief of staff", "of
/// brokers ING", "at Citigroup", "then senior pastor").
pub fn opens_a_clause(word: &str, next: Option<&str>) -> bool {
    // Of, at and from name the speaker's employer or home: "Andrew Beh, of brokers ING".
    let affiliation = matches!(word, "of" | "at" | "from");
    let joining = joins_on(word) && !affiliation;
    // "has said", "was arrested", "also attempted": an auxiliary or an adverb before a verb.
    // "then", "once", "first" and "last" also open roles ("then senior pastor", "once a star").
    let auxiliary = is_verb_filler(word) && !matches!(word, "then" | "once" | "first" | "last");
    // "starred Depp", "accused the industry", "attempted to": a verb in the past with its object.
    let past_verb_with_object = word.len() > 4
        && word.ends_with("ed")
        && next.is_some_and(|n| {
            n.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '$')
                || is_determiner(n)
                || n == "to"
        });
    joining
        || auxiliary
        || past_verb_with_object
        || pronoun(word).is_some()
        || is_cue_verb(word, &[])
        || word == "according"
}

/// A word after which a role in apposition has been said and a clause begins: a relative
/// ("the South Carolina congressman who gained …"), an auxiliary ("the GOP nominee had …") or a
/// verb of speech ("spokeswoman for the committee said …"). Not "called" ("a group called
/// Citizens for Trump" is still the role).
pub fn ends_a_role(word: &str) -> bool {
    matches!(word, "who" | "which" | "whose" | "whom" | "that")
        || matches!(
            word,
            "has" | "had" | "have" | "is" | "was" | "were" | "are" | "will" | "would"
        )
        || is_speech_verb(word)
}

/// "company", "newspaper", "union": an institution noun for an organisation the draft may name
/// (`ORGANISATION_NOUNS`).
pub fn is_organisation_noun(word: &str) -> bool {
    with_lowercase(word, |lower| ORGANISATION_NOUNS.contains(&lower))
}

/// "newspaper", "station": a noun for an outlet of the press (`PRESS_NOUNS`).
pub fn is_press_noun(word: &str) -> bool {
    with_lowercase(word, |lower| PRESS_NOUNS.contains(&lower))
}

/// "Times", "Radio": a word outlets of the press are named with (`PRESS_NAME_WORDS`).
pub fn is_press_name_word(word: &str) -> bool {
    PRESS_NAME_WORDS.contains(&word)
}

/// "Iraq", "Chicago": a place's name (`PLACES`). Asked rarely, so the list is read as written.
pub fn is_place(word: &str) -> bool {
    PLACES.split_whitespace().any(|place| place == word)
}

/// "sign", "shirts", "tweet": a thing words are written on (`WRITTEN_THINGS`).
pub fn is_written_thing(word: &str) -> bool {
    with_lowercase(word, |lower| WRITTEN_THINGS.contains(&lower))
}

/// "comment", "answer", "words": a noun for what someone said (`SAYING_NOUNS`).
pub fn is_saying_noun(word: &str) -> bool {
    with_lowercase(word, |lower| SAYING_NOUNS.contains(&lower))
}

/// "later", "days", "ago": a word of time (`TIME_WORDS`).
pub fn is_time_word(word: &str) -> bool {
    with_lowercase(word, |lower| TIME_WORDS.contains(&lower))
}

/// "quoted", "cited": whose object said the words (`QUOTING_VERBS`).
pub fn is_quoting_verb(word: &str) -> bool {
    QUOTING_VERBS.contains(&word)
}

/// "said", "says", "told", "wrote" …: a plain verb of saying (`SAYING_VERBS`).
pub fn is_saying_verb(word: &str) -> bool {
    SAYING_VERBS.contains(&word)
}

/// "statement", "lawsuit", "Twitter account": a document that puts someone's words out.
pub fn is_document_noun(word: &str) -> bool {
    with_lowercase(word, |lower| DOCUMENT_NOUNS.contains(&lower))
}

/// "issued", "sent", "released": a verb that puts a document out.
pub fn is_issuing_verb(word: &str) -> bool {
    ISSUING_VERBS.contains(&word)
}

/// "issued a statement": whether `verb` and `noun` put a document's words out.
pub fn issues_a_document(verb: &str, noun: &str) -> bool {
    ISSUING_VERBS.contains(&verb) && DOCUMENT_NOUNS.contains(&noun)
}

/// Whether `refusal` and, a few words on, `word` say that no comment came ("declined …
/// comment", "did not … respond").
pub fn refuses_comment(refusal: &str, word: &str) -> bool {
    REFUSALS.contains(&refusal) && COMMENT_WORDS.contains(&word)
}

/// "podcast", "album": a work whose title a quotation mark may hold.
pub fn is_work_noun(word: &str) -> bool {
    with_lowercase(word, |lower| WORK_NOUNS.contains(&lower))
}

/// "In", "at", "during": a word that opens a phrase of place or time, never a subject.
pub fn is_preposition(word: &str) -> bool {
    in_lower_case(word).contains(Classes::PREPOSITION)
}

/// "Friday", "March": a day, month or holiday, as written.
pub fn is_calendar(word: &str) -> bool {
    as_written(word).contains(Classes::CALENDAR)
}

pub fn is_verb_filler(word: &str) -> bool {
    in_lower_case(word).contains(Classes::VERB_FILLER)
}

#[cfg(test)]
mod tests;
