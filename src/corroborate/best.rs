//! Which side of each similar pair is the best match for its statement: the
//! "mutual best" rule of [`super::groups`], over millions of pairs.
//!
//! Each pair has two sides: its first statement against the second's article, and the
//! second against the first's article. A side is the best when no other pair of that
//! statement into that article scores higher (ties count as best too). Pairs come sorted
//! by first statement and statements are numbered article by article, so the pairs that
//! compete for one side are always close together: the first statement's matches in a
//! later article lie in its own run of pairs, and the second statement's matches in the
//! first's article lie in that article's run. Two passes over each run with a table of
//! best scores find them, with no sort and no bucketing, and disjoint runs can be ranked
//! on different cores.

use super::Statement;

/// Scratch tables for [`sides`], one per thread: the best score so far into each article
/// and of each statement, with the entries to reset.
pub(crate) struct Scratch {
    by_article: Vec<f32>,
    by_statement: Vec<f32>,
    touched: Vec<usize>,
}

impl Scratch {
    /// Tables for `statements` statements in `articles` articles.
    pub(crate) fn new(statements: usize, articles: usize) -> Scratch {
        Scratch {
            by_article: vec![f32::NEG_INFINITY; articles],
            by_statement: vec![f32::NEG_INFINITY; statements],
            touched: Vec::new(),
        }
    }
}

/// Raises `table[at]` to `score`, noting the entry for a later reset.
fn raise(table: &mut [f32], touched: &mut Vec<usize>, at: usize, score: f32) {
    let slot = &mut table[at];
    if *slot == f32::NEG_INFINITY {
        touched.push(at);
    }
    if score > *slot {
        *slot = score;
    }
}

/// Sets the touched entries of `table` back to unset.
fn reset(table: &mut [f32], touched: &mut Vec<usize>) {
    for at in touched.drain(..) {
        table[at] = f32::NEG_INFINITY;
    }
}

/// For each pair of `pairs` (`ends` gives its `(i, j, score)`), whether it is the best
/// match of `i` in `j`'s article (`[0]`) and of `j` in `i`'s article (`[1]`).
///
/// `pairs` must be sorted by `i`, with `i < j` in different articles, statements numbered
/// article by article (as [`super::compare`] makes them), and must hold every pair whose
/// first statement is in any article it covers: then no pair elsewhere competes.
pub(crate) fn sides<P>(
    pairs: &[P],
    ends: impl Fn(&P) -> (usize, usize, f32),
    statements: &[Statement],
    scratch: &mut Scratch,
) -> Vec<[bool; 2]> {
    let art = |x: usize| statements[x].article;
    let mut is_best = vec![[false; 2]; pairs.len()];
    let Scratch {
        by_article,
        by_statement,
        touched,
    } = scratch;
    let mut start = 0;
    while start < pairs.len() {
        // The run of one article's first statements: each `j` against that article.
        let a = art(ends(&pairs[start]).0);
        let end = start + pairs[start..].partition_point(|p| art(ends(p).0) == a);
        let run = &pairs[start..end];
        for p in run {
            let (_, j, score) = ends(p);
            raise(by_statement, touched, j, score);
        }
        for (p, best) in run.iter().zip(&mut is_best[start..end]) {
            let (_, j, score) = ends(p);
            best[1] = score == by_statement[j];
        }
        reset(by_statement, touched);
        // Within it, the run of each first statement: `i` against each later article.
        let mut from = 0;
        while from < run.len() {
            let i = ends(&run[from]).0;
            let to = from + run[from..].partition_point(|p| ends(p).0 == i);
            for p in &run[from..to] {
                let (_, j, score) = ends(p);
                raise(by_article, touched, art(j), score);
            }
            for (p, best) in run[from..to]
                .iter()
                .zip(&mut is_best[start + from..start + to])
            {
                let (_, j, score) = ends(p);
                best[0] = score == by_article[art(j)];
            }
            reset(by_article, touched);
            from = to;
        }
        start = end;
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
        let mut scratch = Scratch::new(st.len(), 3);
        let best = sides(&pairs, |&p| p, &st, &mut scratch);
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
