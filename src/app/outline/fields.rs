//! Text fields bound to the document, and the small conversions between what a field
//! shows and what the project stores.
//!
//! A field never owns its text: each frame it is filled from the project, so undo and
//! redo show at once. When the analyst types, the new text goes out as an edit (a typed
//! one, merged into a single undo step per burst) and comes back next frame from the
//! project. Losing focus seals the burst. Optional fields store `None` when emptied.
//! Tags are the exception that needs a draft: "a, b," parses to the same tags as "a, b",
//! so the typed text is kept while it still means the project's tags (see [`tags_text`]).

use crate::app::state::Outbox;
use egui::text::{CCursor, CCursorRange};
use egui::{Response, TextEdit, Ui};
use std::ops::Range;

/// What a text field changed this frame.
pub struct Typed {
    /// The new text when the analyst changed it.
    pub text: Option<String>,
    /// The field's response (focus, rect).
    pub response: Response,
}

/// How a bound field looks.
#[derive(Clone)]
pub struct FieldStyle<'a> {
    /// Several lines (note, summary) or one.
    pub multiline: bool,
    /// Shown greyed while empty.
    pub hint: &'a str,
    /// Text style (body, or heading for the title).
    pub text_style: egui::TextStyle,
}

impl<'a> FieldStyle<'a> {
    /// One line with a hint.
    pub fn line(hint: &'a str) -> FieldStyle<'a> {
        FieldStyle {
            multiline: false,
            hint,
            text_style: egui::TextStyle::Body,
        }
    }

    /// Several lines with a hint.
    pub fn lines(hint: &'a str) -> FieldStyle<'a> {
        FieldStyle {
            multiline: true,
            ..FieldStyle::line(hint)
        }
    }
}

/// A text field showing `value`, named `name` for assistive technology (and tests);
/// when `label` is the id of a visible label, the field is tied to it instead. Sets
/// `out.seal` when the field loses focus.
pub fn bound(
    ui: &mut Ui,
    value: &str,
    name: &str,
    label: Option<egui::Id>,
    style: FieldStyle<'_>,
    out: &mut Outbox,
) -> Typed {
    let mut text = value.to_owned();
    let edit = if style.multiline {
        TextEdit::multiline(&mut text).desired_rows(2)
    } else {
        TextEdit::singleline(&mut text)
    };
    let edit = edit
        .hint_text(style.hint)
        .font(style.text_style)
        .desired_width(f32::INFINITY);
    let response = ui.add(edit);
    let response = match label {
        Some(id) => response.labelled_by(id),
        None => response.accessible_name(name),
    };
    if response.lost_focus() {
        out.seal = true;
    }
    let text = (response.changed() && text != value).then_some(text);
    Typed { text, response }
}

/// Puts the keyboard focus into the field of `response` (showing `text`), scrolls to it
/// and selects bytes `bytes` of its text (a grounding-check entry to fix).
pub fn focus(ui: &Ui, response: &Response, text: &str, bytes: Range<usize>) {
    response.request_focus();
    response.scroll_to_me(Some(egui::Align::Center));
    let char_at = |b: usize| {
        text.get(..b.min(text.len()))
            .map_or(0, |t| t.chars().count())
    };
    let mut state = egui::text_edit::TextEditState::load(ui.ctx(), response.id).unwrap_or_default();
    state.cursor.set_char_range(Some(CCursorRange::two(
        CCursor::new(char_at(bytes.start)),
        CCursor::new(char_at(bytes.end)),
    )));
    state.store(ui.ctx(), response.id);
}

/// `None` for an empty text (an optional field cleared), else the text.
pub fn optional(text: String) -> Option<String> {
    if text.trim().is_empty() {
        None
    } else {
        Some(text)
    }
}

/// The tags in a comma-separated text: trimmed, empty ones and repeats dropped, in order.
pub fn parse_tags(text: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in text.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        if !tags.iter().any(|t| t == tag) {
            tags.push(tag.to_owned());
        }
    }
    tags
}

/// The text a tags field shows: the analyst's draft while it still parses to `tags`
/// (so a trailing ", " survives the round trip), else the tags joined (after undo).
pub fn tags_text(draft: Option<&str>, tags: &[String]) -> String {
    match draft {
        Some(d) if parse_tags(d) == tags => d.to_owned(),
        _ => tags.join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_trimmed_deduplicated_and_ordered() {
        assert_eq!(
            parse_tags(" casualties, follow-up ,,casualties, dam "),
            vec!["casualties", "follow-up", "dam"]
        );
        assert!(parse_tags(" , ").is_empty());
        assert!(parse_tags("").is_empty());
    }

    #[test]
    fn tags_draft_survives_only_while_it_means_the_tags() {
        let tags = vec!["a".to_owned(), "b".to_owned()];
        assert_eq!(tags_text(Some("a, b, "), &tags), "a, b, ");
        assert_eq!(tags_text(Some("a,b"), &tags), "a,b");
        // After undo the project's tags differ from the draft: show the tags.
        assert_eq!(tags_text(Some("a, b, c"), &tags), "a, b");
        assert_eq!(tags_text(None, &tags), "a, b");
        assert_eq!(tags_text(None, &[]), "");
    }

    #[test]
    fn cleared_optional_fields_are_none() {
        assert_eq!(optional(String::new()), None);
        assert_eq!(optional("  ".to_owned()), None);
        assert_eq!(optional("Dr Ali ".to_owned()), Some("Dr Ali ".to_owned()));
    }
}
