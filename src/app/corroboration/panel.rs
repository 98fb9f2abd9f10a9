//! The Corroboration tab of the right panel: the grounding check, then what the sources
//! disagree on, then every fact and remark matched across outlets, strongest first.
//!
//! The comparison already orders its groups (discrepancies first, then more origins, then
//! score). The tab flattens discrepancies and groups into one-line rows, rebuilt only when
//! the comparison or the filter changes, and shows them with `ScrollArea::show_rows`, so
//! hundreds of groups cost only the rows on screen. A click on a sentence opens it in the
//! reader, selected; its context menu adds it to the briefing through the usual commands.

use super::Comparison;
use crate::app::commands::UiCommand;
use crate::app::state::{Outbox, ViewState};
use crate::corroborate::Corroboration;
use crate::corroborate::grounding::Ungrounded;
use crate::corroborate::sources::Sources;
use egui::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Color32, FontId, Rect, Sense, Ui, vec2};

/// Height of one row.
const ROW: f32 = 20.0;

/// One line of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// "Discrepancies" or "Matched across outlets".
    Heading(&'static str),
    /// What a discrepancy is about (index into `discrepancies`).
    Discrepancy(usize),
    /// One outlet's value in a discrepancy: (discrepancy, variant).
    Variant(usize, usize),
    /// A group's kind, outlets and score (index into `groups`).
    Group(usize),
    /// One member statement of a group: (group, statement).
    Member(usize, usize),
}

/// The rows shown for `found` with `filter` (case-insensitive words; every word must
/// appear in a group's texts or outlets).
pub fn rows(found: &Corroboration, filter: &str) -> Vec<Row> {
    let words: Vec<String> = filter.split_whitespace().map(str::to_lowercase).collect();
    let outlet = |s: usize| found.outlets[found.statements[s].article].as_str();
    let keep = |g: usize| {
        words.is_empty()
            || found.groups.get(g).is_some_and(|group| {
                let hay = (group.members.iter())
                    .map(|&m| format!("{} {}", outlet(m), found.statements[m].text))
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_lowercase();
                words.iter().all(|w| hay.contains(w.as_str()))
            })
    };
    let mut out = Vec::new();
    let discrepancies: Vec<usize> = (0..found.discrepancies.len())
        .filter(|&d| keep(found.discrepancies[d].group))
        .collect();
    if !discrepancies.is_empty() {
        out.push(Row::Heading("Discrepancies"));
        for d in discrepancies {
            out.push(Row::Discrepancy(d));
            out.extend((0..found.discrepancies[d].members.len()).map(|v| Row::Variant(d, v)));
        }
    }
    let groups: Vec<usize> = (0..found.groups.len()).filter(|&g| keep(g)).collect();
    if !groups.is_empty() {
        out.push(Row::Heading("Matched across outlets"));
        for g in groups {
            out.push(Row::Group(g));
            out.extend(found.groups[g].members.iter().map(|&m| Row::Member(g, m)));
        }
    }
    out
}

/// The tab's state across frames.
#[derive(Debug, Default)]
pub struct Panel {
    filter: String,
    rows: Vec<Row>,
    rows_for: Option<(u64, String)>,
}

