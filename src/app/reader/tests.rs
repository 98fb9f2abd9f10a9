//! Headless tests of the reader: real egui frames over the bundled samples, driven through
//! the accessibility nodes the reader registers for visible sentences.

use super::Reader;
use super::layout::{estimate, index_at, update_tops};
use crate::app::state::{Outbox, ViewState};
use crate::pick::Selection;
use crate::project::Project;
use egui::{Event, Modifiers, PointerButton, Pos2, RawInput, Rect, vec2};

struct Rig {
    ctx: egui::Context,
    reader: Reader,
    project: Project,
    view: ViewState,
    out: Outbox,
    width: f32,
}

impl Rig {
    fn new() -> Rig {
        let ctx = egui::Context::default();
        ctx.enable_accesskit();
        let project = crate::samples::sample_project();
        let view = ViewState {
            active_source: project.sources.first().map(|s| s.id),
            ..ViewState::default()
        };
        Rig {
            ctx,
            reader: Reader::default(),
            project,
            view,
            out: Outbox::default(),
            width: 900.0,
        }
    }

    /// One frame; returns (label, bounds) of every accessibility node.
    fn frame(&mut self, events: Vec<Event>) -> Vec<(String, Rect)> {
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(self.width, 600.0))),
            events,
            ..RawInput::default()
        };
        let comparison = crate::app::corroboration::Comparison::default();
        let mut out = self.ctx.run_ui(input, |ui| {
            egui::CentralPanel::default().show(ui, |ui| {
                self.reader.show(
                    ui,
                    &self.project,
                    1,
                    &comparison,
                    &mut self.view,
                    &mut self.out,
                );
            });
        });
        out.textures_delta.clear();
        let update = out.platform_output.accesskit_update.take().unwrap();
        update
            .nodes
            .iter()
            .filter_map(|(_, n)| {
                let b = n.bounds()?;
                let rect = Rect::from_min_max(
                    Pos2::new(b.x0 as f32, b.y0 as f32),
                    Pos2::new(b.x1 as f32, b.y1 as f32),
                );
                Some((n.label()?.to_owned(), rect))
            })
            .collect()
    }

    fn click(&mut self, pos: Pos2, modifiers: Modifiers) {
        let button = |pressed| Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed,
            modifiers,
        };
        let held = Event::ModifiersChanged(modifiers);
        self.frame(vec![held, Event::PointerMoved(pos), button(true)]);
        self.frame(vec![
            button(false),
            Event::ModifiersChanged(Modifiers::NONE),
        ]);
    }

    fn node(nodes: &[(String, Rect)], label: &str) -> Rect {
        let found: Vec<_> = nodes.iter().filter(|(l, _)| l == label).collect();
        assert_eq!(found.len(), 1, "one node labelled {label:?}");
        found[0].1
    }
}

#[test]
fn clicking_a_sentence_node_selects_that_sentence_and_shift_click_extends() {
    let mut rig = Rig::new();
    rig.frame(Vec::new());
    let nodes = rig.frame(Vec::new());
    let article = rig.project.sources[0].article.clone();
    let id = rig.project.sources[0].id;
    assert!(nodes.iter().any(|(l, _)| l == "Article text"));
    let (second, fourth) = (&article.sentences[1], &article.sentences[3]);
    let at = Rig::node(&nodes, &second.text).center();
    rig.click(at, Modifiers::NONE);
    let want = Selection {
        source: id,
        start: second.start,
        end: second.end,
    };
    assert_eq!(rig.view.selection, Some(want));
    assert_eq!(rig.view.anchor_sentence, Some(1));
    let nodes = rig.frame(Vec::new());
    let at = Rig::node(&nodes, &fourth.text).center();
    rig.click(at, Modifiers::SHIFT);
    let sel = rig.view.selection.unwrap();
    assert_eq!((sel.start, sel.end), (second.start, fourth.end));
}

#[test]
fn a_click_pressed_and_released_within_one_frame_selects_too() {
    // xdotool, touchpad taps and fast mice deliver both button events in one frame.
    let mut rig = Rig::new();
    rig.frame(Vec::new());
    let nodes = rig.frame(Vec::new());
    let article = rig.project.sources[0].article.clone();
    let second = &article.sentences[1];
    let at = Rig::node(&nodes, &second.text).center();
    rig.frame(vec![Event::PointerMoved(at)]);
    let button = |pressed| Event::PointerButton {
        pos: at,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    };
    rig.frame(vec![button(true), button(false)]);
    rig.frame(Vec::new());
    let sel = rig.view.selection.expect("the quick click selected");
    assert_eq!((sel.start, sel.end), (second.start, second.end));
}

