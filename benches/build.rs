//! Time to build a 10,000-item briefing to HTML, stage by stage, against pandoc.
//!
//! The project is a real briefing scaled up: 200 generated wire articles as sources
//! (SHA-256 and all), 10,000 items in the three default sections (one- and two-sentence
//! facts under "Key points", detected quotes with speakers under "Quotes", longer facts
//! under "Background"), with the odd note, tag and paraphrase. The stages are timed
//! separately — [`View::new`], the template render to Markdown, Markdown → sanitised HTML
//! ([`export::html_body`]: pulldown-cmark then ammonia) — and together ([`export::build`]
//! to HTML), first as plain printed medians (wall clock and CPU), then with criterion.
//! When `pandoc` is on `PATH`, the same Markdown is converted by `pandoc -f gfm -t html`
//! for comparison. Goals (issue): the whole HTML build under 100 ms, and at least 50×
//! faster than pandoc's conversion alone. Run: `cargo bench --no-default-features --bench
//! build` or `benches/pandoc.sh` (installs pandoc first).

use briefing::export::{self, BuildOptions, ExportFormat};
use briefing::project::{Item, ItemId, Project, Source, SourceId};
use briefing::templates::{DEFAULT_TEMPLATE, Templates};
use briefing::view::{Citations, View};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::process::Command;
use std::time::Instant;

// The same allocator as the `briefing` binary, so the figures are the product's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Items in the benchmark briefing.
const ITEMS: usize = 10_000;
/// Source articles it cites.
const SOURCES: usize = 200;
/// Plain timed runs per stage (the median is printed).
const RUNS: usize = 10;
/// Runs of pandoc (each takes seconds).
const PANDOC_RUNS: usize = 3;
/// The goals: the whole build under this many milliseconds…
const GOAL_MS: f64 = 100.0;
/// …and at least this many times faster than pandoc.
const GOAL_RATIO: f64 = 50.0;

/// The benchmark project: 200 sources, 10,000 items over the three default sections.
fn project() -> Project {
    let mut p = Project::new("Regional situation: ten thousand items");
    p.briefing.subtitle = "Benchmark briefing built from generated wire copy".into();
    p.briefing.author = "Regional desk".into();
    p.briefing.date = "2024-04-26".into();
    p.briefing.marking = "UNCLASSIFIED // FOR OFFICIAL USE ONLY".into();
    p.briefing.summary = "Talks continue on several fronts; no agreement is in sight.\n\n\
                          Humanitarian access remains the most pressing issue."
        .into();
    p.sources = corpus_sources();
    // Per source: 20 key points, 15 quotes, 15 background facts = 50 items (a source
    // without quotes gives background instead); sections are filled round-robin over the
    // sources, as a briefing mixes its outlets.
    let per_source = ITEMS / SOURCES;
    let (key_points, quotes) = (per_source * 2 / 5, per_source * 3 / 10);
    let mut next = 0u64;
    let mut id = || {
        next += 1;
        ItemId(next)
    };
    let mut sections: [Vec<Item>; 3] = Default::default();
    for round in 0..per_source {
        for source in &p.sources {
            let sentences = source.article.sentences.len();
            let item = if round < key_points {
                // The lede, then one- or two-sentence facts down the article.
                let first = (1 + round * 2) % sentences.max(1);
                let last = (first + round % 2).min(sentences.saturating_sub(1));
                sections[0].push(fact(id(), source, first, last));
                continue;
            } else if round < key_points + quotes {
                quote(id(), source, round - key_points)
            } else {
                None
            };
            match item {
                Some(q) => sections[1].push(q),
                None => {
                    let first = (3 + round * 3) % sentences.max(1);
                    let last = (first + 2).min(sentences.saturating_sub(1));
                    sections[2].push(fact(id(), source, first, last));
                }
            }
        }
    }
    for (section, items) in p.briefing.sections.iter_mut().zip(sections) {
        section.items = items;
    }
    // The analyst's touches: some notes, tags and paraphrases.
    let mut n = 0usize;
    for section in &mut p.briefing.sections {
        for item in &mut section.items {
            n += 1;
            if n.is_multiple_of(40) {
                item.note = Some(format!("Check against the ministry's statement ({n})."));
            }
            if n.is_multiple_of(15) {
                item.tags = vec!["follow-up".into(), "official".into()];
            }
            if n.is_multiple_of(60) && item.speaker.is_none() {
                item.paraphrase = Some("Officials expect the talks to resume next week.".into());
            }
        }
    }
    assert_eq!(
        p.items().count(),
        ITEMS,
        "the benchmark briefing has 10,000 items"
    );
    assert!(p.verify().is_empty(), "every item matches its source");
    p
}

