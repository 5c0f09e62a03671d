//! Speaker resolution: the one step where a quote whose attribution does not name its speaker
//! ("she said", "the governor said") gets the person a reader would name.
//!
//! Every such quote gets its candidates: the people the draft mentions in reach before the words
//! to resolve (`mentions::Cast`), each with named features (`features::Features`): the part
//! their latest mention plays in its sentence (speaker of a cue, sentence subject, or only
//! mentioned), how far back it is and how many other people were mentioned since, whether their
//! sex as the draft reveals it (titles, given names, sexed nouns, the pronouns that follow
//! them) agrees with the pronoun or noun, how much the story is about them, whether they speak by
//! name elsewhere, whether the reading by sentence subjects (`pronouns`) chose them, and for a
//! description whether they wear its role noun. The best candidate wins; its share of the
//! weight is the confidence, and close runners-up are kept as alternatives. A description no
//! candidate fits well stays the description; a pronoun with no candidate stays as it was.

mod described;
mod documents;
mod features;
mod mentions;
mod writer;

use super::{Quote, SpeakerKind};
use crate::article::dateline::DatelineAnalysis;
use crate::article::lexicon::{self, Gender};
use crate::article::people::{MentionZone, Person};
use crate::article::structure::Structure;
use crate::text::{floor_char_boundary, Span};
use features::{weigh, Agreement, Features, Verdict};
use mentions::{Cast, Role, Sighting};

/// How many paragraphs back a candidate is in reach; past it the whole draft before the quote is
/// read, for a pronoun that would otherwise be left bare.
const REACH: usize = 3;
/// How many mentions back a search reads, to stay linear on long drafts.
const LOOKBACK: usize = 200;
/// The weight a description's best candidate needs before the description becomes a name.
const DESCRIPTION_FLOOR: f32 = 2.0;
/// The weight an epithet's best candidate needs: someone in reach it can describe at all.
const EPITHET_FLOOR: f32 = 1.0;

/// Words to resolve: a quote's own pronoun or description.
struct Wanted {
    quote: usize,
    /// The quoted words.
    content: Span,
    /// Where the words stand: candidates are mentioned before this.
    at: usize,
    paragraph: usize,
    ask: Ask,
}

enum Ask {
    Pronoun {
        gender: Gender,
        /// The name the reading by sentence subjects gave, lower-cased last word.
        subject_chain: Option<String>,
    },
    /// A definite description of one person ("the retired neurosurgeon"), by its head noun.
    Description {
        head: String,
        gender: Gender,
        /// Its complement names something ("the head of Microsoft"): only someone who wears
        /// the role is it.
        named_complement: bool,
        /// It tells an age or an origin ("the 30-year-old", "the American"): it describes
        /// someone the draft has named, never someone new.
        epithet: bool,
    },
    /// A document of one person's ("the suit", "her Twitter account"): its author speaks.
    Document(documents::Document),
}

pub fn resolve(
    structure: &Structure,
    datelines: &DatelineAnalysis,
    quotes: &mut [Quote],
    people: &[Person],
) {
    first_person(structure, quotes, people);
    let prose = structure.prose.as_str();
    let wanted: Vec<Wanted> = quotes
        .iter()
        .enumerate()
        .filter_map(|(i, q)| Wanted::of(prose, q, i))
        .collect();
    // Most drafts name every speaker: nothing to weigh.
    if wanted.is_empty() || people.is_empty() {
        return;
    }
    let mut cast = Cast::of(structure, people);
    cast.add(described_sightings(
        structure, datelines, quotes, people, &wanted,
    ));
    let quoted = quoted_people(quotes, people);
    for w in &wanted {
        let Some(verdict) = Weighing::new(&cast, people, &quoted, prose).decide(w) else {
            continue;
        };
        if let Some(a) = quotes[w.quote].attribution.as_mut() {
            a.speaker = match &w.ask {
                Ask::Document(document) => {
                    format!("{}’s {}", people[verdict.person].name, document.named)
                }
                _ => people[verdict.person].name.clone(),
            };
            a.person = Some(verdict.person);
            a.confidence = verdict.confidence;
            a.alternatives = verdict
                .alternatives
                .iter()
                .map(|&p| people[p].name.clone())
                .collect();
        }
    }
    super::share_speakers(quotes, |_| true);
}

