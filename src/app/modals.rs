//! Modal questions: the quote's speaker, unsaved changes, crash recovery, the command
//! palette, the shortcuts help, and ungrounded particulars before an export.
//!
//! The palette and the help are generated from [`UiCommand::all`], so they list exactly the
//! commands the menus and the keyboard offer, with the same labels and shortcuts.

use super::commands::UiCommand;
use super::corroboration::grounding;
use super::document::Document;
use super::state::Outbox;
use super::{AfterUnsaved, BriefingApp, Modal};
use egui::{Key, RichText};

/// What the analyst answered in a modal this frame.
enum Answer {
    None,
    Close,
    Quote(crate::pick::Selection, String),
    Save(AfterUnsaved),
    Discard(AfterUnsaved),
    Restore,
    DiscardRecovery,
    Run(UiCommand),
    ExportAnyway(UiCommand),
    Review,
}

/// Shows the modal on screen, if any, and acts on the answer.
pub fn show(app: &mut BriefingApp, ctx: &egui::Context, out: &mut Outbox) {
    let Some(mut modal) = app.modal.take() else {
        return;
    };
    let answer = match &mut modal {
        Modal::Quote { selection, speaker } => {
            let words = app
                .doc
                .project
                .source(selection.source)
                .and_then(|s| s.article.text.get(selection.start..selection.end))
                .unwrap_or_default();
            quote(ctx, *selection, words, speaker)
        }
        Modal::Unsaved { then } => unsaved(ctx, &app.doc, then),
        Modal::Recover => recover(ctx, app),
        Modal::Palette { query, selected } => palette(ctx, query, selected),
        Modal::Help => help(ctx),
        Modal::Ungrounded { then, list } => match grounding::question(ctx, list) {
            grounding::Choice::Waiting => Answer::None,
            grounding::Choice::Anyway => Answer::ExportAnyway(*then),
            grounding::Choice::Review => Answer::Review,
            grounding::Choice::Cancel => Answer::Close,
        },
    };
    let now = ctx.input(|i| i.time);
    match answer {
        Answer::None => app.modal = Some(modal),
        Answer::Close => {}
        Answer::Quote(sel, speaker) => app.add_quote(sel, &speaker, now),
        Answer::Save(then) => app.save_then(ctx, then),
        Answer::Discard(then) => app.proceed(ctx, then),
        Answer::Restore => {
            if let Some(r) = app.recovery.take() {
                app.doc = Document::recovered(r.project, r.path);
                app.reset_view();
                app.notes.info("Restored the unsaved work");
            }
        }
        Answer::DiscardRecovery => {
            app.recovery = None;
            app.autosave.discard();
        }
        Answer::Run(command) => out.command(command),
        Answer::ExportAnyway(command) => app.export_now(ctx, command),
        Answer::Review => app.view.right_tab = super::state::RightTab::Corroboration,
    }
}

fn quote(
    ctx: &egui::Context,
    selection: crate::pick::Selection,
    words: &str,
    speaker: &mut String,
) -> Answer {
    let mut answer = Answer::None;
    let response = egui::Modal::new(egui::Id::unique("quote-modal")).show(ctx, |ui| {
        ui.set_width(460.0);
        ui.heading("Add quote");
        let shown: String = words.chars().take(280).collect();
        let more = if shown.len() < words.len() { "…" } else { "" };
        ui.add(egui::Label::new(egui::RichText::new(format!("{shown}{more}")).italics()).wrap());
        ui.add_space(4.0);
        ui.label("Who said it?");
        let edit = ui
            .add(
                egui::TextEdit::singleline(speaker)
                    .hint_text("Speaker")
                    .desired_width(f32::INFINITY),
            )
            .accessible_name("Speaker");
        edit.widget_info(|| egui::WidgetInfo::text_edit(true, "", speaker.as_str(), "Speaker"));
        if !edit.has_focus() && !edit.lost_focus() {
            edit.request_focus();
        }
        let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        ui.horizontal(|ui| {
            if ui.button("Add quote").clicked() || enter {
                answer = Answer::Quote(selection, speaker.clone());
            }
            if ui.button("Cancel").clicked() {
                answer = Answer::Close;
            }
        });
    });
    if response.should_close() && matches!(answer, Answer::None) {
        answer = Answer::Close;
    }
    answer
}

fn unsaved(ctx: &egui::Context, doc: &Document, then: &AfterUnsaved) -> Answer {
    let mut answer = Answer::None;
    let response = egui::Modal::new(egui::Id::unique("unsaved-modal")).show(ctx, |ui| {
        ui.set_width(420.0);
        ui.heading("Unsaved changes");
        ui.label(format!(
            "“{}” has changes that are not saved. Save them first?",
            doc.display_name()
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Save").clicked() {
                answer = Answer::Save(then.clone());
            }
            if ui.button("Don't save").clicked() {
                answer = Answer::Discard(then.clone());
            }
            if ui.button("Cancel").clicked() {
                answer = Answer::Close;
            }
        });
    });
    if response.should_close() && matches!(answer, Answer::None) {
        answer = Answer::Close;
    }
    answer
}

