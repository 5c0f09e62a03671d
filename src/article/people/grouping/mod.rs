//! From candidate mentions to people. A full name with evidence that it is a person introduces
//! them; later surname-only mentions refer to the person last introduced with that surname.
//! People who share a surname stay apart when their first names differ (relatives); spellings
//! that differ only by a slip are folded into one person, but only with the evidence a copy
//! editor would ask for (same first name, or one stray spelling against a settled one).
//!
//! `group` reads the candidates in passes: full names introduce people (`evidence` says which
//! are people), surnames with a title or in the house list introduce people known by surname,
//! the rest refer to someone introduced or stay loose, spelling variants are merged
//! (`spelling_variants`), and the people are finished (`finish`).

mod evidence;
mod finish;
mod spelling_variants;
#[cfg(test)]
mod tests;

use super::house;
use super::mentions::Candidate;
use super::variants;
use super::vocabulary::LowerCaseWords;
use super::{MentionZone, Person};
use crate::article::lexicon;
use crate::config::Config;
use crate::text::{Span, SpanIndex};
use evidence::PersonEvidence;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Bound::{Excluded, Unbounded};

/// What grouping needs to know about the draft besides the candidates.
pub(super) struct Draft<'a> {
    pub text: &'a str,
    pub prose: &'a str,
    pub candidates: Vec<Candidate>,
    /// Every word of the draft that is written in lower case, folded: a capitalised word that
    /// also appears in lower case is an ordinary word, not a name.
    pub lowercase: LowerCaseWords<'a>,
    /// Where quote attributions name their speakers: certainly people.
    pub speakers: SpanIndex,
    /// The words inside quotation marks.
    pub quoted: SpanIndex,
}

impl Draft<'_> {
    fn prose_at(&self, span: Span) -> &str {
        span.slice(self.prose)
    }
}

/// A candidate placed with a person.
#[derive(Clone, Copy, Debug)]
struct Placed {
    /// Index into `Draft::candidates`.
    candidate: usize,
    /// It counts as a full-name mention.
    full: bool,
    /// The span of the mention: the whole name, or only the surname.
    span: Span,
}

/// Who a full name names: two full names with the same key are one person.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct PersonKey<'a> {
    /// Folded given names ("samuel", "george w").
    given: String,
    /// The surname as a spelling (`variants::spelling_key`).
    surname: Cow<'a, str>,
    /// "Jr", "III", without its full stop.
    suffix: Option<&'a str>,
    /// A byline name is never the same person as a name in the story.
    credit: bool,
}

/// A person while the draft is being read.
struct Group {
    /// Folded given names ("samuel"); empty for a person known only by surname.
    given: String,
    surname: String,
    suffix: Option<String>,
    credit: bool,
    mentions: Vec<Placed>,
    merged_into: Option<usize>,
}

impl Group {
    fn first_full(&self) -> Option<Span> {
        self.mentions
            .iter()
            .filter(|m| m.full)
            .map(|m| m.span)
            .min()
    }
}

pub(super) fn group(draft: &Draft, config: &Config) -> Vec<Person> {
    let mut grouping = Grouping::new(draft, config);
    grouping.introduce_full_names();
    grouping.introduce_surnames_alone();
    let loose = grouping.refer_to_introduced();
    let Grouping {
        mut groups,
        surnames,
        ..
    } = grouping;
    spelling_variants::merge(draft, &mut groups, &loose, &surnames);
    finish::people(draft, config, groups)
}

/// The state of `group`'s passes over the candidates.
struct Grouping<'d, 'a> {
    draft: &'d Draft<'a>,
    config: &'d Config,
    /// Each candidate's surname as a spelling, made once: every pass asks for it.
    surnames: Vec<Cow<'a, str>>,
    evidence: PersonEvidence<'d, 'a>,
    groups: Vec<Group>,
    /// The person each full name introduced, by key.
    by_key: HashMap<PersonKey<'a>, usize>,
    /// By candidate: it has been placed with a person.
    assigned: Vec<bool>,
}

impl<'d, 'a> Grouping<'d, 'a> {
    fn new(draft: &'d Draft<'a>, config: &'d Config) -> Self {
        let candidates = &draft.candidates;
        // Sized once: a map grown from empty is rebuilt several times over even a short draft.
        let full_names = candidates.iter().filter(|c| c.full()).count();
        Grouping {
            draft,
            config,
            surnames: candidates
                .iter()
                .map(|c| variants::spelling_key(c.surname.slice(draft.prose)))
                .collect(),
            evidence: PersonEvidence::new(draft),
            groups: Vec::with_capacity(full_names),
            by_key: HashMap::with_capacity_and_hasher(full_names, Default::default()),
            assigned: vec![false; candidates.len()],
        }
    }

