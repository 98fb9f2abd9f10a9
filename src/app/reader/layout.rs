//! The reader's blocks (headline, metadata line, paragraphs, removed lines), their heights,
//! and a cache of one laid-out galley per block.
//!
//! Laying out text is the expensive part of drawing an article (about 3 MB/s), so the
//! reader never lays out the whole article: a block is laid out when it first becomes
//! visible, and its galley is kept here until the wrap width or the theme changes or it has
//! not been drawn for a while (the cache holds a bounded amount of text, see
//! [`CACHE_BYTES`]). Blocks not yet laid out get an estimated height (characters per line ×
//! line height); the estimate is replaced by the real height once laid out. The vertical
//! position of every block is a prefix sum of heights, updated from the first changed
//! block, so finding what is visible is a binary search.

use super::blocks::{Block, BlockKind, block_text, blocks_of};
use super::hit::CharMap;
use super::spans::Spans;
use super::style::Look;
use crate::article::Article;
use crate::project::SourceId;
use egui::text::LayoutJob;
use egui::{Galley, Visuals};
use std::collections::HashMap;
use std::sync::Arc;

/// How much article text (bytes) the galley cache keeps before evicting blocks not drawn
/// recently. Laid-out text costs about 175 bytes of memory per byte.
pub const CACHE_BYTES: usize = 64 * 1024;

/// A laid-out block.
pub struct Laid {
    /// The galley, positioned at the block's text origin.
    pub galley: Arc<Galley>,
    /// Its characters' byte offsets.
    pub map: CharMap,
    last_used: u64,
}

/// Width, theme and scale the cached galleys were laid out for.
#[derive(Debug, Clone, Copy, PartialEq)]
struct StyleKey {
    width: i32,
    dark: bool,
    pixels_per_point: f32,
}

/// The blocks of the open article, their positions and the galley cache.
#[derive(Default)]
pub struct Layout {
    content: Option<(SourceId, bool)>,
    style: Option<StyleKey>,
    /// The blocks in reading order.
    pub blocks: Vec<Block>,
    /// `tops[i]`: y of block `i` from the top of the content; one more entry for the end.
    tops: Vec<f32>,
    dirty_from: usize,
    para_block: Vec<usize>,
    laid: HashMap<BlockKind, Laid>,
    cached_bytes: usize,
    frame: u64,
    /// Average character width per look, for estimates.
    char_width: HashMap<Look, f32>,
    width: f32,
}

/// Prefix sums: `tops[i]` is the sum of `heights[..i]`; recomputed from `from` on.
pub fn update_tops(tops: &mut Vec<f32>, heights: impl Iterator<Item = f32>, from: usize) {
    tops.truncate(from + 1);
    if tops.is_empty() {
        tops.push(0.0);
    }
    let mut y = tops[tops.len() - 1];
    for h in heights.skip(from) {
        y += h;
        tops.push(y);
    }
}

/// Index of the block containing `y` in prefix sums `tops` (clamped to the blocks).
pub fn index_at(tops: &[f32], y: f32) -> usize {
    let blocks = tops.len().saturating_sub(1);
    tops.partition_point(|&t| t <= y)
        .saturating_sub(1)
        .min(blocks.saturating_sub(1))
}

/// Estimated laid-out height of `chars` characters at `char_width` per character in a
/// column `width` wide with rows `line_height` high.
pub fn estimate(chars: usize, char_width: f32, width: f32, line_height: f32) -> f32 {
    // Word wrapping leaves the ends of rows ragged: count a few percent more text.
    let per_row = (width / (char_width * 1.06)).max(1.0);
    let rows = (chars as f32 / per_row).ceil().max(1.0);
    rows * line_height
}