/// The sentence subjects that describe someone named ("The actress said …") in the paragraphs
/// the wanted words reach back to.
fn described_sightings(
    structure: &Structure,
    datelines: &DatelineAnalysis,
    quotes: &[Quote],
    people: &[Person],
    wanted: &[Wanted],
) -> Vec<Sighting> {
    let prose = structure.prose.as_str();
    let mut reading: Vec<usize> = wanted
        .iter()
        .flat_map(|w| w.paragraph.saturating_sub(REACH)..=w.paragraph)
        .collect();
    reading.sort_unstable();
    reading.dedup();
    let mut paragraphs = super::attribution_paragraphs(structure, datelines, quotes);
    let quoted: Vec<Span> = quotes.iter().map(|q| q.span).collect();
    described::sightings(prose, &mut paragraphs, &quoted, people, reading.into_iter())
}

/// "I said" in the writer's own sentences: the writer (`writer`).
fn first_person(structure: &Structure, quotes: &mut [Quote], people: &[Person]) {
    let is_writer = |a: &super::Attribution| a.kind == SpeakerKind::Pronoun && a.speaker == "I";
    if !quotes
        .iter()
        .any(|q| q.attribution.as_ref().is_some_and(is_writer))
    {
        return;
    }
    let (name, person) = writer::writer(structure, people);
    for a in quotes.iter_mut().filter_map(|q| q.attribution.as_mut()) {
        if is_writer(a) {
            a.speaker = name.clone();
            a.person = person;
        }
    }
}

impl Wanted {
    fn of(prose: &str, q: &Quote, quote: usize) -> Option<Wanted> {
        let a = q.attribution.as_ref()?;
        let span = a.speaker_span.filter(|_| a.from_quote.is_none())?;
        let words = span.slice(prose);
        let ask = match a.kind {
            // "“…,” it reads." where "it" was read as "The email": the email's author speaks.
            SpeakerKind::Pronoun if words.eq_ignore_ascii_case("it") => {
                documents::described(&a.speaker).map(Ask::Document)?
            }
            SpeakerKind::Pronoun => {
                let gender = pronoun_gender(words)?;
                let resolved = !a.speaker.eq_ignore_ascii_case(words);
                Ask::Pronoun {
                    gender,
                    subject_chain: resolved.then(|| last_word(&a.speaker)),
                }
            }
            SpeakerKind::Description => definite_description(words)
                .or_else(|| documents::described(words).map(Ask::Document))?,
            SpeakerKind::Name => return None,
        };
        Some(Wanted {
            quote,
            content: q.content,
            at: span.start,
            paragraph: q.paragraph,
            ask,
        })
    }
}

/// "he", "she", "his", "her": the pronouns that tell a sex. "They" and "it" are left to the
/// reading by sentence subjects, which knows groups and documents.
fn pronoun_gender(word: &str) -> Option<Gender> {
    let gender = match word.to_ascii_lowercase().as_str() {
        "his" => Gender::Male,
        "her" => Gender::Female,
        _ => lexicon::pronoun(word)?,
    };
    (gender != Gender::Any).then_some(gender)
}

/// "the retired neurosurgeon", "the Republican nominee": one person the draft may name. Not
/// "a spokeswoman" (someone unnamed), "the company" (an institution), "officials" (a group).
fn definite_description(words: &str) -> Option<Ask> {
    let mut parts = words.split(' ');
    let first = parts.next()?;
    // "the former secretary of state": the head is the noun before its complement.
    let head = parts.take_while(|w| !lexicon::ends_noun_head(w)).last()?;
    let head = head.trim_end_matches(|c: char| !c.is_alphanumeric());
    // "the committee chairmen", "the two": more than one person, whom no one name stands for.
    let plural = lexicon::is_plural_noun(head) || lexicon::is_determiner(head);
    let definite = first.eq_ignore_ascii_case("the");
    let epithet = lexicon::epithet(head);
    // "the FBI", "the IMF": a name of its own, not a role ("the American" is one of a people).
    let named = head.starts_with(char::is_uppercase) && epithet.is_none();
    if !definite
        || named
        || plural
        || words.split(' ').count() > 6
        || lexicon::is_institution_noun(head)
    {
        return None;
    }
    let gender = words
        .split(' ')
        .map(lexicon::noun_gender)
        .chain(epithet)
        .find(|&g| g != Gender::Any)
        .unwrap_or(Gender::Any);
    let named_complement = words
        .split(' ')
        .skip_while(|w| !lexicon::ends_noun_head(w))
        .any(|w| w.starts_with(char::is_uppercase));
    Some(Ask::Description {
        head: head.to_lowercase(),
        gender,
        named_complement,
        epithet: epithet.is_some(),
    })
}

