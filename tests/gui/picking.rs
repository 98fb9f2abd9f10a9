//! Picking facts and quotes in the reader, targeting sections, reordering, undo and redo.

use super::{Bench, CMD, cmd_shift, open_samples};
use briefing::project::ItemKind;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

/// Index of the first sentence of the open article that carries a detected quote with a
/// speaker, and that speaker.
fn quoted_sentence(bench: &Bench) -> (usize, String) {
    let app = bench.app();
    let source = app
        .doc
        .project
        .source(app.view.active_source.unwrap())
        .unwrap();
    let a = &source.article;
    a.quotes
        .iter()
        .filter_map(|q| {
            let speaker = q.speaker.clone()?;
            let i = a
                .sentences
                .iter()
                .position(|s| s.start <= q.start && q.start < s.end)?;
            Some((i, speaker))
        })
        .next()
        .expect("the first sample has an attributed quote")
}

#[test]
fn click_a_sentence_and_press_f_adds_it_to_the_outline() {
    let mut b = open_samples();
    assert!(b.item_texts().is_empty());
    let text = b.sentence_text(1);
    assert_eq!(
        b.harness.get_all_by_label(&text).count(),
        1,
        "only the reader shows it"
    );
    b.click_sentence(1);
    let sel = b
        .app()
        .view
        .selection
        .expect("the click selected the sentence");
    assert_eq!(sel.end - sel.start, text.len());
    b.press(Key::F);
    assert_eq!(b.item_texts(), vec![text.clone()]);
    let p = &b.app().doc.project;
    assert_eq!(
        p.briefing.sections[0].items.len(),
        1,
        "into the current (first) section"
    );
    assert_eq!(p.briefing.sections[0].items[0].kind, ItemKind::Fact);
    // The outline now shows the item too.
    assert_eq!(b.harness.get_all_by_label(&text).count(), 2);
    assert!(
        b.app().title().starts_with('●'),
        "unsaved: {}",
        b.app().title()
    );
}

#[test]
fn shift_click_extends_the_selection_to_a_range_of_sentences() {
    let mut b = open_samples();
    b.click_sentence(1);
    let last = b.sentence_text(3);
    b.harness
        .get_by_label(&last)
        .click_modifiers(Modifiers::SHIFT);
    b.harness.run();
    b.press(Key::F);
    let texts = b.item_texts();
    assert_eq!(texts.len(), 1);
    assert!(texts[0].starts_with(&b.sentence_text(1)));
    assert!(texts[0].contains(&b.sentence_text(2)));
    assert!(texts[0].ends_with(&last));
}

#[test]
fn q_adds_a_quote_with_the_detected_speaker_prefilled_and_editable() {
    let mut b = open_samples();
    let (i, speaker) = quoted_sentence(&b);
    b.click_sentence(i);
    b.press(Key::Q);
    let field = b.harness.get_by_label("Speaker");
    assert_eq!(field.value().as_deref(), Some(speaker.as_str()));
    field.type_text(" (spokesman)");
    b.harness.run();
    b.harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Add quote")
        .click();
    b.harness.run();
    let p = &b.app().doc.project;
    let item = p.items().next().expect("the quote was added");
    assert_eq!(item.kind, ItemKind::Quote);
    assert_eq!(
        item.speaker.as_deref(),
        Some(format!("{speaker} (spokesman)").as_str())
    );
    let button = b
        .harness
        .query_by_role_and_label(egui::accesskit::Role::Button, "Add quote");
    assert!(button.is_none(), "the dialog closed");
    // The outline's editor of the new (selected) item shows the confirmed speaker.
    let editor = b.harness.get_by_label("Speaker");
    assert_eq!(editor.value(), Some(format!("{speaker} (spokesman)")));
}

#[test]
fn digit_keys_target_a_section() {
    let mut b = open_samples();
    b.press(Key::Num3);
    b.click_sentence(2);
    b.press(Key::F);
    let p = &b.app().doc.project;
    assert_eq!(p.briefing.sections[2].items.len(), 1);
    assert!(p.briefing.sections[0].items.is_empty());
}

#[test]
fn alt_arrows_reorder_and_undo_redo_restore_each_state() {
    let mut b = open_samples();
    b.click_sentence(1);
    b.press(Key::F);
    b.click_sentence(2);
    b.press(Key::F);
    let (one, two) = (b.sentence_text(1), b.sentence_text(2));
    assert_eq!(b.item_texts(), vec![one.clone(), two.clone()]);
    // The item just added is selected; move it up.
    b.press_with(Modifiers::ALT, Key::ArrowUp);
    assert_eq!(b.item_texts(), vec![two.clone(), one.clone()]);
    b.press_with(CMD, Key::Z);
    assert_eq!(b.item_texts(), vec![one.clone(), two.clone()]);
    b.press_with(CMD, Key::Z);
    assert_eq!(b.item_texts(), vec![one.clone()]);
    b.press_with(cmd_shift(), Key::Z);
    assert_eq!(b.item_texts(), vec![one.clone(), two.clone()]);
    b.press_with(CMD, Key::Y);
    assert_eq!(b.item_texts(), vec![two.clone(), one.clone()]);
    b.press_with(CMD, Key::Z);
    b.press_with(CMD, Key::Z);
    b.press_with(CMD, Key::Z);
    assert!(b.item_texts().is_empty());
    assert!(!b.app().doc.is_dirty(), "undone back to the opened state");
}
