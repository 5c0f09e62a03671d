//! Folding misspelt mentions into the person they misspell: first people who share a first name
//! and whose surnames differ by a slip, then every spelling, a person's or a loose one, weighed
//! against the others by the evidence a copy editor would ask for.

mod matching;

use super::super::variants::{self, KeyShape, SpellingIndex};
use super::{fold_given, move_mentions, Draft, Group, Placed};
use matching::{best_match, Spellings};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::cmp::Reverse;

/// Folds misspelt mentions into the person they misspell.
/// `surnames` are the candidates' surnames as spellings, by candidate.
pub(super) fn merge(draft: &Draft, groups: &mut [Group], loose: &[usize], surnames: &[Cow<str>]) {
    merge_namesakes(groups);
    // Then every spelling, a person's or a loose one, is weighed against the others: in most
    // drafts no person's spelling is near any other, and there is nothing to weigh.
    if !near_a_persons_spelling(groups, loose, surnames) {
        return;
    }
    let mut clusters = clusters(draft, groups, loose, surnames);
    let spellings = Spellings::of(&clusters);
    for v in 0..clusters.len() {
        if clusters[v].absorbed {
            continue;
        }
        if let Some(s) = best_match(draft, &clusters, &spellings, v) {
            join(groups, &mut clusters, v, s);
        }
    }
}

/// First name and suffix: people who share them may be one person spelled two ways.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Namesake<'g> {
    given: &'g str,
    suffix: Option<&'g str>,
}

impl<'g> Namesake<'g> {
    fn of(g: &'g Group) -> Self {
        Namesake {
            given: g.given.as_str(),
            suffix: g.suffix.as_deref(),
        }
    }
}

/// Two introduced people whose surnames differ by a slip are one person only when their first
/// names agree; otherwise they are two people with near names (Sanna Marin, Eric Martin).
fn merge_namesakes(groups: &mut [Group]) {
    let index = namesake_index(groups);
    for q in 0..groups.len() {
        if groups[q].credit || groups[q].given.is_empty() {
            continue;
        }
        for p in index.candidates_of(q) {
            let (gp, gq) = (&groups[p], &groups[q]);
            if p == q
                || gp.merged_into.is_some()
                || gp.given != gq.given
                || gp.suffix != gq.suffix
                || variants::likeness(&gp.surname, &gq.surname).is_none()
            {
                continue;
            }
            let rank = |g: &Group| (g.mentions.len(), Reverse(g.first_full()));
            let (keep, drop) = if rank(gp) >= rank(gq) { (p, q) } else { (q, p) };
            move_mentions(groups, drop, keep);
            if drop == q {
                break;
            }
        }
    }
}

/// The surnames of people who share their first name (and suffix) with another, keyed by
/// first name as well: a draft of ten thousand people who share a hundred surnames compares
/// each only with namesakes. In most drafts nobody shares a first name, and nobody is keyed.
fn namesake_index(groups: &[Group]) -> SpellingIndex {
    let mut namesakes: HashMap<Namesake, usize> =
        HashMap::with_capacity_and_hasher(groups.len(), Default::default());
    for g in groups.iter().filter(|g| !g.credit && !g.given.is_empty()) {
        *namesakes.entry(Namesake::of(g)).or_default() += 1;
    }
    let has_namesake = |g: &Group| namesakes.get(&Namesake::of(g)) > Some(&1);
    let mut index = SpellingIndex::default();
    for (id, g) in groups
        .iter()
        .enumerate()
        .filter(|(_, g)| !g.credit && !g.given.is_empty() && has_namesake(g))
    {
        index.insert_keys(
            id,
            variants::qualified(&variants::keys(&g.surname), &g.given),
        );
    }
    index
}

/// One spelling in the draft: a person's surname, or a loose capitalised name.
struct Cluster {
    spelling: String,
    occurrences: Vec<Placed>,
    group: Option<usize>,
    /// Folded first names given with this spelling, if any.
    given: String,
    absorbed: bool,
}

/// A cluster per person left, then one per loose spelling.
fn clusters(
    draft: &Draft,
    groups: &[Group],
    loose: &[usize],
    surnames: &[Cow<str>],
) -> Vec<Cluster> {
    let mut clusters: Vec<Cluster> = Vec::with_capacity(groups.len() + loose.len());
    for (id, g) in groups.iter().enumerate() {
        if !g.credit && g.merged_into.is_none() {
            clusters.push(Cluster {
                spelling: g.surname.clone(),
                occurrences: g.mentions.clone(),
                group: Some(id),
                given: g.given.clone(),
                absorbed: false,
            });
        }
    }
    let mut by_spelling: HashMap<String, usize> =
        HashMap::with_capacity_and_hasher(loose.len(), Default::default());
    for &i in loose {
        let c = &draft.candidates[i];
        let spelling = surnames[i].to_string();
        let slot = *by_spelling.entry(spelling.clone()).or_insert_with(|| {
            clusters.push(Cluster {
                spelling,
                occurrences: Vec::new(),
                group: None,
                given: String::new(),
                absorbed: false,
            });
            clusters.len() - 1
        });
        clusters[slot].occurrences.push(Placed {
            candidate: i,
            full: false,
            span: c.surname,
        });
        if c.full() && clusters[slot].given.is_empty() {
            clusters[slot].given = fold_given(draft.prose, c);
        }
    }
    clusters
}

