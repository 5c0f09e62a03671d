//! The people a resolution can choose from: each body mention of a person with the part it
//! plays in its sentence, and each person's sex as far as the draft reveals it.

use crate::article::lexicon::{self, Gender};
use crate::article::people::{MentionZone, Person};
use crate::article::structure::Structure;
use crate::article::tokens::{Tok, TokKind, Tokens};
use crate::text::{is_ascii_space, Span};
use std::ops::Range;

/// How far around a mention its sentence is read, in bytes: the words that make it a speaker or
/// a subject sit right next to it.
const AROUND: usize = 160;
/// The most words of role a subject may wear before its name ("62-year-old retired teacher").
const MOST_MODIFIERS: usize = 6;

/// The part a mention plays in its sentence, strongest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// The speaker of a cue: `Egge said`, `said Robert Egge`, `Walsh, the chief of staff, explained`.
    Speaker,
    /// The subject the sentence opens with, after its role words: `62-year-old Brenda Johnson
    /// railed`.
    Subject,
    /// Any other mention: an object, a name in passing.
    Mentioned,
}

/// A person's mention in the writer's words, where a pronoun or description may reach it.
#[derive(Clone, Copy, Debug)]
pub struct Sighting {
    pub span: Span,
    pub person: usize,
    pub paragraph: usize,
    pub role: Role,
    /// The sex the words at this mention tell: its title or noun, or else a pronoun or
    /// possessive within four words in its clause ("Woods shared her belief").
    pub told: Gender,
}

/// What the draft tells about one person.
#[derive(Clone, Copy, Debug)]
pub struct Profile {
    pub gender: Gender,
    /// Votes for each sex: titles, given names, nouns, the pronouns that follow the person.
    male: u16,
    female: u16,
}

impl Default for Profile {
    fn default() -> Self {
        Profile {
            gender: Gender::Any,
            male: 0,
            female: 0,
        }
    }
}

impl Profile {
    fn vote(&mut self, gender: Gender, weight: u16) {
        match gender {
            Gender::Male => self.male += weight,
            Gender::Female => self.female += weight,
            Gender::Any => {}
        }
    }

    fn decide(&mut self) {
        self.gender = match self.male.cmp(&self.female) {
            std::cmp::Ordering::Greater => Gender::Male,
            std::cmp::Ordering::Less => Gender::Female,
            std::cmp::Ordering::Equal => Gender::Any,
        };
    }
}

/// The people's mentions in the body, sorted by position, and what each person is known as.
pub struct Cast {
    pub sightings: Vec<Sighting>,
    pub profiles: Vec<Profile>,
}

impl Cast {
    pub fn of(structure: &Structure, people: &[Person]) -> Cast {
        let prose = structure.prose.as_str();
        let mut sightings: Vec<Sighting> = Vec::new();
        let mut profiles = vec![Profile::default(); people.len()];
        let mut words = Words::default();
        for (index, person) in people.iter().enumerate().filter(|(_, p)| !p.credit) {
            let first = person.name.split(' ').next().unwrap_or("");
            profiles[index].vote(lexicon::given_name_gender(first), 4);
            for word in person.role.iter().flat_map(|r| r.split(' ')) {
                profiles[index].vote(lexicon::noun_gender(word), 2);
            }
            for m in person.mentions.iter() {
                if m.zone != MentionZone::Body || m.in_quote || m.attributive {
                    continue;
                }
                let paragraph = structure
                    .paragraphs
                    .partition_point(|p| p.span.end <= m.span.start);
                let Some(bounds) = structure.paragraphs.get(paragraph).map(|p| p.span) else {
                    continue;
                };
                let around = Around::read(prose, m.span, bounds, &mut words);
                let told = around.gender_told(prose, m.span);
                profiles[index].vote(told, 4);
                // Only a subject's or speaker's next pronoun is likely theirs, and even then
                // only a weak vote ("Trump attacked Clinton, saying she …").
                if around.role != Role::Mentioned {
                    profiles[index].vote(around.next_pronoun, 1);
                }
                sightings.push(Sighting {
                    span: m.span,
                    person: index,
                    paragraph,
                    role: around.role,
                    told: match told {
                        Gender::Any => around.close_pronoun,
                        told => told,
                    },
                });
            }
        }
        profiles.iter_mut().for_each(Profile::decide);
        sightings.sort_by_key(|s| s.span.start);
        Cast {
            sightings,
            profiles,
        }
    }

