//! [`Project::verify`]: every item whose recorded excerpt no longer matches its source is
//! reported — changed text, a span outside the text, a missing source — and the check
//! needs nothing but the project, so it holds after a save and a load.

use super::{ARTICLES, Scratch, draft};
use briefing::project::{ItemId, MismatchKind, Project, SourceId};
use briefing::store;

fn only_mismatch(p: &Project) -> (ItemId, String, MismatchKind) {
    let found = p.verify();
    assert_eq!(found.len(), 1, "{found:?}");
    let m = found.into_iter().next().unwrap();
    (m.item, m.section, m.kind)
}

#[test]
fn verify_reports_changed_text() {
    let p = draft(&ARTICLES);
    assert_eq!(p.verify(), []);
    let first = p.briefing.sections[0].items[0].clone();
    // The recorded excerpt was altered.
    let mut q = p.clone();
    q.briefing.sections[0].items[0].provenance.text.push('!');
    let (id, section, kind) = only_mismatch(&q);
    assert_eq!((id, section.as_str()), (first.id, "Key points"));
    assert_eq!(
        kind,
        MismatchKind::TextChanged {
            found: first.provenance.text.clone()
        }
    );
    // The article text was altered inside the span (same length, one letter).
    let mut q = p.clone();
    let (start, text) = (
        first.provenance.start,
        &mut std::sync::Arc::make_mut(&mut q.sources[0].article).text,
    );
    let at = start
        + text[start..]
            .find(|c: char| c.is_ascii_lowercase())
            .unwrap();
    text.replace_range(at..=at, "Z");
    let (id, _, kind) = only_mismatch(&q);
    assert_eq!(id, first.id);
    let MismatchKind::TextChanged { found } = kind else {
        panic!("{kind:?}")
    };
    assert!(found.contains('Z') && found.len() == first.provenance.text.len());
    // Verification needs only the project: it holds after a save and load.
    let dir = Scratch::new("verify");
    store::save(&dir.path("v.json"), &q).unwrap();
    let (id, _, _) = only_mismatch(&store::load(&dir.path("v.json")).unwrap());
    assert_eq!(id, first.id);
}

#[test]
fn verify_reports_bad_spans_and_missing_sources() {
    let p = draft(&ARTICLES[..2]);
    let len = p.sources[0].article.text.len();
    let mut q = p.clone();
    q.briefing.sections[2].items[0].provenance.end = len + 10;
    let (_, section, kind) = only_mismatch(&q);
    assert_eq!(
        (section.as_str(), kind),
        ("Background", MismatchKind::BadSpan { len })
    );
    // A span that splits a character.
    let mut q = p.clone();
    let text = &q.sources[0].article.text;
    let multi = text
        .char_indices()
        .find(|(_, c)| c.len_utf8() > 1)
        .unwrap()
        .0;
    let item = &mut q.briefing.sections[0].items[0].provenance;
    (item.start, item.end) = (multi + 1, multi + 2);
    assert!(matches!(only_mismatch(&q).2, MismatchKind::BadSpan { .. }));
    // The source is gone (removed behind the edits' back); loading still works.
    let mut q = p.clone();
    q.sources.remove(1);
    let found = q.verify();
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found.iter().all(|m| m.kind == MismatchKind::MissingSource));
    let dir = Scratch::new("missing");
    store::save(&dir.path("m.json"), &q).unwrap();
    assert_eq!(store::load(&dir.path("m.json")).unwrap().verify(), found);
    assert!(found[0].to_string().ends_with("its source is missing"));
}

#[test]
fn mismatches_come_in_document_order_and_read_plainly() {
    let mut p = draft(&ARTICLES[..2]);
    // One broken item per section, the last section broken first.
    let secs = &mut p.briefing.sections;
    secs[2].items[1].provenance.text.clear();
    secs[1].items[0].provenance.end = usize::MAX;
    secs[0].items[1].provenance.source = SourceId(77);
    let id = |s: usize, i: usize| p.briefing.sections[s].items[i].id;
    let (missing, span, changed) = (id(0, 1), id(1, 0), id(2, 1));
    let found = p.verify();
    let ids: Vec<ItemId> = found.iter().map(|m| m.item).collect();
    assert_eq!(ids, [missing, span, changed]);
    let lines: Vec<String> = found.iter().map(ToString::to_string).collect();
    let m = missing.0;
    assert_eq!(
        lines[0],
        format!("item {m} in \"Key points\": its source is missing")
    );
    let (s, len) = (span.0, p.sources[0].article.text.len());
    let want =
        format!("item {s} in \"Quotes\": its span lies outside the article text ({len} bytes)");
    assert_eq!(lines[1], want);
    let c = changed.0;
    let head = format!("item {c} in \"Background\": the source now reads \"");
    assert!(lines[2].starts_with(&head), "{}", lines[2]);
    let MismatchKind::TextChanged { found: now } = &found[2].kind else {
        panic!("{:?}", found[2])
    };
    if now.chars().count() > 80 {
        assert!(
            lines[2].ends_with("…\""),
            "long text shortened: {}",
            lines[2]
        );
    }
    // Mismatches serialise for the app and for JSON reports.
    let json = serde_json::to_value(&found[1]).unwrap();
    assert_eq!(json["kind"]["problem"], "bad_span");
    assert_eq!(json["kind"]["len"], len);
}