impl Panel {
    /// Draws the tab.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        comparison: &Comparison,
        ungrounded: &[Ungrounded],
        view: &mut ViewState,
        out: &mut Outbox,
    ) {
        check_section(ui, comparison, ungrounded, view);
        ui.separator();
        let Some(sources) = comparison.sources() else {
            ui.weak(if comparison.busy() {
                "Comparing the sources…"
            } else {
                "No comparison yet"
            });
            return;
        };
        let found = &sources.found;
        if let Some(why) = &found.skipped {
            ui.weak(format!("Not compared: {why}."));
            return;
        }
        let key = (comparison.generation(), self.filter.clone());
        if self.rows_for.as_ref() != Some(&key) {
            self.rows = rows(found, &self.filter);
            self.rows_for = Some(key);
        }
        ui.horizontal(|ui| {
            ui.add(
                egui::TextEdit::singleline(&mut self.filter)
                    .hint_text("Filter matches")
                    .desired_width(180.0),
            )
            .accessible_name("Filter matches");
            let (g, d) = (found.groups.len(), found.discrepancies.len());
            ui.weak(format!("{g} matched · {d} differ"));
        });
        if self.rows.is_empty() {
            ui.weak(if found.groups.is_empty() {
                "No fact or remark is reported by more than one outlet"
            } else {
                "Nothing matches the filter"
            });
            return;
        }
        let rows = &self.rows;
        egui::ScrollArea::vertical()
            .id_salt("corroboration")
            .auto_shrink([false, false])
            .show_rows(ui, ROW, rows.len(), |ui, range| {
                for &row in &rows[range] {
                    show_row(ui, sources, row, view, out);
                }
            });
    }
}

/// The grounding check at the top of the tab.
fn check_section(
    ui: &mut Ui,
    comparison: &Comparison,
    ungrounded: &[Ungrounded],
    view: &mut ViewState,
) {
    ui.horizontal(|ui| {
        ui.strong("Check");
        if comparison.sources().is_none() {
            ui.weak("waiting for the comparison…");
        } else if ungrounded.is_empty() {
            ui.weak("✔ every number, date and name you wrote appears in a source");
        } else {
            ui.weak(format!("{} not found in any source:", ungrounded.len()));
        }
    })
    .response
    .on_hover_text(UiCommand::CheckGrounding.tooltip());
    if !ungrounded.is_empty() {
        egui::ScrollArea::vertical()
            .id_salt("grounding")
            .max_height(140.0)
            .show(ui, |ui| super::grounding::list(ui, ungrounded, view));
    }
}

/// The words shown on a row and its accessible name.
fn row_text(sources: &Sources, row: Row) -> (String, String) {
    let found = &sources.found;
    let outlet = |s: usize| found.outlets[found.statements[s].article].clone();
    match row {
        Row::Heading(h) => (h.to_owned(), h.to_owned()),
        Row::Discrepancy(d) => {
            let what = &found.discrepancies[d].what;
            (format!("≠ {what}"), format!("≠ {what}"))
        }
        Row::Variant(d, v) => {
            let var = &found.discrepancies[d].members[v];
            let text = &found.statements[var.statement].text;
            let shown = format!("{}: {} — {text}", outlet(var.statement), var.value);
            (shown.clone(), shown)
        }
        Row::Group(g) => {
            let group = &found.groups[g];
            let outlets = found.outlets_of(&group.members).join(", ");
            let kind = group.kind.as_str();
            (
                format!("{} · {outlets}", kind.to_uppercase()),
                format!("Matched {kind}: {outlets} (score {:.2})", group.score),
            )
        }
        Row::Member(_, s) => {
            let text = &found.statements[s].text;
            let shown = format!("{}: {text}", outlet(s));
            (shown.clone(), shown)
        }
    }
}

