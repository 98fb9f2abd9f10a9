//! From similar pairs to independent confirmation: origins, accepted matches, groups.
//!
//! Origins first: articles credited to the same agency are one origin, and so are two
//! articles whose statements are mostly near-identical (one wire story under two names).
//! Then a pair of statements from different origins is accepted when it is similar
//! enough for its kind, and each is the other's best match in the other article (mutual
//! best), unless the pair is near-identical. Mutual best keeps one sentence from
//! confirming every sentence of a long article that shares its names. Remarks match only
//! remarks by a compatible speaker; a remark without a speaker needs a higher score.
//! Groups are built from the strongest matches down, never putting two statements of one
//! article in the same group.

use super::similarity::{pairs, vectors};
use super::text::{name_tokens, same_speaker};
use super::{Corroboration, Kind, Match, Statement};
use serde::Serialize;
use std::collections::HashMap;

/// Least similarity for two facts to match (also a remark and a sentence reporting it).
pub(crate) const FACT: f32 = 0.20;
/// Least similarity for two remarks by the same speaker.
pub(crate) const QUOTE: f32 = 0.18;
/// Least similarity for two remarks when one has no named speaker.
pub(crate) const QUOTE_UNATTRIBUTED: f32 = 0.30;
/// A match that is the best for only one of its two statements needs this much.
pub(crate) const ONE_SIDED: f32 = 0.22;
/// Least cosine for two facts that share at least [`RESCUE_SHARED`] content words and
/// give different numbers, dates or days for the same thing: worded apart ("evacuated" /
/// "moved out"), but exactly the disagreement an analyst must see.
pub(crate) const RESCUE: f32 = 0.15;
/// Least cosine for a rescued pair of short statements that share fewer words
/// ("Turnout was 61.4%" / "Turnout reached 64.1 percent").
pub(crate) const RESCUE_SHORT: f32 = 0.25;
/// Lowercase words (or twice as many shared numbers) two statements must share.
pub(crate) const PLAIN: usize = 2;
/// Content words a rescued pair must share.
pub(crate) const RESCUE_SHARED: usize = 3;
/// A pair this similar is accepted even when it is not the mutual best.
pub(crate) const NEAR_COPY: f32 = 0.85;
/// Content words two statements must share.
pub(crate) const SHARED: usize = 2;
/// Share of a shorter article's statements that must be near copies for two articles to
/// be one wire story.
const COPY_SHARE: f32 = 0.5;

/// A group of statements reporting the same fact or remark.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// Fact or quote.
    pub kind: Kind,
    /// Mean score of its accepted matches, 0–1.
    pub score: f32,
    /// Statement indices, by article then position.
    pub members: Vec<usize>,
    /// How many independent origins it spans (at least 2).
    pub origins: usize,
    /// Indices into [`Corroboration::discrepancies`] of its discrepancies.
    pub discrepancies: Vec<usize>,
}

/// What [`find`] returns.
pub(crate) struct Found {
    pub origins: Vec<usize>,
    pub matches: Vec<Match>,
    pub groups: Vec<Group>,
    pub links: Vec<Match>,
}

