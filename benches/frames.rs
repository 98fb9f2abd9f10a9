//! Frame times of the whole workbench, headless, on a large project.
//!
//! The project holds 200 generated wire articles (about 20 MB of text) and one 5 MB
//! article, each imported through [`briefing::import_bytes`] so paragraphs, sentences and
//! quotes are real, plus a briefing of a few dozen items (so the reader marks taken text).
//! The whole app runs, exactly as eframe drives it: `Context::run_ui` with
//! [`BriefingApp::frame`], then tessellation of the output. Each scenario runs 200 frames
//! and prints the median and 95th percentile of CPU time per frame (thread CPU clock) and of
//! wall time: idle, scrolling with the wheel, hovering across sentences, dragging a
//! selection, resizing the window every frame — on an ordinary article and on the 5 MB one —
//! and the first frame after opening the 5 MB article. A baseline with no article open shows
//! what the other panels cost. Finally the resident memory (RSS).
//!
//! Goals (issue): median under 1 ms scrolling and hovering, under 3 ms resizing, the first
//! frame of a newly opened 5 MB article under 20 ms, RSS under 150 MB.
//! Run: `cargo bench --bench frames`.

use briefing::app::dialogs::ScriptedDialogs;
use briefing::app::document::Document;
use briefing::app::{AppConfig, BriefingApp, Launch};
use briefing::project::{Item, ItemId, Project, Source, SourceId};
use briefing::templates::Templates;
use egui::{Event, Modifiers, PointerButton, Pos2, RawInput, Rect, Vec2, pos2, vec2};
use std::time::{Duration, Instant};

// The same allocator as the `briefing` binary, so the figures are the product's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Articles in the project and their total size.
const ARTICLES: usize = 200;
const TOTAL_BYTES: usize = 20_000_000;
/// The one big article.
const BIG_BYTES: usize = 5_000_000;
/// Frames per scenario.
const FRAMES: usize = 200;

/// `FRAMES_QUICK=1`: a small project and few frames, to check the benchmark itself runs
/// (in a debug build).
fn quick() -> bool {
    std::env::var_os("FRAMES_QUICK").is_some()
}

/// Scales sizes down in quick mode.
fn scaled(n: usize) -> usize {
    if quick() { (n / 50).max(1) } else { n }
}
/// The window.
const WINDOW: Vec2 = vec2(1400.0, 900.0);
/// A point over the reader (between the library and the briefing panels).
const READER: Pos2 = pos2(620.0, 450.0);

/// Thread CPU time (Linux `CLOCK_THREAD_CPUTIME_ID`); wall time elsewhere.
fn cpu_now() -> Duration {
    #[cfg(target_os = "linux")]
    {
        #[repr(C)]
        struct Timespec {
            sec: i64,
            nsec: i64,
        }
        unsafe extern "C" {
            fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
        }
        const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
        let mut t = Timespec { sec: 0, nsec: 0 };
        // SAFETY: `t` is a valid, writable timespec for the duration of the call.
        if unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) } == 0 {
            return Duration::new(t.sec as u64, t.nsec as u32);
        }
    }
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

/// Resident set size in MB, from `/proc/self/statm`.
fn rss_mb() -> Option<f64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: f64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096.0 / 1e6)
}

/// The headless app and its clock.
struct Rig {
    ctx: egui::Context,
    app: BriefingApp,
    time: f64,
    size: Vec2,
}

/// One frame's cost.
struct Sample {
    cpu: Duration,
    wall: Duration,
    repaint: bool,
}

