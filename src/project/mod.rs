//! The briefing project: the analyst's work, as one serialisable value.
//!
//! A [`Project`] is self-contained. It holds every article it cites ([`Source`]: the cleaned
//! text, metadata and spans, plus the SHA-256 of the original file), and the briefing being
//! written ([`Briefing`]: title, summary, ordered [`Section`]s of [`Item`]s). Each item keeps
//! its [`Provenance`] — source, byte span, sentence, source line and the exact text taken —
//! so a briefing still builds when the original files are gone and every excerpt can be
//! checked against the text it came from ([`Project::verify`]).
//!
//! The document is changed only through [`edit::Edit`]s, each of which returns its inverse
//! (undo). Reading and writing files lives in [`crate::store`]; this module is pure data.

pub mod edit;
mod items;

pub use edit::{BriefingField, Edit, EditError, ItemChange};
pub(crate) use items::sentence_at;
pub use items::{Mismatch, MismatchKind};

use crate::article::Article;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// The project file format this build writes. Files with a larger number are refused.
pub const FORMAT_VERSION: u32 = 1;

/// The sections a new briefing starts with.
pub const DEFAULT_SECTIONS: [&str; 3] = ["Key points", "Quotes", "Background"];

/// Identifies an [`Item`] within a project; stable across edits, saves and reloads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ItemId(pub u64);

/// Identifies a [`Section`] within a project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SectionId(pub u64);

/// Identifies a [`Source`] within a project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SourceId(pub u64);

/// Everything the analyst has done, as saved in `NAME.briefing.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Project {
    /// The file format version ([`FORMAT_VERSION`] when written by this build).
    pub format_version: u32,
    /// The document being written.
    pub briefing: Briefing,
    /// The articles, in the order they were added.
    pub sources: Vec<Source>,
}

/// The briefing document: front matter and ordered sections.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Briefing {
    /// Document title.
    pub title: String,
    /// Optional subtitle (empty when unused).
    pub subtitle: String,
    /// Author or desk (empty when unused).
    pub author: String,
    /// Date of the briefing as the analyst wants it printed, usually ISO `YYYY-MM-DD`.
    pub date: String,
    /// Handling marking printed at top and bottom ("UNCLASSIFIED // FOR OFFICIAL USE
    /// ONLY"); empty when none.
    pub marking: String,
    /// The bottom line up front, written by the analyst.
    pub summary: String,
    /// Ordered sections.
    pub sections: Vec<Section>,
}

/// A titled, ordered group of items ("Key points", "Quotes", …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// Stable identifier.
    pub id: SectionId,
    /// Heading as printed.
    pub title: String,
    /// Items in reading order.
    pub items: Vec<Item>,
}

/// Whether an item is a statement of fact or a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemKind {
    /// A fact, usually one or more sentences.
    Fact,
    /// Somebody's words, with a speaker.
    Quote,
}

impl ItemKind {
    /// The lowercase name used in JSON, CSV and templates.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Fact => "fact",
            ItemKind::Quote => "quote",
        }
    }
}

/// One fact or quote taken from an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// Stable identifier.
    pub id: ItemId,
    /// Fact or quote.
    pub kind: ItemKind,
    /// The words as taken: the sentence(s) for a fact; for a quote the quoted words without
    /// their marks (pieces of a quote continued across paragraphs joined by a blank line).
    pub text: String,
    /// Who said it (quotes; editable by the analyst).
    pub speaker: Option<String>,
    /// The analyst's note.
    pub note: Option<String>,
    /// The analyst's rewording; the original [`Item::text`] is kept.
    pub paraphrase: Option<String>,
    /// Free tags ("casualties", "follow-up").
    pub tags: Vec<String>,
    /// Where the words came from.
    pub provenance: Provenance,
}

/// Where an item came from, exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    /// The source article.
    pub source: SourceId,
    /// Byte offset of the first character in the article's cleaned text.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// Index of the sentence where the excerpt begins, when it begins inside one.
    pub sentence: Option<usize>,
    /// 1-based line in the source file of the paragraph where the excerpt begins.
    pub source_line: usize,
    /// The exact article text `text[start..end]` at the time it was taken.
    pub text: String,
}

/// An article in the project, frozen as it was imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Stable identifier.
    pub id: SourceId,
    /// Lowercase hex SHA-256 of the original file's bytes.
    pub sha256: String,
    /// The imported article: path, metadata, cleaned text and spans. Shared, because it
    /// never changes after import: cloning a project (for undo, for the autosave thread)
    /// then costs a reference count per article, not a copy of megabytes of text.
    pub article: Arc<Article>,
}

impl Project {
    /// A new, empty project with the default sections.
    pub fn new(title: &str) -> Project {
        let sections = DEFAULT_SECTIONS
            .iter()
            .zip(1..)
            .map(|(t, id)| Section {
                id: SectionId(id),
                title: (*t).to_owned(),
                items: Vec::new(),
            })
            .collect();
        Project {
            format_version: FORMAT_VERSION,
            briefing: Briefing {
                title: title.to_owned(),
                sections,
                ..Briefing::default()
            },
            sources: Vec::new(),
        }
    }

    /// The source with this id.
    pub fn source(&self, id: SourceId) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The section with this id.
    pub fn section(&self, id: SectionId) -> Option<&Section> {
        self.briefing.sections.iter().find(|s| s.id == id)
    }

    /// The item with this id and the index of its section.
    pub fn item(&self, id: ItemId) -> Option<(usize, &Item)> {
        self.briefing
            .sections
            .iter()
            .enumerate()
            .find_map(|(s, sec)| sec.items.iter().find(|i| i.id == id).map(|i| (s, i)))
    }

    /// All items in document order.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.briefing.sections.iter().flat_map(|s| s.items.iter())
    }

    /// An item id not used in the project (one more than the largest). Derived from the
    /// document, not a stored counter, so undo restores the project exactly.
    pub fn fresh_item_id(&self) -> ItemId {
        ItemId(self.items().map(|i| i.id.0).max().unwrap_or(0) + 1)
    }

    /// A section id not used in the project.
    pub fn fresh_section_id(&self) -> SectionId {
        let max = self.briefing.sections.iter().map(|s| s.id.0).max();
        SectionId(max.unwrap_or(0) + 1)
    }

    /// A source id not used in the project.
    pub fn fresh_source_id(&self) -> SourceId {
        SourceId(self.sources.iter().map(|s| s.id.0).max().unwrap_or(0) + 1)
    }

    /// How many items cite the source.
    pub fn uses_of(&self, id: SourceId) -> usize {
        self.items().filter(|i| i.provenance.source == id).count()
    }
}
