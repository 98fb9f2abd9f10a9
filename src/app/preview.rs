//! The preview: the rendered briefing. (Being rewritten.)

use super::settings::Settings;
use super::state::Outbox;
use crate::project::Project;
use crate::templates::Templates;

/// The preview's cache.
#[derive(Default)]
pub struct Preview {}

impl Preview {
    /// Draws the preview.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        _project: &Project,
        _revision: u64,
        _templates: &Templates,
        _settings: &mut Settings,
        _out: &mut Outbox,
    ) {
        ui.weak("Preview");
    }
}
