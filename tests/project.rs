//! Project files and provenance: a saved project loads back identical; damaged, foreign,
//! newer and inconsistent files are refused with a clear error and never modified; a
//! failed save leaves the previous file and no temporary files; and [`Project::verify`]
//! reports every excerpt that no longer matches its source.

mod verify;

use briefing::files::import_source;
use briefing::project::{
    BriefingField, Edit, FORMAT_VERSION, Item, ItemChange, Project, SectionId, SourceId,
};
use briefing::store::{self, StoreError};
use serde_json::{Value, json};
use std::path::PathBuf;

/// The fixture articles a drafted project is made of.
pub const ARTICLES: [&str; 3] = [
    "afp_bss_dam.txt",
    "reuters_water_fine.txt",
    "yonhap_lead_shipyard.txt",
];

/// A project drafted from fixture articles through edits: each article a source, its
/// first two sentences a key point, its first quote in "Quotes", its fourth sentence as
/// background with a note and tags.
pub fn draft(names: &[&str]) -> Project {
    let mut p = Project::new("Floods and fines");
    let apply = |p: &mut Project, e| p.apply(e).unwrap();
    apply(&mut p, set(BriefingField::Marking, "UNCLASSIFIED // FOUO"));
    apply(
        &mut p,
        set(BriefingField::Summary, "Dams fail; «fines» rise — 2024."),
    );
    for (n, name) in names.iter().enumerate() {
        let path = crate::fixture(&format!("articles/{name}"));
        let source = import_source(&path, SourceId(n as u64 + 1)).unwrap();
        apply(&mut p, Edit::InsertSource { index: n, source });
        let src = p.sources[n].clone();
        let fact = Item::from_sentences(p.fresh_item_id(), &src, 0, 1).unwrap();
        apply(&mut p, insert(SectionId(1), n, fact));
        let quote = Item::from_quote(p.fresh_item_id(), &src, 0).unwrap();
        apply(&mut p, insert(SectionId(2), n, quote));
        let bg = Item::from_sentences(p.fresh_item_id(), &src, 3, 3).unwrap();
        let id = bg.id;
        apply(&mut p, insert(SectionId(3), n, bg));
        let note = ItemChange::Note(Some("check the figure".into()));
        apply(&mut p, Edit::SetItem { id, change: note });
        let tags = ItemChange::Tags(vec!["follow-up".into(), "données".into()]);
        apply(&mut p, Edit::SetItem { id, change: tags });
    }
    p
}

fn set(field: BriefingField, value: &str) -> Edit {
    Edit::SetField {
        field,
        value: value.to_owned(),
    }
}

fn insert(section: SectionId, index: usize, item: Item) -> Edit {
    Edit::InsertItem {
        section,
        index,
        item,
    }
}

/// An empty directory of its own for one test, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let d = std::env::temp_dir().join(format!("briefing-store-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        Scratch(d)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    /// The names in the directory, sorted.
    fn listing(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(&self.0)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Writes `bytes` to `name`, loads it, and checks the load wrote nothing.
fn load_bytes(dir: &Scratch, name: &str, bytes: &[u8]) -> StoreError {
    let path = dir.path(name);
    std::fs::write(&path, bytes).unwrap();
    let before = dir.listing();
    let err = store::load(&path).unwrap_err();
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "load changed the file"
    );
    assert_eq!(dir.listing(), before, "load created files");
    let shown = err.to_string();
    let at = store::load(&path).unwrap_err().at(&path).to_string();
    assert_eq!(at, format!("{shown}: {}", path.display()), "path last");
    err
}

fn project_json(p: &Project) -> Value {
    serde_json::to_value(p).unwrap()
}

#[test]
fn save_then_load_gives_the_same_project() {
    let dir = Scratch::new("roundtrip");
    let path = dir.path("floods.briefing.json");
    let p = draft(&ARTICLES);
    assert_eq!(p.items().count(), 9);
    store::save(&path, &p).unwrap();
    assert_eq!(store::load(&path).unwrap(), p);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.ends_with("}\n") && !text.ends_with("\n\n"),
        "one newline"
    );
    let head = format!("{{\n  \"format_version\": {FORMAT_VERSION},\n  \"briefing\": {{\n");
    assert!(text.starts_with(&head), "pretty JSON: {}", &text[..60]);
    assert_eq!(dir.listing(), ["floods.briefing.json"]);
    // Saving again gives the same bytes, and an edited project replaces the file.
    store::save(&path, &p).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    let mut q = p.clone();
    q.apply(set(BriefingField::Title, "Second draft")).unwrap();
    store::save(&path, &q).unwrap();
    assert_eq!(store::load(&path).unwrap(), q);
    assert_eq!(dir.listing(), ["floods.briefing.json"]);
}

