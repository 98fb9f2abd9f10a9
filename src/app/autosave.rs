//! Autosave: the recovery file, written off the UI thread a few seconds after each change.
//!
//! Serialising a project of 200 articles is tens of megabytes of JSON; doing that on the
//! UI thread would freeze a frame. Articles are shared (`Arc`), so a snapshot of the
//! project costs little, and a background thread writes it atomically
//! ([`super::settings::write_recovery`]). The app never polls: the delay is one
//! `request_repaint_after`, and the thread asks for a repaint when it is done so an error
//! can be shown.

use super::document::Document;
use super::settings;
use std::path::PathBuf;
use std::thread::JoinHandle;
use std::time::Duration;

/// The autosave state of one app.
pub struct Autosave {
    /// Folder of the recovery file; `None` turns autosave off.
    dir: Option<PathBuf>,
    /// Seconds of quiet after a change before writing.
    delay: f64,
    job: Option<JoinHandle<anyhow::Result<()>>>,
}

impl Autosave {
    /// Autosave into `dir` after `delay` seconds of quiet.
    pub fn new(dir: Option<PathBuf>, delay: f64) -> Autosave {
        Autosave {
            dir,
            delay,
            job: None,
        }
    }

    /// The recovery file left by a previous run, if any.
    pub fn pending_recovery(&self) -> Option<settings::Recovery> {
        self.dir.as_deref().and_then(settings::read_recovery)
    }

    /// Called every frame: collects a finished write (returning its error, if any) and
    /// starts a new one when the document has been quiet long enough.
    pub fn tick(&mut self, ctx: &egui::Context, doc: &mut Document, now: f64) -> Option<String> {
        let mut error = None;
        if self.job.as_ref().is_some_and(JoinHandle::is_finished) {
            error = self.join();
        }
        let dir = self.dir.clone()?;
        let changed = doc.changed_at?;
        if doc.autosaved_revision == doc.revision() || self.job.is_some() {
            return error;
        }
        let due = changed + self.delay;
        if now < due {
            ctx.request_repaint_after(Duration::from_secs_f64(due - now));
            return error;
        }
        doc.autosaved_revision = doc.revision();
        if !doc.is_dirty() {
            settings::remove_recovery(&dir);
            return error;
        }
        let project = doc.project.clone();
        let path = doc.path.clone();
        let ctx = ctx.clone();
        self.job = Some(std::thread::spawn(move || {
            let result = settings::write_recovery(&dir, path.as_deref(), &project);
            ctx.request_repaint();
            result
        }));
        error
    }

    /// Waits for a write in progress; returns its error.
    fn join(&mut self) -> Option<String> {
        let job = self.job.take()?;
        match job.join() {
            Ok(Ok(())) => None,
            Ok(Err(e)) => Some(format!("Autosave failed: {e:#}")),
            Err(_) => Some("Autosave failed: the writer thread panicked".to_owned()),
        }
    }

    /// Deletes the recovery file (the work was saved, or the analyst discarded it), after
    /// any write in progress, so a late write cannot bring it back.
    pub fn discard(&mut self) {
        // A failed write does not matter any more: the file is going away.
        let _ = self.join();
        if let Some(dir) = &self.dir {
            settings::remove_recovery(dir);
        }
    }

    /// Waits until no write is in progress (tests, and before the app exits).
    pub fn flush(&mut self) -> Option<String> {
        self.join()
    }
}