impl Rig {
    fn frame(&mut self, events: Vec<Event>) -> Sample {
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, self.size)),
            time: Some(self.time),
            events,
            ..RawInput::default()
        };
        self.time += 1.0 / 60.0;
        let (cpu0, wall0) = (cpu_now(), Instant::now());
        let mut out = self.ctx.run_ui(input, |ui| self.app.frame(ui));
        let shapes = std::mem::take(&mut out.shapes);
        let primitives = self.ctx.tessellate(shapes, out.pixels_per_point);
        let sample = Sample {
            cpu: cpu_now() - cpu0,
            wall: wall0.elapsed(),
            repaint: (out.viewport_output.values()).any(|v| v.repaint_delay == Duration::ZERO),
        };
        std::hint::black_box(primitives);
        out.textures_delta.clear();
        sample
    }

    /// Runs `FRAMES` frames with the events `events(i)` and prints the figures.
    fn scenario(&mut self, name: &str, mut events: impl FnMut(usize, &mut Rig) -> Vec<Event>) {
        for i in 0..3 {
            let e = events(i, self);
            self.frame(e);
        }
        let samples: Vec<Sample> = (0..if quick() { 60 } else { FRAMES })
            .map(|i| {
                let e = events(i + 3, self);
                self.frame(e)
            })
            .collect();
        report(name, &samples);
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Median and 95th percentile of `f` over `samples`.
fn stats(samples: &[Sample], f: impl Fn(&Sample) -> Duration) -> (f64, f64) {
    let mut v: Vec<f64> = samples.iter().map(|s| ms(f(s))).collect();
    v.sort_by(f64::total_cmp);
    let at = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.95))
}

fn report(name: &str, samples: &[Sample]) {
    let (cpu50, cpu95) = stats(samples, |s| s.cpu);
    let (wall50, wall95) = stats(samples, |s| s.wall);
    let repaints = samples.iter().filter(|s| s.repaint).count();
    println!(
        "{name:<34} cpu median {cpu50:7.3} ms  p95 {cpu95:7.3} ms | wall median {wall50:7.3} ms  \
         p95 {wall95:7.3} ms | repaint asked {repaints}/{}",
        samples.len()
    );
}

/// Imports generated articles: `count` of about `bytes_each` bytes, ids from `first_id`.
fn sources(count: usize, bytes_each: usize, seed: u64, first_id: u64) -> Vec<Source> {
    briefing::corpus::generate(count, bytes_each, seed)
        .iter()
        .zip(first_id..)
        .map(|(doc, id)| Source {
            id: SourceId(id),
            sha256: briefing::files::sha256_hex(doc.text.as_bytes()),
            article: briefing::import_bytes(&doc.name, doc.text.as_bytes())
                .unwrap_or_else(|e| panic!("generated article {} imports: {e}", doc.name))
                .into(),
        })
        .collect()
}

/// The benchmark project: 200 articles, the big one last, and 60 items taken from the
/// first articles (every third sentence of the first ones, so the reader marks them).
fn project() -> Project {
    let mut p = Project::new("Frame benchmark");
    p.sources = sources(scaled(ARTICLES), TOTAL_BYTES / ARTICLES, 11, 1);
    p.sources
        .extend(sources(1, scaled(BIG_BYTES), 12, ARTICLES as u64 + 1));
    let mut next = 0;
    for (n, source) in p.sources.iter().take(3).enumerate() {
        let sentences = source.article.sentences.len();
        for k in 0..20 {
            let first = (k * 3) % sentences.max(1);
            next += 1;
            let item = Item::from_sentences(ItemId(next), source, first, first)
                .unwrap_or_else(|| panic!("sentence {first} of source {n}"));
            p.briefing.sections[n % 3].items.push(item);
        }
    }
    p
}