#[cfg(unix)]
#[test]
fn saving_over_a_file_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = Scratch::new("mode");
    let path = dir.path("p.briefing.json");
    let p = Project::new("Modes");
    store::save(&path, &p).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    store::save(&path, &p).unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o640);
}

#[test]
fn a_truncated_file_is_corrupt_with_line_and_column() {
    let dir = Scratch::new("corrupt");
    let bytes = serde_json::to_vec_pretty(&draft(&ARTICLES[..1])).unwrap();
    let half = &bytes[..bytes.len() / 2];
    let err = load_bytes(&dir, "half.briefing.json", half);
    let StoreError::Corrupt { line, column, .. } = err else {
        panic!("{err:?}")
    };
    let lines = half.split(|&b| b == b'\n').count();
    assert_eq!(line, lines, "the error is at the end of the truncated text");
    assert!(column > 0);
    let msg = err.to_string();
    assert!(
        msg.contains(&format!("line {line}, column {column}")),
        "{msg}"
    );
    assert!(msg.contains("damaged or truncated"), "{msg}");
    // Garbage and trailing rubbish are corrupt too; an empty file says so.
    let err = load_bytes(&dir, "junk", b"{\"format_version\": 1,, }");
    assert!(
        matches!(err, StoreError::Corrupt { line: 1, .. }),
        "{err:?}"
    );
    let mut trailing = bytes.clone();
    trailing.extend_from_slice(b"\n}");
    let err = load_bytes(&dir, "trailing", &trailing);
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
    assert!(matches!(
        load_bytes(&dir, "empty", b" \n"),
        StoreError::Empty
    ));
}

#[test]
fn a_newer_format_is_refused_as_too_new() {
    let dir = Scratch::new("toonew");
    let mut v = project_json(&draft(&ARTICLES[..1]));
    v["format_version"] = json!(FORMAT_VERSION + 1);
    let err = load_bytes(&dir, "new.briefing.json", v.to_string().as_bytes());
    let want = u64::from(FORMAT_VERSION + 1);
    assert!(
        matches!(err, StoreError::TooNew { found, supported } if found == want && supported == FORMAT_VERSION)
    );
    let msg = err.to_string();
    let expect = format!(
        "made by a newer version of Briefing (format {want}, this build reads up to {FORMAT_VERSION})"
    );
    assert_eq!(msg, expect);
    // A newer format whose shape this build does not know, or beyond u32.
    v["briefing"] = json!({"blocks": []});
    let err = load_bytes(&dir, "newer", v.to_string().as_bytes());
    assert!(matches!(err, StoreError::TooNew { .. }), "{err:?}");
    v["format_version"] = json!(1u64 << 40);
    let err = load_bytes(&dir, "far", v.to_string().as_bytes());
    assert!(matches!(err, StoreError::TooNew { found, .. } if found == 1 << 40));
}

#[test]
fn json_that_is_not_a_project_is_named_so() {
    let dir = Scratch::new("foreign");
    let array = project_json(&draft(&[]));
    let as_array = json!([array["format_version"], array["briefing"], array["sources"]]);
    for text in [
        r#"{"name":"x"}"#.to_owned(),
        "[1,2]".to_owned(),
        "\"hello\"".to_owned(),
        "42".to_owned(),
        r#"{"briefing": {}}"#.to_owned(),
        as_array.to_string(),
    ] {
        let err = load_bytes(&dir, "other.json", text.as_bytes());
        assert!(matches!(err, StoreError::NotAProject), "{text}: {err:?}");
        assert!(err.to_string().starts_with("not a Briefing project"));
    }
}

