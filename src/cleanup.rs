//! Line-level cleanup: take out boilerplate lines, report each one, reflow the rest.
//!
//! Strong boilerplate (see [`crate::boilerplate`]) goes wherever it stands. Weak
//! boilerplate goes only in the head of the file (before the first line of story text), in
//! its tail (after the last), or next to another removed line, so a story sentence such as
//! "How can we improve?" in the middle of an article stays. A removed line also ends the
//! paragraph it stood in. Two pieces of chrome share a line with the story and are split
//! off first: a wire trailer glued onto a story's last line, and a newsletter's greeting
//! ("Good morning.") opening one of its first lines. Every removal is appended to
//! `removed` with its reason and line.

use crate::article::Removed;
use crate::blocks::{Block, Line, Para};
use crate::boilerplate::{self, Strength};
use crate::reflow;
use std::borrow::Cow;

/// Words a line needs to count as story text when finding the head and tail of a file.
const STORY_WORDS: usize = 8;

/// Removes boilerplate lines from `blocks` (reporting them) and reflows the rest.
pub fn clean(mut blocks: Vec<Block<'_>>, doc: &str, removed: &mut Vec<Removed>) -> Vec<Para> {
    split_glued_trailers(&mut blocks);
    let greeting = split_leading_greeting(&mut blocks);
    let lines: Vec<(usize, usize)> = blocks
        .iter()
        .enumerate()
        .flat_map(|(b, block)| (0..block.lines.len()).map(move |l| (b, l)))
        .collect();
    let line = |i: usize| &blocks[lines[i].0].lines[lines[i].1];
    let verdicts: Vec<_> = (0..lines.len())
        .map(|i| boilerplate::classify(&line(i).text))
        .collect();
    let story =
        |i: usize| verdicts[i].is_none() && line(i).text.split_whitespace().count() >= STORY_WORDS;
    let first_story = (0..lines.len()).find(|&i| story(i)).unwrap_or(lines.len());
    let last_story = (0..lines.len()).rev().find(|&i| story(i)).unwrap_or(0);

    let mut gone: Vec<bool> = verdicts
        .iter()
        .enumerate()
        .map(|(i, v)| match v {
            Some(v) if v.strength == Strength::Strong => true,
            Some(_) => i < first_story || i > last_story,
            None => false,
        })
        .collect();
    // Weak lines next to removed ones go too ("Send Feedback" / "How can we improve?").
    // One sweep each way spreads removal through any run of weak lines in linear time.
    for i in 1..lines.len() {
        if !gone[i] && verdicts[i].is_some() && gone[i - 1] {
            gone[i] = true;
        }
    }
    for i in (0..lines.len().saturating_sub(1)).rev() {
        if !gone[i] && verdicts[i].is_some() && gone[i + 1] {
            gone[i] = true;
        }
    }

    // A greeting split off the first lines of story goes, wherever the head ends.
    if let Some(at) = greeting.and_then(|g| lines.iter().position(|&l| l == g))
        && verdicts[at].is_some()
    {
        gone[at] = true;
    }
    let mut verdicts = verdicts;
    remove_menus(&mut verdicts, &mut gone, |i| &*line(i).text, first_story);
    remove_related(&mut verdicts, &mut gone, |i| &*line(i).text);

    // Split blocks at removed lines; the wrap width is estimated from what is kept.
    let mut segments: Vec<Block> = Vec::with_capacity(blocks.len() + 8);
    let mut i = 0;
    for block in blocks {
        let mut segment = Vec::new();
        for l in block.lines {
            if gone[i] {
                // Every removal has a verdict, so every removal is reported.
                let reason = verdicts[i].map_or("boilerplate", |v| v.reason);
                removed.push(Removed {
                    text: l.text.trim().to_owned(),
                    reason: reason.to_owned(),
                    source_line: l.no,
                });
                segments.push(Block {
                    lines: std::mem::take(&mut segment),
                    hint: block.hint,
                    joined: block.joined,
                });
            } else {
                segment.push(l);
            }
            i += 1;
        }
        segments.push(Block {
            lines: segment,
            hint: block.hint,
            joined: block.joined,
        });
    }
    segments.retain(|s| !s.lines.is_empty());
    let width = reflow::wrap_width(&segments);
    let words = reflow::Words::new(doc);
    segments
        .iter()
        .flat_map(|s| reflow::reflow(&s.lines, s.hint, s.joined, width, &words))
        .collect()
}

/// A line's text cut in two at byte `at`, borrowing from the document when it does.
fn split_text<'a>(text: &Cow<'a, str>, at: usize) -> (Cow<'a, str>, Cow<'a, str>) {
    match text {
        Cow::Borrowed(s) => (Cow::Borrowed(&s[..at]), Cow::Borrowed(&s[at..])),
        Cow::Owned(s) => (
            Cow::Owned(s[..at].to_owned()),
            Cow::Owned(s[at..].to_owned()),
        ),
    }
}

