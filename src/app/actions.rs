//! Executing [`UiCommand`]s and dialog answers: the app's imperative shell.
//!
//! This is the one place that turns requests into effects: document edits through the
//! history, files read and written through the core's importer and atomic store, dialogs
//! asked, windows closed. Each failure is reported once, as a notification naming the file.

use super::commands::UiCommand;
use super::dialogs::{DialogAnswer, DialogRequest};
use super::document::Document;
use super::settings::Theme;
use super::state::{PendingEdit, RightTab};
use super::{AfterUnsaved, BriefingApp, Modal};
use crate::export::{self, BuildOptions, ExportFormat};
use crate::pick;
use crate::project::edit::Edit;
use crate::project::{Project, Section};
use crate::store;
use anyhow::Context as _;
use std::path::{Path, PathBuf};

impl BriefingApp {
    /// Runs one command.
    pub fn run(&mut self, ctx: &egui::Context, command: UiCommand) {
        let now = ctx.input(|i| i.time);
        match command {
            UiCommand::NewProject => self.unless_unsaved(ctx, AfterUnsaved::New),
            UiCommand::OpenProject => self.unless_unsaved(ctx, AfterUnsaved::Open),
            UiCommand::OpenArticles => self.ask(ctx, DialogRequest::OpenArticles),
            UiCommand::Save => match self.doc.path.clone() {
                Some(path) => {
                    self.save_to(ctx, &path);
                }
                None => self.ask_save_as(ctx),
            },
            UiCommand::SaveAs => self.ask_save_as(ctx),
            UiCommand::ExportMarkdown => self.ask_export(ctx, ExportFormat::Markdown),
            UiCommand::ExportHtml => self.ask_export(ctx, ExportFormat::Html),
            UiCommand::ExportJson => self.ask_export(ctx, ExportFormat::Json),
            UiCommand::ExportCsv => self.ask_export(ctx, ExportFormat::Csv),
            UiCommand::OpenInBrowser => self.open_in_browser(ctx),
            UiCommand::Undo => match self.doc.undo(now) {
                Ok(Some(label)) => self.view_after_undo(&label, "Undid"),
                Ok(None) => self.notes.info("Nothing to undo"),
                Err(e) => self.notes.error(format!("Undo failed: {e}")),
            },
            UiCommand::Redo => match self.doc.redo(now) {
                Ok(Some(label)) => self.view_after_undo(&label, "Redid"),
                Ok(None) => self.notes.info("Nothing to redo"),
                Err(e) => self.notes.error(format!("Redo failed: {e}")),
            },
            UiCommand::AddFact => self.add_fact(now),
            UiCommand::AddQuote => self.start_quote(),
            UiCommand::ToSection(n) => {
                let section = self.doc.project.briefing.sections.get(usize::from(n) - 1);
                match section {
                    Some(s) => self.view.current_section = Some(s.id),
                    None => self.notes.info(format!("There is no section {n}")),
                }
            }
            UiCommand::AddNote => match self.view.selected_item {
                Some(id) => {
                    self.view.edit_note = Some(id);
                    self.view.right_tab = RightTab::Outline;
                }
                None => self
                    .notes
                    .info("Select an item in the outline to add a note"),
            },
            UiCommand::DeleteItem => {
                if let Some(id) = self.view.selected_item.take() {
                    self.edit(Edit::RemoveItem { id }, "Delete item", now);
                }
            }
            UiCommand::MoveUp => self.move_selected(-1, now),
            UiCommand::MoveDown => self.move_selected(1, now),
            UiCommand::NewSection => {
                let p = &self.doc.project;
                let section = Section {
                    id: p.fresh_section_id(),
                    title: "New section".to_owned(),
                    items: Vec::new(),
                };
                self.view.current_section = Some(section.id);
                let index = p.briefing.sections.len();
                self.edit(Edit::InsertSection { index, section }, "New section", now);
            }
            UiCommand::Find => {
                self.view.search.open = true;
                self.view.search.focus = true;
            }
            UiCommand::ToggleRemoved => self.view.show_removed = !self.view.show_removed,
            UiCommand::TogglePreview => {
                self.view.right_tab = match self.view.right_tab {
                    RightTab::Outline => RightTab::Preview,
                    RightTab::Preview => RightTab::Outline,
                }
            }
            UiCommand::ToggleTheme => {
                self.settings.theme = match ctx.theme() {
                    egui::Theme::Dark => Theme::Light,
                    egui::Theme::Light => Theme::Dark,
                };
                ctx.set_theme(self.settings.theme_preference());
            }
            UiCommand::CommandPalette => {
                self.modal = Some(Modal::Palette {
                    query: String::new(),
                    selected: 0,
                });
            }
            UiCommand::Help => self.modal = Some(Modal::Help),
            UiCommand::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
        }
    }

    /// Applies one edit as its own undo step, reporting a failure.
    pub fn edit(&mut self, edit: Edit, label: &str, now: f64) {
        let pending = PendingEdit {
            edit,
            label: label.to_owned(),
            merge: None,
        };
        if let Err(e) = self.doc.apply(pending, now) {
            self.notes.error(format!("{label} failed: {e}"));
        }
    }

    fn view_after_undo(&mut self, label: &str, verb: &str) {
        self.repair_view();
        self.notes.info(format!("{verb}: {label}"));
    }