#[test]
fn a_project_that_does_not_fit_the_model_is_invalid() {
    let dir = Scratch::new("invalid");
    let mut v = project_json(&draft(&ARTICLES[..1]));
    v["briefing"]["sections"][0]["items"][0]["kind"] = json!("rumour");
    let text = serde_json::to_string_pretty(&v).unwrap();
    let err = load_bytes(&dir, "bad.briefing.json", text.as_bytes());
    let StoreError::Invalid { line, message, .. } = &err else {
        panic!("{err:?}")
    };
    let rumour = text.lines().position(|l| l.contains("\"rumour\"")).unwrap();
    assert_eq!(*line, rumour + 1, "the line of the bad value");
    assert!(message.contains("rumour"), "{message}");
    let mut v = project_json(&draft(&[]));
    v.as_object_mut().unwrap().remove("sources");
    let err = load_bytes(&dir, "nosources", v.to_string().as_bytes());
    assert!(err.to_string().contains("missing field `sources`"), "{err}");
}

#[test]
fn duplicate_ids_are_refused_on_load_and_save() {
    let dir = Scratch::new("dups");
    let p = draft(&ARTICLES[..2]);
    type Tamper = fn(&mut Value);
    let cases: [(&str, Tamper); 3] = [
        ("item", |v| {
            let id = v["briefing"]["sections"][0]["items"][0]["id"].clone();
            v["briefing"]["sections"][2]["items"][1]["id"] = id;
        }),
        ("section", |v| v["briefing"]["sections"][1]["id"] = json!(1)),
        ("source", |v| v["sources"][1]["id"] = json!(1)),
    ];
    for (what, tamper) in cases {
        let mut v = project_json(&p);
        tamper(&mut v);
        let err = load_bytes(&dir, "dup.briefing.json", v.to_string().as_bytes());
        assert!(
            matches!(err, StoreError::DuplicateId { what: w, .. } if w == what),
            "{what}: {err:?}"
        );
        assert!(err.to_string().contains(&format!("two {what}s")), "{err}");
        let q: Project = serde_json::from_value(v).unwrap();
        let path = dir.path("never.briefing.json");
        assert!(matches!(
            store::save(&path, &q),
            Err(StoreError::DuplicateId { .. })
        ));
        assert!(!path.exists());
    }
}

#[test]
fn a_failed_write_leaves_the_previous_file_and_no_temporary_file() {
    let dir = Scratch::new("failwrite");
    let path = dir.path("keep.briefing.json");
    store::save(&path, &draft(&ARTICLES[..1])).unwrap();
    let before = std::fs::read(&path).unwrap();
    let half = &before[..before.len() / 2];
    let err = store::write_atomic(&path, |w| {
        w.write_all(half)?;
        w.write_all(&vec![b' '; 1 << 20])?;
        Err(std::io::Error::other("disk full"))
    })
    .unwrap_err();
    assert!(matches!(err, StoreError::Write(_)));
    assert_eq!(err.to_string(), "cannot write the file (disk full)");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(dir.listing(), ["keep.briefing.json"]);
    // Without a previous file, nothing appears.
    let fresh = dir.path("fresh.md");
    let err = store::write_atomic(&fresh, |w| {
        w.write_all(b"# half")?;
        Err(std::io::Error::other("interrupted"))
    });
    assert!(err.is_err());
    assert_eq!(dir.listing(), ["keep.briefing.json"]);
    // A successful export goes through the same path.
    store::write_atomic(&fresh, |w| w.write_all(b"# whole\n")).unwrap();
    assert_eq!(std::fs::read_to_string(&fresh).unwrap(), "# whole\n");
}

#[test]
fn saving_where_it_cannot_creates_nothing() {
    let dir = Scratch::new("nowhere");
    let p = Project::new("Nowhere");
    let missing = dir.path("missing").join("p.briefing.json");
    let err = store::save(&missing, &p).unwrap_err();
    assert!(matches!(err, StoreError::Write(_)), "{err:?}");
    let shown = err.at(&missing).to_string();
    assert!(shown.starts_with("cannot write the file ("), "{shown}");
    assert!(
        shown.ends_with(&format!("): {}", missing.display())),
        "{shown}"
    );
    assert!(dir.listing().is_empty());
    std::fs::create_dir(dir.path("folder.briefing.json")).unwrap();
    let err = store::save(&dir.path("folder.briefing.json"), &p).unwrap_err();
    assert!(matches!(err, StoreError::Write(_)), "{err:?}");
    assert_eq!(dir.listing(), ["folder.briefing.json"]);
    let err = store::load(&dir.path("absent.briefing.json")).unwrap_err();
    assert!(matches!(err, StoreError::NotFound), "{err:?}");
    let err = store::load(&dir.path("folder.briefing.json")).unwrap_err();
    assert!(matches!(err, StoreError::Read(_)), "{err:?}");
}
