//! Rendered briefings: every built-in template in every format as insta snapshots on a
//! project drafted from fixture articles; CSV, JSON and the documented variables;
//! template errors and user templates.

use briefing::export::{self, BuildOptions, ExportFormat};
use briefing::project::{Edit, ItemChange, Project, SourceId};
use briefing::templates::Templates;
use briefing::view::Citations;

/// Fixture articles for the snapshot project, by path relative to the package root so
/// snapshots do not depend on where the repository is checked out.
pub const ARTICLES: &[&str] = &[
    "tests/fixtures/articles/yonhap_lead_shipyard.txt",
    "tests/fixtures/articles/afp_bss_dam.txt",
    "tests/fixtures/articles/reuters_water_fine.txt",
    "tests/fixtures/articles/markdown_floodwall.md",
];

/// Drafts a project from files (paths relative to the package root), fixed date.
pub fn drafted(files: &[&str]) -> Project {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    std::env::set_current_dir(root).unwrap();
    let sources = files
        .iter()
        .zip(1..)
        .map(|(f, id)| {
            briefing::files::import_source(std::path::Path::new(f), SourceId(id)).unwrap()
        })
        .collect();
    briefing::draft::draft(sources, Some("Regional incidents"), "2024-04-26")
}

/// The snapshot project: drafted, plus front matter and analyst edits on two items.
pub fn snapshot_project() -> Project {
    let mut p = drafted(ARTICLES);
    let first = p.briefing.sections[0].items[0].id;
    let quote = p.briefing.sections[1].items[0].id;
    let edits = vec![
        Edit::SetField {
            field: briefing::project::BriefingField::Summary,
            value: "Three unrelated incidents, one pattern: ageing infrastructure.\n\nNo casualties are reported abroad.".into(),
        },
        Edit::SetField {
            field: briefing::project::BriefingField::Marking,
            value: "UNCLASSIFIED // FOR OFFICIAL USE ONLY".into(),
        },
        Edit::SetField {
            field: briefing::project::BriefingField::Author,
            value: "Regional desk".into(),
        },
        Edit::SetItem {
            id: first,
            change: ItemChange::Note(Some("Watch for a second inspection.".into())),
        },
        Edit::SetItem {
            id: quote,
            change: ItemChange::Tags(vec!["official".into(), "follow-up".into()]),
        },
    ];
    p.apply(Edit::Batch(edits)).unwrap();
    p
}

/// Builds with the built-in templates.
pub fn build(p: &Project, template: &str, format: ExportFormat, citations: Citations) -> String {
    let options = BuildOptions {
        template: template.to_owned(),
        format,
        citations,
        corroboration: None,
    };
    export::build(p, &Templates::builtin(), &options).unwrap()
}

#[test]
fn every_builtin_template_in_every_format() {
    let p = snapshot_project();
    let templates = Templates::builtin().list();
    assert_eq!(templates.len(), 4, "the four built-ins are listed");
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for t in &templates {
            assert!(!t.description.is_empty(), "{} has a description", t.name);
            for format in [ExportFormat::Markdown, ExportFormat::Html] {
                let out = build(&p, &t.name, format, Citations::References);
                insta::assert_snapshot!(format!("{}.{}", t.name, format.extension()), out);
            }
        }
        let md = build(
            &p,
            "situation-report",
            ExportFormat::Markdown,
            Citations::Footnotes,
        );
        insta::assert_snapshot!("situation-report-footnotes.md", md);
        for format in [ExportFormat::Json, ExportFormat::Csv] {
            let out = build(&p, "situation-report", format, Citations::References);
            insta::assert_snapshot!(format!("briefing.{}", format.extension()), out);
        }
    });
}

/// The six bundled samples, drafted into a briefing.
fn drafted_samples() -> Project {
    let sources = briefing::samples::sample_project().sources;
    briefing::draft::draft(sources, Some("Kesh Dam"), "2024-09-16")
}

