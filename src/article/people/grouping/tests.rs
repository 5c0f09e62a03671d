use super::*;
use crate::article::people::mentions;
use crate::config::Config;

/// One body paragraph with no quotes, read into candidates as `people::find` reads a draft.
pub(super) fn draft_of(prose: &str) -> Draft<'_> {
    let mut words = mentions::ZoneWords::with_capacity(16);
    let mut lowercase = LowerCaseWords::default();
    let mut candidates = Vec::new();
    let all = Span::new(0, prose.len());
    mentions::read_zone(prose, all, &mut words, &mut lowercase, &mut Vec::new());
    mentions::candidates(prose, &words, MentionZone::Body, false, &mut candidates);
    Draft {
        text: prose,
        prose,
        candidates,
        lowercase,
        speakers: SpanIndex::default(),
        quoted: SpanIndex::default(),
    }
}

fn group(given: &str, surname: &str, mentions: &[(bool, usize)]) -> Group {
    Group {
        given: given.into(),
        surname: surname.into(),
        suffix: None,
        credit: false,
        mentions: mentions
            .iter()
            .map(|&(full, start)| Placed {
                candidate: 0,
                full,
                span: Span::new(start, start + 5),
            })
            .collect(),
        merged_into: None,
    }
}

#[test]
fn a_surname_refers_to_the_person_last_named_with_it_or_else_the_next() {
    // Ada Okafor at 10, Ben Okafor at 100 (and a bare "Okafor" of his at 150, which names
    // no one), a person known only as "Okafor" nowhere else.
    let groups = [
        group("ada", "okafor", &[(true, 10)]),
        group("ben", "okafor", &[(true, 100), (false, 150)]),
    ];
    let mut owners = Owners::new(&groups);
    assert_eq!(owners.nearest("okafor", 5), Some(0));
    assert_eq!(owners.nearest("okafor", 60), Some(0));
    assert_eq!(owners.nearest("okafor", 100), Some(1));
    assert_eq!(owners.nearest("okafor", 200), Some(1));
    assert_eq!(owners.nearest("charap", 60), None);
    // A mention given to a person known only by surname names them from then on.
    owners.add("okafor", 300, 2);
    assert_eq!(owners.nearest("okafor", 310), Some(2));
    assert_eq!(owners.nearest("okafor", 299), Some(1));
}

/// A person as a test expects them: the name, the spellings of the surname (canonical first)
/// and how many mentions they have.
#[derive(Debug, PartialEq)]
struct Expected {
    name: String,
    spellings: Vec<String>,
    mentions: usize,
}

fn person(name: &str, spellings: &[&str], mentions: usize) -> Expected {
    Expected {
        name: name.to_string(),
        spellings: spellings.iter().map(|s| s.to_string()).collect(),
        mentions,
    }
}

/// The people of a draft's body, as `Expected`.
fn people_of(body: &str) -> Vec<Expected> {
    // The first line of a plain-text draft is its headline.
    let draft = format!("Headline\n\n{body}");
    let article = crate::article::parse(
        &draft,
        crate::article::Format::PlainText,
        &Config::default(),
    );
    article
        .people
        .iter()
        .map(|p| Expected {
            name: p.name.clone(),
            spellings: p.variants.iter().map(|v| v.spelling.clone()).collect(),
            mentions: p.mentions.len(),
        })
        .collect()
}

#[test]
fn later_surname_only_mentions_join_the_full_name() {
    let draft = "Amara Okafor, a senior analyst at RAND, said the levee was weak. Okafor added \
                 that the state knew.\n\nLater, Okafor said repairs would take a year.";
    assert_eq!(people_of(draft), [person("Amara Okafor", &["Okafor"], 3)]);
}

#[test]
fn relatives_who_share_a_surname_stay_apart() {
    // The bare "Okafor" after Amara's second full name is hers.
    let draft = "Amara Okafor said the levee was weak. Her brother, Chidi Okafor, said the state \
                 knew.\n\nAmara Okafor added that repairs would take a year. Okafor left.";
    assert_eq!(
        people_of(draft),
        [
            person("Amara Okafor", &["Okafor"], 3),
            person("Chidi Okafor", &["Okafor"], 1),
        ]
    );
}

#[test]
fn a_misspelt_surname_merges_into_the_settled_spelling() {
    // A stray spelling written once beside a settled one.
    let draft = "Samuel Charap said talks had stalled. Charap added that both sides were tired. \
                 Charap said the front had barely moved. Charapp said more.";
    assert_eq!(
        people_of(draft),
        [person("Samuel Charap", &["Charap", "Charapp"], 4)]
    );
    // The same first name with a slip of the surname.
    let draft = "Samuel Charap said talks had stalled. Charap added that both sides were tired. \
                 Samuel Charapp said more.";
    assert_eq!(
        people_of(draft),
        [person("Samuel Charap", &["Charap", "Charapp"], 3)]
    );
}

#[test]
fn a_titled_surname_is_the_person_named_in_full() {
    // The title comes first, the full name later: still one person.
    let draft = "President Ruto spoke to reporters on Monday. Ruto said the budget would pass.\n\n\
                 William Ruto said later the vote was close.";
    assert_eq!(people_of(draft), [person("William Ruto", &["Ruto"], 3)]);
    // The full name first, with the title; then "President Ruto" and "Ruto".
    let draft = "President William Ruto spoke to reporters on Monday. Ruto said the budget would \
                 pass. President Ruto left.";
    assert_eq!(people_of(draft), [person("William Ruto", &["Ruto"], 3)]);
    let draft = "Sen. Warren spoke. Warren said no. Elizabeth Warren said later the vote was \
                 close. Warren left.";
    assert_eq!(
        people_of(draft),
        [person("Elizabeth Warren", &["Warren"], 4)]
    );
}

#[test]
fn people_who_share_a_first_name_stay_apart() {
    let draft = "Maria Lopez said the ward was full. Maria Chen said staff were tired.\n\n\
                 Lopez said beds ran out. Chen said the night was long.";
    assert_eq!(
        people_of(draft),
        [
            person("Maria Lopez", &["Lopez"], 2),
            person("Maria Chen", &["Chen"], 2),
        ]
    );
}

#[test]
fn near_surnames_with_different_first_names_stay_apart() {
    // Sanna Marin and Eric Martin: one letter apart, two people.
    let draft = "Sanna Marin said the talks went well. Eric Martin said they did not.\n\n\
                 Marin left early. Martin stayed.";
    assert_eq!(
        people_of(draft),
        [
            person("Sanna Marin", &["Marin"], 2),
            person("Eric Martin", &["Martin"], 2),
        ]
    );
}
