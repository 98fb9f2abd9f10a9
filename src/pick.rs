//! Turning what the analyst selected in an article into briefing items, and finding text.
//!
//! The desktop app's reader reports a selection as a byte range of one source's frozen
//! text (a clicked sentence, a shift-click range of sentences, or a free drag). These pure
//! functions decide what that selection means: which sentences and which detected quote it
//! covers, what item `F` or `Q` would add, which parts of an article are already taken into
//! the briefing, and where a search term occurs. Keeping them here, outside the GUI, means
//! the exact behaviour is unit-tested without egui.

use crate::article::Article;
use crate::project::edit::Edit;
use crate::project::{Item, ItemId, Project, SectionId, Source, SourceId};
use std::ops::Range;

/// A selection in one article: a byte range of its cleaned text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selection {
    /// The article.
    pub source: SourceId,
    /// Byte offset of the first selected character.
    pub start: usize,
    /// Byte offset one past the last.
    pub end: usize,
}

/// Index of the sentence containing byte `pos`, if any.
pub fn sentence_at(article: &Article, pos: usize) -> Option<usize> {
    crate::project::sentence_at(article, pos)
}

/// Byte range covering sentences `a..=b` (in either order).
pub fn sentence_range(article: &Article, a: usize, b: usize) -> Option<Range<usize>> {
    let (first, last) = (a.min(b), a.max(b));
    let s = article.sentences.get(first)?;
    let e = article.sentences.get(last)?;
    Some(s.start..e.end)
}

/// The detected quote that best matches `range`: the one with the largest overlap.
pub fn quote_for(article: &Article, range: Range<usize>) -> Option<usize> {
    article
        .quotes
        .iter()
        .enumerate()
        .filter_map(|(i, q)| {
            let overlap = range
                .end
                .min(q.end)
                .saturating_sub(range.start.max(q.start));
            (overlap > 0).then_some((overlap, i))
        })
        .max()
        .map(|(_, i)| i)
}

/// Trims whitespace off both ends of `range` in `text`.
fn trimmed(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let slice = text.get(range.clone())?;
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    let (start, end) = (range.start + lead, range.end - trail);
    (start < end).then_some(start..end)
}

/// The fact item for `sel` with id `id`, whitespace trimmed; `None` for an empty or
/// invalid span.
pub fn fact_item(source: &Source, sel: Selection, id: ItemId) -> Option<Item> {
    let r = trimmed(&source.article.text, sel.start..sel.end)?;
    Item::fact(id, source, r.start, r.end)
}

/// The speaker to prefill when the analyst makes a quote of `sel`: the detected quote's.
pub fn suggested_speaker(source: &Source, sel: Selection) -> Option<String> {
    let q = quote_for(&source.article, sel.start..sel.end)?;
    source.article.quotes.get(q)?.speaker.clone()
}

/// The quote item for `sel`. When the selection is (mostly) one detected quote, the item
/// is that quote, marks stripped and continued parts joined; otherwise the selected span
/// itself. `speaker` is what the analyst confirmed (empty means none).
pub fn quote_item(source: &Source, sel: Selection, id: ItemId, speaker: &str) -> Option<Item> {
    let r = trimmed(&source.article.text, sel.start..sel.end)?;
    let speaker = Some(speaker.trim().to_owned()).filter(|s| !s.is_empty());
    let detected = quote_for(&source.article, r.clone()).filter(|&i| {
        let q = &source.article.quotes[i];
        let overlap = r.end.min(q.end).saturating_sub(r.start.max(q.start));
        overlap * 2 >= (q.end - q.start).min(r.end - r.start)
    });
    let mut item = match detected {
        Some(i) => Item::from_quote(id, source, i)?,
        None => Item::quote(id, source, r.start, r.end, None)?,
    };
    item.speaker = speaker;
    Some(item)
}

/// The edit that inserts `item` at the end of section `section`.
pub fn append(project: &Project, section: SectionId, item: Item) -> Option<Edit> {
    let index = project.section(section)?.items.len();
    Some(Edit::InsertItem {
        section,
        index,
        item,
    })
}