fn main() {
    let t = Instant::now();
    let project = project();
    let text: usize = project.sources.iter().map(|s| s.article.text.len()).sum();
    let big = project.sources.last().map(|s| s.id);
    let small = project.sources.first().map(|s| s.id);
    println!(
        "project: {} articles, {:.1} MB of cleaned text (big one {:.1} MB), imported in {:.1} s",
        project.sources.len(),
        text as f64 / 1e6,
        project.sources.last().map_or(0, |s| s.article.text.len()) as f64 / 1e6,
        t.elapsed().as_secs_f64()
    );
    let ctx = egui::Context::default();
    let config = AppConfig {
        launch: Launch::Samples,
        dialogs: Box::new(ScriptedDialogs::default()),
        data_dir: None,
        templates: Templates::builtin(),
        autosave_delay: 3.0,
    };
    let mut app = BriefingApp::new(&ctx, None, config);
    app.view.current_section = project.briefing.sections.first().map(|s| s.id);
    app.doc = Document::new(project, None);
    if let Some(mb) = rss_mb() {
        println!("RSS with the project loaded, before the first frame: {mb:.0} MB");
    }
    let mut rig = Rig {
        ctx,
        app,
        time: 0.0,
        size: WINDOW,
    };

    rig.app.view.active_source = None;
    rig.scenario("baseline: no article open, idle", |_, _| Vec::new());
    for (name, source) in [("article", small), ("5 MB article", big)] {
        rig.app.view.active_source = source;
        rig.app.view.scroll_to = Some(0..0);
        println!("-- {name}");
        run_scenarios(&mut rig);
    }

    // The first frame after opening the big article (alternating with a small one, whose
    // first frame is also shown).
    let mut first_big = Vec::new();
    let mut first_small = Vec::new();
    for round in 0..6 {
        rig.app.view.active_source = big;
        first_big.push(rig.frame(Vec::new()));
        rig.frame(Vec::new());
        rig.app.view.active_source = project_source(&rig, round);
        first_small.push(rig.frame(Vec::new()));
        rig.frame(Vec::new());
    }
    report("first frame, 5 MB article opened", &first_big);
    report("first frame, 100 kB article opened", &first_small);
    rig.app.view.active_source = big;
    rig.frame(Vec::new());
    rig.frame(Vec::new());
    match rss_mb() {
        Some(mb) => println!("RSS with every article loaded and the 5 MB one open: {mb:.0} MB"),
        None => println!("RSS: /proc/self/statm not readable"),
    }
}

/// Another ordinary article for each round.
fn project_source(rig: &Rig, round: usize) -> Option<SourceId> {
    rig.app.doc.project.sources.get(1 + round).map(|s| s.id)
}

fn run_scenarios(rig: &mut Rig) {
    rig.frame(vec![Event::PointerMoved(READER)]);
    rig.scenario("idle", |_, _| Vec::new());
    rig.scenario("scrolling (wheel, 40 pt a frame)", |_, _| {
        vec![
            Event::PointerMoved(READER),
            Event::MouseWheel {
                unit: egui::MouseWheelUnit::Point,
                delta: vec2(0.0, -40.0),
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Wheel,
                modifiers: Modifiers::NONE,
            },
        ]
    });
    rig.scenario("hovering across sentences", |i, _| {
        let x = 330.0 + (i * 37 % 600) as f32;
        let y = 120.0 + (i * 53 % 700) as f32;
        vec![Event::PointerMoved(pos2(x, y))]
    });
    let button = |pos, pressed| Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    };
    rig.scenario("dragging a selection", |i, _| {
        let start = pos2(340.0, 150.0);
        let pos = pos2(
            340.0 + (i * 7 % 560) as f32,
            150.0 + (i as f32 * 3.0) % 650.0,
        );
        if i == 0 {
            vec![Event::PointerMoved(start), button(start, true)]
        } else {
            vec![Event::PointerMoved(pos)]
        }
    });
    rig.frame(vec![button(READER, false)]);
    rig.scenario("resizing (width every frame)", |i, rig| {
        let phase = (i % 100) as f32;
        let w = 1400.0 - 6.0 * if phase < 50.0 { phase } else { 100.0 - phase };
        rig.size = vec2(w, WINDOW.y);
        Vec::new()
    });
    rig.size = WINDOW;
    rig.frame(Vec::new());
}
