//! Executing [`UiCommand`]s: the app's imperative shell for commands.
//!
//! This is the one place that turns requests into effects: document edits through the
//! history, files read and written through the core's importer and atomic store, dialogs
//! asked, windows closed. Each failure is reported once, as a notification naming the file.

use super::commands::UiCommand;
use super::dialogs::DialogRequest;
use super::settings::Theme;
use super::state::{PendingEdit, RightTab};
use super::{AfterUnsaved, BriefingApp, Modal};
use crate::export::ExportFormat;
use crate::pick;
use crate::project::Section;
use crate::project::edit::Edit;

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
            UiCommand::ExportMarkdown
            | UiCommand::ExportHtml
            | UiCommand::ExportJson
            | UiCommand::OpenInBrowser => self.export_checked(ctx, command),
            UiCommand::ExportCsv => self.ask_export(ctx, ExportFormat::Csv),
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
                    RightTab::Preview => RightTab::Outline,
                    RightTab::Outline | RightTab::Corroboration => RightTab::Preview,
                }
            }
            UiCommand::ShowCorroboration => self.view.right_tab = RightTab::Corroboration,
            UiCommand::CheckGrounding => self.check_grounding(ctx),
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
}