/// The built-in situation report on the six samples, with corroboration: items say
/// which outlets confirm them and where sources differ.
#[test]
fn situation_report_prints_corroboration_and_conflicts() {
    let p = drafted_samples();
    let options = BuildOptions {
        template: "situation-report".into(),
        format: ExportFormat::Markdown,
        citations: Citations::References,
        corroboration: Some(std::sync::Arc::new(
            briefing::corroborate::sources::Sources::new(&p),
        )),
    };
    let md = export::build(&p, &Templates::builtin(), &options).unwrap();
    assert!(md.contains("*Confirmed by "), "{md}");
    assert!(
        md.contains("*Sources differ on the day of the week:* Saturday here; Friday (Reuters)"),
        "{md}"
    );
    assert!(
        md.contains("also reported by Yonhap"),
        "the minister's remark: {md}"
    );
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!("situation-report-corroborated.md", md));
}

#[test]
fn markdown_has_sources_citations_and_items() {
    let p = snapshot_project();
    let md = build(
        &p,
        "situation-report",
        ExportFormat::Markdown,
        Citations::References,
    );
    let sources_at = md.find("## Sources").unwrap();
    for (n, source) in p.sources.iter().enumerate() {
        let outlet = briefing::view::outlet(source);
        assert!(
            md[sources_at..].contains(&format!("{}. **{outlet}**", n + 1)),
            "{outlet}"
        );
    }
    for item in p.items() {
        let words: String = item
            .text
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ");
        let escaped = briefing::escape::markdown_inline(&words);
        assert!(md.contains(&escaped), "item {:?} missing", item.id);
    }
    let foot = build(
        &p,
        "situation-report",
        ExportFormat::Markdown,
        Citations::Footnotes,
    );
    assert!(foot.contains("[^1]:") && foot.contains("[^1]\n"));
    let html = build(
        &p,
        "situation-report",
        ExportFormat::Html,
        Citations::Footnotes,
    );
    assert!(
        html.contains("footnote-definition"),
        "footnotes render in HTML"
    );
}

#[test]
fn csv_is_the_quote_table() {
    let p = snapshot_project();
    let out = build(
        &p,
        "situation-report",
        ExportFormat::Csv,
        Citations::References,
    );
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header,
        [
            "id", "source", "speaker", "quote", "section", "note", "tags", "start", "end"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let quotes: Vec<_> = p
        .items()
        .filter(|i| i.kind == briefing::project::ItemKind::Quote)
        .collect();
    assert_eq!(rows.len(), quotes.len());
    for (row, q) in rows.iter().zip(&quotes) {
        assert_eq!(row[0], q.id.0.to_string());
        assert_eq!(&row[3], briefing::view::quote_words(&q.text));
        assert_eq!(row[7], q.provenance.start.to_string());
        assert_eq!(row[8], q.provenance.end.to_string());
    }
}

#[test]
fn json_carries_provenance() {
    let p = snapshot_project();
    let out = build(
        &p,
        "situation-report",
        ExportFormat::Json,
        Citations::References,
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let items = v["items"].as_array().unwrap();
    assert_eq!(items.len(), p.items().count());
    for (json, item) in items.iter().zip(p.items()) {
        let prov = &json["provenance"];
        assert_eq!(prov["start"], item.provenance.start);
        assert_eq!(prov["text"], item.provenance.text.as_str());
        let source = p.source(item.provenance.source).unwrap();
        assert_eq!(
            &source.article.text[item.provenance.start..item.provenance.end],
            prov["text"].as_str().unwrap()
        );
    }
}

#[test]
fn documented_variables_match_the_view() {
    let p = snapshot_project();
    let view = serde_json::to_value(briefing::view::View::new(&p, Citations::References)).unwrap();
    let mut found = Vec::new();
    collect_paths(&view, String::new(), &mut found);
    // The samples report one event, so their items have corroboration and conflicts.
    let samples = drafted_samples();
    let support = briefing::corroborate::sources::Sources::new(&samples);
    let view = briefing::view::View::with_support(&samples, Citations::References, Some(&support));
    collect_paths(
        &serde_json::to_value(view).unwrap(),
        String::new(),
        &mut found,
    );
    let documented: Vec<&str> = briefing::view::VARS.iter().map(|v| v.0).collect();
    for path in &found {
        // Items appear under sections, sources and speakers too; they are documented once.
        let canonical = canonical_item_path(path);
        assert!(
            documented.contains(&canonical.as_str()),
            "undocumented variable {path}"
        );
    }
    for d in &documented {
        assert!(found.iter().any(|f| f == d), "documented but absent: {d}");
    }
}

fn collect_paths(v: &serde_json::Value, prefix: String, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, v) in m {
                let p = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                if !v.is_object() && !out.contains(&p) {
                    out.push(p.clone());
                }
                collect_paths(v, p, out);
            }
        }
        serde_json::Value::Array(a) => {
            for v in a {
                collect_paths(v, format!("{prefix}[]"), out);
            }
        }
        _ => {}
    }
}