/// Union-find root with path halving.
fn root(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Origins, accepted matches and (unordered) groups.
/// `differ(i, j)` tells whether two facts give different numbers, dates or days for the
/// same thing (see [`RESCUE`]).
pub(crate) fn find(
    statements: &[Statement],
    terms: &[Vec<String>],
    plain: &[Vec<String>],
    outlets: &[String],
    differ: impl Fn(usize, usize) -> bool,
) -> Found {
    let n_articles = outlets.len();
    // Articles with the same outlet are one origin.
    let mut origin: Vec<usize> = (0..n_articles).collect();
    for a in 0..n_articles {
        let key = outlets[a].to_lowercase();
        if let Some(first) = (0..a).find(|&b| outlets[b].to_lowercase() == key) {
            origin[a] = origin[first];
        }
    }
    let speakers: Vec<Vec<String>> = statements
        .iter()
        .map(|s| s.speaker.as_deref().map(name_tokens).unwrap_or_default())
        .collect();
    let vectors = vectors(terms);
    // A remark and a sentence that reports it in other words ("Verhoef said the union
    // did not oppose…") can match when the sentence names the speaker.
    let named: Vec<std::collections::HashSet<String>> = statements
        .iter()
        .map(|s| match s.kind {
            Kind::Fact => super::text::words(&s.text)
                .into_iter()
                .map(|w| w.text)
                .collect(),
            Kind::Quote => Default::default(),
        })
        .collect();
    let reports = |q: usize, f: usize| {
        statements[q].kind == Kind::Quote
            && statements[f].kind == Kind::Fact
            && speakers[q]
                .iter()
                .any(|t| t.len() >= 3 && named[f].contains(t))
    };
    let candidates = pairs(&vectors, QUOTE.min(RESCUE), |i, j| {
        let (a, b) = (&statements[i], &statements[j]);
        a.article != b.article
            && origin[a.article] != origin[b.article]
            && (a.kind == b.kind || reports(i, j) || reports(j, i))
            && terms[i].len() >= super::statements::MIN_TERMS
            && terms[j].len() >= super::statements::MIN_TERMS
    });
    // Copies of one wire story: most statements of the shorter one are near copies.
    let mut near: HashMap<(usize, usize), usize> = HashMap::new();
    for &(i, j, score, _) in &candidates {
        if score >= NEAR_COPY {
            let (a, b) = (statements[i].article, statements[j].article);
            *near.entry((a.min(b), a.max(b))).or_default() += 1;
        }
    }
    let mut counts = vec![0usize; n_articles];
    for s in statements {
        counts[s.article] += 1;
    }
    let mut keys: Vec<_> = near.into_iter().collect();
    keys.sort_unstable();
    for ((a, b), copies) in keys {
        let smaller = counts[a].min(counts[b]).max(1);
        if copies as f32 >= COPY_SHARE * smaller as f32 {
            let (ra, rb) = (root(&mut origin, a), root(&mut origin, b));
            origin[ra.max(rb)] = ra.min(rb);
        }
    }
    let origins: Vec<usize> = (0..n_articles).map(|a| root(&mut origin, a)).collect();
    // Pairs that pass the thresholds, between different origins.
    let mut rescued = std::collections::HashSet::new();
    let passing: Vec<(usize, usize, f32)> = candidates
        .into_iter()
        .filter(|&(i, j, score, shared)| {
            let (a, b) = (&statements[i], &statements[j]);
            if origins[a.article] == origins[b.article] {
                return false;
            }
            // Names alone do not make two sentences one fact: they must share lowercase
            // words too ("Oda set up a task force" / "Oda will decide whether…"). A number
            // both give counts twice.
            let said: usize = plain[i]
                .iter()
                .filter(|t| plain[j].binary_search(t).is_ok())
                .map(|t| {
                    if t.starts_with(|c: char| c.is_ascii_digit()) {
                        2
                    } else {
                        1
                    }
                })
                .sum();
            let rescue = a.kind == Kind::Fact
                && b.kind == Kind::Fact
                && ((score >= RESCUE && shared >= RESCUE_SHARED) || score >= RESCUE_SHORT)
                && differ(i, j);
            if rescue {
                rescued.insert((i, j));
                return true;
            }
            if shared < SHARED || said < PLAIN {
                return false;
            }
            if a.kind != b.kind {
                return score >= FACT;
            }
            match a.kind {
                Kind::Fact => score >= FACT,
                Kind::Quote => match (speakers[i].is_empty(), speakers[j].is_empty()) {
                    (false, false) => same_speaker(&speakers[i], &speakers[j]) && score >= QUOTE,
                    _ => score >= QUOTE_UNATTRIBUTED,
                },
            }
        })
        .map(|(i, j, s, _)| (i, j, s))
        .collect();
    // Best score of each statement against each other article.
    let mut best: HashMap<(usize, usize), f32> = HashMap::new();
    for &(i, j, score) in &passing {
        for (x, other) in [(i, statements[j].article), (j, statements[i].article)] {
            let e = best.entry((x, other)).or_insert(0.0);
            *e = e.max(score);
        }
    }
    let mut accepted: Vec<Match> = passing
        .iter()
        .copied()
        .filter(|&(i, j, score)| {
            let (x, y) = (
                best.get(&(i, statements[j].article)) == Some(&score),
                best.get(&(j, statements[i].article)) == Some(&score),
            );
            let best = (x && y) || ((x || y) && score >= ONE_SIDED);
            best || score >= NEAR_COPY || rescued.contains(&(i, j))
        })
        .map(|(a, b, score)| Match { a, b, score })
        .collect();
    // Groups: strongest matches first, joining two groups only when no article would
    // then have two statements in one group (that would be two different facts chained
    // through a third article).
    accepted.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then((x.a, x.b).cmp(&(y.a, y.b)))
    });
    let mut parent: Vec<usize> = (0..statements.len()).collect();
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut matches = Vec::with_capacity(accepted.len());
    // Two statements of one article may share a group only when they are neighbours (a
    // fact or remark one outlet splits over two sentences).
    let clash = |x: &[usize], y: &[usize]| {
        x.iter().any(|&s| {
            y.iter().any(|&t| {
                let (a, b) = (&statements[s], &statements[t]);
                a.article == b.article
                    && !(a.sentences.start <= b.sentences.end
                        && b.sentences.start <= a.sentences.end)
            })
        })
    };
    for m in accepted {
        let (ra, rb) = (root(&mut parent, m.a), root(&mut parent, m.b));
        if ra != rb {
            let xa = members.remove(&ra).unwrap_or_else(|| vec![m.a]);
            let xb = members.remove(&rb).unwrap_or_else(|| vec![m.b]);
            if clash(&xa, &xb) {
                members.insert(ra, xa);
                members.insert(rb, xb);
                continue;
            }
            let (keep, gone) = (ra.min(rb), ra.max(rb));
            parent[gone] = keep;
            members.insert(keep, xa.into_iter().chain(xb).collect());
        }
        matches.push(m);
    }
    // Pairs left out (not mutual best, or a third article in the way) that still give
    // different numbers, dates or days for one thing: kept as links, so the disagreement
    // is reported; two statements in no group become a group of their own.
    let mut links = Vec::new();
    for &(a, b, score) in &passing {
        if statements[a].kind != Kind::Fact
            || matches.iter().any(|m| (m.a, m.b) == (a, b))
            || !differ(a, b)
        {
            continue;
        }
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        let alone = |r: usize, x: usize| r == x && !members.contains_key(&r);
        if alone(ra, a) && alone(rb, b) {
            parent[b] = a;
            members.insert(a, vec![a, b]);
            matches.push(Match { a, b, score });
        } else if ra != rb {
            links.push(Match { a, b, score });
        }
    }
    matches.sort_by_key(|m| (m.a, m.b));
    let mut index: HashMap<usize, usize> = HashMap::new();
    let mut groups: Vec<Group> = Vec::new();
    let mut sums: Vec<(f32, usize)> = Vec::new();
    for m in &matches {
        let r = root(&mut parent, m.a);
        let g = *index.entry(r).or_insert_with(|| {
            groups.push(Group {
                kind: statements[m.a].kind.max(statements[m.b].kind),
                score: 0.0,
                members: Vec::new(),
                origins: 0,
                discrepancies: Vec::new(),
            });
            sums.push((0.0, 0));
            groups.len() - 1
        });
        sums[g].0 += m.score;
        sums[g].1 += 1;
        groups[g].members.extend([m.a, m.b]);
    }
    for (g, (sum, count)) in groups.iter_mut().zip(sums) {
        g.members.sort_unstable();
        g.members.dedup();
        g.score = sum / count.max(1) as f32;
        let mut o: Vec<usize> = g
            .members
            .iter()
            .map(|&m| origins[statements[m].article])
            .collect();
        o.sort_unstable();
        o.dedup();
        g.origins = o.len();
    }
    Found {
        origins,
        matches,
        groups,
        links,
    }
}

