//! Which spelling a cluster misspells: its near spellings, found through the spelling index,
//! weighed with the evidence a copy editor would ask for.

use super::super::super::strays;
use super::super::super::variants::{self, Likeness, SpellingIndex};
use super::super::Draft;
use super::Cluster;
use crate::article::lexicon;
use rustc_hash::FxHashMap as HashMap;
use std::cmp::Reverse;

/// The clusters by spelling, and each spelling's clusters by first name. Likeness is a matter of
/// spelling, so it is weighed once per pair of spellings; and a cluster with a first name can
/// only join one with none or the same one, so only those are visited.
pub(super) struct Spellings {
    /// Spelling ids of the clusters.
    of_cluster: Vec<usize>,
    /// Per spelling id: its clusters, those without a first name, and those with each one.
    all: Vec<Vec<usize>>,
    unnamed: Vec<Vec<usize>>,
    named: Vec<HashMap<String, Vec<usize>>>,
    index: SpellingIndex,
}

impl Spellings {
    pub fn of(clusters: &[Cluster]) -> Spellings {
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
pub(super) fn best_match(
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