fn canonical_item_path(path: &str) -> String {
    for list in [
        "sections[].items[].",
        "sections[].facts[].",
        "sections[].quotes[].",
        "sources[].items[].",
        "speakers[].quotes[].",
    ] {
        if let Some(rest) = path.strip_prefix(list) {
            return format!("items[].{rest}");
        }
    }
    path.to_owned()
}

#[test]
fn template_errors_name_template_line_and_column() {
    let dir = tempdir();
    let bad = dir.join("broken.md.j2");
    std::fs::write(
        &bad,
        "# {{ briefing.title }}\n\n{% for item in items %}\n- {{ item.txt }}\n{% endfor %}\n",
    )
    .unwrap();
    let (templates, name) = Templates::builtin().with_file(&bad).unwrap();
    let p = snapshot_project();
    let options = BuildOptions {
        template: name,
        ..BuildOptions::default()
    };
    let err = export::build(&p, &templates, &options).unwrap_err();
    let shown = err.to_string();
    assert!(shown.contains("undefined value"), "{shown}");
    assert!(shown.contains("broken.md.j2, line 4, column 6"), "{shown}");
    assert!(shown.contains("4 | - {{ item.txt }}"), "{shown}");
    assert!(shown.contains("|      ^^^^^^^^"), "{shown}");

    std::fs::write(&bad, "{% for x in items %}\n{{ x.text }\n").unwrap();
    let (templates, name) = Templates::builtin().with_file(&bad).unwrap();
    let options = BuildOptions {
        template: name,
        ..BuildOptions::default()
    };
    let shown = export::build(&p, &templates, &options)
        .unwrap_err()
        .to_string();
    assert!(
        shown.contains("syntax error") && shown.contains("line 2"),
        "{shown}"
    );

    std::fs::write(
        &bad,
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    )
    .unwrap();
    let (templates, name) = Templates::builtin().with_file(&bad).unwrap();
    let options = BuildOptions {
        template: name,
        ..BuildOptions::default()
    };
    let shown = export::build(&p, &templates, &options)
        .unwrap_err()
        .to_string();
    assert!(shown.contains("fuel"), "a runaway template stops: {shown}");
}

#[test]
fn user_folder_overrides_builtins_file_by_file() {
    let dir = tempdir();
    std::fs::write(
        dir.join("quote-sheet.md.j2"),
        "{# Mine #}\nOnly {{ speakers|length }} speakers\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("one-liner.md.j2"),
        "{# One line #}\n{{ briefing.title }}\n",
    )
    .unwrap();
    let templates = Templates::builtin().with_dir(&dir).unwrap();
    let names: Vec<String> = templates.list().into_iter().map(|t| t.name).collect();
    assert_eq!(
        names,
        [
            "daily-brief",
            "one-liner",
            "quote-sheet",
            "situation-report",
            "source-digest"
        ]
    );
    let p = snapshot_project();
    let options = BuildOptions {
        template: "quote-sheet".into(),
        ..BuildOptions::default()
    };
    let out = export::build(&p, &templates, &options).unwrap();
    assert!(out.starts_with("Only "), "{out}");
    let options = BuildOptions {
        template: "one-liner".into(),
        ..BuildOptions::default()
    };
    assert_eq!(
        export::build(&p, &templates, &options).unwrap(),
        "Regional incidents\n"
    );
    let options = BuildOptions {
        template: "nope".into(),
        ..BuildOptions::default()
    };
    let err = export::build(&p, &templates, &options)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("no template \"nope\"") && err.contains("situation-report"),
        "{err}"
    );
}

/// A fresh empty directory under the target dir.
pub fn tempdir() -> std::path::PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let d = std::env::temp_dir().join(format!(
        "briefing-test-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}
