//! Time to compute all matches across 500 articles (issue goal: under 1 s).
//!
//! Two corpora. The real-text one repeats the hand-written articles (the labelled
//! fixture pairs of every set, the two wire copies and the six samples; not the label
//! files) under distinct outlet
//! names up to 500, as when hundreds of outlets run the same wire stories: copy
//! detection, large groups and many near-identical candidates are what it exercises. The
//! generated one (`briefing::corpus`, 500 wire articles of about 5 KB, each credited to
//! its own outlet) is the worst case: its sentences come from a few dozen templates, so
//! nearly every statement matches one in almost every other article (about 290,000
//! matches) and candidate lists are long; it is reported, not held to the goal. Import is
//! not timed (see
//! `benches/inspect.rs`); `compare` is, end to end: statements, terms, TF-IDF, candidate
//! pairs, origins, matches, groups and discrepancies. Medians of plain runs are printed,
//! then criterion's estimate. Run: `cargo bench --no-default-features --bench compare`.

use briefing::Article;
use briefing::corroborate::compare;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Instant;

// The same allocator as the `briefing` binary, so the figures are the product's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Articles per corpus.
const ARTICLES: usize = 500;
/// Plain timed runs (the median is printed).
const RUNS: usize = 7;
/// The goal, in seconds.
const GOAL: f64 = 1.0;

/// 500 generated wire articles, each under its own outlet name.
fn generated() -> Vec<Article> {
    briefing::corpus::generate(ARTICLES, 5_000, 11)
        .into_iter()
        .enumerate()
        .filter_map(|(i, g)| {
            let mut a = briefing::import_bytes(&g.name, g.text.as_bytes()).ok()?;
            a.meta.source = Some(format!("Outlet {i}"));
            Some(a)
        })
        .collect()
}

/// The fixture pairs and samples, repeated under distinct outlet names to 500.
fn real() -> Vec<Article> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["tests/fixtures/corroboration", "assets/samples"] {
        let mut stack = vec![root.join(dir)];
        while let Some(d) = stack.pop() {
            for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
                let p = entry.path();
                let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
                if p.is_dir() {
                    stack.push(p);
                } else if (["txt", "html"].contains(&ext)
                    || (ext == "md" && p.file_name().is_some_and(|n| n != "README.md")))
                    && p.file_name().is_some_and(|n| n != "labels.txt")
                {
                    files.push(p);
                }
            }
        }
    }
    files.sort();
    let base: Vec<Article> = files
        .iter()
        .filter_map(|p| briefing::import_file(p).ok())
        .collect();
    (0..ARTICLES)
        .filter_map(|i| {
            let mut a = base.get(i % base.len().max(1))?.clone();
            a.meta.source = Some(format!("Outlet {i}"));
            Some(a)
        })
        .collect()
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn report(name: &str, articles: &[Article]) {
    let refs: Vec<&Article> = articles.iter().collect();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..RUNS {
        let t = Instant::now();
        let c = compare(black_box(&refs));
        times.push(t.elapsed().as_secs_f64());
        last = Some(c);
    }
    let Some(c) = last else { return };
    let m = median(times);
    let mut origins = c.origins.clone();
    origins.sort_unstable();
    origins.dedup();
    println!(
        "{name:<10} {:>4} articles {:>6.1} MB  {:>6} statements  {:>4} origins  {:>6} matches  {:>5} groups  {:>4} discrepancies  median {:>7.1} ms  (goal < {:.0} ms: {})",
        articles.len(),
        bytes as f64 / 1e6,
        c.statements.len(),
        origins.len(),
        c.matches.len(),
        c.groups.len(),
        c.discrepancies.len(),
        m * 1e3,
        GOAL * 1e3,
        if m < GOAL { "met" } else { "MISSED" }
    );
}

fn bench(c: &mut Criterion) {
    let generated = generated();
    let real = real();
    println!();
    report("real", &real);
    report("generated", &generated);
    let mut group = c.benchmark_group("compare");
    group.sample_size(10);
    for (name, articles) in [("generated", &generated), ("real", &real)] {
        let refs: Vec<&Article> = articles.iter().collect();
        group.bench_function(name, |b| b.iter(|| compare(black_box(&refs))));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
