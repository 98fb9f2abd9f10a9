//! `briefing draft`, `build` and `templates` as a user runs them: files written
//! atomically, paths printed, stdout output, and failures that write nothing.

use crate::export::tempdir;
use std::path::Path;
use std::process::{Command, Output};

fn briefing(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args(args)
        .current_dir(cwd)
        .env("XDG_CONFIG_HOME", cwd.join("config"))
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A drafted project in a fresh directory; returns the directory.
fn drafted() -> std::path::PathBuf {
    let dir = tempdir();
    let a = crate::fixture("articles/yonhap_lead_shipyard.txt");
    let b = crate::fixture("articles/afp_bss_dam.txt");
    let out = briefing(
        &[
            "draft",
            a.to_str().unwrap(),
            b.to_str().unwrap(),
            "-o",
            "p.briefing.json",
            "--title",
            "Test brief",
            "--date",
            "2024-05-15",
        ],
        &dir,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "p.briefing.json");
    dir
}

#[test]
fn draft_makes_a_project_with_ledes_and_quotes() {
    let dir = drafted();
    let p = briefing::store::load(&dir.join("p.briefing.json")).unwrap();
    assert_eq!(p.briefing.title, "Test brief");
    assert_eq!(p.briefing.date, "2024-05-15");
    assert_eq!(p.sources.len(), 2);
    let titles: Vec<&str> = p
        .briefing
        .sections
        .iter()
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(titles, ["Key points", "Quotes", "Background"]);
    let key = &p.briefing.sections[0].items;
    assert_eq!(key.len(), 2, "one lede per article");
    assert!(
        key[0].text.starts_with("Hanul Marine Co."),
        "dateline left out: {}",
        key[0].text
    );
    let quotes = &p.briefing.sections[1].items;
    assert!(quotes.len() >= 6);
    assert!(quotes.iter().all(|q| q.speaker.is_some()));
    assert!(p.verify().is_empty());
    for s in &p.sources {
        assert_eq!(s.sha256.len(), 64);
    }
}

#[test]
fn build_writes_beside_the_project_or_to_stdout() {
    let dir = drafted();
    let out = briefing(&["build", "p.briefing.json"], &dir);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "p.md");
    let md = std::fs::read_to_string(dir.join("p.md")).unwrap();
    assert!(md.starts_with("# Test brief"));

    let out = briefing(&["build", "p.briefing.json", "-o", "brief.html"], &dir);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = std::fs::read_to_string(dir.join("brief.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<style>"));
    assert!(
        !html.contains("<link") && !html.contains("src="),
        "self-contained"
    );

    let out = briefing(
        &["build", "p.briefing.json", "-t", "quote-sheet", "-o", "-"],
        &dir,
    );
    assert!(out.status.success());
    assert!(stdout(&out).contains("who said what"));

    let out = briefing(&["build", "p.briefing.json", "-f", "csv", "-o", "-"], &dir);
    assert!(stdout(&out).starts_with("id,source,speaker,quote,section,note,tags,start,end\n"));
}

#[test]
fn failed_builds_write_nothing_and_say_why() {
    let dir = drafted();
    std::fs::write(dir.join("p.md"), "previous export\n").unwrap();
    std::fs::write(dir.join("bad.md.j2"), "{{ briefing.titel }}\n").unwrap();
    let out = briefing(
        &[
            "build",
            "p.briefing.json",
            "-t",
            "./bad.md.j2",
            "-o",
            "p.md",
        ],
        &dir,
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("undefined value") && err.contains("bad.md.j2, line 1, column 4"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("p.md")).unwrap(),
        "previous export\n"
    );

    let out = briefing(
        &["build", "p.briefing.json", "-t", "no-such", "-o", "p.md"],
        &dir,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no template \"no-such\""));

    std::fs::write(
        dir.join("broken.briefing.json"),
        "{\"format_version\": 1, \"brief",
    )
    .unwrap();
    let out = briefing(&["build", "broken.briefing.json"], &dir);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.trim_end().ends_with("broken.briefing.json"),
        "path last: {err}"
    );
    assert!(!dir.join("broken.md").exists());
}

#[test]
fn changed_sources_are_reported_not_repaired() {
    let dir = drafted();
    let path = dir.join("p.briefing.json");
    let mut p = briefing::store::load(&path).unwrap();
    let text = &mut std::sync::Arc::make_mut(&mut p.sources[0].article).text;
    let i = text.find("Hanul").unwrap();
    text.replace_range(i..i + 5, "Hanol");
    briefing::store::save(&path, &p).unwrap();
    let out = briefing(&["build", "p.briefing.json", "-o", "-"], &dir);
    assert!(out.status.success());
    assert!(stderr(&out).contains("warning: item 1 in \"Key points\": the source now reads"));
    assert!(
        stdout(&out).contains("Hanul Marine"),
        "the item keeps the text it was taken with"
    );
}

#[test]
fn templates_are_listed_with_their_variables() {
    let dir = tempdir();
    std::fs::create_dir_all(dir.join("config/briefing/templates")).unwrap();
    std::fs::write(
        dir.join("config/briefing/templates/mine.md.j2"),
        "{# My own #}\n",
    )
    .unwrap();
    let out = briefing(&["templates"], &dir);
    let list = stdout(&out);
    for name in [
        "daily-brief",
        "quote-sheet",
        "situation-report",
        "source-digest",
        "mine",
    ] {
        assert!(list.contains(name), "{name} in {list}");
    }
    assert!(list.contains("My own"));
    let out = briefing(&["templates", "--vars"], &dir);
    let vars = stdout(&out);
    assert!(vars.contains("items[].provenance.source_line") && vars.contains("speakers[].quotes"));
}