#[test]
fn dragging_selects_a_character_span() {
    let mut rig = Rig::new();
    rig.frame(Vec::new());
    let nodes = rig.frame(Vec::new());
    let article = rig.project.sources[0].article.clone();
    let a = Rig::node(&nodes, &article.sentences[1].text);
    let b = Rig::node(&nodes, &article.sentences[2].text);
    let (from, to) = (a.left_center() + vec2(2.0, 0.0), b.center());
    let press = |pressed, pos| Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    };
    rig.frame(vec![Event::PointerMoved(from), press(true, from)]);
    for i in 1..=5 {
        let p = from + (to - from) * (i as f32 / 5.0);
        rig.frame(vec![Event::PointerMoved(p)]);
    }
    rig.frame(vec![press(false, to)]);
    let sel = rig.view.selection.expect("a drag selects");
    let s1 = &article.sentences[1];
    let s2 = &article.sentences[2];
    assert!(
        sel.start >= s1.start && sel.start <= s1.start + 1,
        "{sel:?}"
    );
    assert!(
        sel.end > s2.start && sel.end < s2.end,
        "{sel:?} ends inside {s2:?}"
    );
    assert_eq!(rig.view.anchor_sentence, None);
}

#[test]
fn scroll_to_brings_a_late_sentence_into_view() {
    let mut rig = Rig::new();
    // The longest sample, so a sentence three quarters down starts below the fold.
    let (i, source) = (rig.project.sources.iter().enumerate())
        .max_by_key(|(_, s)| s.article.text.len())
        .unwrap();
    let sentences = &source.article.sentences;
    let last = sentences[sentences.len() * 3 / 4].clone();
    rig.view.active_source = Some(rig.project.sources[i].id);
    let nodes = rig.frame(Vec::new());
    assert!(
        !nodes.iter().any(|(l, _)| *l == last.text),
        "the sentence starts out of view"
    );
    rig.view.scroll_to = Some(last.start..last.end);
    rig.frame(Vec::new());
    assert_eq!(rig.view.scroll_to, None, "the request is consumed");
    let nodes = rig.frame(Vec::new());
    let r = Rig::node(&nodes, &last.text);
    assert!(r.min.y > 0.0 && r.max.y < 600.0, "{r:?} is on screen");
    // Narrower: the text rewraps, and the view stays on that sentence.
    for width in [700.0, 520.0] {
        rig.width = width;
        rig.frame(Vec::new());
        let nodes = rig.frame(Vec::new());
        let r = Rig::node(&nodes, &last.text);
        assert!(
            r.min.y > 0.0 && r.max.y < 600.0,
            "{r:?} still in view at {width}"
        );
    }
}

#[test]
fn prefix_sums_update_from_the_changed_block() {
    let mut heights = [10.0, 20.0, 30.0];
    let mut tops = Vec::new();
    update_tops(&mut tops, heights.iter().copied(), 0);
    assert_eq!(tops, vec![0.0, 10.0, 30.0, 60.0]);
    heights[1] = 5.0;
    update_tops(&mut tops, heights.iter().copied(), 1);
    assert_eq!(tops, vec![0.0, 10.0, 15.0, 45.0]);
    assert_eq!(index_at(&tops, 0.0), 0);
    assert_eq!(index_at(&tops, 14.9), 1);
    assert_eq!(index_at(&tops, 15.0), 2);
    assert_eq!(index_at(&tops, 1e9), 2, "clamped to the last block");
    assert_eq!(
        estimate(0, 7.0, 700.0, 20.0),
        20.0,
        "an empty block has one row"
    );
    let est = estimate(1000, 7.0, 700.0, 20.0);
    assert!((200.0..=240.0).contains(&est), "~10.6 rows: {est}");
}

#[test]
fn the_whole_app_selects_a_sentence_clicked_by_name() {
    use crate::app::{AppConfig, BriefingApp, Launch};
    use egui_kittest::kittest::{By, Queryable};
    let config = AppConfig {
        launch: Launch::Samples,
        dialogs: Box::new(crate::app::dialogs::ScriptedDialogs::default()),
        data_dir: None,
        templates: crate::templates::Templates::builtin(),
        autosave_delay: 3.0,
    };
    let ctx = egui::Context::default();
    let app = BriefingApp::new(&ctx, None, config);
    let mut harness = egui_kittest::Harness::builder()
        .with_size(vec2(1400.0, 900.0))
        // The library's icons ("➕", "🗑") are not in the harness's fonts.
        .allow_missing_glyphs()
        .build_ui_state(|ui, app: &mut BriefingApp| app.frame(ui), app);
    harness.run();
    let article = harness.state().doc.project.sources[0].article.clone();
    let sentence = &article.sentences[2];
    let by = By::new()
        .role(egui::accesskit::Role::ListBoxOption)
        .label(&sentence.text);
    harness.get(by).click();
    harness.run();
    let sel = harness.state().view.selection.expect("selected");
    assert_eq!((sel.start, sel.end), (sentence.start, sentence.end));
    // Ctrl+F opens the search bar; typing finds hits in the open article.
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::F);
    harness.run();
    harness.get_by_label("Search articles").type_text("Kesh");
    harness.run();
    let hits = harness.state().view.search.hits.len();
    assert!(hits > 0);
    assert!(harness.query_by_label(&format!("1 of {hits}")).is_some());
}
