//! Painting one visible block: the marks behind its text (taken excerpts, search hits,
//! the selection, the sentence under the pointer), the cached galley itself, the bar in
//! the margin next to taken text, and an accessibility node per visible sentence.
//!
//! Marks are rectangles computed from the galley's rows and glyphs ([`super::hit`]), so
//! hovering or selecting never lays text out again. The accessibility nodes give every
//! sentence on screen its text as label and the rectangle of its first row as bounds:
//! screen readers can read sentence by sentence, and UI tests can click a sentence by name
//! and go through the same hit-testing as a mouse.

use super::blocks::{Block, BlockKind};
use super::hit::{first_row_rect, range_rects};
use super::layout::Laid;
use super::spans::Spans;
use super::style::{Marks, TAKEN_BAR};
use crate::article::Article;
use crate::project::ItemId;
use egui::{Id, Painter, Pos2, Rect, Vec2};
use std::ops::Range;

/// What to mark in the visible blocks this frame.
pub struct MarkSet<'a> {
    /// Colours.
    pub marks: Marks,
    /// Fallback text colour.
    pub text: egui::Color32,
    /// Excerpts taken into the briefing.
    pub taken: &'a Spans<ItemId>,
    /// Search hits (payload: index of the hit).
    pub hits: &'a Spans<usize>,
    /// Index of the current hit.
    pub current_hit: Option<usize>,
    /// The selection.
    pub selection: Option<Range<usize>>,
    /// The sentence under the pointer.
    pub hover: Option<Range<usize>>,
}

/// Rectangles (screen coordinates) covering article bytes `bytes` of a paragraph block
/// whose galley sits at `origin`.
pub fn rects(block: &Block, laid: &Laid, origin: Pos2, bytes: Range<usize>) -> Vec<Rect> {
    let (a, b) = (
        bytes.start.max(block.bytes.start),
        bytes.end.min(block.bytes.end),
    );
    if a >= b {
        return Vec::new();
    }
    let chars = laid
        .map
        .char_range(a - block.bytes.start..b - block.bytes.start);
    let offset = origin.to_vec2();
    range_rects(&laid.galley, chars)
        .into_iter()
        .map(|r| r.translate(offset))
        .collect()
}

/// Paints block `block` with its galley at `origin`; `bar_x` is where taken bars go.
pub fn block(
    painter: &Painter,
    block: &Block,
    laid: &Laid,
    origin: Pos2,
    bar_x: f32,
    set: &MarkSet<'_>,
) {
    if matches!(block.kind, BlockKind::Para(_)) {
        let m = &set.marks;
        let fill = |bytes: Range<usize>, color| {
            for r in rects(block, laid, origin, bytes) {
                painter.rect_filled(r.expand2(Vec2::new(1.0, 0.0)), 2.0, color);
            }
        };
        for (r, _) in set.taken.overlapping(block.bytes.clone()) {
            let rs = rects(block, laid, origin, r.clone());
            if let (Some(first), Some(last)) = (rs.first(), rs.last()) {
                let bar =
                    Rect::from_x_y_ranges(bar_x..=bar_x + TAKEN_BAR, first.min.y..=last.max.y);
                painter.rect_filled(bar, 1.0, m.taken_bar);
            }
            for rect in rs {
                painter.rect_filled(rect, 2.0, m.taken);
            }
        }
        for (r, i) in set.hits.overlapping(block.bytes.clone()) {
            let color = if Some(*i) == set.current_hit {
                m.current_hit
            } else {
                m.hit
            };
            fill(r.clone(), color);
        }
        if let Some(sel) = set.selection.clone() {
            fill(sel, m.selection);
        }
        if let Some(h) = set.hover.clone() {
            fill(h, m.hover);
        }
    }
    painter.galley(origin, laid.galley.clone(), set.text);
}

/// Registers an accessibility node for each sentence of paragraph block `block` whose
/// first row is inside the painter's clip rectangle: label = the sentence, bounds = that
/// first row's part.
pub fn sentence_nodes(
    painter: &Painter,
    parent: Id,
    article: &Article,
    block: &Block,
    laid: &Laid,
    origin: Pos2,
    selection: Option<Range<usize>>,
) {
    let (ctx, clip) = (painter.ctx(), painter.clip_rect());
    let BlockKind::Para(p) = block.kind else {
        return;
    };
    let first = article
        .sentences
        .partition_point(|s| s.end <= block.bytes.start);
    for (i, s) in article.sentences.iter().enumerate().skip(first) {
        if s.start >= block.bytes.end || s.paragraph > p {
            break;
        }
        let (a, b) = (
            s.start.max(block.bytes.start) - block.bytes.start,
            s.end.min(block.bytes.end) - block.bytes.start,
        );
        let Some(rect) = first_row_rect(&laid.galley, laid.map.char_range(a..b)) else {
            continue;
        };
        let rect = rect.translate(origin.to_vec2());
        if !clip.contains(rect.center()) {
            continue;
        }
        let selected = selection
            .as_ref()
            .is_some_and(|r| r.start <= s.start && s.end <= r.end);
        ctx.accesskit_node_builder(parent.with(("sentence", i)), |node| {
            node.set_role(egui::accesskit::Role::ListBoxOption);
            node.set_label(s.text.clone());
            node.set_selected(selected);
            node.set_bounds(egui::accesskit::Rect {
                x0: rect.min.x.into(),
                y0: rect.min.y.into(),
                x1: rect.max.x.into(),
                y1: rect.max.y.into(),
            });
        });
    }
}
