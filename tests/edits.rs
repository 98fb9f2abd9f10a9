//! Edits and their inverses: for any sequence of edits, undoing them in reverse order
//! restores the project exactly and redoing them gives the edited project back; an edit
//! that cannot apply returns its error and changes nothing, a batch included.

mod recipes;

use crate::project::{ARTICLES, draft};
use briefing::files::import_source;
use briefing::project::{
    BriefingField, Edit, EditError, Item, ItemChange, ItemId, Project, Section, SectionId, Source,
    SourceId,
};
use proptest::prelude::*;
use recipes::{GHOST, Picker};
use std::sync::LazyLock;

/// The project every sequence starts from, and the articles edits may add.
static START: LazyLock<(Project, Vec<Source>)> = LazyLock::new(|| {
    let p = draft(&ARTICLES[..2]);
    let mut pool = vec![p.sources[0].clone()];
    for name in [ARTICLES[2], "ulsan_crane_euckr.txt"] {
        let path = crate::fixture(&format!("articles/{name}"));
        pool.push(import_source(&path, SourceId(0)).unwrap());
    }
    (p, pool)
});

/// A project is loadable: what save writes, load accepts, and gives back unchanged.
fn assert_loadable(p: &Project) {
    let bytes = serde_json::to_vec(p).unwrap();
    let back = briefing::store::parse(&bytes).unwrap_or_else(|e| panic!("{e}"));
    assert!(back == *p, "the loaded project differs");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn undo_restores_and_redo_replays(
        steps in prop::collection::vec(prop::array::uniform4(any::<u64>()), 1..40)
    ) {
        let (original, pool) = &*START;
        let mut p = original.clone();
        let mut undo = Vec::new();
        for words in &steps {
            let (edit, valid) = recipes::step(&p, pool, &mut Picker::new(words), 0);
            let before = p.clone();
            match p.apply(edit.clone()) {
                Ok(inverse) => {
                    prop_assert!(valid, "applied but should not: {:?}", edit);
                    undo.push(inverse);
                }
                Err(e) => {
                    prop_assert!(!valid, "refused ({}): {:?}", e, edit);
                    prop_assert!(p == before, "a refused edit changed the project");
                }
            }
        }
        assert_loadable(&p);
        let edited = p.clone();
        let mut redo = Vec::new();
        while let Some(inverse) = undo.pop() {
            redo.push(p.apply(inverse).unwrap());
        }
        prop_assert!(p == *original, "undo did not restore the project");
        while let Some(again) = redo.pop() {
            undo.push(p.apply(again).unwrap());
        }
        prop_assert!(p == edited, "redo did not give the edited project back");
        // And the redone steps undo once more.
        while let Some(inverse) = undo.pop() {
            p.apply(inverse).unwrap();
        }
        prop_assert!(p == *original, "second undo did not restore the project");
    }
}

/// Applies an edit that must fail with `want`, and checks the project did not change.
fn refused(p: &mut Project, edit: Edit, want: EditError) {
    let before = p.clone();
    let got = p.apply(edit.clone());
    assert_eq!(got, Err(want), "{edit:?}");
    assert!(*p == before, "refused edit changed the project: {edit:?}");
}

fn fixture_project() -> Project {
    START.0.clone()
}

fn first_item(p: &Project, section: usize) -> Item {
    p.briefing.sections[section].items[0].clone()
}

#[test]
fn edits_on_missing_items_say_no_item() {
    let mut p = fixture_project();
    let no = || EditError::NoItem(GHOST);
    let id = ItemId(GHOST);
    refused(&mut p, Edit::RemoveItem { id }, no());
    let change = ItemChange::Note(None);
    refused(&mut p, Edit::SetItem { id, change }, no());
    let section = SectionId(1);
    refused(
        &mut p,
        Edit::MoveItem {
            id,
            section,
            index: 0,
        },
        no(),
    );
}

#[test]
fn edits_on_missing_sections_say_no_section() {
    let mut p = fixture_project();
    let no = || EditError::NoSection(GHOST);
    let id = SectionId(GHOST);
    refused(&mut p, Edit::RemoveSection { id }, no());
    let title = "x".to_owned();
    refused(&mut p, Edit::RenameSection { id, title }, no());
    refused(&mut p, Edit::MoveSection { id, to: 0 }, no());
    let item = Item::from_sentences(p.fresh_item_id(), &p.sources[0], 5, 5).unwrap();
    let insert = Edit::InsertItem {
        section: id,
        index: 0,
        item,
    };
    refused(&mut p, insert, no());
    let existing = first_item(&p, 0).id;
    let to_nowhere = Edit::MoveItem {
        id: existing,
        section: id,
        index: 0,
    };
    refused(&mut p, to_nowhere, no());
}

