//! Files: export, opening bad articles, save and the title bar, closing with unsaved
//! changes, and crash recovery.

use super::{CMD, open_in, open_samples, open_with_autosave};
use briefing::app::Launch;
use briefing::app::dialogs::{DialogAnswer, DialogRequest};
use briefing::export::ExportFormat;
use egui::Key;
use egui_kittest::kittest::Queryable;

#[test]
fn export_writes_the_chosen_file_with_the_picked_fact() {
    let mut b = open_samples();
    b.click_sentence(1);
    b.press(Key::F);
    let dir = crate::export::tempdir();
    let out = dir.join("brief.md");
    b.dialogs.push(DialogAnswer::Export(
        ExportFormat::Markdown,
        Some(out.clone()),
    ));
    b.press_with(CMD, Key::E);
    assert!(matches!(
        b.dialogs.asked().last(),
        Some(DialogRequest::Export {
            format: ExportFormat::Markdown,
            ..
        })
    ));
    let md = std::fs::read_to_string(&out).expect("the export was written");
    assert!(md.starts_with("# Kesh Dam opening"), "{md}");
    let sentence = b.sentence_text(1);
    let word = sentence.split_whitespace().max_by_key(|w| w.len()).unwrap();
    assert!(md.contains(word), "the fact is in the export: {md}");
    assert!(
        b.notices().iter().any(|n| n.contains("brief.md")),
        "{:?}",
        b.notices()
    );
}

#[test]
fn a_bad_file_gives_a_notification_and_the_good_ones_still_open() {
    let mut b = open_samples();
    let dir = crate::export::tempdir();
    let missing = dir.join("missing.txt");
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let good = dir.join("good.txt");
    std::fs::write(
        &good,
        "Good news\n\nLONDON (Wire) - A good thing happened today.\n",
    )
    .unwrap();
    b.dialogs.push(DialogAnswer::Articles(vec![
        missing.clone(),
        empty.clone(),
        good,
    ]));
    b.harness.get_by_label("➕ Open…").click();
    b.harness.run();
    let notes = b.notices();
    assert!(notes.iter().any(|n| n.contains("missing.txt")), "{notes:?}");
    assert!(notes.iter().any(|n| n.contains("empty.txt")), "{notes:?}");
    let p = &b.app().doc.project;
    assert_eq!(p.sources.len(), 7, "the good file opened");
    assert_eq!(b.app().view.active_source, Some(p.sources[6].id));
    // The notification is on screen, not only in the model.
    assert!(b.harness.query_by_label_contains("missing.txt").is_some());
}

#[test]
fn save_clears_the_unsaved_mark_and_the_file_loads_back() {
    let mut b = open_samples();
    assert!(!b.app().title().starts_with('●'));
    b.click_sentence(1);
    b.press(Key::F);
    assert!(b.app().title().starts_with('●'));
    let dir = crate::export::tempdir();
    b.dialogs
        .push(DialogAnswer::SaveProject(Some(dir.join("kesh"))));
    b.press_with(CMD, Key::S);
    let path = dir.join("kesh.briefing.json");
    assert!(
        b.app().title().starts_with("kesh — Briefing"),
        "{}",
        b.app().title()
    );
    let loaded = briefing::store::load(&path).unwrap();
    assert_eq!(loaded, b.app().doc.project);
    assert_eq!(b.app().settings.recent.first(), Some(&path));
    // A second save goes to the same file without asking.
    b.click_sentence(2);
    b.press(Key::F);
    b.press_with(CMD, Key::S);
    assert_eq!(b.dialogs.asked().len(), 1);
    assert_eq!(briefing::store::load(&path).unwrap().items().count(), 2);
}

