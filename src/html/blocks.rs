//! From readability's article HTML to [`Block`]s: one iterative walk (no recursion, so no
//! depth limit), a tidy pass, and the source line of each block.

use dom_query::NodeRef;

use super::{Block, BlockHint, HtmlMeta, collapse, name};

/// Elements whose content is dropped from the text.
const SKIP: &str = "script style noscript template img svg button select textarea iframe video audio \
    canvas object head wbr";
/// Elements that add to the current block instead of ending it.
const INLINE: &str = "a abbr b bdi bdo big cite code data del dfn em font i ins kbd label mark nobr q \
    s samp small span strike strong sub sup time tt u var";

/// Most words of a photo credit inside a `<figure>`.
const CREDIT_WORDS: usize = 12;

/// A block before tidying, with its share of link text.
pub(super) struct Draft {
    text: String,
    hint: BlockHint,
    alnum: usize,
    link_alnum: usize,
}

enum Step<'a> {
    /// Visit a node; flags: inside a blockquote, inside a link, inside a `<figure>` (and
    /// not its caption).
    Enter(NodeRef<'a>, bool, bool, bool),
    /// End of a block element: emit what was gathered, with this hint.
    Close(Option<BlockHint>),
    /// End of a block element nested in a leaf block: a space.
    Space,
}

/// The text being gathered for the next block.
#[derive(Default)]
struct Gather {
    out: Vec<Draft>,
    text: String,
    alnum: usize,
    link_alnum: usize,
    quoted: bool,
    /// Text gathered inside a `<figure>`, outside its caption: a credit.
    credit: bool,
    in_leaf: usize,
}

impl Gather {
    fn flush(&mut self, hint: Option<BlockHint>) {
        let text = collapse(&self.text);
        if !text.is_empty() {
            // A credit is a few words ("Getty Images", "Photo: AFP/Jane Doe"); a table or
            // a pull quote inside a figure is not one.
            let credit = self.credit && !self.quoted && text.split(' ').count() <= CREDIT_WORDS;
            let hint = match hint {
                Some(BlockHint::Paragraph) | None if credit => BlockHint::Credit,
                Some(BlockHint::Paragraph) | None if self.quoted => BlockHint::Quote,
                Some(h) => h,
                None => BlockHint::Paragraph,
            };
            let (alnum, link_alnum) = (self.alnum, self.link_alnum);
            self.out.push(Draft {
                text,
                hint,
                alnum,
                link_alnum,
            });
        }
        self.text.clear();
        (self.alnum, self.link_alnum, self.quoted, self.credit) = (0, 0, false, false);
    }
}

/// Walks the extracted article into blocks: `<p>`, headings, list items and captions are
/// leaf blocks; other block elements end the loose text gathered so far; inline elements
/// and text add to it. Paragraphs inside `<blockquote>` become [`BlockHint::Quote`], and
/// text inside a `<figure>` outside its `<figcaption>` [`BlockHint::Credit`].
pub(super) fn walk(root: NodeRef<'_>) -> Vec<Draft> {
    let mut g = Gather::default();
    let mut stack = vec![Step::Enter(root, false, false, false)];
    while let Some(step) = stack.pop() {
        let (node, quote, link, figure) = match step {
            Step::Space => {
                g.text.push(' ');
                continue;
            }
            Step::Close(hint) => {
                g.flush(hint);
                g.in_leaf = g.in_leaf.saturating_sub(usize::from(hint.is_some()));
                continue;
            }
            Step::Enter(node, quote, link, figure) => (node, quote, link, figure),
        };
        if node.is_comment() || node.is_doctype() {
            continue;
        }
        if node.is_text() {
            let t = node.text();
            let n = t.chars().filter(|c| c.is_alphanumeric()).count();
            g.alnum += n;
            g.link_alnum += if link { n } else { 0 };
            g.quoted |= quote && n > 0;
            g.credit |= figure && n > 0;
            g.text.push_str(&t);
            continue;
        }
        let tag = name(&node);
        let leaf = match tag.as_str() {
            "p" | "pre" => Some(BlockHint::Paragraph),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Some(BlockHint::Heading),
            "li" | "dt" | "dd" => Some(BlockHint::ListItem),
            "figcaption" | "caption" => Some(BlockHint::Caption),
            _ => None,
        };
        let is = |list: &str| list.split_whitespace().any(|t| t == tag);
        let (quote, link) = (quote || tag == "blockquote", link || tag == "a");
        let figure = (figure || tag == "figure") && tag != "figcaption";
        if is(SKIP) {
            continue;
        } else if tag == "br" {
            g.text.push(' ');
            continue;
        } else if is(INLINE) {
            // nothing to do before the children
        } else if g.in_leaf > 0 {
            g.text.push(' ');
            stack.push(Step::Space);
        } else {
            g.flush(None);
            g.in_leaf += usize::from(leaf.is_some());
            stack.push(Step::Close(leaf));
        }
        let kids: Vec<NodeRef> = node.children_it(true).collect();
        stack.extend(
            kids.into_iter()
                .map(|c| Step::Enter(c, quote, link, figure)),
        );
    }
    g.flush(None);
    g.out
}

