//! Briefing templates: built-ins embedded in the binary, overridden file by file by a user
//! folder or an explicit file, rendered with minijinja.
//!
//! Like mdBook's theme folder: every built-in lives as a file in `templates/` and is
//! embedded with `include_str!`; a file of the same name in the user's template folder
//! (`~/.config/briefing/templates` on Linux, via `directories`) or given with
//! `--template PATH` replaces it, and new names add templates. Document templates are
//! `NAME.md.j2` (Markdown); files starting with `_` are partials (macros, the HTML page).
//!
//! minijinja was chosen for being Jinja2-compatible (analysts may know it), small, and
//! precise in its errors. It runs strict on undefined variables, with bounded fuel so a
//! runaway user template stops, and with a Markdown auto-escape: every `{{ value }}` in a
//! `.md.j2` template is escaped by [`crate::escape::markdown_inline`] unless marked `|safe`,
//! so article text can never change the document's structure. `.html.j2` templates get
//! minijinja's HTML escaping.

use crate::escape;
use minijinja::{AutoEscape, Environment, UndefinedBehavior, Value};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The built-in templates, as (file name, text).
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "daily-brief.md.j2",
        include_str!("../templates/daily-brief.md.j2"),
    ),
    (
        "situation-report.md.j2",
        include_str!("../templates/situation-report.md.j2"),
    ),
    (
        "quote-sheet.md.j2",
        include_str!("../templates/quote-sheet.md.j2"),
    ),
    (
        "source-digest.md.j2",
        include_str!("../templates/source-digest.md.j2"),
    ),
    ("_macros.md.j2", include_str!("../templates/_macros.md.j2")),
    ("_page.html.j2", include_str!("../templates/_page.html.j2")),
];

/// The template used when none is named.
pub const DEFAULT_TEMPLATE: &str = "situation-report";

/// The HTML page partial that wraps exported HTML.
pub const PAGE_TEMPLATE: &str = "_page.html.j2";

/// Template instructions allowed per render, before [`FUEL_PER_ITEM`]: a template stuck
/// in a loop stops with an error instead of hanging the build or the app's preview.
const FUEL_BASE: u64 = 10_000_000;

/// Extra instructions allowed per briefing item (the built-ins use a few dozen per item).
pub const FUEL_PER_ITEM: u64 = 2_000;

/// Where a template came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase", tag = "kind", content = "path")]
pub enum Origin {
    /// Embedded in the binary.
    Builtin,
    /// The user's template folder.
    User(PathBuf),
    /// Given on the command line.
    File(PathBuf),
}

/// A template's name, description and origin, for listings.
#[derive(Debug, Clone, Serialize)]
pub struct TemplateInfo {
    /// Name to pass to `--template` ("situation-report").
    pub name: String,
    /// The first line of the template's leading `{# … #}` comment.
    pub description: String,
    /// Where it came from.
    pub origin: Origin,
}

/// A template that failed to compile or render, located in its source.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct TemplateError {
    /// File name of the template where the error is.
    pub template: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column (in characters), when known.
    pub column: Option<usize>,
    /// The offending line of the template.
    pub source_line: Option<String>,
    /// How many characters the error covers on that line.
    pub width: usize,
    /// What went wrong.
    pub message: String,
}

impl std::fmt::Display for TemplateError {
    /// `undefined value (template x.md.j2, line 3, column 4)` and, when the line is known,
    /// the line with a caret under the error.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (line, column) = (self.line, self.column);
        write!(
            f,
            "{} (template {}{})",
            self.message,
            self.template,
            location(line, column)
        )?;
        let shown = excerpt(line, column, self.source_line.as_deref(), self.width);
        if !shown.is_empty() {
            write!(f, "\n{shown}")?;
        }
        Ok(())
    }
}

fn location(line: Option<usize>, column: Option<usize>) -> String {
    match (line, column) {
        (Some(l), Some(c)) => format!(", line {l}, column {c}"),
        (Some(l), None) => format!(", line {l}"),
        _ => String::new(),
    }
}

fn excerpt(line: Option<usize>, column: Option<usize>, text: Option<&str>, width: usize) -> String {
    let (Some(l), Some(text)) = (line, text) else {
        return String::new();
    };
    let gutter = " ".repeat(l.to_string().len());
    let mut out = format!("{l} | {text}");
    if let Some(c) = column {
        let pad = " ".repeat(c.saturating_sub(1));
        out.push_str(&format!("\n{gutter} | {pad}{}", "^".repeat(width.max(1))));
    }
    out
}

/// A template folder could not be read.
#[derive(Debug, thiserror::Error)]
#[error("cannot read template {}: {error}", path.display())]
pub struct LoadError {
    /// The file or folder.
    pub path: PathBuf,
    /// Why.
    pub error: std::io::Error,
}

/// The set of templates available to a build.
#[derive(Debug, Clone)]
pub struct Templates {
    files: BTreeMap<String, (Arc<str>, Origin)>,
}

impl Default for Templates {
    fn default() -> Self {
        Templates::builtin()
    }
}

impl Templates {
    /// Only the built-in templates.
    pub fn builtin() -> Templates {
        let files = BUILTIN
            .iter()
            .map(|(name, text)| ((*name).to_owned(), (Arc::from(*text), Origin::Builtin)))
            .collect();
        Templates { files }
    }

    /// The user's template folder (`~/.config/briefing/templates` on Linux), if the
    /// platform has a config directory.
    pub fn user_dir() -> Option<PathBuf> {
        directories::ProjectDirs::from("", "", "briefing").map(|d| d.config_dir().join("templates"))
    }