/// 200 generated articles (about 12 kB each), imported as sources with their SHA-256.
fn corpus_sources() -> Vec<Source> {
    briefing::corpus::generate(SOURCES, 12_000, 7)
        .iter()
        .zip(1..)
        .map(|(doc, id)| {
            let article = briefing::import_bytes(&doc.name, doc.text.as_bytes())
                .unwrap_or_else(|e| panic!("generated article {} imports: {e}", doc.name));
            Source {
                id: SourceId(id),
                sha256: briefing::files::sha256_hex(doc.text.as_bytes()),
                article: std::sync::Arc::new(article),
            }
        })
        .collect()
}

/// A fact of sentences `first..=last`.
fn fact(id: ItemId, source: &Source, first: usize, last: usize) -> Item {
    Item::from_sentences(id, source, first, last)
        .unwrap_or_else(|| panic!("sentences {first}..={last} of source {}", source.id.0))
}

/// The source's `n`-th attributed quote (cycling), or `None` when it has none.
fn quote(id: ItemId, source: &Source, n: usize) -> Option<Item> {
    let attributed: Vec<usize> = (source.article.quotes.iter().enumerate())
        .filter(|(_, q)| q.speaker.is_some() && !q.partial && q.closed)
        .map(|(i, _)| i)
        .collect();
    let index = *attributed.get(n % attributed.len().max(1))?;
    Item::from_quote(id, source, index)
}

fn html_options() -> BuildOptions {
    BuildOptions {
        template: DEFAULT_TEMPLATE.to_owned(),
        format: ExportFormat::Html,
        citations: Citations::References,
        corroboration: None,
    }
}

