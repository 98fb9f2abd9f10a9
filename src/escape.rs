//! Escaping untrusted article text for Markdown and CSV.
//!
//! Article text is untrusted: a headline may contain `#`, `*`, `[x](javascript:…)`,
//! `<script>`, a line of `---` or four leading spaces. Backslash-escaping punctuation alone
//! is not enough for Markdown (indentation makes code blocks, two trailing spaces make
//! hard breaks, a leading `1.` makes a list), so [`markdown_inline`] also folds all
//! whitespace, line breaks included, into single spaces: an escaped value is always one
//! run of inline text that cannot open or close any block. It additionally defuses what
//! popular renderers add to CommonMark (GFM tables and autolinks, Obsidian's `$math$`,
//! `%%comments%%`, `#tags` and `[[links]]`). Every template output goes through it
//! unless the template marks it `|safe` (see [`crate::templates`]).
//!
//! No crate does this job: `pulldown-cmark-escape` escapes HTML output, and Markdown
//! escapers on crates.io only backslash punctuation, which leaves block structure open.

/// Characters backslash-escaped wherever they occur. All are ASCII punctuation, for which
/// CommonMark guarantees `\x` prints `x`.
const ALWAYS: &[u8] = b"\\`*_[]<>&|~$%#!{}^";

/// Characters that only matter at the start of a line (block markers).
const AT_START: &[u8] = b"-+=>:";

/// Escapes `text` as one run of inline Markdown text.
pub fn markdown_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    push_markdown_inline(&mut out, text);
    out
}

/// Appends `text` escaped as one run of inline Markdown text to `out`.
pub fn push_markdown_inline(out: &mut String, text: &str) {
    let text = text.trim();
    let begin = out.len();
    let mut space = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Fast path: a run of plain ASCII, which is copied as it is. Plain bytes are
        // neither whitespace nor control nor any character with a rule below.
        let plain = bytes[i..]
            .iter()
            .take_while(|&&b| PLAIN[usize::from(b)])
            .count();
        if plain > 0 {
            if space {
                out.push(' ');
                space = false;
            }
            out.push_str(&text[i..i + plain]);
            i += plain;
            continue;
        }
        if bytes[i] <= b' ' || bytes[i] == 0x7f {
            // ASCII whitespace or control (the test below, without decoding).
            space = true;
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let next = i + c.len_utf8();
        if c.is_whitespace() || c.is_control() {
            space = true;
            i = next;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        let at_start = out.len() == begin;
        if c.is_ascii() {
            let b = c as u8;
            let escape = ALWAYS.contains(&b)
                || (at_start && AT_START.contains(&b))
                || (b == b'.' && after_www(&text[..i]))
                || (b == b'/' && text[..i].ends_with(':'))
                || (b == b'@')
                || ((b == b'.' || b == b')') && ordered_marker(&out[begin..]));
            if escape {
                out.push('\\');
            }
        }
        out.push(c);
        i = next;
    }
}

/// ASCII bytes that [`push_markdown_inline`] copies unchanged wherever they are: not
/// whitespace or control, not in [`ALWAYS`] or [`AT_START`], and none of `.` `/` `@` `)`,
/// which are escaped in some contexts. Non-ASCII bytes are not plain (checked per char).
const PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0x21;
    while b < 0x7f {
        t[b] = true;
        b += 1;
    }
    let mut k = 0;
    while k < ALWAYS.len() {
        t[ALWAYS[k] as usize] = false;
        k += 1;
    }
    let mut k = 0;
    while k < AT_START.len() {
        t[AT_START[k] as usize] = false;
        k += 1;
    }
    t[b'.' as usize] = false;
    t[b'/' as usize] = false;
    t[b'@' as usize] = false;
    t[b')' as usize] = false;
    t
};

/// `www` just before a dot: GFM would autolink `www.example.com`.
fn after_www(before: &str) -> bool {
    // Bytes, not `str` slicing: the third byte from the end may be inside a character
    // ("café U.S." used to panic here).
    let b = before.as_bytes();
    b.len() >= 3 && b[b.len() - 3..].eq_ignore_ascii_case(b"www")
}

