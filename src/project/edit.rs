//! Document changes as values: every change to a [`Project`] is an [`Edit`], and applying
//! an edit returns its inverse.
//!
//! This is helix's `Transaction` idea applied to a briefing: the desktop app's panels only
//! read the project and push edits; the app applies them once a frame and keeps the
//! returned inverses on its undo stack (and the inverses of those on the redo stack). Edits
//! address sections and items by id, not by position, so an edit queued by one panel stays
//! valid whatever another panel showed. An edit that cannot apply changes nothing and
//! returns an [`EditError`]; a [`Edit::Batch`] applies all of its edits or none.

use super::{Item, ItemId, ItemKind, Project, Section, SectionId, Source, SourceId};
use serde::{Deserialize, Serialize};

/// One of the briefing's free-text front-matter fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BriefingField {
    /// [`super::Briefing::title`].
    Title,
    /// [`super::Briefing::subtitle`].
    Subtitle,
    /// [`super::Briefing::author`].
    Author,
    /// [`super::Briefing::date`].
    Date,
    /// [`super::Briefing::marking`].
    Marking,
    /// [`super::Briefing::summary`].
    Summary,
}

/// A change to one item's analyst-editable fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemChange {
    /// Fact or quote.
    Kind(ItemKind),
    /// Who said it.
    Speaker(Option<String>),
    /// The analyst's note.
    Note(Option<String>),
    /// The analyst's rewording.
    Paraphrase(Option<String>),
    /// The tags.
    Tags(Vec<String>),
}

/// A document change. Applying it with [`Project::apply`] returns the edit that undoes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(
    clippy::large_enum_variant,
    reason = "a few hundred bytes per undo step; boxing would burden every edit built"
)]
pub enum Edit {
    /// Replace a front-matter field.
    SetField {
        /// Which field.
        field: BriefingField,
        /// The new text.
        value: String,
    },
    /// Insert a section at `index` (0 ..= number of sections).
    InsertSection {
        /// Position among the sections.
        index: usize,
        /// The section, with its items.
        section: Section,
    },
    /// Delete a section and the items in it.
    RemoveSection {
        /// The section.
        id: SectionId,
    },
    /// Rename a section.
    RenameSection {
        /// The section.
        id: SectionId,
        /// The new heading.
        title: String,
    },
    /// Move a section to position `to` (counted after it is taken out).
    MoveSection {
        /// The section.
        id: SectionId,
        /// The new position.
        to: usize,
    },
    /// Insert an item into a section at `index`.
    InsertItem {
        /// The section.
        section: SectionId,
        /// Position in the section (0 ..= its length).
        index: usize,
        /// The item; its id must be unused and its source present.
        item: Item,
    },
    /// Delete an item.
    RemoveItem {
        /// The item.
        id: ItemId,
    },
    /// Move an item to `index` of `section` (counted after it is taken out).
    MoveItem {
        /// The item.
        id: ItemId,
        /// The target section (may be its own).
        section: SectionId,
        /// The new position there.
        index: usize,
    },
    /// Change an item's editable fields.
    SetItem {
        /// The item.
        id: ItemId,
        /// The change.
        change: ItemChange,
    },
    /// Add an article at `index` of the source list.
    InsertSource {
        /// Position in the source list.
        index: usize,
        /// The article; its id must be unused.
        source: Source,
    },
    /// Remove an article no item cites.
    RemoveSource {
        /// The source.
        id: SourceId,
    },
    /// Several edits as one undo step; all apply or none.
    Batch(Vec<Edit>),
}

/// Why an edit could not apply. The project is unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// No item has this id.
    #[error("there is no item {0}")]
    NoItem(u64),
    /// No section has this id.
    #[error("there is no section {0}")]
    NoSection(u64),
    /// No source has this id.
    #[error("there is no source {0}")]
    NoSource(u64),
    /// A position past the end of its list.
    #[error("position {index} is past the end of a list of {len}")]
    BadIndex {
        /// The position asked for.
        index: usize,
        /// The list length.
        len: usize,
    },
    /// The id of an inserted item, section or source is already used.
    #[error("id {0} is already in use")]
    DuplicateId(u64),
    /// A source cannot be removed while items cite it.
    #[error("source {id} is cited by {uses} item(s); remove them first")]
    SourceInUse {
        /// The source.
        id: u64,
        /// How many items cite it.
        uses: usize,
    },
}

fn check_index(index: usize, len: usize) -> Result<(), EditError> {
    if index > len {
        Err(EditError::BadIndex { index, len })
    } else {
        Ok(())
    }
}

