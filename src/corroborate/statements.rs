//! The statements of an article that corroboration compares: its facts and its remarks.
//!
//! A *remark* is a detected quotation that can stand on its own (not a one-word scare
//! quote), with its speaker. A *fact* is a body sentence that is not mostly a quotation
//! (those are represented by the remark) and says enough to compare: at least three
//! content words. Headlines, captions and crossheads are left out: captions describe
//! photos and crossheads are labels. [`analyse`] cuts every article into statements and
//! turns each into the terms the matcher compares.

use super::{Kind, Statement, text};
use crate::article::{Article, ParaKind};
use std::ops::Range;

/// Content words a statement needs to be compared at all.
pub(crate) const MIN_TERMS: usize = 3;
/// Content words a remark needs: a short remark is still a remark ("I am incredibly
/// proud of this team" / "I'm so proud of this team"), and it matches only remarks by
/// the same speaker.
pub(crate) const MIN_QUOTE_TERMS: usize = 2;

/// Whether a statement with `terms` content words says enough to compare.
pub(crate) fn comparable(kind: Kind, terms: usize) -> bool {
    terms
        >= match kind {
            Kind::Fact => MIN_TERMS,
            Kind::Quote => MIN_QUOTE_TERMS,
        }
}

/// The statements of article number `index`, in text order, each with the text to
/// compare: a fact's sentence without the words of remarks inside it (those are compared
/// as remarks), a remark's words; and whether words were taken out (an attribution left
/// over, "… Rakesh Dubey told reporters", is not a fact: see [`attribution_only`]).
pub(crate) fn of(index: usize, article: &Article) -> Vec<(Statement, String, bool)> {
    let mut out = Vec::new();
    let remarks: Vec<&crate::Quote> = article
        .quotes
        .iter()
        .filter(|q| !q.partial && q.text.split_whitespace().count() >= 4)
        .collect();
    for q in &remarks {
        let start = q.parts.first().map_or(q.start, |p| p.start);
        let end = q.parts.last().map_or(q.end, |p| p.end);
        let statement = Statement {
            article: index,
            kind: Kind::Quote,
            start,
            end,
            text: q.text.clone(),
            speaker: q.speaker.clone(),
            sentences: sentences_in(article, start, end),
        };
        out.push((statement, q.text.clone(), false));
    }
    for (i, s) in article.sentences.iter().enumerate() {
        let body = article
            .paragraphs
            .get(s.paragraph)
            .is_some_and(|p| p.kind == ParaKind::Body);
        if !body {
            continue;
        }
        let len = s.end.saturating_sub(s.start).max(1);
        let quoted: usize = remarks
            .iter()
            .flat_map(|q| &q.parts)
            .map(|p| p.end.min(s.end).saturating_sub(p.start.max(s.start)))
            .sum();
        if quoted * 2 >= len {
            continue;
        }
        // The sentence with the quoted words blanked out.
        let mut own = String::with_capacity(len);
        let mut at = s.start;
        let mut parts: Vec<_> = remarks
            .iter()
            .flat_map(|q| &q.parts)
            .filter(|p| p.start < s.end && s.start < p.end)
            .collect();
        parts.sort_by_key(|p| p.start);
        let quoted = !parts.is_empty();
        for p in parts {
            if p.start > at {
                own.push_str(article.text.get(at..p.start).unwrap_or(""));
                own.push(' ');
            }
            at = at.max(p.end);
        }
        own.push_str(article.text.get(at.min(s.end)..s.end).unwrap_or(""));
        let statement = Statement {
            article: index,
            kind: Kind::Fact,
            start: s.start,
            end: s.end,
            text: s.text.clone(),
            speaker: None,
            sentences: i..i + 1,
        };
        out.push((statement, own, quoted));
    }
    out.sort_by_key(|(s, _, _)| (s.start, s.kind));
    out
}

/// Whether what is left of a sentence once its quotations are taken out is only their
/// attribution: fewer than [`MIN_TERMS`] lowercase words or numbers (names and titles
/// aside: "…,\" state Public Works Minister Rakesh Dubey told reporters at the spot").
/// Two such leftovers look alike whenever one person speaks in both articles, yet state
/// no fact.
pub(crate) fn attribution_only(terms: &[(String, bool)]) -> bool {
    terms.iter().filter(|(_, plain)| *plain).count() < MIN_TERMS
}

/// Statements, their terms, their plain terms, and each article's range of statements.
pub(crate) type Analysed = (
    Vec<Statement>,
    Vec<Vec<String>>,
    Vec<Vec<(u32, u8)>>,
    Vec<Range<usize>>,
);

/// Cuts every article into statements and analyses each into terms; also each statement's
/// lowercase words (numbers weighing 2) as sorted ids, for a fast intersection.
pub(crate) fn analyse(analyzer: &text::Analyzer, articles: &[&Article]) -> Analysed {
    let mut statements = Vec::new();
    let mut marked: Vec<Vec<(String, bool)>> = Vec::new();
    let mut by_article = Vec::with_capacity(articles.len());
    let mut analysed: std::collections::HashMap<String, Vec<(String, bool)>> =
        std::collections::HashMap::new();
    for (i, a) in articles.iter().enumerate() {
        let from = statements.len();
        for (s, own, quoted) in of(i, a) {
            // Copies of one wire story repeat sentences word for word: analyse each once.
            let terms = analysed
                .entry(own)
                .or_insert_with_key(|own| analyzer.marked_terms(own))
                .clone();
            if quoted && attribution_only(&terms) {
                continue;
            }
            marked.push(terms);
            statements.push(s);
        }
        by_article.push(from..statements.len());
    }
    text::join_compounds(&mut marked);
    super::senses::fold(&mut marked);
    let mut ids: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
    let mut plain = Vec::with_capacity(marked.len());
    let mut terms = Vec::with_capacity(marked.len());
    for m in marked {
        let mut lower: Vec<(u32, u8)> = m
            .iter()
            .filter(|(_, p)| *p)
            .map(|(t, _)| {
                let next = ids.len() as u32;
                let id = *ids.entry(t.clone()).or_insert(next);
                let number = t.starts_with(|c: char| c.is_ascii_digit());
                (id, if number { 2 } else { 1 })
            })
            .collect();
        lower.sort_unstable();
        lower.dedup();
        plain.push(lower);
        terms.push(m.into_iter().map(|(t, _)| t).collect());
    }
    (statements, terms, plain, by_article)
}

/// Indices of the sentences that overlap `start..end`.
fn sentences_in(article: &Article, start: usize, end: usize) -> std::ops::Range<usize> {
    let first = article.sentences.partition_point(|s| s.end <= start);
    let last = article.sentences.partition_point(|s| s.start < end);
    first..last.max(first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corroborate::text::Analyzer;

    #[test]
    fn an_attribution_left_over_is_not_a_fact() {
        let a = Analyzer::default();
        let only = |s: &str| attribution_only(&a.marked_terms(s));
        assert!(only(
            "state Public Works Minister Rakesh Dubey told reporters at the spot."
        ));
        assert!(only("U.N. envoy Marta Lindqvist said."));
        assert!(!only(
            "Durieux said, singling out the Kessouan intelligence services"
        ));
    }
}