impl Layout {
    /// Makes the blocks match the article, `removed` and the column `width`, `visuals` and
    /// scale; drops galleys laid out for another width or theme. Returns whether block
    /// positions changed (blocks rebuilt or heights estimated again).
    pub fn sync(
        &mut self,
        ctx: &egui::Context,
        source: SourceId,
        article: &Article,
        removed: bool,
        width: f32,
        visuals: &Visuals,
    ) -> bool {
        self.frame += 1;
        let style = StyleKey {
            width: width.round() as i32,
            dark: visuals.dark_mode,
            pixels_per_point: ctx.pixels_per_point(),
        };
        let restyled = self.style != Some(style);
        if restyled {
            let same_fonts = self.style.is_some_and(|old| {
                (old.dark, old.pixels_per_point) == (style.dark, style.pixels_per_point)
            });
            if !same_fonts {
                self.char_width.clear();
            }
            self.style = Some(style);
            self.width = style.width as f32;
            self.laid.clear();
            self.cached_bytes = 0;
        }
        if self.content != Some((source, removed)) {
            if self.content.map(|c| c.0) != Some(source) {
                self.laid.clear();
                self.cached_bytes = 0;
            }
            self.content = Some((source, removed));
            self.blocks = blocks_of(article, removed);
            self.para_block = vec![0; article.paragraphs.len()];
            for (b, block) in self.blocks.iter().enumerate() {
                if let BlockKind::Para(i) = block.kind {
                    self.para_block[i] = b;
                }
            }
        } else if !restyled {
            return false;
        }
        // Per look: average character width, wrap width, row height (six looks, so a
        // short linear search beats hashing in this loop over every block).
        let looks = [
            Look::Headline,
            Look::Meta,
            Look::Body,
            Look::Crosshead,
            Look::Caption,
            Look::Removed,
        ];
        let metrics = looks.map(|look| {
            let cw = self.char_width(ctx, look, visuals);
            (look, cw, self.width - look.indent(), look.line_height())
        });
        for block in &mut self.blocks {
            let look = block.look;
            let laid = (!self.laid.is_empty())
                .then(|| self.laid.get(&block.kind))
                .flatten();
            let text_height = match (laid, metrics.iter().find(|m| m.0 == look)) {
                (Some(l), _) => l.galley.rect.height(),
                (None, Some(&(_, cw, width, row))) => estimate(block.chars, cw, width, row),
                (None, None) => look.line_height(),
            };
            block.height = look.pad_top() + text_height + look.pad_bottom();
        }
        self.dirty_from = 0;
        true
    }

    /// The index of the block showing `kind`.
    pub fn find(&self, kind: BlockKind) -> Option<usize> {
        match kind {
            BlockKind::Para(p) => self.block_of_paragraph(p),
            _ => self.blocks.iter().position(|b| b.kind == kind),
        }
    }

    fn char_width(&mut self, ctx: &egui::Context, look: Look, visuals: &Visuals) -> f32 {
        *self.char_width.entry(look).or_insert_with(|| {
            const SAMPLE: &str = "The minister said on Monday that talks with the \
                                  neighbours would resume in May, officials reported.";
            let job = LayoutJob::single_section(SAMPLE.to_owned(), look.format(visuals));
            let g = ctx.fonts_mut(|f| f.layout_job(job));
            (g.rect.width() / SAMPLE.len() as f32).max(1.0)
        })
    }

    /// Brings the block positions up to date after heights changed. The position
    /// getters ([`Layout::top`], [`Layout::total_height`], [`Layout::block_at`]) read
    /// positions as of the last refresh.
    pub fn refresh(&mut self) {
        if self.dirty_from < self.blocks.len() || self.tops.len() != self.blocks.len() + 1 {
            let from = self.dirty_from.min(self.tops.len().saturating_sub(1));
            update_tops(&mut self.tops, self.blocks.iter().map(|b| b.height), from);
            self.dirty_from = self.blocks.len();
        }
    }

    /// Top of block `b` from the top of the content.
    pub fn top(&self, b: usize) -> f32 {
        self.tops.get(b).copied().unwrap_or(0.0)
    }

    /// Height of block `b`, padding included (estimated until laid out).
    pub fn height(&self, b: usize) -> f32 {
        self.blocks.get(b).map_or(0.0, |b| b.height)
    }

    /// Height of all blocks.
    pub fn total_height(&self) -> f32 {
        self.tops.last().copied().unwrap_or(0.0)
    }

