//! The words attribution is made of: speech verbs, pronouns, titles worn before a name, and the
//! nouns that make a description a speaker ("a spokeswoman", "officials").

use crate::text::{ascii_lowercase_packed, pack_short, trim_end_byte, PackedWords};

/// Verbs that attach quoted words to a speaker, in every form a news story uses them.
#[rustfmt::skip]
const CUE_VERBS: &[&str] = &[
    "said", "says", "say", "saying", "added", "adds", "told", "tells", "tell", "asked", "asks",
    "wrote", "writes", "write", "insisted", "insists", "argued", "argues", "explained", "explains",
    "noted", "notes", "warned", "warns", "answered", "answers", "replied", "replies", "responded",
    "responds", "observed", "remarked", "fumed", "snapped", "scoffed", "bragged", "cracked",
    "interjected", "opined", "marveled", "marvelled", "gushed", "groused", "vented", "ranted",
    "scolded", "chided", "challenged", "reasoned", "assured", "reassured", "sang", "sings",
    "chanted", "screamed", "cried", "sniped", "thanked", "thanks", "projects", "projected",
    "written", "remarks", "reveals", "recounts", "reflects", "muses", "commented", "revealed",
    "recounted", "reflected", "elaborated", "mused", "remembered", "blogged", "indicated",
    "signalled", "signaled", "recalled", "comments", "continued", "continues", "recalls",
    "cautioned", "urged", "urges", "maintained", "maintains", "contended", "contends",
    "acknowledged", "acknowledges", "conceded", "concedes", "admitted", "admits", "agreed",
    "agrees", "declared", "declares", "announced", "announces", "stated", "states", "testified",
    "claimed", "claims", "predicted", "predicts", "promised", "promises", "vowed", "vows",
    "pledged", "boasted", "complained", "complains", "lamented", "joked", "jokes", "quipped",
    "shouted", "yelled", "whispered", "muttered", "pleaded", "demanded", "demands", "countered",
    "counters", "retorted", "stressed", "stresses", "emphasized", "emphasised", "reiterated",
    "repeated", "suggested", "suggests", "speculated", "estimated", "confirmed", "confirms",
    "denied", "denies", "posted", "tweeted", "texted", "emailed", "described", "describes",
    "called", "calls", "dubbed", "labelled", "labeled", "branded", "dismissed", "termed",
    "characterized", "characterised", "hailed", "praised", "criticised", "criticized", "condemned",
    "accused", "blasted", "slammed", "attacked", "mocked", "ridiculed", "urging", "adding",
    "telling", "warning", "arguing", "insisting", "noting", "explaining", "asking", "calling",
    "describing", "writing", "declaring", "announcing", "reported", "reports", "wondered",
    "exclaimed", "concluded", "concludes", "pointed", "proclaimed", "reads", "read", "writ",
    "echoed", "chimed", "began", "begins", "went", "goes", "offered", "summed", "put", "puts",
    "quoted", "quotes", "cited", "cites", "tweets", "explain", "argue", "insist", "warn", "note",
    "add", "ask", "claim", "predict",
];

