//! Corroboration over a project's sources, addressed by [`SourceId`] and item span.
//!
//! [`super::compare`] numbers articles by position; a project names them by source id,
//! and a briefing item by a span of one source. [`Sources`] keeps the comparison with that
//! mapping, so the view (templates' `corroborated_by` and `conflicts`) and the desktop app
//! (reader badges, the Corroboration list) ask the same questions the same way. It is
//! computed once per set of sources, not per edit: [`Sources::key`] says when it is stale.

use super::{Corroboration, compare};
use crate::project::{Project, SourceId};

/// A comparison of a project's sources.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    /// What the comparison found; article `i` is `ids[i]`.
    pub found: Corroboration,
    /// The source id of each compared article.
    pub ids: Vec<SourceId>,
    key: Vec<(SourceId, String)>,
}

/// What supports or contradicts one span of one source.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Support {
    /// The span's own matched statements.
    pub own: Vec<usize>,
    /// Statements from other origins in the same groups, in group order.
    pub confirming: Vec<usize>,
    /// Indices into [`Corroboration::discrepancies`] that involve the span.
    pub discrepancies: Vec<usize>,
}

impl Sources {
    /// Compares every source of `project`.
    pub fn new(project: &Project) -> Sources {
        let articles: Vec<&crate::Article> =
            project.sources.iter().map(|s| s.article.as_ref()).collect();
        Sources {
            found: compare(&articles),
            ids: project.sources.iter().map(|s| s.id).collect(),
            key: Sources::key(project),
        }
    }

    /// What the comparison depends on: each source's id and content hash, in order.
    pub fn key(project: &Project) -> Vec<(SourceId, String)> {
        project
            .sources
            .iter()
            .map(|s| (s.id, s.sha256.clone()))
            .collect()
    }

    /// Whether this comparison is still the one for `project`'s sources.
    pub fn is_current(&self, project: &Project) -> bool {
        self.key.len() == project.sources.len()
            && self
                .key
                .iter()
                .zip(&project.sources)
                .all(|((id, sha), s)| *id == s.id && *sha == s.sha256)
    }

    /// The article index of a source.
    pub fn article_of(&self, id: SourceId) -> Option<usize> {
        self.ids.iter().position(|&i| i == id)
    }

    /// The source of a statement.
    pub fn source_of_statement(&self, statement: usize) -> Option<SourceId> {
        let s = self.found.statements.get(statement)?;
        self.ids.get(s.article).copied()
    }

    /// What confirms or contradicts `start..end` of `source`.
    pub fn support(&self, source: SourceId, start: usize, end: usize) -> Support {
        let Some(article) = self.article_of(source) else {
            return Support::default();
        };
        let own = self.found.matched_in(article, start, end);
        let mut confirming = Vec::new();
        let mut discrepancies = Vec::new();
        for &s in &own {
            for c in self.found.confirming(s) {
                if !confirming.contains(&c) && !own.contains(&c) {
                    confirming.push(c);
                }
            }
            for (i, d) in self.found.discrepancies.iter().enumerate() {
                if d.members.iter().any(|m| m.statement == s) && !discrepancies.contains(&i) {
                    discrepancies.push(i);
                }
            }
        }
        Support {
            own,
            confirming,
            discrepancies,
        }
    }
}
