//! From candidate mentions to people. A full name with evidence that it is a person introduces
//! them; later surname-only mentions refer to the person last introduced with that surname.
//! People who share a surname stay apart when their first names differ (relatives); spellings
//! that differ only by a slip are folded into one person, but only with the evidence a copy
//! editor would ask for (same first name, or one stray spelling against a settled one).

use super::house;
use super::lexicon;
use super::mentions::Candidate;
use super::variants::{self, Likeness, SpellingIndex};
use super::{Mention, MentionZone, Person, Variant};
use crate::config::Config;
use crate::text::Span;
use std::collections::{HashMap, HashSet};

/// What grouping needs to know about the draft besides the candidates.
pub(super) struct Draft<'a> {
    pub text: &'a str,
    pub prose: &'a str,
    pub candidates: Vec<Candidate>,
    /// Every word of the draft that is written in lower case, folded: a capitalised word that
    /// also appears in lower case is an ordinary word, not a name.
    pub lowercase: HashSet<String>,
    /// Where quote attributions name their speakers: certainly people.
    pub speakers: Vec<Span>,
    /// The words inside quotation marks.
    pub quoted: Vec<Span>,
}

/// A candidate placed with a person: (candidate, counts as a full-name mention, span of the
/// mention).
type Placed = (usize, bool, Span);

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
        self.mentions.iter().filter(|m| m.1).map(|m| m.2).min()
    }
}

pub(super) fn group(draft: &Draft, config: &Config) -> Vec<Person> {
    let text = |span: Span| span.slice(draft.prose);
    let candidates = &draft.candidates;
    let mut standalone: HashMap<&str, usize> = HashMap::new();
    for c in candidates.iter().filter(|c| !c.credit && !c.full()) {
        *standalone.entry(text(c.surname)).or_default() += 1;
    }
    let speaker = |c: &Candidate| draft.speakers.iter().any(|s| s.overlaps(c.span));
    let plausible_given = |word: &str| {
        lexicon::is_given_name(word)
            || (!draft.lowercase.contains(&variants::fold(word))
                && !lexicon::is_common(word)
                && !["ing", "ed", "ly"].iter().any(|e| word.ends_with(e)))
    };
    let is_person = |c: &Candidate| {
        let Some(first) = c.given.first().map(|g| text(*g)) else {
            return false;
        };
        if c.credit {
            return plausible_given(first);
        }
        if c.zone != MentionZone::Body
            || (c.sentence_start
                && !lexicon::is_given_name(first)
                && draft.lowercase.contains(&variants::fold(first)))
        {
            return false;
        }
        c.titled
            || speaker(c)
            || lexicon::is_given_name(first)
            || (plausible_given(first)
                && (c.speech
                    || c.apposition.is_some()
                    || standalone.get(text(c.surname)).is_some_and(|n| *n > 0)))
    };
    let key_of = |c: &Candidate| {
        (
            fold_given(draft.prose, c),
            text(c.surname).to_string(),
            c.suffix.map(|s| lexicon::strip_stop(text(s)).to_string()),
            c.credit,
        )
    };

    let mut groups: Vec<Group> = Vec::new();
    let mut by_key: HashMap<(String, String, Option<String>, bool), usize> = HashMap::new();
    let mut assigned = vec![false; candidates.len()];
    // Full names with evidence introduce people.
    for (i, c) in candidates.iter().enumerate() {
        if !c.full() || !is_person(c) {
            continue;
        }
        let key = key_of(c);
        let index = *by_key.entry(key.clone()).or_insert_with(|| {
            groups.push(Group {
                given: key.0.clone(),
                surname: key.1.clone(),
                suffix: key.2.clone(),
                credit: c.credit,
                mentions: Vec::new(),
                merged_into: None,
            });
            groups.len() - 1
        });
        groups[index].mentions.push((i, true, c.span));
        assigned[i] = true;
    }
    // A titled or quoted surname, or one in the house list, is a person even without a full name.
    let known_surnames: HashSet<String> = groups
        .iter()
        .filter(|g| !g.credit)
        .map(|g| g.surname.clone())
        .collect();
    for (i, c) in candidates.iter().enumerate() {
        let surname = text(c.surname);
        if c.full()
            || c.credit
            || c.zone != MentionZone::Body
            || known_surnames.contains(surname)
            || by_key.contains_key(&(String::new(), surname.to_string(), None, false))
        {
            continue;
        }
        if (c.titled
            && lexicon::is_honorific(
                c.prefix
                    .map(|p| text(p).rsplit(' ').next().unwrap_or(""))
                    .unwrap_or(""),
            ))
            || speaker(c)
            || house::knows(config, surname)
        {
            by_key.insert(
                (String::new(), surname.to_string(), None, false),
                groups.len(),
            );
            groups.push(Group {
                given: String::new(),
                surname: surname.to_string(),
                suffix: None,
                credit: false,
                mentions: vec![(i, false, c.surname)],
                merged_into: None,
            });
            assigned[i] = true;
        }
    }
    // Everything else refers to a person already introduced, or stays loose.
    let mut loose: Vec<usize> = Vec::new();
    for (i, c) in candidates.iter().enumerate() {
        if assigned[i] || c.credit {
            continue;
        }
        if c.full() {
            if let Some(&index) = by_key.get(&key_of(c)) {
                groups[index].mentions.push((i, true, c.span));
                continue;
            }
        }
        let surname = text(c.surname);
        let owner = nearest_owner(&groups, surname, c.span.start);
        match owner {
            Some(index) => groups[index].mentions.push((i, false, c.surname)),
            None => loose.push(i),
        }
    }
    merge_variants(draft, &mut groups, &loose);
    people(draft, config, &groups)
}