/// One row: painted text clipped to the width; sentences are clickable.
fn show_row(ui: &mut Ui, sources: &Sources, row: Row, view: &mut ViewState, out: &mut Outbox) {
    let found = &sources.found;
    let (shown, label) = row_text(sources, row);
    let statement = match row {
        Row::Variant(d, v) => Some(found.discrepancies[d].members[v].statement),
        Row::Member(_, s) => Some(s),
        _ => None,
    };
    let sense = if statement.is_some() {
        Sense::click()
    } else {
        Sense::hover()
    };
    let (rect, response) = ui.allocate_exact_size(vec2(ui.available_width(), ROW), sense);
    let v = ui.visuals();
    let (indent, font, color) = match row {
        Row::Heading(_) => (0.0, FontId::proportional(14.0), v.strong_text_color()),
        Row::Discrepancy(_) => (4.0, FontId::proportional(13.0), v.warn_fg_color),
        Row::Group(_) => (4.0, FontId::proportional(11.5), v.weak_text_color()),
        Row::Variant(..) | Row::Member(..) => (18.0, FontId::proportional(13.0), v.text_color()),
    };
    let role = if statement.is_some() {
        egui::Role::Button
    } else {
        egui::Role::Label
    };
    response.widget_info(|| egui::WidgetInfo::labeled(role, true, &label));
    if response.hovered() && statement.is_some() {
        ui.painter()
            .rect_filled(rect, 3.0, v.widgets.hovered.weak_bg_fill);
    }
    let mut right = rect.max.x;
    if let Row::Group(g) = row {
        right -= score_bar(ui, rect, found.groups[g].score);
    }
    let mut job = LayoutJob::default();
    job.append(&shown, 0.0, TextFormat::simple(font, color));
    job.wrap = TextWrapping::truncate_at_width((right - rect.min.x - indent - 4.0).max(10.0));
    let galley = ui.painter().layout_job(job);
    let y = rect.center().y - galley.size().y / 2.0;
    ui.painter()
        .galley(egui::pos2(rect.min.x + indent, y), galley, color);
    let Some(s) = statement else {
        return;
    };
    let target = sources
        .source_of_statement(s)
        .map(|id| (id, found.statements[s].start..found.statements[s].end));
    let response = response
        .on_hover_cursor(egui::CursorIcon::PointingHand)
        .on_hover_ui(|ui| {
            ui.set_max_width(420.0);
            ui.label(&shown);
            ui.weak("Click to open it in the reader; right-click to add it to the briefing");
        });
    if response.clicked()
        && let Some((id, range)) = target.clone()
    {
        view.jump_to(id, range);
    }
    response.context_menu(|ui| {
        for command in [UiCommand::AddFact, UiCommand::AddQuote] {
            if ui.button(command.label()).clicked()
                && let Some((id, range)) = target.clone()
            {
                view.jump_to(id, range);
                out.command(command);
                ui.close();
            }
        }
    });
}

/// Paints a group's score (0–1) as a small bar at the right of `rect`; returns the width
/// used.
fn score_bar(ui: &Ui, rect: Rect, score: f32) -> f32 {
    let width = 36.0;
    let bar = Rect::from_min_size(
        egui::pos2(rect.max.x - width - 4.0, rect.center().y - 3.0),
        vec2(width, 6.0),
    );
    let v = ui.visuals();
    ui.painter().rect_filled(bar, 3.0, v.faint_bg_color);
    let filled = Rect::from_min_size(bar.min, vec2(width * score.clamp(0.0, 1.0), 6.0));
    let color = if v.dark_mode {
        Color32::from_rgb(110, 160, 230)
    } else {
        Color32::from_rgb(60, 110, 190)
    };
    ui.painter().rect_filled(filled, 3.0, color);
    width + 8.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples::sample_project;

    #[test]
    fn discrepancies_come_first_and_the_filter_keeps_whole_groups() {
        let sources = Sources::new(&sample_project());
        let found = &sources.found;
        let all = rows(found, "");
        assert_eq!(all[0], Row::Heading("Discrepancies"));
        assert_eq!(all[1], Row::Discrepancy(0));
        assert!(found.discrepancies[0].what.contains("12,000"));
        let members: usize = found.groups.iter().map(|g| g.members.len()).sum();
        let variants: usize = found.discrepancies.iter().map(|d| d.members.len()).sum();
        assert_eq!(
            all.len(),
            2 + found.discrepancies.len() + variants + found.groups.len() + members
        );
        let some = rows(found, "12,000 RESIDENTS");
        assert!(some.len() < all.len());
        assert!(some.contains(&Row::Discrepancy(0)));
        for row in &some {
            if let Row::Member(g, _) = row {
                assert!(some.contains(&Row::Group(*g)));
            }
        }
        assert!(rows(found, "no-such-word-anywhere").is_empty());
    }
}
