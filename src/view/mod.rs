//! The template view: what a briefing template (and the JSON export) sees.
//!
//! Templates never see the [`Project`] itself. [`View::new`] derives plain, typed structs
//! from it (mdBook's approach: `#[derive(Serialize)]` view structs, not hand-built maps), so
//! the variables are documented in one place (`templates/README.md` and
//! `briefing templates --vars`) and a template cannot reach into internals. Sources are
//! numbered in the order the briefing first cites them; uncited sources follow, numbered on.
//!
//! Each item appears in several lists (`items`, its section's `items` and `facts` or
//! `quotes`, its source's `items`, its speaker's `quotes`), so the lists share one
//! [`ItemView`] through an [`Arc`] instead of holding copies, and templates see an item as
//! a lazy minijinja object whose fields are converted only when read. Both matter at scale:
//! a 10,000-item briefing would otherwise be copied and converted four to five times per
//! render (`benches/build.rs`). Templates and the JSON export see exactly the same values
//! as with plain copies.

use crate::corroborate::sources::Sources;
use crate::project::{Item, ItemKind, Project, Source, SourceId};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::Arc;

mod object;
mod vars;
use object::shared_items;
pub use vars::VARS;

/// How templates print citations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Citations {
    /// Numbered references `[1]` to the Sources list.
    #[default]
    References,
    /// Markdown footnotes `[^1]`, defined at the end of the document.
    Footnotes,
}

impl std::str::FromStr for Citations {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "references" => Ok(Citations::References),
            "footnotes" => Ok(Citations::Footnotes),
            other => Err(format!(
                "unknown citation style \"{other}\" (use references or footnotes)"
            )),
        }
    }
}

/// Everything a template can use.
#[derive(Debug, Clone, Serialize)]
pub struct View {
    /// The briefing's front matter.
    pub briefing: BriefingView,
    /// Sections in order, with their items.
    pub sections: Vec<SectionView>,
    /// Every item in document order.
    #[serde(serialize_with = "shared_items")]
    pub items: Vec<Arc<ItemView>>,
    /// Sources: cited ones in order of first citation, then the rest.
    pub sources: Vec<SourceView>,
    /// Quotes grouped by speaker, in order of each speaker's first quote.
    pub speakers: Vec<SpeakerView>,
    /// Citation style: `"references"` or `"footnotes"`.
    pub citations: Citations,
    /// The program that made the document ("Briefing 0.1.0").
    pub generator: String,
}

/// The briefing's front matter.
#[derive(Debug, Clone, Serialize)]
pub struct BriefingView {
    /// Title.
    pub title: String,
    /// Subtitle, or empty.
    pub subtitle: String,
    /// Author or desk, or empty.
    pub author: String,
    /// Date as the analyst wrote it, or empty.
    pub date: String,
    /// Handling marking, or empty.
    pub marking: String,
    /// The analyst's bottom line up front, or empty.
    pub summary: String,
    /// The summary split into paragraphs at blank lines.
    pub summary_paragraphs: Vec<String>,
}

/// A section and its items.
#[derive(Debug, Clone, Serialize)]
pub struct SectionView {
    /// Section id.
    pub id: u64,
    /// Heading.
    pub title: String,
    /// Items in order.
    #[serde(serialize_with = "shared_items")]
    pub items: Vec<Arc<ItemView>>,
    /// Only the facts, in order.
    #[serde(serialize_with = "shared_items")]
    pub facts: Vec<Arc<ItemView>>,
    /// Only the quotes, in order.
    #[serde(serialize_with = "shared_items")]
    pub quotes: Vec<Arc<ItemView>>,
}