/// Orders groups (discrepancies first, then more origins, then higher score) and
/// renumbers the discrepancies' group references to match.
pub(crate) fn order(c: &mut Corroboration) {
    for (i, d) in c.discrepancies.iter().enumerate() {
        c.groups[d.group].discrepancies.push(i);
    }
    let mut order: Vec<usize> = (0..c.groups.len()).collect();
    order.sort_by(|&x, &y| {
        let (a, b) = (&c.groups[x], &c.groups[y]);
        (a.discrepancies.is_empty().cmp(&b.discrepancies.is_empty()))
            .then(b.origins.cmp(&a.origins))
            .then(b.score.total_cmp(&a.score))
            .then(a.members.cmp(&b.members))
    });
    let mut new_index = vec![0; order.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut groups: Vec<Option<Group>> = std::mem::take(&mut c.groups)
        .into_iter()
        .map(Some)
        .collect();
    c.groups = order.iter().filter_map(|&old| groups[old].take()).collect();
    for d in &mut c.discrepancies {
        d.group = new_index[d.group];
    }
    c.discrepancies.sort_by_key(|d| d.group);
    for g in &mut c.groups {
        g.discrepancies.clear();
    }
    for (i, d) in c.discrepancies.iter().enumerate() {
        c.groups[d.group].discrepancies.push(i);
    }
}
