//! The preview: the briefing rendered through the chosen template, as the analyst will
//! export it, live while they edit.
//!
//! The Markdown comes from [`crate::export::build`] (the same code as the exports), rebuilt
//! only when the document or the template changed and at most every
//! [`render::DEBOUNCE`] while typing ([`render`]). It is shown with egui_commonmark
//! (image loading off: an article's links never make the app read files) in its
//! viewport-cached scroll view, which parses the Markdown each frame but lays out only
//! the blocks on screen, and renders at most [`MAX_RENDERED`] bytes; see `tests.rs` for
//! the measured costs. A template error is shown
//! in place, in a framed monospace box with the offending line and a caret, above the
//! last good render, greyed. "Markdown source" shows the raw text, read-only, to copy.

pub mod render;
#[cfg(test)]
mod tests;
pub mod toolbar;

use super::settings::Settings;
use super::state::Outbox;
use crate::project::Project;
use crate::templates::Templates;
use egui::{RichText, Ui};
use egui_commonmark::{CommonMarkCache, CommonMarkScrollOptions, CommonMarkViewer};

/// Markdown beyond this many bytes is not rendered (about 1,800 items): egui_commonmark
/// parses the whole text every frame, which grows with the briefing; the exports are
/// never cut. The source view shows everything.
pub const MAX_RENDERED: usize = 256 * 1024;

/// The start of `text`, at most `max` bytes, cut at a line end when there is one.
pub fn clip(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    head.rfind('\n').map_or(head, |i| &head[..i + 1])
}

/// The preview's caches.
#[derive(Default)]
pub struct Preview {
    rendered: render::Rendered,
    cache: CommonMarkCache,
    /// The [`render::Rendered::generation`] the viewer cache was laid out for.
    shown: u64,
    show_source: bool,
}

impl Preview {
    /// The comparison of the sources that items' corroboration comes from (the preview
    /// rebuilds when it changes).
    pub fn set_support(
        &mut self,
        support: Option<&std::sync::Arc<crate::corroborate::sources::Sources>>,
    ) {
        self.rendered.set_support(support);
    }

    /// Draws the preview.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        project: &Project,
        revision: u64,
        templates: &Templates,
        settings: &mut Settings,
        out: &mut Outbox,
    ) {
        let template = toolbar::current_template(settings, templates);
        toolbar::show(
            ui,
            templates,
            &template,
            settings,
            &mut self.show_source,
            &self.rendered.markdown,
            out,
        );
        ui.separator();
        // The template picked this frame is previewed this frame.
        let template = toolbar::current_template(settings, templates);
        let now = ui.input(|i| i.time);
        if let Some(wait) = self
            .rendered
            .update(project, revision, templates, &template, now)
        {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs_f64(wait));
        }
        if let Some(error) = &self.rendered.error {
            error_box(ui, error);
        }
        let failed = self.rendered.error.is_some();
        if failed && self.rendered.markdown.is_empty() {
            return;
        }
        ui.scope(|ui| {
            if failed {
                ui.disable();
                ui.weak("Last good render:");
            }
            if self.show_source {
                self.source(ui);
            } else {
                self.rendered_view(ui);
            }
        });
    }

    /// The rendered Markdown.
    fn rendered_view(&mut self, ui: &mut Ui) {
        let id = ui.make_persistent_id("preview-viewer");
        if self.shown != self.rendered.generation {
            // New text: the viewer's cached block positions are stale.
            self.cache.clear_viewer(&id);
            self.shown = self.rendered.generation;
        }
        let markdown = &self.rendered.markdown;
        let shown = clip(markdown, MAX_RENDERED);
        if shown.len() < markdown.len() {
            ui.weak(format!(
                "The preview shows the first {} KB of {} KB; the exports hold everything.",
                shown.len() / 1024,
                markdown.len() / 1024
            ));
        }
        CommonMarkViewer::new().show_scrollable(
            id,
            ui,
            &mut self.cache,
            &CommonMarkScrollOptions::default().viewport_cache(true),
            shown,
        );
    }

    /// The Markdown source, read-only and selectable.
    fn source(&self, ui: &mut Ui) {
        egui::ScrollArea::vertical()
            .id_salt("preview-source")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let mut text = self.rendered.markdown.as_str();
                ui.add(
                    egui::TextEdit::multiline(&mut text)
                        .code_editor()
                        .desired_width(f32::INFINITY),
                )
                .accessible_name("Markdown source");
            });
    }
}

/// The build error, in place: framed, monospace, in the error colour.
fn error_box(ui: &mut Ui, error: &str) {
    let color = ui.visuals().error_fg_color;
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.0, color))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new("The template failed").strong().color(color));
            ui.add(egui::Label::new(RichText::new(error).monospace().color(color)).wrap());
        });
    ui.add_space(4.0);
}
