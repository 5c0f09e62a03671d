//! A document's author: the person whose document speaks ("the suit reads" after "Podliska's
//! lawsuit", "her Twitter account posted" after the woman who leads). A reader names the author
//! as the source; the card keeps the document in the speaker ("Bradley Podliska's suit").

use super::mentions::Cast;
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
/// `reach` paragraphs back: "Podliska's lawsuit demands …" owns "the suit".
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
        .find(|s| owns(prose, s.span.end, head))
        .map(|s| s.person)
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