/// Words a speaker description ends in: roles, institutions, groups.
#[rustfmt::skip]
const SPEAKER_NOUNS: &[&str] = &[
    "broker", "brokers",
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "official",
    "officials", "source", "sources", "analyst", "analysts", "company", "firm", "group",
    "statement", "report", "ministry", "department", "agency", "government", "minister",
    "president", "chairman", "chairwoman", "chair", "director", "executive", "chief",
    "spokeswomen", "police", "campaign", "aide", "aides", "lawyer", "lawyers", "attorney",
    "attorneys", "adviser", "advisers", "advisor", "advisors", "expert", "experts", "economist",
    "economists", "critics", "critic", "residents", "resident", "witness", "witnesses", "people",
    "person", "man", "woman", "members", "member", "leader", "leaders", "officer", "officers",
    "board", "committee", "council", "court", "judge", "bank", "union", "party", "administration",
    "office", "house", "senator", "governor", "mayor", "secretary", "manager", "managers",
    "researchers", "researcher", "study", "authorities", "organisers", "organizers", "supporters",
    "opponents", "protesters", "activists", "voters", "fans", "players", "coach", "team", "club",
    "letter", "filing", "lawsuit", "complaint", "memo", "document", "documents", "paper",
    "newspaper", "website", "magazine", "network", "channel", "release", "announcement", "survey",
    "poll", "index", "traders", "dealers", "bankers", "banks", "companies", "producers", "sellers",
    "buyers", "insiders", "diplomat", "diplomats", "commission", "commissioner", "regulator",
    "regulators", "watchdog", "ambassador", "envoy", "candidate", "nominee", "republicans",
    "democrats", "conservatives", "liberals", "tories", "reporters", "journalist", "journalists",
    "editor", "author", "authors", "writer", "professor", "scientist", "scientists", "doctor",
    "doctors", "parents", "mother", "father", "wife", "husband", "son", "daughter", "friend",
    "friends", "family", "neighbour", "neighbor", "victims", "victim", "owner", "owners",
    "founder", "boss", "ceo", "staff", "employees", "workers", "teachers", "students", "groups",
    "organisation", "organization", "institute", "foundation", "association", "federation",
    "corporation", "ministers", "lawmakers", "legislators", "congressman", "congresswoman",
    "representative", "senators", "governors", "mayors", "prosecutor", "prosecutors",
    "investigators", "detectives", "inspector", "sheriff", "spokesperson's", "tweet", "post",
    "message", "email", "article", "editorial", "op-ed", "column", "book", "speech", "interview",
    "ad", "advert", "video", "clip", "site", "blog", "account", "page", "says", "chancellor",
    "premier", "king", "queen", "prince", "pope", "general", "commander", "colonel", "captain",
    "sergeant", "lieutenant", "admiral", "nation", "state", "country", "city", "county", "town",
    "school", "university", "college", "hospital", "airline", "carrier", "maker", "makers",
    "producer", "operator", "retailer", "insurer", "lender", "utility", "exchange", "market",
    "markets", "fund", "investors", "investor", "shareholders", "holders", "customers",
    "consumers", "users", "readers", "viewers", "listeners", "audience", "crowd", "panel", "jury",
    "inquiry", "review", "audit", "auditor", "regime", "military", "army", "navy", "forces",
    "rebels", "militants", "insurgents", "militia", "observers", "monitors", "body", "bodies",
    "authority", "watchdogs", "unions", "parties", "clubs", "teams", "coalition", "alliance",
    "opposition", "cabinet", "parliament", "congress", "senate", "assembly", "legislature", "mp",
    "mps", "peer", "peers", "lord", "baroness", "candidates", "organiser", "organizer", "host",
    "presenter", "actor", "actress", "singer", "star", "designer", "architect", "engineer",
    "engineers", "pilot", "driver", "passenger", "passengers", "guard", "guards", "soldier",
    "soldiers", "trader", "dealer", "banker", "strategist", "strategists", "consultant",
    "consultants", "vice", "deputy", "head", "heads", "representatives", "delegates", "delegate",
    "counsel", "clerk", "treasurer",
];

