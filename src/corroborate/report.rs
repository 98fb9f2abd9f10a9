//! What `briefing compare` prints: the groups and discrepancies, as text or JSON.
//!
//! The JSON shape is a contract for scripts: `{"articles": [...], "groups": [{"score",
//! "kind", "outlets", "members": [{"path", "source", "start", "end", "text",
//! "speaker"}]}], "discrepancies": [{"what", "kind", "group", "members": [... "value"]}]}`
//! with byte offsets into each article's cleaned text, as `briefing inspect --json`
//! gives it. Typed view structs, not hand-built maps, so the shape is checked.

use super::Corroboration;
use crate::article::Article;
use serde::Serialize;
use std::fmt::Write;

/// The whole `compare --json` document.
#[derive(Debug, Serialize)]
pub struct Report {
    /// Each article with its outlet and origin.
    pub articles: Vec<ArticleView>,
    /// Matched groups, discrepancies first, then strongest.
    pub groups: Vec<GroupView>,
    /// Discrepancies.
    pub discrepancies: Vec<DiscrepancyView>,
}

/// One compared article.
#[derive(Debug, Serialize)]
pub struct ArticleView {
    /// The path as given.
    pub path: String,
    /// Its outlet.
    pub source: String,
    /// Index of the first article of the same origin (agency or wire story).
    pub origin: usize,
    /// Statements compared in it.
    pub statements: usize,
}

/// One matched group.
#[derive(Debug, Serialize)]
pub struct GroupView {
    /// Mean similarity of its matches, 0–1, rounded to 3 places.
    pub score: f64,
    /// `"fact"` or `"quote"`.
    pub kind: &'static str,
    /// Independent outlets in it (one per origin).
    pub outlets: Vec<String>,
    /// Its statements.
    pub members: Vec<MemberView>,
}

/// One statement, located.
#[derive(Debug, Serialize)]
pub struct MemberView {
    /// The article's path.
    pub path: String,
    /// The article's outlet.
    pub source: String,
    /// Byte offset in the article's cleaned text.
    pub start: usize,
    /// One past the end.
    pub end: usize,
    /// The sentence or quoted words.
    pub text: String,
    /// Who said it, for quotes.
    pub speaker: Option<String>,
    /// The differing value, in discrepancies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// One discrepancy.
#[derive(Debug, Serialize)]
pub struct DiscrepancyView {
    /// In words: `number: "some 10,000" vs "12,000"`.
    pub what: String,
    /// Number, date, day of the week, month, year or name.
    pub kind: &'static str,
    /// Index into `groups`.
    pub group: usize,
    /// The statements and the value each gives.
    pub members: Vec<MemberView>,
}

fn member(
    c: &Corroboration,
    articles: &[&Article],
    statement: usize,
    value: Option<String>,
) -> MemberView {
    let s = &c.statements[statement];
    MemberView {
        path: articles[s.article].path.clone(),
        source: c.outlets[s.article].clone(),
        start: s.start,
        end: s.end,
        text: s.text.clone(),
        speaker: s.speaker.clone(),
        value,
    }
}

/// The report of `c`, which [`super::compare`] made from `articles`.
pub fn report(c: &Corroboration, articles: &[&Article]) -> Report {
    Report {
        articles: articles
            .iter()
            .enumerate()
            .map(|(i, a)| ArticleView {
                path: a.path.clone(),
                source: c.outlets[i].clone(),
                origin: c.origins[i],
                statements: c.statements_of(i).len(),
            })
            .collect(),
        groups: c
            .groups
            .iter()
            .map(|g| GroupView {
                score: (f64::from(g.score) * 1000.0).round() / 1000.0,
                kind: g.kind.as_str(),
                outlets: c.outlets_of(&g.members),
                members: g
                    .members
                    .iter()
                    .map(|&m| member(c, articles, m, None))
                    .collect(),
            })
            .collect(),
        discrepancies: c
            .discrepancies
            .iter()
            .map(|d| DiscrepancyView {
                what: d.what.clone(),
                kind: d.kind.label(),
                group: d.group,
                members: d
                    .members
                    .iter()
                    .map(|v| member(c, articles, v.statement, Some(v.value.clone())))
                    .collect(),
            })
            .collect(),
    }
}

/// Shortens `text` to about `max` characters on a character boundary.
fn clip(text: &str, max: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &flat[..i]),
        None => flat,
    }
}

/// The readable report: articles and origins, discrepancies, then groups.
pub fn text(r: &Report) -> String {
    let mut out = String::new();
    let origins = {
        let mut o: Vec<usize> = r.articles.iter().map(|a| a.origin).collect();
        o.sort_unstable();
        o.dedup();
        o.len()
    };
    let _ = writeln!(
        out,
        "{} articles from {origins} independent origins",
        r.articles.len()
    );
    for (i, a) in r.articles.iter().enumerate() {
        let same = if a.origin == i {
            String::new()
        } else {
            format!("  (same origin as {})", r.articles[a.origin].path)
        };
        let _ = writeln!(
            out,
            "  {:<10} {}  {} statements{same}",
            a.source, a.path, a.statements
        );
    }
    let _ = writeln!(out, "\nDiscrepancies: {}", r.discrepancies.len());
    for d in &r.discrepancies {
        let _ = writeln!(out, "  ! {}  (group {})", d.what, d.group + 1);
        for m in &d.members {
            let value = m.value.as_deref().unwrap_or("");
            let _ = writeln!(
                out,
                "      {:<10} {value:<18} {}",
                m.source,
                clip(&m.text, 90)
            );
        }
    }
    let _ = writeln!(out, "\nMatched groups: {}", r.groups.len());
    for (i, g) in r.groups.iter().enumerate() {
        let _ = writeln!(
            out,
            "  {:>3}. {:<5} {:.2}  {}",
            i + 1,
            g.kind,
            g.score,
            g.outlets.join(", ")
        );
        for m in &g.members {
            let who = m
                .speaker
                .as_deref()
                .map(|s| format!("{s}: "))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "       {:<10} {:>6}–{:<6} {who}{}",
                m.source,
                m.start,
                m.end,
                clip(&m.text, 100)
            );
        }
    }
    out
}
