use super::words::*;
use super::*;

/// Every word of a list given as text or as an array.
fn every_word() -> impl Iterator<Item = &'static str> {
    let texts = [
        TITLES,
        HONORIFICS,
        ABBREVIATIONS,
        SUFFIXES,
        PARTICLES,
        PLACES,
        DEMONYMS,
        INSTITUTIONS,
        CALENDAR,
        COMMON,
        GIVEN_NAMES,
        PERSON_VERBS,
        MALE_GIVEN_NAMES,
        FEMALE_GIVEN_NAMES,
    ];
    let arrays = [
        LABELS_BEFORE_TITLES,
        NOT_SPEAKERS,
        CUE_VERBS,
        CUE_ONLY_BEFORE_QUOTE,
        SPEAKER_NOUNS,
        DETERMINERS,
        VERB_FILLERS,
        MALE_NOUNS,
        FEMALE_NOUNS,
        INSTITUTION_NOUNS,
        ELISIONS,
        CLIPPED_WORDS,
        PREPOSITIONS,
    ];
    texts
        .into_iter()
        .flat_map(str::split_whitespace)
        .chain(arrays.into_iter().flatten().copied())
}

#[test]
fn every_listed_word_packs_and_is_found_as_written() {
    for word in every_word() {
        assert!(word.len() <= 15, "{word} is too long to pack");
        assert_ne!(as_written(word), Classes::default(), "{word}");
    }
    assert_eq!(as_written(""), Classes::default());
    assert_eq!(as_written("Mr\0"), Classes::default());
    assert_eq!(as_written("Extraordinarily-long"), Classes::default());
}

#[test]
fn a_word_has_every_class_of_every_list_it_is_in() {
    let georgia = Classes::of("Georgia");
    assert!(georgia.contains(Classes::NOT_PERSON));
    assert!(georgia.contains(Classes::GIVEN_NAME));
    assert!(!georgia.contains(Classes::TITLE));
    assert!(Classes::of("May").contains(Classes::CALENDAR));
    assert!(Classes::of("said").contains(Classes::PERSON_VERB));
    assert!(Classes::of("said").contains(Classes::CUE_VERB));
    assert_eq!(Classes::of("Charap"), Classes::default());
}

#[test]
fn one_list_of_abbreviations_serves_names_and_sentence_ends() {
    assert!(is_name_abbreviation("Gen") && is_name_abbreviation("Pres"));
    assert!(is_sentence_abbreviation("Calif") && is_sentence_abbreviation("etc"));
    assert!(is_sentence_abbreviation("U.S") && !is_sentence_abbreviation("said"));
    // A title read with its stop, as in "Pres. Obama".
    assert!(is_person_title("Pres."));
}

#[test]
fn titles_and_places_are_read_without_their_full_stop_and_abbreviations_with_it() {
    assert!(Classes::of("Sen.").contains(Classes::TITLE));
    assert!(Classes::of("Sen").contains(Classes::TITLE));
    assert!(Classes::of("Jr.").contains(Classes::SUFFIX));
    assert!(Classes::of("Texas.").contains(Classes::NOT_PERSON));
    assert!(Classes::of("Sen").contains(Classes::ABBREVIATION));
    assert!(!Classes::of("Sen.").contains(Classes::ABBREVIATION));
    assert!(!Classes::of("The.").contains(Classes::COMMON));
}

#[test]
fn with_lowercase_lowers_as_to_lowercase_does() {
    for word in [
        "said",
        "Spokeswoman",
        "CEO",
        "Spokesperson’s",
        "ÉLYSÉE",
        "",
        "AVeryLongCapitalisedWordPastTheStackBuffer",
    ] {
        assert_eq!(with_lowercase(word, str::to_owned), word.to_lowercase());
    }
}

#[test]
fn attribution_words_are_found_in_any_case_their_list_allows() {
    for verb in CUE_VERBS {
        assert!(
            verb.len() >= 3 && verb.bytes().all(|b| b.is_ascii_lowercase()),
            "{verb}"
        );
    }
    assert!(is_cue_verb("said", &[]) && !is_cue_verb("Said", &[]));
    assert!(!is_cue_verb("SAID", &[]) && is_cue_verb("sAID", &[]));
    assert!(is_speaker_noun("Spokesperson’s") && is_speaker_noun("Officials's"));
    assert!(is_speaker_noun("OFFICIALS'S") && is_speaker_noun("Spokeswoman"));
    assert!(is_determiner("The") && !is_determiner("Then"));
    assert!(is_verb_filler("Has since") && is_verb_filler("LATER"));
    assert_eq!(pronoun("She"), Some(Gender::Female));
    assert_eq!(pronoun("HE"), Some(Gender::Male));
    assert_eq!(pronoun("I"), Some(Gender::Any));
    assert_eq!(pronoun("hers"), None);
    assert!(is_speaker_title("Sen.") && is_speaker_title("U.S.") && !is_speaker_title("sen"));
    assert!(is_not_a_speaker("Monday") && !is_not_a_speaker("monday"));
    assert!(cue_only_before_quote("Called") && !cue_only_before_quote("said"));
    // The Kelvin sign lowers to an ASCII "k".
    assert!(is_speaker_noun("\u{212A}ing"));
    assert!(is_cue_verb("extolled", &["Extolled".to_string()]));
}

#[test]
fn every_organisation_noun_is_an_institution_noun() {
    for word in ORGANISATION_NOUNS {
        assert!(super::is_institution_noun(word), "{word}");
        assert!(super::is_organisation_noun(word), "{word}");
    }
    assert!(!super::is_organisation_noun("statement"));
    for word in PRESS_NOUNS {
        assert!(super::is_organisation_noun(word), "{word}");
    }
    assert!(super::is_place("Chicago") && !super::is_place("Chic"));
}

#[test]
fn an_epithet_tells_an_age_or_an_origin_and_the_sex_it_gives() {
    assert_eq!(epithet("30-year-old"), Some(Gender::Any));
    assert_eq!(epithet("American"), Some(Gender::Any));
    assert_eq!(epithet("Irishman"), Some(Gender::Male));
    assert_eq!(epithet("Frenchwoman"), Some(Gender::Female));
    // A people, a role and a word that only ends like an age are no epithet.
    assert_eq!(epithet("Americans"), None);
    assert_eq!(epithet("senator"), None);
    assert_eq!(epithet("-year-old"), None);
}