fn last_word(name: &str) -> String {
    name.rsplit(' ').next().unwrap_or(name).to_lowercase()
}

/// Which people speak by name somewhere in the draft (a quote's speaker ends in their surname).
fn quoted_people(quotes: &[Quote], people: &[Person]) -> Vec<bool> {
    let mut surnames: Vec<String> = quotes
        .iter()
        .filter_map(|q| q.attribution.as_ref())
        .filter(|a| a.kind == SpeakerKind::Name)
        .map(|a| last_word(&a.speaker))
        .collect();
    surnames.sort_unstable();
    surnames.dedup();
    people
        .iter()
        .map(|p| surnames.binary_search(&last_word(&p.name)).is_ok())
        .collect()
}

/// One weighing of candidates for words to resolve.
struct Weighing<'w> {
    cast: &'w Cast,
    people: &'w [Person],
    quoted: &'w [bool],
    prose: &'w str,
}

/// A candidate being gathered: the person and their features so far.
struct Gathered {
    person: usize,
    features: Features,
}

impl<'w> Weighing<'w> {
    fn new(cast: &'w Cast, people: &'w [Person], quoted: &'w [bool], prose: &'w str) -> Self {
        Weighing {
            cast,
            people,
            quoted,
            prose,
        }
    }

    fn decide(&self, w: &Wanted) -> Option<Verdict> {
        if let Ask::Document(document) = &w.ask {
            return self.author(w, document);
        }
        let mut gathered = self.gather(w, Some(REACH));
        if gathered.is_empty() && matches!(w.ask, Ask::Pronoun { .. }) {
            gathered = self.gather(w, None);
        }
        mark_sole_of_the_sex(&mut gathered);
        discount_a_chain_that_skipped_a_leader(&mut gathered);
        let mut scored: Vec<(usize, f32)> = gathered
            .iter()
            .filter_map(|g| g.features.score().map(|s| (g.person, s)))
            .collect();
        let verdict = weigh(&mut scored)?;
        if let Ask::Description {
            named_complement,
            epithet,
            ..
        } = w.ask
        {
            let winner = gathered.iter().find(|g| g.person == verdict.person);
            let wears = winner.is_some_and(|g| g.features.wears_role);
            // An epithet describes the last person who led a sentence, or no one the draft
            // has named ("Roddick was left frustrated … “…,” said the American.").
            let last_leader =
                winner.is_some_and(|g| g.features.led_in_reach && g.features.leaders_since == 0);
            let fits = if epithet {
                last_leader && verdict.score >= EPITHET_FLOOR
            } else {
                !named_complement && verdict.score >= DESCRIPTION_FLOOR
            };
            if !wears && !fits {
                return None;
            }
        }
        Some(verdict)
    }

    /// The author of a document: the person the draft gave it to before, or whom its
    /// possessive pronoun stands for.
    fn author(&self, w: &Wanted, document: &documents::Document) -> Option<Verdict> {
        match &document.owner {
            documents::Owner::Earlier { head } => {
                let person = documents::earlier_owner(
                    self.cast,
                    self.prose,
                    head,
                    w.at,
                    w.paragraph,
                    REACH,
                )?;
                Some(Verdict {
                    person,
                    score: 0.0,
                    confidence: 100,
                    alternatives: Vec::new(),
                })
            }
            &documents::Owner::Pronoun(gender) => self.decide(&Wanted {
                ask: Ask::Pronoun {
                    gender,
                    subject_chain: None,
                },
                ..*w
            }),
        }
    }

