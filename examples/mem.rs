#![allow(missing_docs)]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
fn rss() -> String {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .filter(|l| l.starts_with("VmRSS") || l.starts_with("VmHWM"))
        .collect::<Vec<_>>()
        .join(" ")
}
fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(201);
    let arts: Vec<briefing::Article> = briefing::corpus::generate(n, 100_000, 7)
        .into_iter()
        .filter_map(|g| briefing::import_bytes(&g.name, g.text.as_bytes()).ok())
        .collect();
    println!("imported {}", rss());
    let refs: Vec<&briefing::Article> = arts.iter().collect();
    let t = std::time::Instant::now();
    let c = briefing::corroborate::compare(&refs);
    println!(
        "compared {:?} {} matches {}",
        t.elapsed(),
        c.matches.len(),
        rss()
    );
    std::thread::sleep(std::time::Duration::from_millis(300));
    println!("later {}", rss());
    drop(c);
    std::thread::sleep(std::time::Duration::from_millis(300));
    println!("dropped {}", rss());
}
