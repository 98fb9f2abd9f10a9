//! Drag and drop in the outline: where a dragged item or section would land, the edit
//! that puts it there, and the indicator line showing it.
//!
//! While the outline is drawn it records where every section and item row ended up
//! ([`Geometry`]); after drawing, the drop target is found from the pointer's height
//! alone, so a drop works anywhere across the panel's width, between rows, on a
//! section heading or on an empty section. The index arithmetic is kept in small pure
//! functions ([`slot_at`], [`move_index`]) because [`Edit::MoveItem`] and
//! [`Edit::MoveSection`] count positions *after* the moved element is taken out, an
//! off-by-one waiting to happen.

use crate::app::state::Outbox;
use crate::project::edit::Edit;
use crate::project::{ItemId, Project, SectionId};
use egui::{Rangef, Ui};

/// What is dragged when an item row is dragged (the drag-and-drop payload).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DragItem(pub ItemId);

/// What is dragged when a section heading is dragged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DragSection(pub SectionId);

/// Where one section was drawn: its whole block and each of its item rows (screen y).
#[derive(Debug, Clone, PartialEq)]
pub struct SectionGeometry {
    /// The section.
    pub id: SectionId,
    /// From the top of the heading to the end of the last item (or the empty hint).
    pub block: Rangef,
    /// Bottom of the heading row: where the line goes when dropping into an empty section.
    pub heading_bottom: f32,
    /// Each item's row, including its editors when selected, in order.
    pub rows: Vec<Rangef>,
}

/// Where everything was drawn this frame.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Geometry {
    /// The sections in order.
    pub sections: Vec<SectionGeometry>,
}

/// The insertion slot for height `y` among `rows` (sorted top to bottom): how many rows
/// have their middle above `y`. Slot `k` means "before row `k`"; `rows.len()` is the end.
pub fn slot_at(y: f32, rows: &[Rangef]) -> usize {
    rows.iter().take_while(|r| r.center() < y).count()
}

/// The section a dragged item lands in for height `y`: the last whose block starts above
/// `y` (the first when `y` is above them all). `None` when there are no sections.
pub fn section_at(y: f32, sections: &[SectionGeometry]) -> Option<usize> {
    if sections.is_empty() {
        return None;
    }
    Some(sections.iter().rposition(|s| s.block.min <= y).unwrap_or(0))
}

/// The target index of a move in "after taking it out" terms, for an element now at
/// `from` (when it is in the target list) dropped at insertion slot `slot`. `None` when
/// the drop would leave it where it is.
pub fn move_index(from: Option<usize>, slot: usize) -> Option<usize> {
    match from {
        Some(i) if slot == i || slot == i + 1 => None,
        Some(i) if slot > i => Some(slot - 1),
        _ => Some(slot),
    }
}

/// The edit moving `item` to slot `slot` of section number `section`; `None` when it
/// would not move or the item or section is gone.
pub fn item_move(project: &Project, item: ItemId, section: usize, slot: usize) -> Option<Edit> {
    let (s, i) = project.item_position(item).ok()?;
    let target = project.briefing.sections.get(section)?;
    let index = move_index((s == section).then_some(i), slot)?;
    Some(Edit::MoveItem {
        id: item,
        section: target.id,
        index,
    })
}

/// The edit moving section `id` to slot `slot` among the sections; `None` when it would
/// not move.
pub fn section_move(project: &Project, id: SectionId, slot: usize) -> Option<Edit> {
    let from = project.briefing.sections.iter().position(|s| s.id == id)?;
    let to = move_index(Some(from), slot)?;
    Some(Edit::MoveSection { id, to })
}

impl Geometry {
    /// Target of an item dropped at height `y`: (section number, slot, indicator height).
    pub fn item_target(&self, y: f32) -> Option<(usize, usize, f32)> {
        let s = section_at(y, &self.sections)?;
        let section = self.sections.get(s)?;
        let slot = slot_at(y, &section.rows);
        let line = match (section.rows.get(slot), section.rows.last()) {
            (Some(row), _) => row.min - 1.0,
            (None, Some(last)) => last.max + 1.0,
            (None, None) => section.heading_bottom + 2.0,
        };
        Some((s, slot, line))
    }

    /// Target of a section dropped at height `y`: (slot, indicator height).
    pub fn section_target(&self, y: f32) -> Option<(usize, f32)> {
        let blocks: Vec<Rangef> = self.sections.iter().map(|s| s.block).collect();
        let slot = slot_at(y, &blocks);
        let line = match (blocks.get(slot), blocks.last()) {
            (Some(b), _) => b.min - 2.0,
            (None, Some(last)) => last.max + 2.0,
            (None, None) => return None,
        };
        Some((slot, line))
    }
}

/// Shows where the dragged item or section would land and, on release, pushes the move.
/// Call after the outline was drawn into `ui` (whose clip rect bounds the indicator).
pub fn handle(ui: &mut Ui, geometry: &Geometry, project: &Project, out: &mut Outbox) {
    let ctx = ui.ctx().clone();
    let item = egui::DragAndDrop::payload::<DragItem>(&ctx);
    let section = egui::DragAndDrop::payload::<DragSection>(&ctx);
    if item.is_none() && section.is_none() {
        return;
    }
    let Some(pointer) = ctx.pointer_interact_pos() else {
        return;
    };
    let clip = ui.clip_rect();
    if !clip.contains(pointer) {
        return;
    }
    autoscroll(ui, pointer.y, clip.y_range());
    let released = ctx.input(|i| i.pointer.any_released());
    let (line, edit, label) = if let Some(item) = item {
        let Some((s, slot, line)) = geometry.item_target(pointer.y) else {
            return;
        };
        (line, item_move(project, item.0, s, slot), "Move item")
    } else if let Some(section) = section {
        let Some((slot, line)) = geometry.section_target(pointer.y) else {
            return;
        };
        (line, section_move(project, section.0, slot), "Move section")
    } else {
        return;
    };
    if edit.is_some() {
        let stroke = egui::Stroke::new(2.0, ui.visuals().selection.stroke.color);
        ui.painter().hline(clip.x_range().shrink(4.0), line, stroke);
    }
    if released {
        egui::DragAndDrop::clear_payload(&ctx);
        if let Some(edit) = edit {
            out.edit(edit, label);
        }
    }
}

