//! From candidate mentions to people. A full name with evidence that it is a person introduces
//! them; later surname-only mentions refer to the person last introduced with that surname.
//! People who share a surname stay apart when their first names differ (relatives); spellings
//! that differ only by a slip are folded into one person, but only with the evidence a copy
//! editor would ask for (same first name, or one stray spelling against a settled one).

use super::house;
use super::mentions::Candidate;
use super::strays;
use super::variants::{self, Likeness, SpellingIndex};
use super::vocabulary::LowerCaseWords;
use super::{Mention, MentionZone, Person, Variant};
use crate::article::lexicon;
use crate::config::Config;
use crate::text::{Span, SpanIndex};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::cell::{Cell, OnceCell, RefCell};
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

/// Questions whether a surname is written alone answered by walking the candidates, before a
/// set of those surnames is built for the rest.
const WALKS_BEFORE_A_SET: usize = 8;

/// A candidate placed with a person: (candidate, counts as a full-name mention, span of the
/// mention).
type Placed = (usize, bool, Span);

/// Who a full name names: folded given names, surname spelling, suffix, and whether it is a credit.
type PersonKey<'a> = (String, Cow<'a, str>, Option<&'a str>, bool);

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
    // Whether a surname is written on its own somewhere. Most drafts' people are told by other
    // evidence and ask this a few times at most, each answered by a walk over the candidates
    // cheaper than building a set of them; a set is built when many ask.
    let alone = |c: &&Candidate| !c.credit && !c.full();
    let standalone: OnceCell<HashSet<&str>> = OnceCell::new();
    let walks_left = Cell::new(WALKS_BEFORE_A_SET);
    let written_alone = |surname: &str| {
        if standalone.get().is_none() && walks_left.get() > 0 {
            walks_left.set(walks_left.get() - 1);
            return candidates
                .iter()
                .filter(alone)
                .any(|c| text(c.surname) == surname);
        }
        standalone
            .get_or_init(|| {
                candidates
                    .iter()
                    .filter(alone)
                    .map(|c| text(c.surname))
                    .collect()
            })
            .contains(surname)
    };
    let speaker = |c: &Candidate| draft.speakers.any_overlaps(c.span);
    // The draft's lower-case words cost the most to ask, and a person named in full several
    // times asks about the same first name each time: each word is asked once.
    let asked: RefCell<HashMap<&str, bool>> = RefCell::default();
    let written_in_lower_case = |word| {
        if let Some(&known) = asked.borrow().get(word) {
            return known;
        }
        let known = draft.lowercase.has_fold_of(word);
        asked.borrow_mut().insert(word, known);
        known
    };
    // The draft's lower-case words are asked last: that lookup costs the most.
    let plausible_given = |word| {
        lexicon::is_given_name(word)
            || (!["ing", "ed", "ly"].iter().any(|e| word.ends_with(e))
                && !lexicon::is_common(word)
                && !written_in_lower_case(word))
    };
    let is_person = |c: &Candidate| {
        let Some(first) = c.given.first().map(|g| text(*g)) else {
            return false;
        };
        if c.credit {
            return plausible_given(first);
        }
        if c.zone != MentionZone::Body {
            return false;
        }
        if lexicon::is_given_name(first) {
            return true;
        }
        if c.titled || speaker(c) {
            // A sentence opener that the draft also writes in lower case is an ordinary word,
            // not a first name; asked after the evidence, as that lookup costs the most.
            return !(c.sentence_start && written_in_lower_case(first));
        }
        // Weaker evidence needs a plausible first name, which the draft never writes in lower
        // case: the sentence opener's question is answered already.
        (c.speech || c.apposition.is_some() || written_alone(text(c.surname)))
            && plausible_given(first)
    };
    // Each candidate's surname as a spelling, made once: the passes below each ask for it.
    let surnames: Vec<Cow<str>> = candidates
        .iter()
        .map(|c| variants::spelling_key(text(c.surname)))
        .collect();
    let key_of = |i: usize, c: &Candidate| {
        (
            fold_given(draft.prose, c),
            surnames[i].clone(),
            c.suffix.map(|s| lexicon::strip_stop(text(s))),
            c.credit,
        )
    };

    // Sized once: a map grown from empty is rebuilt several times over even a short draft.
    let full_names = candidates.iter().filter(|c| c.full()).count();
    let mut groups: Vec<Group> = Vec::with_capacity(full_names);
    let mut by_key: HashMap<PersonKey, usize> =
        HashMap::with_capacity_and_hasher(full_names, Default::default());
    let mut assigned = vec![false; candidates.len()];
    // Full names with evidence introduce people.
    for (i, c) in candidates.iter().enumerate() {
        if !c.full() || !is_person(c) {
            continue;
        }
        let key = key_of(i, c);
        let index = match by_key.get(&key) {
            Some(&index) => index,
            None => {
                groups.push(Group {
                    given: key.0.clone(),
                    surname: key.1.to_string(),
                    suffix: key.2.map(str::to_string),
                    credit: c.credit,
                    mentions: Vec::new(),
                    merged_into: None,
                });
                by_key.insert(key, groups.len() - 1);
                groups.len() - 1
            }
        };
        groups[index].mentions.push((i, true, c.span));
        assigned[i] = true;
    }
    // A titled or quoted surname, or one in the house list, is a person even without a full name.
    let mut surname_only: HashSet<&str> = HashSet::default();
    // Each person so far was introduced by their key: its surname is theirs.
    let mut known_surnames: HashSet<&str> =
        HashSet::with_capacity_and_hasher(by_key.len(), Default::default());
    known_surnames.extend(by_key.keys().filter(|key| !key.3).map(|key| key.1.as_ref()));
    for (i, c) in candidates.iter().enumerate() {
        if c.full() || c.credit || c.zone != MentionZone::Body {
            continue;
        }
        let surname: &str = &surnames[i];
        if known_surnames.contains(surname) || surname_only.contains(surname) {
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
            groups.push(Group {
                given: String::new(),
                surname: surname.to_string(),
                suffix: None,
                credit: false,
                mentions: vec![(i, false, c.surname)],
                merged_into: None,
            });
            surname_only.insert(surname);
            assigned[i] = true;
        }
    }
    // Everything else refers to a person already introduced, or stays loose.
    let mut owners = Owners::new(&groups);
    let mut loose: Vec<usize> = Vec::with_capacity(candidates.len());
    for (i, c) in candidates.iter().enumerate() {
        if assigned[i] || c.credit {
            continue;
        }
        let surname: &str = &surnames[i];
        // Every person introduced by a full name owns their surname: a full name whose surname
        // no one owns introduces no one, and needs no key.
        if c.full() && owners.by_surname.contains_key(surname) {
            if let Some(&index) = by_key.get(&key_of(i, c)) {
                groups[index].mentions.push((i, true, c.span));
                continue;
            }
        }
        match owners.nearest(surname, c.span.start) {
            Some(index) => {
                groups[index].mentions.push((i, false, c.surname));
                if groups[index].given.is_empty() {
                    owners.add(surname, c.surname.start, index);
                }
            }
            None => loose.push(i),
        }
    }
    merge_variants(draft, &mut groups, &loose, &surnames);
    people(draft, config, groups)
}

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
    by_surname: HashMap<String, BTreeMap<usize, usize>>,
}

