//! Corroboration in the workbench: the comparison of the project's sources, kept by the
//! app and read by the panels, and the grounding check of the analyst's own text.
//!
//! Comparing every source with every other ([`Sources::new`]) takes a few milliseconds for
//! a handful of articles and hundreds for two hundred, so [`Comparison`] keeps the result
//! (with the [`Grounds`] index, which also depends only on the sources) and computes it
//! again only when the project's sources change ([`Sources::is_current`]), never per edit
//! or per frame. Small projects are compared at once; large ones on a background thread,
//! the panels showing the last result (or nothing) until it arrives. The grounding check
//! ([`Grounds::check`]) is cheap and is redone once per document version.
//!
//! Panels get the comparison read-only: the reader badges sentences ([`super::reader`]),
//! the Corroboration tab lists groups and discrepancies ([`panel`]), and [`grounding`]
//! shows the check and the question asked before an export.

pub mod grounding;
pub mod panel;

use crate::corroborate::grounding::{Grounds, Ungrounded};
use crate::corroborate::sources::Sources;
use crate::project::{Project, SourceId};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError};

/// Sources with more text than this (bytes) are compared on a background thread.
pub const BACKGROUND_BYTES: usize = 2_000_000;

/// A comparison under way on a background thread.
struct Pending {
    /// The sources it compares (id and content hash).
    key: Vec<(SourceId, String)>,
    receiver: Receiver<(Sources, Grounds)>,
}

/// The app's comparison of its sources and the grounding check of its text.
#[derive(Default)]
pub struct Comparison {
    /// The last comparison finished, and whether it is for the project's sources now.
    done: Option<(Arc<Sources>, Arc<Grounds>)>,
    current: bool,
    pending: Option<Pending>,
    /// The sources whose comparison failed (not tried again).
    failed: Option<Vec<(SourceId, String)>>,
    /// Bumped whenever `done` changes, so views can cache what they derive from it.
    generation: u64,
    /// The grounding check, for `(document version, generation)`.
    ungrounded: Vec<Ungrounded>,
    checked_for: Option<((u64, u64), u64)>,
}

impl Comparison {
    /// Brings the comparison up to date with `project`'s sources (once a frame): takes a
    /// finished background result, and starts a new comparison when the sources changed.
    /// Returns an error to report when the background thread could not start or died.
    pub fn refresh(&mut self, ctx: &egui::Context, project: &Project) -> Option<String> {
        let mut error = None;
        if let Some(p) = &self.pending {
            match p.receiver.try_recv() {
                Ok((sources, grounds)) => {
                    self.done = Some((Arc::new(sources), Arc::new(grounds)));
                    self.generation += 1;
                    self.pending = None;
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => {
                    self.failed = self.pending.take().map(|p| p.key);
                    error = Some("Comparing the sources failed".to_owned());
                }
            }
        }
        self.current = self
            .done
            .as_ref()
            .is_some_and(|(s, _)| s.is_current(project));
        let waiting = self
            .pending
            .as_ref()
            .is_some_and(|p| same_sources(&p.key, project));
        let failed = self
            .failed
            .as_ref()
            .is_some_and(|k| same_sources(k, project));
        if self.current || waiting || failed {
            return error;
        }
        let bytes: usize = project.sources.iter().map(|s| s.article.text.len()).sum();
        if bytes <= BACKGROUND_BYTES {
            self.done = Some(compute(project));
            self.generation += 1;
            self.current = true;
            self.pending = None;
            return error;
        }
        match spawn(ctx, project) {
            Ok(pending) => self.pending = Some(pending),
            Err(e) => {
                // Without a thread, compare here rather than never.
                error = Some(format!("Cannot compare the sources in the background: {e}"));
                self.done = Some(compute(project));
                self.generation += 1;
                self.current = true;
            }
        }
        error
    }

    /// The comparison of the project's current sources, if it is ready.
    pub fn sources(&self) -> Option<&Arc<Sources>> {
        self.done.as_ref().filter(|_| self.current).map(|(s, _)| s)
    }

    /// Whether a comparison is running in the background.
    pub fn busy(&self) -> bool {
        self.pending.is_some()
    }

    /// Changes whenever [`Comparison::sources`] may return something else.
    pub fn generation(&self) -> u64 {
        self.generation * 2 + u64::from(self.current)
    }

    /// The particulars of the analyst's text that no source contains, checked once per
    /// document `version` (see [`super::document::Document::version`]). Empty until the
    /// sources have been indexed.
    pub fn check(&mut self, project: &Project, version: (u64, u64)) -> &[Ungrounded] {
        let key = (version, self.generation());
        if self.checked_for != Some(key) {
            self.ungrounded = match self.done.as_ref().filter(|_| self.current) {
                Some((_, grounds)) => grounds.check(project),
                None => Vec::new(),
            };
            self.checked_for = Some(key);
        }
        &self.ungrounded
    }

    /// The result of the last [`Comparison::check`].
    pub fn ungrounded(&self) -> &[Ungrounded] {
        &self.ungrounded
    }

    /// Waits for a background comparison in progress (the export check needs it).
    pub fn wait(&mut self, ctx: &egui::Context, project: &Project) -> Option<String> {
        if let Some(p) = self.pending.take() {
            match p.receiver.recv() {
                Ok((sources, grounds)) => {
                    self.done = Some((Arc::new(sources), Arc::new(grounds)));
                    self.generation += 1;
                }
                Err(_) => {
                    self.failed = Some(p.key);
                    return Some("Comparing the sources failed".to_owned());
                }
            }
        }
        self.refresh(ctx, project)
    }
}

/// Whether `key` names exactly `project`'s sources.
fn same_sources(key: &[(SourceId, String)], project: &Project) -> bool {
    key.len() == project.sources.len()
        && key
            .iter()
            .zip(&project.sources)
            .all(|((id, sha), s)| *id == s.id && *sha == s.sha256)
}

/// Compares the sources and indexes them for grounding.
fn compute(project: &Project) -> (Arc<Sources>, Arc<Grounds>) {
    let (sources, grounds) = compare(project);
    (Arc::new(sources), Arc::new(grounds))
}

fn compare(project: &Project) -> (Sources, Grounds) {
    let sources = Sources::new(project);
    let grounds = Grounds::new(project.sources.iter().map(|s| s.article.as_ref()));
    (sources, grounds)
}

/// Starts comparing `project`'s sources on a thread; it asks for a repaint when done.
fn spawn(ctx: &egui::Context, project: &Project) -> std::io::Result<Pending> {
    // The articles are shared (`Arc`), so this copy costs a reference count each.
    let mut sources_only = Project::new("");
    sources_only.sources = project.sources.clone();
    let (sender, receiver) = std::sync::mpsc::channel();
    let ctx = ctx.clone();
    std::thread::Builder::new()
        .name("corroborate".to_owned())
        .spawn(move || {
            // The receiver may be gone (sources changed again); nothing to do then.
            let _ = sender.send(compare(&sources_only));
            ctx.request_repaint();
        })?;
    Ok(Pending {
        key: Sources::key(project),
        receiver,
    })
}
