//! Which side of each similar pair is the best match for its statement: the
//! "mutual best" rule of [`super::groups`], over millions of pairs.
//!
//! Each pair has two sides (its first statement against the second's article, and the
//! other way round). The sides are bucketed by statement with a counting sort (millions
//! of sides, few per statement), each bucket is sorted by (other article, score), and the
//! top of each run is the best; ties with the best count as best too.

use super::Statement;

/// For each of `count` pairs `(i, j, score)`, whether it is the best match of `i` in
/// `j`'s article (`[0]`) and of `j` in `i`'s article (`[1]`).
pub(crate) fn sides(
    pairs: impl Iterator<Item = (usize, usize, f32)> + Clone,
    count: usize,
    statements: &[Statement],
) -> Vec<[bool; 2]> {
    // Whether each pair is the best of its first statement against the second's article,
    // and the other way round: bucket the sides by statement (a counting sort: millions
    // of sides, few per statement), sort each bucket by (other article, score) and take
    // the top of each run.
    let mut starts = vec![0u32; statements.len() + 1];
    for (i, j, _) in pairs.clone() {
        starts[i + 1] += 1;
        starts[j + 1] += 1;
    }
    for s in 1..starts.len() {
        starts[s] += starts[s - 1];
    }
    let mut fill = starts.clone();
    // (other article, score, pair, side)
    let mut sides: Vec<(u32, f32, u32, u8)> = vec![(0, 0.0, 0, 0); count * 2];
    for (k, (i, j, score)) in pairs.enumerate() {
        let art = |x: usize| statements[x].article as u32;
        for (own, other, side) in [(i, j, 0u8), (j, i, 1u8)] {
            let at = &mut fill[own];
            sides[*at as usize] = (art(other), score, k as u32, side);
            *at += 1;
        }
    }
    let mut is_best = vec![[false; 2]; count];
    for s in 0..statements.len() {
        let bucket = &mut sides[starts[s] as usize..starts[s + 1] as usize];
        bucket.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(y.1.total_cmp(&x.1)));
        for n in 0..bucket.len() {
            let side = bucket[n];
            let top = n == 0 || bucket[n - 1].0 != side.0;
            let tie = !top
                && bucket[n - 1].1 == side.1
                && is_best[bucket[n - 1].2 as usize][usize::from(bucket[n - 1].3)];
            if top || tie {
                is_best[side.2 as usize][usize::from(side.3)] = true;
            }
        }
    }
    is_best
}

/// The weight of what two sorted id lists share.
pub(crate) fn said(x: &[(u32, u8)], y: &[(u32, u8)]) -> usize {
    let (mut i, mut j, mut sum) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        match x[i].0.cmp(&y[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += usize::from(x[i].1);
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corroborate::Kind;

    fn statement(article: usize) -> Statement {
        Statement {
            article,
            kind: Kind::Fact,
            start: 0,
            end: 0,
            text: String::new(),
            speaker: None,
            sentences: 0..0,
        }
    }

    #[test]
    fn the_best_side_per_article_and_ties() {
        // Statements 0 (article 0), 1 and 2 (article 1), 3 (article 2).
        let st: Vec<Statement> = [0, 1, 1, 2].into_iter().map(statement).collect();
        let pairs = [(0, 1, 0.5), (0, 2, 0.7), (0, 3, 0.3), (1, 3, 0.3)];
        let best = sides(pairs.iter().copied(), pairs.len(), &st);
        // 0's best in article 1 is 2; 1's best in article 0 is 0.
        assert_eq!(best[0], [false, true]);
        assert_eq!(best[1], [true, true]);
        // 3's best in article 0 and in article 1 tie at 0.3 with nothing else.
        assert_eq!(best[2], [true, true]);
        assert_eq!(best[3], [true, true]);
    }

    #[test]
    fn said_weighs_what_two_lists_share() {
        assert_eq!(said(&[(1, 1), (4, 2), (9, 1)], &[(4, 2), (9, 1)]), 3);
        assert_eq!(said(&[(1, 1)], &[(2, 1)]), 0);
    }
}
