//! A starter briefing from a set of articles (`briefing draft`).
//!
//! The analyst's usual first pass, done for them: each article's lede (its first one or
//! two body sentences, without the dateline) as a key point, and every attributed, complete
//! quote in the Quotes section, with sources filled in. The analyst then prunes instead of
//! copying. Pure: the sources come in already imported, the date is given.

use crate::article::{Article, ParaKind};
use crate::project::{Edit, Item, ItemId, Project, Source};

/// A lede longer than this (bytes) is not extended by a second sentence.
const SHORT_LEDE: usize = 160;

/// Builds a starter project. `title` defaults to the first source's headline.
pub fn draft(sources: Vec<Source>, title: Option<&str>, date: &str) -> Project {
    let headline = sources
        .first()
        .and_then(|s| s.article.meta.headline.clone());
    let title = title
        .map(str::to_owned)
        .or(headline)
        .unwrap_or_else(|| "Briefing".to_owned());
    let mut project = Project::new(&title);
    project.briefing.date = date.to_owned();
    let key_points = project.briefing.sections[0].id;
    let quotes = project.briefing.sections[1].id;
    let mut next = 1;
    let mut edits = Vec::new();
    let mut counts = [0usize; 2];
    for source in &sources {
        let mut id = || {
            next += 1;
            ItemId(next - 1)
        };
        if let Some(item) = lede(id(), source) {
            edits.push((key_points, 0, item));
        }
        for (i, q) in source.article.quotes.iter().enumerate() {
            if q.speaker.is_some()
                && !q.partial
                && q.closed
                && let Some(item) = Item::from_quote(id(), source, i)
            {
                edits.push((quotes, 1, item));
            }
        }
    }
    project.sources = sources;
    for (section, slot, item) in edits {
        let index = counts[slot];
        counts[slot] += 1;
        // Ids are fresh and sources present, so the insert cannot fail; an item that
        // somehow does is left out rather than breaking the draft.
        let _ = project.apply(Edit::InsertItem {
            section,
            index,
            item,
        });
    }
    project
}

/// The article's lede as a fact: the first body sentence, plus the second when the first
/// is short and they share a paragraph; the dateline is left out of the span.
pub fn lede(id: ItemId, source: &Source) -> Option<Item> {
    let a = &source.article;
    let first = a
        .sentences
        .iter()
        .position(|s| a.paragraphs[s.paragraph].kind == ParaKind::Body)?;
    let s1 = &a.sentences[first];
    let mut end = s1.end;
    if let Some(s2) = a.sentences.get(first + 1)
        && s2.paragraph == s1.paragraph
        && s1.end - s1.start < SHORT_LEDE
    {
        end = s2.end;
    }
    let start = after_dateline(a, s1.start, end);
    Item::fact(id, source, start, end)
}

/// Where the text proper begins after a dateline printed at `start`.
fn after_dateline(a: &Article, start: usize, end: usize) -> usize {
    let Some(dateline) = a.meta.dateline.as_deref() else {
        return start;
    };
    let text = &a.text[start..end];
    match text.strip_prefix(dateline) {
        Some(rest) => {
            let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || "-–—:".contains(c));
            if rest.is_empty() {
                start
            } else {
                end - rest.len()
            }
        }
        None => start,
    }
}