/// Titles and labels worn before a name ("U.S. President Donald Trump", "Ms Hewitt").
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady",
    "Rev", "Reverend", "Father", "Sister", "Brother", "President", "Vice", "Prime", "Minister",
    "Secretary", "Chancellor", "Premier", "Governor", "Gov", "Senator", "Sen", "Rep",
    "Representative", "Congressman", "Congresswoman", "Mayor", "Judge", "Justice", "Chief",
    "Executive", "General", "Gen", "Lt", "Col", "Colonel", "Capt", "Captain", "Sgt", "Sergeant",
    "Adm", "Admiral", "Maj", "Major", "Cmdr", "Commander", "Officer", "Detective", "Inspector",
    "Sheriff", "Attorney", "Speaker", "Leader", "King", "Queen", "Prince", "Princess", "Pope",
    "Cardinal", "Bishop", "Archbishop", "Rabbi", "Imam", "Ambassador", "Envoy", "Chairman",
    "Chairwoman", "Chair", "Director", "Coach", "Manager", "Boss", "Deputy", "Assistant",
    "Associate", "Senior", "Former", "Acting", "Interim", "Labour", "Tory", "Conservative",
    "Democrat", "Democratic", "Republican", "Liberal", "GOP", "U.S.", "US", "UK", "U.K.", "UN",
    "EU", "Russian", "Ukrainian", "American", "British", "French", "German", "Chinese", "Japanese",
    "Israeli", "Iranian", "Indian", "Foreign", "Defence", "Defense", "Home", "Health", "Finance",
    "Trade", "Industry", "Education", "Culture", "Sports", "Sport", "Shadow", "State", "Treasury",
    "Commerce", "Energy", "Transport", "Environment", "Agriculture", "Interior", "Economy",
    "Economic", "Affairs", "Opposition", "Party", "Candidate", "Nominee", "Presidential", "Sens",
    "Reps", "Govs", "Mrs.", "Pres", "Rev.", "Hon", "Honourable", "Honorable", "Councillor",
    "Councilman", "Councilwoman", "Commissioner", "Superintendent", "Principal", "Head", "Founder",
    "Co-founder", "CEO", "Chief-Executive", "Spokesman", "Spokeswoman", "Spokesperson", "Analyst",
    "Economist", "Strategist", "Minority", "Majority", "Whip", "House", "Senate", "White",
    "Supreme", "Court", "Federal", "National", "Security", "Adviser", "Advisor", "Counselor",
    "Press", "Communications", "Campaign", "Chairman's", "Striker", "Midfielder", "Defender",
    "Goalkeeper", "Forward", "Winger", "Skipper", "Captain's", "Coach's", "Then", "Then-",
    "Vice-President", "Vice-Chairman", "Deputy-Director",
];

/// Capitalised words that start sentences or name days and months, never speakers.
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    "The", "A", "An", "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "From", "With",
    "Without", "After", "Before", "When", "While", "Although", "Though", "Because", "As", "If",
    "Since", "Until", "During", "However", "Meanwhile", "Still", "Also", "Then", "Now", "Today",
    "Yesterday", "Tomorrow", "Last", "Next", "This", "That", "These", "Those", "There", "Here",
    "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "Its", "My", "Your",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec", "Asked", "Speaking", "Writing", "According", "Earlier", "Later", "Separately",
    "Instead", "Indeed", "Reuters", "Reuter", "Many", "Some", "Several", "Most", "All", "Both",
    "Each", "Every", "Other", "Another", "One", "Two", "Three", "Four", "Five", "Six", "Seven",
    "Eight", "Nine", "Ten", "Such", "What", "Who", "Why", "How", "Where", "Which", "Whether",
    "Not", "No", "Only", "Even", "Just", "Once", "Among", "Under", "Over", "About", "Against",
    "Between", "Into", "Through", "By", "Of", "To", "Like", "Unlike", "Despite", "Given", "Amid",
    "Following", "Including", "Nor", "Neither", "Either", "Whatever", "Moreover", "Furthermore",
    "Additionally", "Thus", "Therefore", "Hence", "Finally", "Ultimately", "Overall", "Perhaps",
    "Maybe", "Clearly", "Obviously", "Unfortunately", "Fortunately", "Notably", "Specifically",
    "Similarly", "Likewise", "Again", "Besides", "Otherwise", "Nonetheless", "Nevertheless", "Do",
    "Does", "Did", "Is", "Are", "Was", "Were", "Has", "Have", "Had", "Can", "Could", "Would",
    "Should", "Please", "Let", "Pause", "Preceded", "Told", "Added", "Said",
];

