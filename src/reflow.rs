//! Reflowing hard-wrapped lines into paragraphs.
//!
//! Wire copy is wrapped at a fixed width (the AFP seed at ~75 columns) with paragraph
//! breaks that are sometimes blank lines and sometimes only a short line. Pasted web pages
//! are the opposite: one long line per paragraph, no blank lines. The rule used here:
//! estimate the document's wrap width from lines that are followed by another line; within
//! a block, a line longer than that width is a paragraph of its own, a line that ends a
//! sentence well short of the width ends its paragraph, a line that starts like a new unit
//! (byline, dateline, crosshead, bullet) starts one, and everything else is joined with a
//! space. A line ending in a letter and `-` before a lowercase word is joined without a
//! space; the hyphen is kept (wire copy wraps at real hyphens: "then-\npresident") unless
//! the unhyphenated word occurs elsewhere in the document and the hyphenated one does not.
//! Runs of spaces and tabs collapse to one space; every other character is kept as is.

use crate::blocks::{Block, Hint, Line, Para};

/// Lines longer than this are never wrapped lines (in chars).
const MAX_WRAP: usize = 120;

/// Estimates the wrap width of the document: the 90th percentile length of lines (up to
/// [`MAX_WRAP`] chars) that are followed by another line in the same block. 0 if unknown.
pub fn wrap_width(blocks: &[Block]) -> usize {
    let mut lens: Vec<usize> = blocks
        .iter()
        .filter(|b| !b.joined)
        .flat_map(|b| b.lines.iter().rev().skip(1))
        .map(|l| l.text.trim_end().chars().count())
        .filter(|&n| n <= MAX_WRAP)
        .collect();
    if lens.len() < 2 {
        return 0;
    }
    lens.sort_unstable();
    lens[(lens.len() * 9 / 10).min(lens.len() - 1)]
}

/// The whole document, consulted to decide whether a hyphen at a line break is a real
/// hyphen. Each lookup scans the document, so a budget bounds the work on hostile input
/// with thousands of hyphen breaks (past it, hyphens are kept).
pub struct Words<'a> {
    doc: &'a str,
    budget: std::cell::Cell<u32>,
}

impl<'a> Words<'a> {
    /// Lookups over `doc`, at most 64 per document.
    pub fn new(doc: &'a str) -> Self {
        Self {
            doc,
            budget: std::cell::Cell::new(64),
        }
    }
}

