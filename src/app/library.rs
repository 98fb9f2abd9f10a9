//! The library: the left panel listing the project's articles.
//!
//! Each row shows the outlet, the headline, the date and how many briefing items were taken
//! from the article (and, while searching, how many hits it has). A filter box narrows the
//! list; the list is drawn with `ScrollArea::show_rows`, so hundreds of articles cost only
//! the visible rows. Removing an article also removes the items taken from it, as one
//! undoable step.

use super::commands::UiCommand;
use super::state::{Outbox, ViewState};
use crate::project::edit::Edit;
use crate::project::{Project, Source, SourceId};
use egui::RichText;

const ROW_HEIGHT: f32 = 58.0;

/// The outlet name shown for an article.
pub fn outlet(source: &Source) -> String {
    let m = &source.article.meta;
    m.source
        .clone()
        .or_else(|| m.site_name.clone())
        .unwrap_or_else(|| file_name(&source.article.path))
}

/// The headline shown for an article (the file name when it has none).
pub fn headline(source: &Source) -> String {
    source
        .article
        .meta
        .headline
        .clone()
        .unwrap_or_else(|| file_name(&source.article.path))
}

fn file_name(path: &str) -> String {
    std::path::Path::new(path)
        .file_name()
        .map_or_else(|| path.to_owned(), |n| n.to_string_lossy().into_owned())
}

fn matches(source: &Source, filter: &str) -> bool {
    if filter.is_empty() {
        return true;
    }
    let m = &source.article.meta;
    [
        Some(outlet(source)),
        m.headline.clone(),
        m.published.clone(),
        m.byline.clone(),
    ]
    .into_iter()
    .flatten()
    .any(|s| s.to_lowercase().contains(filter))
}

/// Draws the library.
pub fn show(ui: &mut egui::Ui, project: &Project, view: &mut ViewState, out: &mut Outbox) {
    ui.horizontal(|ui| {
        ui.heading("Articles");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("➕ Open…")
                .on_hover_text(UiCommand::OpenArticles.tooltip())
                .clicked()
            {
                out.command(UiCommand::OpenArticles);
            }
        });
    });
    let filter = ui.add(
        egui::TextEdit::singleline(&mut view.library_filter)
            .hint_text("Filter articles")
            .desired_width(f32::INFINITY),
    );
    filter.accessible_name("Filter articles");
    ui.separator();
    let needle = view.library_filter.trim().to_lowercase();
    let rows: Vec<&Source> = project
        .sources
        .iter()
        .filter(|s| matches(s, &needle))
        .collect();
    if project.sources.is_empty() {
        ui.weak("No articles yet. Open some (Ctrl+Shift+O) or drop files on the window.");
        return;
    }
    if rows.is_empty() {
        ui.weak("No article matches the filter.");
        return;
    }
    let mut remove = None;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, ROW_HEIGHT, rows.len(), |ui, range| {
            for source in &rows[range] {
                if let Some(id) = row(ui, project, view, source) {
                    remove = Some(id);
                }
            }
        });
    if let Some(id) = remove {
        out.edit(removal(project, id), "Remove article");
    }
}

/// One article row; returns the source id when its remove button was clicked.
fn row(
    ui: &mut egui::Ui,
    project: &Project,
    view: &mut ViewState,
    source: &Source,
) -> Option<SourceId> {
    let active = view.active_source == Some(source.id);
    let taken = project.uses_of(source.id);
    let hits = view
        .search
        .per_source
        .iter()
        .find(|(id, _)| *id == source.id)
        .map(|(_, n)| *n);
    let mut removed = None;
    let (rect, _) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), ROW_HEIGHT - 4.0),
        egui::Sense::hover(),
    );
    let mut child = ui.new_child(egui::UiBuilder::new().max_rect(rect));
    // The row is one click target: its labels must not take clicks for text selection.
    child.style_mut().interaction.selectable_labels = false;
    let title = headline(source);
    let response = child.interact(
        rect,
        child.scope_id().with(source.id.0),
        egui::Sense::click(),
    );
    let outlet_name = outlet(source);
    response.widget_info(|| {
        egui::WidgetInfo::selected(
            egui::Role::ListBoxOption,
            true,
            active,
            format!("{outlet_name}: {title}"),
        )
    });
    if active || response.hovered() {
        let color = if active {
            child.visuals().selection.bg_fill.gamma_multiply(0.5)
        } else {
            child.visuals().widgets.hovered.weak_bg_fill
        };
        child.painter().rect_filled(rect, 4.0, color);
    }
    child.horizontal(|ui| {
        ui.label(RichText::new(outlet(source)).small().strong());
        if let Some(date) = &source.article.meta.published {
            ui.label(RichText::new(date).small().weak());
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let remove = ui
                .small_button("🗑")
                .on_hover_text("Remove this article and the items taken from it");
            let remove = remove.accessible_name(format!("Remove {title}"));
            if remove.clicked() {
                removed = Some(source.id);
            }
            if taken > 0 {
                ui.label(RichText::new(format!("{taken} taken")).small())
                    .on_hover_text("Items in the briefing taken from this article");
            }
            if let Some(n) = hits {
                ui.label(RichText::new(format!("{n} hits")).small().strong())
                    .on_hover_text("Search hits in this article");
            }
        });
    });
    child.add(egui::Label::new(RichText::new(&title)).truncate());
    if response.clicked() && !active {
        view.active_source = Some(source.id);
        view.selection = None;
        view.anchor_sentence = None;
    }
    removed
}

/// One undoable edit removing the article and every item taken from it.
pub fn removal(project: &Project, id: SourceId) -> Edit {
    let mut edits: Vec<Edit> = project
        .items()
        .filter(|i| i.provenance.source == id)
        .map(|i| Edit::RemoveItem { id: i.id })
        .collect();
    edits.push(Edit::RemoveSource { id });
    Edit::Batch(edits)
}
