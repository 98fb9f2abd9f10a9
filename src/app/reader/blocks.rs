//! The blocks the reader shows for an article, in reading order: the headline, the
//! metadata line, the paragraphs, and (on demand) the removed boilerplate lines.
//!
//! Removed lines are placed where they stood in the source file, by comparing their source
//! line with the paragraphs', so a removed navigation bar shows above the story and a wire
//! trailer below it. Each block knows its look and, for a paragraph, its byte span in the
//! article, which is all the layout needs to lay it out and the pointer code needs to map
//! positions back to article bytes.

use super::style::Look;
use crate::article::Article;
use std::ops::Range;

/// What a block shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// The headline.
    Headline,
    /// The metadata line.
    Meta,
    /// Paragraph `i` of the article.
    Para(usize),
    /// Removed line `i`.
    Removed(usize),
}

/// One block and its height.
#[derive(Debug, Clone)]
pub struct Block {
    /// What it shows.
    pub kind: BlockKind,
    /// Its look.
    pub look: Look,
    /// The article bytes of a paragraph (empty for other blocks).
    pub bytes: Range<usize>,
    /// Length of its text in bytes (for height estimates).
    pub chars: usize,
    /// Its height with padding, estimated until laid out.
    pub height: f32,
}

/// The text of a block.
pub fn block_text(article: &Article, kind: BlockKind) -> String {
    match kind {
        BlockKind::Headline => article.meta.headline.clone().unwrap_or_else(|| {
            std::path::Path::new(&article.path).file_name().map_or_else(
                || article.path.clone(),
                |n| n.to_string_lossy().into_owned(),
            )
        }),
        BlockKind::Meta => meta_line(article),
        BlockKind::Para(i) => article
            .paragraphs
            .get(i)
            .and_then(|p| article.text.get(p.start..p.end))
            .unwrap_or_default()
            .to_owned(),
        BlockKind::Removed(i) => article
            .removed
            .get(i)
            .map(|r| r.text.clone())
            .unwrap_or_default(),
    }
}

/// Byline, dateline, outlet and date, joined by middle dots.
pub fn meta_line(article: &Article) -> String {
    let m = &article.meta;
    let byline = m.byline.as_ref().map(|b| format!("By {b}"));
    // A dateline is cut with the dash that joins it to the story ("KESH, May 3 (AFP) –").
    let dateline = m.dateline.as_ref().map(|d| {
        d.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—'))
            .to_owned()
    });
    [byline, dateline, m.source.clone(), m.published.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("  ·  ")
}

/// The blocks of `article`: headline, metadata, then paragraphs with (when `removed`)
/// the removed lines placed by their source line.
pub fn blocks_of(article: &Article, removed: bool) -> Vec<Block> {
    let mut blocks = Vec::with_capacity(article.paragraphs.len() + 2);
    let mut push = |kind, look, bytes: Range<usize>, chars| {
        blocks.push(Block {
            kind,
            look,
            bytes,
            chars,
            height: 0.0,
        });
    };
    let headline = block_text(article, BlockKind::Headline);
    push(BlockKind::Headline, Look::Headline, 0..0, headline.len());
    let meta = meta_line(article);
    if !meta.is_empty() {
        push(BlockKind::Meta, Look::Meta, 0..0, meta.len());
    }
    let shown: &[crate::article::Removed] = if removed { &article.removed } else { &[] };
    let mut r = 0;
    for (i, p) in article.paragraphs.iter().enumerate() {
        while let Some(line) = shown.get(r).filter(|l| l.source_line < p.source_line) {
            push(BlockKind::Removed(r), Look::Removed, 0..0, line.text.len());
            r += 1;
        }
        push(
            BlockKind::Para(i),
            Look::of(p.kind),
            p.start..p.end,
            p.end - p.start,
        );
    }
    for (i, line) in shown.iter().enumerate().skip(r) {
        push(BlockKind::Removed(i), Look::Removed, 0..0, line.text.len());
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removed_lines_are_placed_by_source_line() {
        let p = crate::samples::sample_project();
        let with_removed = p.sources.iter().find(|s| !s.article.removed.is_empty());
        let a = &with_removed.unwrap().article;
        let plain = blocks_of(a, false);
        assert_eq!(plain[0].kind, BlockKind::Headline);
        let paras = plain
            .iter()
            .filter(|b| matches!(b.kind, BlockKind::Para(_)));
        assert_eq!(paras.count(), a.paragraphs.len());
        let with = blocks_of(a, true);
        assert_eq!(with.len(), plain.len() + a.removed.len());
        let last_para = a.paragraphs.last().map_or(0, |p| p.source_line);
        let mut seen = 0;
        for b in &with {
            let line = match b.kind {
                BlockKind::Para(i) => a.paragraphs[i].source_line,
                BlockKind::Removed(i) => a.removed[i].source_line,
                _ => continue,
            };
            if matches!(b.kind, BlockKind::Removed(_)) && line < last_para {
                assert!(line >= seen, "removed line {line} shown after line {seen}");
            }
            seen = seen.max(line);
        }
    }

    #[test]
    fn meta_line_joins_what_is_known() {
        let mut a = (*crate::samples::sample_project().sources[0].article).clone();
        a.meta.byline = Some("Ana Vell".into());
        a.meta.dateline = None;
        a.meta.source = Some("Reuters".into());
        a.meta.published = Some("2024-04-26".into());
        assert_eq!(meta_line(&a), "By Ana Vell  ·  Reuters  ·  2024-04-26");
        a.meta.dateline = Some("KESH, May 3 (AFP) – ".into());
        assert!(meta_line(&a).contains("(AFP)  ·  Reuters"));
        a.meta.headline = None;
        assert!(block_text(&a, BlockKind::Headline).ends_with(".txt"));
    }
}
