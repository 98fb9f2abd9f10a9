//! The editors under the selected item: kind, speaker, note, paraphrase, tags, delete.
//!
//! Every field is bound to the project and pushes [`Edit::SetItem`] with a
//! [`MergeKey::Item`] per field (0 speaker, 1 note, 2 paraphrase, 3 tags), so typing in
//! one field is one undo step. The paraphrase keeps the original within reach: it is
//! shown under the field with a button to drop the rewording.

use super::fields::{self, FieldStyle, optional, parse_tags, tags_text};
use crate::app::state::{Outbox, ViewState};
use crate::corroborate::grounding::Field;
use crate::history::MergeKey;
use crate::project::edit::{Edit, ItemChange};
use crate::project::{Item, ItemId, ItemKind};
use egui::{RichText, Ui};
use std::ops::Range;

/// Editor state that outlives a frame.
#[derive(Debug, Default)]
pub struct EditorState {
    /// The tags text as typed, for the item being edited (see [`tags_text`]).
    pub tags_draft: Option<(ItemId, String)>,
    /// Put the keyboard focus into this item's note editor (the N key).
    pub focus_note: Option<ItemId>,
    /// Focus this note or paraphrase and select this span of it (the grounding check).
    pub fix: Option<(Field, Range<usize>)>,
}

/// Pushes a typed change of `item`'s field number `field`.
fn typed(out: &mut Outbox, id: ItemId, change: ItemChange, label: &str, field: u8) {
    out.typed(
        Edit::SetItem { id, change },
        label,
        MergeKey::Item(id, field),
    );
}

/// Draws the editors of `item`.
pub fn show(
    ui: &mut Ui,
    item: &Item,
    state: &mut EditorState,
    view: &mut ViewState,
    out: &mut Outbox,
) {
    let id = item.id;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal(|ui| {
            let kind_label = ui.label("Kind");
            for (kind, text) in [(ItemKind::Fact, "Fact"), (ItemKind::Quote, "Quote")] {
                let r = ui
                    .selectable_label(item.kind == kind, text)
                    .labelled_by(kind_label.id);
                if r.clicked() && item.kind != kind {
                    let label = format!("Make {}", kind.as_str());
                    out.edit(
                        Edit::SetItem {
                            id,
                            change: ItemChange::Kind(kind),
                        },
                        &label,
                    );
                }
            }
        });
        egui::Grid::new(("item-editor", id.0))
            .num_columns(2)
            .min_col_width(70.0)
            .show(ui, |ui| {
                fields_grid(ui, item, state, out);
            });
        ui.horizontal(|ui| {
            let delete = ui
                .button("🗑 Delete item")
                .on_hover_text("Remove this item from the briefing (undo brings it back)");
            let delete = delete.accessible_name("Delete item");
            if delete.clicked() {
                out.edit(Edit::RemoveItem { id }, "Delete item");
                view.selected_item = None;
            }
        });
    });
}

/// The labelled text fields.
fn fields_grid(ui: &mut Ui, item: &Item, state: &mut EditorState, out: &mut Outbox) {
    let id = item.id;
    let speaker = item.speaker.as_deref().unwrap_or("");
    let l = ui.label("Speaker");
    let hint = if item.kind == ItemKind::Quote {
        "Who said it"
    } else {
        "Optional"
    };
    let t = fields::bound(
        ui,
        speaker,
        "Speaker",
        Some(l.id),
        FieldStyle::line(hint),
        out,
    );
    if let Some(text) = t.text {
        let change = ItemChange::Speaker(optional(text));
        typed(out, id, change, "Edit speaker", 0);
    }
    ui.end_row();

    let l = ui.label("Note");
    let note = item.note.as_deref().unwrap_or("");
    let style = FieldStyle::lines("Your note (not printed by every template)");
    let t = fields::bound(ui, note, "Note", Some(l.id), style, out);
    if state.focus_note == Some(id) {
        t.response.request_focus();
        t.response.scroll_to_me(None);
        state.focus_note = None;
    }
    if let Some((_, range)) = state.fix.take_if(|(f, _)| *f == Field::Note(id)) {
        fields::focus(ui, &t.response, note, range);
    }
    if let Some(text) = t.text {
        typed(out, id, ItemChange::Note(optional(text)), "Edit note", 1);
    }
    ui.end_row();

    let l = ui.label("Paraphrase");
    ui.vertical(|ui| {
        let paraphrase = item.paraphrase.as_deref().unwrap_or("");
        let style = FieldStyle::lines("Your wording; the original is kept");
        let t = fields::bound(ui, paraphrase, "Paraphrase", Some(l.id), style, out);
        if let Some((_, range)) = state.fix.take_if(|(f, _)| *f == Field::Paraphrase(id)) {
            fields::focus(ui, &t.response, paraphrase, range);
        }
        if let Some(text) = t.text {
            let change = ItemChange::Paraphrase(optional(text));
            typed(out, id, change, "Edit paraphrase", 2);
        }
        if item.paraphrase.is_some() {
            ui.horizontal_wrapped(|ui| {
                let revert = ui
                    .small_button("↺ Revert to original")
                    .on_hover_text("Drop the paraphrase and print the words as taken");
                if revert.clicked() {
                    out.edit(
                        Edit::SetItem {
                            id,
                            change: ItemChange::Paraphrase(None),
                        },
                        "Revert to original",
                    );
                }
                ui.label(
                    RichText::new(format!("Original: {}", item.text))
                        .weak()
                        .small(),
                );
            });
        }
    });
    ui.end_row();

    let l = ui.label("Tags");
    let draft = state
        .tags_draft
        .as_ref()
        .filter(|(d, _)| *d == id)
        .map(|(_, s)| s.as_str());
    let shown = tags_text(draft, &item.tags);
    let t = fields::bound(
        ui,
        &shown,
        "Tags",
        Some(l.id),
        FieldStyle::line("comma, separated"),
        out,
    );
    if let Some(text) = t.text {
        let tags = parse_tags(&text);
        if tags != item.tags {
            typed(out, id, ItemChange::Tags(tags), "Edit tags", 3);
        }
        state.tags_draft = Some((id, text));
    }
    if t.response.lost_focus() {
        state.tags_draft = None;
    }
    ui.end_row();
}