/// Words that end in a full stop without ending the sentence.
#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt",
    "Sgt", "Adm", "Maj", "Prof", "Rev", "Inc", "Corp", "Co", "Ltd", "No", "vs", "Jan", "Feb",
    "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Mt", "Ft", "Pres", "Ave", "Blvd", "Calif", "Fla",
    "Mass", "Penn", "Pa", "Ariz", "Conn", "Ill", "Mich", "Minn", "Tenn", "Tex", "Va", "Wash",
    "Wis", "Ky", "La", "Md", "Mo", "Nev", "Okla", "Ore", "Ga", "Ala", "Colo", "Del", "Ind", "Kan",
    "Miss", "Mont", "Neb", "Vt", "Wyo", "approx", "est", "etc", "e.g", "i.e", "a.m", "p.m", "U.S",
    "U.K", "U.N", "D.C", "Sens", "Reps", "Govs", "Messrs",
];

/// Cue verbs that attribute only the words after them (see `cue_only_before_quote`).
#[rustfmt::skip]
const CUE_ONLY_BEFORE_QUOTE: &[&str] = &[
    "called", "calls", "calling", "dubbed", "labelled", "labeled", "branded", "termed",
    "described", "describes", "describing", "dismissed", "characterized", "characterised",
    "hailed", "praised", "criticised", "criticized", "condemned", "accused", "blasted", "slammed",
    "attacked", "mocked", "ridiculed", "quoted", "quotes", "cited", "cites", "put", "puts",
    "summed", "went", "goes", "began", "begins", "offered", "pointed", "chimed", "echoed",
    "reported", "reports", "writ",
];

/// Words that open a description of a speaker ("a spokeswoman", "the company", "two officials").
#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "one", "two", "three", "four", "five", "several", "some", "many", "most",
    "other", "another", "both", "his", "her", "their", "its", "our", "this", "that", "these",
    "those", "each", "any", "no", "few",
];

/// Adverbs and auxiliaries that sit between a speaker and the verb ("Trump later said", "she
/// has repeatedly warned").
#[rustfmt::skip]
const VERB_FILLERS: &[&str] = &[
    "also", "later", "then", "once", "has", "had", "have", "was", "is", "were", "are", "would",
    "will", "previously", "earlier", "recently", "repeatedly", "often", "again", "simply", "just",
    "only", "reportedly", "allegedly", "publicly", "privately", "famously", "yesterday", "today",
    "tonight", "flatly", "bluntly", "firmly", "quickly", "immediately", "subsequently", "further",
    "even", "still", "already", "never", "always", "frequently", "last", "has since", "did",
    "does", "do", "not", "could", "might", "may", "can", "should", "must", "being", "been",
    "angrily", "tearfully", "proudly", "candidly", "frankly", "openly", "memorably", "succinctly",
    "tersely", "curtly", "cheerfully",
];

/// Which lists a word is on, as bits: attribution asks several questions of most words near a
/// quote, and one lookup of the word packed into an integer answers them all.
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
struct Classes(u16);

impl Classes {
    // Looked up in lower case.
    const CUE_VERB: u16 = 1;
    const CUE_ONLY_BEFORE_QUOTE: u16 = 1 << 1;
    const SPEAKER_NOUN: u16 = 1 << 2;
    const DETERMINER: u16 = 1 << 3;
    const VERB_FILLER: u16 = 1 << 4;
    const MALE_PRONOUN: u16 = 1 << 5;
    const FEMALE_PRONOUN: u16 = 1 << 6;
    const ANY_PRONOUN: u16 = 1 << 7;
    // Looked up as written.
    const TITLE: u16 = 1 << 8;
    const NOT_NAME: u16 = 1 << 9;
    const ABBREVIATION: u16 = 1 << 10;

