//! Exported HTML opened in a real headless browser (Debian's Chromium, installed by
//! `.ci/run`): nothing from a hostile article may execute.
//!
//! Every payload in the hostile fixtures, if it ran, would set `data-pwned` on the body.
//! Chromium loads each export, runs whatever scripts it finds for a virtual second, and
//! dumps the resulting DOM; the attribute must be absent. A control page with a real
//! script proves the detection works (the test can fail). Without Chromium the test is
//! skipped with a message, unless `BRIEFING_REQUIRE_BROWSER=1` (set by CI) makes that a
//! failure.

use crate::export::{build as build_hostile, tempdir};
use crate::hostile::hostile_project;
use briefing::export::ExportFormat;
use briefing::templates::Templates;
use briefing::view::Citations;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn chromium() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("BRIEFING_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|p| p.is_file())
}

/// The DOM after Chromium loaded `page` and ran its scripts.
fn dump_dom(chrome: &Path, page: &Path) -> String {
    let profile = tempdir();
    let mut child = Command::new(chrome)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=1000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let started = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if started.elapsed() > Duration::from_secs(90) {
            let _ = child.kill();
            panic!("chromium did not finish on {}", page.display());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    let _ = std::fs::remove_dir_all(profile);
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn hostile_exports_run_no_script_in_chromium() {
    let Some(chrome) = chromium() else {
        assert!(
            std::env::var_os("BRIEFING_REQUIRE_BROWSER").is_none(),
            "BRIEFING_REQUIRE_BROWSER is set but no Chromium was found"
        );
        eprintln!("skipped: no Chromium (apt-get install chromium)");
        return;
    };
    let dir = tempdir();

    // Control: a real script does run and is seen.
    let control = dir.join("control.html");
    std::fs::write(
        &control,
        "<!DOCTYPE html><html><body><p>x</p><img src=x onerror=\"document.body.setAttribute('data-pwned','control')\"></body></html>",
    )
    .unwrap();
    let dom = dump_dom(&chrome, &control);
    assert!(
        dom.contains("data-pwned=\"control\""),
        "control script not detected: {dom}"
    );

    let p = hostile_project();
    let mut pages = Vec::new();
    for t in Templates::builtin().list() {
        let html = build_hostile(&p, &t.name, ExportFormat::Html, Citations::Footnotes);
        let page = dir.join(format!("{}.html", t.name));
        std::fs::write(&page, html).unwrap();
        pages.push(page);
        // The sanitised body alone, without the page's Content-Security-Policy, so the
        // escaping and ammonia are tested, not only the CSP.
        let md = build_hostile(&p, &t.name, ExportFormat::Markdown, Citations::References);
        let bare = dir.join(format!("{}-bare.html", t.name));
        let body = briefing::export::html_body(&md);
        std::fs::write(
            &bare,
            format!("<!DOCTYPE html><html><body>{body}</body></html>"),
        )
        .unwrap();
        pages.push(bare);
    }
    for page in &pages {
        let dom = dump_dom(&chrome, page);
        assert!(dom.contains("</body>"), "no DOM from {}", page.display());
        assert!(
            dom.contains("textbook"),
            "article text shown in {}",
            page.display()
        );
        assert!(
            !dom.contains("data-pwned=\""),
            "a payload ran in {}",
            page.display()
        );
    }
    let _ = std::fs::remove_dir_all(dir);
}
