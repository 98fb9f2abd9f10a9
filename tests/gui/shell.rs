//! The shell: bundled samples, palette and help from the one command enum, theme, idle
//! frames, dropped files.

use super::{cmd_shift, open_samples};
use briefing::app::commands::UiCommand;
use egui::Key;
use egui_kittest::kittest::Queryable;
use std::sync::Arc;

#[test]
fn the_app_opens_on_the_bundled_samples() {
    let b = open_samples();
    let p = &b.app().doc.project;
    assert_eq!(p.sources.len(), briefing::samples::SAMPLES.len());
    for s in &p.sources {
        let headline = briefing::app::library::headline(s);
        assert!(
            b.harness.query_all_by_label(&headline).next().is_some(),
            "the library lists {headline}"
        );
    }
    // The reader shows the first article's headline.
    assert_eq!(b.app().view.active_source, Some(p.sources[0].id));
}

#[test]
fn the_palette_finds_and_runs_a_command() {
    let mut b = open_samples();
    let before = b.harness.ctx.theme();
    b.press_with(cmd_shift(), Key::P);
    let search = b.harness.get_by_label("Command palette search");
    search.type_text("theme");
    b.harness.run();
    b.harness
        .get_by_label(&UiCommand::ToggleTheme.label())
        .click();
    b.harness.run();
    assert_ne!(b.harness.ctx.theme(), before);
    assert!(b.harness.query_by_label("Command palette search").is_none());
}

#[test]
fn f1_lists_every_command_with_its_shortcut() {
    let mut b = open_samples();
    b.press(Key::F1);
    for c in UiCommand::all() {
        assert!(
            b.harness.query_all_by_label(&c.label()).next().is_some(),
            "help lists {c:?}"
        );
        if let Some(s) = c.shortcut() {
            let keys = b.harness.ctx.format_shortcut(&s);
            assert!(
                b.harness
                    .query_all_by_label_contains(&keys)
                    .next()
                    .is_some(),
                "help shows {keys} for {c:?}"
            );
        }
    }
    b.press(Key::Escape);
    assert!(b.harness.query_by_label("Keyboard shortcuts").is_none());
}

#[test]
fn an_idle_window_asks_for_no_repaint() {
    let mut b = open_samples();
    b.harness.step();
    let out = &b.harness.output().viewport_output[&egui::ViewportId::ROOT];
    assert!(
        out.repaint_delay > std::time::Duration::from_secs(1),
        "idle frame asked for a repaint in {:?}",
        out.repaint_delay
    );
}

#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropped_articles_are_added() {
    let mut b = open_samples();
    let dir = crate::export::tempdir();
    let file = dir.join("dropped.md");
    std::fs::write(
        &file,
        "# Dropped story\n\nA new development was reported on Friday.\n",
    )
    .unwrap();
    b.harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(file)));
    b.harness.run();
    let p = &b.app().doc.project;
    assert_eq!(p.sources.len(), 7);
    assert!(
        b.harness
            .query_all_by_label("Dropped story")
            .next()
            .is_some()
    );
}

/// eframe storage in memory.
#[derive(Default)]
struct MemoryStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn theme_and_recent_projects_persist_and_the_last_project_reopens() {
    use briefing::app::dialogs::{DialogAnswer, ScriptedDialogs};
    use briefing::app::{AppConfig, BriefingApp, Launch};
    use eframe::App as _;

    let mut b = open_samples();
    let dark = b.harness.ctx.theme() == egui::Theme::Dark;
    let ctx = b.harness.ctx.clone();
    b.harness.state_mut().run(&ctx, UiCommand::ToggleTheme);
    b.harness.run();
    let dir = crate::export::tempdir();
    let path = dir.join("persist.briefing.json");
    b.dialogs
        .push(DialogAnswer::SaveProject(Some(path.clone())));
    b.press_with(super::CMD, Key::S);
    let mut storage = MemoryStorage::default();
    b.harness.state_mut().save(&mut storage);

    let ctx = egui::Context::default();
    let config = AppConfig {
        launch: Launch::Default,
        dialogs: Box::new(ScriptedDialogs::default()),
        data_dir: None,
        templates: briefing::templates::Templates::builtin(),
        autosave_delay: 1.0,
    };
    let app = BriefingApp::new(&ctx, Some(&storage), config);
    assert_eq!(
        app.doc.path.as_deref(),
        Some(path.as_path()),
        "the last project reopened"
    );
    assert_eq!(app.settings.recent.first(), Some(&path));
    let now_dark = ctx.options(|o| o.theme_preference) == egui::ThemePreference::Dark;
    assert_ne!(now_dark, dark, "the theme choice persisted");
}

#[test]
fn the_menus_offer_every_command_with_its_shortcut() {
    let mut b = open_samples();
    let mut seen = std::collections::HashSet::new();
    for menu in ["File", "Edit", "View"] {
        b.click(menu);
        for c in UiCommand::all() {
            let mut label = c.label();
            if let Some(s) = c.shortcut() {
                label = format!("{label} {}", b.harness.ctx.format_shortcut(&s));
            }
            // Undo and Redo name the step in their label; match the start.
            if b.harness
                .query_all_by_label_contains(&label)
                .next()
                .is_some()
            {
                seen.insert(c);
            }
        }
        b.press(Key::Escape);
    }
    for c in UiCommand::all() {
        if !matches!(c, UiCommand::ToSection(_)) {
            assert!(seen.contains(&c), "{c:?} is in no menu");
        }
    }
}

#[test]
fn clicking_an_article_in_the_library_opens_it_in_the_reader() {
    let mut b = open_samples();
    let (id, label) = {
        let s = &b.app().doc.project.sources[3];
        let label = format!(
            "{}: {}",
            briefing::app::library::outlet(s),
            briefing::app::library::headline(s)
        );
        (s.id, label)
    };
    b.click(&label);
    assert_eq!(b.app().view.active_source, Some(id));
    let first = b.sentence_text(0);
    assert!(
        b.harness.query_all_by_label(&first).next().is_some(),
        "the reader shows it"
    );
}
