//! The inspect pipeline: bytes → decoded text → blocks → cleanup → header metadata →
//! paragraph kinds → one frozen text with paragraph, sentence and quote spans.
//!
//! This is a pure function of the bytes and the file name (helix's functional core): no
//! filesystem, no clock, no global state, so it can be tested, fuzzed and benchmarked on
//! in-memory input. [`crate::files`] is the shell that reads files into it.

use crate::article::{Article, Format, Meta, Paragraph, Removed, Sentence};
use crate::blocks::{self, Block, Hint, Line, Para};
use crate::error::ImportError;
use crate::{agency, cleanup, dateline, decode, format, header, html, markdown};
use crate::{quotes, sentences, structure};

/// Largest input accepted, in bytes (50 MB).
pub const MAX_BYTES: u64 = 50 * 1024 * 1024;

/// Imports one article from its bytes. `name` is the file name or path as given (its
/// extension is a format hint; it is copied into [`Article::path`]).
pub fn import_bytes(name: &str, bytes: &[u8]) -> Result<Article, ImportError> {
    let size = bytes.len() as u64;
    if size > MAX_BYTES {
        return Err(ImportError::TooLarge {
            size,
            limit: MAX_BYTES,
        });
    }
    let decoded = decode::decode(bytes)?;
    let extension = std::path::Path::new(name)
        .extension()
        .and_then(|e| e.to_str());
    let fmt = format::detect(extension, &decoded.text);
    let mut removed = Vec::new();
    let (blocks, mut meta) = match fmt {
        Format::Text => (blocks::text_blocks(&decoded.text), Meta::default()),
        Format::Markdown => markdown::blocks(&decoded.text, &mut removed),
        Format::Html => html_blocks(&decoded.text, &mut removed)?,
    };
    let mut article = build(&decoded.text, blocks, &mut meta, removed)?;
    article.path = name.to_owned();
    article.format = fmt;
    article.encoding = decoded.encoding.to_owned();
    Ok(article)
}

/// Extracts a saved page's body and metadata and brings them to blocks. The standfirst
/// the page marks, when it leads the body, and photo credits leave it and are reported.
fn html_blocks(
    text: &str,
    removed: &mut Vec<Removed>,
) -> Result<(Vec<Block<'static>>, Meta), ImportError> {
    let mut doc = html::extract(text).map_err(|_| ImportError::NoContent)?;
    let standfirst = doc.meta.standfirst.as_deref().and_then(|s| {
        doc.blocks
            .iter()
            .take(3)
            .position(|b| b.text == s && b.hint == html::BlockHint::Paragraph)
    });
    if let Some(i) = standfirst {
        let b = doc.blocks.remove(i);
        removed.push(Removed {
            text: b.text,
            reason: "subheadline (standfirst)".to_owned(),
            source_line: b.source_line,
        });
    }
    let (credits, story): (Vec<html::Block>, Vec<html::Block>) = doc
        .blocks
        .into_iter()
        .partition(|b| b.hint == html::BlockHint::Credit);
    removed.extend(credits.into_iter().map(|b| Removed {
        text: b.text,
        reason: "photo credit".to_owned(),
        source_line: b.source_line,
    }));
    let blocks = story
        .into_iter()
        .map(|b| Block {
            lines: vec![Line {
                text: b.text.into(),
                no: b.source_line,
            }],
            hint: match b.hint {
                html::BlockHint::Paragraph => Hint::Plain,
                html::BlockHint::Heading => Hint::Heading,
                html::BlockHint::Caption => Hint::Caption,
                html::BlockHint::ListItem => Hint::ListItem,
                html::BlockHint::Quote => Hint::Quote,
                html::BlockHint::Credit => Hint::Caption,
            },
            joined: true,
        })
        .collect();
    let m = doc.meta;
    let meta = Meta {
        headline: m.title,
        byline: m.byline,
        published: m.published,
        site_name: m.site_name.clone(),
        url: m.url,
        category: m.section,
        source: m
            .site_name
            .as_deref()
            .and_then(agency::mentioned)
            .map(str::to_owned),
        ..Meta::default()
    };
    Ok((blocks, meta))
}

