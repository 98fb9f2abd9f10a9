//! Interaction tests of the desktop workbench: egui_kittest drives the real app through
//! AccessKit labels (pointer events at the labelled widgets, key presses), with no GPU and
//! no display. File dialogs are scripted ([`ScriptedDialogs`]) so no test reaches rfd; the
//! recovery folder is a temporary directory.

mod corroboration;
mod document;
mod picking;
mod shell;

use briefing::app::dialogs::ScriptedDialogs;
use briefing::app::{AppConfig, BriefingApp, Launch};
use briefing::templates::Templates;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::PathBuf;

/// A harness over the real app at the window size, with scripted dialogs.
pub struct Bench {
    /// The harness; its state is the app.
    pub harness: Harness<'static, BriefingApp>,
    /// The dialogs' script, shared with the app.
    pub dialogs: ScriptedDialogs,
    /// The recovery folder.
    #[allow(dead_code, reason = "kept for tests that inspect the recovery folder")]
    pub data_dir: PathBuf,
}

/// Opens the app with `launch`, recovery files in `data_dir`.
pub fn open_in(launch: Launch, data_dir: PathBuf) -> Bench {
    // Ten minutes of app time: ordinary tests never reach an autosave, whose write on its
    // own thread would ask for a repaint at a moment that depends on the machine's load.
    open_with_autosave(launch, data_dir, 600.0)
}

/// Opens the app with autosave after `autosave_delay` seconds of app time (each harness
/// step advances a quarter of a second).
pub fn open_with_autosave(launch: Launch, data_dir: PathBuf, autosave_delay: f64) -> Bench {
    let dialogs = ScriptedDialogs::default();
    let config = AppConfig {
        launch,
        dialogs: Box::new(dialogs.clone()),
        data_dir: Some(data_dir.clone()),
        templates: Templates::builtin(),
        autosave_delay,
    };
    let harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(move |cc| BriefingApp::new(&cc.egui_ctx, None, config));
    let mut bench = Bench {
        harness,
        dialogs,
        data_dir,
    };
    bench.harness.run();
    bench
}

/// Opens the app on the bundled samples.
pub fn open_samples() -> Bench {
    open_in(Launch::Samples, crate::export::tempdir())
}

impl Bench {
    /// The app.
    pub fn app(&self) -> &BriefingApp {
        self.harness.state()
    }

    /// Clicks the sentence `index` of the article in the reader, through its AccessKit
    /// node (the reader registers one per visible sentence, labelled with its text).
    pub fn click_sentence(&mut self, index: usize) {
        let text = self.sentence_text(index);
        self.harness.get_by_label(&text).click();
        self.harness.run();
    }

    /// The text of sentence `index` of the open article.
    pub fn sentence_text(&self, index: usize) -> String {
        let app = self.app();
        let id = app.view.active_source.expect("an article is open");
        let source = app.doc.project.source(id).expect("the open article exists");
        source.article.sentences[index].text.clone()
    }

    /// Presses a key without modifiers and lets the app settle.
    pub fn press(&mut self, key: egui::Key) {
        self.harness.key_press(key);
        self.harness.run();
    }

    /// Presses a key with modifiers and lets the app settle.
    pub fn press_with(&mut self, modifiers: egui::Modifiers, key: egui::Key) {
        self.harness.key_press_modifiers(modifiers, key);
        self.harness.run();
    }

    /// Clicks the widget labelled `label` and lets the app settle.
    pub fn click(&mut self, label: &str) {
        self.harness.get_by_label(label).click();
        self.harness.run();
    }

    /// Every item text in the briefing, in order.
    pub fn item_texts(&self) -> Vec<String> {
        self.app()
            .doc
            .project
            .items()
            .map(|i| i.text.clone())
            .collect()
    }

    /// The texts of the notifications on screen.
    pub fn notices(&self) -> Vec<String> {
        self.app()
            .notes
            .notices()
            .iter()
            .map(|n| n.text.clone())
            .collect()
    }
}

/// Ctrl (Cmd on macOS), as egui's shortcuts expect.
pub const CMD: egui::Modifiers = egui::Modifiers::COMMAND;

/// Ctrl+Shift.
pub fn cmd_shift() -> egui::Modifiers {
    egui::Modifiers::COMMAND | egui::Modifiers::SHIFT
}