/// Reflows the lines of one block into paragraphs.
pub fn reflow(
    lines: &[Line<'_>],
    hint: Hint,
    joined: bool,
    width: usize,
    doc: &Words,
) -> Vec<Para> {
    let mut out = Vec::new();
    let mut cur: Option<Para> = None;
    let mut prev: Option<&str> = None;
    for line in lines {
        let t = line.text.trim();
        if t.is_empty() {
            continue;
        }
        let join = !joined && prev.is_some_and(|p| continues(p, t, width));
        match (&mut cur, join) {
            (Some(para), true) => {
                let hyphen = para.text.ends_with('-') && hyphen_break(&para.text, t);
                if hyphen && !keep_hyphen(&para.text, t, doc) {
                    para.text.pop();
                }
                if !hyphen {
                    para.text.push(' ');
                }
                para.lines.push((para.text.len(), line.no));
                push_collapsed(&mut para.text, t);
            }
            _ => {
                out.extend(cur.take());
                // Room for the rest of the block, so joining wrapped lines rarely regrows.
                let rest: usize = lines.iter().map(|l| l.text.len() + 1).sum();
                let mut text = String::with_capacity(rest.min(4096).max(t.len()));
                push_collapsed(&mut text, t);
                cur = Some(Para {
                    text,
                    hint,
                    lines: vec![(0, line.no)],
                });
            }
        }
        prev = Some(t);
    }
    out.extend(cur);
    out
}

/// Whether line `b` continues the paragraph that line `a` is in.
fn continues(a: &str, b: &str, width: usize) -> bool {
    let alen = a.chars().count();
    // A line well over the wrap width was never wrapped: it is a paragraph of its own.
    if width == 0 || alen > width + 8 {
        return false;
    }
    if starts_unit(b) || complete_unit(a) {
        return false;
    }
    // Inside a wrapped paragraph every line but the last is near the width: a short line
    // ends its paragraph, and so does a sentence end that leaves room on the line.
    let ends_sentence = a.ends_with(['.', '!', '?', ':', '"', '”', '’', ')', '»']);
    !(ends_sentence && alen * 5 < width * 4 || alen * 10 < width * 6)
}

/// A line that begins a new unit: byline, bullet, crosshead, all-caps dateline.
fn starts_unit(t: &str) -> bool {
    t.starts_with("By ")
        || t.starts_with("BY ")
        || t.starts_with(['•', '*', '–', '—'])
        || t.starts_with("- ")
        || is_dateline_start(t)
}

/// A short byline or crosshead line, complete on its own (a dateline is not: the lede
/// runs on after it).
fn complete_unit(t: &str) -> bool {
    t.split_whitespace().count() <= 12 && (starts_unit(t) && !is_dateline_start(t))
}

/// "VLADIVOSTOK, …", "WASHINGTON (AP) —": three or more capitals then a comma or bracket.
fn is_dateline_start(t: &str) -> bool {
    let caps = t
        .chars()
        .take_while(|c| c.is_uppercase() || *c == ' ' || *c == '.' || *c == '-')
        .count();
    let next = t.chars().nth(caps);
    caps >= 3
        && t.chars().take(caps).filter(|c| c.is_uppercase()).count() >= 3
        && matches!(next, Some(',') | Some('('))
}

/// A hyphen at the end of `a` directly after a letter, and `b` starting with a letter
/// (a spaced dash " -" is punctuation, not a break inside a word).
fn hyphen_break(a: &str, b: &str) -> bool {
    let mut rev = a.chars().rev();
    rev.next();
    rev.next().is_some_and(char::is_alphabetic) && b.chars().next().is_some_and(char::is_alphabetic)
}

/// Keep the hyphen before a capital ("Jalal-Abad") and unless the joined word appears
/// unhyphenated elsewhere in `doc`.
fn keep_hyphen(a: &str, b: &str, words: &Words) -> bool {
    if b.starts_with(char::is_uppercase) {
        return true;
    }
    let head = a[..a.len() - 1]
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let tail = b.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let left = words.budget.get();
    if head.is_empty() || tail.is_empty() || left == 0 {
        return true;
    }
    words.budget.set(left - 1);
    let doc = words.doc;
    let joined = format!("{head}{tail}");
    let hyphenated = format!("{head}-{tail}");
    !doc.contains(&joined) || doc.contains(&hyphenated)
}

/// Appends `t`, collapsing runs of ASCII spaces and tabs to one space.
fn push_collapsed(out: &mut String, t: &str) {
    let needs_work =
        t.contains('\t') || t.contains("  ") || out.ends_with(' ') && t.starts_with(' ');
    if !needs_work {
        out.push_str(t);
        return;
    }
    let mut space = out.ends_with(' ');
    for c in t.chars() {
        if c == ' ' || c == '\t' {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::text_blocks;

    fn flow(text: &str) -> Vec<String> {
        let blocks = text_blocks(text);
        let w = wrap_width(&blocks);
        blocks
            .iter()
            .flat_map(|b| reflow(&b.lines, b.hint, b.joined, w, &Words::new(text)))
            .map(|p| p.text)
            .collect()
    }

    #[test]
    fn joins_wrapped_lines_and_hyphens() {
        let t = "While ties between Moscow and Pyongyang have remained cordial, the last\nmeeting between their leaders came in 2011, when Kim Jong Il told then-\npresident Dmitry Medvedev that he was prepared to renounce nuclear testing.\n\nPompeo said on Wednesday he expected  \u{201c}bumpy\u{201d} talks ahead with Pyongyang\nbut that he still hoped to reach a potentially landmark denuclearisation\n";
        let p = flow(t);
        assert_eq!(p.len(), 2);
        assert!(p[0].contains("told then-president Dmitry"), "{}", p[0]);
        assert!(
            p[1].contains("expected \u{201c}bumpy\u{201d} talks ahead with Pyongyang but that")
        );
    }

    #[test]
    fn drops_soft_hyphen_when_word_known() {
        let t = "The talks resumed on a long line of text that wraps around and negotia-\ntions were long and the text keeps going on and on to fill the wrap width\nhere.\n\nThe negotiations ended.";
        let p = flow(t);
        assert!(p[0].contains("negotiations were"), "{}", p[0]);
    }

    #[test]
    fn long_lines_are_paragraphs_and_short_sentence_lines_end_them() {
        let long = "word ".repeat(40);
        let t = format!("{long}end.\n{long}again.\nShare");
        assert_eq!(flow(&t).len(), 3);
        let t = "A wrapped line of some length that goes on and on and\nends here.\nNext paragraph starts here and is long enough to wrap, yes.\nMore.";
        let p = flow(t);
        assert_eq!(
            p[0],
            "A wrapped line of some length that goes on and on and ends here."
        );
        assert!(p[1].starts_with("Next paragraph"), "{p:?}");
    }

    #[test]
    fn line_numbers_follow_text() {
        let t =
            "aaa bbb ccc ddd eee fff ggg hhh iii\njjj kkk lll mmm nnn ooo ppp qqq rrr\nsss ttt.";
        let blocks = text_blocks(t);
        let w = wrap_width(&blocks);
        let p = reflow(&blocks[0].lines, Hint::Plain, false, w, &Words::new(t));
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].line_at(p[0].text.find("sss").unwrap()), 3);
        assert_eq!(p[0].line_at(0), 1);
    }
}