/// Scrolls the outline while a drag hovers near its top or bottom edge.
fn autoscroll(ui: &mut Ui, y: f32, visible: Rangef) {
    const EDGE: f32 = 24.0;
    let delta = if y < visible.min + EDGE {
        8.0
    } else if y > visible.max - EDGE {
        -8.0
    } else {
        return;
    };
    ui.scroll_with_delta(egui::vec2(0.0, delta));
    ui.ctx().request_repaint();
}

/// Draws a small label following the pointer while something is dragged.
pub fn drag_preview(ctx: &egui::Context, id: egui::Id, text: &str) {
    let Some(pointer) = ctx.pointer_interact_pos() else {
        return;
    };
    egui::Area::new(id)
        .order(egui::Order::Tooltip)
        .fixed_pos(pointer + egui::vec2(14.0, 6.0))
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(280.0);
                ui.add(egui::Label::new(text).truncate());
            });
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(n: usize) -> Vec<Rangef> {
        (0..n)
            .map(|k| Rangef::new(k as f32 * 10.0, k as f32 * 10.0 + 10.0))
            .collect()
    }

    #[test]
    fn slots_count_rows_whose_middle_is_above() {
        let r = rows(3);
        assert_eq!(slot_at(-5.0, &r), 0);
        assert_eq!(slot_at(4.0, &r), 0);
        assert_eq!(slot_at(6.0, &r), 1);
        assert_eq!(slot_at(16.0, &r), 2);
        assert_eq!(slot_at(99.0, &r), 3);
        assert_eq!(slot_at(5.0, &[]), 0);
    }

    #[test]
    fn move_index_counts_after_removal() {
        // Dropping just above or below itself is no move.
        assert_eq!(move_index(Some(2), 2), None);
        assert_eq!(move_index(Some(2), 3), None);
        // Up: the slot is the index.
        assert_eq!(move_index(Some(2), 0), Some(0));
        // Down: one less, since the element left a gap above.
        assert_eq!(move_index(Some(0), 2), Some(1));
        assert_eq!(move_index(Some(0), 5), Some(4));
        // From another list: the slot as is.
        assert_eq!(move_index(None, 0), Some(0));
        assert_eq!(move_index(None, 3), Some(3));
    }

    #[test]
    fn section_for_height_is_the_last_starting_above() {
        let section = |id, min: f32, max: f32| SectionGeometry {
            id: SectionId(id),
            block: Rangef::new(min, max),
            heading_bottom: min + 5.0,
            rows: Vec::new(),
        };
        let g = Geometry {
            sections: vec![section(1, 0.0, 50.0), section(2, 60.0, 70.0)],
        };
        assert_eq!(section_at(-10.0, &g.sections), Some(0));
        assert_eq!(section_at(55.0, &g.sections), Some(0));
        assert_eq!(section_at(65.0, &g.sections), Some(1));
        assert_eq!(section_at(500.0, &g.sections), Some(1));
        assert_eq!(section_at(1.0, &[]), None);
        // An empty section takes the item at its end, the line under its heading.
        assert_eq!(g.item_target(66.0), Some((1, 0, 67.0)));
        // Sections: above the first's middle → slot 0; below everything → the end.
        assert_eq!(g.section_target(10.0), Some((0, -2.0)));
        assert_eq!(g.section_target(90.0), Some((2, 72.0)));
    }

    #[test]
    fn item_moves_within_and_across_sections() {
        let mut p = crate::draft::draft(crate::samples::sample_project().sources, None, "");
        let first = &p.briefing.sections[0];
        assert!(first.items.len() >= 3, "the draft has ledes in section 1");
        let (a, b) = (first.items[0].id, first.items[1].id);
        // To the slot after the second item: index 1 once taken out.
        let edit = item_move(&p, a, 0, 2);
        assert_eq!(
            edit,
            Some(Edit::MoveItem {
                id: a,
                section: first.id,
                index: 1
            })
        );
        assert_eq!(item_move(&p, a, 0, 1), None);
        let target = p.briefing.sections[2].id;
        let edit = item_move(&p, b, 2, 0);
        assert_eq!(
            edit,
            Some(Edit::MoveItem {
                id: b,
                section: target,
                index: 0
            })
        );
        // The edits apply as computed.
        for e in [item_move(&p, a, 0, 2), item_move(&p, b, 2, 0)] {
            let Some(e) = e else { panic!("no edit") };
            p.apply(e).unwrap();
        }
        assert_eq!(p.briefing.sections[0].items[0].id, a);
        assert_eq!(p.briefing.sections[2].items[0].id, b);
        let last = p.briefing.sections[2].id;
        assert_eq!(
            section_move(&p, last, 0),
            Some(Edit::MoveSection { id: last, to: 0 })
        );
        assert_eq!(section_move(&p, last, 3), None);
    }
}
