//! Corroboration badges in the reader's right margin: "+2: AFP, TASS" beside a sentence
//! that other outlets also report, a warning-coloured "≠ number" beside one they report
//! differently.
//!
//! The badges of the open article are derived once per article and comparison
//! ([`badges_of`], a pure function of [`Sources`]) and kept sorted by position. Each frame
//! the reader asks only for the badges of the visible paragraphs: a badge sits in the
//! gutter right of the text column, level with the first row of its sentence (found in the
//! cached galley, so nothing is laid out again), pushed down when the badge above would
//! overlap it. Each badge is a small clickable widget with an accessible name ("Confirmed
//! by AFP, AP: +2"): hovering lists the matching sentences and their outlets, clicking
//! jumps to the first of them.

use super::blocks::Block;
use super::hit::first_row_rect;
use super::layout::Laid;
use crate::corroborate::sources::Sources;
use crate::project::SourceId;
use egui::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Color32, FontId, Id, Pos2, Rect, RichText, Sense, Ui, Vec2, pos2};
use std::collections::BTreeMap;
use std::ops::Range;

/// Width kept free right of the text column for badges.
pub const GUTTER: f32 = 118.0;
/// Space between the text column and the badges.
const GAP: f32 = 10.0;
/// Characters of outlet names shown in a badge before it is shortened.
const MAX_OUTLETS: usize = 16;
/// Padding inside a badge.
const PAD: Vec2 = Vec2::new(5.0, 1.5);

/// Whether a badge confirms or warns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Other outlets report the same.
    Confirmed,
    /// Other outlets report it with a different number, date or name.
    Differs,
}

/// A line of a badge's tooltip.
#[derive(Debug, Clone, PartialEq)]
pub enum TipLine {
    /// What differs (`number: "12,000" vs "more than 10,000"`).
    Heading(String),
    /// A matching sentence (or a value) and its outlet.
    Quote {
        /// The outlet.
        outlet: String,
        /// The sentence or value.
        text: String,
    },
}

/// A badge beside one sentence of the open article.
#[derive(Debug, Clone, PartialEq)]
pub struct Badge {
    /// The article byte the badge is level with (its statements' start).
    pub anchor: usize,
    /// Confirming or warning.
    pub tone: Tone,
    /// What the badge says.
    pub text: String,
    /// Its accessible name.
    pub label: String,
    /// Where a click goes: a matching statement in another article.
    pub target: Option<(SourceId, Range<usize>)>,
    /// The tooltip.
    pub tip: Vec<TipLine>,
}

/// "+N: outlets" with the outlet list shortened to about [`MAX_OUTLETS`] characters.
pub fn confirm_text(outlets: &[String]) -> String {
    let mut list = String::new();
    let mut shown = 0;
    for o in outlets {
        let sep = if list.is_empty() { "" } else { ", " };
        if list.chars().count() + sep.len() + o.chars().count() > MAX_OUTLETS {
            break;
        }
        list.push_str(sep);
        list.push_str(o);
        shown += 1;
    }
    if shown == 0 && !outlets.is_empty() {
        let first: String = outlets[0].chars().take(MAX_OUTLETS - 1).collect();
        list = format!("{}…", first.trim_end());
    } else if shown < outlets.len() {
        list.push_str(", …");
    }
    format!("+{}: {list}", outlets.len())
}

/// A value without its qualifiers, to tell who gives a different one: the digits when
/// it has some ("about 12,000" and "12,000" agree), else the value in lower case.
fn core_value(value: &str) -> String {
    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        value.to_lowercase()
    } else {
        digits
    }
}

