//! Corroboration: badges in the reader, the Corroboration tab, and the grounding check
//! before an export.

use super::{Bench, CMD, open_samples};
use briefing::app::Modal;
use briefing::app::dialogs::{DialogAnswer, DialogRequest};
use briefing::app::state::RightTab;
use briefing::export::ExportFormat;
use briefing::project::SourceId;
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

/// The source whose outlet is `outlet`.
fn source_of(b: &Bench, outlet: &str) -> SourceId {
    let p = &b.app().doc.project;
    p.sources
        .iter()
        .find(|s| s.article.meta.source.as_deref() == Some(outlet))
        .or_else(|| {
            p.sources
                .iter()
                .find(|s| s.article.meta.site_name.as_deref() == Some(outlet))
        })
        .map(|s| s.id)
        .unwrap_or_else(|| panic!("no source from {outlet}"))
}

/// Opens the article of `outlet` by clicking its row in the library.
fn open_article(b: &mut Bench, outlet: &str) {
    let prefix = format!("{outlet}: ");
    let row = b
        .harness
        .query_all_by_role(Role::ListBoxOption)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with(&prefix))
        })
        .unwrap_or_else(|| panic!("a library row for {outlet}"));
    row.click();
    b.harness.run();
    assert_eq!(b.app().view.active_source, Some(source_of(b, outlet)));
}

/// The selected text in the reader, with the article it is in.
fn selected(b: &Bench) -> (SourceId, String) {
    let app = b.app();
    let sel = app.view.selection.expect("something is selected");
    let source = app.doc.project.source(sel.source).expect("its source");
    (
        sel.source,
        source.article.text[sel.start..sel.end].to_owned(),
    )
}

/// Vertical extent of the node labelled exactly `label`.
fn rows_of(b: &Bench, label: &str) -> (f64, f64) {
    let node = b.harness.get_by_label(label);
    let r = node.accesskit_node().bounding_box().expect("bounds");
    (r.y0, r.y1)
}

#[test]
fn a_matched_sentence_carries_badges_that_jump_to_the_other_outlets() {
    let mut b = open_samples();
    open_article(&mut b, "Yonhap");
    let yonhap = source_of(&b, "Yonhap");
    let sentence = {
        let p = &b.app().doc.project;
        let a = &p.source(yonhap).unwrap().article;
        a.sentences
            .iter()
            .find(|s| s.text.starts_with("About 12,000 residents"))
            .expect("the sentence")
            .text
            .clone()
    };
    let (top, bottom) = rows_of(&b, &sentence);
    let confirmed = "Confirmed by AFP, AP, The Oruna Valley Herald: +3";
    let (badge_top, _) = rows_of(&b, confirmed);
    assert!(
        (top - 2.0..bottom).contains(&badge_top),
        "the badge is level with its sentence: {badge_top} vs {top}..{bottom}"
    );
    let differs = "Differs from The Oruna Valley Herald on number";
    let (differs_top, _) = rows_of(&b, differs);
    assert!(differs_top > badge_top, "the warning sits below");

    // The warning goes to the outlet that gives another number, selected.
    b.click(differs);
    let (source, text) = selected(&b);
    assert_eq!(source, source_of(&b, "The Oruna Valley Herald"));
    assert_eq!(b.app().view.active_source, Some(source));
    assert!(text.contains("more than 10,000 residents"), "{text}");
    // Scrolled there: the selected sentence is on screen.
    let on_screen = b
        .harness
        .query_all_by_role(Role::ListBoxOption)
        .any(|n| n.accesskit_node().is_selected() == Some(true));
    assert!(on_screen, "the selected sentence is visible");

    // Back to Yonhap: the confirmation goes to the first confirming outlet.
    open_article(&mut b, "Yonhap");
    b.click(confirmed);
    let (source, text) = selected(&b);
    assert_eq!(source, source_of(&b, "AFP"));
    assert!(text.contains("12,000 people had been evacuated"), "{text}");
}

