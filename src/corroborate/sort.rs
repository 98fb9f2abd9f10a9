//! Sorting millions of accepted matches, strongest first, on every core.
//!
//! Groups are built from the strongest match down, so every accepted match (a few
//! million for a few hundred reports of one event) is sorted once. Each is one 128-bit
//! key whose top bits are its score ([`super::passing`]); the keys are first spread into
//! buckets by their top 16 bits (a counting sort: two passes, no comparisons), then runs
//! of whole buckets are sorted on different cores. Keys are distinct, so the order is the
//! one a single sort gives.

use super::par::map_with;

/// The top bits a key is bucketed by.
const SHIFT: u32 = 128 - 16;

/// All keys of `runs`, ascending.
pub(crate) fn sort(runs: Vec<Vec<u128>>) -> Vec<u128> {
    let mut starts = vec![0usize; (1 << 16) + 1];
    for &k in runs.iter().flatten() {
        starts[(k >> SHIFT) as usize + 1] += 1;
    }
    for b in 1..starts.len() {
        starts[b] += starts[b - 1];
    }
    let total = starts.last().copied().unwrap_or(0);
    let mut out = vec![0u128; total];
    let mut fill = starts.clone();
    for k in runs.into_iter().flatten() {
        let at = &mut fill[(k >> SHIFT) as usize];
        out[*at] = k;
        *at += 1;
    }
    // Runs of whole buckets, about a sixteenth of the keys each, sorted in parallel.
    let share = total / 16 + 1;
    let mut jobs: Vec<&mut [u128]> = Vec::new();
    let mut rest: &mut [u128] = &mut out;
    let mut cut = 0;
    for &end in &starts[1..] {
        if end - cut >= share {
            let (run, tail) = std::mem::take(&mut rest).split_at_mut(end - cut);
            jobs.push(run);
            rest = tail;
            cut = end;
        }
    }
    jobs.push(rest);
    map_with(jobs, || (), |(), run| run.sort_unstable());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_keys_of_all_runs_come_out_ascending() {
        // Keys that share top bits and keys that do not.
        let keys: Vec<u128> = (0..5000u128)
            .map(|x| (x * 7919 % 5000) << (if x % 3 == 0 { 100 } else { 20 }) | x)
            .collect();
        let runs = vec![keys[..1000].to_vec(), Vec::new(), keys[1000..].to_vec()];
        let mut expected = keys.clone();
        expected.sort_unstable();
        assert_eq!(sort(runs), expected);
        assert!(sort(Vec::new()).is_empty());
    }
}