/// Joins `clusters[v]` and its match `clusters[s]` into the person's cluster of the two (a
/// person's spelling is never absorbed by a loose one).
fn join(groups: &mut [Group], clusters: &mut [Cluster], v: usize, s: usize) {
    let (from, to) = if clusters[s].group.is_some() {
        (v, s)
    } else {
        (s, v)
    };
    let Some(target) = clusters[to].group else {
        return;
    };
    match clusters[from].group {
        Some(group) => move_mentions(groups, group, target),
        None => groups[target]
            .mentions
            .extend(clusters[from].occurrences.iter().copied()),
    }
    let moved = std::mem::take(&mut clusters[from].occurrences);
    clusters[to].occurrences.extend(moved);
    clusters[from].absorbed = true;
}

/// Whether some person's spelling shares a spelling key with a different spelling, a person's or
/// a loose one: `best_match` joins no cluster without such a pair.
fn near_a_persons_spelling(groups: &[Group], loose: &[usize], surnames: &[Cow<str>]) -> bool {
    let persons: Vec<&str> = groups
        .iter()
        .filter(|g| !g.credit && g.merged_into.is_none())
        .map(|g| g.surname.as_str())
        .collect();
    if persons.is_empty() {
        return false;
    }
    let spellings: Vec<&str> = loose.iter().map(|&i| surnames[i].as_ref()).collect();
    // Keying every spelling costs far more than ruling most of them out by their letters: only
    // the spellings that may share a key with a different one are keyed.
    let near = near_by_shape(&persons, &spellings);
    if !near.persons.contains(&true) {
        return false;
    }
    let mut seen: HashSet<&str> =
        HashSet::with_capacity_and_hasher(spellings.len(), Default::default());
    let spellings: Vec<&str> = spellings
        .iter()
        .zip(&near.loose)
        .filter(|&(spelling, &near)| near && seen.insert(spelling))
        .map(|(&spelling, _)| spelling)
        .collect();
    let persons: Vec<&str> = persons
        .iter()
        .zip(&near.persons)
        .filter(|&(_, &near)| near)
        .map(|(&person, _)| person)
        .collect();
    share_a_key(&persons, &spellings)
}

/// Whether two of `persons`, or one of them and one of `spellings`, differ and share a key.
fn share_a_key(persons: &[&str], spellings: &[&str]) -> bool {
    // A spelling has a key per letter left out, one for itself and its transliteration key.
    let most_keys = persons.iter().map(|p| p.len() + 2).sum();
    let mut by_key: HashMap<u64, &str> =
        HashMap::with_capacity_and_hasher(most_keys, Default::default());
    for &person in persons {
        for key in variants::keys(person) {
            match by_key.insert(key, person) {
                Some(other) if other != person => return true,
                _ => {}
            }
        }
    }
    spellings.iter().any(|&spelling| {
        variants::keys(spelling)
            .into_iter()
            .any(|key| by_key.get(&key).is_some_and(|&p| p != spelling))
    })
}

/// Most pairs of spellings weighed by their letters before `near_a_persons_spelling` keys them.
const MOST_PAIRS: usize = 10_000;

/// By spelling: whether it may share a key with a different spelling.
struct NearSpellings {
    /// Per person's spelling: with another person's or a loose one.
    persons: Vec<bool>,
    /// Per loose spelling: with a person's.
    loose: Vec<bool>,
}

/// Which persons' spellings, and which loose spellings, may share a key with a different
/// spelling (a person's, or for a person's also a loose one), by `variants::KeyShape`: the
/// others share none and need no keys. With too many pairs to weigh, every one may.
fn near_by_shape(persons: &[&str], loose: &[&str]) -> NearSpellings {
    if persons.len().saturating_mul(persons.len() + loose.len()) > MOST_PAIRS {
        return NearSpellings {
            persons: vec![true; persons.len()],
            loose: vec![true; loose.len()],
        };
    }
    let person_shapes: Vec<KeyShape> = persons.iter().map(|p| KeyShape::of(p)).collect();
    let loose_shapes: Vec<KeyShape> = loose.iter().map(|s| KeyShape::of(s)).collect();
    let mut near = NearSpellings {
        persons: vec![false; persons.len()],
        loose: vec![false; loose.len()],
    };
    for (k, (&person, shape)) in persons.iter().zip(&person_shapes).enumerate() {
        // The letters first: they tell most pairs apart before the spellings are compared.
        for j in k + 1..persons.len() {
            if shape.may_share_a_key(&person_shapes[j]) && persons[j] != person {
                near.persons[k] = true;
                near.persons[j] = true;
            }
        }
        for (j, (spelling, other_shape)) in loose.iter().zip(&loose_shapes).enumerate() {
            if shape.may_share_a_key(other_shape) && *spelling != person {
                near.persons[k] = true;
                near.loose[j] = true;
            }
        }
    }
    near
}