fn recover(ctx: &egui::Context, app: &BriefingApp) -> Answer {
    let Some(recovery) = &app.recovery else {
        return Answer::Close;
    };
    let mut answer = Answer::None;
    egui::Modal::new(egui::Id::unique("recover-modal")).show(ctx, |ui| {
        ui.set_width(460.0);
        ui.heading("Restore unsaved work?");
        let name = recovery
            .path
            .as_ref()
            .map_or("an unsaved project".to_owned(), |p| p.display().to_string());
        let p = &recovery.project;
        ui.label(format!(
            "Briefing was closed without saving changes to {name}: “{}”, {} articles, {} items.",
            p.briefing.title,
            p.sources.len(),
            p.items().count()
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Restore").clicked() {
                answer = Answer::Restore;
            }
            if ui.button("Discard").clicked() {
                answer = Answer::DiscardRecovery;
            }
        });
    });
    answer
}

/// Commands matching every word of `query` in their label or tooltip.
pub fn palette_matches(query: &str) -> Vec<UiCommand> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    UiCommand::all()
        .into_iter()
        .filter(|c| {
            let hay = format!("{} {}", c.label(), c.tooltip()).to_lowercase();
            words.iter().all(|w| hay.contains(w.as_str()))
        })
        .collect()
}

fn palette(ctx: &egui::Context, query: &mut String, selected: &mut usize) -> Answer {
    let mut answer = Answer::None;
    let response = egui::Modal::new(egui::Id::unique("palette-modal")).show(ctx, |ui| {
        ui.set_width(520.0);
        let edit = ui
            .add(
                egui::TextEdit::singleline(query)
                    .hint_text("Type a command…")
                    .desired_width(f32::INFINITY),
            )
            .accessible_name("Command palette search");
        edit.request_focus();
        let matches = palette_matches(query);
        if ui.input(|i| i.key_pressed(Key::ArrowDown)) {
            *selected = (*selected + 1).min(matches.len().saturating_sub(1));
        }
        if ui.input(|i| i.key_pressed(Key::ArrowUp)) {
            *selected = selected.saturating_sub(1);
        }
        *selected = (*selected).min(matches.len().saturating_sub(1));
        if ui.input(|i| i.key_pressed(Key::Enter))
            && let Some(c) = matches.get(*selected)
        {
            answer = Answer::Run(*c);
        }
        egui::ScrollArea::vertical()
            .max_height(360.0)
            .show(ui, |ui| {
                for (i, c) in matches.iter().enumerate() {
                    let mut button = egui::Button::selectable(i == *selected, c.label());
                    if let Some(s) = c.shortcut() {
                        button = button.shortcut_text(ctx.format_shortcut(&s));
                    }
                    if ui
                        .add_sized([ui.available_width(), 22.0], button)
                        .on_hover_text(c.tooltip())
                        .clicked()
                    {
                        answer = Answer::Run(*c);
                    }
                }
                if matches.is_empty() {
                    ui.weak("No command matches");
                }
            });
    });
    if response.should_close() && matches!(answer, Answer::None) {
        answer = Answer::Close;
    }
    answer
}

fn help(ctx: &egui::Context) -> Answer {
    let mut answer = Answer::None;
    let response = egui::Modal::new(egui::Id::unique("help-modal")).show(ctx, |ui| {
        ui.set_width(560.0);
        ui.heading("Keyboard shortcuts");
        ui.weak("Letter and digit keys act when no text field is being edited.");
        egui::ScrollArea::vertical()
            .max_height(520.0)
            .show(ui, |ui| {
                egui::Grid::new("shortcuts")
                    .striped(true)
                    .num_columns(3)
                    .show(ui, |ui| {
                        for c in UiCommand::all() {
                            let keys: Vec<String> = [c.shortcut(), c.alternative_shortcut()]
                                .into_iter()
                                .flatten()
                                .map(|s| ctx.format_shortcut(&s))
                                .collect();
                            ui.label(RichText::new(keys.join("  or  ")).monospace().strong());
                            ui.label(c.label());
                            ui.weak(c.tooltip());
                            ui.end_row();
                        }
                    });
            });
        if ui.button("Close").clicked() {
            answer = Answer::Close;
        }
    });
    if response.should_close() && matches!(answer, Answer::None) {
        answer = Answer::Close;
    }
    answer
}