/// One item as printed, with its provenance.
#[derive(Debug, Clone, Serialize)]
pub struct ItemView {
    /// Item id.
    pub id: u64,
    /// `"fact"` or `"quote"`.
    pub kind: &'static str,
    /// The words to print: the paraphrase if any, else the original (a quote without the
    /// trailing comma that tied it to its attribution).
    pub text: String,
    /// The words as taken from the article.
    pub original: String,
    /// The analyst's paraphrase, or `none`.
    pub paraphrase: Option<String>,
    /// Who said it, or `none`.
    pub speaker: Option<String>,
    /// The analyst's note, or `none`.
    pub note: Option<String>,
    /// Tags.
    pub tags: Vec<String>,
    /// Title of the section the item is in.
    pub section: String,
    /// Number of its source in [`View::sources`] (1-based); 0 when the source is missing.
    pub citation: usize,
    /// Outlet of its source (for inline attribution).
    pub outlet: String,
    /// Provenance: where exactly the words came from.
    pub provenance: ProvenanceView,
    /// Other outlets' statements of the same fact or remark (see `briefing compare`).
    pub corroborated_by: Vec<CorroborationView>,
    /// The outlets in `corroborated_by`, one per independent origin, in order: for
    /// "Confirmed by Yonhap, AFP".
    pub confirmed_by: Vec<String>,
    /// Particulars (numbers, dates, names) that other outlets give differently.
    pub conflicts: Vec<ConflictView>,
}

/// Another outlet's statement of an item's fact or remark.
#[derive(Debug, Clone, Serialize)]
pub struct CorroborationView {
    /// Its outlet.
    pub outlet: String,
    /// Its source id.
    pub source: u64,
    /// The matching sentence or quoted words.
    pub text: String,
    /// Who said it, for quotes.
    pub speaker: Option<String>,
    /// Similarity of the match, 0–1.
    pub score: f64,
}

/// A particular that other outlets give differently from an item.
#[derive(Debug, Clone, Serialize)]
pub struct ConflictView {
    /// In words: `number: "12,000" vs "more than 10,000"`.
    pub what: String,
    /// "number", "date", "day of the week", "month", "year" or "name".
    pub kind: &'static str,
    /// The value in the item's own source, as printed.
    pub value: String,
    /// What the other outlets give.
    pub others: Vec<ConflictingValue>,
}

/// One outlet's differing value.
#[derive(Debug, Clone, Serialize)]
pub struct ConflictingValue {
    /// The outlet.
    pub outlet: String,
    /// Its value, as printed.
    pub value: String,
    /// The sentence it is in.
    pub text: String,
}

/// Where an item came from.
#[derive(Debug, Clone, Serialize)]
pub struct ProvenanceView {
    /// Source id.
    pub source: u64,
    /// Byte offset in the article's cleaned text.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// Index of the sentence where it begins, or `none`.
    pub sentence: Option<usize>,
    /// 1-based line of the source file.
    pub source_line: usize,
    /// The exact article text at the span.
    pub text: String,
}

/// One source article.
#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    /// Citation number (1-based).
    pub number: usize,
    /// Source id.
    pub id: u64,
    /// Outlet or agency ("Yonhap"); the site name or file name when unknown.
    pub outlet: String,
    /// The redistributing agency ("BSS"), or `none`.
    pub via: Option<String>,
    /// Headline, or `none`.
    pub headline: Option<String>,
    /// Byline, or `none`.
    pub byline: Option<String>,
    /// Dateline as printed, or `none`.
    pub dateline: Option<String>,
    /// Publication date (ISO), or `none`.
    pub date: Option<String>,
    /// Section of the outlet, or `none`.
    pub category: Option<String>,
    /// URL of a saved page, or `none`.
    pub url: Option<String>,
    /// The file it was read from.
    pub path: String,
    /// SHA-256 of that file.
    pub sha256: String,
    /// Whether any item cites it.
    pub cited: bool,
    /// The items taken from it, in document order.
    #[serde(serialize_with = "shared_items")]
    pub items: Vec<Arc<ItemView>>,
}

/// A speaker and their quotes.
#[derive(Debug, Clone, Serialize)]
pub struct SpeakerView {
    /// The name ("Unattributed" for quotes without a speaker).
    pub name: String,
    /// Their quotes in document order.
    #[serde(serialize_with = "shared_items")]
    pub quotes: Vec<Arc<ItemView>>,
}

