//! From similar pairs to accepted matches: the rules, the mutual-best rank and rescues,
//! over millions of pairs on every core.
//!
//! A few hundred reports of one event give millions of similar pairs. Each pair between
//! different origins is kept when it passes [`Rules::normal`] or is rescued (similar
//! facts that give different numbers, dates or days), then accepted when it is the best
//! match of its statements ([`super::best`]), a near copy, or rescued. The pairs are cut
//! into blocks of whole articles (of their first statement), so that everything that
//! competes for a best match is in one block; blocks are filtered and ranked in parallel
//! and kept in order, so the result is what one thread would find. Only `differ`, which
//! keeps a cache, is asked on one thread, between the parallel passes.

use super::best::{Scratch, sides};
use super::origins::NEAR_COPY;
use super::par::map_with;
use super::rules::{Pair, Rescue, Rules};
use super::similarity::Candidate;
use super::{Match, Statement};

/// The pairs that passed, in blocks, and the accepted ones.
pub(crate) struct Passing {
    /// The pairs that passed, in candidate order, in blocks of whole articles.
    pub blocks: Vec<Vec<Pair>>,
    /// The accepted pairs, strongest first (see [`accepted_key`]).
    pub accepted: Vec<u128>,
}

/// Sort key of an accepted pair: score descending, then statements ascending, then the
/// pair's index in [`Passing::blocks`] (all blocks in a row; fewer than
/// [`super::groups::MAX_CANDIDATES`], so 32 bits). One integer sorts faster than a
/// comparison of fields, and can be bucketed by its top bits ([`super::sort`]).
fn accepted_key(p: &Pair, k: usize) -> u128 {
    let bits = p.score.to_bits();
    // The order of `f32::total_cmp` as an unsigned integer, then reversed.
    let ascending = if bits >> 31 == 1 {
        !bits
    } else {
        bits | 1 << 31
    };
    (u128::from(!ascending) << 96) | (u128::from(p.i) << 64) | (u128::from(p.j) << 32) | k as u128
}

/// The match and the pair index of an [`accepted_key`].
pub(crate) fn accepted(key: u128) -> (Match, usize) {
    let ascending = !((key >> 96) as u32);
    let bits = if ascending >> 31 == 1 {
        ascending & !(1 << 31)
    } else {
        !ascending
    };
    let m = Match {
        a: (key >> 64) as u32 as usize,
        b: (key >> 32) as u32 as usize,
        score: f32::from_bits(bits),
    };
    (m, key as u32 as usize)
}

