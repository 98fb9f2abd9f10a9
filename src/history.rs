//! Undo and redo over [`Edit`]s, with typing bursts merged into one step.
//!
//! Applying an [`Edit`] returns its inverse (helix's `Transaction` idea); the history keeps
//! those inverses. Undoing applies the top inverse and keeps *its* inverse for redo. A text
//! field edited keystroke by keystroke would otherwise cost one undo step per character,
//! so an edit may carry a [`MergeKey`]: when the previous step has the same key and came
//! less than [`MERGE_WINDOW`] seconds earlier, the new change joins it (the older inverse,
//! which restores the text from before the burst, is kept).
//!
//! Every document state gets a number ([`History::state`]); the app records the number it
//! last saved and compares, so "unsaved" is exact even after undoing back to the saved
//! state. This module is pure: time is passed in, nothing touches egui or the disk.

use crate::project::edit::{BriefingField, Edit, EditError};
use crate::project::{ItemId, Project, SectionId};

/// Seconds within which edits with the same [`MergeKey`] join one undo step.
pub const MERGE_WINDOW: f64 = 1.5;

/// Steps kept on the undo stack; the oldest are dropped beyond this.
pub const MAX_STEPS: usize = 2000;

/// What a typed edit changes, so consecutive keystrokes in one field merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MergeKey {
    /// A briefing front-matter field.
    Field(BriefingField),
    /// A section's title.
    SectionTitle(SectionId),
    /// One of an item's text fields, told apart by `field` (0 speaker, 1 note,
    /// 2 paraphrase, 3 tags).
    Item(ItemId, u8),
}

/// One undoable step.
#[derive(Debug, Clone)]
struct Step {
    /// The edit that goes back (for the undo stack) or forward (for the redo stack).
    edit: Edit,
    /// Shown in the Edit menu: "Undo Add fact".
    label: String,
    merge: Option<MergeKey>,
    /// When the step was last extended (seconds, the caller's clock).
    at: f64,
    /// Document state numbers before and after the step (in the stack's direction).
    from: u64,
    to: u64,
}

/// The undo and redo stacks of one open project.
#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    state: u64,
    next_state: u64,
}

impl History {
    /// An empty history at state 0.
    pub fn new() -> History {
        History::default()
    }

    /// The number of the current document state. Equal numbers mean equal documents.
    pub fn state(&self) -> u64 {
        self.state
    }

    /// Applies `edit` to `project` as a new step labelled `label` (or as part of the
    /// previous step, see [`MergeKey`]); `now` is a clock in seconds. Clears the redo
    /// stack. On error nothing changed.
    pub fn apply(
        &mut self,
        project: &mut Project,
        edit: Edit,
        label: &str,
        merge: Option<MergeKey>,
        now: f64,
    ) -> Result<(), EditError> {
        let inverse = project.apply(edit)?;
        self.redo.clear();
        let to = self.fresh_state();
        if let (Some(key), Some(top)) = (merge, self.undo.last_mut())
            && top.merge == Some(key)
            && top.to == self.state
            && now - top.at < MERGE_WINDOW
        {
            top.at = now;
            top.to = to;
            self.state = to;
            return Ok(());
        }
        self.undo.push(Step {
            edit: inverse,
            label: label.to_owned(),
            merge,
            at: now,
            from: self.state,
            to,
        });
        if self.undo.len() > MAX_STEPS {
            self.undo.remove(0);
        }
        self.state = to;
        Ok(())
    }

    /// Ends the current typing burst: the next edit starts a new step even with the same
    /// key (called when a text field loses focus).
    pub fn seal(&mut self) {
        if let Some(top) = self.undo.last_mut() {
            top.merge = None;
        }
    }

    /// Undoes the last step; returns its label, or `None` when there is nothing to undo.
    pub fn undo(&mut self, project: &mut Project) -> Result<Option<String>, EditError> {
        Self::step(project, &mut self.undo, &mut self.redo, &mut self.state)
    }

    /// Redoes the last undone step; returns its label.
    pub fn redo(&mut self, project: &mut Project) -> Result<Option<String>, EditError> {
        Self::step(project, &mut self.redo, &mut self.undo, &mut self.state)
    }

