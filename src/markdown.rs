//! Markdown articles to blocks, with pulldown-cmark.
//!
//! pulldown-cmark is the CommonMark parser the export side uses too; parsing with it (not
//! with line regexes) means emphasis markers, link targets and escapes are handled exactly
//! as any Markdown viewer would. Headings, paragraphs, list items, block quotes and code
//! become blocks with a [`Hint`]; an image paragraph becomes a caption (its caption text,
//! or the image's alt text when it has none). Raw HTML is not article text: each HTML
//! block or inline tag is reported in `removed`. YAML front matter fills the metadata
//! (`title`, `author`/`byline`, `date`, `source`).

use crate::agency;
use crate::article::{Meta, Removed};
use crate::blocks::{Block, Hint, Line};
use crate::dates;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Parses `text` into blocks and front-matter metadata, reporting dropped raw HTML.
pub fn blocks(text: &str, removed: &mut Vec<Removed>) -> (Vec<Block<'static>>, Meta) {
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |offset: usize| line_starts.partition_point(|&s| s <= offset);
    let opts = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES;
    let mut out = Vec::new();
    let mut meta = Meta::default();
    let mut cur = String::new();
    let mut cur_line = 0;
    let mut alt = String::new();
    let (mut in_image, mut has_image, mut in_meta) = (false, false, false);
    let (mut items, mut quotes, mut heading) = (0usize, 0usize, false);
    let mut flush = |cur: &mut String, alt: &mut String, hint: Hint, line: usize| {
        let body = if cur.trim().is_empty() { &*alt } else { &*cur };
        if !body.trim().is_empty() {
            out.push(Block {
                lines: vec![Line {
                    text: body.trim().to_owned().into(),
                    no: line,
                }],
                hint,
                joined: true,
            });
        }
        cur.clear();
        alt.clear();
    };
    for (event, range) in Parser::new_ext(text, opts).into_offset_iter() {
        match event {
            Event::Start(Tag::MetadataBlock(_)) => in_meta = true,
            Event::End(TagEnd::MetadataBlock(_)) => in_meta = false,
            Event::Text(t) if in_meta => front_matter(&t, &mut meta),
            Event::Start(Tag::Heading { .. }) => {
                heading = true;
                cur_line = line_of(range.start);
            }
            Event::Start(Tag::Paragraph | Tag::CodeBlock(_) | Tag::TableCell) if cur.is_empty() => {
                cur_line = line_of(range.start);
            }
            Event::Start(Tag::Item) => items += 1,
            Event::Start(Tag::BlockQuote(_)) => quotes += 1,
            Event::Start(Tag::Image { .. }) => {
                in_image = true;
                has_image = true;
            }
            Event::End(TagEnd::Image) => in_image = false,
            Event::End(TagEnd::Item) => {
                flush(&mut cur, &mut alt, Hint::ListItem, cur_line);
                items = items.saturating_sub(1);
            }
            Event::End(TagEnd::BlockQuote(_)) => quotes = quotes.saturating_sub(1),
            Event::End(
                TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::CodeBlock | TagEnd::TableCell,
            ) => {
                let hint = if heading {
                    Hint::Heading
                } else if has_image {
                    Hint::Caption
                } else if items > 0 {
                    Hint::ListItem
                } else if quotes > 0 {
                    Hint::Quote
                } else {
                    Hint::Plain
                };
                flush(&mut cur, &mut alt, hint, cur_line);
                heading = false;
                has_image = false;
            }
            Event::Text(t) | Event::Code(t) if in_image => alt.push_str(&t),
            Event::Text(t) | Event::Code(t) => {
                if cur.is_empty() {
                    cur_line = line_of(range.start);
                }
                cur.push_str(&t);
            }
            Event::SoftBreak | Event::HardBreak => cur.push(' '),
            Event::Html(t) | Event::InlineHtml(t) => removed.push(Removed {
                text: t.trim().to_owned(),
                reason: "raw HTML in Markdown".into(),
                source_line: line_of(range.start),
            }),
            _ => {}
        }
    }
    flush(&mut cur, &mut alt, Hint::Plain, cur_line);
    (out, meta)
}

/// Reads `key: value` lines of YAML front matter into `meta`.
fn front_matter(yaml: &str, meta: &mut Meta) {
    for line in yaml.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']).trim();
        if value.is_empty() {
            continue;
        }
        match key.trim().to_ascii_lowercase().as_str() {
            "title" | "headline" => meta.headline = Some(value.to_owned()),
            "author" | "byline" | "by" => meta.byline = Some(value.to_owned()),
            "date" | "published" => {
                meta.published = dates::find(value).and_then(|(d, _)| d.iso());
            }
            "source" | "outlet" | "agency" => {
                meta.source = Some(agency::canonical(value).unwrap_or(value).to_owned());
            }
            "category" | "section" => meta.category = Some(value.to_owned()),
            "url" | "link" => meta.url = Some(value.to_owned()),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_paragraphs_images_lists() {
        let md = "---\ntitle: Dam holds\ndate: 2024-03-03\nsource: Reuters\n---\n\n# Dam *holds* after storm\n\n*By Jane Doe*\n\nThe dam [held](http://x) on **Sunday**,\nofficials said.\n\n![Workers at the dam](dam.jpg)\n\n## Aftermath\n\n- first item\n- second <b>item</b>\n\n> A quoted block.\n";
        let mut removed = Vec::new();
        let (b, meta) = blocks(md, &mut removed);
        let got: Vec<(&str, Hint, usize)> = b
            .iter()
            .map(|b| (&*b.lines[0].text, b.hint, b.lines[0].no))
            .collect();
        assert_eq!(
            got,
            vec![
                ("Dam holds after storm", Hint::Heading, 7),
                ("By Jane Doe", Hint::Plain, 9),
                ("The dam held on Sunday, officials said.", Hint::Plain, 11),
                ("Workers at the dam", Hint::Caption, 14),
                ("Aftermath", Hint::Heading, 16),
                ("first item", Hint::ListItem, 18),
                ("second item", Hint::ListItem, 19),
                ("A quoted block.", Hint::Quote, 21),
            ]
        );
        assert_eq!(meta.headline.as_deref(), Some("Dam holds"));
        assert_eq!(meta.published.as_deref(), Some("2024-03-03"));
        assert_eq!(meta.source.as_deref(), Some("Reuters"));
        assert_eq!(removed.len(), 2);
        assert_eq!(removed[0].reason, "raw HTML in Markdown");
    }
}
