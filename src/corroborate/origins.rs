//! Origins: which articles are independent of each other.
//!
//! A fact that AFP reports twice, or that a paper prints from AFP's wire under its own
//! name, is one source, not two confirmations. Articles credited to the same outlet are
//! one origin (AFP direct and AFP via BSS both credit AFP), and so are two articles whose
//! statements are mostly near-identical: one wire story under two names.

use super::Statement;
use super::similarity::Candidate;
use rustc_hash::FxHashMap as HashMap;

/// A pair this similar is a near copy (see [`find`]); also accepted as a match even when
/// it is not the mutual best.
pub(crate) const NEAR_COPY: f32 = 0.85;
/// Share of a shorter article's statements that must be near copies for two articles to
/// be one wire story.
const COPY_SHARE: f32 = 0.5;

/// For each article, the first article with the same outlet (case aside).
pub(crate) fn by_outlet(outlets: &[String]) -> Vec<usize> {
    let keys: Vec<String> = outlets.iter().map(|o| o.to_lowercase()).collect();
    (0..keys.len())
        .map(|a| (0..a).find(|&b| keys[b] == keys[a]).unwrap_or(a))
        .collect()
}

/// The origin of each article: the lowest-numbered article of the same outlet or wire
/// story, found from the similar pairs between them (`candidates`, in blocks).
pub(crate) fn find(
    statements: &[Statement],
    outlets: &[String],
    candidates: &[Vec<Candidate>],
) -> Vec<usize> {
    let n_articles = outlets.len();
    let mut origin = by_outlet(outlets);
    let mut near: HashMap<(usize, usize), usize> = HashMap::default();
    for &Candidate(i, j, score, _) in candidates.iter().flatten() {
        if score >= NEAR_COPY {
            let (a, b) = (
                statements[i as usize].article,
                statements[j as usize].article,
            );
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
    (0..n_articles).map(|a| root(&mut origin, a)).collect()
}

/// Union-find root with path halving.
pub(crate) fn root(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_outlet_is_one_origin_whatever_its_case() {
        let outlets: Vec<String> = ["AFP", "Reuters", "afp", "AP"].map(String::from).into();
        assert_eq!(by_outlet(&outlets), vec![0, 1, 0, 3]);
        assert_eq!(find(&[], &outlets, &[]), vec![0, 1, 0, 3]);
    }
}