/// The badges of article `source` in the comparison, by position.
pub fn badges_of(sources: &Sources, source: SourceId) -> Vec<Badge> {
    let Some(article) = sources.article_of(source) else {
        return Vec::new();
    };
    let found = &sources.found;
    let outlet = |s: usize| -> String {
        let a = found.statements[s].article;
        found.outlets.get(a).cloned().unwrap_or_default()
    };
    let target = |s: usize| {
        let st = &found.statements[s];
        sources
            .source_of_statement(s)
            .map(|id| (id, st.start..st.end))
    };
    // Matched statements by the sentence they start in: one badge per sentence.
    let mut by_sentence: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for s in found.statements_of(article) {
        if found.group_index(s).is_some() {
            let first = found.statements[s].sentences.start;
            by_sentence.entry(first).or_default().push(s);
        }
    }
    let mut badges = Vec::new();
    for own in by_sentence.values() {
        let anchor = own
            .iter()
            .map(|&s| found.statements[s].start)
            .min()
            .unwrap_or(0);
        let mut confirming: Vec<usize> = Vec::new();
        let mut differ: Vec<usize> = Vec::new();
        for &s in own {
            for c in found.confirming(s) {
                if !confirming.contains(&c) && !own.contains(&c) {
                    confirming.push(c);
                }
            }
            for (i, d) in found.discrepancies.iter().enumerate() {
                if d.members.iter().any(|m| m.statement == s) && !differ.contains(&i) {
                    differ.push(i);
                }
            }
        }
        if !confirming.is_empty() {
            let outlets = found.outlets_of(&confirming);
            badges.push(Badge {
                anchor,
                tone: Tone::Confirmed,
                text: confirm_text(&outlets),
                label: format!("Confirmed by {}: +{}", outlets.join(", "), outlets.len()),
                target: target(confirming[0]),
                tip: (confirming.iter())
                    .map(|&c| TipLine::Quote {
                        outlet: outlet(c),
                        text: found.statements[c].text.clone(),
                    })
                    .collect(),
            });
        }
        if !differ.is_empty() {
            let mut kinds: Vec<&str> = Vec::new();
            let mut others: Vec<usize> = Vec::new();
            let mut tip = Vec::new();
            for &i in &differ {
                let d = &found.discrepancies[i];
                if !kinds.contains(&d.kind.label()) {
                    kinds.push(d.kind.label());
                }
                tip.push(TipLine::Heading(d.what.clone()));
                let mine: Vec<String> = (d.members.iter())
                    .filter(|v| own.contains(&v.statement))
                    .map(|v| core_value(&v.value))
                    .collect();
                for v in &d.members {
                    tip.push(TipLine::Quote {
                        outlet: outlet(v.statement),
                        text: format!("{} — {}", v.value, found.statements[v.statement].text),
                    });
                    let other = !own.contains(&v.statement) && !others.contains(&v.statement);
                    if other && !mine.contains(&core_value(&v.value)) {
                        others.push(v.statement);
                    }
                }
            }
            if others.is_empty() {
                // Only the qualifiers differ from here: point at any other variant.
                others.extend(
                    (differ.iter())
                        .flat_map(|&i| &found.discrepancies[i].members)
                        .map(|v| v.statement)
                        .filter(|s| !own.contains(s))
                        .take(1),
                );
            }
            badges.push(Badge {
                anchor,
                tone: Tone::Differs,
                text: format!("≠ {}", kinds.join(", ")),
                label: format!(
                    "Differs from {} on {}",
                    found.outlets_of(&others).join(", "),
                    kinds.join(", ")
                ),
                target: others.first().and_then(|&s| target(s)),
                tip,
            });
        }
    }
    badges
}

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
        job.wrap = TextWrapping::truncate_at_width(GUTTER - GAP - 2.0 * PAD.x);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples::sample_project;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn confirm_text_shortens_long_outlet_lists() {
        assert_eq!(confirm_text(&names(&["AFP", "TASS"])), "+2: AFP, TASS");
        assert_eq!(
            confirm_text(&names(&["AFP", "Yonhap", "Reuters", "AP"])),
            "+4: AFP, Yonhap, …"
        );
        assert_eq!(
            confirm_text(&names(&["The Oruna Herald Online"])),
            "+1: The Oruna Heral…"
        );
        assert_eq!(confirm_text(&[]), "+0: ");
    }

    #[test]
    fn the_samples_badge_the_twelve_thousand_sentence_both_ways() {
        let project = sample_project();
        let sources = Sources::new(&project);
        let yonhap = project
            .sources
            .iter()
            .find(|s| s.article.path.contains("yonhap"))
            .expect("the Yonhap sample");
        let badges = badges_of(&sources, yonhap.id);
        assert!(!badges.is_empty());
        assert!(badges.windows(2).all(|w| w[0].anchor <= w[1].anchor));
        let at = yonhap.article.text.find("12,000").expect("the number");
        let sentence = yonhap
            .article
            .sentences
            .iter()
            .find(|s| s.start <= at && at < s.end)
            .expect("its sentence");
        let here: Vec<&Badge> = badges
            .iter()
            .filter(|b| sentence.start <= b.anchor && b.anchor < sentence.end)
            .collect();
        let differs = here
            .iter()
            .find(|b| b.tone == Tone::Differs)
            .expect("a discrepancy badge");
        assert!(differs.text.contains("number"), "{}", differs.text);
        let (target, range) = differs.target.clone().expect("a target");
        assert_ne!(target, yonhap.id);
        let other = project.source(target).expect("the other source");
        assert!(other.article.text[range].contains("more than 10,000"));
        assert!(
            differs
                .label
                .starts_with("Differs from The Oruna Valley Herald on number"),
            "{}",
            differs.label
        );
        let confirmed = here
            .iter()
            .find(|b| b.tone == Tone::Confirmed)
            .expect("a confirmation badge");
        assert_eq!(
            confirmed.label,
            "Confirmed by AFP, AP, The Oruna Valley Herald: +3"
        );
        assert_eq!(confirmed.text, "+3: AFP, AP, …");
        assert_eq!(core_value("about 12,000"), core_value("12,000"));
        for b in &badges {
            assert!(b.target.is_some(), "{b:?}");
        }
    }
}
