//! Tests of the preview panel (egui_kittest, headless) and a measurement of what a
//! rebuild and a frame cost for a 50-item and a 1000-item briefing.
//!
//! The measurement is `#[ignore]`d (slow in debug builds) and prints its figures:
//! `cargo test --release --lib preview::tests::measure -- --ignored --nocapture`.

use super::Preview;
use crate::app::commands::UiCommand;
use crate::app::settings::Settings;
use crate::app::state::Outbox;
use crate::project::{ItemId, Project};
use crate::templates::Templates;
use egui_commonmark::{CommonMarkCache, CommonMarkViewer};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::time::Instant;

/// The preview and what it was given and pushed.
struct Panel {
    preview: Preview,
    project: Project,
    revision: u64,
    templates: Templates,
    settings: Settings,
    commands: Vec<UiCommand>,
}

const TITLE: &str = "Kesh preview check";

fn drafted() -> Project {
    let mut p = crate::draft::draft(crate::samples::sample_project().sources, None, "");
    p.briefing.title = TITLE.to_owned();
    p
}

fn harness(templates: Templates) -> Harness<'static, Panel> {
    let panel = Panel {
        preview: Preview::default(),
        project: drafted(),
        revision: 1,
        templates,
        settings: Settings::default(),
        commands: Vec::new(),
    };
    Harness::builder()
        .with_size(egui::vec2(600.0, 900.0))
        .allow_missing_glyphs()
        .build_ui_state(
            |ui, p: &mut Panel| {
                let mut out = Outbox::default();
                let (project, templates) = (&p.project, &p.templates);
                p.preview.show(
                    ui,
                    project,
                    p.revision,
                    templates,
                    &mut p.settings,
                    &mut out,
                );
                assert!(out.edits.is_empty(), "the preview never edits");
                p.commands.extend(out.commands);
            },
            panel,
        )
}

/// A template file that fails on line 2 (an undefined attribute), in its own folder.
fn broken_template() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("briefing-preview-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("broken.md.j2");
    std::fs::write(
        &path,
        "# {{ briefing.title }}\n{{ briefing.nope.deeper }}\n",
    )
    .unwrap();
    path
}

#[test]
fn shows_the_rendered_title() {
    let mut h = harness(Templates::builtin());
    h.run();
    assert!(h.query_all_by_label_contains(TITLE).count() >= 1);
    assert!(h.state().preview.rendered.markdown.contains(TITLE));
}

#[test]
fn a_template_error_is_shown_in_place_above_the_last_good_render() {
    let (templates, name) = Templates::builtin().with_file(&broken_template()).unwrap();
    let mut h = harness(templates);
    h.run();
    h.state_mut().settings.template = Some(name);
    h.run();
    let error = h.state().preview.rendered.error.clone().unwrap_or_default();
    assert!(error.contains("line 2"), "{error}");
    assert!(error.contains('^'), "a caret under the error: {error}");
    h.get_by_label("The template failed");
    h.get_by_label("Last good render:");
    assert!(h.query_all_by_label_contains("undefined").count() >= 1);
    // The last good render stays visible below.
    assert!(h.query_all_by_label_contains(TITLE).count() >= 1);
}

#[test]
fn toolbar_picks_the_template_and_pushes_commands() {
    let mut h = harness(Templates::builtin());
    h.run();
    h.get_by_label("Template").click();
    h.run();
    h.get_by_label("Quote sheet").click();
    h.run();
    assert_eq!(h.state().settings.template.as_deref(), Some("quote-sheet"));
    h.get_by_label("Open in browser").click();
    h.run();
    h.get_by_label("Export ▾").click();
    h.run();
    h.get_by_label(&UiCommand::ExportCsv.label()).click();
    h.run();
    assert_eq!(
        h.state().commands,
        vec![UiCommand::OpenInBrowser, UiCommand::ExportCsv]
    );
}

#[test]
fn markdown_source_shows_the_raw_text() {
    let mut h = harness(Templates::builtin());
    h.run();
    h.get_by_label("Markdown source").click();
    h.run();
    let shown = h
        .get_by_role_and_label(egui::Role::MultilineTextInput, "Markdown source")
        .value()
        .unwrap_or_default();
    assert!(shown.starts_with(&format!("# {TITLE}")), "{shown}");
}

