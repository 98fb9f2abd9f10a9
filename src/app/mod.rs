//! The desktop workbench (feature `gui`): eframe/egui over the core.
//!
//! The app owns one [`Document`]. Panels ([`library`], [`reader`], [`outline`],
//! [`preview`]) get `&Project` and the shared [`ViewState`], and push [`Edit`]s and
//! [`UiCommand`]s into an [`Outbox`]; once a frame, after the panels ran, the app applies
//! the edits (keeping their inverses for undo) and executes the commands
//! ([`actions`]). No panel mutates the document (egui_demo_app's `Command`, rerun's
//! `SystemCommand`).
//!
//! Renderer: glow by default. Without a GPU (VMs, remote desktops) wgpu's software path
//! costs ~44 ms a frame against ~9 ms for glow; `--renderer wgpu` chooses wgpu.
//!
//! [`Edit`]: crate::project::edit::Edit

pub mod actions;
pub mod autosave;
pub mod commands;
pub mod config;
pub mod corroboration;
pub mod dialogs;
pub mod document;
pub mod files;
pub mod library;
pub mod menus;
pub mod modals;
pub mod notify;
pub mod outline;
pub mod preview;
pub mod reader;
pub mod settings;
pub mod state;

use crate::project::Project;
use crate::templates::Templates;
use commands::UiCommand;
pub use config::{AppConfig, Launch, RendererChoice};
use dialogs::Dialogs;
use document::Document;
use notify::Notifications;
use settings::Settings;
use state::{Outbox, ViewState};
use std::path::PathBuf;

/// A modal question on screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Modal {
    /// Confirm the speaker of a new quote.
    Quote {
        /// The selection to quote.
        selection: crate::pick::Selection,
        /// The speaker being typed.
        speaker: String,
    },
    /// Unsaved changes: save, discard or cancel before `then`.
    Unsaved {
        /// What to do once answered.
        then: AfterUnsaved,
    },
    /// Restore the work found in the recovery file?
    Recover,
    /// The command palette.
    Palette {
        /// The filter typed.
        query: String,
        /// The highlighted row.
        selected: usize,
    },
    /// The keyboard shortcuts.
    Help,
    /// The analyst's text holds particulars no source contains: export anyway?
    Ungrounded {
        /// The export asked for.
        then: UiCommand,
        /// What the grounding check found.
        list: Vec<crate::corroborate::grounding::Ungrounded>,
    },
}

/// What waits for the unsaved-changes question.
#[derive(Debug, Clone, PartialEq)]
pub enum AfterUnsaved {
    /// Close the window.
    Close,
    /// Start a new project.
    New,
    /// Ask for a project to open.
    Open,
    /// Open this project.
    OpenPath(PathBuf),
}

/// The workbench.
pub struct BriefingApp {
    /// The open project.
    pub doc: Document,
    /// Selection, tabs, search: the view state panels share.
    pub view: ViewState,
    /// Notifications shown in the corner.
    pub notes: Notifications,
    /// Session settings (theme, recent projects).
    pub settings: Settings,
    /// The templates.
    pub templates: Templates,
    /// The modal on screen, if any.
    pub modal: Option<Modal>,
    dialogs: Box<dyn Dialogs>,
    autosave: autosave::Autosave,
    reader: reader::Reader,
    outline: outline::Outline,
    preview: preview::Preview,
    /// The comparison of the sources and the grounding check.
    comparison: corroboration::Comparison,
    corroboration: corroboration::panel::Panel,
    /// Commands queued outside the panels (menus, palette), run after the panels.
    queued: Vec<UiCommand>,
    /// What to do once the pending save dialog has saved.
    after_save: Option<AfterUnsaved>,
    /// The analyst agreed to close (after saving or discarding).
    closing: bool,
    title: String,
    recovery: Option<settings::Recovery>,
    /// When `run` was called and how many frames ran, for `BRIEFING_STARTUP_TIMING`.
    launched: Option<std::time::Instant>,
    frames: u64,
}

impl BriefingApp {
    /// Builds the app for `ctx`, with settings from `storage` (eframe's) when given.
    pub fn new(
        ctx: &egui::Context,
        storage: Option<&dyn eframe::Storage>,
        config: AppConfig,
    ) -> BriefingApp {
        let settings: Settings = storage
            .and_then(|s| eframe::get_value(s, settings::STORAGE_KEY))
            .unwrap_or_default();
        ctx.set_theme(settings.theme_preference());
        let autosave = autosave::Autosave::new(config.data_dir, config.autosave_delay);
        let recovery = autosave.pending_recovery();
        let mut app = BriefingApp {
            doc: Document::new(crate::samples::sample_project(), None),
            view: ViewState::default(),
            notes: Notifications::default(),
            settings,
            templates: config.templates,
            modal: None,
            dialogs: config.dialogs,
            autosave,
            reader: reader::Reader::default(),
            outline: outline::Outline::default(),
            preview: preview::Preview::default(),
            comparison: corroboration::Comparison::default(),
            corroboration: corroboration::panel::Panel::default(),
            queued: Vec::new(),
            after_save: None,
            closing: false,
            title: String::new(),
            recovery: None,
            launched: None,
            frames: 0,
        };
        match config.launch {
            Launch::Samples => {}
            Launch::Default => {
                let last = app.settings.recent.first().filter(|p| p.is_file()).cloned();
                if let Some(path) = last
                    && let Err(e) = app.load_project(&path)
                {
                    app.notes.error(format!("{e:#}"));
                }
            }
            Launch::Project(path) => {
                if let Err(e) = app.load_project(&path) {
                    app.notes.error(format!("{e:#}"));
                }
            }
            Launch::Articles(files) => {
                app.doc = Document::new(Project::new("Untitled briefing"), None);
                app.import_articles(&files);
            }
        }
        if recovery.is_some() {
            app.recovery = recovery;
            app.modal = Some(Modal::Recover);
        }
        app.reset_view();
        app
    }