impl Owners {
    /// A person's full-name mentions, or every mention of a person known only by surname.
    fn new(groups: &[Group]) -> Owners {
        let mut owners = Owners {
            by_surname: HashMap::with_capacity_and_hasher(groups.len(), Default::default()),
        };
        for (index, g) in groups.iter().enumerate().filter(|(_, g)| !g.credit) {
            for &(_, full, span) in &g.mentions {
                if full || g.given.is_empty() {
                    owners.add(&g.surname, span.start, index);
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

/// Folds misspelt mentions into the person they misspell.
/// `surnames` are the candidates' surnames as spellings, by candidate.
fn merge_variants(draft: &Draft, groups: &mut [Group], loose: &[usize], surnames: &[Cow<str>]) {
    // Keyed by first name as well as surname: a draft of ten thousand people who share a
    // hundred surnames compares each only with namesakes.
    // Only people who share their first name (and suffix) with another can be merged here, and
    // in most drafts nobody does: the others are left out of the index, and so are never keyed.
    let mut namesakes: HashMap<(&str, Option<&str>), usize> =
        HashMap::with_capacity_and_hasher(groups.len(), Default::default());
    for g in groups.iter().filter(|g| !g.credit && !g.given.is_empty()) {
        *namesakes
            .entry((g.given.as_str(), g.suffix.as_deref()))
            .or_default() += 1;
    }
    let has_namesake =
        |g: &Group| namesakes.get(&(g.given.as_str(), g.suffix.as_deref())) > Some(&1);
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
    // Two introduced people whose surnames differ by a slip are one person only when their first
    // names agree; otherwise they are two people with near names (Sanna Marin, Eric Martin).
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
            let rank = |g: &Group| (g.mentions.len(), std::cmp::Reverse(g.first_full()));
            let (keep, drop) = if rank(gp) >= rank(gq) { (p, q) } else { (q, p) };
            move_mentions(groups, drop, keep);
            if drop == q {
                break;
            }
        }
    }
    // Then every spelling, a person's or a loose one, is weighed against the others: in most
    // drafts no person's spelling is near any other, and there is nothing to weigh.
    if !near_a_persons_spelling(groups, loose, surnames) {
        return;
    }
    let mut clusters: Vec<Cluster> = Vec::with_capacity(groups.len() + loose.len());
    for (id, g) in groups.iter().enumerate() {
        if !g.credit && g.merged_into.is_none() {
            let given = g.given.clone();
            clusters.push(Cluster {
                spelling: g.surname.clone(),
                occurrences: g.mentions.clone(),
                group: Some(id),
                given,
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
        clusters[slot].occurrences.push((i, false, c.surname));
        if c.full() && clusters[slot].given.is_empty() {
            clusters[slot].given = fold_given(draft.prose, c);
        }
    }
    let spellings = Spellings::of(&clusters);
    for v in 0..clusters.len() {
        if clusters[v].absorbed {
            continue;
        }
        let Some(s) = best_match(draft, &clusters, &spellings, v) else {
            continue;
        };
        let (from, to) = if clusters[s].group.is_some() {
            (v, s)
        } else {
            (s, v)
        };
        let Some(target) = clusters[to].group else {
            continue;
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
    let (persons_near, spellings_near) = near_by_shape(&persons, &spellings);
    if !persons_near.contains(&true) {
        return false;
    }
    let mut seen: HashSet<&str> =
        HashSet::with_capacity_and_hasher(spellings.len(), Default::default());
    let spellings: Vec<&str> = spellings
        .iter()
        .zip(&spellings_near)
        .filter(|&(spelling, &near)| near && seen.insert(spelling))
        .map(|(&spelling, _)| spelling)
        .collect();
    let persons: Vec<&str> = persons
        .iter()
        .zip(&persons_near)
        .filter(|&(_, &near)| near)
        .map(|(&person, _)| person)
        .collect();
    // A spelling has a key per letter left out, one for itself and its transliteration key.
    let most_keys = persons.iter().map(|p| p.len() + 2).sum();
    let mut by_key: HashMap<u64, &str> =
        HashMap::with_capacity_and_hasher(most_keys, Default::default());
    for &person in &persons {
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

/// Which persons' spellings, and which loose spellings, may share a key with a different
/// spelling (a person's, or for a person's also a loose one), by `variants::KeyShape`: the
/// others share none and need no keys. With too many pairs to weigh, every one may.
fn near_by_shape(persons: &[&str], loose: &[&str]) -> (Vec<bool>, Vec<bool>) {
    if persons.len().saturating_mul(persons.len() + loose.len()) > MOST_PAIRS {
        return (vec![true; persons.len()], vec![true; loose.len()]);
    }
    let person_shapes: Vec<variants::KeyShape> =
        persons.iter().map(|p| variants::KeyShape::of(p)).collect();
    let loose_shapes: Vec<variants::KeyShape> =
        loose.iter().map(|s| variants::KeyShape::of(s)).collect();
    let mut persons_near = vec![false; persons.len()];
    let mut loose_near = vec![false; loose.len()];
    for (k, (&person, shape)) in persons.iter().zip(&person_shapes).enumerate() {
        // The letters first: they tell most pairs apart before the spellings are compared.
        for j in k + 1..persons.len() {
            if shape.may_share_a_key(&person_shapes[j]) && persons[j] != person {
                persons_near[k] = true;
                persons_near[j] = true;
            }
        }
        for (j, (spelling, other_shape)) in loose.iter().zip(&loose_shapes).enumerate() {
            if shape.may_share_a_key(other_shape) && *spelling != person {
                persons_near[k] = true;
                loose_near[j] = true;
            }
        }
    }
    (persons_near, loose_near)
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

/// One spelling in the draft: a person's surname, or a loose capitalised name.
struct Cluster {
    spelling: String,
    occurrences: Vec<Placed>,
    group: Option<usize>,
    /// Folded first names given with this spelling, if any.
    given: String,
    absorbed: bool,
}

fn move_mentions(groups: &mut [Group], from: usize, to: usize) {
    let moved = std::mem::take(&mut groups[from].mentions);
    groups[to].mentions.extend(moved);
    groups[from].merged_into = Some(to);
}

/// The spelling that `clusters[v]` misspells, when the evidence says one person is meant: the same
/// first name; a romanisation, case or accent variant; or one stray spelling beside a settled one.
/// Two loose spellings are left to `strays`; people with different first names stay apart.
fn best_match(
    draft: &Draft,
    clusters: &[Cluster],
    spellings: &Spellings,
    v: usize,
) -> Option<usize> {
    let vc = &clusters[v];
    let ordinary = |spelling: &str| {
        draft.lowercase.has_fold_of(spelling)
            || lexicon::is_not_person(spelling)
            || lexicon::is_common(spelling)
    };
    let listed = |cluster: &Cluster| {
        cluster
            .occurrences
            .iter()
            .any(|&(i, _, _)| draft.candidates[i].listed)
    };
    let mut accepted: Vec<(Likeness, std::cmp::Reverse<usize>, usize)> = Vec::new();
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
            let both_named = !vc.given.is_empty() && !sc.given.is_empty();
            if both_named && vc.given != sc.given {
                continue;
            }
            let same_first = both_named && vc.given == sc.given;
            let equivalent = likeness == Likeness::Equivalent
                && !ordinary(&vc.spelling)
                && !ordinary(&sc.spelling)
                && vc.spelling.chars().any(char::is_lowercase);
            let stray = vc.occurrences.len() == 1
                && sc.occurrences.len() >= 2
                && !ordinary(&vc.spelling)
                && !listed(vc)
                && !lexicon::is_given_name(&vc.spelling)
                && strays::is_slip(&sc.spelling, &vc.spelling)
                && !(sc.group.is_some() && ordinary(&sc.spelling));
            if same_first || equivalent || stray {
                accepted.push((likeness, std::cmp::Reverse(sc.occurrences.len()), s));
            }
        }
    }
    accepted.sort();
    match accepted.as_slice() {
        [] => None,
        [(l1, c1, s1), (l2, c2, s2), ..]
            if (l1, c1) == (l2, c2) && clusters[*s1].spelling != clusters[*s2].spelling =>
        {
            None
        }
        [(_, _, s), ..] => Some(*s),
    }
}

/// The finished people, each with their mentions in order and their spellings by preference.
fn people(draft: &Draft, config: &Config, groups: Vec<Group>) -> Vec<Person> {
    let text = |span: Span| span.slice(draft.prose);
    let mut people: Vec<Person> = Vec::with_capacity(groups.len());
    for g in groups
        .into_iter()
        .filter(|g| g.merged_into.is_none() && !g.mentions.is_empty())
    {
        let mut raw = g.mentions;
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
                    in_quote: draft.quoted.any_contains(span),
                }
            })
            .collect();
        let first_full = mentions
            .iter()
            .position(|m| m.full && m.zone != MentionZone::Trailer)
            .or_else(|| mentions.iter().position(|m| m.full));
        let mut variants: Vec<Variant> = Vec::new();
        for (k, m) in mentions.iter().enumerate() {
            let spelling = text(m.surname);
            match variants
                .iter_mut()
                .find(|v| variants::same_spelling(&v.spelling, spelling))
            {
                Some(v) => v.mentions.push(k),
                None => {
                    // Most people are spelled one way: the first spelling has room for all.
                    let room = if variants.is_empty() {
                        mentions.len() - k
                    } else {
                        1
                    };
                    let mut spelled = Vec::with_capacity(room);
                    spelled.push(k);
                    variants.push(Variant {
                        spelling: spelling.to_string(),
                        mentions: spelled,
                    });
                }
            }
        }
        let first_full_spelling = first_full.map(|k| text(mentions[k].surname));
        let house_canonical = variants
            .iter()
            .find_map(|v| house::verdict(config, &v.spelling, &v.spelling))
            .map(|h| house::surname_of(&h.entry.canonical).to_string());
        variants.sort_by_key(|v| {
            (
                house_canonical.as_deref() != Some(v.spelling.as_str()),
                std::cmp::Reverse(v.mentions.len()),
                first_full_spelling != Some(v.spelling.as_str()),
                v.mentions[0],
            )
        });
        let canonical = variants.first().map_or("", |v| v.spelling.as_str());
        let name = match first_full {
            Some(k) => {
                let m = &mentions[k];
                let before_surname = Span::new(m.span.start, m.surname.start.max(m.span.start));
                let before = before_surname.slice(draft.text);
                let suffix = draft.candidates[raw[k].0]
                    .suffix
                    .map(|s| s.slice(draft.text));
                // Put together by hand: `format!` costs several times as much, once per person.
                let mut name = String::with_capacity(
                    before.len() + canonical.len() + suffix.map_or(0, |s| s.len() + 1),
                );
                name.push_str(before);
                name.push_str(canonical);
                if let Some(suffix) = suffix {
                    name.push(' ');
                    name.push_str(suffix);
                }
                name
            }
            None => canonical.to_string(),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn group(given: &str, surname: &str, mentions: &[(bool, usize)]) -> Group {
        Group {
            given: given.into(),
            surname: surname.into(),
            suffix: None,
            credit: false,
            mentions: mentions
                .iter()
                .map(|&(full, start)| (0, full, Span::new(start, start + 5)))
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
}