/// The pairs of `candidates` (from [`super::similarity::pairs`], in blocks of whole
/// articles) between different `origins` that pass `rules` or are rescued, and those
/// accepted. `differ(i, j)` tells whether two facts give different numbers, dates or days
/// for one thing.
pub(crate) fn find(
    candidates: Vec<Vec<Candidate>>,
    statements: &[Statement],
    origins: &[usize],
    rules: &Rules,
    differ: &impl Fn(usize, usize) -> bool,
) -> Passing {
    let articles = origins.len();
    let origin: Vec<u32> = statements
        .iter()
        .map(|s| origins[s.article] as u32)
        .collect();
    // Which pairs pass the thresholds; those that do not but are rescuable wait for
    // `differ`, marked `Yes` for now. Each block is filtered in place (a pair is the size
    // of a candidate): millions of pairs, no second copy.
    let mut blocks: Vec<(Vec<Pair>, Vec<u32>)> = map_with(
        candidates,
        || (),
        |(), block| {
            let mut waiting = Vec::new();
            let passing: Vec<Pair> = block
                .into_iter()
                .filter(|&Candidate(i, j, _, _)| origin[i as usize] != origin[j as usize])
                .map(|Candidate(i, j, score, shared)| Pair {
                    i,
                    j,
                    score,
                    shared,
                    rescue: Rescue::Unknown,
                })
                .filter_map(|mut p| {
                    if !rules.normal(&p) {
                        if !rules.rescuable(&p) {
                            return None;
                        }
                        p.rescue = Rescue::Yes;
                    }
                    Some(p)
                })
                .collect();
            for (k, p) in passing.iter().enumerate() {
                if p.rescue == Rescue::Yes {
                    waiting.push(k as u32);
                }
            }
            (passing, waiting)
        },
    );
    for (passing, waiting) in &mut blocks {
        let mut dropped = false;
        for &w in waiting.iter() {
            let p = &mut passing[w as usize];
            if !differ(p.i as usize, p.j as usize) {
                p.rescue = Rescue::No;
                dropped = true;
            }
        }
        if dropped {
            passing.retain(|p| p.rescue != Rescue::No);
        }
    }
    let mut blocks: Vec<Vec<Pair>> = blocks.into_iter().map(|(p, _)| p).collect();
    // Where each block starts among all pairs.
    let offsets: Vec<usize> = blocks
        .iter()
        .scan(0, |at, b| {
            let start = *at;
            *at += b.len();
            Some(start)
        })
        .collect();
    // Accepted: the best match (see [`super::groups::ONE_SIDED`]), a near copy, or a
    // disagreement worth showing; pairs that are none of these yet but are rescuable
    // wait for `differ`.
    let decided: Vec<(Vec<u128>, Vec<u32>)> = map_with(
        blocks.iter().zip(&offsets).collect(),
        || Scratch::new(statements.len(), articles),
        |scratch, (passing, &offset)| {
            let ends = |p: &Pair| (p.i as usize, p.j as usize, p.score);
            let is_best = sides(passing, ends, statements, scratch);
            let (mut yes, mut waiting) = (Vec::new(), Vec::new());
            for (k, (p, &[x, y])) in passing.iter().zip(&is_best).enumerate() {
                // A pair that shares a single word (see `Rules::normal`) must be the
                // best match of both its statements.
                let thin = usize::from(p.shared) < super::groups::SHARED;
                let best = (x && y) || (!thin && (x || y) && p.score >= super::groups::ONE_SIDED);
                if best || p.score >= NEAR_COPY || p.rescue == Rescue::Yes {
                    yes.push(accepted_key(p, offset + k));
                } else if p.rescue == Rescue::Unknown && rules.rescuable(p) {
                    waiting.push(k as u32);
                }
            }
            (yes, waiting)
        },
    );
    let mut accepted = Vec::with_capacity(decided.len());
    for ((passing, &offset), (mut yes, waiting)) in blocks.iter_mut().zip(&offsets).zip(decided) {
        for k in waiting {
            let p = &mut passing[k as usize];
            if differ(p.i as usize, p.j as usize) {
                p.rescue = Rescue::Yes;
                yes.push(accepted_key(p, offset + k as usize));
            } else {
                p.rescue = Rescue::No;
            }
        }
        accepted.push(yes);
    }
    let accepted = super::sort::sort(accepted);
    Passing { blocks, accepted }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_sort_strongest_first_then_by_statements_and_decode() {
        let m = |a, b, score| Match { a, b, score };
        let p = |i, j, score| Pair {
            i,
            j,
            score,
            shared: 0,
            rescue: Rescue::Unknown,
        };
        let mut keys = [
            accepted_key(&p(3, 9, 0.5), 0),
            accepted_key(&p(1, 9, 0.5), 1),
            accepted_key(&p(2, 4, 0.9), 2),
            accepted_key(&p(0, 1, 0.25), 3),
        ];
        keys.sort_unstable();
        let order: Vec<usize> = keys.iter().map(|&k| accepted(k).1).collect();
        assert_eq!(order, [2, 1, 0, 3]);
        assert_eq!(accepted(keys[0]).0, m(2, 4, 0.9));
        assert_eq!(accepted(keys[3]).0, m(0, 1, 0.25));
    }
}
