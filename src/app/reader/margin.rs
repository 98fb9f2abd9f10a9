//! The gutter right of the reader's text column, where corroboration badges
//! ([`super::badges`]) are drawn each frame.
//!
//! The reader asks only for the badges of the visible paragraphs: a badge sits level with
//! the first row of its sentence (found in the cached galley, so nothing is laid out
//! again), pushed down when the badge above would overlap it. Each is a small clickable
//! widget with an accessible name, so screen readers and tests find it; hovering shows the
//! matching sentences, a click returns where to jump.

use super::badges::{Badge, TipLine, Tone};
use super::blocks::Block;
use super::hit::first_row_rect;
use super::layout::Laid;
use super::style::{MAX_COLUMN, SIDE_MARGIN};
use crate::project::SourceId;
use egui::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Color32, FontId, Id, Pos2, Rect, RichText, Sense, Ui, Vec2, pos2};
use std::ops::Range;

/// Width kept free right of the text column for badges.
pub const GUTTER: f32 = 118.0;
/// Space between the text column and the badges.
const GAP: f32 = 10.0;
/// Padding inside a badge.
const PAD: Vec2 = Vec2::new(5.0, 1.5);

/// Badge colours: (fill, text) for a tone in light or dark mode.
fn colors(tone: Tone, dark: bool) -> (Color32, Color32) {
    match (tone, dark) {
        (Tone::Confirmed, false) => (
            Color32::from_rgb(222, 233, 250),
            Color32::from_rgb(30, 70, 140),
        ),
        (Tone::Confirmed, true) => (
            Color32::from_rgb(38, 52, 78),
            Color32::from_rgb(170, 200, 255),
        ),
        (Tone::Differs, false) => (
            Color32::from_rgb(255, 232, 196),
            Color32::from_rgb(150, 72, 0),
        ),
        (Tone::Differs, true) => (
            Color32::from_rgb(88, 58, 18),
            Color32::from_rgb(255, 200, 120),
        ),
    }
}

/// Draws the badges anchored in paragraph block `block` (galley at `origin`) in the gutter
/// starting at `x`, below `next_y` (updated); returns where a clicked badge jumps.
#[expect(clippy::too_many_arguments)]
pub fn show(
    ui: &Ui,
    parent: Id,
    badges: &[Badge],
    block: &Block,
    laid: &Laid,
    origin: Pos2,
    x: f32,
    next_y: &mut f32,
) -> Option<(SourceId, Range<usize>)> {
    let first = badges.partition_point(|b| b.anchor < block.bytes.start);
    let in_block = badges[first..]
        .iter()
        .take_while(|b| b.anchor < block.bytes.end);
    let (clip, dark) = (ui.clip_rect(), ui.visuals().dark_mode);
    let font = FontId::proportional(11.5);
    let mut clicked = None;
    for (i, badge) in (first..).zip(in_block) {
        let c = laid.map.char_of(badge.anchor - block.bytes.start);
        let Some(row) = first_row_rect(&laid.galley, c..c + 1) else {
            continue;
        };
        let (fill, color) = colors(badge.tone, dark);
        let mut job = LayoutJob::default();
        job.append(&badge.text, 0.0, TextFormat::simple(font.clone(), color));
        job.wrap = TextWrapping::truncate_at_width(GUTTER + SIDE_MARGIN - GAP - 2.0 * PAD.x - 6.0);
        let galley = ui.painter().layout_job(job);
        let y = (origin.y + row.min.y + 2.0).max(*next_y);
        let rect = Rect::from_min_size(pos2(x + GAP, y), galley.size() + 2.0 * PAD);
        *next_y = rect.max.y + 3.0;
        if !clip.contains(rect.center()) {
            continue;
        }
        let response = ui.interact(rect, parent.with(("badge", i)), Sense::click());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &badge.label));
        let painter = ui.painter();
        painter.rect_filled(rect, 7.0, fill);
        if response.hovered() {
            painter.rect_stroke(
                rect,
                7.0,
                egui::Stroke::new(1.0, color),
                egui::StrokeKind::Inside,
            );
        }
        painter.galley(rect.min + PAD, galley, color);
        let response = response
            .on_hover_cursor(egui::CursorIcon::PointingHand)
            .on_hover_ui(|ui| tooltip(ui, badge));
        if response.clicked() {
            clicked = badge.target.clone();
        }
    }
    clicked
}

/// The badge's tooltip: each matching sentence with its outlet.
fn tooltip(ui: &mut Ui, badge: &Badge) {
    ui.set_max_width(420.0);
    if badge.tone == Tone::Confirmed {
        ui.strong("Also reported by");
    }
    for line in &badge.tip {
        match line {
            TipLine::Heading(what) => {
                ui.label(
                    RichText::new(what)
                        .strong()
                        .color(ui.visuals().warn_fg_color),
                );
            }
            TipLine::Quote { outlet, text } => {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(outlet).strong());
                    ui.label(text);
                });
            }
        }
    }
    ui.weak("Click to open it");
}

/// Width of the reader's text column in a panel `available` points wide (side margins and
/// the badge gutter kept free).
pub fn column_width(available: f32) -> f32 {
    (available - 2.0 * SIDE_MARGIN - GUTTER).clamp(120.0, MAX_COLUMN)
}