/// A trailer glued onto the last line of a block ("…the bridge. PTI ABC XYZ RT") becomes
/// a line of its own (same source line), so the line rules remove and report it.
fn split_glued_trailers(blocks: &mut [Block<'_>]) {
    for block in blocks {
        let Some(last) = block.lines.last_mut() else {
            continue;
        };
        let Some(at) = boilerplate::glued_trailer(&last.text) else {
            continue;
        };
        let (head, tail) = split_text(&last.text, at);
        let no = last.no;
        last.text = head;
        block.lines.push(Line { text: tail, no });
    }
}

/// Lines of story text before which a newsletter's greeting is looked for.
const GREETING_WITHIN: usize = 3;

/// A newsletter's greeting at the start of one of the first lines of story ("Good
/// morning. The biggest grocery deal…") becomes a line of its own (same source line), to
/// be removed and reported: its block and line.
fn split_leading_greeting(blocks: &mut [Block<'_>]) -> Option<(usize, usize)> {
    let mut story = 0;
    for (b, block) in blocks.iter_mut().enumerate() {
        for k in 0..block.lines.len() {
            let text = &block.lines[k].text;
            if boilerplate::classify(text).is_some() {
                continue;
            }
            if let Some(at) = boilerplate::leading_greeting(text) {
                let (head, tail) = split_text(text, at);
                let no = block.lines[k].no;
                block.lines[k].text = head;
                block.lines.insert(k + 1, Line { text: tail, no });
                return Some((b, k));
            }
            if text.split_whitespace().count() >= STORY_WORDS {
                story += 1;
                if story >= GREETING_WITHIN {
                    return None;
                }
            }
        }
    }
    None
}

/// A menu line: one to four words, no sentence punctuation.
fn menu_like(t: &str) -> bool {
    let t = t.trim();
    (1..=4).contains(&t.split_whitespace().count())
        && !t.ends_with(['.', '!', '?', ',', ';', ':', '"', '”'])
        && !t.starts_with("By ")
}

/// In the head of the file, runs of menu-like lines with removed lines on both sides (or
/// the start of the file before them) are site navigation: "Skip to main content / The
/// Harbour Courier / News / Sport / Opinion / Subscribe".
fn remove_menus<'a>(
    verdicts: &mut [Option<boilerplate::Verdict>],
    gone: &mut [bool],
    text: impl Fn(usize) -> &'a str,
    first_story: usize,
) {
    let mut i = 0;
    while i < first_story {
        if gone[i] || !menu_like(text(i)) {
            i += 1;
            continue;
        }
        let start = i;
        while i < first_story && !gone[i] && menu_like(text(i)) {
            i += 1;
        }
        let bounded_before = start > 0 && gone[start - 1];
        let bounded_after = i < gone.len() && gone[i] && verdicts[i].is_some();
        if bounded_before && bounded_after {
            for j in start..i {
                gone[j] = true;
                verdicts[j] = Some(boilerplate::Verdict {
                    reason: "site navigation",
                    strength: Strength::Strong,
                });
            }
        }
    }
}

/// After a removed "Related articles" line, the linked headlines that follow it (short
/// lines without a full stop, or bulleted) are related links too, up to ten of them.
fn remove_related<'a>(
    verdicts: &mut [Option<boilerplate::Verdict>],
    gone: &mut [bool],
    text: impl Fn(usize) -> &'a str,
) {
    let related = boilerplate::Verdict {
        reason: "related links",
        strength: Strength::Strong,
    };
    for i in 0..gone.len() {
        if !(gone[i] && verdicts[i].is_some_and(|v| v.reason == "related links")) {
            continue;
        }
        for j in (i + 1..gone.len()).take(10) {
            let t = text(j).trim();
            let bullet = t.starts_with(['・', '•', '-', '*', '·']);
            let headline = t.split_whitespace().count() <= 20 && !t.ends_with(['.', '。']);
            if gone[j] || !(bullet || headline) {
                break;
            }
            gone[j] = true;
            verdicts[j] = Some(related);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::text_blocks;

    fn run(t: &str) -> (Vec<String>, Vec<Removed>) {
        let mut removed = Vec::new();
        let p = clean(text_blocks(t), t, &mut removed);
        (p.into_iter().map(|p| p.text).collect(), removed)
    }

    #[test]
    fn a_newsletters_greeting_goes_after_the_headline_but_not_from_the_story() {
        let t = "Harvest Lane buys Prairie Fresh in a deal worth $4.1 billion\n\n\
                 Good morning. The biggest grocery deal in the Midwest in years landed \
                 before the opening bell.\n\n\
                 The chains overlap in about 60 towns, mostly in Iowa and Nebraska.\n\n\
                 Good morning. That is how the chief executive opened the call with analysts.";
        let (p, r) = run(t);
        assert_eq!(
            p[1],
            "The biggest grocery deal in the Midwest in years landed before the opening bell."
        );
        assert_eq!(
            p[3],
            "Good morning. That is how the chief executive opened the call with analysts."
        );
        let lines: Vec<_> = r
            .iter()
            .map(|r| (r.source_line, r.reason.as_str(), r.text.as_str()))
            .collect();
        assert_eq!(lines, vec![(3, "greeting", "Good morning.")]);
    }

    #[test]
    fn feedback_widget_at_the_end_goes_with_reasons() {
        let t = "Go to Contents Go to Navigation\n\nThe talks in the port city went on for three hours, officials said.\n\n\nSend Feedback\nHow can we improve?\nThanks for your feedback!";
        let (p, r) = run(t);
        assert_eq!(
            p,
            vec!["The talks in the port city went on for three hours, officials said."]
        );
        let lines: Vec<_> = r
            .iter()
            .map(|r| (r.source_line, r.reason.as_str()))
            .collect();
        assert_eq!(
            lines,
            vec![
                (1, "site navigation"),
                (6, "feedback widget"),
                (7, "feedback widget"),
                (8, "feedback widget")
            ]
        );
    }

    #[test]
    fn weak_line_inside_the_story_stays() {
        let t = "The ministry held a briefing on the results of the long survey.\n\nHow can we improve?\n\nThat was the question the minister asked reporters on Monday morning.";
        let (p, r) = run(t);
        assert_eq!(p.len(), 3);
        assert!(r.is_empty());
    }

    #[test]
    fn menus_and_related_links() {
        let t = "Skip to main content\nThe Courier\nNews\nSport\nSubscribe\nCouncil votes to close two libraries\nThe council voted late on Sunday to close two branch libraries in the city.\nRelated Articles\nLibrary budget gap grows, audit finds\n・Residents rally\n© 2024 The Courier.";
        let (p, r) = run(t);
        assert_eq!(p.len(), 2, "{p:?}");
        let reasons: Vec<_> = r.iter().map(|r| r.reason.as_str()).collect();
        assert_eq!(
            reasons,
            vec![
                "site navigation",
                "site navigation",
                "site navigation",
                "site navigation",
                "subscription prompt",
                "related links",
                "related links",
                "related links",
                "copyright notice"
            ]
        );
    }

    #[test]
    fn long_runs_of_weak_lines_are_linear() {
        let t = format!(
            "{}Share\nThe story itself is long enough to count as story text here.",
            "Home\n".repeat(50_000)
        );
        let (p, r) = run(&t);
        assert_eq!(p.len(), 1);
        assert_eq!(r.len(), 50_001);
    }

    #[test]
    fn wire_trailers_go_with_reasons() {
        let t = "The bridge was built in 1980 and repaired three years ago, officials said.\n\nOpposition leaders demanded the suspension of the officials responsible. PTI ABC XYZ RT";
        let (p, r) = run(t);
        assert_eq!(
            p.last().map(String::as_str),
            Some("Opposition leaders demanded the suspension of the officials responsible.")
        );
        assert_eq!(
            (r[0].text.as_str(), r[0].reason.as_str(), r[0].source_line),
            ("PTI ABC XYZ RT", "wire trailer", 3)
        );
        for (trailer, reason) in [
            ("==Kyodo", "wire trailer"),
            ("Enditem", "end marker"),
            ("Lusa/End", "end marker"),
            ("PL/ARL // MLL", "wire trailer"),
            ("EFE mdf/jl", "wire trailer"),
            ("dpa kw/ah xx a3 sw", "wire trailer"),
            ("Source: CNA/no(mi)", "wire credit"),
            ("-- BERNAMA", "wire trailer"),
            ("--BERNAMA", "wire trailer"),
            ("ach/rl", "wire trailer"),
            ("bur-ach/rl/mlm", "wire trailer"),
            ("($1 = 0.8466 euros)", "currency conversion note"),
            ("Reporting by Jane Doe; Editing by Tom Roe", "wire credit"),
            ("Cook reported from Brussels.", "wire credit"),
            (
                "Associated Press writer Julie Watson reported from San Diego.",
                "wire credit",
            ),
            (
                "AP track and field: https://apnews.com/hub/track-and-field",
                "related links",
            ),
        ] {
            let t = format!(
                "The talks in the port city went on for three hours, officials said.\n\n{trailer}"
            );
            let (p, r) = run(&t);
            assert_eq!(p.len(), 1, "{trailer}");
            assert_eq!(
                (r[0].text.as_str(), r[0].reason.as_str()),
                (trailer, reason)
            );
        }
        // Glued to a story line only after a sentence end, and only a trailer.
        let (p, r) =
            run("Kim met the PTI ABC XYZ RT chiefs in the port city on Monday, officials said.");
        assert_eq!((p.len(), r.len()), (1, 0));
    }

    #[test]
    fn removed_line_splits_a_block() {
        let t = "First paragraph of the story has enough words to count as story.\nShare\nSecond paragraph of the story also has enough words to count.";
        let (p, r) = run(t);
        assert_eq!(p.len(), 2);
        assert_eq!(r[0].reason, "share widget");
    }
}
