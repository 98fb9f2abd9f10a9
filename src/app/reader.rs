//! The reader: the open article, cleaned, with sentence picking. (Being rewritten.)

use super::state::{Outbox, ViewState};
use crate::project::Project;

/// The reader's caches.
#[derive(Default)]
pub struct Reader {}

impl Reader {
    /// Draws the open article.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        project: &Project,
        _revision: u64,
        view: &mut ViewState,
        _out: &mut Outbox,
    ) {
        let Some(source) = view.active_source.and_then(|id| project.source(id)) else {
            ui.weak("No article open");
            return;
        };
        egui::ScrollArea::vertical().show(ui, |ui| {
            for p in &source.article.paragraphs {
                ui.label(&source.article.text[p.start..p.end]);
            }
        });
    }
}
