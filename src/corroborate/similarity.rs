//! All-pairs TF-IDF cosine similarity between statements, through an inverted index.
//!
//! Each statement becomes a sparse vector of its content-word stems, weighted by
//! sublinear term frequency (1 + ln tf) times smoothed inverse document frequency over
//! all statements, and normalised to unit length; the score of a pair is the cosine. Rare
//! words (names, places, numbers) weigh most, which is what makes two reports of one fact
//! look alike. Why not a crate: the `bm25` crate ranks documents for one query (its
//! scores are not symmetric or normalised, and its scorer scans each candidate's vector per
//! query term), while matching needs every pair above a threshold. The standard way to get
//! that is to accumulate dot products along an inverted index, skipping the few terms so
//! common that they cannot make a pair similar on their own; that loop is this module.

use super::par::map_with;
use std::collections::HashMap;
use std::ops::Range;

/// A statement as a unit-length sparse vector: `(term id, weight)` sorted by term id.
pub(crate) type Vector = Vec<(u32, f32)>;

/// Builds the weighted vectors of `docs` (each a list of terms, repeats allowed). Docs
/// that `compared` rejects are never compared, so they get an empty vector and do not
/// count in the weights either: a trailer line ("==Kyodo") must not make the words of
/// real sentences rarer or commoner.
pub(crate) fn vectors(docs: &[Vec<String>], compared: impl Fn(usize) -> bool) -> Vec<Vector> {
    let mut ids: HashMap<&str, u32> = HashMap::new();
    let mut counts: Vec<Vec<(u32, u32)>> = Vec::with_capacity(docs.len());
    let mut df: Vec<u32> = Vec::new();
    for (d, terms) in docs.iter().enumerate() {
        if !compared(d) {
            counts.push(Vec::new());
            continue;
        }
        let mut tf: HashMap<u32, u32> = HashMap::new();
        for t in terms {
            let next = ids.len() as u32;
            let id = *ids.entry(t.as_str()).or_insert(next);
            *tf.entry(id).or_default() += 1;
        }
        df.resize(ids.len(), 0);
        for &id in tf.keys() {
            df[id as usize] += 1;
        }
        let mut tf: Vec<(u32, u32)> = tf.into_iter().collect();
        tf.sort_unstable();
        counts.push(tf);
    }
    let n = (0..docs.len()).filter(|&d| compared(d)).count() as f32;
    counts
        .into_iter()
        .map(|tf| {
            let mut v: Vector = tf
                .into_iter()
                .map(|(id, c)| {
                    let idf = (1.0 + n / df[id as usize] as f32).ln();
                    (id, (1.0 + (c as f32).ln()) * idf)
                })
                .collect();
            let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|(_, w)| *w /= norm);
            }
            v
        })
        .collect()
}

/// Weight of containment in the score: the share of the shorter statement's weight that
/// the other states too. A short sentence ("National Unity came second with 29.8%")
/// restated inside a long lede scores low on cosine alone.
const CONTAINMENT: f32 = 0.3;

/// Similarity of two unit vectors, 0–1: cosine blended with containment (see
/// [`CONTAINMENT`]), and how many terms they share. The definition; [`pairs`] computes
/// it as [`cosine_spread`].
#[cfg(test)]
fn cosine(a: &Vector, b: &Vector) -> (f32, usize) {
    let (mut i, mut j, mut dot, mut shared) = (0, 0, 0.0, 0);
    let (mut ca, mut cb) = (0.0f32, 0.0f32);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                ca += a[i].1 * a[i].1;
                cb += b[j].1 * b[j].1;
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    ((1.0 - CONTAINMENT) * dot + CONTAINMENT * ca.max(cb), shared)
}

/// [`cosine`] of `a` and `b`, with `a` spread out in `dense` (`dense[t] = (stamp, weight)`
/// for each term `t` of `a`): one pass over `b` and no merge, the cost of scoring
/// millions of candidates. The sums are made in the same order (term id), so the result is
/// exactly [`cosine`]'s.
fn cosine_spread(dense: &[(u32, f32)], stamp: u32, b: &[(u32, f32)]) -> (f32, usize) {
    let (mut dot, mut shared) = (0.0, 0);
    let (mut ca, mut cb) = (0.0f32, 0.0f32);
    for &(t, wb) in b {
        let (at, wa) = dense[t as usize];
        // A term `a` lacks adds zero: the sums are positive, so adding +0.0 leaves them
        // exactly as they are, and there is no branch to mispredict.
        let hit = at == stamp;
        let (wa, wb) = if hit { (wa, wb) } else { (0.0, 0.0) };
        dot += wa * wb;
        ca += wa * wa;
        cb += wb * wb;
        shared += usize::from(hit);
    }
    ((1.0 - CONTAINMENT) * dot + CONTAINMENT * ca.max(cb), shared)
}

