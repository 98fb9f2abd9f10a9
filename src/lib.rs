//! Briefing's core: turns news article files into clean, structured, addressable text.
//!
//! The pipeline is a pure function of the bytes ([`import_bytes`]): decode (any encoding)
//! → format (text, Markdown, HTML) → cleanup (boilerplate out, every removal reported) →
//! metadata → paragraphs, sentences and quotes with speakers, all as byte spans into one
//! frozen text ([`Article`]). Only [`files`] touches the filesystem. This crate builds and
//! tests without any GUI dependency (`cargo test --no-default-features`); the desktop app
//! lives behind the `gui` feature in the binary.

pub mod agency;
pub mod article;
pub mod blocks;
pub mod boilerplate;
pub mod cleanup;
pub mod corpus;
pub mod corroborate;
pub mod dateline;
pub mod dates;
pub mod decode;
pub mod draft;
pub mod error;
pub mod escape;
pub mod export;
pub mod files;
pub mod format;
pub mod header;
pub mod history;
pub mod html;
pub mod markdown;
pub mod pick;
pub mod pipeline;
pub mod project;
pub mod quotes;
pub mod reflow;
pub mod report;
pub mod samples;
pub mod sentences;
pub mod store;
pub mod structure;
pub mod templates;
pub mod view;

pub use article::{Article, Format, Meta, ParaKind, Paragraph, Quote, Removed, Sentence, Span};
pub use error::{FileError, ImportError};
pub use files::import_file;
pub use pipeline::{MAX_BYTES, import_bytes};

#[cfg(feature = "gui")]
pub mod app;
