//! The preview's toolbar: template picker, open in browser, export menu, and the
//! Markdown source toggle.
//!
//! The picker stores the choice in [`Settings::template`] so the exports and the next
//! session use the template the analyst looked at. The buttons only push commands; the
//! app runs them (with their labels and tooltips from [`UiCommand`], so the menus, the
//! palette and this toolbar never disagree).

use crate::app::commands::UiCommand;
use crate::app::settings::Settings;
use crate::app::state::Outbox;
use crate::templates::{DEFAULT_TEMPLATE, Templates};
use egui::Ui;

/// The export commands, in menu order.
pub const EXPORTS: [UiCommand; 4] = [
    UiCommand::ExportMarkdown,
    UiCommand::ExportHtml,
    UiCommand::ExportJson,
    UiCommand::ExportCsv,
];

/// A template name for people: `"situation-report"` → `"Situation report"`.
pub fn pretty(name: &str) -> String {
    let spaced = name.replace(['-', '_'], " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => spaced,
    }
}

/// The template to preview: the one in the settings while it exists, else the default.
pub fn current_template(settings: &Settings, templates: &Templates) -> String {
    settings
        .template
        .clone()
        .filter(|t| templates.file_name(t).is_some())
        .unwrap_or_else(|| DEFAULT_TEMPLATE.to_owned())
}

/// Draws the toolbar for `template`.
pub fn show(
    ui: &mut Ui,
    templates: &Templates,
    template: &str,
    settings: &mut Settings,
    show_source: &mut bool,
    markdown: &str,
    out: &mut Outbox,
) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("Template");
        let mut chosen = template.to_owned();
        let combo = egui::ComboBox::from_id_salt("preview-template")
            .selected_text(pretty(template))
            .show_ui(ui, |ui| {
                for info in templates.list() {
                    let text = pretty(&info.name);
                    let r = ui.selectable_value(&mut chosen, info.name.clone(), text);
                    if !info.description.is_empty() {
                        r.on_hover_text(&info.description);
                    }
                }
            });
        combo
            .response
            .labelled_by(label.id)
            .on_hover_text("The template the preview and the exports use");
        if chosen != template {
            settings.template = Some(chosen);
        }

        let browser = UiCommand::OpenInBrowser;
        if ui
            .button(browser.label())
            .on_hover_text(browser.tooltip())
            .clicked()
        {
            out.command(browser);
        }
        ui.menu_button("Export ▾", |ui| {
            for command in EXPORTS {
                let r = ui.button(command.label()).on_hover_text(command.tooltip());
                if r.clicked() {
                    out.command(command);
                    ui.close();
                }
            }
        });
        ui.toggle_value(show_source, "Markdown source")
            .on_hover_text("Show the Markdown itself, to copy into a wiki or an e-mail");
        if *show_source
            && ui
                .button("Copy")
                .on_hover_text("Copy the whole Markdown to the clipboard")
                .clicked()
        {
            ui.ctx().copy_text(markdown.to_owned());
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_names_read_as_words() {
        assert_eq!(pretty("situation-report"), "Situation report");
        assert_eq!(pretty("my_own-brief"), "My own brief");
        assert_eq!(pretty(""), "");
    }

    #[test]
    fn a_missing_template_falls_back_to_the_default() {
        let templates = Templates::builtin();
        let mut settings = Settings::default();
        assert_eq!(current_template(&settings, &templates), DEFAULT_TEMPLATE);
        settings.template = Some("quote-sheet".to_owned());
        assert_eq!(current_template(&settings, &templates), "quote-sheet");
        settings.template = Some("deleted-one".to_owned());
        assert_eq!(current_template(&settings, &templates), DEFAULT_TEMPLATE);
    }
}