    /// Drops view references to things the last change removed.
    pub(super) fn repair_view(&mut self) {
        let p = &self.doc.project;
        if self
            .view
            .selected_item
            .is_some_and(|id| p.item(id).is_none())
        {
            self.view.selected_item = None;
        }
        if self
            .view
            .current_section
            .is_some_and(|id| p.section(id).is_none())
        {
            self.view.current_section = p.briefing.sections.first().map(|s| s.id);
        }
        if self
            .view
            .active_source
            .is_some_and(|id| p.source(id).is_none())
        {
            self.view.active_source = p.sources.first().map(|s| s.id);
            self.view.selection = None;
        }
        if self.view.active_source.is_none() {
            self.view.active_source = p.sources.first().map(|s| s.id);
        }
    }

    /// The section new items go to: the current one, else the first.
    fn target_section(&self) -> Option<crate::project::SectionId> {
        let sections = &self.doc.project.briefing.sections;
        self.view
            .current_section
            .filter(|id| sections.iter().any(|s| s.id == *id))
            .or_else(|| sections.first().map(|s| s.id))
    }

    fn add_fact(&mut self, now: f64) {
        let Some(sel) = self.view.selection else {
            self.notes
                .info("Click a sentence (or drag over text) in the article first");
            return;
        };
        let p = &self.doc.project;
        let (Some(source), Some(section)) = (p.source(sel.source), self.target_section()) else {
            self.notes.info("Add a section to the briefing first");
            return;
        };
        let id = p.fresh_item_id();
        let Some(edit) =
            pick::fact_item(source, sel, id).and_then(|item| pick::append(p, section, item))
        else {
            self.notes.info("The selection is empty");
            return;
        };
        self.edit(edit, "Add fact", now);
        self.view.selected_item = Some(id);
    }

    fn start_quote(&mut self) {
        let Some(sel) = self.view.selection else {
            self.notes
                .info("Click a sentence (or drag over a quote) in the article first");
            return;
        };
        let speaker = self
            .doc
            .project
            .source(sel.source)
            .and_then(|s| pick::suggested_speaker(s, sel))
            .unwrap_or_default();
        self.modal = Some(Modal::Quote {
            selection: sel,
            speaker,
        });
    }

    /// Adds the quote confirmed in the quote dialog.
    pub fn add_quote(&mut self, sel: pick::Selection, speaker: &str, now: f64) {
        let p = &self.doc.project;
        let (Some(source), Some(section)) = (p.source(sel.source), self.target_section()) else {
            return;
        };
        let id = p.fresh_item_id();
        let edit = pick::quote_item(source, sel, id, speaker)
            .and_then(|item| pick::append(p, section, item));
        if let Some(edit) = edit {
            self.edit(edit, "Add quote", now);
            self.view.selected_item = Some(id);
        }
    }

    /// Moves the selected item one place up or down, across section boundaries; without a
    /// selected item, moves the current section.
    fn move_selected(&mut self, delta: isize, now: f64) {
        let sections = &self.doc.project.briefing.sections;
        if let Some(id) = self.view.selected_item {
            let Ok((s, i)) = self.doc.project.item_position(id) else {
                return;
            };
            let len = sections[s].items.len();
            let target = match (delta < 0, i) {
                (true, 0) if s > 0 => Some((s - 1, sections[s - 1].items.len())),
                (true, 0) => None,
                (true, _) => Some((s, i - 1)),
                (false, _) if i + 1 < len => Some((s, i + 1)),
                (false, _) if s + 1 < sections.len() => Some((s + 1, 0)),
                (false, _) => None,
            };
            if let Some((ts, ti)) = target {
                let section = sections[ts].id;
                self.edit(
                    Edit::MoveItem {
                        id,
                        section,
                        index: ti,
                    },
                    "Move item",
                    now,
                );
            }
        } else if let Some(id) = self.view.current_section {
            let Some(pos) = sections.iter().position(|s| s.id == id) else {
                return;
            };
            let to = pos as isize + delta;
            if to >= 0 && (to as usize) < sections.len() {
                let edit = Edit::MoveSection {
                    id,
                    to: to as usize,
                };
                self.edit(edit, "Move section", now);
            }
        }
    }

    fn ask(&mut self, ctx: &egui::Context, request: DialogRequest) {
        if self.dialogs.busy() {
            self.notes.info("A file dialog is already open");
            return;
        }
        self.dialogs.ask(request, ctx);
    }

    fn ask_save_as(&mut self, ctx: &egui::Context) {
        let suggested = format!("{}.briefing.json", file_stem(&self.doc));
        self.ask(ctx, DialogRequest::SaveProject { suggested });
    }

    fn ask_export(&mut self, ctx: &egui::Context, format: ExportFormat) {
        let suggested = format!("{}.{}", file_stem(&self.doc), format.extension());
        self.ask(ctx, DialogRequest::Export { format, suggested });
    }

    /// Asks to save first when there are unsaved changes, then does `then`.
    fn unless_unsaved(&mut self, ctx: &egui::Context, then: AfterUnsaved) {
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
    fn save_to(&mut self, ctx: &egui::Context, path: &Path) -> bool {
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

    fn open_in_browser(&mut self, ctx: &egui::Context) {
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
