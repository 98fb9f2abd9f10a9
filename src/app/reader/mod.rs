//! The reader: the central panel showing the open article, cleaned, for picking sentences,
//! spans and quotes into the briefing.
//!
//! Articles run to megabytes, and text layout is slow (about 3 MB/s), so the reader never
//! lays out a whole article: each block (headline, metadata, paragraph, removed line) gets
//! its own galley, laid out the first time it scrolls into view and cached ([`layout`]);
//! the scroll area asks only for the visible blocks, whose positions are a prefix sum of
//! measured or estimated heights. Everything that changes with the pointer or the document
//! — the sentence under the pointer, the selection, text already taken, search hits — is
//! painted as rectangles behind the cached text ([`paint`]), so it never costs a relayout.
//! The panel reads the project, changes only the [`ViewState`] (selection, scroll target,
//! search) and asks for document changes through the [`Outbox`]. Sentences other outlets
//! confirm or contradict carry [`badges`] in a gutter right of the text column
//! ([`margin`]).

pub mod badges;
pub mod blocks;
pub mod hit;
pub mod interact;
pub mod layout;
pub mod margin;
pub mod paint;
pub mod search;
pub mod spans;
pub mod style;
#[cfg(test)]
mod tests;

use super::commands::UiCommand;
use super::corroboration::Comparison;
use super::state::{Outbox, ViewState};
use crate::article::Article;
use crate::project::{ItemId, Project, SourceId};
use blocks::BlockKind;
use egui::{Rect, Sense, vec2};
use interact::Geometry;
use layout::Layout;
pub use margin::column_width;
use spans::Spans;
use style::Marks;

/// The reader's caches and the state of a drag in progress.
#[derive(Default)]
pub struct Reader {
    layout: Layout,
    source: Option<SourceId>,
    /// Quote parts of the open article (payload: index of the quote).
    quotes: Spans<usize>,
    /// Excerpts taken into the briefing, for the source and revision in `taken_for`.
    taken: Spans<ItemId>,
    taken_for: Option<(SourceId, u64)>,
    /// Search hits of the open article (payload: index of the hit).
    hits: Spans<usize>,
    hits_for: Option<(String, Option<SourceId>, usize)>,
    /// Corroboration badges of the open article, for the source and comparison in
    /// `badges_for`.
    badges: Vec<badges::Badge>,
    badges_for: Option<(SourceId, u64)>,
    search: search::SearchBar,
    /// Byte where the current drag began.
    drag_from: Option<usize>,
    /// Scroll offset and viewport height of the last frame.
    offset: f32,
    viewport_height: f32,
    /// Height change of the block at the top of the view, compensated next frame.
    shift: f32,
}

