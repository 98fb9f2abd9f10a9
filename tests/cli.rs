//! `briefing inspect` as a user runs it: the JSON contract, exit codes, and one clear
//! stderr line per bad file while the good files are still processed.

use serde_json::Value;
use std::process::Command;

fn briefing() -> Command {
    Command::new(env!("CARGO_BIN_EXE_briefing"))
}

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    k.sort_unstable();
    k
}

fn has_all(v: &Value, want: &[&str]) {
    let got = keys(v);
    for w in want {
        assert!(got.contains(w), "missing field {w:?} in {got:?}");
    }
}

#[test]
fn json_contract_and_spans() {
    let files = [
        "yonhap_lead_shipyard.txt",
        "afp_bss_dam.txt",
        "markdown_floodwall.md",
    ];
    let out = briefing()
        .arg("inspect")
        .arg("--json")
        .args(
            files
                .iter()
                .map(|f| crate::fixture(&format!("articles/{f}"))),
        )
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let all: Value = serde_json::from_slice(&out.stdout).unwrap();
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 3);
    for a in all {
        has_all(
            a,
            &[
                "path",
                "format",
                "encoding",
                "meta",
                "text",
                "paragraphs",
                "sentences",
                "quotes",
                "removed",
            ],
        );
        has_all(
            &a["meta"],
            &[
                "headline",
                "source",
                "byline",
                "dateline",
                "published",
                "category",
            ],
        );
        let text = a["text"].as_str().unwrap();
        let span = |v: &Value| {
            let (s, e) = (
                v["start"].as_u64().unwrap() as usize,
                v["end"].as_u64().unwrap() as usize,
            );
            assert!(s <= e && e <= text.len(), "span {s}..{e} outside text");
            assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            (s, e)
        };
        for p in a["paragraphs"].as_array().unwrap() {
            has_all(p, &["start", "end", "kind", "source_line"]);
            span(p);
            assert!(["body", "crosshead", "caption"].contains(&p["kind"].as_str().unwrap()));
        }
        let mut last_end = 0;
        for s in a["sentences"].as_array().unwrap() {
            has_all(s, &["start", "end", "paragraph", "text"]);
            let (b, e) = span(s);
            assert!(b >= last_end, "sentences overlap or are out of order");
            last_end = e;
            assert_eq!(s["text"].as_str().unwrap(), &text[b..e]);
        }
        for q in a["quotes"].as_array().unwrap() {
            has_all(q, &["start", "end", "text", "speaker", "partial", "closed"]);
            span(q);
            assert!(q["speaker"].is_null() || q["speaker"].is_string());
        }
        for r in a["removed"].as_array().unwrap() {
            has_all(r, &["text", "reason", "source_line"]);
        }
        assert!(
            !text.contains("\n\n\n"),
            "paragraphs are separated by one blank line"
        );
    }
    assert_eq!(all[2]["format"], "markdown");
    assert_eq!(all[0]["meta"]["source"], "Yonhap");
}

#[test]
fn bad_files_fail_alone_with_one_line_each() {
    let dir = tempdir();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let binary = dir.join("photo.txt");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let nul = dir.join("nul.txt");
    std::fs::write(&nul, b"Some text\0with a NUL byte in it").unwrap();
    let huge = dir.join("huge.txt");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(briefing::MAX_BYTES + 1)
        .unwrap();
    let missing = dir.join("missing.txt");
    let good = crate::fixture("articles/afp_bss_farmers.txt");
    let out = briefing()
        .args(["inspect", "--json"])
        .args([&empty, &binary, &nul, &huge, &missing, &dir, &good])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 6, "{stderr}");
    let expect = [
        (&empty, "empty"),
        (&binary, "PNG"),
        (&nul, "NUL"),
        (&huge, "too large"),
        (&missing, "no such file"),
        (&dir, "directory"),
    ];
    for ((path, what), line) in expect.iter().zip(&lines) {
        assert!(line.contains(what), "{line:?} should say {what:?}");
        assert!(
            line.ends_with(&path.display().to_string()),
            "{line:?} should end with the path"
        );
        assert!(!line.contains("panicked"));
    }
    let all: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        all.as_array().unwrap().len(),
        1,
        "the good file is still processed"
    );
    assert!(
        all[0]["path"]
            .as_str()
            .unwrap()
            .ends_with("afp_bss_farmers.txt")
    );
}

#[test]
fn readable_summary_shows_metadata_quotes_and_removals() {
    let out = briefing()
        .arg("inspect")
        .arg(crate::fixture("articles/yonhap_lead_shipyard.txt"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    for want in [
        "Headline",
        "Source     Yonhap",
        "Quotes",
        "Removed",
        "site navigation",
    ] {
        assert!(s.contains(want), "summary lacks {want:?}:\n{s}");
    }
}

/// A fresh directory under the target dir (no extra crate needed).
fn tempdir() -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!(
        "briefing-cli-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}