#[test]
fn the_corroboration_tab_lists_the_discrepancy_first_and_jumps_to_members() {
    let mut b = open_samples();
    b.press_with(CMD, Key::K);
    assert_eq!(b.app().view.right_tab, RightTab::Corroboration);
    let mut rows: Vec<(f64, String)> = b
        .harness
        .query_all_by_role(Role::Label)
        .chain(b.harness.query_all_by_role(Role::Button))
        .filter_map(|n| {
            let node = n.accesskit_node();
            let label = node.label().or_else(|| node.value())?;
            let interesting = label.starts_with("≠ ")
                || label.starts_with("Matched fact")
                || label.starts_with("Matched quote");
            Some((node.bounding_box()?.y0, label)).filter(|_| interesting)
        })
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert!(rows.len() >= 3, "{rows:?}");
    assert!(rows[0].1.starts_with("≠ number"), "{rows:?}");
    assert!(rows[0].1.contains("12,000"), "{rows:?}");
    // Every discrepancy (the samples also disagree on the day) is above every group.
    let first_group = rows.iter().position(|r| r.1.starts_with("Matched"));
    let first_group = first_group.expect("groups are listed");
    assert!(
        rows[..first_group].iter().all(|r| r.1.starts_with("≠ ")),
        "{rows:?}"
    );
    assert!(
        rows[first_group..].iter().all(|r| !r.1.starts_with("≠ ")),
        "{rows:?}"
    );

    let herald = b
        .harness
        .query_all_by_role(Role::Button)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with("The Oruna Valley Herald: more than 10,000"))
        })
        .expect("the Herald's variant");
    herald.click();
    b.harness.run();
    let (source, text) = selected(&b);
    assert_eq!(source, source_of(&b, "The Oruna Valley Herald"));
    assert!(text.contains("more than 10,000"), "{text}");
    assert_eq!(b.app().view.right_tab, RightTab::Corroboration);
}

/// Types `text` into the summary field.
fn type_summary(b: &mut Bench, text: &str) {
    let field = b
        .harness
        .get_by_role_and_label(Role::MultilineTextInput, "Summary");
    field.click();
    b.harness.run();
    b.harness
        .get_by_role_and_label(Role::MultilineTextInput, "Summary")
        .type_text(text);
    b.harness.run();
    assert_eq!(b.app().doc.project.briefing.summary, text);
}

#[test]
fn an_ungrounded_number_makes_export_ask_and_review_leads_to_it() {
    let mut b = open_samples();
    type_summary(&mut b, "Some 15,000 troops were deployed.");
    // Leave the field so the shortcut is not typed into it.
    b.press(Key::Escape);
    b.press_with(CMD, Key::E);
    match &b.app().modal {
        Some(Modal::Ungrounded { then, list }) => {
            assert_eq!(*then, briefing::app::commands::UiCommand::ExportMarkdown);
            assert!(list.iter().any(|u| u.text.contains("15,000")), "{list:?}");
        }
        other => panic!("expected the grounding question, got {other:?}"),
    }
    assert!(b.dialogs.asked().is_empty(), "no save dialog yet");
    b.harness.get_by_label_contains("“15,000");
    b.click("Review");
    assert!(b.app().modal.is_none());
    assert_eq!(b.app().view.right_tab, RightTab::Corroboration);
    let entry = b
        .harness
        .query_all_by_label_contains("in summary")
        .next()
        .expect("the entry in the check list");
    let text = entry.accesskit_node().value().expect("its text");
    assert!(text.contains("15,000"), "{text}");
    entry.click();
    b.harness.run();
    assert_eq!(b.app().view.right_tab, RightTab::Outline);
    b.harness.run();
    let summary = b
        .harness
        .get_by_role_and_label(Role::MultilineTextInput, "Summary");
    assert!(
        summary.accesskit_node().is_focused(),
        "the summary has the focus"
    );

    // Export anyway goes on to the save dialog.
    b.press(Key::Escape);
    let out = crate::export::tempdir().join("anyway.md");
    b.dialogs.push(DialogAnswer::Export(
        ExportFormat::Markdown,
        Some(out.clone()),
    ));
    b.press_with(CMD, Key::E);
    b.click("Export anyway");
    assert!(matches!(
        b.dialogs.asked().last(),
        Some(DialogRequest::Export { .. })
    ));
    let md = std::fs::read_to_string(&out).expect("exported");
    assert!(md.contains("15,000 troops"), "{md}");
}

#[test]
fn a_grounded_number_exports_without_asking() {
    let mut b = open_samples();
    type_summary(&mut b, "About 12,000 residents were evacuated from Dravik.");
    b.press(Key::Escape);
    let out = crate::export::tempdir().join("grounded.md");
    b.dialogs.push(DialogAnswer::Export(
        ExportFormat::Markdown,
        Some(out.clone()),
    ));
    b.press_with(CMD, Key::E);
    assert!(b.app().modal.is_none(), "no question");
    let md = std::fs::read_to_string(&out).expect("exported at once");
    assert!(md.contains("12,000 residents"), "{md}");
}
