//! The desktop app (feature `gui`): for now a minimal reader that lists the articles given
//! on the command line (or the bundled samples) and shows each one cleaned, with its
//! metadata, crossheads and captions. The full workbench (picking, briefing outline,
//! preview, export, undo) builds on this in a later issue.
//!
//! Renderer: glow by default. Without a GPU (VMs, remote desktops) wgpu's software path
//! costs ~44 ms a frame against ~9 ms for glow; `--renderer wgpu` chooses wgpu.

use crate::article::{Article, ParaKind};
use crate::files::import_file;
use eframe::egui;
use std::path::PathBuf;

/// Which eframe renderer to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RendererChoice {
    /// OpenGL via glow: fast everywhere, including software GL.
    #[default]
    Glow,
    /// wgpu: Vulkan/Metal/DX12; slow on software rendering.
    Wgpu,
}

/// The reader's state.
pub struct Reader {
    articles: Vec<Article>,
    errors: Vec<String>,
    selected: usize,
}

impl Reader {
    /// Imports `files`; failures become messages shown in the side panel.
    pub fn open(files: &[PathBuf]) -> Self {
        let mut articles = Vec::new();
        let mut errors = Vec::new();
        for f in files {
            match import_file(f) {
                Ok(a) => articles.push(a),
                Err(e) => errors.push(format!("{e:#}")),
            }
        }
        Self {
            articles,
            errors,
            selected: 0,
        }
    }

    fn sources_panel(&mut self, ui: &mut egui::Ui) {
        ui.heading("Articles");
        ui.separator();
        egui::ScrollArea::vertical().show(ui, |ui| {
            for (i, a) in self.articles.iter().enumerate() {
                let outlet = a.meta.source.as_deref().unwrap_or("Unknown source");
                let headline = a.meta.headline.as_deref().unwrap_or(&a.path);
                let label = format!("{outlet} · {headline}");
                if ui.selectable_label(i == self.selected, label).clicked() {
                    self.selected = i;
                }
            }
            for e in &self.errors {
                ui.colored_label(ui.visuals().error_fg_color, e);
            }
        });
    }

    fn article_view(&self, ui: &mut egui::Ui) {
        let Some(a) = self.articles.get(self.selected) else {
            ui.label("No article open. Run `briefing FILE...` to open articles.");
            return;
        };
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.heading(a.meta.headline.as_deref().unwrap_or("(no headline)"));
            let m = &a.meta;
            let facts: Vec<&str> = [&m.source, &m.published, &m.byline, &m.dateline]
                .into_iter()
                .filter_map(|v| v.as_deref())
                .collect();
            ui.weak(facts.join("  ·  "));
            ui.separator();
            for p in &a.paragraphs {
                let text = &a.text[p.start..p.end];
                match p.kind {
                    ParaKind::Body => ui.label(text),
                    ParaKind::Crosshead => ui.strong(text),
                    ParaKind::Caption => ui.label(egui::RichText::new(text).italics().weak()),
                };
                ui.add_space(6.0);
            }
        });
    }
}

impl eframe::App for Reader {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::Panel::left("sources")
            .default_size(300.0)
            .show(ui, |ui| self.sources_panel(ui));
        egui::CentralPanel::default().show(ui, |ui| self.article_view(ui));
    }
}

/// Opens the window on `files` (or the bundled samples when none are given).
pub fn run(files: Vec<PathBuf>, renderer: RendererChoice) -> anyhow::Result<()> {
    let files = if files.is_empty() {
        sample_files()
    } else {
        files
    };
    let reader = Reader::open(&files);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([1200.0, 800.0])
            .with_title("Briefing"),
        renderer: match renderer {
            RendererChoice::Glow => eframe::Renderer::Glow,
            RendererChoice::Wgpu => eframe::Renderer::Wgpu,
        },
        ..Default::default()
    };
    eframe::run_native("Briefing", options, Box::new(|_cc| Ok(Box::new(reader))))
        .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}

/// The sample articles shipped in `assets/samples/`.
fn sample_files() -> Vec<PathBuf> {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/samples"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    let article = matches!(
                        p.extension().and_then(|e| e.to_str()),
                        Some("txt" | "md" | "html" | "htm")
                    );
                    article && p.file_name().is_some_and(|n| n != "README.md")
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}
