//! The briefing outline: sections and items. (Being rewritten.)

use super::state::{Outbox, ViewState};
use crate::project::Project;

/// The outline's state.
#[derive(Default)]
pub struct Outline {}

impl Outline {
    /// Draws the outline.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        project: &Project,
        view: &mut ViewState,
        _out: &mut Outbox,
    ) {
        for s in &project.briefing.sections {
            ui.strong(&s.title);
            for i in &s.items {
                if ui
                    .selectable_label(view.selected_item == Some(i.id), i.shown_text())
                    .clicked()
                {
                    view.selected_item = Some(i.id);
                }
            }
        }
    }
}
