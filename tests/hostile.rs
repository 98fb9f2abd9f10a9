//! Hostile articles: markup, links, scripts and block markers in article text (headline,
//! byline, body, quotes, front matter) must change nothing in the document's structure
//! and put nothing executable into the HTML.

use crate::export::{build, drafted};
use briefing::export::ExportFormat;
use briefing::project::{Edit, Project};
use briefing::templates::Templates;
use briefing::view::Citations;
use pulldown_cmark::{Event, Options, Parser, Tag};

/// The hostile fixtures drafted into a project, plus an item made of every sentence.
pub fn hostile_project() -> Project {
    let mut p = drafted(&[
        "tests/fixtures/hostile/frontmatter_payloads.md",
        "tests/fixtures/hostile/wire_payloads.txt",
        "tests/fixtures/articles/hostile_portal.txt",
    ]);
    let section = p.briefing.sections[2].id;
    let mut index = 0;
    for s in 0..p.sources.len() {
        for i in 0..p.sources[s].article.sentences.len() {
            let id = p.fresh_item_id();
            let item = briefing::project::Item::from_sentences(id, &p.sources[s], i, i).unwrap();
            p.apply(Edit::InsertItem {
                section,
                index,
                item,
            })
            .unwrap();
            index += 1;
        }
    }
    p
}

/// The same project with every article-derived string replaced by a plain word.
fn neutralised(p: &Project) -> Project {
    let mut n = p.clone();
    let plain = |o: &mut Option<String>| {
        if o.is_some() {
            *o = Some("plain".into());
        }
    };
    for s in &mut n.sources {
        let article = std::sync::Arc::make_mut(&mut s.article);
        let m = &mut article.meta;
        for f in [
            &mut m.headline,
            &mut m.source,
            &mut m.via,
            &mut m.byline,
            &mut m.dateline,
            &mut m.published,
            &mut m.category,
            &mut m.site_name,
            &mut m.url,
        ] {
            plain(f);
        }
        article.path = "plain".into();
    }
    // Speakers stay distinct, since the quote sheet groups by them.
    let mut names: Vec<String> = Vec::new();
    for sec in &mut n.briefing.sections {
        for item in &mut sec.items {
            item.text = "plain".into();
            if let Some(s) = &item.speaker {
                let k = names.iter().position(|n| n == s).unwrap_or_else(|| {
                    names.push(s.clone());
                    names.len() - 1
                });
                item.speaker = Some(format!("speaker{k}"));
            }
        }
    }
    n
}

/// Block and inline structure of a Markdown document: every start tag, text dropped.
fn structure(md: &str) -> Vec<String> {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    Parser::new_ext(md, options)
        .filter_map(|e| match e {
            Event::Start(tag) => Some(format!("{tag:?}")),
            Event::Html(h) | Event::InlineHtml(h) => Some(format!("HTML {h}")),
            Event::Code(c) => Some(format!("CODE {c}")),
            Event::FootnoteReference(f) => Some(format!("FOOTNOTE {f}")),
            Event::HardBreak => Some("HARDBREAK".into()),
            Event::Rule => Some("RULE".into()),
            _ => None,
        })
        .collect()
}

#[test]
fn hostile_articles_change_nothing_in_the_structure() {
    let p = hostile_project();
    assert!(p.items().count() > 30, "the hostile project has many items");
    let calm = neutralised(&p);
    for t in Templates::builtin().list() {
        for citations in [Citations::References, Citations::Footnotes] {
            let md = build(&p, &t.name, ExportFormat::Markdown, citations);
            let expected = structure(&build(&calm, &t.name, ExportFormat::Markdown, citations));
            assert_eq!(structure(&md), expected, "template {}", t.name);
            for event in Parser::new_ext(&md, Options::all() - Options::ENABLE_SMART_PUNCTUATION) {
                if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) =
                    &event
                {
                    panic!(
                        "{}: article text made a link or image to {dest_url}",
                        t.name
                    );
                }
            }
            let html = build(&p, &t.name, ExportFormat::Html, citations);
            assert_html_is_inert(&html, &t.name);
        }
    }
}

/// No element or attribute in the HTML that can run code or fetch anything.
pub fn assert_html_is_inert(html: &str, what: &str) {
    let lower = html.to_ascii_lowercase();
    for bad in [
        "<script",
        "<img",
        "<svg",
        "<iframe",
        "<a href=\"http",
        "<!--",
    ] {
        assert!(!lower.contains(bad), "{what}: found {bad}");
    }
    let re = regex::Regex::new(r#"<[a-z][^>]*\son[a-z]+\s*="#).unwrap();
    assert!(!re.is_match(&lower), "{what}: an event handler attribute");
    let re = regex::Regex::new(r#"<[a-z][^>]*javascript:"#).unwrap();
    assert!(!re.is_match(&lower), "{what}: a javascript: URL in a tag");
    // The payload text itself survives, as text.
    assert!(
        lower.contains("&lt;script&gt;"),
        "{what}: payload text kept literally"
    );
}
