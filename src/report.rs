//! The human-readable summary that `briefing inspect` prints without `--json`.
//!
//! It answers an analyst's first questions about a file at a glance: what is it (outlet,
//! headline, date, byline), how much is there, who is quoted saying what, and what did
//! cleanup take out. Long quotes are shortened on a char boundary; nothing is coloured, so
//! the output pipes and diffs cleanly.

use crate::article::{Article, ParaKind};
use std::fmt::Write;

/// Longest quote excerpt shown, in chars.
const QUOTE_CHARS: usize = 90;

/// Renders the summary of one article; with `show_text`, the cleaned paragraphs follow.
pub fn summary(a: &Article, show_text: bool) -> String {
    let mut s = String::new();
    let m = &a.meta;
    let or_dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".into());
    let _ = writeln!(s, "{}  ({}, {})", a.path, a.format.as_str(), a.encoding);
    let _ = writeln!(s, "  Headline   {}", or_dash(&m.headline));
    let source = match (&m.source, &m.via) {
        (Some(src), Some(via)) => format!("{src} (via {via})"),
        (src, _) => or_dash(src),
    };
    let _ = writeln!(s, "  Source     {source}");
    let _ = writeln!(s, "  Published  {}", or_dash(&m.published));
    for (label, v) in [
        ("Byline   ", &m.byline),
        ("Dateline ", &m.dateline),
        ("Category ", &m.category),
        ("Label    ", &m.label),
        ("Site     ", &m.site_name),
    ] {
        if let Some(v) = v {
            let _ = writeln!(s, "  {label}  {v}");
        }
    }
    let count = |k| a.paragraphs.iter().filter(|p| p.kind == k).count();
    let _ = writeln!(
        s,
        "  Text       {} paragraphs ({} crossheads, {} captions), {} sentences, {} chars",
        a.paragraphs.len(),
        count(ParaKind::Crosshead),
        count(ParaKind::Caption),
        a.sentences.len(),
        a.text.chars().count()
    );
    let _ = writeln!(s, "  Quotes     {}", a.quotes.len());
    for q in &a.quotes {
        let mut flags = Vec::new();
        if q.partial {
            flags.push("partial");
        }
        if !q.closed {
            flags.push("unclosed");
        }
        if q.parts.len() > 1 {
            flags.push("continued");
        }
        let flags = if flags.is_empty() {
            String::new()
        } else {
            format!("  ({})", flags.join(", "))
        };
        let _ = writeln!(
            s,
            "    {:<22} “{}”{flags}",
            q.speaker.as_deref().unwrap_or("(unattributed)"),
            shorten(&q.text.replace("\n\n", " ¶ "), QUOTE_CHARS)
        );
    }
    let _ = writeln!(s, "  Removed    {} lines", a.removed.len());
    for r in &a.removed {
        let _ = writeln!(
            s,
            "    line {:<5} {:<30} {}",
            r.source_line,
            r.reason,
            shorten(&r.text, 70)
        );
    }
    if show_text {
        s.push('\n');
        for p in &a.paragraphs {
            let tag = match p.kind {
                ParaKind::Body => "",
                ParaKind::Crosshead => "[crosshead] ",
                ParaKind::Caption => "[caption] ",
            };
            let _ = writeln!(s, "{tag}{}\n", &a.text[p.start..p.end]);
        }
    }
    s
}

/// At most `max` chars, with an ellipsis when cut.
fn shorten(t: &str, max: usize) -> String {
    match t.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", t[..i].trim_end()),
        None => t.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_names_what_matters() {
        let a = crate::import_bytes(
            "x.txt",
            b"Go to Contents Go to Navigation\n\nTalks end\n\nBy Jane Doe\n\nSEOUL, March 3 (Yonhap) -- The talks ended on Sunday after three days, officials said.\n",
        )
        .unwrap();
        let s = summary(&a, true);
        assert!(s.contains("Headline   Talks end"), "{s}");
        assert!(s.contains("Source     Yonhap"), "{s}");
        assert!(s.contains("Byline     Jane Doe"), "{s}");
        assert!(s.contains("site navigation"), "{s}");
        assert!(s.contains("The talks ended on Sunday"), "{s}");
        assert_eq!(shorten("abcdef", 3), "abc…");
    }
}
