//! The pointer in the reader: what lies under it, and what clicks, shift-clicks, drags
//! and right-clicks do to the selection.
//!
//! The whole text area is one widget; the sentence or character under the pointer is found
//! inside the cached paragraph galleys ([`super::hit`]) instead of giving every sentence a
//! widget of its own (12,000 widgets cost 20 ms a frame). A click selects the sentence,
//! shift-click extends from the anchor sentence, a drag selects any character span (across
//! paragraphs too), and the context menu offers to add the selection to the briefing.

use super::blocks::BlockKind;
use super::hit::{boundary_at, char_under};
use super::layout::Layout;
use crate::app::commands::UiCommand;
use crate::app::state::{Outbox, ViewState};
use crate::article::Article;
use crate::pick::{Selection, sentence_at, sentence_range};
use crate::project::{Project, SourceId};
use egui::{Pos2, pos2};
use std::ops::Range;

/// Where the content and the text column are on screen this frame.
#[derive(Debug, Clone, Copy)]
pub struct Geometry {
    /// Screen y of content height 0.
    pub top: f32,
    /// Screen x of the text column's left edge.
    pub left: f32,
}

impl Geometry {
    /// Screen position of block `b`'s galley.
    pub fn origin(&self, layout: &Layout, b: usize) -> Pos2 {
        let look = layout.blocks[b].look;
        pos2(
            self.left + look.indent(),
            self.top + layout.top(b) + look.pad_top(),
        )
    }

    /// The block under screen position `pos`.
    pub fn block_at(&self, layout: &Layout, pos: Pos2) -> Option<usize> {
        layout.block_at(pos.y - self.top)
    }

    /// The article byte whose glyph is under `pos`, if any.
    pub fn byte_under(&self, layout: &Layout, pos: Pos2) -> Option<usize> {
        let b = self.block_at(layout, pos)?;
        let block = &layout.blocks[b];
        if !matches!(block.kind, BlockKind::Para(_)) {
            return None;
        }
        let laid = layout.laid(b)?;
        let local = (pos - self.origin(layout, b)).to_pos2();
        let c = char_under(&laid.galley, local)?;
        Some(block.bytes.start + laid.map.byte(c))
    }

    /// The character boundary (article byte) nearest `pos`, for dragging: above the
    /// first paragraph is its start, below the last the end of the text.
    pub fn boundary(&self, layout: &Layout, article: &Article, pos: Pos2) -> usize {
        let y = pos.y - self.top;
        if y >= layout.total_height() {
            return article.text.len();
        }
        let b = layout.block_at(y.max(0.0)).unwrap_or(0);
        let block = &layout.blocks[b];
        if matches!(block.kind, BlockKind::Para(_))
            && let Some(laid) = layout.laid(b)
        {
            let local = (pos - self.origin(layout, b)).to_pos2();
            return block.bytes.start + laid.map.byte(boundary_at(&laid.galley, local));
        }
        // A heading, a removed line or a paragraph not laid out: the next paragraph's
        // start (the one before's end when there is none).
        let next = layout.blocks[b..]
            .iter()
            .find(|k| matches!(k.kind, BlockKind::Para(_)));
        next.map_or(article.text.len(), |k| k.bytes.start)
    }
}

/// The selection as a byte range of `source`, if it is in that article.
pub fn selected(view: &ViewState, source: SourceId) -> Option<Range<usize>> {
    view.selection
        .filter(|s| s.source == source)
        .map(|s| s.start..s.end)
}

/// Selects sentence `i` (or, with `extend` and an anchor, the anchor's range to it).
pub fn select_sentence(
    view: &mut ViewState,
    source: SourceId,
    article: &Article,
    i: usize,
    extend: bool,
) {
    let anchor = view
        .anchor_sentence
        .filter(|_| extend && view.selection.is_some_and(|s| s.source == source))
        .filter(|&a| a < article.sentences.len());
    let range = match anchor {
        Some(a) => sentence_range(article, a, i),
        None => sentence_range(article, i, i),
    };
    if let Some(r) = range {
        view.selection = Some(Selection {
            source,
            start: r.start,
            end: r.end,
        });
        if anchor.is_none() {
            view.anchor_sentence = Some(i);
        }
    }
}

/// A primary click at article byte `byte` (`None`: not on text): selects the sentence
/// there, extending with shift; a click beside the text clears the selection.
pub fn click(
    view: &mut ViewState,
    source: SourceId,
    article: &Article,
    byte: Option<usize>,
    shift: bool,
) {
    match byte.and_then(|b| sentence_at(article, b)) {
        Some(i) => select_sentence(view, source, article, i, shift),
        None if !shift => {
            view.selection = None;
            view.anchor_sentence = None;
        }
        None => {}
    }
}

/// A drag from byte `from` to byte `to`: selects the span between them.
pub fn drag(view: &mut ViewState, source: SourceId, from: usize, to: usize) {
    if from == to {
        return;
    }
    view.selection = Some(Selection {
        source,
        start: from.min(to),
        end: from.max(to),
    });
    view.anchor_sentence = None;
}

/// A right-click at byte `byte`: outside the selection it first selects the sentence.
pub fn secondary_click(
    view: &mut ViewState,
    source: SourceId,
    article: &Article,
    byte: Option<usize>,
) {
    let Some(b) = byte else {
        return;
    };
    if selected(view, source).is_some_and(|r| r.contains(&b)) {
        return;
    }
    if let Some(i) = sentence_at(article, b) {
        select_sentence(view, source, article, i, false);
    }
}

/// The context menu on the text: add the selection as a fact, a quote, or to a section.
pub fn context_menu(ui: &mut egui::Ui, project: &Project, view: &ViewState, out: &mut Outbox) {
    let has_selection = view.selection.is_some();
    ui.add_enabled_ui(has_selection, |ui| {
        if ui
            .button(UiCommand::AddFact.label())
            .on_hover_text(UiCommand::AddFact.tooltip())
            .clicked()
        {
            out.command(UiCommand::AddFact);
            ui.close();
        }
        if ui
            .button(UiCommand::AddQuote.label())
            .on_hover_text(UiCommand::AddQuote.tooltip())
            .clicked()
        {
            out.command(UiCommand::AddQuote);
            ui.close();
        }
        ui.menu_button("Add to section", |ui| {
            for (n, section) in (1u8..=9).zip(&project.briefing.sections) {
                if ui.button(format!("{n}. {}", section.title)).clicked() {
                    out.command(UiCommand::ToSection(n));
                    out.command(UiCommand::AddFact);
                    ui.close();
                }
            }
        });
    });
}

/// The tooltip for article byte `byte` inside detected quote `quote`.
pub fn quote_tooltip(article: &Article, quote: usize) -> String {
    match article.quotes.get(quote).and_then(|q| q.speaker.as_deref()) {
        Some(s) => format!("Quote — {s}"),
        None => "Quote — speaker unknown".to_owned(),
    }
}

/// While dragging a selection beyond the top or bottom of the view, scrolls towards it.
pub fn autoscroll(ui: &egui::Ui, pos: Pos2) {
    let clip = ui.clip_rect();
    let dy = if pos.y < clip.min.y {
        (clip.min.y - pos.y).min(60.0)
    } else if pos.y > clip.max.y {
        -(pos.y - clip.max.y).min(60.0)
    } else {
        return;
    };
    ui.scroll_with_delta(egui::Vec2::new(0.0, dy * 0.5));
    ui.ctx().request_repaint();
}
