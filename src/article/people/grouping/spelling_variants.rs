//! Folding misspelt mentions into the person they misspell: first people who share a first name
//! and whose surnames differ by a slip, then every spelling, a person's or a loose one, weighed
//! against the others by the evidence a copy editor would ask for.

use super::super::lexicon;
use super::super::strays;
use super::super::variants::{self, KeyShape, Likeness, SpellingIndex};
use super::{fold_given, move_mentions, Draft, Group, Placed};
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

/// The clusters by spelling, and each spelling's clusters by first name. Likeness is a matter of
/// spelling, so it is weighed once per pair of spellings; and a cluster with a first name can
/// only join one with none or the same one, so only those are visited.
struct Spellings {
    /// Spelling ids of the clusters.
    of_cluster: Vec<usize>,
    /// Per spelling id: its clusters, those without a first name, and those with each one.
    all: Vec<Vec<usize>>,
    unnamed: Vec<Vec<usize>>,
    named: Vec<HashMap<String, Vec<usize>>>,
    index: SpellingIndex,
}

impl Spellings {
    fn of(clusters: &[Cluster]) -> Spellings {
        let mut ids: HashMap<&str, usize> =
            HashMap::with_capacity_and_hasher(clusters.len(), Default::default());
        let mut table = Spellings {
            of_cluster: Vec::with_capacity(clusters.len()),
            all: Vec::new(),
            unnamed: Vec::new(),
            named: Vec::new(),
            index: SpellingIndex::default(),
        };
        for (c, cluster) in clusters.iter().enumerate() {
            let id = *ids.entry(cluster.spelling.as_str()).or_insert_with(|| {
                table.index.insert(table.all.len(), &cluster.spelling);
                table.all.push(Vec::new());
                table.unnamed.push(Vec::new());
                table.named.push(HashMap::default());
                table.all.len() - 1
            });
            table.of_cluster.push(id);
            table.all[id].push(c);
            if cluster.given.is_empty() {
                table.unnamed[id].push(c);
            } else {
                table.named[id]
                    .entry(cluster.given.clone())
                    .or_default()
                    .push(c);
            }
        }
        table
    }

    /// Clusters that `clusters[v]` may join, spelling by spelling: ids of near spellings with the
    /// clusters of each that are not kept apart by a different first name.
    fn neighbours<'a>(
        &'a self,
        clusters: &'a [Cluster],
        v: usize,
    ) -> impl Iterator<Item = (usize, Vec<usize>)> + 'a {
        let given = clusters[v].given.as_str();
        self.index
            .candidates_of(self.of_cluster[v])
            .into_iter()
            .map(move |id| {
                let mut members = if given.is_empty() {
                    self.all[id].clone()
                } else {
                    let mut members = self.unnamed[id].clone();
                    members.extend(self.named[id].get(given).into_iter().flatten());
                    members
                };
                members.sort_unstable();
                (id, members)
            })
    }
}

/// A cluster that another may misspell, ranked: the likest first, then the most used.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Match {
    likeness: Likeness,
    uses: Reverse<usize>,
    cluster: usize,
}

/// The spelling that `clusters[v]` misspells, when the evidence says one person is meant (see
/// `misspells`). Two spellings that match equally well leave the choice open: none is taken.
fn best_match(
    draft: &Draft,
    clusters: &[Cluster],
    spellings: &Spellings,
    v: usize,
) -> Option<usize> {
    let vc = &clusters[v];
    let mut accepted: Vec<Match> = Vec::new();
    for (spelling, members) in spellings.neighbours(clusters, v) {
        let Some(&first) = members.first() else {
            continue;
        };
        if spellings.of_cluster[v] == spelling {
            // The same spelling is no variant of itself.
            continue;
        }
        let Some(likeness) = variants::likeness(&clusters[first].spelling, &vc.spelling) else {
            continue;
        };
        for s in members {
            let sc = &clusters[s];
            if s == v || sc.absorbed || (vc.group.is_none() && sc.group.is_none()) {
                continue;
            }
            if misspells(draft, vc, sc, likeness) {
                accepted.push(Match {
                    likeness,
                    uses: Reverse(sc.occurrences.len()),
                    cluster: s,
                });
            }
        }
    }
    accepted.sort();
    match accepted.as_slice() {
        [] => None,
        [a, b, ..]
            if (a.likeness, a.uses) == (b.likeness, b.uses)
                && clusters[a.cluster].spelling != clusters[b.cluster].spelling =>
        {
            None
        }
        [best, ..] => Some(best.cluster),
    }
}

/// Whether `vc` misspells `sc`, as alike as `likeness` says: the same first name; a
/// romanisation, case or accent variant; or one stray spelling beside a settled one. People with
/// different first names stay apart (two loose spellings never come here: `strays` has them).
fn misspells(draft: &Draft, vc: &Cluster, sc: &Cluster, likeness: Likeness) -> bool {
    let both_named = !vc.given.is_empty() && !sc.given.is_empty();
    if both_named && vc.given != sc.given {
        return false;
    }
    let same_first = both_named && vc.given == sc.given;
    let equivalent = likeness == Likeness::Equivalent
        && !is_ordinary(draft, &vc.spelling)
        && !is_ordinary(draft, &sc.spelling)
        && vc.spelling.chars().any(char::is_lowercase);
    let stray = vc.occurrences.len() == 1
        && sc.occurrences.len() >= 2
        && !is_ordinary(draft, &vc.spelling)
        && !is_listed(draft, vc)
        && !lexicon::is_given_name(&vc.spelling)
        && strays::is_slip(&sc.spelling, &vc.spelling)
        && !(sc.group.is_some() && is_ordinary(draft, &sc.spelling));
    same_first || equivalent || stray
}

/// A word the draft writes in lower case, or that the lexicon knows as no person's name.
fn is_ordinary(draft: &Draft, spelling: &str) -> bool {
    draft.lowercase.has_fold_of(spelling)
        || lexicon::is_not_person(spelling)
        || lexicon::is_common(spelling)
}

/// Some occurrence of the cluster stands in a list of names (a line-up, a roll call).
fn is_listed(draft: &Draft, cluster: &Cluster) -> bool {
    cluster
        .occurrences
        .iter()
        .any(|m| draft.candidates[m.candidate].listed)
}
