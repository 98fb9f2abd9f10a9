//! Throughput of the whole inspect pipeline (decode, format, cleanup, metadata, sentences,
//! quotes) on a generated 20 MB corpus of 1,000 wire-style articles, on one core.
//! Goal (issue 2): at least 50 MB/s. Run: `cargo bench --bench inspect`.

use briefing::corpus;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Instant;

fn inspect_corpus(c: &mut Criterion) {
    let docs = corpus::generate(1000, 20_000, 42);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let run = || {
        let mut sentences = 0;
        for d in &docs {
            let a = briefing::import_bytes(&d.name, d.text.as_bytes()).map_err(|e| e.to_string());
            sentences += black_box(a).map_or(0, |a| a.sentences.len());
        }
        sentences
    };
    // One plain timed pass first, printed in the units of the goal.
    let t = Instant::now();
    let sentences = run();
    let secs = t.elapsed().as_secs_f64();
    println!(
        "corpus: {} articles, {:.1} MB, {sentences} sentences; one pass {:.0} ms = {:.1} MB/s",
        docs.len(),
        bytes as f64 / 1e6,
        secs * 1e3,
        bytes as f64 / 1e6 / secs
    );
    let mut group = c.benchmark_group("inspect");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("corpus_20MB", |b| b.iter(run));
    group.finish();
}

criterion_group!(benches, inspect_corpus);
criterion_main!(benches);
