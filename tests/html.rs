//! Saved web pages through the whole pipeline: the body and metadata come out, no markup,
//! script or page chrome gets into the text, and a page with no article is an error.

use briefing::{Format, ImportError};

const PAGES: &[(&str, &str, &str)] = &[
    (
        "yonhap_page.html",
        "Yonhap",
        "Kim, Putin begin to build rapport",
    ),
    (
        "afp_portal.html",
        "AFP",
        "Kim, Putin vow to seek closer ties",
    ),
    (
        "reuters_page.html",
        "Reuters",
        "Putin says North Korea needs security",
    ),
    ("ap_page.html", "AP", "Kim, Putin hold first summit"),
    (
        "guardian_style.html",
        "the Guardian",
        "Kim Jong-un and Putin hold first summit",
    ),
    (
        "blog_post.html",
        "Korea Watch",
        "Reading the Vladivostok summit",
    ),
    (
        "legacy_table_1252.html",
        "Asia Wire Online",
        "Putin, Kim Jong-il sign joint declaration",
    ),
];

#[test]
fn saved_pages_give_clean_articles() {
    for (file, source, headline) in PAGES {
        let a = briefing::import_file(&crate::fixture(&format!("html/{file}"))).unwrap();
        assert_eq!(a.format, Format::Html, "{file}");
        assert_eq!(a.meta.source.as_deref(), Some(*source), "{file}");
        let h = a.meta.headline.as_deref().unwrap_or("");
        assert!(h.starts_with(headline), "{file}: headline {h:?}");
        assert!(
            a.paragraphs.len() >= 4,
            "{file}: {} paragraphs",
            a.paragraphs.len()
        );
        assert!(a.sentences.len() >= a.paragraphs.len(), "{file}");
        for leak in [
            "<script",
            "<div",
            "<p>",
            "function(",
            "googletag",
            "document.",
            "{",
            "cookie",
        ] {
            assert!(
                !a.text.contains(leak),
                "{file}: {leak:?} leaked into the text"
            );
        }
        crate::properties::check_invariants(&a);
    }
}

#[test]
fn the_yonhap_page_matches_the_yonhap_text() {
    let page = briefing::import_file(&crate::fixture("html/yonhap_page.html")).unwrap();
    assert_eq!(page.meta.label.as_deref(), Some("News Focus"));
    assert_eq!(page.meta.byline.as_deref(), Some("Song Sang-ho"));
    assert_eq!(page.meta.published.as_deref(), Some("2019-04-25"));
    assert_eq!(
        page.meta.dateline.as_deref(),
        Some("VLADIVOSTOK, April 25 (Yonhap) --")
    );
    let speakers: Vec<Option<&str>> = page.quotes.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(
        speakers,
        [
            Some("Kim Jong-un"),
            Some("Vladimir Putin"),
            Some("Park Won-gon"),
            None
        ]
    );
}

#[test]
fn a_declared_legacy_charset_is_honoured() {
    let a = briefing::import_file(&crate::fixture("html/legacy_table_1252.html")).unwrap();
    assert_eq!(a.encoding, "windows-1252");
    assert!(
        a.text.contains('’') || a.text.contains('“'),
        "curly quotes decoded"
    );
}

#[test]
fn a_page_without_an_article_is_an_error() {
    let err = briefing::import_file(&crate::fixture("html/section_index.html")).unwrap_err();
    assert!(matches!(err.error, ImportError::NoContent), "{err}");
    assert!(err.to_string().ends_with("section_index.html"));
}

#[test]
fn bundled_samples_all_import_with_sources_and_speakers() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples");
    let mut n = 0;
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.file_name().is_some_and(|f| f == "README.md") {
            continue;
        }
        let a = briefing::import_file(&p).unwrap();
        assert!(a.meta.headline.is_some(), "{}", p.display());
        assert!(a.meta.source.is_some(), "{}", p.display());
        assert!(
            a.quotes.iter().any(|q| q.speaker.is_some()),
            "{}",
            p.display()
        );
        n += 1;
    }
    assert!(n >= 5, "{n} samples");
}

#[test]
fn a_standfirst_and_a_section_affix_stay_out_of_the_story() {
    // Invented page in the layout of Al Jazeera's: the standfirst under the `<h1>`, a
    // "Published On" line with no date markup, "| Weather News | Al Jazeera" in `<title>`.
    let a = briefing::import_file(&crate::fixture("articles/aljazeera_style_floods.html")).unwrap();
    assert_eq!(
        a.meta.headline.as_deref(),
        Some("Landslide blocks highway to Nepal's Mustang district")
    );
    assert_eq!(a.meta.published.as_deref(), Some("2026-08-21"));
    assert!(!a.text.contains("Hundreds of travellers are stranded"));
    assert!(a.text.starts_with("A landslide has blocked"));
}
