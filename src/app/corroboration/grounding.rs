//! The grounding check in the workbench: the list of numbers, dates and names in the
//! analyst's own text that no source contains, each a jump to the field to fix, and the
//! question asked before an export while the list is not empty.
//!
//! The check itself is the core's ([`crate::corroborate::grounding`]); the app keeps its
//! result per document version ([`super::Comparison::check`]). Exports of the briefing
//! (Markdown, HTML, JSON, Open in browser) go through [`BriefingApp::export_checked`]:
//! with ungrounded particulars a modal lists them and offers "Export anyway" or "Review"
//! (which opens the list in the Corroboration tab); otherwise the export runs as before.

use crate::app::commands::UiCommand;
use crate::app::state::{RightTab, ViewState};
use crate::app::{BriefingApp, Modal};
use crate::corroborate::grounding::Ungrounded;
use crate::export::ExportFormat;
use egui::{RichText, Sense, Ui};

/// One entry in words: `number “15,000” in summary`.
pub fn entry_label(u: &Ungrounded) -> String {
    format!("{} “{}” in {}", u.kind, u.text, u.field.label())
}

/// Whether `command` exports the briefing (and so is checked first).
pub fn is_checked_export(command: UiCommand) -> bool {
    matches!(
        command,
        UiCommand::ExportMarkdown
            | UiCommand::ExportHtml
            | UiCommand::ExportJson
            | UiCommand::OpenInBrowser
    )
}

/// Lists `list`, each entry a link to its field; a click asks the outline to focus it.
pub fn list(ui: &mut Ui, list: &[Ungrounded], view: &mut ViewState) {
    for u in list {
        let text = RichText::new(format!("⚠ {}", entry_label(u)));
        let response = ui
            .add(egui::Label::new(text.color(ui.visuals().warn_fg_color)).sense(Sense::click()))
            .on_hover_text("No source contains this: click to edit it")
            .on_hover_cursor(egui::CursorIcon::PointingHand);
        if response.clicked() {
            view.fix = Some((u.field, u.start..u.end));
            view.right_tab = RightTab::Outline;
        }
    }
}

/// What the analyst answered in the export question.
pub enum Choice {
    /// Not answered yet.
    Waiting,
    /// Export as if the list were empty.
    Anyway,
    /// Show the list to fix it.
    Review,
    /// Do nothing.
    Cancel,
}

/// The question before an export: the ungrounded particulars, "Export anyway", "Review".
pub fn question(ctx: &egui::Context, list: &[Ungrounded]) -> Choice {
    let mut choice = Choice::Waiting;
    let response = egui::Modal::new(egui::Id::unique("grounding-modal")).show(ctx, |ui| {
        ui.set_width(480.0);
        ui.heading("Check before export");
        ui.label(
            "These numbers, dates and names in your own text appear in no source. \
             Check them before the briefing leaves:",
        );
        ui.add_space(4.0);
        egui::ScrollArea::vertical()
            .max_height(240.0)
            .show(ui, |ui| {
                for u in list {
                    let text = RichText::new(format!("⚠ {}", entry_label(u)));
                    ui.label(text.color(ui.visuals().warn_fg_color));
                }
            });
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Review").clicked() {
                choice = Choice::Review;
            }
            if ui.button("Export anyway").clicked() {
                choice = Choice::Anyway;
            }
            if ui.button("Cancel").clicked() {
                choice = Choice::Cancel;
            }
        });
    });
    if response.should_close() && matches!(choice, Choice::Waiting) {
        choice = Choice::Cancel;
    }
    choice
}

impl BriefingApp {
    /// The grounding check of the current document (waiting for a comparison under way).
    pub(crate) fn grounding(&mut self, ctx: &egui::Context) -> Vec<Ungrounded> {
        if let Some(e) = self.comparison.wait(ctx, &self.doc.project) {
            self.notes.error(e);
        }
        self.comparison
            .check(&self.doc.project, self.doc.version())
            .to_vec()
    }

    /// Runs export `command`, first asking when the analyst's text holds ungrounded
    /// particulars.
    pub(crate) fn export_checked(&mut self, ctx: &egui::Context, command: UiCommand) {
        let list = self.grounding(ctx);
        if list.is_empty() {
            self.export_now(ctx, command);
        } else {
            self.modal = Some(Modal::Ungrounded {
                then: command,
                list,
            });
        }
    }

    /// Runs export `command` without the check.
    pub(crate) fn export_now(&mut self, ctx: &egui::Context, command: UiCommand) {
        match command {
            UiCommand::ExportMarkdown => self.ask_export(ctx, ExportFormat::Markdown),
            UiCommand::ExportHtml => self.ask_export(ctx, ExportFormat::Html),
            UiCommand::ExportJson => self.ask_export(ctx, ExportFormat::Json),
            UiCommand::ExportCsv => self.ask_export(ctx, ExportFormat::Csv),
            UiCommand::OpenInBrowser => self.open_in_browser(ctx),
            other => self.run(ctx, other),
        }
    }

    /// The Check Grounding command: shows the list (or says it is empty).
    pub(crate) fn check_grounding(&mut self, ctx: &egui::Context) {
        let list = self.grounding(ctx);
        self.view.right_tab = RightTab::Corroboration;
        if list.is_empty() {
            self.notes
                .info("Every number, date and name in your text appears in a source");
        } else {
            let n = list.len();
            let (s, verb) = if n == 1 {
                ("", "appears")
            } else {
                ("s", "appear")
            };
            self.notes.info(format!(
                "{n} particular{s} in your text {verb} in no source"
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corroborate::grounding::Field;
    use crate::project::ItemId;

    #[test]
    fn entries_say_what_and_where() {
        let u = Ungrounded {
            field: Field::Summary,
            kind: "number",
            text: "15,000".to_owned(),
            start: 10,
            end: 16,
        };
        assert_eq!(entry_label(&u), "number “15,000” in summary");
        let n = Ungrounded {
            field: Field::Note(ItemId(4)),
            kind: "name",
            text: "Kim".to_owned(),
            ..u
        };
        assert_eq!(entry_label(&n), "name “Kim” in note on item 4");
    }

    #[test]
    fn only_briefing_exports_are_checked() {
        assert!(is_checked_export(UiCommand::ExportMarkdown));
        assert!(is_checked_export(UiCommand::OpenInBrowser));
        assert!(!is_checked_export(UiCommand::ExportCsv));
        assert!(!is_checked_export(UiCommand::Save));
    }
}