    /// Adds or overrides templates with every `*.j2` file in `dir`. A missing folder is
    /// not an error (most users never make one).
    pub fn with_dir(mut self, dir: &Path) -> Result<Templates, LoadError> {
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(self),
            Err(error) => {
                return Err(LoadError {
                    path: dir.to_owned(),
                    error,
                });
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let is_template = path.extension().is_some_and(|e| e == "j2");
            if is_template && path.is_file() {
                self.add_file(&path, Origin::User(path.clone()))?;
            }
        }
        Ok(self)
    }

    /// Adds the template file at `path` (replacing a template of the same file name) and
    /// returns the name to render it by.
    pub fn with_file(mut self, path: &Path) -> Result<(Templates, String), LoadError> {
        let file = self.add_file(path, Origin::File(path.to_owned()))?;
        Ok((self, display_name(&file).to_owned()))
    }

    fn add_file(&mut self, path: &Path, origin: Origin) -> Result<String, LoadError> {
        let text = std::fs::read_to_string(path).map_err(|error| LoadError {
            path: path.to_owned(),
            error,
        })?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let name = if name.ends_with(".j2") {
            name
        } else {
            format!("{name}.j2")
        };
        self.files.insert(name.clone(), (Arc::from(text), origin));
        Ok(name)
    }

    /// The document templates (not partials), sorted by name.
    pub fn list(&self) -> Vec<TemplateInfo> {
        self.files
            .iter()
            .filter(|(name, _)| !name.starts_with('_') && name.ends_with(".md.j2"))
            .map(|(name, (text, origin))| TemplateInfo {
                name: display_name(name).to_owned(),
                description: description(text),
                origin: origin.clone(),
            })
            .collect()
    }

    /// The source text of a template file, by file name.
    pub fn source(&self, file: &str) -> Option<&str> {
        self.files.get(file).map(|(t, _)| &**t)
    }

    /// The file name for a template name: `"quote-sheet"` → `"quote-sheet.md.j2"`.
    pub fn file_name(&self, name: &str) -> Option<String> {
        [
            name.to_owned(),
            format!("{name}.md.j2"),
            format!("{name}.j2"),
        ]
        .into_iter()
        .find(|f| self.files.contains_key(f))
    }

    /// Renders template `file` (a file name such as `"situation-report.md.j2"`) with
    /// `context`. The whole output is produced in memory: an error never leaves half a
    /// document behind.
    /// `items` (the briefing's item count) scales the instruction budget.
    pub fn render(
        &self,
        file: &str,
        context: &impl Serialize,
        items: usize,
    ) -> Result<String, TemplateError> {
        let mut env = self.environment();
        env.set_fuel(Some(FUEL_BASE + FUEL_PER_ITEM * items as u64));
        let result = env
            .get_template(file)
            .and_then(|t| t.render(Value::from(minijinja::value::Serde(context))));
        result.map_err(|e| self.error(file, &e))
    }

    fn environment(&self) -> Environment<'static> {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        let syntax = minijinja::syntax::SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .keep_trailing_newline(true)
            .build();
        if let Ok(syntax) = syntax {
            env.set_syntax(syntax);
        }
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".md.j2") || name.ends_with(".md") {
                AutoEscape::Custom("markdown".into())
            } else if name.ends_with(".html.j2") || name.ends_with(".html") {
                AutoEscape::Html
            } else {
                AutoEscape::None
            }
        });
        env.set_formatter(|out, state, value| {
            if let AutoEscape::Custom(_) = state.auto_escape() {
                if value.is_safe() {
                    return out
                        .write_str(value.as_str().unwrap_or_default())
                        .map_err(Into::into);
                }
                if value.is_none() || value.is_undefined() {
                    return Ok(());
                }
                let text = match value.as_str() {
                    Some(s) => escape::markdown_inline(s),
                    None => escape::markdown_inline(&value.to_string()),
                };
                out.write_str(&text).map_err(Into::into)
            } else {
                minijinja::escape_formatter(out, state, value)
            }
        });
        env.add_filter("md", |s: &str| {
            Value::from_safe_string(escape::markdown_inline(s))
        });
        let files = self.files.clone();
        env.set_loader(move |name| Ok(files.get(name).map(|(t, _)| t.to_string())));
        env
    }

    fn error(&self, file: &str, e: &minijinja::Error) -> TemplateError {
        let template = e.name().unwrap_or(file).to_owned();
        let source = self.source(&template);
        let line = e.line();
        let source_line = line
            .and_then(|l| source.and_then(|s| s.lines().nth(l.saturating_sub(1))))
            .map(str::to_owned);
        let (column, width) = match (e.range(), source) {
            (Some(r), Some(src)) if r.start <= src.len() => {
                let line_start = src[..r.start].rfind('\n').map_or(0, |i| i + 1);
                let col = src[line_start..r.start].chars().count() + 1;
                let end = r
                    .end
                    .min(src[r.start..].find('\n').map_or(src.len(), |i| r.start + i));
                (
                    Some(col),
                    src.get(r.start..end).map_or(1, |s| s.chars().count()),
                )
            }
            _ => (None, 1),
        };
        let mut message = e.kind().to_string();
        if let Some(detail) = e.detail() {
            message = format!("{message}: {detail}");
        }
        TemplateError {
            template,
            line,
            column,
            source_line,
            width,
            message,
        }
    }
}

/// `"quote-sheet.md.j2"` → `"quote-sheet"`.
pub fn display_name(file: &str) -> &str {
    file.strip_suffix(".md.j2")
        .or_else(|| file.strip_suffix(".j2"))
        .unwrap_or(file)
}

/// First line of a leading `{# … #}` comment.
fn description(text: &str) -> String {
    text.trim_start()
        .strip_prefix("{#")
        .and_then(|rest| rest.split("#}").next())
        .and_then(|c| c.lines().map(str::trim).find(|l| !l.is_empty()))
        .unwrap_or_default()
        .to_owned()
}