    /// Resets the view for a newly opened document: first article, first section.
    fn reset_view(&mut self) {
        let project = &self.doc.project;
        self.view = ViewState {
            active_source: project.sources.first().map(|s| s.id),
            current_section: project.briefing.sections.first().map(|s| s.id),
            right_tab: self.view.right_tab,
            ..ViewState::default()
        };
    }

    /// The dialogs (tests reach the scripted ones through their own handle).
    pub fn dialogs_busy(&self) -> bool {
        self.dialogs.busy()
    }

    /// One frame of the whole UI.
    pub fn frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let now = ctx.input(|i| i.time);
        self.frames += 1;
        if self.frames == 2
            && let Some(t) = self.launched
        {
            // The first frame has been presented when the second starts.
            eprintln!(
                "briefing: first frame on screen {} ms after launch",
                t.elapsed().as_millis()
            );
        }
        self.receive_dialog_answers(&ctx);
        self.receive_dropped_files(&ctx);
        self.handle_close_request(&ctx);
        if let Some(e) = self.comparison.refresh(&ctx, &self.doc.project) {
            self.notes.error(e);
        }

        let mut out = Outbox::default();
        if self.modal.is_none() {
            let typing = ctx.egui_wants_keyboard_input();
            let pressed = ctx.input_mut(|i| UiCommand::consume_pressed(i, typing));
            out.commands.extend(pressed);
        }
        out.commands.append(&mut self.queued);

        menus::menu_bar(self, ui, &mut out);
        menus::status_bar(self, ui);
        egui::Panel::left("library")
            .default_size(280.0)
            .size_range(180.0..=520.0)
            .show(ui, |ui| {
                library::show(ui, &self.doc.project, &mut self.view, &mut out);
            });
        egui::Panel::right("briefing")
            .default_size(420.0)
            .size_range(260.0..=900.0)
            .show(ui, |ui| {
                menus::right_tabs(ui, &mut self.view);
                match self.view.right_tab {
                    state::RightTab::Outline => {
                        self.outline
                            .show(ui, &self.doc.project, &mut self.view, &mut out);
                    }
                    state::RightTab::Preview => {
                        self.preview.set_support(self.comparison.sources());
                        self.preview.show(
                            ui,
                            &self.doc.project,
                            self.doc.revision(),
                            &self.templates,
                            &mut self.settings,
                            &mut out,
                        );
                    }
                    state::RightTab::Corroboration => {
                        (self.comparison).check(&self.doc.project, self.doc.version());
                        let comparison = &self.comparison;
                        self.corroboration.show(
                            ui,
                            comparison,
                            comparison.ungrounded(),
                            &mut self.view,
                            &mut out,
                        );
                    }
                }
            });
        egui::CentralPanel::default().show(ui, |ui| {
            self.reader.show(
                ui,
                &self.doc.project,
                self.doc.revision(),
                &self.comparison,
                &mut self.view,
                &mut out,
            );
        });
        modals::show(self, &ctx, &mut out);

        self.apply_outbox(&ctx, out, now);
        self.update_title(&ctx);
        if let Some(e) = self.autosave.tick(&ctx, &mut self.doc, now) {
            self.notes.error(e);
        }
        self.notes.show(&ctx);
    }

    /// Applies the frame's edits, then runs its commands.
    fn apply_outbox(&mut self, ctx: &egui::Context, out: Outbox, now: f64) {
        if out.seal {
            self.doc.seal();
        }
        let changed = !out.edits.is_empty();
        for pending in out.edits {
            let label = pending.label.clone();
            if let Err(e) = self.doc.apply(pending, now) {
                self.notes.error(format!("{label} failed: {e}"));
            }
        }
        if changed {
            self.repair_view();
        }
        for command in out.commands {
            self.run(ctx, command);
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let dirty = if self.doc.is_dirty() { "● " } else { "" };
        let title = format!("{dirty}{} — Briefing", self.doc.display_name());
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// Waits for an autosave in progress (tests; the app does this on exit).
    pub fn flush_autosave(&mut self) -> Option<String> {
        self.autosave.flush()
    }

    /// The window title as last set (tests read it).
    pub fn title(&self) -> &str {
        &self.title
    }
}

impl eframe::App for BriefingApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, settings::STORAGE_KEY, &self.settings);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // Let a recovery write in progress finish rather than leave it half done.
        if let Some(e) = self.autosave.flush() {
            eprintln!("briefing: {e}");
        }
    }
}

/// Opens the window.
pub fn run(launch: Launch, renderer: RendererChoice) -> anyhow::Result<()> {
    let launched = std::time::Instant::now();
    let timing = std::env::var_os("BRIEFING_STARTUP_TIMING").is_some();
    let (config, warning) = AppConfig::native(launch);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([800.0, 500.0])
            .with_title("Briefing")
            .with_app_id("briefing"),
        renderer: match renderer {
            RendererChoice::Glow => eframe::Renderer::Glow,
            RendererChoice::Wgpu => eframe::Renderer::Wgpu,
        },
        ..Default::default()
    };
    eframe::run_native(
        "Briefing",
        options,
        Box::new(move |cc| {
            let created = launched.elapsed();
            let mut app = BriefingApp::new(&cc.egui_ctx, cc.storage, config);
            if timing {
                eprintln!(
                    "briefing: window and GL context ready after {} ms, app built after {} ms",
                    created.as_millis(),
                    launched.elapsed().as_millis()
                );
            }
            app.launched = timing.then_some(launched);
            if let Some(w) = warning {
                app.notes.error(w);
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}