/// Median wall time and mean CPU time (seconds) of `runs` calls of `f`.
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, Option<f64>) {
    let mut walls = Vec::with_capacity(runs);
    let cpu_before = cpu_seconds();
    for _ in 0..runs {
        let t = Instant::now();
        black_box(f());
        walls.push(t.elapsed().as_secs_f64());
    }
    let cpu = cpu_seconds()
        .zip(cpu_before)
        .map(|(b, a)| (b - a) / runs as f64);
    (median(&mut walls), cpu)
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    match v.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

fn ms(s: f64) -> String {
    format!("{:.1} ms", s * 1e3)
}

fn print_stage(name: &str, (wall, cpu): (f64, Option<f64>)) {
    let cpu = cpu.map_or("n/a".to_owned(), ms);
    println!(
        "  {name:<34} wall {:>9} (median)   CPU {cpu:>9} (mean)",
        ms(wall)
    );
}

fn build_briefing(c: &mut Criterion) {
    // `cargo bench` passes `--bench`; `cargo test --benches` does not, and then every
    // stage runs once and pandoc is skipped, as criterion itself does.
    let bench = std::env::args().any(|a| a == "--bench");
    let runs = if bench { RUNS } else { 1 };
    let project = project();
    let templates = Templates::builtin();
    let options = html_options();
    let view = View::new(&project, Citations::References);
    let md =
        export::markdown(&view, &templates, DEFAULT_TEMPLATE).unwrap_or_else(|e| panic!("{e}"));
    let html = export::build(&project, &templates, &options).unwrap_or_else(|e| panic!("{e}"));
    let bytes: usize = project.sources.iter().map(|s| s.article.text.len()).sum();
    println!(
        "briefing: {} items, {} sources ({:.1} MB of article text); Markdown {:.2} MB, HTML {:.2} MB",
        project.items().count(),
        project.sources.len(),
        bytes as f64 / 1e6,
        md.len() as f64 / 1e6,
        html.len() as f64 / 1e6,
    );
    println!("stages ({runs} runs each; one thread):");
    print_stage(
        "View::new",
        time(runs, || View::new(&project, Citations::References)),
    );
    print_stage(
        "template → Markdown",
        time(runs, || {
            export::markdown(&view, &templates, DEFAULT_TEMPLATE)
        }),
    );
    print_stage(
        "Markdown → HTML + sanitise",
        time(runs, || export::html_body(&md)),
    );
    let full = time(runs, || export::build(&project, &templates, &options));
    print_stage("full build to HTML", full);
    if bench {
        compare_with_pandoc(&md, full.0);
    } else {
        println!("pandoc: skipped (test mode; run with cargo bench)");
    }

    let mut group = c.benchmark_group("build_10k_items");
    group.sample_size(10);
    group.bench_function("view", |b| {
        b.iter(|| View::new(&project, Citations::References))
    });
    group.bench_function("markdown", |b| {
        b.iter(|| export::markdown(&view, &templates, DEFAULT_TEMPLATE))
    });
    group.bench_function("html_body", |b| b.iter(|| export::html_body(&md)));
    group.bench_function("full_html", |b| {
        b.iter(|| export::build(&project, &templates, &options))
    });
    group.finish();
}

/// Times `pandoc -f gfm -t html` on the same Markdown and prints the ratio and the goals.
fn compare_with_pandoc(md: &str, ours: f64) {
    let verdict = |ok: bool| if ok { "met" } else { "NOT met" };
    println!(
        "goal: full build under {GOAL_MS:.0} ms: {}",
        verdict(ours * 1e3 < GOAL_MS)
    );
    let version = Command::new("pandoc").arg("--version").output();
    let Some(version) = version.ok().filter(|o| o.status.success()) else {
        println!(
            "pandoc: not found on PATH; install it (`apt-get install -y pandoc`, or run \
             benches/pandoc.sh) to compare; skipped"
        );
        return;
    };
    let version = String::from_utf8_lossy(&version.stdout);
    let version = version.lines().next().unwrap_or("pandoc").to_owned();
    let file = std::env::temp_dir().join(format!("briefing-bench-{}.md", std::process::id()));
    if let Err(e) = std::fs::write(&file, md) {
        println!("pandoc: cannot write {}: {e}; skipped", file.display());
        return;
    }
    let mut walls = Vec::new();
    let cpu_before = children_cpu_seconds();
    for _ in 0..PANDOC_RUNS {
        let t = Instant::now();
        let status = Command::new("pandoc")
            .args(["-f", "gfm", "-t", "html", "-o", "/dev/null"])
            .arg(&file)
            .status();
        walls.push(t.elapsed().as_secs_f64());
        if !status.as_ref().is_ok_and(|s| s.success()) {
            println!("pandoc: failed ({status:?}); skipped");
            let _ = std::fs::remove_file(&file);
            return;
        }
    }
    let _ = std::fs::remove_file(&file);
    let cpu = children_cpu_seconds()
        .zip(cpu_before)
        .map(|(b, a)| (b - a) / PANDOC_RUNS as f64);
    let pandoc = median(&mut walls);
    let ratio = pandoc / ours;
    print_stage(&format!("{version} -f gfm -t html"), (pandoc, cpu));
    println!("ratio: pandoc / full build = {ratio:.0}× (wall medians; {PANDOC_RUNS} pandoc runs)");
    println!(
        "goal: at least {GOAL_RATIO:.0}× faster than pandoc: {}",
        verdict(ratio >= GOAL_RATIO)
    );
}

/// CPU time of the current thread (`se.sum_exec_runtime` in `/proc/thread-self/sched`,
/// nanosecond resolution), or of the process from `/proc/self/stat` (10 ms ticks) when the
/// kernel has no scheduler debug info. The stages run on this one thread. Linux only.
fn cpu_seconds() -> Option<f64> {
    let precise = std::fs::read_to_string("/proc/thread-self/sched")
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("se.sum_exec_runtime"))?;
            let ms: f64 = line.rsplit(':').next()?.trim().parse().ok()?;
            Some(ms / 1e3)
        });
    precise.or_else(|| {
        stat_ticks(11)
            .zip(stat_ticks(12))
            .map(|(u, s)| (u + s) / 100.0)
    })
}

/// User + system CPU time of waited-for children, from `/proc/self/stat` (10 ms ticks).
fn children_cpu_seconds() -> Option<f64> {
    stat_ticks(13)
        .zip(stat_ticks(14))
        .map(|(u, s)| (u + s) / 100.0)
}

/// Field `index` (counted from the state field, after the command name) of
/// `/proc/self/stat`.
fn stat_ticks(index: usize) -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    after.split_whitespace().nth(index)?.parse().ok()
}

criterion_group!(benches, build_briefing);
criterion_main!(benches);
