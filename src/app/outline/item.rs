//! One item row of the outline: kind badge, outlet, speaker, and the words as printed.
//!
//! The row is painted from two galleys inside one interactive rect rather than built from
//! labels: one widget per item keeps long briefings cheap, and the row is a single
//! accessible node named by the item's shown text, which is how tests (and screen
//! readers) find it. Unselected rows clip the text to [`CLIPPED_ROWS`] lines; the
//! selected row shows it whole. The row senses clicks (select, jump to the article) and
//! drags (reorder, see [`super::dnd`]).

use super::dnd::DragItem;
use crate::app::library::outlet;
use crate::project::{Item, ItemKind, Project};
use egui::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Color32, Rect, Response, Sense, TextStyle, Ui, pos2, vec2};

/// Lines of item text shown when the item is not selected.
pub const CLIPPED_ROWS: usize = 4;

/// Padding inside a row.
const PAD: f32 = 4.0;

/// Space between the meta line and the text.
const GAP: f32 = 2.0;

/// The meta line: kind badge text, outlet, speaker, note marker.
fn meta(project: &Project, item: &Item) -> (&'static str, String) {
    let badge = match item.kind {
        ItemKind::Fact => "FACT",
        ItemKind::Quote => "QUOTE",
    };
    let mut rest = project
        .source(item.provenance.source)
        .map(outlet)
        .unwrap_or_else(|| "missing source".to_owned());
    if let Some(speaker) = item.speaker.as_deref().filter(|s| !s.trim().is_empty()) {
        rest.push_str(" — ");
        rest.push_str(speaker);
    }
    if item.note.is_some() {
        rest.push_str(" · note");
    }
    if !item.tags.is_empty() {
        rest.push_str(" · #");
        rest.push_str(&item.tags.join(" #"));
    }
    (badge, rest)
}

/// The colour of a kind's badge.
fn badge_color(ui: &Ui, kind: ItemKind) -> Color32 {
    let dark = ui.visuals().dark_mode;
    match (kind, dark) {
        (ItemKind::Fact, false) => Color32::from_rgb(0x2b, 0x6c, 0xb0),
        (ItemKind::Fact, true) => Color32::from_rgb(0x63, 0xa4, 0xe8),
        (ItemKind::Quote, false) => Color32::from_rgb(0x9c, 0x4d, 0x12),
        (ItemKind::Quote, true) => Color32::from_rgb(0xe8, 0x9b, 0x5a),
    }
}

/// Draws the row of `item`; returns its response (click to select, drag to move).
pub fn row(ui: &mut Ui, project: &Project, item: &Item, selected: bool) -> Response {
    let width = ui.available_width();
    let inner = (width - 2.0 * PAD).max(40.0);
    let small = TextStyle::Small.resolve(ui.style());
    let body = TextStyle::Body.resolve(ui.style());
    let weak = ui.visuals().weak_text_color();
    let strong = ui.visuals().strong_text_color();
    let text_color = ui.visuals().text_color();
    let painter = ui.painter().clone();

    let (badge, rest) = meta(project, item);
    let badge_galley =
        painter.layout_no_wrap(badge.to_owned(), small.clone(), badge_color(ui, item.kind));
    let mut meta_job = LayoutJob::default();
    meta_job.append(&rest, 0.0, TextFormat::simple(small, weak));
    meta_job.wrap = TextWrapping::truncate_at_width(inner - badge_galley.size().x - 8.0);
    let meta_galley = painter.layout_job(meta_job);

    let mut job = LayoutJob::default();
    let shown = item.shown_text();
    let color = if item.kind == ItemKind::Quote {
        strong
    } else {
        text_color
    };
    job.append(shown, 0.0, TextFormat::simple(body, color));
    job.wrap = TextWrapping {
        max_width: inner,
        max_rows: if selected { usize::MAX } else { CLIPPED_ROWS },
        break_anywhere: false,
        overflow_character: Some('…'),
    };
    let text_galley = painter.layout_job(job);

    let meta_height = badge_galley.size().y.max(meta_galley.size().y);
    let height = PAD + meta_height + GAP + text_galley.size().y + PAD;
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::click_and_drag());
    response.widget_info(|| {
        egui::WidgetInfo::selected(egui::Role::ListBoxOption, true, selected, shown)
    });
    response.dnd_set_drag_payload(DragItem(item.id));
    let response = response.on_hover_text_at_pointer(
        "Click to show it in its article; drag to move it (also into another section)",
    );

    if ui.is_rect_visible(rect) {
        paint_background(ui, rect, selected, &response);
        let top = rect.min + vec2(PAD, PAD);
        let badge_rect = Rect::from_min_size(top, badge_galley.size()).expand2(vec2(3.0, 0.0));
        let badge_fill = badge_color(ui, item.kind).gamma_multiply(0.15);
        painter.rect_filled(badge_rect.translate(vec2(3.0, 0.0)), 3.0, badge_fill);
        let badge_width = badge_galley.size().x;
        painter.galley(top + vec2(3.0, 0.0), badge_galley, text_color);
        painter.galley(top + vec2(badge_width + 12.0, 0.0), meta_galley, weak);
        let text_top = pos2(rect.min.x + PAD, top.y + meta_height + GAP);
        painter.galley(text_top, text_galley, text_color);
    }
    response
}

/// Selected, hovered or plain background.
fn paint_background(ui: &Ui, rect: Rect, selected: bool, response: &Response) {
    let visuals = ui.visuals();
    let fill = if selected {
        visuals.selection.bg_fill.gamma_multiply(0.35)
    } else if response.hovered() {
        visuals.widgets.hovered.weak_bg_fill
    } else {
        visuals.faint_bg_color
    };
    ui.painter().rect_filled(rect, 4.0, fill);
    if selected {
        let stroke = egui::Stroke::new(1.0, visuals.selection.stroke.color);
        ui.painter()
            .rect_stroke(rect, 4.0, stroke, egui::StrokeKind::Inside);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_names_outlet_speaker_note_and_tags() {
        let p = crate::draft::draft(crate::samples::sample_project().sources, None, "");
        let Some(quote) = p.items().find(|i| i.kind == ItemKind::Quote) else {
            panic!("the draft has quotes");
        };
        let (badge, rest) = meta(&p, quote);
        assert_eq!(badge, "QUOTE");
        let speaker = quote.speaker.clone().unwrap_or_default();
        assert!(rest.contains(&format!(" — {speaker}")), "{rest}");
        let mut noted = quote.clone();
        noted.note = Some("check".to_owned());
        noted.tags = vec!["dam".to_owned(), "water".to_owned()];
        let (_, rest) = meta(&p, &noted);
        assert!(rest.ends_with(" · note · #dam #water"), "{rest}");
    }
}
