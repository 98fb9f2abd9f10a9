//! The briefing subcommands of the binary: `draft`, `build`, `compare` and `templates`.
//!
//! The shell around the core: read files, call the pure functions, write atomically,
//! report each problem once on standard error (`briefing: …`, path last).

use anyhow::Context;
use briefing::export::{self, BuildOptions, ExportFormat};
use briefing::project::SourceId;
use briefing::templates::{Origin, Templates};
use briefing::view::Citations;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `briefing draft`: import the articles, draft a project, save it atomically.
pub fn draft(
    files: &[PathBuf],
    out: &Path,
    title: Option<&str>,
    date: Option<&str>,
) -> anyhow::Result<ExitCode> {
    let mut failed = false;
    let mut sources = Vec::new();
    for path in files {
        let id = SourceId(sources.len() as u64 + 1);
        match briefing::files::import_source(path, id) {
            Ok(s) => sources.push(s),
            Err(e) => {
                failed = true;
                eprintln!("briefing: {e:#}");
            }
        }
    }
    anyhow::ensure!(
        !sources.is_empty(),
        "no article could be read; nothing drafted"
    );
    let date = date.map_or_else(today, str::to_owned);
    let project = briefing::draft::draft(sources, title, &date);
    briefing::store::save(out, &project).map_err(|e| e.at(out))?;
    let items = project.items().count();
    eprintln!(
        "drafted {items} items from {} articles",
        project.sources.len()
    );
    println!("{}", out.display());
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// `briefing build`: render a project with a template into a file (or stdout).
pub fn build(
    project_path: &Path,
    template: Option<&str>,
    format: Option<ExportFormat>,
    citations: Citations,
    out: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let project = briefing::store::load(project_path).map_err(|e| e.at(project_path))?;
    for mismatch in project.verify() {
        eprintln!("briefing: warning: {mismatch}: {}", project_path.display());
    }
    let format = format
        .or_else(|| {
            out.and_then(|o| o.extension())
                .and_then(|e| e.to_str())
                .and_then(ExportFormat::from_extension)
        })
        .unwrap_or(ExportFormat::Markdown);
    let (templates, template) = templates_for(template)?;
    let sources = briefing::corroborate::sources::Sources::new(&project);
    let grounds = briefing::corroborate::grounding::Grounds::new(
        project.sources.iter().map(|s| s.article.as_ref()),
    );
    for u in grounds.check(&project) {
        eprintln!(
            "briefing: warning: {} \"{}\" in the {} appears in no source: {}",
            u.kind,
            u.text,
            u.field.label(),
            project_path.display()
        );
    }
    let options = BuildOptions {
        template,
        format,
        citations,
        corroboration: Some(std::sync::Arc::new(sources)),
    };
    let document = export::build(&project, &templates, &options)?;
    let out = match out {
        Some(p) if p == Path::new("-") => {
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(document.as_bytes())
                .and_then(|()| stdout.flush())
                .context("cannot write to standard output")?;
            return Ok(ExitCode::SUCCESS);
        }
        Some(p) => p.to_owned(),
        None => default_output(project_path, format),
    };
    briefing::store::write_atomic(&out, |w| w.write_all(document.as_bytes()))
        .map_err(|e| e.at(&out))?;
    println!("{}", out.display());
    Ok(ExitCode::SUCCESS)
}

/// The template set and the name to render: built-ins, the user folder, and a
/// `--template` that is a file path (contains a path separator or exists as a file).
fn templates_for(template: Option<&str>) -> anyhow::Result<(Templates, String)> {
    let mut templates = Templates::builtin();
    if let Some(dir) = Templates::user_dir() {
        templates = templates.with_dir(&dir)?;
    }
    match template {
        None => Ok((templates, briefing::templates::DEFAULT_TEMPLATE.to_owned())),
        Some(t) if Path::new(t).is_file() || t.contains(std::path::MAIN_SEPARATOR) => {
            Ok(templates.with_file(Path::new(t))?)
        }
        Some(t) => Ok((templates, t.to_owned())),
    }
}

/// `P.briefing.json` → `P.md` (or `.html`, …) beside it.
fn default_output(project: &Path, format: ExportFormat) -> PathBuf {
    let name = project
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name
        .strip_suffix(".briefing.json")
        .or_else(|| name.strip_suffix(".json"))
        .unwrap_or(&name);
    project.with_file_name(format!("{stem}.{}", format.extension()))
}

/// `briefing compare`: import the articles, match their statements, print the groups
/// and discrepancies. Exit 2 when any file failed (the rest are still compared).
pub fn compare(files: &[PathBuf], json: bool) -> anyhow::Result<ExitCode> {
    let mut failed = false;
    let mut articles = Vec::new();
    for path in files {
        match briefing::import_file(path) {
            Ok(a) => articles.push(a),
            Err(e) => {
                failed = true;
                eprintln!("briefing: {e:#}");
            }
        }
    }
    anyhow::ensure!(
        !articles.is_empty(),
        "no article could be read; nothing compared"
    );
    let refs: Vec<&briefing::Article> = articles.iter().collect();
    let found = briefing::corroborate::compare(&refs);
    let report = briefing::corroborate::report::report(&found, &refs);
    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &report).context("cannot write JSON")?;
        writeln!(out).context("cannot write to standard output")?;
    } else {
        out.write_all(briefing::corroborate::report::text(&report).as_bytes())
            .context("cannot write to standard output")?;
    }
    out.flush().context("cannot write to standard output")?;
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// `briefing templates`: the available templates, or with `--vars` their variables.
pub fn templates(vars: bool) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    if vars {
        for (name, ty, meaning) in briefing::view::VARS {
            writeln!(out, "{name:<32} {ty:<16} {meaning}")?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let (templates, _) = templates_for(None)?;
    for t in templates.list() {
        let origin = match &t.origin {
            Origin::Builtin => "built-in".to_owned(),
            Origin::User(p) | Origin::File(p) => p.display().to_string(),
        };
        writeln!(out, "{:<20} {}  [{origin}]", t.name, t.description)?;
    }
    if let Some(dir) = Templates::user_dir() {
        writeln!(out, "\nUser templates folder: {}", dir.display())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Today's date (UTC) as `YYYY-MM-DD`.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Days since 1970-01-01 → (year, month, day); Howard Hinnant's `civil_from_days`.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    #[test]
    fn civil_dates() {
        assert_eq!(super::civil_from_days(0), (1970, 1, 1));
        assert_eq!(super::civil_from_days(20_414), (2025, 11, 22));
        assert_eq!(super::civil_from_days(11_016), (2000, 2, 29));
    }
}