/// Cleanup, metadata and segmentation over blocks of any format.
fn build(
    doc: &str,
    blocks: Vec<Block<'_>>,
    meta: &mut Meta,
    mut removed: Vec<Removed>,
) -> Result<Article, ImportError> {
    let mut paras = cleanup::clean(blocks, doc, &mut removed);
    header::read_header(&mut paras, meta, &mut removed);
    let paras = structure::split_glued_crossheads(paras);
    if paras.is_empty() {
        return Err(ImportError::NoContent);
    }
    let (text, paragraphs) = assemble(&paras);

    // The dateline opens the lede (or, after an unremoved standfirst, the next paragraph).
    let mut skip = vec![0usize; paragraphs.len()];
    for (i, p) in paragraphs.iter().enumerate().take(3) {
        if p.kind != crate::article::ParaKind::Body {
            continue;
        }
        if let Some(d) = dateline::find(&text[p.start..p.end]) {
            skip[i] = d.len;
            meta.source = meta.source.take().or(d.source.map(str::to_owned));
            meta.via = meta.via.take().or(d.via.map(str::to_owned));
            meta.published = meta.published.take().or(d.published);
            meta.dateline = Some(d.text);
            break;
        }
    }
    if meta.source.is_none() || meta.via.is_none() {
        source_from_removed(&removed, meta);
    }
    // A web page from no known agency: the outlet is the site itself.
    if meta.source.is_none() {
        meta.source = meta.site_name.clone();
    }
    // A headline from page metadata may still carry a story label: "(News Focus) Kim, …".
    if meta.label.is_none()
        && let Some(h) = meta.headline.as_deref()
        && let (Some(label), rest) = header::split_label(h)
    {
        meta.headline = Some(rest.to_owned());
        meta.label = Some(label);
    }
    removed.sort_by_key(|r| r.source_line);

    let mut sentences = Vec::with_capacity(text.len() / 100);
    for (i, p) in paragraphs.iter().enumerate() {
        let start = (p.start + skip[i]).min(p.end);
        for r in sentences::split(&text, start..p.end) {
            sentences.push(Sentence {
                text: text[r.clone()].to_owned(),
                start: r.start,
                end: r.end,
                paragraph: i,
            });
        }
    }
    let quotes = quotes::find_quotes(&text, &paragraphs, &sentences);
    Ok(Article {
        path: String::new(),
        format: Format::Text,
        encoding: String::new(),
        meta: std::mem::take(meta),
        text,
        paragraphs,
        sentences,
        quotes,
        removed,
    })
}

/// Joins paragraphs with blank lines into the frozen text and records their spans.
fn assemble(paras: &[Para]) -> (String, Vec<Paragraph>) {
    let mut text = String::with_capacity(paras.iter().map(|p| p.text.len() + 2).sum());
    let mut spans = Vec::with_capacity(paras.len());
    for (i, p) in paras.iter().enumerate() {
        let prev_body = i > 0 && paras[i - 1].hint != Hint::Heading;
        let next_body = i + 1 < paras.len() && paras[i + 1].hint != Hint::Heading;
        if i > 0 {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(&p.text);
        spans.push(Paragraph {
            start,
            end: text.len(),
            kind: structure::kind(p, prev_body, next_body),
            source_line: p.first_line(),
        });
    }
    (text, spans)
}

/// Fills the source (and the redistributor) from a wire trailer ("BSS/AFP/MSY/1117 hrs")
/// or a copyright line when the dateline did not say, or did not say who redistributed.
fn source_from_removed(removed: &[Removed], meta: &mut Meta) {
    for r in removed.iter().rev() {
        let found = match r.reason.as_str() {
            "wire trailer" => agency::parse_credit(&r.text),
            "copyright notice" | "wire credit" => agency::mentioned(&r.text).map(|a| (a, None)),
            _ => None,
        };
        let Some((source, via)) = found else { continue };
        match meta.source.as_deref() {
            None => meta.source = Some(source.to_owned()),
            Some(known) if known != source => continue,
            Some(_) => {}
        }
        if meta.via.is_none() {
            meta.via = via.map(str::to_owned);
        }
        return;
    }
}