    /// Takes in sightings found elsewhere (`described`), keeping them in text order.
    pub fn add(&mut self, sightings: Vec<Sighting>) {
        if sightings.is_empty() {
            return;
        }
        self.sightings.extend(sightings);
        self.sightings.sort_by_key(|s| s.span.start);
    }
}

/// The words before and after a mention, as tokens.
#[derive(Default)]
struct Words<'a> {
    before: Vec<Tok<'a>>,
    after: Vec<Tok<'a>>,
}

/// What the words around one mention say about it.
struct Around {
    role: Role,
    /// A title or a sexed noun next to the mention ("Ms.", "congresswoman").
    told: Gender,
    /// The first "he" or "she" after the mention in its sentence and the next; read only for a
    /// speaker or a subject, whose next pronoun may be theirs (`Gender::Any` for the others).
    next_pronoun: Gender,
    /// A pronoun a few words after the mention, possessives too ("Woods shared her belief").
    close_pronoun: Gender,
}

impl Around {
    /// Reads the words around a mention into `words` (kept from mention to mention, so that
    /// reading allocates only while the buffers grow).
    fn read<'a>(prose: &'a str, mention: Span, paragraph: Span, words: &mut Words<'a>) -> Around {
        let from = crate::text::floor_char_boundary(prose, mention.start.saturating_sub(AROUND));
        let to = crate::text::floor_char_boundary(prose, (mention.end + AROUND).min(paragraph.end));
        read_before(
            prose,
            from.max(paragraph.start),
            mention.start,
            &mut words.before,
        );
        words.after.clear();
        let mut after = After {
            tokens: Tokens::new(prose, Span::new(mention.end, to), &[]).take(MOST_WORDS_AFTER),
            read: &mut words.after,
        };
        let before = &words.before;
        let reaches_paragraph_start = from <= paragraph.start;
        let (cue_after, appositive) = cue_after(&mut after);
        let modifiers = modifiers_before(before);
        // "Bloomberg's pollster", "When Maddow pointed out …, Clinton said": the sentence is
        // about someone else. Not "When Trump held rallies he was received …", where the
        // sentence goes on about the person.
        let carried_on =
            modifiers.boundary == Boundary::OpeningSubordinate && after.pronoun_before_a_name();
        let subordinate = matches!(
            modifiers.boundary,
            Boundary::Subordinate | Boundary::OpeningSubordinate
        );
        let possessive = is_possessive(prose, mention.end);
        // "Podliska's lawsuit demands his reinstatement": the sentence is about the owner of the
        // thing it opens with, not about "Bloomberg's spokesman", a person of their own.
        let opens_a_sentence = match before.last() {
            None => reaches_paragraph_start,
            Some(t) => t.is_punct('.') || t.is_punct('?') || t.is_punct('!'),
        };
        let owns_the_subject = possessive
            && opens_a_sentence
            && !lexicon::is_person_noun(possessed_word(prose, mention.end));
        let aside = possessive && !owns_the_subject || subordinate && !carried_on;
        let role = if aside {
            Role::Mentioned
        } else if carried_on || owns_the_subject {
            Role::Subject
        } else if cue_after || cue_before(before, &mut after) || asked(before) {
            Role::Speaker
        } else if modifiers.opens_sentence(reaches_paragraph_start) {
            Role::Subject
        } else {
            Role::Mentioned
        };
        let next_pronoun = match role {
            Role::Mentioned => Gender::Any,
            Role::Speaker | Role::Subject => after.next_pronoun(),
        };
        let told = before[before.len() - modifiers.count..]
            .iter()
            .chain(&after.read[appositive])
            .map(|t| noun_or_title_gender(t.text))
            .find(|&g| g != Gender::Any)
            .unwrap_or(Gender::Any);
        Around {
            role,
            told,
            next_pronoun,
            close_pronoun: after.close_pronoun(),
        }
    }

    /// The sex a title or noun next to the mention tells, or the mention's own title.
    fn gender_told(&self, prose: &str, mention: Span) -> Gender {
        let own = mention.slice(prose).split(' ').next().unwrap_or("");
        match super::super::pronouns::title_gender(own) {
            Gender::Any => self.told,
            gender => gender,
        }
    }
}

/// How many words before a mention are ever looked at: the words of role back to
/// `MOST_MODIFIERS` and the one that stops them (the cue before looks at fewer).
const WORDS_BEFORE: usize = MOST_MODIFIERS + 1;
/// How far back from a mention its words before are first read from: most often far enough
/// for `WORDS_BEFORE` words.
const NEAR_BEFORE: usize = 56;
/// How many words after a mention are ever looked at (an appositive, the verb's fillers, the
/// next pronoun).
const MOST_WORDS_AFTER: usize = 24;