    fn has(self, class: u16) -> bool {
        self.0 & class != 0
    }
}

/// Every list, keyed by its words packed into integers (`pack_short`); the lower-case lists
/// and the case-sensitive ones share the table, told apart by their bits.
static LEXICON: PackedWords = PackedWords::new()
    .with_words(CUE_VERBS, Classes::CUE_VERB)
    .with_words(CUE_ONLY_BEFORE_QUOTE, Classes::CUE_ONLY_BEFORE_QUOTE)
    .with_words(SPEAKER_NOUNS, Classes::SPEAKER_NOUN)
    .with_words(DETERMINERS, Classes::DETERMINER)
    .with_words(VERB_FILLERS, Classes::VERB_FILLER)
    .with_words(&["he"], Classes::MALE_PRONOUN)
    .with_words(&["she"], Classes::FEMALE_PRONOUN)
    .with_words(&["they", "we", "i", "it", "you"], Classes::ANY_PRONOUN)
    .with_words(TITLES, Classes::TITLE)
    .with_words(NOT_NAMES, Classes::NOT_NAME)
    .with_words(ABBREVIATIONS, Classes::ABBREVIATION);

/// The classes of `word` exactly as written; a word too long to pack is on no list.
#[inline]
fn classes_as_written(word: &str) -> Classes {
    pack_short(word.as_bytes(), 0, word.len())
        .map_or(Classes::default(), |key| Classes(LEXICON.get(key)))
}

/// The classes of `word` in lower case. A short ASCII word, most of the prose, is packed and
/// lowered as one integer; anything else is lowered as `to_lowercase` does.
#[inline(always)]
fn classes_in_lower_case(word: &str) -> Classes {
    match pack_short(word.as_bytes(), 0, word.len()).and_then(ascii_lowercase_packed) {
        Some(key) => Classes(LEXICON.get(key)),
        // Longer than any listed word when ASCII, but "K" (the Kelvin sign) lowers to "k".
        None => with_lowercase(word, classes_as_written),
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
    word.len() >= 3 && classes_in_lower_case(word).has(Classes::CUE_VERB)
        || !extra.is_empty()
            && with_lowercase(word, |lower| {
                extra.iter().any(|v| v.eq_ignore_ascii_case(lower))
            })
}

/// Cue verbs that are also ordinary verbs with a quoted name as their object ("a group called
/// “Friends of the Earth”", "the sign read “Closed”"): they attribute only words that follow
/// them, never words before them.
pub fn cue_only_before_quote(word: &str) -> bool {
    classes_in_lower_case(word).has(Classes::CUE_ONLY_BEFORE_QUOTE)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Any,
}

/// Subject pronouns that can stand for a speaker, with the gender they fit.
pub fn pronoun(word: &str) -> Option<Gender> {
    let classes = classes_in_lower_case(word);
    if classes.has(Classes::MALE_PRONOUN) {
        Some(Gender::Male)
    } else if classes.has(Classes::FEMALE_PRONOUN) {
        Some(Gender::Female)
    } else if classes.has(Classes::ANY_PRONOUN) {
        Some(Gender::Any)
    } else {
        None
    }
}

/// Words that open a description of a speaker ("a spokeswoman", "the company", "two officials").
pub fn is_determiner(word: &str) -> bool {
    classes_in_lower_case(word).has(Classes::DETERMINER)
}

/// `word.trim_end_matches(suffix)`, without setting up a substring searcher for a two-byte
/// suffix on every lookup.
fn strip_all<'a>(mut word: &'a str, suffix: &str) -> &'a str {
    while let Some(stem) = word.strip_suffix(suffix) {
        word = stem;
    }
    word
}

