//! The top of the outline: the briefing's title and summary, and the less used front
//! matter (subtitle, author, date, marking) folded under "Details".
//!
//! Each field is bound to the project (see [`super::fields`]) and pushes a typed
//! [`Edit::SetField`] keyed by [`MergeKey::Field`], so a burst of typing in one field is
//! one undo step.

use super::fields::{self, FieldStyle};
use crate::app::state::Outbox;
use crate::history::MergeKey;
use crate::project::Project;
use crate::project::edit::{BriefingField, Edit};
use egui::Ui;
use std::ops::Range;

/// A field to focus with the span to select in it (from the grounding check).
pub type Focus = Option<(BriefingField, Range<usize>)>;

/// Focuses `field` (showing `value`) when `focus` asks for it, consuming the request.
fn focus_if(ui: &Ui, focus: &mut Focus, field: BriefingField, value: &str, t: &fields::Typed) {
    if let Some((_, range)) = focus.take_if(|(f, _)| *f == field) {
        fields::focus(ui, &t.response, value, range);
    }
}

/// The details folded away by default: (field, label, hint).
const DETAILS: [(BriefingField, &str, &str); 4] = [
    (BriefingField::Subtitle, "Subtitle", "Optional subtitle"),
    (BriefingField::Author, "Author", "Author or desk"),
    (BriefingField::Date, "Date", "YYYY-MM-DD"),
    (
        BriefingField::Marking,
        "Marking",
        "Handling marking, e.g. UNCLASSIFIED",
    ),
];

/// The undo label for typing in `field`.
fn label(field: BriefingField) -> &'static str {
    match field {
        BriefingField::Title => "Edit title",
        BriefingField::Subtitle => "Edit subtitle",
        BriefingField::Author => "Edit author",
        BriefingField::Date => "Edit date",
        BriefingField::Marking => "Edit marking",
        BriefingField::Summary => "Edit summary",
    }
}

/// Pushes the typed change of `field`, if any.
fn push(field: BriefingField, typed: fields::Typed, out: &mut Outbox) {
    if let Some(value) = typed.text {
        out.typed(
            Edit::SetField { field, value },
            label(field),
            MergeKey::Field(field),
        );
    }
}

/// Draws the title, the summary and the details; `focus` puts the keyboard focus into one
/// of them.
pub fn show(ui: &mut Ui, project: &Project, focus: &mut Focus, out: &mut Outbox) {
    let title = fields::bound(
        ui,
        project.field(BriefingField::Title),
        "Briefing title",
        None,
        FieldStyle {
            text_style: egui::TextStyle::Heading,
            ..FieldStyle::line("Briefing title")
        },
        out,
    );
    focus_if(
        ui,
        focus,
        BriefingField::Title,
        project.field(BriefingField::Title),
        &title,
    );
    push(BriefingField::Title, title, out);

    let summary_label = ui.label("Summary");
    let summary = fields::bound(
        ui,
        project.field(BriefingField::Summary),
        "Summary",
        Some(summary_label.id),
        FieldStyle::lines("The bottom line up front"),
        out,
    );
    let value = project.field(BriefingField::Summary);
    focus_if(ui, focus, BriefingField::Summary, value, &summary);
    push(BriefingField::Summary, summary, out);

    let open = focus
        .as_ref()
        .is_some_and(|(f, _)| DETAILS.iter().any(|(d, _, _)| d == f));
    egui::CollapsingHeader::new("Details")
        .id_salt("briefing-details")
        .open(open.then_some(true))
        .show(ui, |ui| {
            egui::Grid::new("briefing-details-grid")
                .num_columns(2)
                .striped(false)
                .show(ui, |ui| {
                    for (field, name, hint) in DETAILS {
                        let l = ui.label(name);
                        let typed = fields::bound(
                            ui,
                            project.field(field),
                            name,
                            Some(l.id),
                            FieldStyle::line(hint),
                            out,
                        );
                        focus_if(ui, focus, field, project.field(field), &typed);
                        push(field, typed, out);
                        ui.end_row();
                    }
                });
        });
}