/// Byte ranges of `source` that items of the briefing were taken from, sorted, with the
/// item each came from.
pub fn taken_spans(project: &Project, source: SourceId) -> Vec<(Range<usize>, ItemId)> {
    let mut spans: Vec<_> = project
        .items()
        .filter(|i| i.provenance.source == source)
        .map(|i| (i.provenance.start..i.provenance.end, i.id))
        .collect();
    spans.sort_by_key(|(r, id)| (r.start, r.end, *id));
    spans
}

/// Case-insensitive occurrences of `query` in `text`, as byte ranges (empty for a blank
/// query). Uses `regex` with the query escaped, which handles Unicode case folding while
/// reporting offsets into the original text.
pub fn find_all(text: &str, query: &str) -> Vec<Range<usize>> {
    let query = query.trim();
    if query.is_empty() {
        return Vec::new();
    }
    let Ok(re) = regex::RegexBuilder::new(&regex::escape(query))
        .case_insensitive(true)
        .build()
    else {
        return Vec::new();
    };
    re.find_iter(text).map(|m| m.range()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::import_bytes;

    fn source() -> Source {
        let text = "Dam opens\n\nKESH, Nov 3 (Wire) - The Kesh Dam opened on Monday. \
                    \"We are proud,\" said Minister Ana Vell. Crowds gathered.\n";
        Source {
            id: SourceId(1),
            sha256: String::new(),
            article: import_bytes("a.txt", text.as_bytes()).unwrap().into(),
        }
    }

    #[test]
    fn sentences_and_quotes_are_found_from_offsets() {
        let s = source();
        let a = &s.article;
        let pos = a.text.find("Crowds").unwrap();
        let i = sentence_at(a, pos).unwrap();
        assert!(a.sentences[i].text.starts_with("Crowds"));
        let r = sentence_range(a, i, i - 1).unwrap();
        assert!(a.text[r].contains("proud") && a.sentences[i].end > pos);
        let q = a.text.find("proud").unwrap();
        let qi = quote_for(a, q..q + 3).unwrap();
        assert_eq!(a.quotes[qi].speaker.as_deref(), Some("Ana Vell"));
    }

    #[test]
    fn quote_item_uses_detected_quote_and_confirmed_speaker() {
        let s = source();
        let a = &s.article;
        let start = a.text.find('"').unwrap();
        let end = a.text.find("Crowds").unwrap();
        let sel = Selection {
            source: s.id,
            start,
            end,
        };
        assert_eq!(suggested_speaker(&s, sel).as_deref(), Some("Ana Vell"));
        let item = quote_item(&s, sel, ItemId(7), " Ana Vell ").unwrap();
        assert_eq!(item.text, "We are proud,");
        assert_eq!(item.speaker.as_deref(), Some("Ana Vell"));
        let fact = fact_item(&s, sel, ItemId(8)).unwrap();
        assert!(fact.text.starts_with('"') && fact.text.ends_with("Vell."));
        let blank = Selection {
            start,
            end: start,
            ..sel
        };
        assert!(fact_item(&s, blank, ItemId(9)).is_none());
    }

    #[test]
    fn find_all_is_case_insensitive_and_reports_original_offsets() {
        let text = "Straße STRASSE straße Kesh kesh";
        let hits = find_all(text, "KESH");
        assert_eq!(hits.len(), 2);
        assert_eq!(&text[hits[0].clone()], "Kesh");
        assert_eq!(find_all(text, "straße").len(), 2);
        assert!(find_all(text, "  ").is_empty());
        assert_eq!(find_all("a.b axb", ".").len(), 1, "the query is literal");
    }

    #[test]
    fn taken_spans_lists_items_of_that_source() {
        let s = source();
        let mut p = Project::new("T");
        p.sources.push(s.clone());
        let sel = Selection {
            source: s.id,
            start: 0,
            end: 3,
        };
        let item = fact_item(&s, sel, ItemId(1)).unwrap();
        let section = p.briefing.sections[0].id;
        p.apply(append(&p, section, item).unwrap()).unwrap();
        assert_eq!(taken_spans(&p, s.id), vec![(0..3, ItemId(1))]);
        assert!(taken_spans(&p, SourceId(2)).is_empty());
    }
}