/// Reads the words from `from` to a mention into `before`, or only the last of them when
/// those are enough: a space is never inside a token, so reading from a space near the mention
/// gives the same last words as reading from `from`, and with `WORDS_BEFORE` of them no
/// question asked of the words before reads further back.
fn read_before<'a>(prose: &'a str, from: usize, mention: usize, before: &mut Vec<Tok<'a>>) {
    let near = mention.saturating_sub(NEAR_BEFORE);
    let space = (near > from)
        .then(|| {
            prose.as_bytes()[near..mention]
                .iter()
                .position(|&b| is_ascii_space(b))
        })
        .flatten();
    if let Some(space) = space {
        before.clear();
        before.extend(Tokens::new(prose, Span::new(near + space, mention), &[]));
        if before.len() >= WORDS_BEFORE {
            return;
        }
    }
    before.clear();
    before.extend(Tokens::new(prose, Span::new(from, mention), &[]));
}

/// The words after a mention, read from the prose only as far as a question asks: most
/// mentions are settled by their next word or two.
struct After<'a, 'w> {
    tokens: std::iter::Take<Tokens<'a, 'static>>,
    read: &'w mut Vec<Tok<'a>>,
}

impl<'a> After<'a, '_> {
    /// The word at `index` after the mention, if there are that many.
    fn get(&mut self, index: usize) -> Option<Tok<'a>> {
        while self.read.len() <= index {
            self.read.push(self.tokens.next()?);
        }
        Some(self.read[index])
    }

    /// Whether "he", "she" or "they" comes among the words read before another capitalised
    /// word: the sentence goes on about the mention.
    fn pronoun_before_a_name(&mut self) -> bool {
        (0..MOST_WORDS_AFTER)
            .map_while(|index| self.get(index))
            .filter(|t| t.is_word())
            .find_map(|t| {
                let pronoun = matches!(
                    lexicon::pronoun(t.text),
                    Some(Gender::Male | Gender::Female)
                ) || t.text.eq_ignore_ascii_case("they");
                (pronoun || t.is_capitalised()).then_some(pronoun)
            })
            .unwrap_or(false)
    }

    /// "he", "she", "his", "her", "him" within the first four words after the mention, in its
    /// clause ("endorsed Clinton, said Wednesday he …" tells nothing of Clinton).
    fn close_pronoun(&mut self) -> Gender {
        (0..4)
            .map_while(|index| self.get(index))
            .take_while(|t| t.is_word())
            .find_map(|t| {
                let gender = match t.text.to_ascii_lowercase().as_str() {
                    "his" | "him" | "himself" => Gender::Male,
                    "her" | "herself" => Gender::Female,
                    _ => lexicon::pronoun(t.text)?,
                };
                (gender != Gender::Any).then_some(gender)
            })
            .unwrap_or(Gender::Any)
    }

    /// The first "he" or "she" within 16 words.
    fn next_pronoun(&mut self) -> Gender {
        (0..16)
            .map_while(|index| self.get(index))
            .find_map(|t| lexicon::pronoun(t.text).filter(|&g| g != Gender::Any))
            .unwrap_or(Gender::Any)
    }
}

fn noun_or_title_gender(word: &str) -> Gender {
    match super::super::pronouns::title_gender(word) {
        Gender::Any => lexicon::noun_gender(word),
        gender => gender,
    }
}

/// Whether a cue verb follows the mention, past what stands in apposition to it (`Walsh, the
/// chief of staff, explained`, `Stone, 29, of Huntsville, Ala., says`, `Dunwoody, who worked for
/// Obama, said`) and the verb's fillers; and where the first appositive's words are among those
/// read.
fn cue_after(after: &mut After) -> (bool, Range<usize>) {
    if !after.get(0).is_some_and(|t| t.is_punct(',')) {
        return (cue_at(after, 0), 0..0);
    }
    // The name itself in apposition: "Bloomberg's pollster, Douglas Schoen, says".
    if cue_at(after, 1) {
        return (true, 0..0);
    }
    let mut at = 1;
    let mut appositive = None;
    for _ in 0..MOST_APPOSITIVE_CHUNKS {
        let close = (at..at + LONGEST_APPOSITIVE_CHUNK).find(|&index| match after.get(index) {
            None => true,
            // "Huntsville, Ala., says": the full stop of an abbreviation.
            Some(t) if t.is_punct('.') => !after.get(index + 1).is_some_and(|n| n.is_punct(',')),
            Some(t) => t.is_punct(',') || ends_apposition(&t),
        });
        let Some(close) = close.filter(|&i| after.get(i).is_some_and(|t| t.is_punct(','))) else {
            break;
        };
        let first = appositive.get_or_insert(1..close).clone();
        if cue_at(after, close + 1) {
            return (true, first);
        }
        at = close + 1;
    }
    let read = after.read.len().min(6);
    (false, appositive.unwrap_or(1..read))
}

