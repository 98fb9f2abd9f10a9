//! Corroboration: which facts and remarks other outlets confirm, and where they disagree.
//!
//! An analyst trusts a fact that two independent outlets report and must notice when
//! they disagree. [`compare`] takes every open article, cuts each into statements (body
//! sentences as facts, quotations as remarks with their speakers; see [`statements`]),
//! and matches statements across articles by TF-IDF cosine over normalised content words
//! ([`text`], [`similarity`]). A match needs a different *origin*: the same agency counts
//! once (AFP direct and AFP via BSS are one origin), and so do two copies of one wire
//! story under different names. Remarks match only remarks by the same speaker (or in
//! nearly the same words: one remark attributed two ways). Matches form groups
//! ([`groups`]); matched statements whose particulars differ (a number, a date, a day, a
//! name) become discrepancies ([`discrepancy`]). The analyst's own writing is checked
//! against the sources by [`grounding`].
//!
//! Everything is a pure function of the articles; statements are byte spans into each
//! article's frozen text, like the rest of the model, so the reader can badge them and
//! a briefing item can find the statements it overlaps.

mod best;
mod calendar;
mod conflicts;
mod counts;
mod discrepancy;
mod elapsed;
mod facts;
pub mod grounding;
mod groups;
mod lexicon;
mod origins;
mod par;
pub mod particulars;
mod passing;
pub mod report;
mod rules;
mod senses;
mod similarity;
mod sort;
pub mod sources;
mod statements;
mod text;

use crate::article::Article;
use serde::Serialize;
use std::ops::Range;

pub use discrepancy::Discrepancy;
pub use groups::Group;

/// Whether a statement is a fact (a sentence) or a remark (a quotation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A sentence of running text.
    Fact,
    /// A quotation with (usually) a speaker.
    Quote,
}

impl Kind {
    /// `"fact"` or `"quote"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Fact => "fact",
            Kind::Quote => "quote",
        }
    }
}

/// One comparable statement: a span of one article's text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statement {
    /// Index of its article in the slice given to [`compare`].
    pub article: usize,
    /// Fact or quote.
    pub kind: Kind,
    /// Byte offset in the article's cleaned text.
    pub start: usize,
    /// One past the end.
    pub end: usize,
    /// The sentence, or the quoted words.
    pub text: String,
    /// Who said it (quotes only).
    pub speaker: Option<String>,
    /// The article's sentences it overlaps.
    pub sentences: Range<usize>,
}

/// A match between two statements of different origins.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Match {
    /// Statement index (the lower one).
    pub a: usize,
    /// Statement index.
    pub b: usize,
    /// Cosine similarity of their content words, 0–1.
    pub score: f32,
}

/// Everything [`compare`] found.
#[derive(Debug, Clone, Default)]
pub struct Corroboration {
    /// The outlet of each article ("AFP"; the site or file name when unknown).
    pub outlets: Vec<String>,
    /// The origin of each article: the index of the first article of the same agency or
    /// wire story. Articles with the same origin never confirm each other.
    pub origins: Vec<usize>,
    /// Every statement compared, article by article in text order.
    pub statements: Vec<Statement>,
    /// Accepted matches: within groups, and across them ([`Corroboration::also`]).
    pub matches: Vec<Match>,
    /// Matches across groups: a statement that packs several facts (a lede) confirmed by
    /// a sentence of another origin whose own group it could not join.
    pub also: Vec<Match>,
    /// Both ends of each match in `also`, as (statement, other statement), sorted: what
    /// a statement is matched to across groups, found by binary search.
    also_by: Vec<(usize, usize)>,
    /// Groups of matched statements: discrepancies first, then by number of origins and
    /// score.
    pub groups: Vec<Group>,
    /// Matched statements whose particulars differ, in group order.
    pub discrepancies: Vec<Discrepancy>,
    /// Pairs of statements in different groups that overlap in content and differ in a
    /// number, date or day (a long lede against the sentence that gives the day).
    pub links: Vec<Match>,
    /// The group of each statement.
    group_of: Vec<Option<usize>>,
    /// The statements of each article (a range of [`Corroboration::statements`]).
    by_article: Vec<Range<usize>>,
    /// Why nothing was matched, when the sources were too many or too alike to compare.
    pub skipped: Option<String>,
}