impl Project {
    /// Applies an edit and returns its inverse; on error nothing changed.
    pub fn apply(&mut self, edit: Edit) -> Result<Edit, EditError> {
        match edit {
            Edit::SetField { field, value } => {
                let slot = self.field_mut(field);
                let old = std::mem::replace(slot, value);
                Ok(Edit::SetField { field, value: old })
            }
            Edit::InsertSection { index, section } => {
                check_index(index, self.briefing.sections.len())?;
                if self.section(section.id).is_some() {
                    return Err(EditError::DuplicateId(section.id.0));
                }
                for (n, item) in section.items.iter().enumerate() {
                    self.check_new_item(item)?;
                    // The new items must not share ids among themselves either.
                    if section.items[..n].iter().any(|i| i.id == item.id) {
                        return Err(EditError::DuplicateId(item.id.0));
                    }
                }
                let id = section.id;
                self.briefing.sections.insert(index, section);
                Ok(Edit::RemoveSection { id })
            }
            Edit::RemoveSection { id } => {
                let index = self.section_index(id)?;
                let section = self.briefing.sections.remove(index);
                Ok(Edit::InsertSection { index, section })
            }
            Edit::RenameSection { id, title } => {
                let index = self.section_index(id)?;
                let old = std::mem::replace(&mut self.briefing.sections[index].title, title);
                Ok(Edit::RenameSection { id, title: old })
            }
            Edit::MoveSection { id, to } => {
                let from = self.section_index(id)?;
                check_index(to, self.briefing.sections.len() - 1)?;
                let section = self.briefing.sections.remove(from);
                self.briefing.sections.insert(to, section);
                Ok(Edit::MoveSection { id, to: from })
            }
            Edit::InsertItem {
                section,
                index,
                item,
            } => {
                let s = self.section_index(section)?;
                check_index(index, self.briefing.sections[s].items.len())?;
                self.check_new_item(&item)?;
                let id = item.id;
                self.briefing.sections[s].items.insert(index, item);
                Ok(Edit::RemoveItem { id })
            }
            Edit::RemoveItem { id } => {
                let (s, i) = self.item_position(id)?;
                let item = self.briefing.sections[s].items.remove(i);
                let section = self.briefing.sections[s].id;
                Ok(Edit::InsertItem {
                    section,
                    index: i,
                    item,
                })
            }
            Edit::MoveItem { id, section, index } => {
                let (s, i) = self.item_position(id)?;
                let t = self.section_index(section)?;
                let len = self.briefing.sections[t].items.len() - usize::from(s == t);
                check_index(index, len)?;
                let item = self.briefing.sections[s].items.remove(i);
                self.briefing.sections[t].items.insert(index, item);
                let back = self.briefing.sections[s].id;
                Ok(Edit::MoveItem {
                    id,
                    section: back,
                    index: i,
                })
            }
            Edit::SetItem { id, change } => {
                let (s, i) = self.item_position(id)?;
                let item = &mut self.briefing.sections[s].items[i];
                let old = match change {
                    ItemChange::Kind(k) => ItemChange::Kind(std::mem::replace(&mut item.kind, k)),
                    ItemChange::Speaker(v) => {
                        ItemChange::Speaker(std::mem::replace(&mut item.speaker, v))
                    }
                    ItemChange::Note(v) => ItemChange::Note(std::mem::replace(&mut item.note, v)),
                    ItemChange::Paraphrase(v) => {
                        ItemChange::Paraphrase(std::mem::replace(&mut item.paraphrase, v))
                    }
                    ItemChange::Tags(v) => ItemChange::Tags(std::mem::replace(&mut item.tags, v)),
                };
                Ok(Edit::SetItem { id, change: old })
            }
            Edit::InsertSource { index, source } => {
                check_index(index, self.sources.len())?;
                if self.source(source.id).is_some() {
                    return Err(EditError::DuplicateId(source.id.0));
                }
                let id = source.id;
                self.sources.insert(index, source);
                Ok(Edit::RemoveSource { id })
            }
            Edit::RemoveSource { id } => {
                let index = self
                    .sources
                    .iter()
                    .position(|s| s.id == id)
                    .ok_or(EditError::NoSource(id.0))?;
                let uses = self.uses_of(id);
                if uses > 0 {
                    return Err(EditError::SourceInUse { id: id.0, uses });
                }
                let source = self.sources.remove(index);
                Ok(Edit::InsertSource { index, source })
            }
            Edit::Batch(edits) => self.apply_batch(edits),
        }
    }

    /// Applies edits in order; if one fails, undoes the ones already applied.
    fn apply_batch(&mut self, edits: Vec<Edit>) -> Result<Edit, EditError> {
        let mut inverses = Vec::with_capacity(edits.len());
        for edit in edits {
            match self.apply(edit) {
                Ok(inverse) => inverses.push(inverse),
                Err(e) => {
                    for inverse in inverses.into_iter().rev() {
                        // Inverses of edits that just applied always apply.
                        let _ = self.apply(inverse);
                    }
                    return Err(e);
                }
            }
        }
        inverses.reverse();
        Ok(Edit::Batch(inverses))
    }

    fn field_mut(&mut self, field: BriefingField) -> &mut String {
        let b = &mut self.briefing;
        match field {
            BriefingField::Title => &mut b.title,
            BriefingField::Subtitle => &mut b.subtitle,
            BriefingField::Author => &mut b.author,
            BriefingField::Date => &mut b.date,
            BriefingField::Marking => &mut b.marking,
            BriefingField::Summary => &mut b.summary,
        }
    }

    /// The text of a front-matter field.
    pub fn field(&self, field: BriefingField) -> &str {
        let b = &self.briefing;
        match field {
            BriefingField::Title => &b.title,
            BriefingField::Subtitle => &b.subtitle,
            BriefingField::Author => &b.author,
            BriefingField::Date => &b.date,
            BriefingField::Marking => &b.marking,
            BriefingField::Summary => &b.summary,
        }
    }

    fn section_index(&self, id: SectionId) -> Result<usize, EditError> {
        self.briefing
            .sections
            .iter()
            .position(|s| s.id == id)
            .ok_or(EditError::NoSection(id.0))
    }

    /// Section index and position of an item.
    pub fn item_position(&self, id: ItemId) -> Result<(usize, usize), EditError> {
        self.briefing
            .sections
            .iter()
            .enumerate()
            .find_map(|(s, sec)| sec.items.iter().position(|i| i.id == id).map(|i| (s, i)))
            .ok_or(EditError::NoItem(id.0))
    }

    fn check_new_item(&self, item: &Item) -> Result<(), EditError> {
        if self.item(item.id).is_some() {
            return Err(EditError::DuplicateId(item.id.0));
        }
        if self.source(item.provenance.source).is_none() {
            return Err(EditError::NoSource(item.provenance.source.0));
        }
        Ok(())
    }
}
