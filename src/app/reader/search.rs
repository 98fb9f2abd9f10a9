//! The reader's search bar: a query field, "All articles", the hit count and previous/next.
//!
//! Hits are found with [`crate::pick::find_all`] and kept in [`ViewState::search`], so the
//! library can show counts per article; they are recomputed only when the query, the open
//! article or the scope changes (tracked by `computed_for`), never per frame. With "All
//! articles" on, previous/next run through the hits of every article in library order,
//! opening the next article that has hits.

use crate::app::state::ViewState;
use crate::pick::find_all;
use crate::project::{Project, SourceId};

/// Which hit to make current after the next recomputation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Jump {
    First,
    Last,
}

/// The search bar's own state.
#[derive(Default)]
pub struct SearchBar {
    /// Search every article, not only the open one.
    pub all: bool,
    jump: Option<Jump>,
    per_source_for: Option<(String, usize)>,
}

/// The key hits are computed for: the query, the article, and for a search of all
/// articles one more than their number (0 for the open article only).
fn key(view: &ViewState, project: &Project, all: bool) -> (String, Option<SourceId>, usize) {
    let scope = if all { project.sources.len() + 1 } else { 0 };
    (view.search.query.clone(), view.active_source, scope)
}

impl SearchBar {
    /// Draws the bar (when open) and keeps the hits up to date.
    pub fn show(&mut self, ui: &mut egui::Ui, project: &Project, view: &mut ViewState) {
        if view.search.open {
            ui.horizontal(|ui| self.controls(ui, project, view));
        }
        self.refresh(project, view);
    }

    fn controls(&mut self, ui: &mut egui::Ui, project: &Project, view: &mut ViewState) {
        let field = ui.add(
            egui::TextEdit::singleline(&mut view.search.query)
                .hint_text("Search articles")
                .desired_width(240.0),
        );
        let query = view.search.query.clone();
        field.widget_info(|| {
            let mut info = egui::WidgetInfo::text_edit(true, &query, &query, "Search articles");
            info.label = Some("Search articles".to_owned());
            info
        });
        if std::mem::take(&mut view.search.focus) {
            field.request_focus();
        }
        let (enter, shift, escape) = ui.input(|i| {
            (
                i.key_pressed(egui::Key::Enter),
                i.modifiers.shift,
                i.key_pressed(egui::Key::Escape),
            )
        });
        let mut step = 0i32;
        if field.lost_focus() && enter {
            step = if shift { -1 } else { 1 };
            field.request_focus();
        }
        if (field.has_focus() || field.lost_focus()) && escape {
            self.close(view);
            return;
        }
        ui.checkbox(&mut self.all, "All articles")
            .on_hover_text("Search every article of the project");
        ui.label(self.count_text(view));
        if ui
            .button("Previous hit")
            .on_hover_text("Shift+Enter")
            .clicked()
        {
            step = -1;
        }
        if ui.button("Next hit").on_hover_text("Enter").clicked() {
            step = 1;
        }
        if ui
            .button("Close search")
            .on_hover_text("Close the search bar (Escape)")
            .clicked()
        {
            self.close(view);
            return;
        }
        if step != 0 {
            // Hits must match the field before stepping through them.
            self.refresh(project, view);
            self.step(project, view, step);
        }
    }

    fn close(&mut self, view: &mut ViewState) {
        view.search.open = false;
        view.search.hits.clear();
        view.search.per_source.clear();
        view.search.computed_for = None;
        self.per_source_for = None;
    }

    /// "3 of 12", counting across articles when searching all of them.
    fn count_text(&self, view: &ViewState) -> String {
        let s = &view.search;
        if s.query.trim().is_empty() {
            return String::new();
        }
        let (before, total) = if self.all {
            let before: usize = (s.per_source.iter())
                .take_while(|(id, _)| Some(*id) != view.active_source)
                .map(|(_, n)| n)
                .sum();
            (before, s.per_source.iter().map(|(_, n)| n).sum())
        } else {
            (0, s.hits.len())
        };
        if total == 0 || s.hits.is_empty() {
            return format!("0 of {total}");
        }
        format!("{} of {total}", before + s.current + 1)
    }

