//! Panel-level tests of the outline, driven through AccessKit with egui_kittest: the
//! outline over a project drafted from the bundled samples, its outbox applied after each
//! frame as the app would.

use super::Outline;
use crate::app::commands::UiCommand;
use crate::app::state::{Outbox, PendingEdit, ViewState};
use crate::history::MergeKey;
use crate::project::edit::{BriefingField, Edit, ItemChange};
use crate::project::{ItemId, Project};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The outline and what it pushed.
struct Panel {
    outline: Outline,
    project: Project,
    view: ViewState,
    edits: Vec<PendingEdit>,
    commands: Vec<UiCommand>,
    seals: usize,
}

fn drafted() -> Project {
    crate::draft::draft(crate::samples::sample_project().sources, None, "2025-05-01")
}

fn harness(project: Project) -> Harness<'static, Panel> {
    let panel = Panel {
        outline: Outline::default(),
        project,
        view: ViewState::default(),
        edits: Vec::new(),
        commands: Vec::new(),
        seals: 0,
    };
    Harness::builder()
        .with_size(egui::vec2(520.0, 2400.0))
        // No emoji font headless (the app gets one from the system).
        .allow_missing_glyphs()
        .build_ui_state(
            |ui, p: &mut Panel| {
                let mut out = Outbox::default();
                p.outline.show(ui, &p.project, &mut p.view, &mut out);
                for e in &out.edits {
                    p.project.apply(e.edit.clone()).unwrap();
                }
                p.edits.extend(out.edits);
                p.commands.extend(out.commands);
                p.seals += usize::from(out.seal);
            },
            panel,
        )
}

fn first_item(p: &Project) -> (ItemId, String) {
    let item = &p.briefing.sections[0].items[0];
    (item.id, item.shown_text().to_owned())
}

#[test]
fn clicking_an_item_selects_it_and_jumps_to_its_article() {
    let project = drafted();
    let (id, text) = first_item(&project);
    let mut h = harness(project);
    h.run();
    h.get_by_label(&text).click();
    h.run();
    let p = h.state();
    assert_eq!(p.view.selected_item, Some(id));
    let Some((_, item)) = p.project.item(id) else {
        panic!("item gone")
    };
    assert_eq!(p.view.active_source, Some(item.provenance.source));
    assert_eq!(
        p.view.scroll_to,
        Some(item.provenance.start..item.provenance.end)
    );
}

#[test]
fn typing_a_note_pushes_a_typed_set_item_edit() {
    let project = drafted();
    let (id, text) = first_item(&project);
    let mut h = harness(project);
    h.run();
    h.get_by_label(&text).click();
    h.run();
    h.get_by_label("Note").focus();
    h.run();
    h.get_by_label("Note").type_text("Check the figure");
    h.run();
    let p = h.state();
    let last = p.edits.last().map(|e| (&e.edit, e.merge));
    assert_eq!(
        last,
        Some((
            &Edit::SetItem {
                id,
                change: ItemChange::Note(Some("Check the figure".to_owned())),
            },
            Some(MergeKey::Item(id, 1))
        ))
    );
    // The field is bound to the project: it shows what was applied.
    assert_eq!(
        h.get_by_label("Note").value().as_deref(),
        Some("Check the figure")
    );
}

#[test]
fn the_n_key_selects_the_item_and_focuses_its_note() {
    let project = drafted();
    let id = project.briefing.sections[1].items[0].id;
    let mut h = harness(project);
    h.run();
    h.state_mut().view.edit_note = Some(id);
    h.run();
    assert_eq!(h.state().view.selected_item, Some(id));
    assert_eq!(h.state().view.edit_note, None);
    assert!(h.get_by_label("Note").is_focused());
}

#[test]
fn typing_the_title_is_a_typed_field_edit_sealed_on_blur() {
    let mut h = harness(drafted());
    h.run();
    h.get_by_label("Briefing title").focus();
    h.run();
    h.get_by_label("Briefing title").type_text("!");
    h.run();
    let p = h.state();
    let Some(last) = p.edits.last() else {
        panic!("no edit pushed")
    };
    assert_eq!(last.merge, Some(MergeKey::Field(BriefingField::Title)));
    assert!(p.project.briefing.title.ends_with('!'));
    assert_eq!(p.seals, 0);
    h.get_by_label("Summary").focus();
    h.run();
    assert!(h.state().seals > 0, "leaving the field seals the burst");
}

#[test]
fn dragging_an_item_onto_an_empty_section_moves_it_there() {
    let project = drafted();
    let (id, text) = first_item(&project);
    let target = project.briefing.sections[2].id;
    assert!(project.briefing.sections[2].items.is_empty());
    let mut h = harness(project);
    h.run();
    let from = h.get_by_label(&text).rect().center();
    let to = h.get_by_label("Empty: drag items here").rect().center();
    h.drag_at(from);
    h.run();
    h.hover_at(from + egui::vec2(0.0, 20.0));
    h.run();
    h.hover_at(to);
    h.run();
    h.drop_at(to);
    h.run();
    let p = h.state();
    let moves: Vec<&Edit> = p
        .edits
        .iter()
        .map(|e| &e.edit)
        .filter(|e| matches!(e, Edit::MoveItem { .. }))
        .collect();
    assert_eq!(
        moves,
        vec![&Edit::MoveItem {
            id,
            section: target,
            index: 0
        }]
    );
    assert_eq!(p.project.briefing.sections[2].items[0].id, id);
}

#[test]
fn section_buttons_push_delete_edit_and_new_section_command() {
    let project = drafted();
    let quotes = project.briefing.sections[1].id;
    let mut h = harness(project);
    h.run();
    let Some(delete) = h.get_all_by_label("Delete section").nth(1) else {
        panic!("three sections, three delete buttons")
    };
    delete.click();
    h.run();
    h.get_by_label("+ Section").click();
    h.run();
    let p = h.state();
    let edits: Vec<&Edit> = p.edits.iter().map(|e| &e.edit).collect();
    assert_eq!(edits, vec![&Edit::RemoveSection { id: quotes }]);
    assert_eq!(p.commands, vec![UiCommand::NewSection]);
}

#[test]
fn an_empty_briefing_shows_the_hint() {
    let mut h = harness(Project::new("Empty"));
    h.run();
    h.get_by_label(super::EMPTY_HINT);
}
