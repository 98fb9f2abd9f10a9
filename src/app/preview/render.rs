//! When the preview rebuilds its Markdown, and the last build kept for display.
//!
//! A build runs the whole template over the project (a few milliseconds for a normal
//! briefing, tens for a thousand items), so it must not run every frame. The preview
//! rebuilds only when the document revision or the template changed, and while the
//! analyst types (a new revision every keystroke) at most once per [`DEBOUNCE`]: the first
//! change after a quiet spell builds at once, later ones wait, and the caller asks egui
//! for one repaint when the wait is over (the trailing build) — never a continuous
//! repaint. A failed build keeps the last good Markdown for display under the error.
//! [`due`] is pure so the timing rules are tested without a clock.

use crate::corroborate::sources::Sources;
use crate::export::{BuildOptions, ExportFormat, build};
use crate::project::Project;
use crate::templates::Templates;
use std::sync::Arc;

/// Seconds between rebuilds while the document keeps changing.
pub const DEBOUNCE: f64 = 0.3;

/// What to do about the build this frame.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Due {
    /// The last build is of this revision and template.
    Fresh,
    /// Build now.
    Now,
    /// The document changed too soon after the last build: build in this many seconds.
    After(f64),
}

/// Whether to build revision `revision` with `template` at time `now`, given the last
/// build (`built`: its revision and template, at `built_at`).
pub fn due(
    built: Option<(u64, &str)>,
    built_at: f64,
    revision: u64,
    template: &str,
    now: f64,
) -> Due {
    match built {
        Some((r, t)) if r == revision && t == template => Due::Fresh,
        // Only the document changed: rate-limited. A new template builds at once.
        Some((_, t)) if t == template => {
            let wait = built_at + DEBOUNCE - now;
            if wait > 0.0 {
                Due::After(wait)
            } else {
                Due::Now
            }
        }
        _ => Due::Now,
    }
}

/// The last build and the last good Markdown.
#[derive(Debug, Default)]
pub struct Rendered {
    /// Revision and template of the last build (good or not).
    built: Option<(u64, String)>,
    /// When it ran (the caller's clock, seconds).
    built_at: f64,
    /// The last Markdown that built.
    pub markdown: String,
    /// The error of the last build, when it failed (template, line, column, caret).
    pub error: Option<String>,
    /// Increases whenever [`Rendered::markdown`] changes (to invalidate view caches).
    pub generation: u64,
    /// How long the last build took, in milliseconds.
    pub build_ms: f64,
    /// The comparison of the sources the items' corroboration comes from.
    support: Option<Arc<Sources>>,
}

impl Rendered {
    /// Uses `support` for the items' corroboration; a different comparison (the sources
    /// changed, or a background comparison arrived) makes the next update rebuild.
    pub fn set_support(&mut self, support: Option<&Arc<Sources>>) {
        let same = match (&self.support, support) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        if !same {
            self.support = support.cloned();
            self.built = None;
        }
    }

    /// Builds if due; returns the seconds until a deferred build, for a repaint request.
    pub fn update(
        &mut self,
        project: &Project,
        revision: u64,
        templates: &Templates,
        template: &str,
        now: f64,
    ) -> Option<f64> {
        let built = self.built.as_ref().map(|(r, t)| (*r, t.as_str()));
        match due(built, self.built_at, revision, template, now) {
            Due::Fresh => None,
            Due::After(wait) => Some(wait),
            Due::Now => {
                self.rebuild(project, revision, templates, template, now);
                None
            }
        }
    }

    /// Builds the Markdown now.
    pub fn rebuild(
        &mut self,
        project: &Project,
        revision: u64,
        templates: &Templates,
        template: &str,
        now: f64,
    ) {
        let start = std::time::Instant::now();
        let options = BuildOptions {
            template: template.to_owned(),
            format: ExportFormat::Markdown,
            corroboration: self.support.clone(),
            ..BuildOptions::default()
        };
        match build(project, templates, &options) {
            Ok(markdown) => {
                if markdown != self.markdown {
                    self.markdown = markdown;
                    self.generation += 1;
                }
                self.error = None;
            }
            Err(e) => self.error = Some(e.to_string()),
        }
        self.build_ms = start.elapsed().as_secs_f64() * 1000.0;
        self.built = Some((revision, template.to_owned()));
        self.built_at = now;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_once_per_revision_and_template() {
        assert_eq!(due(None, 0.0, 1, "a", 0.0), Due::Now);
        assert_eq!(due(Some((1, "a")), 0.0, 1, "a", 9.0), Due::Fresh);
        // A new template builds at once, however recent the last build.
        assert_eq!(due(Some((1, "a")), 5.0, 1, "b", 5.01), Due::Now);
    }

    #[test]
    fn typing_is_rate_limited_with_a_trailing_build() {
        // Quiet for a while: the first keystroke builds at once.
        assert_eq!(due(Some((1, "a")), 0.0, 2, "a", 5.0), Due::Now);
        // The next, 0.1 s after that build, waits for the rest of the interval.
        let Due::After(wait) = due(Some((2, "a")), 5.0, 3, "a", 5.1) else {
            panic!("should wait");
        };
        assert!((wait - (DEBOUNCE - 0.1)).abs() < 1e-9);
        assert_eq!(due(Some((2, "a")), 5.0, 3, "a", 5.0 + DEBOUNCE), Due::Now);
    }

    #[test]
    fn a_new_comparison_rebuilds_with_corroboration() {
        let templates = Templates::builtin();
        let p = crate::draft::draft(crate::samples::sample_project().sources, None, "");
        let mut r = Rendered::default();
        r.update(&p, 1, &templates, "situation-report", 0.0);
        assert!(!r.markdown.contains("Confirmed by"), "no comparison yet");
        // The comparison arrives: the same revision builds again, with it.
        r.set_support(Some(&Arc::new(Sources::new(&p))));
        assert_eq!(r.update(&p, 1, &templates, "situation-report", 0.1), None);
        assert!(r.markdown.contains("*Confirmed by "), "{}", r.markdown);
        assert!(r.markdown.contains("Sources differ on the day of the week"));
    }

    #[test]
    fn a_deferred_build_catches_up_and_errors_keep_the_last_markdown() {
        let templates = Templates::builtin();
        let mut p = crate::draft::draft(crate::samples::sample_project().sources, None, "");
        p.briefing.title = "Dam briefing".to_owned();
        let mut r = Rendered::default();
        assert_eq!(r.update(&p, 1, &templates, "quote-sheet", 10.0), None);
        let first = r.markdown.clone();
        assert!(first.contains(&p.briefing.title), "{first}");
        p.briefing.title = "Renamed briefing".to_owned();
        let wait = r.update(&p, 2, &templates, "quote-sheet", 10.1);
        assert!(wait.is_some_and(|w| w > 0.0));
        assert_eq!(r.markdown, first, "not rebuilt yet");
        assert_eq!(r.update(&p, 2, &templates, "quote-sheet", 10.5), None);
        assert!(r.markdown.contains("Renamed briefing"));
        let generation = r.generation;
        r.update(&p, 2, &templates, "no-such-template", 10.6);
        assert!(
            r.error
                .as_deref()
                .is_some_and(|e| e.contains("no-such-template"))
        );
        assert!(r.markdown.contains("Renamed briefing"));
        assert_eq!(r.generation, generation);
    }
}