    /// The people mentioned before the words to resolve, within `reach` paragraphs (or anywhere
    /// before), each with their features.
    fn gather(&self, w: &Wanted, reach: Option<usize>) -> Vec<Gathered> {
        let sightings = &self.cast.sightings;
        let before = sightings.partition_point(|s| s.span.end <= w.at);
        let mut gathered: Vec<Gathered> = Vec::new();
        let mut leaders = 0;
        for s in sightings[..before].iter().rev().take(LOOKBACK) {
            let s = &self.namesake_for(w, s);
            let in_reach = reach.is_none_or(|r| s.paragraph + r >= w.paragraph);
            match gathered.iter_mut().find(|g| g.person == s.person) {
                Some(g) => {
                    g.features.mentions += 1;
                    g.features.led_in_reach |= in_reach && s.role != Role::Mentioned;
                }
                None if in_reach => {
                    gathered.push(Gathered {
                        person: s.person,
                        features: self.features(w, s, leaders),
                    });
                    leaders += usize::from(s.role != Role::Mentioned);
                }
                None => {}
            }
        }
        gathered
    }

    /// A bare surname two people share ("Woods" for Ty and Dorothy Woods) stands for the one
    /// whose sex the words at the mention tell ("Woods continued in her discussion"), whichever
    /// of them the name reader filed it under.
    fn namesake_for(&self, w: &Wanted, s: &Sighting) -> Sighting {
        let wanted = match &w.ask {
            Ask::Pronoun { gender, .. } | Ask::Description { gender, .. } => *gender,
            Ask::Document(_) => Gender::Any,
        };
        let profiles = &self.cast.profiles;
        let written = s.span.slice(self.prose);
        if Agreement::of(wanted, s.told) != Agreement::Agrees
            || Agreement::of(wanted, profiles[s.person].gender) != Agreement::Clashes
            || written.contains(' ')
        {
            return *s;
        }
        let surname = written.to_lowercase();
        (0..self.people.len())
            .find(|&p| {
                p != s.person
                    && last_word(&self.people[p].name) == surname
                    && Agreement::of(wanted, profiles[p].gender) == Agreement::Agrees
            })
            .map_or(*s, |person| Sighting { person, ..*s })
    }

    fn features(&self, w: &Wanted, s: &Sighting, leaders_since: usize) -> Features {
        let person = &self.people[s.person];
        let known = self.cast.profiles[s.person].gender;
        let (wanted, subject_chain, wears_role) = match &w.ask {
            Ask::Pronoun {
                gender,
                subject_chain,
            } => (
                *gender,
                subject_chain
                    .as_ref()
                    .is_some_and(|n| *n == last_word(&person.name)),
                false,
            ),
            Ask::Description { head, gender, .. } => {
                (*gender, false, wears(self.prose, person, head))
            }
            // Weighed as the pronoun of its owner (`author`).
            Ask::Document(_) => (Gender::Any, false, false),
        };
        Features {
            role: s.role,
            led_in_reach: s.role != Role::Mentioned,
            agreement: Agreement::of(wanted, known),
            paragraphs_back: w.paragraph.saturating_sub(s.paragraph),
            leaders_since,
            mentions: 1,
            quoted: self.quoted[s.person],
            subject_chain,
            wears_role,
            sole_of_the_sex: false,
            named_in_quote: names_in(self.prose, w.content, person),
        }
    }
}

/// Whether a person wears a role noun: in the role they were introduced with, or right next
/// to one of their mentions ("Brown, the governor,", "Gov. Jerry Brown", "investor Mark
/// Cuban").
fn wears(prose: &str, person: &Person, head: &str) -> bool {
    const NEXT_TO: usize = 40;
    wears_in_role(person, head)
        || body_mentions(person).any(|m| {
            let from = floor_char_boundary(prose, m.span.start.saturating_sub(NEXT_TO));
            let to = floor_char_boundary(prose, (m.span.end + NEXT_TO).min(prose.len()));
            prose[from..to].split_whitespace().any(|w| is_head(w, head))
        })
}