fn request_close(b: &mut super::Bench) -> Vec<egui::ViewportCommand> {
    b.harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    b.harness.step();
    let out = &b.harness.output().viewport_output[&egui::ViewportId::ROOT];
    let commands = out.commands.clone();
    b.harness.run();
    commands
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let mut b = open_samples();
    let commands = request_close(&mut b);
    assert!(
        !commands.contains(&egui::ViewportCommand::CancelClose),
        "clean: just close"
    );
    b.click_sentence(1);
    b.press(Key::F);
    let commands = request_close(&mut b);
    assert!(commands.contains(&egui::ViewportCommand::CancelClose));
    b.harness.get_by_label("Don't save");
    b.click("Cancel");
    assert!(b.harness.query_by_label("Don't save").is_none());
    assert_eq!(b.item_texts().len(), 1, "nothing lost");
    request_close(&mut b);
    b.harness.get_by_label("Don't save").click();
    b.harness.step();
    let out = &b.harness.output().viewport_output[&egui::ViewportId::ROOT];
    assert!(out.commands.contains(&egui::ViewportCommand::Close));
}

#[test]
fn autosave_writes_a_recovery_file_that_the_next_start_offers_to_restore() {
    let data = crate::export::tempdir();
    let mut b = open_with_autosave(Launch::Samples, data.clone(), 1.0);
    let recovery = data.join("recovery.briefing.json");
    b.click_sentence(1);
    b.press(Key::F);
    assert!(!recovery.exists(), "not before the delay");
    b.harness.run_steps(6); // 1.5 s of app time: the write starts on its thread
    assert_eq!(b.harness.state_mut().flush_autosave(), None);
    assert!(recovery.exists(), "written after the delay");
    let project = b.app().doc.project.clone();
    drop(b); // as if killed: nothing else runs

    let mut again = open_in(Launch::Samples, data.clone());
    again.harness.get_by_label("Restore unsaved work?");
    again.click("Restore");
    assert_eq!(again.app().doc.project, project);
    assert!(again.app().doc.is_dirty(), "restored work is unsaved");

    let mut third = open_in(Launch::Samples, data.clone());
    third.click("Discard");
    assert!(!recovery.exists(), "discarded");
    assert!(third.item_texts().is_empty());
}

#[test]
fn open_in_browser_writes_the_html_and_asks_the_browser_to_open_it() {
    let mut b = open_samples();
    b.click_sentence(1);
    b.press(Key::F);
    // One frame with the key event in it, so its output holds what the app asked for.
    let input = b.harness.input_mut();
    input.events.push(egui::Event::ModifiersChanged(CMD));
    input.events.push(egui::Event::Key {
        key: Key::B,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: CMD,
    });
    b.harness.step();
    let urls: Vec<String> = b
        .harness
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::OpenUrl(u) => Some(u.url.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(urls.len(), 1, "{urls:?}");
    let path = urls[0].strip_prefix("file://").expect("a file URL");
    let html = std::fs::read_to_string(path).unwrap();
    assert!(html.contains("<h1>Kesh Dam opening</h1>"), "{html}");
    assert!(html.contains("Content-Security-Policy"));
}

#[test]
fn new_asks_about_unsaved_work_and_open_loads_the_chosen_project() {
    let mut b = open_samples();
    let dir = crate::export::tempdir();
    let path = dir.join("kept.briefing.json");
    b.click_sentence(1);
    b.press(Key::F);
    b.dialogs
        .push(DialogAnswer::SaveProject(Some(path.clone())));
    b.press_with(CMD, Key::S);
    b.click_sentence(2);
    b.press(Key::F);
    b.press_with(CMD, Key::N);
    b.click("Don't save");
    let app = b.app();
    assert!(app.doc.project.sources.is_empty() && app.doc.path.is_none());
    assert!(app.title().starts_with("Untitled"), "{}", app.title());
    b.dialogs.push(DialogAnswer::Project(Some(path.clone())));
    b.press_with(CMD, Key::O);
    let app = b.app();
    assert_eq!(app.doc.path.as_deref(), Some(path.as_path()));
    assert_eq!(
        app.doc.project.items().count(),
        1,
        "the saved state, not the discarded one"
    );
    assert!(!app.doc.is_dirty());
}
