//! Deciding whether a file is plain text, Markdown or HTML.
//!
//! The extension is a hint, the content decides: a `.txt` that is really a saved page
//! (`<!DOCTYPE html>…`) is read as HTML, and an `.html` with no markup is read as text.
//! Plain text that merely mentions `<script>` is never taken for HTML: only a document that
//! *starts* like a page counts. Markdown is recognised by content only when the evidence
//! is strong (an ATX headline on the first line plus more Markdown syntax), so wire copy
//! with a stray `#` or `*` stays plain text.

use crate::article::Format;

/// Picks the format from the file extension (lowercase, without dot) and the text.
pub fn detect(extension: Option<&str>, text: &str) -> Format {
    let looks_html = looks_like_html(text);
    match extension.map(str::to_ascii_lowercase).as_deref() {
        Some("html" | "htm" | "xhtml" | "shtml") => {
            if looks_html || has_tags(text) {
                Format::Html
            } else {
                Format::Text
            }
        }
        Some("md" | "markdown" | "mdown" | "mkd") => {
            if looks_html {
                Format::Html
            } else {
                Format::Markdown
            }
        }
        _ if looks_html => Format::Html,
        _ if looks_like_markdown(text) => Format::Markdown,
        _ => Format::Text,
    }
}

/// True when the document begins like a web page.
fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(64)
        .collect::<String>()
        .to_ascii_lowercase();
    let head = if head.starts_with("<?xml") {
        // `<?xml …?>` prologue before an XHTML page.
        let rest = text.trim_start();
        let after = rest.find("?>").map(|i| &rest[i + 2..]).unwrap_or("");
        after
            .trim_start()
            .chars()
            .take(64)
            .collect::<String>()
            .to_ascii_lowercase()
    } else {
        head
    };
    [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<meta ",
        "<!-- saved from",
    ]
    .iter()
    .any(|p| head.starts_with(p))
}

/// True when an `.html` file contains at least some block markup.
fn has_tags(text: &str) -> bool {
    let lower = text[..floor_char_boundary(text, 65536)].to_ascii_lowercase();
    [
        "<p>", "<p ", "<div", "<article", "<br", "<h1", "<body", "<title",
    ]
    .iter()
    .any(|t| lower.contains(t))
}

/// Strong Markdown evidence: a `# ` headline first, and more Markdown syntax after it.
fn looks_like_markdown(text: &str) -> bool {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let Some(first) = lines.next() else {
        return false;
    };
    if !first.starts_with("# ") {
        return false;
    }
    lines.take(400).any(|l| {
        let t = l.trim_start();
        t.starts_with("## ")
            || t.starts_with("> ")
            || t.starts_with("- ")
            || t.starts_with("* ")
            || t.starts_with("```")
            || l.contains("](")
            || (l.contains("**") && l.matches("**").count() >= 2)
    })
}

/// The largest char boundary not above `i`.
pub(crate) fn floor_char_boundary(s: &str, i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    let mut i = i;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_decides() {
        assert_eq!(detect(Some("txt"), "<!DOCTYPE html><html>x"), Format::Html);
        assert_eq!(detect(Some("html"), "Just words."), Format::Text);
        assert_eq!(detect(Some("HTM"), "<p>x</p>"), Format::Html);
        assert_eq!(detect(Some("md"), "Plain"), Format::Markdown);
        assert_eq!(
            detect(None, "# Title\n\nBody [a](b) here."),
            Format::Markdown
        );
        assert_eq!(
            detect(Some("txt"), "# not a heading\nplain <script>x</script>"),
            Format::Text
        );
        assert_eq!(detect(None, "Hello <html> world"), Format::Text);
    }
}