/// The outlet name of an article: its agency, else the site name, else the file name.
pub fn outlet(article: &Article) -> String {
    let meta = &article.meta;
    meta.source
        .clone()
        .or_else(|| meta.site_name.clone())
        .unwrap_or_else(|| {
            std::path::Path::new(&article.path)
                .file_stem()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
        })
}

/// Whether two speaker names can be the same person ("Kim Jong-un" and "Kim Jong Un",
/// "Putin" and "President Vladimir Putin"; not "Kim Jong Il" and "Kim Jong Un").
pub fn same_speaker(a: &str, b: &str) -> bool {
    text::same_speaker(&text::name_tokens(a), &text::name_tokens(b))
}

/// Statements compared at most (about 1,500 articles of wire length); beyond this
/// [`compare`] matches nothing and says why ([`Corroboration::skipped`]).
pub const MAX_STATEMENTS: usize = 60_000;

/// Matches statements across `articles` (see the module documentation).
pub fn compare(articles: &[&Article]) -> Corroboration {
    // Too big to compare: say so before any work (a statement is at most a sentence or
    // a quote).
    let sentences: usize = articles.iter().map(|a| a.sentences.len()).sum();
    if sentences > MAX_STATEMENTS {
        let n = articles.len();
        return Corroboration {
            outlets: articles.iter().map(|a| outlet(a)).collect(),
            origins: (0..n).collect(),
            by_article: vec![0..0; n],
            skipped: Some(format!(
                "{sentences} sentences in {n} articles are too many to compare (at most {MAX_STATEMENTS})"
            )),
            ..Corroboration::default()
        };
    }
    let analyzer = text::Analyzer::default();
    let (statements, terms, plain, by_article) = statements::analyse(&analyzer, articles);
    let outlets: Vec<String> = articles.iter().map(|a| outlet(a)).collect();
    let facts = facts::Facts::new(&analyzer, &statements);
    let differ =
        |i: usize, j: usize| discrepancy::differ(&facts, (i, &statements[i]), (j, &statements[j]));
    let too_many = || {
        Some(format!(
            "{} sentences and quotes in {} articles are too many, or too alike, to compare",
            statements.len(),
            articles.len()
        ))
    };
    let (found, skipped) = if statements.len() > MAX_STATEMENTS {
        (None, too_many())
    } else {
        match groups::find(&statements, &terms, &plain, &outlets, differ) {
            Some(found) => (Some(found), None),
            None => (None, too_many()),
        }
    };
    let mut found = found.unwrap_or_else(|| groups::Found::unmatched(articles.len()));
    found.matches.extend(found.also.iter().copied());
    found.matches.sort_by_key(|m| (m.a, m.b));
    let mut c = Corroboration {
        outlets,
        origins: found.origins,
        group_of: vec![None; statements.len()],
        statements,
        matches: found.matches,
        groups: found.groups,
        discrepancies: Vec::new(),
        links: found.links,
        also_by: {
            let mut by: Vec<(usize, usize)> = found
                .also
                .iter()
                .flat_map(|m| [(m.a, m.b), (m.b, m.a)])
                .collect();
            by.sort_unstable();
            by
        },
        also: found.also,
        skipped,
        by_article,
    };
    c.discrepancies = discrepancy::find(&c, articles, &facts);
    order(&mut c);
    for (g, group) in c.groups.iter().enumerate() {
        for &m in &group.members {
            c.group_of[m] = Some(g);
        }
    }
    c
}