/// The words a person was called by before `before`: their role, and the words of role right
/// before each of their mentions ("Oscar-winning actress Susan Sarandon"), not words in the
/// clause next to their name. Nothing for someone not yet named there.
fn close_role_words<'p>(prose: &'p str, person: &'p Person, before: usize) -> Vec<&'p str> {
    const MOST_MODIFIERS: usize = 3;
    // Room for three words of role, long ones ("Oscar-winning", "then-Department").
    const NEAR_BEFORE: usize = 60;
    let mut mentions = body_mentions(person)
        .filter(|m| m.span.end <= before)
        .peekable();
    if mentions.peek().is_none() {
        return Vec::new();
    }
    let mut words: Vec<&str> = person.role.iter().flat_map(|r| r.split(' ')).collect();
    for m in mentions {
        let from = floor_char_boundary(prose, m.span.start.saturating_sub(NEAR_BEFORE));
        let before = &prose[from..m.span.start];
        // Back to the clause's start: a mark other than a hyphen or an abbreviation's stop.
        let clause = before
            .rsplit(|c: char| {
                c.is_ascii_punctuation() && !matches!(c, '-' | '.' | '\'')
                    || crate::text::quote_mark(c).is_some()
            })
            .next()
            .unwrap_or("");
        words.extend(
            clause
                .split_whitespace()
                .rev()
                .take(MOST_MODIFIERS)
                .take_while(|w| {
                    !w.ends_with('.') || lexicon::is_abbreviated_title(w.trim_end_matches('.'))
                }),
        );
    }
    words
}

fn wears_in_role(person: &Person, head: &str) -> bool {
    person
        .role
        .iter()
        .flat_map(|r| r.split(' '))
        .any(|w| is_head(w, head))
}

fn body_mentions(person: &Person) -> impl Iterator<Item = &crate::article::people::Mention> {
    person
        .mentions
        .iter()
        .filter(|m| m.zone == MentionZone::Body && !m.in_quote)
}

/// A written word as role nouns and documents are compared: without the marks around it,
/// lower-cased ("Gov." is "gov", "email," is "email").
fn bare(written: &str) -> String {
    written
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
        .to_lowercase()
}

/// A written word is a role's head noun: "Gov." is "governor", an abbreviated title being the
/// start of its noun.
fn is_head(written: &str, head: &str) -> bool {
    let word = written.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    let abbreviation = written.ends_with('.') && word.len() >= 3 && word.is_ascii();
    word.eq_ignore_ascii_case(head) || abbreviation && head.starts_with(&word.to_ascii_lowercase())
}

/// Whether the quoted words `content` hold a word of the person's name (of three letters or
/// more) as a word of its own, not as a modifier ("Trump supporters"): "I think Sean's
/// situation …" is not Sean's own quote.
fn names_in(prose: &str, content: Span, person: &Person) -> bool {
    let text = content.slice(prose);
    let modifier_at = |at: usize| {
        person
            .mentions
            .iter()
            .any(|m| m.attributive && m.span.start <= at && at < m.span.end)
    };
    let parts = person.name.split(' ').filter(|part| part.len() >= 3);
    parts.into_iter().any(|part| {
        text.match_indices(part).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + part.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric)
                && !modifier_at(content.start + at)
        })
    })
}

/// The reading by sentence subjects sees a cue's speaker or a subject only as it parses one;
/// where the cast saw someone of the pronoun's sex speak or lead a sentence after its choice
/// ("Gerrard admitted he …", "…, noted NBC's Dante Chinni.", "Webb’s lawsuit demands …"), that
/// choice skipped the nearer leader, and is no evidence.
fn discount_a_chain_that_skipped_a_leader(gathered: &mut [Gathered]) {
    let Some(chosen) = gathered.iter().find(|g| g.features.subject_chain) else {
        return;
    };
    let since = chosen.features.leaders_since;
    let skipped = gathered.iter().any(|g| {
        g.features.role != Role::Mentioned
            && g.features.agreement == Agreement::Agrees
            && g.features.leaders_since < since
    });
    if skipped {
        for g in gathered.iter_mut() {
            g.features.subject_chain = false;
        }
    }
}

/// Marks the one candidate whose sex, as the draft tells it, agrees with the words, if only one
/// does.
fn mark_sole_of_the_sex(gathered: &mut [Gathered]) {
    let mut agreeing = gathered
        .iter_mut()
        .filter(|g| g.features.agreement == Agreement::Agrees);
    if let (Some(sole), None) = (agreeing.next(), agreeing.next()) {
        sole.features.sole_of_the_sex = true;
    }
}