    fn key_of(&self, i: usize, c: &Candidate) -> PersonKey<'a> {
        PersonKey {
            given: fold_given(self.draft.prose, c),
            surname: self.surnames[i].clone(),
            suffix: c
                .suffix
                .map(|s| lexicon::strip_stop(s.slice(self.draft.prose))),
            credit: c.credit,
        }
    }

    /// Full names with evidence introduce people; the same key names the same person.
    fn introduce_full_names(&mut self) {
        let draft = self.draft;
        for (i, c) in draft.candidates.iter().enumerate() {
            if !c.full() || !self.evidence.is_person(c) {
                continue;
            }
            let key = self.key_of(i, c);
            let index = match self.by_key.get(&key) {
                Some(&index) => index,
                None => {
                    self.groups.push(Group {
                        given: key.given.clone(),
                        surname: key.surname.to_string(),
                        suffix: key.suffix.map(str::to_string),
                        credit: c.credit,
                        mentions: Vec::new(),
                        merged_into: None,
                    });
                    self.by_key.insert(key, self.groups.len() - 1);
                    self.groups.len() - 1
                }
            };
            self.groups[index].mentions.push(Placed {
                candidate: i,
                full: true,
                span: c.span,
            });
            self.assigned[i] = true;
        }
    }

    /// A titled or quoted surname, or one in the house list, is a person even without a full
    /// name, unless someone introduced already has that surname.
    fn introduce_surnames_alone(&mut self) {
        let draft = self.draft;
        let mut surname_only: HashSet<&str> = HashSet::default();
        // Each person so far was introduced by their key: its surname is theirs.
        let mut known_surnames: HashSet<&str> =
            HashSet::with_capacity_and_hasher(self.by_key.len(), Default::default());
        known_surnames.extend(
            self.by_key
                .keys()
                .filter(|key| !key.credit)
                .map(|key| key.surname.as_ref()),
        );
        for (i, c) in draft.candidates.iter().enumerate() {
            if c.full() || c.credit || c.zone != MentionZone::Body {
                continue;
            }
            let surname: &str = &self.surnames[i];
            if known_surnames.contains(surname) || surname_only.contains(surname) {
                continue;
            }
            if self.named_alone_as_a_person(c, surname) {
                self.groups.push(Group {
                    given: String::new(),
                    surname: surname.to_string(),
                    suffix: None,
                    credit: false,
                    mentions: vec![Placed {
                        candidate: i,
                        full: false,
                        span: c.surname,
                    }],
                    merged_into: None,
                });
                surname_only.insert(surname);
                self.assigned[i] = true;
            }
        }
    }

    /// An honorific before it ("Mr.", "Sen."), a quote attributed to it, or the house list.
    fn named_alone_as_a_person(&self, c: &Candidate, surname: &str) -> bool {
        let last_word_of = |prefix: Span| self.draft.prose_at(prefix).rsplit(' ').next();
        (c.titled && lexicon::is_honorific(c.prefix.and_then(last_word_of).unwrap_or("")))
            || self.draft.speakers.any_overlaps(c.span)
            || house::knows(self.config, surname)
    }

    /// Everything else refers to a person already introduced, or stays loose: the loose
    /// candidates, in order.
    fn refer_to_introduced(&mut self) -> Vec<usize> {
        let draft = self.draft;
        let mut owners = Owners::new(&self.groups);
        let mut loose: Vec<usize> = Vec::with_capacity(draft.candidates.len());
        for (i, c) in draft.candidates.iter().enumerate() {
            if self.assigned[i] || c.credit {
                continue;
            }
            let surname: &str = &self.surnames[i];
            // Every person introduced by a full name owns their surname: a full name whose
            // surname no one owns introduces no one, and needs no key.
            if c.full() && owners.by_surname.contains_key(surname) {
                if let Some(&index) = self.by_key.get(&self.key_of(i, c)) {
                    self.groups[index].mentions.push(Placed {
                        candidate: i,
                        full: true,
                        span: c.span,
                    });
                    continue;
                }
            }
            match owners.nearest(surname, c.span.start) {
                Some(index) => {
                    self.groups[index].mentions.push(Placed {
                        candidate: i,
                        full: false,
                        span: c.surname,
                    });
                    if self.groups[index].given.is_empty() {
                        owners.add(surname, c.surname.start, index);
                    }
                }
                None => loose.push(i),
            }
        }
        loose
    }
}

/// A candidate's given names folded and joined by spaces ("george w").
fn fold_given(prose: &str, c: &Candidate) -> String {
    if let [given] = c.given[..] {
        return variants::fold(given.slice(prose));
    }
    let mut folded = String::new();
    for (k, given) in c.given.iter().enumerate() {
        if k > 0 {
            folded.push(' ');
        }
        folded.push_str(&variants::fold(given.slice(prose)));
    }
    folded
}

/// Where each surname can point: the mentions that introduce or name a person by that surname,
/// by position, so that each surname-only mention finds its person by a lookup rather than a
/// scan of every earlier mention (a long draft names the same people thousands of times).
struct Owners {
    /// Per surname: the start of each owning mention, and the person it names.
    by_surname: HashMap<String, BTreeMap<usize, usize>>,
}

impl Owners {
    /// A person's full-name mentions, or every mention of a person known only by surname.
    fn new(groups: &[Group]) -> Owners {
        let mut owners = Owners {
            by_surname: HashMap::with_capacity_and_hasher(groups.len(), Default::default()),
        };
        for (index, g) in groups.iter().enumerate().filter(|(_, g)| !g.credit) {
            for m in &g.mentions {
                if m.full || g.given.is_empty() {
                    owners.add(&g.surname, m.span.start, index);
                }
            }
        }
        owners
    }

    fn add(&mut self, surname: &str, start: usize, group: usize) {
        let mentions = match self.by_surname.get_mut(surname) {
            Some(mentions) => mentions,
            None => self.by_surname.entry(surname.to_string()).or_default(),
        };
        mentions.entry(start).or_insert(group);
    }

    /// The person a surname-only mention at `offset` refers to: the one most recently named
    /// with that surname, or else the first one named later.
    fn nearest(&self, surname: &str, offset: usize) -> Option<usize> {
        let mentions = self.by_surname.get(surname)?;
        mentions
            .range(..=offset)
            .next_back()
            .or_else(|| mentions.range((Excluded(offset), Unbounded)).next())
            .map(|(_, &group)| group)
    }
}

/// Moves every mention of `groups[from]` to `groups[to]`, and marks `from` as merged.
fn move_mentions(groups: &mut [Group], from: usize, to: usize) {
    let moved = std::mem::take(&mut groups[from].mentions);
    groups[to].mentions.extend(moved);
    groups[from].merged_into = Some(to);
}
