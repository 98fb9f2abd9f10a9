//! Building the document: a project rendered through a template into Markdown, HTML, JSON
//! or CSV, all in memory.
//!
//! Markdown is the template's output. HTML is that Markdown converted by pulldown-cmark
//! (CommonMark + GFM tables, footnotes and strikethrough; fast, no C dependency), cleaned
//! by ammonia, and wrapped in the `_page.html.j2` partial with the export CSS inlined, so
//! the file is self-contained and makes no external request. Article text is escaped
//! before it reaches Markdown ([`crate::escape`]); ammonia is the second wall: no script,
//! event handler, `javascript:` URL or image can appear in the HTML whatever a template
//! does. JSON is the full [`View`] with provenance; CSV is the quote table. Writing files
//! is the caller's job ([`crate::store::write_atomic`]), so a failed build writes nothing.

use crate::escape::csv_cell;
use crate::project::Project;
use crate::templates::{PAGE_TEMPLATE, TemplateError, Templates};
use crate::view::{Citations, View};
use serde::Serialize;

/// The stylesheet inlined into every HTML export (screen and print).
pub const EXPORT_CSS: &str = include_str!("../assets/export.css");

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    /// CommonMark with GFM tables and footnotes.
    Markdown,
    /// One self-contained HTML file.
    Html,
    /// The full template view with provenance.
    Json,
    /// The quote table.
    Csv,
}

impl ExportFormat {
    /// Every format, in menu order.
    pub const ALL: [ExportFormat; 4] = [
        ExportFormat::Markdown,
        ExportFormat::Html,
        ExportFormat::Json,
        ExportFormat::Csv,
    ];

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Html => "html",
            ExportFormat::Json => "json",
            ExportFormat::Csv => "csv",
        }
    }

    /// The format for a file extension (`md`, `markdown`, `html`, `htm`, `json`, `csv`).
    pub fn from_extension(ext: &str) -> Option<ExportFormat> {
        match ext.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(ExportFormat::Markdown),
            "html" | "htm" => Some(ExportFormat::Html),
            "json" => Some(ExportFormat::Json),
            "csv" => Some(ExportFormat::Csv),
            _ => None,
        }
    }
}

/// Why a build failed. Nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// No template of that name.
    #[error("there is no template \"{name}\" (available: {available})")]
    NoTemplate {
        /// The name asked for.
        name: String,
        /// The names there are.
        available: String,
    },
    /// The template failed.
    #[error(transparent)]
    Template(#[from] TemplateError),
    /// JSON or CSV serialisation failed.
    #[error("cannot serialise the briefing: {0}")]
    Serialise(String),
}

/// What to build.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Template name ("situation-report") or file name; used for Markdown and HTML.
    pub template: String,
    /// Output format.
    pub format: ExportFormat,
    /// Citation style.
    pub citations: Citations,
    /// A comparison of the project's sources, for items' `corroborated_by` and
    /// `conflicts`; `None` leaves them empty. The app keeps one per set of sources; the
    /// CLI makes one per build.
    pub corroboration: Option<std::sync::Arc<crate::corroborate::sources::Sources>>,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            template: crate::templates::DEFAULT_TEMPLATE.to_owned(),
            format: ExportFormat::Markdown,
            citations: Citations::default(),
            corroboration: None,
        }
    }
}

/// Builds the document in memory.
pub fn build(
    project: &Project,
    templates: &Templates,
    options: &BuildOptions,
) -> Result<String, ExportError> {
    let view = View::with_support(project, options.citations, options.corroboration.as_deref());
    match options.format {
        ExportFormat::Markdown => markdown(&view, templates, &options.template),
        ExportFormat::Html => {
            let md = markdown(&view, templates, &options.template)?;
            html(&view, templates, &md)
        }
        ExportFormat::Json => {
            let mut s = serde_json::to_string_pretty(&view)
                .map_err(|e| ExportError::Serialise(e.to_string()))?;
            s.push('\n');
            Ok(s)
        }
        ExportFormat::Csv => csv(&view),
    }
}

/// Renders the named template to Markdown.
pub fn markdown(view: &View, templates: &Templates, name: &str) -> Result<String, ExportError> {
    let file = templates
        .file_name(name)
        .ok_or_else(|| ExportError::NoTemplate {
            name: name.to_owned(),
            available: templates
                .list()
                .iter()
                .map(|t| t.name.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        })?;
    Ok(templates.render(&file, view, view.items.len())?)
}

/// Markdown → sanitised HTML body (no page around it).
pub fn html_body(markdown: &str) -> String {
    use pulldown_cmark::{Options, Parser};
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut raw, Parser::new_ext(markdown, options));
    // Serialised straight into a buffer of about the right size: `to_string` would
    // serialise into a growing buffer and then copy it into a second one.
    let mut clean = Vec::with_capacity(raw.len() + raw.len() / 8);
    let document = sanitiser().clean(&raw);
    if document.write_to(&mut clean).is_ok()
        && let Ok(html) = String::from_utf8(clean)
    {
        return html;
    }
    // Writing to a Vec cannot fail and html5ever writes UTF-8 only, so this is not reached.
    document.to_string()
}

/// The allow-list: ammonia's defaults (formatting, lists, tables, links) without images
/// (no external requests), links limited to http(s), mailto and in-page anchors, and
/// `id`/`class` kept so footnotes and styling work.
fn sanitiser() -> ammonia::Builder<'static> {
    let mut b = ammonia::Builder::default();
    b.rm_tags(["img", "map", "area"])
        .add_generic_attributes(["id", "class"])
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .link_rel(Some("noopener noreferrer"));
    b
}

/// The complete HTML page for a rendered Markdown document.
fn html(view: &View, templates: &Templates, markdown: &str) -> Result<String, ExportError> {
    #[derive(Serialize)]
    struct Page<'a> {
        briefing: &'a crate::view::BriefingView,
        generator: &'a str,
        css: &'a str,
        body: &'a str,
    }
    let body = html_body(markdown);
    let page = Page {
        briefing: &view.briefing,
        generator: &view.generator,
        css: EXPORT_CSS,
        body: &body,
    };
    Ok(templates.render(PAGE_TEMPLATE, &page, 0)?)
}

/// The quote table: one row per quote item.
fn csv(view: &View) -> Result<String, ExportError> {
    let err = |e: &dyn std::fmt::Display| ExportError::Serialise(e.to_string());
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "id", "source", "speaker", "quote", "section", "note", "tags", "start", "end",
    ])
    .map_err(|e| err(&e))?;
    for item in view.items.iter().filter(|i| i.kind == "quote") {
        let id = item.id.to_string();
        let (start, end) = (
            item.provenance.start.to_string(),
            item.provenance.end.to_string(),
        );
        let tags = item.tags.join("; ");
        let record = [
            id.as_str(),
            &item.outlet,
            item.speaker.as_deref().unwrap_or(""),
            crate::view::quote_words(&item.original),
            &item.section,
            item.note.as_deref().unwrap_or(""),
            &tags,
            &start,
            &end,
        ];
        w.write_record(record.iter().map(|c| csv_cell(c).into_owned()))
            .map_err(|e| err(&e))?;
    }
    let bytes = w.into_inner().map_err(|e| err(&e))?;
    String::from_utf8(bytes).map_err(|e| err(&e))
}