#[test]
fn positions_past_the_end_say_bad_index() {
    let mut p = fixture_project();
    let bad = |index, len| EditError::BadIndex { index, len };
    let section = Section {
        id: p.fresh_section_id(),
        title: "Late".into(),
        items: Vec::new(),
    };
    let insert = Edit::InsertSection { index: 4, section };
    refused(&mut p, insert, bad(4, 3));
    // Positions count after the moved thing is taken out: the last of 3 is 2.
    let id = SectionId(1);
    refused(&mut p, Edit::MoveSection { id, to: 3 }, bad(3, 2));
    p.apply(Edit::MoveSection { id, to: 2 }).unwrap();
    let item = Item::from_sentences(p.fresh_item_id(), &p.sources[0], 5, 5).unwrap();
    let section = p.briefing.sections[0].id; // 2 items
    let insert = Edit::InsertItem {
        section,
        index: 3,
        item,
    };
    refused(&mut p, insert, bad(3, 2));
    let id = p.briefing.sections[0].items[0].id;
    let within = Edit::MoveItem {
        id,
        section,
        index: 2,
    };
    refused(&mut p, within, bad(2, 1));
    let source = START.1[2].clone();
    refused(&mut p, Edit::InsertSource { index: 3, source }, bad(3, 2));
}

#[test]
fn ids_in_use_say_duplicate_id() {
    let mut p = fixture_project();
    let taken = first_item(&p, 0);
    let fresh = p.fresh_item_id();
    let src = p.sources[1].clone();
    let new_item = |id| Item::from_sentences(id, &src, 6, 7).unwrap();
    let section = |id, items| Section {
        id,
        title: "More".into(),
        items,
    };
    let s = section(SectionId(2), vec![]);
    let insert = Edit::InsertSection {
        index: 0,
        section: s,
    };
    refused(&mut p, insert, EditError::DuplicateId(2));
    let s = section(
        p.fresh_section_id(),
        vec![new_item(fresh), new_item(taken.id)],
    );
    let insert = Edit::InsertSection {
        index: 0,
        section: s,
    };
    refused(&mut p, insert, EditError::DuplicateId(taken.id.0));
    // Two new items with the same new id.
    let s = section(p.fresh_section_id(), vec![new_item(fresh), new_item(fresh)]);
    let insert = Edit::InsertSection {
        index: 0,
        section: s,
    };
    refused(&mut p, insert, EditError::DuplicateId(fresh.0));
    let insert = Edit::InsertItem {
        section: SectionId(3),
        index: 0,
        item: new_item(taken.id),
    };
    refused(&mut p, insert, EditError::DuplicateId(taken.id.0));
    let source = p.sources[1].clone();
    let again = Edit::InsertSource { index: 0, source };
    refused(&mut p, again, EditError::DuplicateId(2));
}

#[test]
fn sources_must_exist_and_cited_ones_stay() {
    let mut p = fixture_project();
    let mut item = Item::from_sentences(p.fresh_item_id(), &p.sources[0], 2, 2).unwrap();
    item.provenance.source = SourceId(GHOST);
    let section = SectionId(1);
    let insert = Edit::InsertItem {
        section,
        index: 0,
        item,
    };
    refused(&mut p, insert, EditError::NoSource(GHOST));
    let id = SourceId(GHOST);
    refused(
        &mut p,
        Edit::RemoveSource { id },
        EditError::NoSource(GHOST),
    );
    let id = SourceId(2);
    let in_use = EditError::SourceInUse { id: 2, uses: 3 };
    assert!(in_use.to_string().contains("cited by 3 item(s)"));
    refused(&mut p, Edit::RemoveSource { id }, in_use);
    // Removing its items first, as one step, then the source, undoes as one step.
    let original = p.clone();
    let cited = p.items().filter(|i| i.provenance.source == id);
    let mut edits: Vec<Edit> = cited.map(|i| Edit::RemoveItem { id: i.id }).collect();
    edits.push(Edit::RemoveSource { id });
    let undo = p.apply(Edit::Batch(edits)).unwrap();
    assert_eq!((p.sources.len(), p.items().count()), (1, 3));
    p.apply(undo).unwrap();
    assert!(p == original);
}

#[test]
fn a_batch_applies_all_or_nothing() {
    let mut p = fixture_project();
    let item = first_item(&p, 1);
    let title = || Edit::SetField {
        field: BriefingField::Title,
        value: "New".into(),
    };
    let moved = || Edit::MoveItem {
        id: item.id,
        section: SectionId(3),
        index: 0,
    };
    let removed = || Edit::RemoveItem { id: item.id };
    let ghost = || Edit::RemoveItem { id: ItemId(GHOST) };
    let nested = Edit::Batch(vec![removed(), ghost()]);
    let no_ghost = EditError::NoItem(GHOST);
    for (failing, want) in [
        (vec![title(), moved(), ghost()], no_ghost.clone()),
        (vec![title(), Edit::Batch(vec![moved()]), nested], no_ghost),
        (vec![removed(), moved()], EditError::NoItem(item.id.0)),
    ] {
        refused(&mut p, Edit::Batch(failing), want);
    }
    // An empty batch is a no-op undone by an empty batch; a good one undoes in reverse.
    assert_eq!(p.apply(Edit::Batch(vec![])), Ok(Edit::Batch(vec![])));
    let original = p.clone();
    let undo = p
        .apply(Edit::Batch(vec![title(), moved(), removed()]))
        .unwrap();
    let Edit::Batch(inverses) = &undo else {
        panic!("{undo:?}")
    };
    assert!(matches!(
        inverses[0],
        Edit::InsertItem {
            section: SectionId(3),
            index: 0,
            ..
        }
    ));
    assert!(matches!(inverses[2], Edit::SetField { .. }));
    p.apply(undo).unwrap();
    assert!(p == original);
}
