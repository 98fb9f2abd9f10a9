//! The briefing outline: title and summary, then each section with its items, edited in
//! place and reordered by drag and drop.
//!
//! The outline is where the analyst shapes the briefing after picking facts and quotes in
//! the reader. Like every panel it only reads the [`Project`]: selection and the target
//! section are view state it changes directly; every document change (typing, moves,
//! deletes) goes into the [`Outbox`] as an [`Edit`](crate::project::edit::Edit). Text
//! fields are refilled from the project each frame, so undo shows at once.
//!
//! Parts: [`header`] (front matter), [`section`] (headings), [`item`] (rows),
//! [`editor`] (the selected item's fields), [`dnd`] (drop targets and move edits),
//! [`fields`] (bound text fields).

pub mod dnd;
pub mod editor;
pub mod fields;
pub mod header;
pub mod item;
pub mod section;
#[cfg(test)]
mod tests;

use super::commands::UiCommand;
use super::state::{Outbox, ViewState};
use crate::corroborate::grounding::Field;
use crate::project::edit::BriefingField;
use crate::project::{Item, Project, Section};
use egui::{RichText, Ui};

/// Shown while the briefing has no items.
pub const EMPTY_HINT: &str = "Select a sentence in the article and press F (fact) or Q (quote)";

/// The outline's state across frames.
#[derive(Debug, Default)]
pub struct Outline {
    rename: section::Rename,
    editor: editor::EditorState,
    /// The selection last drawn, to scroll to a selection made elsewhere (a new item,
    /// Alt+↑/↓).
    shown_selection: Option<crate::project::ItemId>,
    /// A front-matter field to focus (from the grounding check).
    focus: header::Focus,
}

impl Outline {
    /// Draws the outline.
    pub fn show(&mut self, ui: &mut Ui, project: &Project, view: &mut ViewState, out: &mut Outbox) {
        if let Some(id) = view.edit_note.take()
            && project.item(id).is_some()
        {
            view.selected_item = Some(id);
            self.editor.focus_note = Some(id);
        }
        if let Some((field, range)) = view.fix.take() {
            match field {
                Field::Title => self.focus = Some((BriefingField::Title, range)),
                Field::Subtitle => self.focus = Some((BriefingField::Subtitle, range)),
                Field::Summary => self.focus = Some((BriefingField::Summary, range)),
                Field::Note(id) | Field::Paraphrase(id) => {
                    view.selected_item = Some(id);
                    self.editor.fix = Some((field, range));
                }
            }
        }
        if view
            .selected_item
            .is_some_and(|id| project.item(id).is_none())
        {
            view.selected_item = None;
        }
        egui::ScrollArea::vertical()
            .id_salt("outline")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                header::show(ui, project, &mut self.focus, out);
                ui.separator();
                if project.items().next().is_none() {
                    ui.label(RichText::new(EMPTY_HINT).weak().italics());
                    ui.add_space(4.0);
                }
                let mut geometry = dnd::Geometry::default();
                for (index, s) in project.briefing.sections.iter().enumerate() {
                    let g = self.section(ui, index, s, project, view, out);
                    geometry.sections.push(g);
                }
                ui.add_space(6.0);
                let add = ui
                    .button("+ Section")
                    .on_hover_text(UiCommand::NewSection.tooltip());
                if add.clicked() {
                    out.command(UiCommand::NewSection);
                }
                dnd::handle(ui, &geometry, project, out);
            });
        self.drag_preview(ui.ctx(), project);
        self.shown_selection = view.selected_item;
    }

    /// One section: heading, then its items (the selected one with its editors).
    fn section(
        &mut self,
        ui: &mut Ui,
        index: usize,
        section: &Section,
        project: &Project,
        view: &mut ViewState,
        out: &mut Outbox,
    ) -> dnd::SectionGeometry {
        ui.add_space(6.0);
        let top = ui.cursor().top();
        let heading = section::heading(ui, index, section, view, &mut self.rename, out);
        let mut rows = Vec::with_capacity(section.items.len());
        if section.items.is_empty() {
            ui.label(RichText::new("Empty: drag items here").weak().small());
        }
        for item in &section.items {
            let row_top = ui.cursor().top();
            self.item(ui, item, project, view, out);
            rows.push(egui::Rangef::new(row_top, ui.cursor().top()));
        }
        dnd::SectionGeometry {
            id: section.id,
            block: egui::Rangef::new(top, ui.cursor().top()),
            heading_bottom: heading.bottom(),
            rows,
        }
    }

    /// One item row, and its editors when selected.
    fn item(
        &mut self,
        ui: &mut Ui,
        item: &Item,
        project: &Project,
        view: &mut ViewState,
        out: &mut Outbox,
    ) {
        let selected = view.selected_item == Some(item.id);
        let response = item::row(ui, project, item, selected);
        if selected && self.shown_selection != Some(item.id) && !response.clicked() {
            response.scroll_to_me(None);
        }
        if response.clicked() {
            view.selected_item = Some(item.id);
            let p = &item.provenance;
            if project.source(p.source).is_some() {
                view.jump_to(p.source, p.start..p.end);
            }
        }
        if selected && view.selected_item == Some(item.id) {
            editor::show(ui, item, &mut self.editor, view, out);
        }
    }

    /// The text following the pointer while an item or section is dragged.
    fn drag_preview(&self, ctx: &egui::Context, project: &Project) {
        let text = if let Some(d) = egui::DragAndDrop::payload::<dnd::DragItem>(ctx) {
            project.item(d.0).map(|(_, i)| i.shown_text().to_owned())
        } else if let Some(d) = egui::DragAndDrop::payload::<dnd::DragSection>(ctx) {
            project.section(d.0).map(|s| s.title.clone())
        } else {
            None
        };
        if let Some(text) = text {
            dnd::drag_preview(ctx, egui::Id::unique("outline-drag-preview"), &text);
        }
    }
}