/// How many comma-closed stretches may stand between a name and its verb.
const MOST_APPOSITIVE_CHUNKS: usize = 3;
/// The words of the longest of them ("who worked as a campaign staffer for Barack Obama in the
/// 2008 primary and on into the general election").
const LONGEST_APPOSITIVE_CHUNK: usize = 20;

/// A token that no apposition reads past: a quotation, or a mark that ends a clause.
fn ends_apposition(t: &Tok) -> bool {
    matches!(t.kind, TokKind::Quote(_)) || t.is_punct(';') || t.is_punct('?') || t.is_punct('!')
}

/// A cue verb at `at`, past the verb's fillers.
fn cue_at(after: &mut After, mut at: usize) -> bool {
    while after
        .get(at)
        .is_some_and(|t| lexicon::is_verb_filler(t.text))
    {
        at += 1;
    }
    after.get(at).is_some_and(|t| is_cue_of_a_speaker(&t))
}

/// A cue verb that makes the name next to it a speaker without a quote in sight: not one that
/// attributes only the words after it ("Trump went too far", "Swanson praised Graham").
fn is_cue_of_a_speaker(t: &Tok) -> bool {
    t.is_word() && lexicon::is_cue_verb(t.text, &[]) && !lexicon::cue_only_before_quote(t.text)
}

/// The mention is an owner: "Bloomberg's pollster", "the Clintons’ foundation"; not "Curry's
/// pressing ahead", where the 's is "is" or "has".
fn is_possessive(prose: &str, end: usize) -> bool {
    let rest = &prose[end..];
    let mut chars = rest.chars();
    let Some(apostrophe) = chars.next().filter(|&c| crate::text::is_apostrophe(c)) else {
        return false;
    };
    let after_s = &rest[apostrophe.len_utf8()..];
    let Some(after) = after_s.strip_prefix('s') else {
        return !after_s.starts_with(char::is_alphanumeric);
    };
    if after.starts_with(char::is_alphanumeric) {
        return false;
    }
    let next_word = after
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    !(next_word.ends_with("ing") || lexicon::is_verb_filler(next_word))
}

/// The word a possessive at `end` opens: "lawsuit" in "Podliska's lawsuit".
fn possessed_word(prose: &str, end: usize) -> &str {
    let rest = prose.get(end..).unwrap_or("");
    let after_mark = rest.trim_start_matches(|c: char| crate::text::is_apostrophe(c) || c == 's');
    after_mark
        .trim_start()
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("")
}

/// An inverted cue just before the mention and its labels: `said Robert Egge`, `said Trump
/// campaign chairman Paul Manafort`. Not a gerund in an opening phrase (`In describing Donald
/// Trump, Cuban said`), nor a verb whose object is the mention (`told CNN's Jake Tapper`), nor
/// a mention that goes on as the subject of a clause of its own (`Earnest said Obama has kept
/// …`, `Corbett said he and Barker were …`).
fn cue_before(before: &[Tok], after: &mut After) -> bool {
    let cue = before
        .iter()
        .rev()
        .take(5)
        .take_while(|t| t.is_word())
        .any(|t| {
            is_cue_of_a_speaker(t)
                && !t.text.ends_with("ing")
                && !lexicon::is_object_cue_verb(t.text)
        });
    cue && after
        .get(0)
        .is_none_or(|t| !t.is_word() || t.is_capitalised() || lexicon::is_preposition(t.text))
}

/// The mention is the one asked (`Conroy asked Sanders whether …`): the answer that follows is
/// theirs.
fn asked(before: &[Tok]) -> bool {
    before
        .iter()
        .rev()
        .take(4)
        .take_while(|t| t.is_word())
        .find(|t| !t.is_capitalised())
        .is_some_and(|t| lexicon::is_asking_verb(t.text))
}

