//! A section heading in the outline: its number (the 1–9 key that targets it), its title,
//! rename and delete.
//!
//! Clicking the title makes the section the target for new items
//! ([`ViewState::current_section`]) and clears the item selection, so Alt+↑/↓ then moves
//! the section. Double-click or ✏ renames inline (typed [`Edit::RenameSection`] edits,
//! one undo step per burst); 🗑 removes the section and its items in one undoable edit.
//! Dragging the title moves the section (see [`super::dnd`]).

use super::dnd::DragSection;
use super::fields::{self, FieldStyle};
use crate::app::state::{Outbox, ViewState};
use crate::history::MergeKey;
use crate::project::edit::Edit;
use crate::project::{Section, SectionId};
use egui::{RichText, Sense, Ui};

/// The inline rename in progress.
#[derive(Debug, Default)]
pub struct Rename {
    /// The section being renamed.
    pub section: Option<SectionId>,
    /// Give the field the keyboard focus (first frame of the rename).
    pub focus: bool,
}

impl Rename {
    /// Starts renaming `id`.
    pub fn start(&mut self, id: SectionId) {
        self.section = Some(id);
        self.focus = true;
    }
}

/// The label shown in the section's number badge: "1"–"9", or nothing past nine.
pub fn key_label(index: usize) -> Option<String> {
    (index < 9).then(|| (index + 1).to_string())
}

/// Draws the heading of section number `index`; returns the heading's rect.
pub fn heading(
    ui: &mut Ui,
    index: usize,
    section: &Section,
    view: &mut ViewState,
    rename: &mut Rename,
    out: &mut Outbox,
) -> egui::Rect {
    let current = view.current_section == Some(section.id);
    let background = ui.painter().add(egui::Shape::Noop);
    let row = ui.horizontal(|ui| {
        match key_label(index) {
            Some(key) => {
                let text = RichText::new(key).monospace().strong();
                let text = if current {
                    text.color(ui.visuals().selection.stroke.color)
                } else {
                    text.weak()
                };
                ui.label(text)
                    .on_hover_text(format!("Press {} to send new items here", index + 1));
            }
            None => {
                ui.label(RichText::new("·").monospace().weak());
            }
        }
        if rename.section == Some(section.id) {
            rename_field(ui, section, rename, out);
        } else {
            title(ui, section, current, view, rename);
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            buttons(ui, section, view, rename, out);
        });
    });
    let rect = row.response.rect;
    if current {
        let fill = ui.visuals().selection.bg_fill.gamma_multiply(0.25);
        let shape = egui::epaint::RectShape::filled(rect.expand(2.0), 4.0, fill);
        ui.painter().set(background, shape);
    }
    rect
}

/// The title as a clickable, draggable label.
fn title(ui: &mut Ui, section: &Section, current: bool, view: &mut ViewState, rename: &mut Rename) {
    let count = section.items.len();
    let text = RichText::new(&section.title).strong().size(15.0);
    let r = ui
        .add(
            egui::Label::new(text)
                .sense(Sense::click_and_drag())
                .truncate(),
        )
        .on_hover_text(format!(
            "{count} item(s). Click: send new items here. Double-click: rename. Drag: move."
        ));
    r.dnd_set_drag_payload(DragSection(section.id));
    if r.double_clicked() {
        rename.start(section.id);
    } else if r.clicked() {
        view.current_section = Some(section.id);
        view.selected_item = None;
    }
    if current {
        ui.label(RichText::new("◀ new items").small().weak());
    }
}

/// The inline rename field.
fn rename_field(ui: &mut Ui, section: &Section, rename: &mut Rename, out: &mut Outbox) {
    let typed = fields::bound(
        ui,
        &section.title,
        "Section title",
        None,
        FieldStyle::line("Section title"),
        out,
    );
    let response = &typed.response;
    if rename.focus {
        response.request_focus();
        rename.focus = false;
    } else if response.lost_focus() || !response.has_focus() {
        rename.section = None;
    }
    if let Some(title) = typed.text {
        out.typed(
            Edit::RenameSection {
                id: section.id,
                title,
            },
            "Rename section",
            MergeKey::SectionTitle(section.id),
        );
    }
}

/// ✏ and 🗑.
fn buttons(
    ui: &mut Ui,
    section: &Section,
    view: &mut ViewState,
    rename: &mut Rename,
    out: &mut Outbox,
) {
    let delete = ui
        .small_button("🗑")
        .on_hover_text(format!(
            "Delete \"{}\" and its {} item(s) (undo brings them back)",
            section.title,
            section.items.len()
        ))
        .accessible_name("Delete section");
    if delete.clicked() {
        out.edit(Edit::RemoveSection { id: section.id }, "Delete section");
        let holds_selection = view
            .selected_item
            .is_some_and(|id| section.items.iter().any(|i| i.id == id));
        if holds_selection {
            view.selected_item = None;
        }
        if rename.section == Some(section.id) {
            rename.section = None;
        }
    }
    let edit = ui
        .small_button("✏")
        .on_hover_text("Rename this section")
        .accessible_name("Rename section");
    if edit.clicked() {
        rename.start(section.id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_first_nine_sections_have_keys() {
        assert_eq!(key_label(0).as_deref(), Some("1"));
        assert_eq!(key_label(8).as_deref(), Some("9"));
        assert_eq!(key_label(9), None);
    }
}
