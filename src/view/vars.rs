//! The documented template variables, as printed by `briefing templates --vars`.
//!
//! One table, checked by a test against the serialised [`super::View`] of a real project,
//! so the documentation cannot drift from what templates actually receive.

/// `(variable path, type, meaning)` for every variable a template can use. List elements
/// are written `sections[]`.
pub const VARS: &[(&str, &str, &str)] = &[
    ("briefing.title", "string", "document title"),
    ("briefing.subtitle", "string", "subtitle, or empty"),
    ("briefing.author", "string", "author or desk, or empty"),
    ("briefing.date", "string", "date of the briefing, or empty"),
    ("briefing.marking", "string", "handling marking, or empty"),
    (
        "briefing.summary",
        "string",
        "bottom line up front, or empty",
    ),
    (
        "briefing.summary_paragraphs",
        "list of string",
        "the summary split at blank lines",
    ),
    ("sections", "list of section", "sections in order"),
    ("sections[].id", "integer", "section id"),
    ("sections[].title", "string", "heading"),
    ("sections[].items", "list of item", "items in order"),
    ("sections[].facts", "list of item", "only the facts"),
    ("sections[].quotes", "list of item", "only the quotes"),
    ("items", "list of item", "every item in document order"),
    ("items[].id", "integer", "item id"),
    ("items[].kind", "string", "\"fact\" or \"quote\""),
    (
        "items[].text",
        "string",
        "words to print: the paraphrase if any, else the original",
    ),
    (
        "items[].original",
        "string",
        "the words as taken from the article",
    ),
    (
        "items[].paraphrase",
        "string or none",
        "the analyst's rewording",
    ),
    ("items[].speaker", "string or none", "who said it"),
    ("items[].note", "string or none", "the analyst's note"),
    ("items[].tags", "list of string", "tags"),
    ("items[].section", "string", "title of the item's section"),
    (
        "items[].citation",
        "integer",
        "number of its source in `sources` (1-based)",
    ),
    ("items[].outlet", "string", "outlet of its source"),
    ("items[].provenance.source", "integer", "source id"),
    (
        "items[].provenance.start",
        "integer",
        "byte offset in the article's cleaned text",
    ),
    (
        "items[].provenance.end",
        "integer",
        "byte offset one past the end",
    ),
    (
        "items[].provenance.sentence",
        "integer or none",
        "index of the first sentence",
    ),
    (
        "items[].provenance.source_line",
        "integer",
        "1-based line in the source file",
    ),
    (
        "items[].provenance.text",
        "string",
        "the exact article text at the span",
    ),
    (
        "items[].corroborated_by",
        "list of corroboration",
        "other outlets' statements of the same fact or remark",
    ),
    (
        "items[].corroborated_by[].outlet",
        "string",
        "the confirming outlet",
    ),
    (
        "items[].corroborated_by[].source",
        "integer",
        "its source id",
    ),
    (
        "items[].corroborated_by[].text",
        "string",
        "its matching sentence or quoted words",
    ),
    (
        "items[].corroborated_by[].speaker",
        "string or none",
        "who said it, for quotes",
    ),
    (
        "items[].corroborated_by[].score",
        "number",
        "similarity of the match, 0 to 1",
    ),
    (
        "items[].confirmed_by",
        "list of string",
        "confirming outlets, one per independent origin",
    ),
    (
        "items[].conflicts",
        "list of conflict",
        "particulars other outlets give differently",
    ),
    (
        "items[].conflicts[].what",
        "string",
        "in words: number: \"12,000\" vs \"10,000\"",
    ),
    (
        "items[].conflicts[].kind",
        "string",
        "number, date, day of the week, month, year or name",
    ),
    (
        "items[].conflicts[].value",
        "string",
        "the value in the item's own source",
    ),
    (
        "items[].conflicts[].others",
        "list of value",
        "what the other outlets give",
    ),
    (
        "items[].conflicts[].others[].outlet",
        "string",
        "the outlet",
    ),
    (
        "items[].conflicts[].others[].value",
        "string",
        "its value as printed",
    ),
    (
        "items[].conflicts[].others[].text",
        "string",
        "the sentence it is in",
    ),
    (
        "sources",
        "list of source",
        "cited sources by first citation, then the rest",
    ),
    ("sources[].number", "integer", "citation number (1-based)"),
    ("sources[].id", "integer", "source id"),
    (
        "sources[].outlet",
        "string",
        "outlet or agency (site or file name when unknown)",
    ),
    ("sources[].via", "string or none", "redistributing agency"),
    ("sources[].headline", "string or none", "headline"),
    ("sources[].byline", "string or none", "byline"),
    (
        "sources[].dateline",
        "string or none",
        "dateline as printed",
    ),
    ("sources[].date", "string or none", "publication date, ISO"),
    (
        "sources[].category",
        "string or none",
        "the outlet's section",
    ),
    ("sources[].url", "string or none", "URL of a saved page"),
    ("sources[].path", "string", "the file it was read from"),
    ("sources[].sha256", "string", "SHA-256 of that file"),
    ("sources[].cited", "bool", "whether any item cites it"),
    ("sources[].items", "list of item", "the items taken from it"),
    (
        "speakers",
        "list of speaker",
        "quotes grouped by speaker, by first quote",
    ),
    (
        "speakers[].name",
        "string",
        "the speaker (\"Unattributed\" when unknown)",
    ),
    ("speakers[].quotes", "list of item", "their quotes"),
    ("citations", "string", "\"references\" or \"footnotes\""),
    ("generator", "string", "\"Briefing\" and its version"),
];