/// Orders groups (discrepancies first, then more origins, then higher score) and
/// renumbers the discrepancies' group references to match.
fn order(c: &mut Corroboration) {
    for (i, d) in c.discrepancies.iter().enumerate() {
        c.groups[d.group].discrepancies.push(i);
    }
    let mut order: Vec<usize> = (0..c.groups.len()).collect();
    order.sort_by(|&x, &y| {
        let (a, b) = (&c.groups[x], &c.groups[y]);
        (a.discrepancies.is_empty().cmp(&b.discrepancies.is_empty()))
            .then(b.origins.cmp(&a.origins))
            .then(b.score.total_cmp(&a.score))
            .then(a.members.cmp(&b.members))
    });
    let mut new_index = vec![0; order.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut groups: Vec<Option<Group>> = std::mem::take(&mut c.groups)
        .into_iter()
        .map(Some)
        .collect();
    c.groups = order.iter().filter_map(|&old| groups[old].take()).collect();
    for d in &mut c.discrepancies {
        d.group = new_index[d.group];
    }
    c.discrepancies.sort_by_key(|d| d.group);
    for g in &mut c.groups {
        g.discrepancies.clear();
    }
    for (i, d) in c.discrepancies.iter().enumerate() {
        c.groups[d.group].discrepancies.push(i);
    }
}

impl Corroboration {
    /// The group a statement belongs to.
    pub fn group_of(&self, statement: usize) -> Option<&Group> {
        self.group_of
            .get(statement)
            .copied()
            .flatten()
            .and_then(|g| self.groups.get(g))
    }

    /// Index of the group a statement belongs to.
    pub fn group_index(&self, statement: usize) -> Option<usize> {
        self.group_of.get(statement).copied().flatten()
    }

    /// The statements of one article, as indices into [`Corroboration::statements`].
    pub fn statements_of(&self, article: usize) -> Range<usize> {
        self.by_article.get(article).cloned().unwrap_or(0..0)
    }

    /// Matched statements of `article` overlapping the byte span `start..end`.
    pub fn matched_in(&self, article: usize, start: usize, end: usize) -> Vec<usize> {
        self.statements_of(article)
            .filter(|&i| {
                let s = &self.statements[i];
                s.start < end && start < s.end && self.is_matched(i)
            })
            .collect()
    }

    /// Whether a statement is confirmed anywhere: in a group, or matched across groups.
    pub fn is_matched(&self, statement: usize) -> bool {
        self.group_of.get(statement).copied().flatten().is_some()
            || !self.also_of(statement).is_empty()
    }

    /// `(statement, other)` for each match across groups of `statement`.
    fn also_of(&self, statement: usize) -> &[(usize, usize)] {
        let from = self.also_by.partition_point(|&(s, _)| s < statement);
        let to = self.also_by.partition_point(|&(s, _)| s <= statement);
        &self.also_by[from..to]
    }

    /// The members of `statement`'s group from other origins, then the statements it
    /// matches across groups ([`Corroboration::also`]): what confirms it.
    pub fn confirming(&self, statement: usize) -> Vec<usize> {
        let Some(s) = self.statements.get(statement) else {
            return Vec::new();
        };
        let origin = self.origins.get(s.article).copied();
        let mut out: Vec<usize> = self.group_of(statement).map_or_else(Vec::new, |g| {
            g.members
                .iter()
                .copied()
                .filter(|&m| self.origins.get(self.statements[m].article).copied() != origin)
                .collect()
        });
        for &(_, other) in self.also_of(statement) {
            if !out.contains(&other) {
                out.push(other);
            }
        }
        out
    }

    /// Distinct outlets (one per origin) among `statements`, in order.
    pub fn outlets_of(&self, statements: &[usize]) -> Vec<String> {
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for &m in statements {
            let a = self.statements[m].article;
            let origin = self.origins[a];
            if !seen.contains(&origin) {
                seen.push(origin);
                out.push(self.outlets[a].clone());
            }
        }
        out
    }

    /// The discrepancies that involve `statement`.
    pub fn discrepancies_of(&self, statement: usize) -> impl Iterator<Item = &Discrepancy> {
        self.discrepancies
            .iter()
            .filter(move |d| d.members.iter().any(|m| m.statement == statement))
    }
}

#[cfg(test)]
mod tests;