impl Reader {
    /// Draws the open article, with the badges of `comparison`.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        project: &Project,
        revision: u64,
        comparison: &Comparison,
        view: &mut ViewState,
        out: &mut Outbox,
    ) {
        self.top_bar(ui, project, view, out);
        let Some(source) = view.active_source.and_then(|id| project.source(id)) else {
            ui.weak("No article open");
            return;
        };
        let (id, article) = (source.id, &source.article);
        let switched = self.source != Some(id);
        if switched {
            self.open(id, article);
        }
        if self.taken_for != Some((id, revision)) {
            self.taken = Spans::new(crate::pick::taken_spans(project, id));
            self.taken_for = Some((id, revision));
        }
        if self.badges_for != Some((id, comparison.generation())) {
            self.badges = comparison
                .sources()
                .map_or_else(Vec::new, |s| badges::badges_of(s, id));
            self.badges_for = Some((id, comparison.generation()));
        }
        if self.hits_for != view.search.computed_for {
            let hits = view.search.hits.iter().cloned().zip(0..);
            self.hits = Spans::new(hits);
            self.hits_for = view.search.computed_for.clone();
        }
        let column = column_width(ui.available_width());
        let visuals = ui.visuals().clone();
        let ctx = ui.ctx().clone();
        // Keep the block at the top of the view in place when the blocks or their heights
        // change under it (window resized, removed lines shown).
        let anchor = self.anchor();
        let moved = self
            .layout
            .sync(&ctx, id, article, view.show_removed, column, &visuals);
        let mut target = None;
        if moved && let Some((kind, fraction)) = anchor {
            self.layout.refresh();
            target = (self.layout.find(kind))
                .map(|b| self.layout.top(b) + fraction * self.layout.height(b));
        }
        if switched {
            target = Some(0.0);
        }
        if self.shift != 0.0 {
            target = Some(self.offset + self.shift);
            self.shift = 0.0;
        }
        if let Some(range) = view.scroll_to.take() {
            target = self.offset_for(&ctx, article, range.start, &visuals);
        }
        let mut area = egui::ScrollArea::vertical()
            .id_salt("reader")
            .auto_shrink(false)
            .content_margin(egui::Margin::ZERO)
            .scroll_source(
                egui::containers::scroll_area::ScrollSource::SCROLL_BAR
                    | egui::containers::scroll_area::ScrollSource::MOUSE_WHEEL,
            );
        if let Some(y) = target {
            area = area.vertical_scroll_offset(y.max(0.0));
        }
        let output = area.show_viewport(ui, |ui, viewport| {
            self.content(ui, project, id, article, view, out, viewport);
        });
        self.offset = output.state.clamped_offset().y;
        self.viewport_height = output.inner_rect.height();
        self.layout.evict();
    }

    /// The block at the top of the view and how far down it the view starts (0–1).
    fn anchor(&mut self) -> Option<(BlockKind, f32)> {
        if self.layout.blocks.is_empty() || self.source.is_none() {
            return None;
        }
        let b = self.layout.first_visible(self.offset);
        let kind = self.layout.blocks.get(b)?.kind;
        let height = self.layout.height(b).max(1.0);
        Some((
            kind,
            ((self.offset - self.layout.top(b)) / height).clamp(0.0, 1.0),
        ))
    }

    /// Resets what belongs to the previously open article.
    fn open(&mut self, id: SourceId, article: &Article) {
        self.source = Some(id);
        self.quotes = Spans::new(
            (article.quotes.iter().enumerate())
                .flat_map(|(i, q)| q.parts.iter().map(move |p| (p.start..p.end, i))),
        );
        self.drag_from = None;
        self.shift = 0.0;
        self.offset = 0.0;
        self.layout.blocks.clear();
    }

    /// "Show removed", the find button and the search bar.
    fn top_bar(
        &mut self,
        ui: &mut egui::Ui,
        project: &Project,
        view: &mut ViewState,
        out: &mut Outbox,
    ) {
        ui.horizontal(|ui| {
            ui.checkbox(&mut view.show_removed, "Show removed")
                .on_hover_text(UiCommand::ToggleRemoved.tooltip());
            if !view.search.open
                && ui
                    .button("Find…")
                    .on_hover_text(UiCommand::Find.tooltip())
                    .clicked()
            {
                out.command(UiCommand::Find);
            }
        });
        self.search.show(ui, project, view);
        ui.separator();
    }

    /// The scroll offset that puts article byte `byte` a third down the view.
    fn offset_for(
        &mut self,
        ctx: &egui::Context,
        article: &Article,
        byte: usize,
        visuals: &egui::Visuals,
    ) -> Option<f32> {
        let p = article.paragraphs.partition_point(|p| p.end <= byte);
        let b = self
            .layout
            .block_of_paragraph(p.min(article.paragraphs.len().checked_sub(1)?))?;
        self.layout.ensure(ctx, article, &self.quotes, b, visuals);
        self.layout.refresh();
        let block = &self.layout.blocks[b];
        let laid = self.layout.laid(b)?;
        let rel = byte.saturating_sub(block.bytes.start);
        let row_y = hit::range_rects(&laid.galley, {
            let c = laid.map.char_of(rel);
            c..c + 1
        })
        .first()
        .map_or(0.0, |r| r.min.y);
        let y = self.layout.top(b) + block.look.pad_top() + row_y;
        let view_height = if self.viewport_height > 0.0 {
            self.viewport_height
        } else {
            ctx.content_rect().height()
        };
        Some(y - view_height / 3.0)
    }

    /// The scrolled content: lays out and paints the visible blocks, handles the pointer.
    #[expect(clippy::too_many_arguments)]
    fn content(
        &mut self,
        ui: &mut egui::Ui,
        project: &Project,
        id: SourceId,
        article: &Article,
        view: &mut ViewState,
        out: &mut Outbox,
        viewport: Rect,
    ) {
        let ctx = ui.ctx().clone();
        let visuals = ui.visuals().clone();
        // Lay out what is visible; a change in the height of the block cut by the top edge
        // would move everything below it, so that change is compensated (`shift`).
        let first = self.layout.first_visible(viewport.min.y);
        let first_top = self.layout.top(first);
        let mut y = first_top;
        let mut b = first;
        let mut shift = 0.0;
        while b < self.layout.blocks.len() && y < viewport.max.y {
            let delta = self.layout.ensure(&ctx, article, &self.quotes, b, &visuals);
            if b == first && first_top < viewport.min.y {
                shift = delta;
            }
            y += self.layout.height(b);
            b += 1;
        }
        let visible = first..b;
        self.layout.refresh();
        let total = self.layout.total_height();
        let (rect, response) = ui.allocate_exact_size(
            vec2(ui.available_width(), total.max(viewport.height())),
            Sense::click_and_drag(),
        );
        response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Document, true, "Article text"));
        if shift != 0.0 {
            self.shift = shift;
            ctx.request_repaint();
        }
        let column = column_width(rect.width());
        let geo = Geometry {
            top: rect.min.y - shift,
            left: rect.center().x - (column + margin::GUTTER) / 2.0,
        };
        let hover = self.pointer(ui, &response, project, id, article, view, out, &geo);
        let set = paint::MarkSet {
            marks: Marks::new(&visuals),
            text: visuals.text_color(),
            taken: &self.taken,
            hits: &self.hits,
            current_hit: (!view.search.hits.is_empty()).then_some(view.search.current),
            selection: interact::selected(view, id),
            hover,
        };
        let painter = ui.painter();
        let (mut badge_y, mut jump) = (f32::NEG_INFINITY, None);
        for b in visible {
            let Some(laid) = self.layout.laid(b) else {
                continue;
            };
            let block = &self.layout.blocks[b];
            let origin = geo.origin(&self.layout, b);
            paint::block(painter, block, laid, origin, geo.left - 12.0, &set);
            let selection = set.selection.clone();
            paint::sentence_nodes(
                painter,
                response.id,
                article,
                block,
                laid,
                origin,
                selection,
            );
            if matches!(block.kind, BlockKind::Para(_)) && !self.badges.is_empty() {
                let x = geo.left + column;
                let (parent, badges) = (response.id, &self.badges);
                let clicked =
                    margin::show(ui, parent, badges, block, laid, origin, x, &mut badge_y);
                jump = jump.or(clicked);
            }
        }
        if let Some((source, range)) = jump
            && project.source(source).is_some()
        {
            view.jump_to(source, range);
        }
    }

    /// Clicks, drags, the context menu and tooltips; returns the sentence to mark as
    /// hovered.
    #[expect(clippy::too_many_arguments)]
    fn pointer(
        &mut self,
        ui: &egui::Ui,
        response: &egui::Response,
        project: &Project,
        id: SourceId,
        article: &Article,
        view: &mut ViewState,
        out: &mut Outbox,
        geo: &Geometry,
    ) -> Option<std::ops::Range<usize>> {
        let layout = &self.layout;
        // Shift as held now or as reported with the button event (a scripted click may
        // press, release and let go of shift within one frame).
        let (shift_held, press_origin) = ui.input(|i| {
            let with_button = i.events.iter().any(
                |e| matches!(e, egui::Event::PointerButton { modifiers, .. } if modifiers.shift),
            );
            (i.modifiers.shift || with_button, i.pointer.press_origin())
        });
        if response.drag_started_by(egui::PointerButton::Primary)
            && let Some(from) = press_origin
        {
            self.drag_from = Some(geo.boundary(layout, article, from));
        }
        if response.dragged_by(egui::PointerButton::Primary)
            && let (Some(from), Some(pos)) = (self.drag_from, response.interact_pointer_pos())
        {
            interact::drag(view, id, from, geo.boundary(layout, article, pos));
            interact::autoscroll(ui, pos);
        }
        if response.drag_stopped() {
            self.drag_from = None;
        }
        if response.clicked()
            && let Some(pos) = response.interact_pointer_pos()
        {
            interact::click(view, id, article, geo.byte_under(layout, pos), shift_held);
        }
        if response.secondary_clicked()
            && let Some(pos) = response.interact_pointer_pos()
        {
            interact::secondary_click(view, id, article, geo.byte_under(layout, pos));
        }
        response.context_menu(|ui| interact::context_menu(ui, project, view, out));
        let pos = response.hover_pos()?;
        let b = geo.block_at(layout, pos)?;
        if let BlockKind::Removed(r) = layout.blocks[b].kind
            && let Some(line) = article.removed.get(r)
        {
            let tip = format!(
                "Removed: {} (source line {})",
                line.reason, line.source_line
            );
            response.clone().on_hover_text_at_pointer(tip);
            return None;
        }
        let byte = geo.byte_under(layout, pos)?;
        if let Some((_, q)) = self.quotes.at(byte) {
            response
                .clone()
                .on_hover_text_at_pointer(interact::quote_tooltip(article, *q));
        }
        if self.drag_from.is_some() {
            return None;
        }
        let s = crate::pick::sentence_at(article, byte)?;
        let s = article.sentences.get(s)?;
        Some(s.start..s.end)
    }
}