    /// The block at content height `y`.
    pub fn block_at(&self, y: f32) -> Option<usize> {
        let b = index_at(&self.tops, y);
        (y >= 0.0 && y < self.total_height() && b < self.blocks.len()).then_some(b)
    }

    /// The first block reaching below content height `y` (refreshes positions).
    pub fn first_visible(&mut self, y: f32) -> usize {
        self.refresh();
        index_at(&self.tops, y)
    }

    /// The block showing paragraph `p`.
    pub fn block_of_paragraph(&self, p: usize) -> Option<usize> {
        self.para_block.get(p).copied()
    }

    /// Lays out block `b` unless its galley is cached (quotes from `quotes` tinted).
    /// Returns how much the block's height changed (positions below it moved).
    pub fn ensure(
        &mut self,
        ctx: &egui::Context,
        article: &Article,
        quotes: &Spans<usize>,
        b: usize,
        visuals: &Visuals,
    ) -> f32 {
        let Some(block) = self.blocks.get(b) else {
            return 0.0;
        };
        let (kind, look) = (block.kind, block.look);
        if let Some(l) = self.laid.get_mut(&kind) {
            l.last_used = self.frame;
            return 0.0;
        }
        let text = block_text(article, kind);
        let map = CharMap::new(&text);
        self.cached_bytes += text.len();
        let mut job = job_for(block, text, quotes, visuals);
        job.wrap.max_width = self.width - look.indent();
        let galley = ctx.fonts_mut(|f| f.layout_job(job));
        let height = look.pad_top() + galley.rect.height() + look.pad_bottom();
        let delta = height - self.blocks[b].height;
        if delta != 0.0 {
            self.blocks[b].height = height;
            self.dirty_from = self.dirty_from.min(b);
        }
        let last_used = self.frame;
        self.laid.insert(
            kind,
            Laid {
                galley,
                map,
                last_used,
            },
        );
        delta
    }

    /// The cached layout of block `b`, if laid out.
    pub fn laid(&self, b: usize) -> Option<&Laid> {
        self.laid.get(&self.blocks.get(b)?.kind)
    }

    /// Drops galleys not drawn this frame, least recently drawn first, while the cache
    /// holds more than [`CACHE_BYTES`] of text.
    pub fn evict(&mut self) {
        if self.cached_bytes <= CACHE_BYTES {
            return;
        }
        let mut old: Vec<(u64, BlockKind)> = (self.laid.iter())
            .filter(|(_, l)| l.last_used < self.frame)
            .map(|(k, l)| (l.last_used, *k))
            .collect();
        old.sort_unstable_by_key(|(used, _)| *used);
        for (_, kind) in old {
            if self.cached_bytes <= CACHE_BYTES / 2 {
                break;
            }
            if let Some(l) = self.laid.remove(&kind) {
                self.cached_bytes = self.cached_bytes.saturating_sub(l.map.byte(usize::MAX));
            }
        }
    }

    /// Bytes of text in the cache.
    pub fn cached_bytes(&self) -> usize {
        self.cached_bytes
    }
}

/// The layout job of a block: its text in its look, detected quotes in the quote format.
fn job_for(block: &Block, text: String, quotes: &Spans<usize>, visuals: &Visuals) -> LayoutJob {
    let look = block.look;
    let base = look.format(visuals);
    let mut job = LayoutJob::default();
    if !matches!(look, Look::Body | Look::Caption) {
        job.append(&text, 0.0, base);
        return job;
    }
    let (start, end) = (block.bytes.start, block.bytes.end);
    let quote = look.quote_format(visuals);
    let mut at = 0;
    for (part, _) in quotes.overlapping(start..end) {
        let (a, b) = (part.start.max(start) - start, part.end.min(end) - start);
        if a < at {
            continue;
        }
        if let (Some(before), Some(inside)) = (text.get(at..a), text.get(a..b)) {
            job.append(before, 0.0, base.clone());
            job.append(inside, 0.0, quote.clone());
            at = b;
        }
    }
    job.append(text.get(at..).unwrap_or_default(), 0.0, base);
    job
}