/// A quote's words without the comma or colon that joined them to "…, he said" in the
/// article (`“We will rebuild,” she said` → `We will rebuild`).
pub fn quote_words(text: &str) -> &str {
    text.trim_end().trim_end_matches([',', ';', ':']).trim_end()
}

/// A dateline without its trailing dash (`SEOUL, March 3 (Yonhap) --` → `SEOUL, March 3
/// (Yonhap)`).
fn dateline_words(dateline: &str) -> String {
    dateline
        .trim_end_matches(|c: char| c.is_whitespace() || "-–—:".contains(c))
        .to_owned()
}

/// The name printed for a source's outlet (see [`crate::corroborate::outlet`]).
pub fn outlet(source: &Source) -> String {
    crate::corroborate::outlet(&source.article)
}

impl View {
    /// Derives the view of a project, without corroboration (`corroborated_by`,
    /// `confirmed_by` and `conflicts` are empty).
    pub fn new(project: &Project, citations: Citations) -> View {
        View::with_support(project, citations, None)
    }

    /// Derives the view of a project; with `support` (a comparison of its sources), each
    /// item lists what other outlets confirm and where they differ.
    pub fn with_support(
        project: &Project,
        citations: Citations,
        support: Option<&Sources>,
    ) -> View {
        let numbers = number_sources(project);
        // The outlet of each source id (the first source with that id, as
        // `Project::source` finds it), computed once rather than per item.
        let mut outlets: HashMap<SourceId, String> = HashMap::new();
        for s in &project.sources {
            outlets.entry(s.id).or_insert_with(|| outlet(s));
        }
        let b = &project.briefing;
        let mut sections = Vec::with_capacity(b.sections.len());
        let mut items = Vec::new();
        for section in &b.sections {
            let views: Vec<Arc<ItemView>> = section
                .items
                .iter()
                .map(|i| {
                    let mut view = item_view(&numbers, &outlets, i, &section.title);
                    if let Some(s) = support {
                        corroborate_item(&mut view, i, s);
                    }
                    Arc::new(view)
                })
                .collect();
            let (quotes, facts) = views.iter().cloned().partition(|i| i.kind == "quote");
            items.extend(views.iter().cloned());
            sections.push(SectionView {
                id: section.id.0,
                title: section.title.clone(),
                items: views,
                facts,
                quotes,
            });
        }
        let mut by_source: HashMap<u64, Vec<Arc<ItemView>>> = HashMap::new();
        for item in &items {
            let list = by_source.entry(item.provenance.source).or_default();
            list.push(Arc::clone(item));
        }
        let mut sources: Vec<SourceView> = project
            .sources
            .iter()
            .map(|s| {
                let number = numbers.get(&s.id).copied().unwrap_or(0);
                let taken = by_source.get(&s.id.0).cloned().unwrap_or_default();
                source_view(s, number, taken)
            })
            .collect();
        sources.sort_by_key(|s| s.number);
        View {
            briefing: BriefingView {
                title: b.title.clone(),
                subtitle: b.subtitle.clone(),
                author: b.author.clone(),
                date: b.date.clone(),
                marking: b.marking.clone(),
                summary: b.summary.clone(),
                summary_paragraphs: paragraphs(&b.summary),
            },
            speakers: speakers(&items),
            sections,
            items,
            sources,
            citations,
            generator: format!("Briefing {}", env!("CARGO_PKG_VERSION")),
        }
    }
}

/// Citation numbers: cited sources by first citation, then the rest in project order.
fn number_sources(project: &Project) -> HashMap<SourceId, usize> {
    let mut numbers = HashMap::new();
    let cited = project.items().map(|i| i.provenance.source);
    let all = project.sources.iter().map(|s| s.id);
    for id in cited.filter(|id| project.source(*id).is_some()).chain(all) {
        let next = numbers.len() + 1;
        numbers.entry(id).or_insert(next);
    }
    numbers
}