    /// Recomputes hits when the query, the article or the scope changed.
    pub fn refresh(&mut self, project: &Project, view: &mut ViewState) {
        if !view.search.open {
            return;
        }
        let key = key(view, project, self.all);
        if view.search.computed_for.as_ref() == Some(&key) {
            return;
        }
        let query_changed = (view.search.computed_for.as_ref()).is_none_or(|k| k.0 != key.0);
        let text = view
            .active_source
            .and_then(|id| project.source(id))
            .map_or("", |s| s.article.text.as_str());
        view.search.hits = find_all(text, &view.search.query);
        let last = view.search.hits.len().saturating_sub(1);
        view.search.current = match self.jump {
            Some(Jump::Last) => last,
            _ => 0,
        };
        let per_key = (view.search.query.clone(), project.sources.len());
        if !self.all {
            view.search.per_source.clear();
            self.per_source_for = None;
        } else if self.per_source_for.as_ref() != Some(&per_key) {
            view.search.per_source = (project.sources.iter())
                .map(|s| (s.id, find_all(&s.article.text, &view.search.query).len()))
                .filter(|(_, n)| *n > 0)
                .collect();
            self.per_source_for = Some(per_key);
        }
        if (query_changed || self.jump.take().is_some())
            && let Some(hit) = view.search.hits.get(view.search.current)
        {
            view.scroll_to = Some(hit.clone());
        }
        self.jump = None;
        view.search.computed_for = Some(key);
    }

    /// Moves to the next (`+1`) or previous (`-1`) hit, across articles when searching all.
    fn step(&mut self, project: &Project, view: &mut ViewState, step: i32) {
        let s = &mut view.search;
        let n = s.hits.len();
        let inside = if step > 0 {
            (s.current + 1 < n).then(|| s.current + 1)
        } else {
            s.current.checked_sub(1).filter(|_| n > 0)
        };
        if let Some(i) = inside {
            s.current = i;
            view.scroll_to = s.hits.get(i).cloned();
            return;
        }
        if self.all && !s.per_source.is_empty() {
            // The next (or previous) article with hits, in library order, wrapping.
            let order: Vec<SourceId> = (project.sources.iter())
                .map(|src| src.id)
                .filter(|id| s.per_source.iter().any(|(h, _)| h == id))
                .collect();
            let here = order.iter().position(|id| Some(*id) == view.active_source);
            let len = order.len();
            let next = match (here, step > 0) {
                (Some(i), true) => (i + 1) % len,
                (Some(i), false) => (i + len - 1) % len,
                (None, true) => 0,
                (None, false) => len - 1,
            };
            if order.get(next).copied() != view.active_source {
                view.active_source = order.get(next).copied();
                view.selection = None;
                view.anchor_sentence = None;
                self.jump = Some(if step > 0 { Jump::First } else { Jump::Last });
                self.refresh(project, view);
                return;
            }
        }
        if n > 0 {
            // Wrap around inside the article.
            s.current = if step > 0 { 0 } else { n - 1 };
            view.scroll_to = s.hits.get(s.current).cloned();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open_view(project: &Project, query: &str) -> ViewState {
        let mut view = ViewState {
            active_source: project.sources.first().map(|s| s.id),
            ..ViewState::default()
        };
        view.search.open = true;
        view.search.query = query.to_owned();
        view
    }

    #[test]
    fn hits_are_computed_once_and_scrolled_to() {
        let project = crate::samples::sample_project();
        let mut view = open_view(&project, "kesh");
        let mut bar = SearchBar::default();
        bar.refresh(&project, &mut view);
        let n = view.search.hits.len();
        assert!(n > 1, "the sample mentions Kesh");
        assert_eq!(view.scroll_to, view.search.hits.first().cloned());
        view.scroll_to = None;
        bar.refresh(&project, &mut view);
        assert_eq!(view.scroll_to, None, "nothing changed, nothing recomputed");
        assert!(
            view.search.per_source.is_empty(),
            "counts only for all articles"
        );
        bar.step(&project, &mut view, -1);
        assert_eq!(view.search.current, n - 1, "previous wraps to the last hit");
        assert_eq!(bar.count_text(&view), format!("{n} of {n}"));
    }

    #[test]
    fn next_moves_across_articles_when_searching_all() {
        let project = crate::samples::sample_project();
        let mut view = open_view(&project, "kesh");
        let mut bar = SearchBar {
            all: true,
            ..SearchBar::default()
        };
        bar.refresh(&project, &mut view);
        assert_eq!(view.search.per_source.len(), project.sources.len());
        let first = view.active_source;
        for _ in 0..view.search.hits.len() {
            bar.step(&project, &mut view, 1);
        }
        assert_ne!(
            view.active_source, first,
            "past the last hit: the next article"
        );
        assert_eq!(view.search.current, 0);
        let start = view.search.hits.first().cloned();
        assert!(start.is_some() && view.scroll_to == start);
        bar.step(&project, &mut view, -1);
        assert_eq!(view.active_source, first, "and back");
        assert_eq!(view.search.current, view.search.hits.len() - 1);
    }
}
