//! Every fixture article against the hand-written expectations in
//! `tests/fixtures/articles/expected.json`: format, encoding, metadata, removals, kept
//! text, crossheads, captions and quotes with speakers. All mismatches are collected and
//! printed together, so one run shows the whole picture.

use briefing::{Article, ParaKind};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
struct Expect {
    format: String,
    encoding: String,
    headline: Option<String>,
    source: Option<String>,
    #[serde(default)]
    via: Option<String>,
    byline: Option<String>,
    dateline: Option<String>,
    published: Option<String>,
    category: Option<String>,
    #[serde(default)]
    must_remove: Vec<String>,
    #[serde(default)]
    must_keep: Vec<String>,
    #[serde(default)]
    crossheads: Vec<String>,
    #[serde(default)]
    captions: Vec<String>,
    #[serde(default)]
    quotes: Vec<ExpectQuote>,
}

#[derive(Deserialize)]
struct ExpectQuote {
    starts: String,
    speaker: Option<String>,
    partial: bool,
    closed: bool,
}

fn check(name: &str, a: &Article, e: &Expect, bad: &mut Vec<String>) {
    let mut eq = |what: &str, got: Option<&str>, want: Option<&str>| {
        if got != want {
            bad.push(format!("{name}: {what}: got {got:?}, want {want:?}"));
        }
    };
    eq("format", Some(a.format.as_str()), Some(&e.format));
    eq("encoding", Some(&a.encoding), Some(&e.encoding));
    let m = &a.meta;
    eq("headline", m.headline.as_deref(), e.headline.as_deref());
    eq("source", m.source.as_deref(), e.source.as_deref());
    eq("via", m.via.as_deref(), e.via.as_deref());
    eq("byline", m.byline.as_deref(), e.byline.as_deref());
    eq("dateline", m.dateline.as_deref(), e.dateline.as_deref());
    eq("published", m.published.as_deref(), e.published.as_deref());
    eq("category", m.category.as_deref(), e.category.as_deref());
    for line in &e.must_remove {
        if !a.removed.iter().any(|r| r.text.trim() == line.trim()) {
            bad.push(format!("{name}: not reported removed: {line:?}"));
        }
        if a.text.contains(line.trim()) && line.trim().len() > 12 {
            bad.push(format!("{name}: still in text: {line:?}"));
        }
    }
    for keep in &e.must_keep {
        if !a.text.contains(keep.as_str()) {
            bad.push(format!("{name}: lost body text: {keep:?}"));
        }
    }
    let of_kind = |k| -> Vec<&str> {
        a.paragraphs
            .iter()
            .filter(|p| p.kind == k)
            .map(|p| &a.text[p.start..p.end])
            .collect()
    };
    let heads = of_kind(ParaKind::Crosshead);
    for h in &e.crossheads {
        if !heads.contains(&h.as_str()) {
            bad.push(format!("{name}: crosshead missing: {h:?} (have {heads:?})"));
        }
    }
    let caps = of_kind(ParaKind::Caption);
    for c in &e.captions {
        if !caps.iter().any(|p| p.starts_with(c.as_str())) {
            bad.push(format!("{name}: caption missing: {c:?}"));
        }
    }
    for q in &e.quotes {
        let found = a
            .quotes
            .iter()
            .find(|f| f.text.starts_with(q.starts.as_str()));
        match found {
            None => bad.push(format!("{name}: quote not found: {:?}", q.starts)),
            Some(f) => {
                if f.speaker != q.speaker || f.partial != q.partial || f.closed != q.closed {
                    bad.push(format!(
                        "{name}: quote {:?}: got speaker {:?} partial {} closed {}, want {:?} {} {}",
                        q.starts, f.speaker, f.partial, f.closed, q.speaker, q.partial, q.closed
                    ));
                }
            }
        }
    }
}

#[test]
fn fixtures_meet_expectations() {
    let path = crate::fixture("articles/expected.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let all: BTreeMap<String, Expect> = serde_json::from_str(&text).unwrap();
    assert!(
        all.len() >= 12,
        "expected.json lists {} fixtures",
        all.len()
    );
    let mut bad = Vec::new();
    let mut checks = 0;
    for (name, e) in &all {
        let a = briefing::import_file(&crate::fixture(&format!("articles/{name}")))
            .unwrap_or_else(|err| panic!("{err:#}"));
        check(name, &a, e, &mut bad);
        checks += 9 + e.must_remove.len() + e.must_keep.len() + e.quotes.len();
    }
    for b in &bad {
        eprintln!("{b}");
    }
    eprintln!("{} of {checks} expectations missed", bad.len());
    assert!(
        bad.is_empty(),
        "{} of {checks} expectations missed",
        bad.len()
    );
}
