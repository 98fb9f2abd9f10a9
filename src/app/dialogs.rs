//! Native file dialogs behind a small trait, so tests never reach a real dialog.
//!
//! rfd's dialogs block (and headless they either return `None` at once or, with zenity
//! under Xvfb, open a real window and wait), so [`RfdDialogs`] runs each one on its own
//! thread and sends the answer back with a repaint request; the UI keeps drawing meanwhile
//! and nothing polls. Tests use [`ScriptedDialogs`], which answers from a queue the test
//! fills and records what was asked.

use crate::export::ExportFormat;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, PoisonError};

/// A question for the analyst.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogRequest {
    /// Pick article files to add.
    OpenArticles,
    /// Pick a project file to open.
    OpenProject,
    /// Choose where to save the project; `suggested` is the file name offered.
    SaveProject {
        /// Offered file name.
        suggested: String,
    },
    /// Choose where to export the briefing.
    Export {
        /// The format (decides the filter and extension).
        format: ExportFormat,
        /// Offered file name.
        suggested: String,
    },
}

/// The analyst's answer; `None` paths mean Cancel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogAnswer {
    /// Articles picked (empty when cancelled).
    Articles(Vec<PathBuf>),
    /// Project picked.
    Project(Option<PathBuf>),
    /// Where to save the project.
    SaveProject(Option<PathBuf>),
    /// Where to export, in which format.
    Export(ExportFormat, Option<PathBuf>),
}

/// Asks file questions without blocking the UI.
pub trait Dialogs {
    /// Starts a dialog; the answer arrives later through [`Dialogs::answer`].
    fn ask(&mut self, request: DialogRequest, ctx: &egui::Context);
    /// The answer to the last question, once given.
    fn answer(&mut self) -> Option<DialogAnswer>;
    /// True while a dialog is open (the app does not open a second).
    fn busy(&self) -> bool;
}

/// Native dialogs via rfd, each on its own thread.
pub struct RfdDialogs {
    tx: Sender<DialogAnswer>,
    rx: Receiver<DialogAnswer>,
    open: bool,
}

impl Default for RfdDialogs {
    fn default() -> Self {
        let (tx, rx) = channel();
        RfdDialogs {
            tx,
            rx,
            open: false,
        }
    }
}

fn run_rfd(request: DialogRequest) -> DialogAnswer {
    match request {
        DialogRequest::OpenArticles => DialogAnswer::Articles(
            rfd::FileDialog::new()
                .set_title("Open articles")
                .add_filter("Articles", &["txt", "md", "markdown", "html", "htm"])
                .add_filter("All files", &["*"])
                .pick_files()
                .unwrap_or_default(),
        ),
        DialogRequest::OpenProject => DialogAnswer::Project(
            rfd::FileDialog::new()
                .set_title("Open project")
                .add_filter("Briefing project", &["json"])
                .pick_file(),
        ),
        DialogRequest::SaveProject { suggested } => DialogAnswer::SaveProject(
            rfd::FileDialog::new()
                .set_title("Save project")
                .add_filter("Briefing project", &["json"])
                .set_file_name(suggested)
                .save_file(),
        ),
        DialogRequest::Export { format, suggested } => DialogAnswer::Export(
            format,
            rfd::FileDialog::new()
                .set_title("Export briefing")
                .add_filter(format.extension(), &[format.extension()])
                .set_file_name(suggested)
                .save_file(),
        ),
    }
}

impl Dialogs for RfdDialogs {
    fn ask(&mut self, request: DialogRequest, ctx: &egui::Context) {
        if self.open {
            return;
        }
        self.open = true;
        let tx = self.tx.clone();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let answer = run_rfd(request);
            // The receiver lives as long as the app; if it is gone there is nobody to tell.
            let _ = tx.send(answer);
            ctx.request_repaint();
        });
    }

    fn answer(&mut self) -> Option<DialogAnswer> {
        let answer = self.rx.try_recv().ok();
        if answer.is_some() {
            self.open = false;
        }
        answer
    }

    fn busy(&self) -> bool {
        self.open
    }
}

/// Shared queue of answers and log of questions, for tests.
#[derive(Debug, Default)]
pub struct Script {
    /// Answers given in order, one per question.
    pub answers: VecDeque<DialogAnswer>,
    /// Every question asked so far.
    pub asked: Vec<DialogRequest>,
}

/// Test dialogs: answer each question with the next scripted answer (Cancel when none).
#[derive(Debug, Clone, Default)]
pub struct ScriptedDialogs {
    /// The script, shared with the test.
    pub script: Arc<Mutex<Script>>,
    pending: Option<DialogAnswer>,
}

impl ScriptedDialogs {
    /// Queues the answer to the next question.
    pub fn push(&self, answer: DialogAnswer) {
        let mut script = self.script.lock().unwrap_or_else(PoisonError::into_inner);
        script.answers.push_back(answer);
    }

    /// The questions asked so far.
    pub fn asked(&self) -> Vec<DialogRequest> {
        let script = self.script.lock().unwrap_or_else(PoisonError::into_inner);
        script.asked.clone()
    }
}

impl Dialogs for ScriptedDialogs {
    fn ask(&mut self, request: DialogRequest, _ctx: &egui::Context) {
        let mut script = self.script.lock().unwrap_or_else(PoisonError::into_inner);
        let cancel = match &request {
            DialogRequest::OpenArticles => DialogAnswer::Articles(Vec::new()),
            DialogRequest::OpenProject => DialogAnswer::Project(None),
            DialogRequest::SaveProject { .. } => DialogAnswer::SaveProject(None),
            DialogRequest::Export { format, .. } => DialogAnswer::Export(*format, None),
        };
        script.asked.push(request);
        self.pending = Some(script.answers.pop_front().unwrap_or(cancel));
    }

    fn answer(&mut self) -> Option<DialogAnswer> {
        self.pending.take()
    }

    fn busy(&self) -> bool {
        self.pending.is_some()
    }
}
