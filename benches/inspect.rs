//! Throughput of the whole inspect pipeline (decode, format, cleanup, metadata, sentences,
//! quotes) on a generated 20 MB corpus of 1,000 wire-style articles, on one core.
//! Goal (issue 2): at least 50 MB/s. Run: `cargo bench --bench inspect`.

use briefing::corpus;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Instant;

// The same allocator as the `briefing` binary, so the figures are the product's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    // Plain timed passes first, printed in the units of the goal: wall clock, and CPU
    // time of this process (what one core does, even when other work shares the machine).
    for _ in 0..3 {
        let (t, cpu) = (Instant::now(), cpu_seconds());
        let sentences = run();
        let secs = t.elapsed().as_secs_f64();
        let cpu = cpu_seconds().zip(cpu).map(|(b, a)| b - a);
        let mb = bytes as f64 / 1e6;
        println!(
            "corpus: {} articles, {mb:.1} MB, {sentences} sentences; wall {:.0} ms = {:.1} MB/s; CPU {}",
            docs.len(),
            secs * 1e3,
            mb / secs,
            cpu.map_or("n/a".into(), |c| format!(
                "{:.0} ms = {:.1} MB/s",
                c * 1e3,
                mb / c
            )),
        );
    }
    let mut group = c.benchmark_group("inspect");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("corpus_20MB", |b| b.iter(run));
    group.finish();
}

/// User + system CPU time of this process from `/proc/self/stat` (Linux; 10 ms ticks).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

criterion_group!(benches, inspect_corpus);
criterion_main!(benches);
