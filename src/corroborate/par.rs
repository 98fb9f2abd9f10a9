//! Ordered work over the cores, for the per-pair stages of matching.
//!
//! A few hundred articles on one event give millions of similar pairs, and filtering,
//! ranking and accepting them is independent from one block of pairs to the next. The
//! blocks are handed out to one scoped thread per core; each result is returned in block
//! order, so the answer never depends on how many cores there are or which ran what.
//! Only `std` is needed: the work is coarse (a few dozen blocks), so a work-stealing pool
//! would add a dependency and nothing else.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

/// Runs `f(&mut scratch, job)` for each of `jobs` on one thread per core (at most one
/// per job), each thread with its own scratch made by `init`, and returns the results in
/// job order. A panic in a job is raised again here.
pub(crate) fn map_with<T: Send, S, R: Send>(
    jobs: Vec<T>,
    init: impl Fn() -> S + Sync,
    f: impl Fn(&mut S, T) -> R + Sync,
) -> Vec<R> {
    let count = jobs.len();
    // Each job is taken once, by whichever thread draws its number.
    let jobs: Vec<Mutex<Option<T>>> = jobs.into_iter().map(|j| Mutex::new(Some(j))).collect();
    let next = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(count)
        .max(1);
    let work = || {
        let mut scratch = init();
        let mut done = Vec::new();
        loop {
            let k = next.fetch_add(1, Ordering::Relaxed);
            let Some(slot) = jobs.get(k) else {
                return done;
            };
            // Nothing else holds the lock: a poisoned one still has the job.
            let job = slot.lock().unwrap_or_else(PoisonError::into_inner).take();
            if let Some(job) = job {
                done.push((k, f(&mut scratch, job)));
            }
        }
    };
    let mut all = std::thread::scope(|scope| {
        let handles: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
        let mut all = work();
        for h in handles {
            match h.join() {
                Ok(part) => all.extend(part),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        all
    });
    all.sort_unstable_by_key(|(k, _)| *k);
    all.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_job_order() {
        let out = map_with(
            (0..100).collect(),
            || 0usize,
            |seen, job| {
                *seen += 1;
                job * 2
            },
        );
        assert_eq!(out, (0..100).map(|j| j * 2).collect::<Vec<_>>());
        assert!(map_with(Vec::<usize>::new(), || (), |_, job| job).is_empty());
    }
}