/// Every pair `(i, j)`, `i < j`, that `allowed(i, j)` admits and whose similarity is at
/// least `floor`, with the score and the number of shared terms, in `blocks` of first
/// statements (ranges that cover `0..vectors.len()` in order), each in order of `i`;
/// `None` when there would be more than `limit`. Candidates come from terms in at most
/// `max(64, n / 16)` statements; each candidate is then scored exactly. Blocks are handed
/// out to one thread per core (the answer does not depend on how many).
pub(crate) fn pairs(
    vectors: &[Vector],
    blocks: &[Range<usize>],
    floor: f32,
    limit: usize,
    allowed: impl Fn(usize, usize) -> bool + Sync,
) -> Option<Vec<Vec<Candidate>>> {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    let n = vectors.len();
    let mut postings: Vec<Vec<u32>> = Vec::new();
    for (i, v) in vectors.iter().enumerate() {
        for &(t, _) in v {
            let t = t as usize;
            if postings.len() <= t {
                postings.resize_with(t + 1, Vec::new);
            }
            postings[t].push(i as u32);
        }
    }
    let common = (n / 16).max(64);
    // All vectors in one array (each candidate is read once per statement that reaches
    // it: millions of reads, better close together).
    let flat: Vec<(u32, f32)> = vectors.concat();
    let mut at = Vec::with_capacity(n + 1);
    at.push(0);
    for v in vectors {
        at.push(at.last().copied().unwrap_or(0) + v.len());
    }
    let total = AtomicUsize::new(0);
    let over = AtomicBool::new(false);
    // Each thread: the last statement that reached each candidate, the candidates of
    // the current statement, and the current statement spread out by term.
    let scratch = || {
        (
            vec![u32::MAX; n],
            Vec::new(),
            vec![(u32::MAX, 0.0); postings.len()],
        )
    };
    let done = map_with(
        blocks.to_vec(),
        scratch,
        |(seen, candidates, dense), block| {
            let mut out = Vec::new();
            if over.load(Ordering::Relaxed) {
                return out;
            }
            for i in block {
                let v = &vectors[i];
                candidates.clear();
                for &(t, w) in v {
                    dense[t as usize] = (i as u32, w);
                    let list = &postings[t as usize];
                    if list.len() > common {
                        continue;
                    }
                    // Postings are in statement order: only later statements.
                    let from = list.partition_point(|&j| j as usize <= i);
                    for &j in &list[from..] {
                        if seen[j as usize] != i as u32 {
                            seen[j as usize] = i as u32;
                            candidates.push(j as usize);
                        }
                    }
                }
                for &j in candidates.iter() {
                    if !allowed(i, j) {
                        continue;
                    }
                    let (score, shared) = cosine_spread(dense, i as u32, &flat[at[j]..at[j + 1]]);
                    if score >= floor {
                        let shared = u16::try_from(shared).unwrap_or(u16::MAX);
                        out.push(Candidate(i as u32, j as u32, score, shared));
                    }
                }
            }
            if total.fetch_add(out.len(), Ordering::Relaxed) + out.len() > limit {
                over.store(true, Ordering::Relaxed);
            }
            out
        },
    );
    (!over.load(Ordering::Relaxed)).then_some(done)
}

/// A similar pair: statements `.0 < .1`, score, shared terms (16 bytes: millions of
/// candidates are normal for a few hundred articles on one event).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Candidate(pub u32, pub u32, pub f32, pub u16);

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn identical_statements_score_one_and_disjoint_zero() {
        let v = vectors(
            &[
                doc("kim putin summit"),
                doc("kim putin summit"),
                doc("rain"),
            ],
            |_| true,
        );
        let (s, shared) = cosine(&v[0], &v[1]);
        assert!((s - 1.0).abs() < 1e-5 && shared == 3);
        assert_eq!(cosine(&v[0], &v[2]).0, 0.0);
        let blocks = [0..2, 2..3];
        let p = pairs(&v, &blocks, 0.5, 10, |_, _| true).unwrap_or_default();
        assert_eq!(p.concat().len(), 1);
        assert_eq!((p[0][0].0, p[0][0].1), (0, 1));
        let none = pairs(&v, &blocks, 0.5, 10, |_, _| false);
        assert_eq!(none, Some(vec![vec![], vec![]]));
        assert_eq!(
            pairs(&v, &blocks, 0.5, 0, |_, _| true),
            None,
            "over the limit"
        );
    }

    #[test]
    fn the_spread_cosine_is_the_merged_one_exactly() {
        let v = vectors(
            &[
                doc("kim putin summit hanoi talks talks"),
                doc("putin summit talks seoul"),
                doc("kim hanoi rain"),
            ],
            |_| true,
        );
        let mut dense = vec![(u32::MAX, 0.0); 16];
        for (i, a) in v.iter().enumerate() {
            for &(t, w) in a {
                dense[t as usize] = (i as u32, w);
            }
            for b in &v {
                let (x, y) = (cosine(a, b), cosine_spread(&dense, i as u32, b));
                assert_eq!((x.0.to_bits(), x.1), (y.0.to_bits(), y.1));
            }
        }
    }

    #[test]
    fn rare_terms_weigh_more() {
        let docs = [
            doc("talks hanoi"),
            doc("talks hanoi"),
            doc("talks seoul"),
            doc("talks tokyo"),
            doc("talks geneva"),
        ];
        let v = vectors(&docs, |_| true);
        let w = |d: &Vector, i: usize| d[i].1;
        // "hanoi" (2 docs) outweighs "talks" (all 5) in the first vector.
        assert!(w(&v[0], 1) > w(&v[0], 0));
    }
}
