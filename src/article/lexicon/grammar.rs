//! Words that shape a sentence around a quote rather than name anyone: the auxiliaries and
//! question words of a question, the copulas a quote may be the subject of, the words that point
//! back at what came before, and the documents that put someone's words out.

/// Auxiliary verbs that come before the subject in a question ("Why was he out …?").
#[rustfmt::skip]
pub(super) const AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "did", "does", "do", "has", "had", "have", "will", "would", "can",
    "could", "should",
];

/// Question words after which the auxiliary comes before the subject ("Why was he …").
pub(super) const QUESTION_WORDS: &[&str] = &["Why", "How", "Where", "What"];

/// Verbs whose subject a quote may be when the writer names words rather than reports them
/// ("“…,” is one common saying here").
pub(super) const COPULAS: &[&str] = &["is", "was", "are", "were", "remains"];

/// Words that open a sentence pointing back at what came before ("That quote from …").
pub(super) const POINTING_WORDS: &[&str] = &["That", "This", "The", "Those", "These"];

/// Verbs that put a document's words out ("issued a statement").
pub(super) const ISSUING_VERBS: &[&str] = &["issued", "released", "sent", "posted", "published"];

/// Documents that put someone's words out: issued ("released a statement saying"), or speaking
/// for their author ("the suit reads", "her Twitter account posted").
#[rustfmt::skip]
pub(super) const DOCUMENT_NOUNS: &[&str] = &[
    "statement", "letter", "memo", "email", "tweet", "note", "suit", "lawsuit", "complaint",
    "filing", "report", "editorial", "column", "book", "account", "post", "message", "release",
    "essay", "op-ed", "article", "memoir",
];