/// The words of role right before a mention, back to where its sentence or clause starts.
struct Modifiers {
    count: usize,
    /// What stops the reading back.
    boundary: Boundary,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Boundary {
    /// A sentence end, a quote mark or a comma after an opening phrase.
    Clause,
    /// The words read ran out.
    Window,
    /// A word that is not a role: the mention sits inside a clause.
    Word,
    /// A word that opens a subordinate clause ("When", "after").
    Subordinate,
    /// The same, opening the sentence: "When Trump held rallies, he …" may go on about them.
    OpeningSubordinate,
}

impl Modifiers {
    fn opens_sentence(&self, reaches_paragraph_start: bool) -> bool {
        match self.boundary {
            Boundary::Clause => true,
            Boundary::Window => reaches_paragraph_start,
            Boundary::Word | Boundary::Subordinate | Boundary::OpeningSubordinate => false,
        }
    }
}

fn modifiers_before(before: &[Tok]) -> Modifiers {
    let mut count = 0;
    for (at, t) in before.iter().enumerate().rev() {
        if !t.is_word() {
            return Modifiers {
                count,
                boundary: Boundary::Clause,
            };
        }
        if lexicon::is_subordinator(t.text) {
            let opening = at.checked_sub(1).is_none_or(|i| !before[i].is_word());
            return Modifiers {
                count,
                boundary: if opening {
                    Boundary::OpeningSubordinate
                } else {
                    Boundary::Subordinate
                },
            };
        }
        let role_word = t.is_capitalised()
            || lexicon::is_speaker_noun(t.text)
            || lexicon::noun_gender(t.text) != Gender::Any
            || t.text.contains('-')
            || matches!(t.text, "the" | "a" | "an" | "former" | "retired" | "also");
        if !role_word || count == MOST_MODIFIERS {
            return Modifiers {
                count,
                boundary: Boundary::Word,
            };
        }
        count += 1;
    }
    Modifiers {
        count,
        boundary: Boundary::Window,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(tokens: &[Tok<'a>]) -> Vec<&'a str> {
        tokens.iter().map(|t| t.text).collect()
    }

    #[test]
    fn the_last_words_before_a_mention_are_those_of_the_whole_window() {
        let prose = "After a long morning of hearings on the U.S.-backed plan, the retired \
                     state senator and former mayor Jane Doe said";
        let mention = prose.find("Jane").unwrap();
        let mut near = Vec::new();
        read_before(prose, 0, mention, &mut near);
        let whole: Vec<Tok> = Tokens::new(prose, Span::new(0, mention), &[]).collect();
        assert!(WORDS_BEFORE <= near.len() && near.len() < whole.len());
        assert_eq!(texts(&near), texts(&whole[whole.len() - near.len()..]));
    }

    /// The words around the first mention of `name` in a one-paragraph draft.
    fn around(prose: &str, name: &str) -> Around {
        let start = prose.find(name).unwrap();
        let mention = Span::new(start, start + name.len());
        let paragraph = Span::new(0, prose.len());
        Around::read(prose, mention, paragraph, &mut Words::default())
    }

    fn close_pronoun(prose: &str, name: &str) -> Gender {
        around(prose, name).close_pronoun
    }

    #[test]
    fn a_pronoun_in_the_mentions_own_clause_tells_its_sex() {
        let woods = "Regarding the speech, Woods shared her belief that he went too far.";
        assert_eq!(close_pronoun(woods, "Woods"), Gender::Female);
        let endorsed = "Sanders, who endorsed Clinton, said he agrees.";
        assert_eq!(close_pronoun(endorsed, "Clinton"), Gender::Any);
    }

    fn role(prose: &str, name: &str) -> Role {
        around(prose, name).role
    }

    #[test]
    fn the_owner_of_what_a_sentence_opens_with_leads_it() {
        let lawsuit = "He was fired in May. Webb’s lawsuit demands his reinstatement.";
        assert_eq!(role(lawsuit, "Webb"), Role::Subject);
        // A person of their own, or a possessive in apposition: the sentence is not about them.
        let spokesman = "Bloomberg’s spokesman went further.";
        assert_eq!(role(spokesman, "Bloomberg"), Role::Mentioned);
        let aide = "John Podesta, Bill Clinton’s former chief of staff, offered a slogan.";
        assert_eq!(role(aide, "Bill Clinton"), Role::Mentioned);
    }

    #[test]
    fn a_short_opening_is_read_whole() {
        let prose = "Gov. Jane Doe said";
        let mention = prose.find("Jane").unwrap();
        let mut before = Vec::new();
        read_before(prose, 0, mention, &mut before);
        assert_eq!(texts(&before), ["Gov."]);
    }
}
