//! The sample articles bundled in the binary (`assets/samples/`), so the app opens on
//! something real on a fresh machine, from any working directory.
//!
//! Six outlets cover one fictional event (the opening of the Kesh Dam) in the shapes real
//! articles come in: wire copy with slugs and trailers, a saved web page, Markdown with
//! front matter. A test checks this list against the folder so a new sample is not
//! forgotten.

use crate::files::sha256_hex;
use crate::pipeline::import_bytes;
use crate::project::{Project, Source, SourceId};

/// File name and bytes of every bundled sample, in display order.
pub const SAMPLES: &[(&str, &[u8])] = &[
    (
        "reuters_kesh_dam.txt",
        include_bytes!("../assets/samples/reuters_kesh_dam.txt"),
    ),
    (
        "afp_kesh_dam.txt",
        include_bytes!("../assets/samples/afp_kesh_dam.txt"),
    ),
    (
        "ap_kesh_dam.txt",
        include_bytes!("../assets/samples/ap_kesh_dam.txt"),
    ),
    (
        "yonhap_kesh_dam.txt",
        include_bytes!("../assets/samples/yonhap_kesh_dam.txt"),
    ),
    (
        "oruna_herald_kesh_dam.html",
        include_bytes!("../assets/samples/oruna_herald_kesh_dam.html"),
    ),
    (
        "riverwatch_kesh_dam.md",
        include_bytes!("../assets/samples/riverwatch_kesh_dam.md"),
    ),
];

/// A new project titled "Kesh Dam opening" holding every sample article (a sample that
/// fails to import is skipped; the test suite makes sure none does).
pub fn sample_project() -> Project {
    let mut project = Project::new("Kesh Dam opening");
    for (id, (name, bytes)) in (1..).zip(SAMPLES) {
        if let Ok(article) = import_bytes(&format!("samples/{name}"), bytes) {
            project.sources.push(Source {
                id: SourceId(id),
                sha256: sha256_hex(bytes),
                article: std::sync::Arc::new(article),
            });
        }
    }
    project
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sample_in_the_folder_is_bundled_and_imports() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/samples");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n != "README.md")
            .collect();
        on_disk.sort();
        let mut bundled: Vec<String> = SAMPLES.iter().map(|(n, _)| n.to_string()).collect();
        bundled.sort();
        assert_eq!(on_disk, bundled);
        let p = sample_project();
        assert_eq!(p.sources.len(), SAMPLES.len());
        assert!(p.sources.iter().all(|s| !s.article.sentences.is_empty()));
    }
}
