//! The app's file operations: opening projects and articles, saving, exporting, and
//! the questions around them (file dialogs, unsaved changes, closing the window).
//!
//! Everything here goes through the core's importer ([`crate::files::import_source`]) and
//! atomic store ([`crate::store`]); each failure becomes one notification naming the file,
//! and a failed save or export leaves the previous file untouched.

use super::dialogs::{DialogAnswer, DialogRequest};
use super::document::Document;
use super::{AfterUnsaved, BriefingApp, Modal};
use crate::export::{self, BuildOptions, ExportFormat};
use crate::project::Project;
use crate::project::edit::Edit;
use crate::store;
use anyhow::Context as _;
use std::path::{Path, PathBuf};

impl BriefingApp {
    pub(super) fn ask(&mut self, ctx: &egui::Context, request: DialogRequest) {
        if self.dialogs.busy() {
            self.notes.info("A file dialog is already open");
            return;
        }
        self.dialogs.ask(request, ctx);
    }

    pub(super) fn ask_save_as(&mut self, ctx: &egui::Context) {
        let suggested = format!("{}.briefing.json", file_stem(&self.doc));
        self.ask(ctx, DialogRequest::SaveProject { suggested });
    }

    pub(super) fn ask_export(&mut self, ctx: &egui::Context, format: ExportFormat) {
        let suggested = format!("{}.{}", file_stem(&self.doc), format.extension());
        self.ask(ctx, DialogRequest::Export { format, suggested });
    }

    /// Asks to save first when there are unsaved changes, then does `then`.
    pub(super) fn unless_unsaved(&mut self, ctx: &egui::Context, then: AfterUnsaved) {
        if self.doc.is_dirty() {
            self.modal = Some(Modal::Unsaved { then });
        } else {
            self.proceed(ctx, then);
        }
    }

