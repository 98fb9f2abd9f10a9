//! The open project: the document, where it is saved, its undo history and whether it has
//! unsaved changes.
//!
//! All document changes go through [`Document::apply`], [`Document::undo`] and
//! [`Document::redo`], which keep the [`History`] and bump [`Document::revision`] so caches
//! (the rendered preview, the reader's "taken" marks) know when to refresh. "Unsaved" is
//! exact: the history numbers every document state and the document remembers the number
//! it last saved.

use crate::history::History;
use crate::project::Project;
use crate::project::edit::EditError;
use std::path::{Path, PathBuf};

use super::state::PendingEdit;

/// The project being worked on.
pub struct Document {
    /// The document.
    pub project: Project,
    /// Where it is saved; `None` until the first save.
    pub path: Option<PathBuf>,
    history: History,
    saved_state: Option<u64>,
    revision: u64,
    /// When the last change happened (egui time, seconds), for the autosave delay.
    pub changed_at: Option<f64>,
    /// The revision last written to the recovery file.
    pub autosaved_revision: u64,
    /// Distinguishes this document from every other one opened in this process.
    serial: u64,
}

/// The serial number of the next document.
static NEXT_SERIAL: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

impl Document {
    /// A document for `project`, saved at `path` (so not dirty) or new (dirty only once
    /// changed).
    pub fn new(project: Project, path: Option<PathBuf>) -> Document {
        Document {
            project,
            path,
            history: History::new(),
            saved_state: Some(0),
            revision: 0,
            changed_at: None,
            autosaved_revision: 0,
            serial: NEXT_SERIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// A document restored from the recovery file: it has unsaved changes.
    pub fn recovered(project: Project, path: Option<PathBuf>) -> Document {
        let mut doc = Document::new(project, path);
        doc.saved_state = None;
        doc.revision = 1;
        doc
    }

    /// Bumped on every change (including undo and redo).
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The document and its revision: differs after any change and after another document
    /// replaced this one (whose revisions start again at 0), for caches of derived data.
    pub fn version(&self) -> (u64, u64) {
        (self.serial, self.revision)
    }

    /// True when the document differs from the saved file (or was never saved and changed).
    pub fn is_dirty(&self) -> bool {
        self.saved_state != Some(self.history.state())
    }

    /// Records that the document as it is now was saved to `path`.
    pub fn mark_saved(&mut self, path: &Path) {
        self.path = Some(path.to_owned());
        self.saved_state = Some(self.history.state());
        self.history.seal();
    }

    /// The undo history (labels for the Edit menu).
    pub fn history(&self) -> &History {
        &self.history
    }

    /// The name shown in the title bar: the file name without `.briefing.json`.
    pub fn display_name(&self) -> String {
        let Some(path) = &self.path else {
            return "Untitled".to_owned();
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        name.strip_suffix(".briefing.json")
            .or_else(|| name.strip_suffix(".json"))
            .unwrap_or(&name)
            .to_owned()
    }

    /// Applies an edit from a panel at time `now`.
    pub fn apply(&mut self, pending: PendingEdit, now: f64) -> Result<(), EditError> {
        self.history.apply(
            &mut self.project,
            pending.edit,
            &pending.label,
            pending.merge,
            now,
        )?;
        self.changed(now);
        Ok(())
    }

    /// Ends the current typing burst.
    pub fn seal(&mut self) {
        self.history.seal();
    }

    /// Undoes the last step; returns its label.
    pub fn undo(&mut self, now: f64) -> Result<Option<String>, EditError> {
        let label = self.history.undo(&mut self.project)?;
        if label.is_some() {
            self.changed(now);
        }
        Ok(label)
    }

    /// Redoes the last undone step; returns its label.
    pub fn redo(&mut self, now: f64) -> Result<Option<String>, EditError> {
        let label = self.history.redo(&mut self.project)?;
        if label.is_some() {
            self.changed(now);
        }
        Ok(label)
    }

    fn changed(&mut self, now: f64) {
        self.revision += 1;
        self.changed_at = Some(now);
    }
}
