//! The menu bar, the status bar and the right panel's tabs (outline, preview,
//! corroboration).
//!
//! Menu entries are [`UiCommand`]s: each shows the command's label, its shortcut and its
//! tooltip from the one enum, and a click queues the command like a key press would.

use super::BriefingApp;
use super::commands::UiCommand;
use super::state::{Outbox, RightTab, ViewState};

/// A menu entry for `command`, enabled or not; a click queues it.
fn entry(ui: &mut egui::Ui, out: &mut Outbox, command: UiCommand, enabled: bool) {
    entry_labelled(ui, out, command, &command.label(), enabled);
}

fn entry_labelled(
    ui: &mut egui::Ui,
    out: &mut Outbox,
    command: UiCommand,
    label: &str,
    enabled: bool,
) {
    let mut button = egui::Button::new(label);
    if let Some(s) = command.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&s));
    }
    if ui
        .add_enabled(enabled, button)
        .on_hover_text(command.tooltip())
        .clicked()
    {
        out.command(command);
        ui.close();
    }
}

/// The menu bar along the top.
pub fn menu_bar(app: &mut BriefingApp, ui: &mut egui::Ui, out: &mut Outbox) {
    egui::Panel::top("menu").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                entry(ui, out, UiCommand::NewProject, true);
                entry(ui, out, UiCommand::OpenProject, true);
                ui.menu_button("Open recent", |ui| {
                    if app.settings.recent.is_empty() {
                        ui.weak("No recent projects");
                    }
                    for path in app.settings.recent.clone() {
                        let label = path.display().to_string();
                        if ui.button(label).clicked() {
                            app.open_recent(ui.ctx(), path);
                            ui.close();
                        }
                    }
                });
                entry(ui, out, UiCommand::OpenArticles, true);
                ui.separator();
                entry(ui, out, UiCommand::Save, true);
                entry(ui, out, UiCommand::SaveAs, true);
                ui.separator();
                entry(ui, out, UiCommand::CheckGrounding, true);
                for c in [
                    UiCommand::ExportMarkdown,
                    UiCommand::ExportHtml,
                    UiCommand::ExportJson,
                    UiCommand::ExportCsv,
                    UiCommand::OpenInBrowser,
                ] {
                    entry(ui, out, c, true);
                }
                ui.separator();
                entry(ui, out, UiCommand::Quit, true);
            });
            ui.menu_button("Edit", |ui| {
                let history = app.doc.history();
                let undo = match history.undo_label() {
                    Some(l) => format!("Undo {l}"),
                    None => "Undo".to_owned(),
                };
                let redo = match history.redo_label() {
                    Some(l) => format!("Redo {l}"),
                    None => "Redo".to_owned(),
                };
                let (can_undo, can_redo) = (history.undo_len() > 0, history.redo_len() > 0);
                entry_labelled(ui, out, UiCommand::Undo, &undo, can_undo);
                entry_labelled(ui, out, UiCommand::Redo, &redo, can_redo);
                ui.separator();
                let selected = app.view.selection.is_some();
                entry(ui, out, UiCommand::AddFact, selected);
                entry(ui, out, UiCommand::AddQuote, selected);
                let item = app.view.selected_item.is_some();
                entry(ui, out, UiCommand::AddNote, item);
                entry(ui, out, UiCommand::DeleteItem, item);
                entry(ui, out, UiCommand::MoveUp, true);
                entry(ui, out, UiCommand::MoveDown, true);
                entry(ui, out, UiCommand::NewSection, true);
                ui.separator();
                entry(ui, out, UiCommand::Find, true);
            });
            ui.menu_button("View", |ui| {
                entry(ui, out, UiCommand::ToggleRemoved, true);
                entry(ui, out, UiCommand::TogglePreview, true);
                entry(ui, out, UiCommand::ShowCorroboration, true);
                entry(ui, out, UiCommand::ToggleTheme, true);
                ui.separator();
                entry(ui, out, UiCommand::CommandPalette, true);
                entry(ui, out, UiCommand::Help, true);
            });
        });
    });
}

/// The status bar along the bottom: what is selected, where new items go, saved state.
pub fn status_bar(app: &BriefingApp, ui: &mut egui::Ui) {
    egui::Panel::bottom("status").show(ui, |ui| {
        ui.horizontal(|ui| {
            let p = &app.doc.project;
            let items = p.items().count();
            ui.label(format!("{} articles · {} items", p.sources.len(), items));
            ui.separator();
            let target = app
                .view
                .current_section
                .and_then(|id| p.briefing.sections.iter().position(|s| s.id == id))
                .map(|i| (i + 1, &p.briefing.sections[i].title));
            if let Some((n, title)) = target {
                ui.label(format!("New items go to {n}. {title}"));
                ui.separator();
            }
            if app.view.selection.is_some() {
                ui.weak("F fact · Q quote · 1–9 target section");
            } else {
                ui.weak(
                    "Click a sentence to select it; Shift+click extends; drag selects any text",
                );
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if app.doc.is_dirty() {
                    ui.label("Unsaved changes");
                } else if app.doc.path.is_some() {
                    ui.weak("Saved");
                }
                if app.dialogs_busy() {
                    ui.weak("Waiting for the file dialog…");
                }
            });
        });
    });
}

/// The Outline / Preview switch at the top of the right panel.
pub fn right_tabs(ui: &mut egui::Ui, view: &mut ViewState) {
    ui.horizontal(|ui| {
        for (tab, label, command) in [
            (RightTab::Outline, "Outline", UiCommand::TogglePreview),
            (RightTab::Preview, "Preview", UiCommand::TogglePreview),
            (
                RightTab::Corroboration,
                "Corroboration",
                UiCommand::ShowCorroboration,
            ),
        ] {
            ui.selectable_value(&mut view.right_tab, tab, label)
                .on_hover_text(command.tooltip());
        }
    });
    ui.separator();
}

impl BriefingApp {
    /// Opens a project from the recent list (asking about unsaved changes first).
    fn open_recent(&mut self, ctx: &egui::Context, path: std::path::PathBuf) {
        if self.doc.is_dirty() {
            self.modal = Some(super::Modal::Unsaved {
                then: super::AfterUnsaved::OpenPath(path),
            });
        } else {
            self.proceed(ctx, super::AfterUnsaved::OpenPath(path));
        }
    }
}
