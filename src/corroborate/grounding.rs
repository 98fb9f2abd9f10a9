//! Grounding check: particulars in the analyst's own words that no source printed.
//!
//! Before a briefing leaves, every number, date and proper name the analyst typed into the
//! title, summary, notes and paraphrases should come from somewhere. [`Grounds`] indexes
//! what the sources say (their folded words and the values of their particulars, see
//! [`super::particulars`]); [`Grounds::check`] lists each particular of the analyst's text
//! that appears in none of them, with where it is, so the app can jump to it. "Kim Jong
//! Un" is grounded by a source's "Kim Jong-un", "10000" by "10,000", "Sept. 14" by
//! "September 14".

use super::particulars::{Kind, ORDINAL, extract, extract_with};
use super::text::words;
use crate::article::Article;
use crate::project::{ItemId, Project};
use serde::Serialize;
use std::collections::HashSet;

/// Where in the project an ungrounded particular was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "field", content = "item", rename_all = "lowercase")]
pub enum Field {
    /// The briefing title.
    Title,
    /// The subtitle.
    Subtitle,
    /// The summary (bottom line up front).
    Summary,
    /// An item's analyst note.
    Note(ItemId),
    /// An item's paraphrase.
    Paraphrase(ItemId),
}

impl Field {
    /// The field in words ("summary", "note on item 4").
    pub fn label(self) -> String {
        match self {
            Field::Title => "title".into(),
            Field::Subtitle => "subtitle".into(),
            Field::Summary => "summary".into(),
            Field::Note(id) => format!("note on item {}", id.0),
            Field::Paraphrase(id) => format!("paraphrase of item {}", id.0),
        }
    }
}

/// A number, date or name the analyst wrote that no source contains.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ungrounded {
    /// The field it is in.
    #[serde(flatten)]
    pub field: Field,
    /// What kind of particular ("number", "date", "name", …).
    pub kind: &'static str,
    /// The words as written.
    pub text: String,
    /// Byte offset in the field's text.
    pub start: usize,
    /// One past the end.
    pub end: usize,
}

/// What the sources contain, for grounding checks.
#[derive(Debug, Clone, Default)]
pub struct Grounds {
    words: HashSet<String>,
    values: HashSet<(Kind, String)>,
}

impl Grounds {
    /// Indexes the text, headlines and datelines of `articles`.
    pub fn new<'a>(articles: impl IntoIterator<Item = &'a Article>) -> Grounds {
        let mut g = Grounds::default();
        for a in articles {
            let meta = [&a.meta.headline, &a.meta.dateline, &a.meta.byline];
            // Paragraph by paragraph, so a 5 MB article is never held as words at once.
            let paragraphs = a
                .paragraphs
                .iter()
                .filter_map(|p| a.text.get(p.start..p.end));
            for text in paragraphs.chain(meta.into_iter().flatten().map(String::as_str)) {
                for w in words(text) {
                    if !g.words.contains(&w.text) {
                        g.words.insert(w.text);
                    }
                }
                for p in extract_with(text, false) {
                    if p.kind == Kind::Date
                        && let Some(month) = p.value.split('-').next()
                    {
                        g.values.insert((Kind::Month, month.to_owned()));
                    }
                    g.values.insert((p.kind, p.value));
                }
            }
            if let Some(date) = &a.meta.published {
                // "2019-04-25" grounds 2019, April and April 25.
                let mut parts = date.split('-').map(|p| p.trim_start_matches('0'));
                if let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) {
                    g.values.insert((Kind::Year, y.to_owned()));
                    g.values.insert((Kind::Month, m.to_owned()));
                    g.values.insert((Kind::Date, format!("{m}-{d}")));
                }
            }
        }
        g
    }

    /// Whether `text` holds particulars of a kind that some source states.
    fn grounded(&self, kind: Kind, value: &str, text: &str) -> bool {
        match kind {
            Kind::Name => value.split(' ').all(|w| self.words.contains(w)),
            Kind::Weekday => self.words.contains(value),
            Kind::Number => {
                self.values.contains(&(Kind::Number, value.to_owned()))
                    || words(text).iter().all(|w| self.words.contains(&w.text))
            }
            _ => self.values.contains(&(kind, value.to_owned())),
        }
    }

    /// The ungrounded particulars of one piece of the analyst's text.
    pub fn check_text(&self, field: Field, text: &str) -> Vec<Ungrounded> {
        extract(text)
            .into_iter()
            // An ordinal in words ranks rather than states a figure ("the first to
            // help", "a second convoy"); "4th" in digits is checked like any number.
            .filter(|p| !(p.unit == ORDINAL && text[p.start..].starts_with(char::is_alphabetic)))
            .filter(|p| !self.grounded(p.kind, &p.value, &text[p.start..p.end]))
            .map(|p| Ungrounded {
                field,
                kind: p.kind.label(),
                text: text[p.start..p.end].to_owned(),
                start: p.start,
                end: p.end,
            })
            .collect()
    }

    /// Every ungrounded particular in the project's title, subtitle, summary, notes and
    /// paraphrases, in document order.
    pub fn check(&self, project: &Project) -> Vec<Ungrounded> {
        let b = &project.briefing;
        let mut out = self.check_text(Field::Title, &b.title);
        out.extend(self.check_text(Field::Subtitle, &b.subtitle));
        out.extend(self.check_text(Field::Summary, &b.summary));
        for item in project.items() {
            if let Some(p) = &item.paraphrase {
                out.extend(self.check_text(Field::Paraphrase(item.id), p));
            }
            if let Some(n) = &item.note {
                out.extend(self.check_text(Field::Note(item.id), n));
            }
        }
        out
    }
}

/// Checks a project against its own sources.
pub fn check(project: &Project) -> Vec<Ungrounded> {
    Grounds::new(project.sources.iter().map(|s| s.article.as_ref())).check(project)
}