fn item_view(
    numbers: &HashMap<SourceId, usize>,
    outlets: &HashMap<SourceId, String>,
    item: &Item,
    section: &str,
) -> ItemView {
    let p = &item.provenance;
    ItemView {
        id: item.id.0,
        kind: item.kind.as_str(),
        text: match (item.kind, &item.paraphrase) {
            (ItemKind::Quote, None) => quote_words(&item.text).to_owned(),
            _ => item.shown_text().to_owned(),
        },
        original: item.text.clone(),
        paraphrase: item.paraphrase.clone(),
        speaker: item.speaker.clone(),
        note: item.note.clone(),
        tags: item.tags.clone(),
        section: section.to_owned(),
        citation: numbers.get(&p.source).copied().unwrap_or(0),
        outlet: outlets.get(&p.source).cloned().unwrap_or_default(),
        provenance: ProvenanceView {
            source: p.source.0,
            start: p.start,
            end: p.end,
            sentence: p.sentence,
            source_line: p.source_line,
            text: p.text.clone(),
        },
        corroborated_by: Vec::new(),
        confirmed_by: Vec::new(),
        conflicts: Vec::new(),
    }
}

/// Fills an item's `corroborated_by`, `confirmed_by` and `conflicts` from a comparison
/// of the project's sources (a stale comparison simply finds nothing for new sources).
fn corroborate_item(view: &mut ItemView, item: &Item, support: &Sources) {
    let p = &item.provenance;
    let found = &support.found;
    let s = support.support(p.source, p.start, p.end);
    let score = |stmt: usize| {
        found
            .group_of(stmt)
            .map_or(0.0, |g| (f64::from(g.score) * 1000.0).round() / 1000.0)
    };
    view.corroborated_by = s
        .confirming
        .iter()
        .map(|&c| {
            let st = &found.statements[c];
            CorroborationView {
                outlet: found.outlets[st.article].clone(),
                source: support.ids.get(st.article).map_or(0, |id| id.0),
                text: st.text.clone(),
                speaker: st.speaker.clone(),
                score: score(c),
            }
        })
        .collect();
    view.confirmed_by = found.outlets_of(&s.confirming);
    view.conflicts = s
        .discrepancies
        .iter()
        .filter_map(|&d| found.discrepancies.get(d))
        .map(|d| {
            let own = d.members.iter().find(|v| s.own.contains(&v.statement));
            // Values compare as particulars: "about 12,000" gives what "12,000" gives.
            let own_key = own.map(|v| &v.normal);
            ConflictView {
                what: d.what.clone(),
                kind: d.kind.label(),
                value: own.map(|v| v.value.clone()).unwrap_or_default(),
                others: d
                    .members
                    .iter()
                    .filter(|v| !s.own.contains(&v.statement))
                    .filter(|v| own_key != Some(&v.normal))
                    .map(|v| {
                        let st = &found.statements[v.statement];
                        ConflictingValue {
                            outlet: found.outlets[st.article].clone(),
                            value: v.value.clone(),
                            text: st.text.clone(),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
}

fn source_view(source: &Source, number: usize, taken: Vec<Arc<ItemView>>) -> SourceView {
    let m = &source.article.meta;
    SourceView {
        number,
        id: source.id.0,
        outlet: outlet(source),
        via: m.via.clone(),
        headline: m.headline.clone(),
        byline: m.byline.clone(),
        dateline: m.dateline.as_deref().map(dateline_words),
        date: m.published.clone(),
        category: m.category.clone(),
        url: m.url.clone(),
        path: source.article.path.clone(),
        sha256: source.sha256.clone(),
        cited: !taken.is_empty(),
        items: taken,
    }
}

fn speakers(items: &[Arc<ItemView>]) -> Vec<SpeakerView> {
    let mut out: Vec<SpeakerView> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for item in items.iter().filter(|i| i.kind == "quote") {
        let name = item.speaker.as_deref().unwrap_or("Unattributed");
        match index.get(name) {
            Some(&i) => out[i].quotes.push(Arc::clone(item)),
            None => {
                index.insert(name, out.len());
                out.push(SpeakerView {
                    name: name.to_owned(),
                    quotes: vec![Arc::clone(item)],
                });
            }
        }
    }
    out
}

fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}
