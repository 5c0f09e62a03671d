//! The role printed under a name in `copydesk names` and on the hover card is the noun phrase a
//! reader would print there: the apposition after the first full name, cut where a clause
//! begins, or else the title before the name. A phrase that carries the sentence on is no role.

use copydesk::{analyze, Config, Format};

/// The role copydesk gives `name` in `draft`.
fn role_of(draft: &str, name: &str) -> Option<String> {
    let analysis = analyze(draft, Format::PlainText, &Config::default());
    let people = &analysis.article.people;
    let person = people.iter().find(|p| p.name == name);
    let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
    person
        .unwrap_or_else(|| panic!("{name} not among {names:?}"))
        .role
        .clone()
}

const HEADLINE: &str = "Council weighs budget\n\n";

#[test]
fn an_apposition_is_the_role() {
    let draft = format!(
        "{HEADLINE}Dana Ruiz, the fire chief, said crews worked all night.\n\nRuiz left at dawn.\n"
    );
    assert_eq!(
        role_of(&draft, "Dana Ruiz").as_deref(),
        Some("the fire chief")
    );
}

#[test]
fn a_relative_clause_is_left_out_of_the_role() {
    let draft = format!(
        "{HEADLINE}Maria Alvarez, a law professor at the University of Richmond who specializes \
         in judicial confirmations, said the vote would be close.\n"
    );
    assert_eq!(
        role_of(&draft, "Maria Alvarez").as_deref(),
        Some("a law professor at the University of Richmond")
    );
}

#[test]
fn the_role_ends_at_its_verb_when_the_comma_is_missing() {
    let draft = format!(
        "{HEADLINE}Patricia Sands, spokeswoman for the relief committee said the convoy had \
         arrived.\n"
    );
    assert_eq!(
        role_of(&draft, "Patricia Sands").as_deref(),
        Some("spokeswoman for the relief committee")
    );
}

#[test]
fn a_phrase_that_carries_the_sentence_on_is_no_role() {
    // "according to his aides" is where the news came from; the title is the role.
    let draft = format!(
        "{HEADLINE}Gov. Ed Moreno, according to his aides, will sign the bill on Friday.\n"
    );
    assert_eq!(role_of(&draft, "Ed Moreno").as_deref(), Some("Gov."));
    let draft = format!(
        "{HEADLINE}The crowd cheered Jon Baptiste, whose band opened the show, and stayed late.\n"
    );
    assert_eq!(role_of(&draft, "Jon Baptiste"), None);
    let draft = format!(
        "{HEADLINE}The firm hired Paul Okafor, in a move that surprised its rivals.\n\nOkafor \
         starts on Monday.\n"
    );
    assert_eq!(role_of(&draft, "Paul Okafor"), None);
}