/// Whether everything written so far is 1–9 digits: a following `.` or `)` would start an
/// ordered list.
fn ordered_marker(written: &str) -> bool {
    (1..=9).contains(&written.len()) && written.bytes().all(|b| b.is_ascii_digit())
}

/// A CSV cell that spreadsheets will not run as a formula: a value starting with `=`, `+`,
/// `-`, `@`, tab or carriage return gets a leading `'` (OWASP's advice against CSV
/// injection). Quoting and embedded commas are the `csv` writer's job.
pub fn csv_cell(text: &str) -> std::borrow::Cow<'_, str> {
    match text.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => format!("'{text}").into(),
        _ => text.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The straightforward char-by-char version of [`push_markdown_inline`], kept as the
    /// reference its fast path must match exactly.
    fn reference(text: &str) -> String {
        let text = text.trim();
        let mut out = String::new();
        let mut space = false;
        for (i, c) in text.char_indices() {
            if c.is_whitespace() || c.is_control() {
                space = true;
                continue;
            }
            if space {
                out.push(' ');
                space = false;
            }
            if c.is_ascii() {
                let b = c as u8;
                let escape = ALWAYS.contains(&b)
                    || (out.is_empty() && AT_START.contains(&b))
                    || (b == b'.' && after_www(&text[..i]))
                    || (b == b'/' && text[..i].ends_with(':'))
                    || (b == b'@')
                    || ((b == b'.' || b == b')') && ordered_marker(&out));
                if escape {
                    out.push('\\');
                }
            }
            out.push(c);
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn fast_path_matches_the_reference(
            text in "[a-zA-Z0-9 .:/@)(#*_\\\\`<>&|~$%!{}^=+\\-\t\n\r\x00\x7f\u{a0}\u{85}\u{2028}\u{3000}é”“wW]{0,40}"
        ) {
            prop_assert_eq!(markdown_inline(&text), reference(&text));
        }

        #[test]
        fn fast_path_matches_the_reference_on_any_text(text in any::<String>()) {
            prop_assert_eq!(markdown_inline(&text), reference(&text));
        }
    }

    #[test]
    fn folds_whitespace_and_escapes_markup() {
        assert_eq!(markdown_inline("  a\n\n    b  \n"), "a b");
        assert_eq!(markdown_inline("# Title"), "\\# Title");
        assert_eq!(markdown_inline("---"), "\\---");
        assert_eq!(markdown_inline("1. one"), "1\\. one");
        assert_eq!(markdown_inline("in 2024. Then"), "in 2024. Then");
        assert_eq!(
            markdown_inline("[x](javascript:alert(1))"),
            "\\[x\\](javascript:alert(1))"
        );
        assert_eq!(markdown_inline("<script>"), "\\<script\\>");
        assert_eq!(markdown_inline("a | b"), "a \\| b");
        assert_eq!(markdown_inline("see www.x.org"), "see www\\.x.org");
        assert_eq!(markdown_inline("http://x"), "http:\\//x");
        assert_eq!(markdown_inline("ends with \\"), "ends with \\\\");
        assert_eq!(markdown_inline("café U.S. ” U.N."), "café U.S. ” U.N.");
    }

    #[test]
    fn escaped_text_renders_as_the_same_text() {
        let hostile = "# H\n---\n* a _b_ `c` [d](e) <img src=x onerror=y> &amp; | 1) x \
                       \n    code\n> q\n=== $m$ %%c%% ~~s~~ ^sup^ [[wiki]] : def ![i](j) [^1] www.a.b http://c";
        let md = markdown_inline(hostile);
        let mut html = String::new();
        pulldown_cmark::html::push_html(
            &mut html,
            pulldown_cmark::Parser::new_ext(
                &md,
                pulldown_cmark::Options::all() - pulldown_cmark::Options::ENABLE_SMART_PUNCTUATION,
            ),
        );
        let folded: String = hostile.split_whitespace().collect::<Vec<_>>().join(" ");
        let expected = format!("<p>{}</p>\n", pulldown_cmark_escape_text(&folded));
        assert_eq!(html, expected);
    }

    fn pulldown_cmark_escape_text(s: &str) -> String {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    }

    #[test]
    fn csv_formulas_are_defused() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_cell("plain"), "plain");
    }
}
