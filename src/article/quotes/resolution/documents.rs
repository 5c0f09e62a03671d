//! A document's author: the person whose document speaks ("the suit reads" after "Podliska's
//! lawsuit", "the email said" after "Bash sent an email" or "the email was sent by Bash", "her
//! Twitter account posted" after the woman who leads). A reader names the author as the source;
//! the card keeps the document in the speaker ("Bradley Podliska's suit").

use super::bare;
use super::mentions::{Cast, Role, Sighting};
use crate::article::lexicon::{self, Gender};

/// A description of a document, and how the draft says whose it is.
pub(super) struct Document {
    /// The words after the determiner or the owner ("suit", "Twitter account").
    pub named: String,
    pub owner: Owner,
}

pub(super) enum Owner {
    /// "her Twitter account": whoever the pronoun stands for.
    Pronoun(Gender),
    /// "the suit": whoever the draft gave it to before ("Podliska's lawsuit"), by its head noun.
    Earlier { head: String },
}

/// "the suit", "her Twitter account", "his letter": a document of one person's, by its head noun
/// and at most two words before it.
pub(super) fn described(words: &str) -> Option<Document> {
    let (first, named) = words.split_once(' ')?;
    let head = named.rsplit(' ').next()?;
    if !lexicon::is_document_noun(head) || named.split(' ').count() > 3 {
        return None;
    }
    // "the Kok report", "the IMF report": the document's name says whose it is.
    let named_for_someone = named.split(' ').any(|w| w.starts_with(char::is_uppercase));
    let owner = match first.to_ascii_lowercase().as_str() {
        "the" if named_for_someone => return None,
        "the" => Owner::Earlier {
            head: head.to_ascii_lowercase(),
        },
        "his" => Owner::Pronoun(Gender::Male),
        "her" => Owner::Pronoun(Gender::Female),
        _ => return None,
    };
    Some(Document {
        named: named.to_string(),
        owner,
    })
}

/// The person the draft last gave a document with this head noun before `at`, no more than
/// `reach` paragraphs back: "Podliska's lawsuit demands …" owns "the suit", "Bash sent an email"
/// and "the email was sent … by Bash" the email.
pub(super) fn earlier_owner(
    cast: &Cast,
    prose: &str,
    head: &str,
    at: usize,
    paragraph: usize,
    reach: usize,
) -> Option<usize> {
    let before = cast.sightings.partition_point(|s| s.span.end <= at);
    cast.sightings[..before]
        .iter()
        .rev()
        .take_while(|s| s.paragraph + reach >= paragraph)
        .find(|s| owns(prose, s.span.end, head) || issued(prose, s, head, at))
        .map(|s| s.person)
}

/// How many words an issuing reading looks across: "sent out an email", "was sent at 7:19 p.m.
/// by then-Chief of Staff Jeremy Bash".
const ISSUING_WORDS: usize = 8;

/// Whether the sighting issued a document with this head noun in its clause, the last such
/// noun before `at`: as its subject ("Bash sent out an email", "Smith issued a statement") or as
/// the agent after "by" ("the email was sent … by Bash"). Not when another document of the kind
/// came since ("an email sent out by Sanders …. Clinton's campaign sent out an email").
fn issued(prose: &str, s: &Sighting, head: &str, at: usize) -> bool {
    let since = prose
        .get(s.span.end..at)
        .unwrap_or("")
        .split_whitespace()
        .filter(|w| bare(w).ends_with(head))
        .count();
    match since {
        // The noun is the one after the sighting, in its clause.
        1 => {
            let after = clause_words(prose.get(s.span.end..).unwrap_or("")).take(ISSUING_WORDS);
            s.role != Role::Mentioned && issues_then_names(after, head)
        }
        // The noun came before the sighting: "the email was sent … by Bash".
        0 => {
            let before = || clause_words_back(prose.get(..s.span.start).unwrap_or(""));
            before().take(ISSUING_WORDS).any(|w| w == "by")
                && before()
                    .take(2 * ISSUING_WORDS)
                    .any(|w| lexicon::is_issuing_verb(&w))
                && before().take(3 * ISSUING_WORDS).any(|w| w.ends_with(head))
        }
        _ => false,
    }
}

/// An issuing verb ("sent", "issued") with a noun ending in the head a few words on.
fn issues_then_names(words: impl Iterator<Item = String>, head: &str) -> bool {
    let mut issuing = false;
    for word in words {
        if issuing && word.ends_with(head) {
            return true;
        }
        issuing |= lexicon::is_issuing_verb(&word);
    }
    false
}

/// The words after a point, lower-cased, to the first mark that ends a clause.
fn clause_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split_inclusive(char::is_whitespace)
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .scan(false, |over, written| {
            if *over {
                return None;
            }
            *over = ends_clause(written);
            Some(bare(written))
        })
}

/// The words before a point, last first, lower-cased, back to the mark that ends the clause
/// before.
fn clause_words_back(text: &str) -> impl Iterator<Item = String> + '_ {
    text.rsplit(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .take_while(|written| !ends_clause(written))
        .map(bare)
}

fn ends_clause(written: &str) -> bool {
    written.ends_with(['.', ';', ':', '?', '!'])
        && !written.ends_with("p.m.")
        && !written.ends_with("a.m.")
}

/// Whether the name ending at `end` owns a noun ending in `head` within its next three words:
/// "Podliska's lawsuit", "Clinton's private email".
fn owns(prose: &str, end: usize, head: &str) -> bool {
    let rest = prose.get(end..).unwrap_or("");
    let possessive = ["'s", "’s", "'", "’"]
        .iter()
        .find_map(|mark| rest.strip_prefix(mark));
    let Some(owned) = possessive else {
        return false;
    };
    // The noun phrase the possessive opens ends at its first punctuation: "Conte's statements,
    // the suit added" gives Conte no suit.
    let mut phrase_over = false;
    owned.split_whitespace().take(3).any(|written| {
        if phrase_over {
            return false;
        }
        let word = written.trim_end_matches(|c: char| !c.is_alphanumeric());
        phrase_over = word.len() < written.len();
        word.len() >= head.len() && word.to_ascii_lowercase().ends_with(head)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_is_told_by_its_head_noun_and_its_owner_by_the_word_before() {
        let suit = described("the suit").expect("a document");
        assert!(matches!(suit.owner, Owner::Earlier { ref head } if head == "suit"));
        let account = described("her Twitter account").expect("a document");
        assert_eq!(account.named, "Twitter account");
        assert!(matches!(account.owner, Owner::Pronoun(Gender::Female)));
        assert!(described("the governor").is_none());
        assert!(described("a statement").is_none());
        assert!(described("the Kok report").is_none());
    }

    #[test]
    fn the_words_of_a_clause_stop_at_its_end_but_not_at_a_time() {
        let after: Vec<String> = clause_words(" sent out an email. Then it rained").collect();
        assert_eq!(after, ["sent", "out", "an", "email"]);
        let back: Vec<String> =
            clause_words_back("It rained. The memo was sent at 7 p.m. by").collect();
        assert_eq!(back, ["by", "p.m", "7", "at", "sent", "was", "memo", "the"]);
    }

    #[test]
    fn a_possessive_owns_a_noun_ending_in_the_head_a_few_words_on() {
        let prose = "Podliska’s lawsuit demands his job back.";
        assert!(owns(prose, "Podliska".len(), "suit"));
        assert!(!owns(prose, "Podliska".len(), "report"));
        assert!(!owns("Podliska filed suit.", "Podliska".len(), "suit"));
        assert!(!owns(
            "Conte's statements, the suit added",
            "Conte".len(),
            "suit"
        ));
    }
}