fn fold_given(prose: &str, c: &Candidate) -> String {
    c.given
        .iter()
        .map(|g| variants::fold(g.slice(prose)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The person a surname-only mention at `offset` refers to: the one most recently introduced with
/// that surname, or else the first one introduced later.
fn nearest_owner(groups: &[Group], surname: &str, offset: usize) -> Option<usize> {
    let owners = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| !g.credit && g.surname == surname);
    let mut before: Option<(usize, usize)> = None;
    let mut after: Option<(usize, usize)> = None;
    for (index, g) in owners {
        for &(_, full, span) in &g.mentions {
            if !full && !g.given.is_empty() {
                continue;
            }
            if span.start <= offset {
                if before.is_none_or(|(at, _)| span.start > at) {
                    before = Some((span.start, index));
                }
            } else if after.is_none_or(|(at, _)| span.start < at) {
                after = Some((span.start, index));
            }
        }
    }
    before.or(after).map(|(_, index)| index)
}

/// Folds misspelt mentions into the person they misspell.
fn merge_variants(draft: &Draft, groups: &mut [Group], loose: &[usize]) {
    let text = |span: Span| span.slice(draft.prose);
    let mut index = SpellingIndex::default();
    for (id, g) in groups.iter().enumerate().filter(|(_, g)| !g.credit) {
        index.insert(id, &g.surname);
    }
    // Two introduced people whose surnames differ by a slip are one person only when their first
    // names agree; otherwise they are two people with near names (Sanna Marin, Eric Martin).
    for q in 0..groups.len() {
        if groups[q].credit || groups[q].given.is_empty() {
            continue;
        }
        for p in index.candidates(&groups[q].surname) {
            let (gp, gq) = (&groups[p], &groups[q]);
            if p == q
                || gp.merged_into.is_some()
                || gp.given != gq.given
                || gp.suffix != gq.suffix
                || variants::likeness(&gp.surname, &gq.surname).is_none()
            {
                continue;
            }
            let (keep, drop) = if (gp.mentions.len(), std::cmp::Reverse(gp.first_full()))
                >= (gq.mentions.len(), std::cmp::Reverse(gq.first_full()))
            {
                (p, q)
            } else {
                (q, p)
            };
            move_mentions(groups, drop, keep);
            if drop == q {
                break;
            }
        }
    }
    // Loose spellings and people known only by surname join an introduced person when the
    // evidence says they are the same.
    let mut spellings: Vec<(String, Vec<Placed>, Option<usize>)> = Vec::new();
    let mut by_spelling: HashMap<String, usize> = HashMap::new();
    for &i in loose {
        let c = &draft.candidates[i];
        let spelling = text(c.surname).to_string();
        let slot = *by_spelling.entry(spelling.clone()).or_insert_with(|| {
            spellings.push((spelling, Vec::new(), None));
            spellings.len() - 1
        });
        spellings[slot].1.push((i, false, c.surname));
    }
    for (id, g) in groups.iter().enumerate() {
        if g.given.is_empty() && !g.credit && g.merged_into.is_none() {
            spellings.push((g.surname.clone(), g.mentions.clone(), Some(id)));
        }
    }
    for (spelling, occurrences, own_group) in spellings {
        let Some(target) = best_match(draft, groups, &index, &spelling, &occurrences) else {
            continue;
        };
        if own_group == Some(target) {
            continue;
        }
        match own_group {
            Some(group) => move_mentions(groups, group, target),
            None => groups[target].mentions.extend(occurrences),
        }
    }
}

fn move_mentions(groups: &mut [Group], from: usize, to: usize) {
    let moved = std::mem::take(&mut groups[from].mentions);
    groups[to].mentions.extend(moved);
    groups[from].merged_into = Some(to);
}

/// The introduced person a spelling most likely misspells, if the evidence is strong enough.
fn best_match(
    draft: &Draft,
    groups: &[Group],
    index: &SpellingIndex,
    spelling: &str,
    occurrences: &[Placed],
) -> Option<usize> {
    let mut accepted_matches: Vec<(Likeness, std::cmp::Reverse<usize>, usize)> = Vec::new();
    for p in index.candidates(spelling) {
        let g = &groups[p];
        if g.merged_into.is_some() || g.credit || g.given.is_empty() {
            continue;
        }
        let Some(likeness) = variants::likeness(&g.surname, spelling) else {
            continue;
        };
        // A first name given with the odd spelling decides: the same one joins, another one is
        // a different person.
        let mut same_first = false;
        let mut other_first = false;
        for &(i, _, _) in occurrences {
            let c = &draft.candidates[i];
            if c.full() {
                if fold_given(draft.prose, c) == g.given {
                    same_first = true;
                } else {
                    other_first = true;
                }
            }
        }
        if other_first {
            continue;
        }
        let settled = g.mentions.len();
        let ordinary_word = draft.lowercase.contains(&variants::fold(spelling))
            || lexicon::is_not_person(spelling)
            || lexicon::is_common(spelling);
        let stray = occurrences.len() == 1
            && settled >= 2
            && !ordinary_word
            && !occurrences
                .iter()
                .any(|&(i, _, _)| draft.candidates[i].credit);
        let accepted = same_first
            || (likeness == Likeness::Equivalent
                && !ordinary_word
                && spelling.chars().any(char::is_lowercase))
            || (likeness == Likeness::Near && stray);
        if !accepted {
            continue;
        }
        accepted_matches.push((likeness, std::cmp::Reverse(settled), p));
    }
    accepted_matches.sort();
    match accepted_matches.as_slice() {
        [] => None,
        [(l1, s1, p1), (l2, s2, p2), ..]
            if (l1, s1) == (l2, s2) && groups[*p1].surname != groups[*p2].surname =>
        {
            None
        }
        [(_, _, p), ..] => Some(*p),
    }
}

/// The finished people, each with their mentions in order and their spellings by preference.
fn people(draft: &Draft, config: &Config, groups: &[Group]) -> Vec<Person> {
    let text = |span: Span| span.slice(draft.prose);
    let mut people: Vec<Person> = Vec::new();
    for g in groups
        .iter()
        .filter(|g| g.merged_into.is_none() && !g.mentions.is_empty())
    {
        let mut raw = g.mentions.clone();
        raw.sort_by_key(|m| m.2.start);
        raw.dedup_by_key(|m| m.2.start);
        let mentions: Vec<Mention> = raw
            .iter()
            .map(|&(i, full, span)| {
                let c = &draft.candidates[i];
                Mention {
                    span,
                    surname: c.surname,
                    zone: c.zone,
                    full,
                    attributive: c.attributive,
                    in_quote: draft.quoted.iter().any(|q| q.contains_span(span)),
                }
            })
            .collect();
        let first_full = mentions
            .iter()
            .position(|m| m.full && m.zone != MentionZone::Trailer)
            .or_else(|| mentions.iter().position(|m| m.full));
        let mut variants: Vec<Variant> = Vec::new();
        for (k, m) in mentions.iter().enumerate() {
            let spelling = text(m.surname).to_string();
            match variants.iter_mut().find(|v| v.spelling == spelling) {
                Some(v) => v.mentions.push(k),
                None => variants.push(Variant {
                    spelling,
                    mentions: vec![k],
                }),
            }
        }
        let first_full_spelling = first_full.map(|k| text(mentions[k].surname).to_string());
        let house_canonical = variants
            .iter()
            .find_map(|v| house::verdict(config, &v.spelling, &v.spelling))
            .map(|h| house::surname_of(&h.entry.canonical).to_string());
        variants.sort_by_key(|v| {
            (
                house_canonical.as_deref() != Some(v.spelling.as_str()),
                std::cmp::Reverse(v.mentions.len()),
                first_full_spelling.as_deref() != Some(v.spelling.as_str()),
                v.mentions[0],
            )
        });
        let canonical = variants
            .first()
            .map(|v| v.spelling.clone())
            .unwrap_or_default();
        let name = match first_full {
            Some(k) => {
                let m = &mentions[k];
                let before_surname = Span::new(m.span.start, m.surname.start.max(m.span.start));
                let suffix = draft.candidates[raw[k].0]
                    .suffix
                    .map(|s| format!(" {}", s.slice(draft.text)))
                    .unwrap_or_default();
                format!("{}{canonical}{suffix}", before_surname.slice(draft.text))
            }
            None => canonical.clone(),
        };
        let role = first_full.and_then(|k| {
            let c = &draft.candidates[raw[k].0];
            c.apposition
                .or(c.prefix)
                .map(|span| span.slice(draft.text).to_string())
        });
        let role = role.or_else(|| {
            raw.iter().find_map(|&(i, _, _)| {
                draft.candidates[i]
                    .prefix
                    .map(|p| p.slice(draft.text).to_string())
            })
        });
        people.push(Person {
            name,
            role,
            mentions,
            first_full,
            variants,
            credit: g.credit,
        });
    }
    people.sort_by_key(|p| p.mentions.first().map(|m| m.span.start));
    people
}