#[test]
fn long_markdown_is_clipped_at_a_line_end() {
    assert_eq!(super::clip("short", 10), "short");
    assert_eq!(super::clip("line one\nline two\n", 12), "line one\n");
    // No line end in reach: cut at a character boundary.
    assert_eq!(super::clip("ééé", 3), "é");
}

/// `project` with its items repeated (fresh ids) until it holds `n`.
fn with_items(mut project: Project, n: usize) -> Project {
    let originals: Vec<_> = project.items().cloned().collect();
    let mut next = project.fresh_item_id().0;
    let sections = project.briefing.sections.len();
    let mut k = project.items().count();
    while k < n {
        let mut item = originals[k % originals.len()].clone();
        item.id = ItemId(next);
        next += 1;
        project.briefing.sections[k % sections].items.push(item);
        k += 1;
    }
    project
}

/// Milliseconds of one frame of the preview (layout and tessellation).
fn frame_ms(ctx: &egui::Context, panel: &mut Panel) -> f64 {
    timed_frame(ctx, |ui| {
        let mut out = Outbox::default();
        panel.preview.show(
            ui,
            &panel.project,
            panel.revision,
            &panel.templates,
            &mut panel.settings,
            &mut out,
        );
    })
}

/// Milliseconds of one frame of the plain viewer (everything laid out every frame), for
/// comparison with the viewport-cached view the preview uses.
fn plain_viewer_ms(ctx: &egui::Context, cache: &mut CommonMarkCache, markdown: &str) -> f64 {
    timed_frame(ctx, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            CommonMarkViewer::new().show(ui, cache, markdown);
        });
    })
}

/// Milliseconds of one frame running `ui_fn` in a 420×900 panel.
fn timed_frame(ctx: &egui::Context, mut ui_fn: impl FnMut(&mut egui::Ui)) -> f64 {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(420.0, 900.0),
        )),
        ..Default::default()
    };
    let start = Instant::now();
    let mut output = ctx.run_ui(input, |ui| ui_fn(ui));
    // Tessellation is part of a real frame too (painting on the GPU is not measured).
    let shapes = std::mem::take(&mut output.shapes);
    let _ = ctx.tessellate(shapes, output.pixels_per_point);
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    output.drop_without_applying_deltas();
    ms
}

#[test]
#[ignore = "measurement; run with --release --ignored --nocapture"]
fn measure() {
    for n in [50, 1000] {
        let mut panel = Panel {
            preview: Preview::default(),
            project: with_items(drafted(), n),
            revision: 1,
            templates: Templates::builtin(),
            settings: Settings::default(),
            commands: Vec::new(),
        };
        assert_eq!(
            panel.project.items().count(),
            n.max(drafted().items().count())
        );
        let ctx = egui::Context::default();
        let first = frame_ms(&ctx, &mut panel);
        let build = panel.preview.rendered.build_ms;
        let kb = panel.preview.rendered.markdown.len() / 1024;
        let steady: Vec<f64> = (0..5).map(|_| frame_ms(&ctx, &mut panel)).collect();
        // A rebuild: a new revision, after the debounce interval (frames advance no clock
        // here, so force it).
        panel.revision += 1;
        let rebuild_start = Instant::now();
        panel.preview.rendered.rebuild(
            &panel.project,
            panel.revision,
            &panel.templates,
            crate::templates::DEFAULT_TEMPLATE,
            0.0,
        );
        let rebuild = rebuild_start.elapsed().as_secs_f64() * 1000.0;
        // The frame after a change lays out the whole document once (block positions).
        let changed = frame_ms(&ctx, &mut panel);
        let best = |v: &[f64]| v.iter().copied().fold(f64::INFINITY, f64::min);
        let mut cache = CommonMarkCache::default();
        let markdown = panel.preview.rendered.markdown.clone();
        let plain: Vec<f64> = (0..4)
            .map(|_| plain_viewer_ms(&ctx, &mut cache, &markdown))
            .collect();
        println!(
            "{n} items, {kb} KB Markdown: build {build:.1} ms, rebuild {rebuild:.1} ms, \
             first frame {first:.1} ms, frame after a change {changed:.1} ms, \
             steady frame {:.2} ms; plain viewer (no viewport cache) {:.2} ms a frame",
            best(&steady),
            best(&plain[1..]),
        );
        assert!(panel.preview.rendered.markdown.contains(TITLE));
        assert!(panel.preview.rendered.error.is_none());
    }
}