/// The lines of text under `root`, one per block as [`walk`] cuts them.
pub(super) fn lines(root: NodeRef<'_>) -> Vec<String> {
    walk(root).into_iter().map(|d| d.text).collect()
}

/// Drops link-only blocks (menus, related lists), the repeated headline, the byline line
/// and copyright or advertisement labels.
pub(super) fn tidy(drafts: Vec<Draft>, meta: &HtmlMeta) -> Vec<Block> {
    let mut out = Vec::new();
    for (i, d) in drafts.into_iter().enumerate() {
        if d.alnum == 0 || d.link_alnum * 10 >= d.alnum * 9 {
            continue;
        }
        let mut text = d.text;
        if let Some(rest) = meta
            .title
            .as_deref()
            .filter(|_| i < 4)
            .and_then(|t| text.strip_prefix(t))
        {
            text = rest.trim().to_string();
        }
        let lower = text.to_lowercase();
        let byline_line = i < 4
            && ["by ", "posted by ", "written by "]
                .iter()
                .any(|p| lower.starts_with(p))
            && text.chars().count() < 120
            && (meta.byline.as_deref().is_some_and(|b| text.contains(b)) || !text.ends_with('.'));
        let copyright = [
            "©",
            "(c) ",
            "copyright ©",
            "copyright (c)",
            "copyright 19",
            "copyright 20",
        ];
        let boilerplate = copyright.iter().any(|p| lower.starts_with(p))
            || lower.starts_with("comments are closed")
            || (lower.len() < 200 && lower.contains("all rights reserved"))
            || (lower.len() < 16 && lower.ends_with("min read"))
            || matches!(
                lower.trim_matches(|c: char| !c.is_alphanumeric()),
                "advertisement" | "sponsored"
            );
        if !text.is_empty() && !byline_line && !boilerplate {
            out.push(Block {
                text,
                hint: d.hint,
                source_line: 0,
            });
        }
    }
    out
}

/// Finds each block's first words in the source, in order, after `<body`; text right
/// after a tag wins over text in an attribute (`alt="…"`). A block not found keeps line 0.
/// Total scanning is bounded to a few times the input length.
pub(super) fn assign_lines(html: &str, blocks: &mut [Block]) {
    let mut pos = html
        .as_bytes()
        .windows(5)
        .position(|w| w.eq_ignore_ascii_case(b"<body"))
        .unwrap_or(0);
    let mut line = 1 + html[..pos].matches('\n').count();
    let mut budget = html.len().saturating_mul(4).max(1 << 20);
    for block in blocks.iter_mut() {
        let words: Vec<&str> = block
            .text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(6)
            .collect();
        let Some(&first) = words.first() else {
            continue;
        };
        let (mut from, mut found) = (pos, None);
        while budget > 0 {
            let Some(off) = html[from..].find(first) else {
                budget = budget.saturating_sub(html.len() - from);
                break;
            };
            let at = from + off;
            budget = budget.saturating_sub(off + first.len());
            from = at + first.len();
            let before = &html[..at];
            if before
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                || source_words(&html[at..], words.len()) != words
            {
                continue;
            }
            let mut back = before
                .chars()
                .rev()
                .take(16)
                .skip_while(|c| !"<>\"'=".contains(*c));
            if back.next() == Some('>') {
                found = Some(at);
                break;
            }
            found = found.or(Some(at));
        }
        if let Some(at) = found {
            line += html[pos..at].matches('\n').count();
            (pos, block.source_line) = (at + first.len(), line);
        }
    }
}

/// The first `n` words of the source at `rest`, not counting `<…>` and `&…;` between them.
fn source_words(mut rest: &str, n: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut budget = 400;
    while out.len() < n && budget > 0 {
        let Some(c) = rest.chars().next() else { break };
        let skip_to = match c {
            '<' => rest
                .char_indices()
                .take(200)
                .find(|&(_, c)| c == '>')
                .map(|(i, _)| i),
            '&' => rest
                .char_indices()
                .take(12)
                .find(|&(_, c)| c == ';')
                .map(|(i, _)| i),
            _ => None,
        };
        let step = if let Some(i) = skip_to {
            i + 1
        } else if c.is_alphanumeric() {
            let end = rest
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(rest.len());
            out.push(&rest[..end]);
            end
        } else {
            c.len_utf8()
        };
        rest = &rest[step..];
        budget -= 1;
    }
    out
}