    fn step(
        project: &mut Project,
        from: &mut Vec<Step>,
        to: &mut Vec<Step>,
        state: &mut u64,
    ) -> Result<Option<String>, EditError> {
        let Some(step) = from.pop() else {
            return Ok(None);
        };
        let back = match project.apply(step.edit.clone()) {
            Ok(back) => back,
            Err(e) => {
                from.push(step);
                return Err(e);
            }
        };
        *state = step.from;
        let label = step.label.clone();
        to.push(Step {
            edit: back,
            label: step.label,
            merge: None,
            at: step.at,
            from: step.to,
            to: step.from,
        });
        Ok(Some(label))
    }

    /// Label of the step [`History::undo`] would undo.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|s| s.label.as_str())
    }

    /// Label of the step [`History::redo`] would redo.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.as_str())
    }

    /// Number of steps that can be undone.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Number of steps that can be redone.
    pub fn redo_len(&self) -> usize {
        self.redo.len()
    }

    fn fresh_state(&mut self) -> u64 {
        self.next_state += 1;
        self.next_state
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(p: &Project) -> &str {
        &p.briefing.title
    }

    fn set_title(h: &mut History, p: &mut Project, t: &str, now: f64) {
        let edit = Edit::SetField {
            field: BriefingField::Title,
            value: t.to_owned(),
        };
        let key = Some(MergeKey::Field(BriefingField::Title));
        h.apply(p, edit, "Edit title", key, now).unwrap();
    }

    #[test]
    fn typing_burst_is_one_step_and_pauses_split_it() {
        let mut p = Project::new("A");
        let mut h = History::new();
        let saved = h.state();
        for (i, t) in ["AB", "ABC", "ABCD"].iter().enumerate() {
            set_title(&mut h, &mut p, t, i as f64 * 0.3);
        }
        set_title(&mut h, &mut p, "ABCDE", 10.0); // after a pause: a new step
        assert_eq!(h.undo_len(), 2);
        assert_eq!(h.undo(&mut p).unwrap().as_deref(), Some("Edit title"));
        assert_eq!(title(&p), "ABCD");
        h.undo(&mut p).unwrap();
        assert_eq!(title(&p), "A");
        assert_eq!(h.state(), saved, "back at the saved state");
        assert_eq!(h.undo(&mut p).unwrap(), None);
        h.redo(&mut p).unwrap();
        assert_eq!(title(&p), "ABCD");
        assert_ne!(h.state(), saved);
        h.redo(&mut p).unwrap();
        assert_eq!(title(&p), "ABCDE");
        assert_eq!(h.redo(&mut p).unwrap(), None);
    }

    #[test]
    fn seal_and_other_keys_split_bursts_and_new_edits_clear_redo() {
        let mut p = Project::new("A");
        let mut h = History::new();
        set_title(&mut h, &mut p, "AB", 0.0);
        h.seal();
        set_title(&mut h, &mut p, "ABC", 0.1);
        let edit = Edit::SetField {
            field: BriefingField::Author,
            value: "desk".into(),
        };
        let key = Some(MergeKey::Field(BriefingField::Author));
        h.apply(&mut p, edit, "Edit author", key, 0.2).unwrap();
        assert_eq!(h.undo_len(), 3);
        h.undo(&mut p).unwrap();
        assert_eq!(h.redo_len(), 1);
        set_title(&mut h, &mut p, "X", 0.3);
        assert_eq!(h.redo_len(), 0);
        assert_eq!(p.briefing.author, "");
    }

    #[test]
    fn failed_edit_changes_nothing() {
        let mut p = Project::new("A");
        let mut h = History::new();
        let before = (p.clone(), h.state());
        let bad = Edit::RemoveSection { id: SectionId(99) };
        assert!(h.apply(&mut p, bad, "Remove", None, 0.0).is_err());
        assert_eq!((p, h.state()), before);
        assert_eq!(h.undo_len(), 0);
    }

    #[test]
    fn states_differ_for_different_documents_after_undo_and_new_edit() {
        let mut p = Project::new("A");
        let mut h = History::new();
        set_title(&mut h, &mut p, "B", 0.0);
        let b = h.state();
        h.undo(&mut p).unwrap();
        set_title(&mut h, &mut p, "C", 5.0);
        assert_ne!(
            h.state(),
            b,
            "a different document must get a different number"
        );
    }
}