    /// Does what waited for the unsaved-changes question.
    pub fn proceed(&mut self, ctx: &egui::Context, then: AfterUnsaved) {
        match then {
            AfterUnsaved::Close => {
                self.closing = true;
                self.autosave.discard();
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            AfterUnsaved::New => {
                self.doc = Document::new(Project::new("Untitled briefing"), None);
                self.reset_view();
            }
            AfterUnsaved::Open => self.ask(ctx, DialogRequest::OpenProject),
            AfterUnsaved::OpenPath(path) => {
                if let Err(e) = self.load_project(&path) {
                    self.notes.error(format!("{e:#}"));
                }
            }
        }
    }

    /// Saves first (asking where when the project has no file), then does `then`.
    pub fn save_then(&mut self, ctx: &egui::Context, then: AfterUnsaved) {
        match self.doc.path.clone() {
            Some(path) => {
                if self.save_to(ctx, &path) {
                    self.proceed(ctx, then);
                }
            }
            None => {
                self.after_save = Some(then);
                self.ask_save_as(ctx);
            }
        }
    }

    /// Opens a project file, replacing the document.
    pub fn load_project(&mut self, path: &Path) -> anyhow::Result<()> {
        let project = store::load(path).map_err(|e| e.at(path))?;
        self.doc = Document::new(project, Some(path.to_owned()));
        self.settings.remember(path);
        self.reset_view();
        Ok(())
    }

    /// Saves the project to `path` atomically; returns whether it worked.
    pub(super) fn save_to(&mut self, ctx: &egui::Context, path: &Path) -> bool {
        let path = with_project_extension(path);
        match store::save(&path, &self.doc.project).map_err(|e| e.at(&path)) {
            Ok(()) => {
                self.doc.mark_saved(&path);
                self.settings.remember(&path);
                self.autosave.discard();
                self.notes.info(format!("Saved to {}", path.display()));
                ctx.request_repaint();
                true
            }
            Err(e) => {
                self.notes.error(format!("{e:#}"));
                false
            }
        }
    }

    /// Imports article files as one undoable step; files that fail are reported one by one
    /// and the rest still open. A file already in the project is not added twice.
    pub fn import_articles(&mut self, files: &[PathBuf]) {
        let mut edits = Vec::new();
        let mut seen: std::collections::HashSet<String> = self
            .doc
            .project
            .sources
            .iter()
            .map(|s| s.sha256.clone())
            .collect();
        let base = self.doc.project.fresh_source_id().0;
        let mut first = None;
        for path in files {
            let id = crate::project::SourceId(base + edits.len() as u64);
            match crate::files::import_source(path, id) {
                Ok(source) => {
                    if !seen.insert(source.sha256.clone()) {
                        self.notes.info(format!("Already open: {}", path.display()));
                        continue;
                    }
                    first.get_or_insert(id);
                    let index = self.doc.project.sources.len() + edits.len();
                    edits.push(Edit::InsertSource { index, source });
                }
                Err(e) => self.notes.error(format!("{e:#}")),
            }
        }
        let n = edits.len();
        if n == 0 {
            return;
        }
        let label = if n == 1 {
            "Open article".to_owned()
        } else {
            format!("Open {n} articles")
        };
        self.edit(Edit::Batch(edits), &label, 0.0);
        self.view.active_source = first;
        self.view.selection = None;
        self.notes.info(format!("{label}: done"));
    }

    fn export_to(&mut self, format: ExportFormat, path: &Path) {
        let options = BuildOptions {
            template: self.current_template(),
            format,
            corroboration: self.comparison.sources().cloned(),
            ..BuildOptions::default()
        };
        let result = export::build(&self.doc.project, &self.templates, &options)
            .map_err(anyhow::Error::from)
            .and_then(|text| {
                store::write_atomic(path, |w| w.write_all(text.as_bytes()))
                    .map_err(|e| e.at(path))
                    .context("cannot write the export")
            });
        match result {
            Ok(()) => self.notes.info(format!(
                "Exported {} to {}",
                format.extension().to_uppercase(),
                path.display()
            )),
            Err(e) => self.notes.error(format!("Export failed: {e:#}")),
        }
    }

    /// The template chosen in the preview (or the default).
    pub fn current_template(&self) -> String {
        self.settings
            .template
            .clone()
            .filter(|t| self.templates.file_name(t).is_some())
            .unwrap_or_else(|| crate::templates::DEFAULT_TEMPLATE.to_owned())
    }

    pub(super) fn open_in_browser(&mut self, ctx: &egui::Context) {
        let dir = std::env::temp_dir().join("briefing-preview");
        let path = dir.join(format!("{}.html", file_stem(&self.doc)));
        if let Err(e) = std::fs::create_dir_all(&dir) {
            self.notes
                .error(format!("cannot create {}: {e}", dir.display()));
            return;
        }
        self.export_to(ExportFormat::Html, &path);
        ctx.open_url(egui::OpenUrl::new_tab(format!("file://{}", path.display())));
    }

    /// Takes the answer of a finished dialog and acts on it.
    pub(super) fn receive_dialog_answers(&mut self, ctx: &egui::Context) {
        let Some(answer) = self.dialogs.answer() else {
            return;
        };
        match answer {
            DialogAnswer::Articles(files) => self.import_articles(&files),
            DialogAnswer::Project(Some(path)) => {
                if let Err(e) = self.load_project(&path) {
                    self.notes.error(format!("{e:#}"));
                }
            }
            DialogAnswer::SaveProject(Some(path)) => {
                if self.save_to(ctx, &path)
                    && let Some(then) = self.after_save.take()
                {
                    self.proceed(ctx, then);
                }
            }
            DialogAnswer::Export(format, Some(path)) => self.export_to(format, &path),
            DialogAnswer::Project(None)
            | DialogAnswer::SaveProject(None)
            | DialogAnswer::Export(_, None) => self.after_save = None,
        }
    }

    /// Files dropped on the window: a project opens, articles are added.
    pub(super) fn receive_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if dropped.is_empty() {
            return;
        }
        let (projects, articles): (Vec<PathBuf>, Vec<PathBuf>) = dropped
            .into_iter()
            .partition(|p| p.extension().is_some_and(|e| e == "json"));
        self.import_articles(&articles);
        if let Some(project) = projects.into_iter().next() {
            self.unless_unsaved(ctx, AfterUnsaved::OpenPath(project));
        }
    }

    /// Closing with unsaved changes asks first.
    pub(super) fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) {
            return;
        }
        if self.doc.is_dirty() && !self.closing {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.modal = Some(Modal::Unsaved {
                then: AfterUnsaved::Close,
            });
        } else {
            self.autosave.discard();
        }
    }
}

/// The document's name for offered file names ("Untitled" → "briefing").
fn file_stem(doc: &Document) -> String {
    match &doc.path {
        Some(_) => doc.display_name(),
        None => "briefing".to_owned(),
    }
}

/// Adds `.briefing.json` to a path the analyst typed without an extension.
fn with_project_extension(path: &Path) -> PathBuf {
    if path.extension().is_some() {
        path.to_owned()
    } else {
        path.with_extension("briefing.json")
    }
}