pub fn is_speaker_noun(word: &str) -> bool {
    // Most words end in no possessive (lowering makes none), and are looked up as they are.
    let possessive = matches!(word.as_bytes(), [.., b'\'', b's' | b'S'])
        || matches!(word.as_bytes(), [.., 0xE2, 0x80, 0x99, b's' | b'S']);
    if !possessive {
        return classes_in_lower_case(word).has(Classes::SPEAKER_NOUN);
    }
    // Lower case first: "OFFICIALS'S" loses its "'S" as "officials's" loses its "'s".
    let classes = if word.is_ascii() {
        let mut stem = word;
        while let Some(shorter) = stem.strip_suffix("'s").or_else(|| stem.strip_suffix("'S")) {
            stem = shorter;
        }
        classes_in_lower_case(stem)
    } else {
        with_lowercase(word, |lower| {
            classes_as_written(strip_all(strip_all(lower, "'s"), "’s"))
        })
    };
    classes.has(Classes::SPEAKER_NOUN)
}

/// Titles and labels worn before a name are kept out of the speaker's name.
pub fn is_title(word: &str) -> bool {
    let bare = trim_end_byte(word, b'.');
    classes_as_written(bare).has(Classes::TITLE)
        || bare.len() != word.len() && classes_as_written(word).has(Classes::TITLE)
}

/// A word that ends in a full stop without ending the sentence ("Mr", "Calif", "U.S"), given
/// without its full stop.
pub fn is_abbreviation(word: &str) -> bool {
    classes_as_written(word).has(Classes::ABBREVIATION)
}

pub fn is_not_a_name(word: &str) -> bool {
    classes_as_written(word).has(Classes::NOT_NAME)
}

/// Adverbs and auxiliaries that sit between a speaker and the verb ("Trump later said", "she
/// has repeatedly warned").
pub fn is_verb_filler(word: &str) -> bool {
    classes_in_lower_case(word).has(Classes::VERB_FILLER)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(is_speaker_noun("Spokesperson’s"));
        assert!(is_speaker_noun("Officials's"));
        assert!(is_cue_verb("said", &[]) && !is_cue_verb("Said", &[]));
    }

    #[test]
    fn every_listed_word_packs_and_is_found_in_any_case_its_list_allows() {
        for list in [
            CUE_VERBS,
            CUE_ONLY_BEFORE_QUOTE,
            SPEAKER_NOUNS,
            DETERMINERS,
            VERB_FILLERS,
            TITLES,
            NOT_NAMES,
            ABBREVIATIONS,
        ] {
            for word in list {
                assert!(word.len() <= 15, "{word} is too long to pack");
            }
        }
        for word in CUE_VERBS.iter().chain(TITLES).chain(ABBREVIATIONS) {
            assert_ne!(classes_as_written(word), Classes::default(), "{word}");
        }
        for verb in CUE_VERBS {
            assert!(
                verb.len() >= 3 && verb.bytes().all(|b| b.is_ascii_lowercase()),
                "{verb}"
            );
        }
        assert!(!is_cue_verb("SAID", &[]) && is_cue_verb("sAID", &[]));
        assert!(is_speaker_noun("OFFICIALS'S") && is_speaker_noun("Spokeswoman"));
        assert!(is_determiner("The") && !is_determiner("Then"));
        assert!(is_verb_filler("Has since") && is_verb_filler("LATER"));
        assert_eq!(pronoun("She"), Some(Gender::Female));
        assert_eq!(pronoun("HE"), Some(Gender::Male));
        assert_eq!(pronoun("I"), Some(Gender::Any));
        assert_eq!(pronoun("hers"), None);
        assert!(is_title("Sen.") && is_title("U.S.") && !is_title("sen"));
        assert!(is_not_a_name("Monday") && !is_not_a_name("monday"));
        assert!(cue_only_before_quote("Called") && !cue_only_before_quote("said"));
        // The Kelvin sign lowers to an ASCII "k".
        assert!(is_speaker_noun("\u{212A}ing"));
        assert!(is_cue_verb("extolled", &["Extolled".to_string()]));
    }
}
