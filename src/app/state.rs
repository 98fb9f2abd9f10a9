//! What the panels share that is not the document: selection, focus, search, tabs; and
//! the [`Outbox`] they push document edits and commands into.
//!
//! The document ([`crate::project::Project`]) is only ever changed by the app applying
//! [`Edit`]s once a frame. Panels read it, may change this view state directly (which
//! article is open, what is selected — nothing that needs undo), and push edits and
//! commands into the outbox.

use super::commands::UiCommand;
use crate::corroborate::grounding::Field;
use crate::history::MergeKey;
use crate::pick::Selection;
use crate::project::edit::Edit;
use crate::project::{ItemId, SectionId, SourceId};
use std::ops::Range;

/// Which tab the right panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum RightTab {
    /// The briefing outline: sections and items.
    #[default]
    Outline,
    /// The rendered briefing.
    Preview,
    /// Matched facts and discrepancies across the sources, and the grounding check.
    Corroboration,
}

/// A search over the open article or all of them.
#[derive(Debug, Clone, Default)]
pub struct Search {
    /// The text searched for.
    pub query: String,
    /// Whether the search box is shown.
    pub open: bool,
    /// Set for one frame to put the keyboard focus into the search box.
    pub focus: bool,
    /// Hits in the open article (byte ranges), recomputed when the query or article changes.
    pub hits: Vec<Range<usize>>,
    /// The hit the reader scrolls to (index into `hits`).
    pub current: usize,
    /// Hits per article across the project: (source, count), for the library.
    pub per_source: Vec<(SourceId, usize)>,
    /// The query and article the hits were computed for.
    pub computed_for: Option<(String, Option<SourceId>, usize)>,
}

/// The view state shared by the panels.
#[derive(Debug, Clone, Default)]
pub struct ViewState {
    /// The article in the reader.
    pub active_source: Option<SourceId>,
    /// The reader's selection (a sentence, a sentence range, or a dragged span).
    pub selection: Option<Selection>,
    /// The sentence a shift-click extends from.
    pub anchor_sentence: Option<usize>,
    /// The item selected in the outline.
    pub selected_item: Option<ItemId>,
    /// The section new items go to.
    pub current_section: Option<SectionId>,
    /// Show removed boilerplate in the reader.
    pub show_removed: bool,
    /// The search box.
    pub search: Search,
    /// A byte range of the active article the reader should scroll to (set for one frame).
    pub scroll_to: Option<Range<usize>>,
    /// The right panel's tab.
    pub right_tab: RightTab,
    /// The library's filter text.
    pub library_filter: String,
    /// Set for one frame to open the note editor of the selected item.
    pub edit_note: Option<ItemId>,
    /// Set until the outline shows it: the analyst's field to focus, and the byte span in
    /// it to select (an entry of the grounding check).
    pub fix: Option<(Field, Range<usize>)>,
}

impl ViewState {
    /// Opens `source` in the reader at byte range `range` and selects it.
    pub fn jump_to(&mut self, source: SourceId, range: Range<usize>) {
        self.active_source = Some(source);
        self.selection = Some(Selection {
            source,
            start: range.start,
            end: range.end,
        });
        self.anchor_sentence = None;
        self.scroll_to = Some(range);
    }
}

/// An edit waiting to be applied, with its undo label and merge key.
#[derive(Debug, Clone)]
pub struct PendingEdit {
    /// The change.
    pub edit: Edit,
    /// Shown as "Undo {label}".
    pub label: String,
    /// Typing bursts with the same key merge into one undo step.
    pub merge: Option<MergeKey>,
}

/// What the panels ask of the app this frame.
#[derive(Debug, Default)]
pub struct Outbox {
    /// Document edits, applied in order after the panels ran.
    pub edits: Vec<PendingEdit>,
    /// Commands, executed after the edits.
    pub commands: Vec<UiCommand>,
    /// Set when a text field lost focus: ends the typing burst.
    pub seal: bool,
}

impl Outbox {
    /// Queues an edit as its own undo step.
    pub fn edit(&mut self, edit: Edit, label: &str) {
        self.edits.push(PendingEdit {
            edit,
            label: label.to_owned(),
            merge: None,
        });
    }

    /// Queues a typed edit that merges with the previous one of the same key.
    pub fn typed(&mut self, edit: Edit, label: &str, key: MergeKey) {
        self.edits.push(PendingEdit {
            edit,
            label: label.to_owned(),
            merge: Some(key),
        });
    }

    /// Queues a command.
    pub fn command(&mut self, command: UiCommand) {
        self.commands.push(command);
    }
}
