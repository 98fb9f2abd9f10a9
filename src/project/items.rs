//! Taking items out of an article, and checking them against it later.
//!
//! Items are built from a [`Source`] and a byte span (a sentence, a detected quote, or any
//! selection), so their provenance is computed in one place. [`Project::verify`] reports
//! every item whose recorded text no longer matches its source; nothing is ever repaired
//! silently.

use super::{Item, ItemId, ItemKind, Project, Provenance, Source};
use crate::article::Article;
use serde::Serialize;

/// An item whose provenance does not hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mismatch {
    /// The item.
    pub item: ItemId,
    /// Title of the section it is in.
    pub section: String,
    /// What is wrong.
    pub kind: MismatchKind,
}

/// What is wrong with an item's provenance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "problem")]
pub enum MismatchKind {
    /// The source it cites is not in the project.
    MissingSource,
    /// The span is outside the article text or not on character boundaries.
    BadSpan {
        /// Length of the article text in bytes.
        len: usize,
    },
    /// The article text at the span differs from the text recorded when it was taken.
    TextChanged {
        /// What the article says there now.
        found: String,
    },
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let id = self.item.0;
        let section = &self.section;
        match &self.kind {
            MismatchKind::MissingSource => {
                write!(f, "item {id} in \"{section}\": its source is missing")
            }
            MismatchKind::BadSpan { len } => write!(
                f,
                "item {id} in \"{section}\": its span lies outside the article text ({len} bytes)"
            ),
            MismatchKind::TextChanged { found } => write!(
                f,
                "item {id} in \"{section}\": the source now reads \"{}\"",
                shorten(found, 80)
            ),
        }
    }
}

fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}

impl Project {
    /// Every item whose provenance no longer matches its source, in document order.
    pub fn verify(&self) -> Vec<Mismatch> {
        let mut out = Vec::new();
        for section in &self.briefing.sections {
            for item in &section.items {
                let p = &item.provenance;
                let kind = match self.source(p.source) {
                    None => Some(MismatchKind::MissingSource),
                    Some(src) => match src.article.text.get(p.start..p.end) {
                        None => Some(MismatchKind::BadSpan {
                            len: src.article.text.len(),
                        }),
                        Some(found) if found != p.text => Some(MismatchKind::TextChanged {
                            found: found.to_owned(),
                        }),
                        Some(_) => None,
                    },
                };
                if let Some(kind) = kind {
                    out.push(Mismatch {
                        item: item.id,
                        section: section.title.clone(),
                        kind,
                    });
                }
            }
        }
        out
    }
}

/// Provenance of `article.text[start..end]`, or `None` when the span is not valid.
pub fn provenance(source: &Source, start: usize, end: usize) -> Option<Provenance> {
    let article = &source.article;
    let text = article.text.get(start..end)?;
    if start >= end {
        return None;
    }
    Some(Provenance {
        source: source.id,
        start,
        end,
        sentence: sentence_at(article, start),
        source_line: line_at(article, start),
        text: text.to_owned(),
    })
}

/// Index of the sentence containing byte `pos`.
pub(crate) fn sentence_at(article: &Article, pos: usize) -> Option<usize> {
    let i = article.sentences.partition_point(|s| s.end <= pos);
    article
        .sentences
        .get(i)
        .filter(|s| s.start <= pos)
        .map(|_| i)
}

/// Source line of the paragraph containing byte `pos` (1 when there is none).
fn line_at(article: &Article, pos: usize) -> usize {
    let i = article.paragraphs.partition_point(|p| p.end <= pos);
    article.paragraphs.get(i).map_or(1, |p| p.source_line)
}

impl Item {
    /// A fact from any span of the article (a selection). `None` when the span is empty
    /// or not on character boundaries.
    pub fn fact(id: ItemId, source: &Source, start: usize, end: usize) -> Option<Item> {
        let provenance = provenance(source, start, end)?;
        Some(Item {
            id,
            kind: ItemKind::Fact,
            text: provenance.text.clone(),
            speaker: None,
            note: None,
            paraphrase: None,
            tags: Vec::new(),
            provenance,
        })
    }

    /// A fact made of sentences `first..=last` of the article.
    pub fn from_sentences(id: ItemId, source: &Source, first: usize, last: usize) -> Option<Item> {
        let sentences = &source.article.sentences;
        let (a, b) = (sentences.get(first)?, sentences.get(last)?);
        Item::fact(id, source, a.start, b.end)
    }

    /// A quote from any span, with the speaker the analyst gives.
    pub fn quote(
        id: ItemId,
        source: &Source,
        start: usize,
        end: usize,
        speaker: Option<String>,
    ) -> Option<Item> {
        let mut item = Item::fact(id, source, start, end)?;
        item.kind = ItemKind::Quote;
        item.speaker = speaker;
        Some(item)
    }

    /// The article's detected quote number `index`, with its speaker and joined text.
    pub fn from_quote(id: ItemId, source: &Source, index: usize) -> Option<Item> {
        let q = source.article.quotes.get(index)?;
        let mut item = Item::quote(id, source, q.start, q.end, q.speaker.clone())?;
        item.text = q.text.clone();
        Some(item)
    }

    /// The words to print: the paraphrase when there is one, else the original text.
    pub fn shown_text(&self) -> &str {
        self.paraphrase.as_deref().unwrap_or(&self.text)
    }
}
