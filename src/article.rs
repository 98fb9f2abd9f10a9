//! The structured article: the one data model every later stage (briefing, export, GUI,
//! comparison) reads.
//!
//! An [`Article`] holds one frozen, cleaned `text` and everything else as UTF-8 byte spans
//! into it (paragraphs, sentences, quotes). Spans instead of copies keep provenance exact:
//! an excerpt taken into a briefing can always be checked against the text it came from.
//! Field names are the JSON contract of `briefing inspect --json`.

use serde::{Deserialize, Serialize};

/// Input format, decided by content as well as by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text (`.txt`, wire copy, pasted pages).
    Text,
    /// CommonMark / GitHub Markdown.
    Markdown,
    /// A saved web page.
    Html,
}

impl Format {
    /// The lowercase name used in JSON and summaries.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
        }
    }
}

/// Article metadata; every field is `None` (JSON `null`) when it cannot be read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// The headline, without wire slugs or section labels.
    pub headline: Option<String>,
    /// The originating outlet or agency, canonical name ("Yonhap", "AFP", "Reuters", "AP").
    pub source: Option<String>,
    /// The agency or site that redistributed the story ("BSS" in "BSS/AFP").
    pub via: Option<String>,
    /// Author names without the leading "By" ("Song Sang-ho").
    pub byline: Option<String>,
    /// The dateline exactly as printed ("VLADIVOSTOK, April 25 (Yonhap) --").
    pub dateline: Option<String>,
    /// Publication date as ISO `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Section or category ("Diplomacy").
    pub category: Option<String>,
    /// A story label printed with the headline ("News Focus", "LEAD", "URGENT").
    pub label: Option<String>,
    /// Site name of a saved web page.
    pub site_name: Option<String>,
    /// Canonical URL of a saved web page.
    pub url: Option<String>,
}

/// What a paragraph is, so that readers and exports can set it apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ParaKind {
    /// Running article text.
    Body,
    /// A subheading inside the story ("– Soviet-era allies –").
    Crosshead,
    /// A photo caption ("This photo released by … (Yonhap)").
    Caption,
}

/// One paragraph: `text[start..end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// Body, crosshead or caption.
    pub kind: ParaKind,
    /// 1-based line in the decoded source file where the paragraph begins.
    pub source_line: usize,
}

/// One sentence: `text[start..end]`, inside paragraph `paragraph`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// Index into [`Article::paragraphs`].
    pub paragraph: usize,
    /// The sentence text (a copy of `text[start..end]`, for readers of the JSON).
    pub text: String,
}

/// A quotation found in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Byte offset of the first quoted character (after the opening mark).
    pub start: usize,
    /// Byte offset one past the last quoted character (before the closing mark, or the
    /// paragraph end when the quote is not closed).
    pub end: usize,
    /// The quoted words without the enclosing marks. For a quote continued across
    /// paragraphs the pieces are joined by a blank line and the continuation marks dropped.
    pub text: String,
    /// Who said it, as the fullest form of the name used in the article; `None` when
    /// nobody is named.
    pub speaker: Option<String>,
    /// A short partial or scare quote inside a sentence ("expected “bumpy” talks").
    pub partial: bool,
    /// `false` when copy was truncated before the closing mark.
    pub closed: bool,
    /// Index of the paragraph where the quote opens.
    pub paragraph: usize,
    /// Byte spans of each paragraph piece, for quotes continued across paragraphs
    /// (one entry for an ordinary quote).
    pub parts: Vec<Span>,
}

/// A plain byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
}

/// A source line that cleanup took out of the text, and why. Nothing leaves silently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    /// The line as it stood in the source (after decoding).
    pub text: String,
    /// Why it was removed, in words ("site navigation", "wire trailer", …).
    pub reason: String,
    /// 1-based source line.
    pub source_line: usize,
}

/// A fully processed article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// The path it was read from, as given.
    pub path: String,
    /// Detected input format.
    pub format: Format,
    /// The character encoding the bytes were decoded from ("UTF-8", "windows-1252", …).
    pub encoding: String,
    /// Headline, source, byline, dateline, date, category.
    pub meta: Meta,
    /// The cleaned text; paragraphs separated by one blank line (`"\n\n"`).
    pub text: String,
    /// Paragraph spans in text order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentence spans in text order, non-overlapping.
    pub sentences: Vec<Sentence>,
    /// Quotations in text order.
    pub quotes: Vec<Quote>,
    /// Lines removed by cleanup, in source order.
    pub removed: Vec<Removed>,
}
