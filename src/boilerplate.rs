//! Recognising lines that are not the story: site chrome, widgets, wire slugs and trailers.
//!
//! Each rule matches a *whole line* (trimmed, compared case-insensitively) and names its
//! reason, so every removal can be reported. Rules are split by confidence:
//! - *strong* rules name lines that never belong to a story ("Go to Contents Go to
//!   Navigation", "Share", "MORE/MSY/1117 hrs", "(END)"); they are removed wherever they are;
//! - *weak* rules name lines that are chrome at the edges but could be words of a story
//!   ("How can we improve?", "Home", "More"); they are removed only in the head or tail of
//!   the file, or right next to a strong removal.
//!
//! Lines longer than [`MAX_LINE`] characters are never boilerplate, so body text is safe;
//! a wire trailer glued onto the end of a story line is found by [`glued_trailer`].

use regex::{Regex, RegexSet};
use std::collections::HashMap;
use std::sync::LazyLock;

/// Lines longer than this (in bytes) are never treated as boilerplate.
pub const MAX_LINE: usize = 200;

/// How sure a rule is that a line is not part of the story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strength {
    /// Removed wherever it stands.
    Strong,
    /// Removed only at the edges of the file or next to a strong removal.
    Weak,
}

/// A line judged to be boilerplate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    /// The reason reported to the analyst.
    pub reason: &'static str,
    /// Strong or weak.
    pub strength: Strength,
}

use Strength::{Strong, Weak};

/// Whole lines, lowercase, with their reason and strength.
const EXACT: &[(&str, &str, Strength)] = &[
    ("go to contents go to navigation", "site navigation", Strong),
    ("go to contents", "site navigation", Strong),
    ("go to navigation", "site navigation", Strong),
    ("skip to main content", "site navigation", Strong),
    ("skip to content", "site navigation", Strong),
    ("skip navigation", "site navigation", Strong),
    ("toggle navigation", "site navigation", Strong),
    ("main menu", "site navigation", Weak),
    ("menu", "site navigation", Weak),
    ("home", "site navigation", Weak),
    ("search", "site navigation", Weak),
    ("close", "site navigation", Weak),
    ("sign in", "site navigation", Weak),
    ("log in", "site navigation", Weak),
    ("send feedback", "feedback widget", Strong),
    ("thanks for your feedback!", "feedback widget", Strong),
    ("how can we improve?", "feedback widget", Weak),
    ("was this article helpful?", "feedback widget", Weak),
    ("share", "share widget", Strong),
    ("share this", "share widget", Strong),
    ("share this article", "share widget", Strong),
    ("share this story", "share widget", Strong),
    ("share on facebook", "share widget", Strong),
    ("share on twitter", "share widget", Strong),
    ("share on x", "share widget", Strong),
    ("print", "share widget", Strong),
    ("print this article", "share widget", Strong),
    ("email", "share widget", Strong),
    ("e-mail", "share widget", Strong),
    ("tweet", "share widget", Strong),
    ("facebook", "share widget", Strong),
    ("twitter", "share widget", Strong),
    ("linkedin", "share widget", Strong),
    ("whatsapp", "share widget", Strong),
    ("kakaotalk", "share widget", Strong),
    ("copy link", "share widget", Strong),
    ("copy link copied", "share widget", Strong),
    ("purchase licensing rights", "share widget", Strong),
    ("관련기사", "related links", Strong),
    ("関連記事", "related links", Strong),
    ("相关新闻", "related links", Strong),
    ("copy url", "share widget", Strong),
    ("link copied", "share widget", Strong),
    ("font size", "share widget", Strong),
    ("text size", "share widget", Strong),
    ("listen to this article", "share widget", Strong),
    ("save", "share widget", Weak),
    ("listen", "share widget", Weak),
    ("subscribe", "subscription prompt", Strong),
    ("subscribe now", "subscription prompt", Strong),
    ("sign up", "subscription prompt", Weak),
    ("newsletter", "subscription prompt", Weak),
    ("advertisement", "advertisement", Strong),
    ("advertising", "advertisement", Strong),
    ("sponsored", "advertisement", Strong),
    ("sponsored content", "advertisement", Strong),
    (
        "story continues below advertisement",
        "advertisement",
        Strong,
    ),
    ("continue reading below", "advertisement", Strong),
    ("scroll to continue with content", "advertisement", Strong),
    ("related articles", "related links", Strong),
    ("related stories", "related links", Strong),
    ("related news", "related links", Strong),
    ("related", "related links", Weak),
    ("read more", "related links", Strong),
    ("more stories", "related links", Strong),
    ("most read", "related links", Strong),
    ("most viewed", "related links", Strong),
    ("you may also like", "related links", Strong),
    ("recommended", "related links", Weak),
    ("top stories", "related links", Weak),
    ("latest news", "related links", Weak),
    ("trending", "related links", Weak),
    ("back to top", "site navigation", Strong),
    ("top", "site navigation", Weak),
    ("keywords", "keyword tags", Strong),
    ("tags", "keyword tags", Weak),
    ("(end)", "end marker", Strong),
    ("enditem", "end marker", Strong),
    ("lusa/end", "end marker", Strong),
    ("-end-", "end marker", Strong),
    ("- end -", "end marker", Strong),
    ("-30-", "end marker", Strong),
    ("###", "end marker", Weak),
    ("(more)", "wire trailer", Strong),
    ("more", "wire trailer", Weak),
    (
        "our standards: the thomson reuters trust principles.",
        "wire credit",
        Strong,
    ),
];

/// A line pattern with its verdict.
struct Pattern {
    re: &'static str,
    reason: &'static str,
    strength: Strength,
    /// A lowercase literal the line must contain, for patterns that could otherwise keep
    /// the automaton running over every line (long bounded repeats, unanchored phrases).
    gate: Option<&'static str>,
}

/// The line patterns in one `RegexSet`: each ungated pattern, plus each gated pattern's
/// literal (case-insensitive), so a single pass over the line rules out nearly every line.
/// A gated pattern's own regex runs only when its literal occurred. The first listed
/// pattern that matches wins.
struct Patterns {
    set: RegexSet,
    /// For each member of `set`, the index in `list` of the pattern it stands for.
    set_index: Vec<usize>,
    /// The full regex of each gated pattern, by index in `list`.
    gated: Vec<Option<Regex>>,
    list: Vec<Pattern>,
}

#[allow(clippy::unwrap_used)] // the patterns are constants, checked by the tests below
static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| {
    let list = pattern_list();
    let members: Vec<(usize, String)> = list
        .iter()
        .enumerate()
        .map(|(i, p)| match p.gate {
            None => (i, p.re.to_owned()),
            Some(g) => (i, format!("(?i){}", regex::escape(g))),
        })
        .collect();
    let set = RegexSet::new(members.iter().map(|(_, re)| re)).unwrap();
    let gated = list
        .iter()
        .map(|p| p.gate.map(|_| Regex::new(p.re).unwrap()))
        .collect();
    Patterns {
        set,
        set_index: members.into_iter().map(|(i, _)| i).collect(),
        gated,
        list,
    }
});

/// Exact lines by lowercase text.
static EXACT_MAP: LazyLock<HashMap<&'static str, Verdict>> = LazyLock::new(|| {
    EXACT
        .iter()
        .map(|&(s, reason, strength)| (s, Verdict { reason, strength }))
        .collect()
});

/// A possible wire slug at the top of a story: "BFF-20, 21 Kim, Putin vow…". Returns the
/// text after the slug (usually the headline again, possibly empty) and whether the slug
/// carries a take list (", 21"), which makes it certain. Without a list the caller must
/// confirm it (the rest repeats the headline), or "COVID-19 cases rise" would be a slug.
pub fn wire_slug(line: &str) -> Option<(&str, bool)> {
    #[allow(clippy::unwrap_used)] // constant pattern
    static SLUG: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^[A-Z]{2,5}-\d{1,3}((?:\s*,\s*\d{1,3})*)(?:\s+|$)").unwrap());
    let t = line.trim();
    let caps = SLUG.captures(t)?;
    let end = caps.get(0)?.end();
    let listed = caps.get(1).is_some_and(|m| !m.is_empty());
    Some((t[end..].trim(), listed))
}

/// Longest trailer read off the end of a story line ("PTI ABC XYZ RT").
const GLUED_MAX: usize = 48;

/// A wire trailer or end marker glued by the copy onto the end of the last line of a
/// paragraph ("…maintenance of the bridge. PTI ABC XYZ RT", "…on Friday. (END)"): the byte
/// offset where it starts, after a sentence end and a space.
pub fn glued_trailer(line: &str) -> Option<usize> {
    let t = line.trim_end();
    let from = crate::format::floor_char_boundary(t, t.len().saturating_sub(GLUED_MAX));
    let tail = &t[from..];
    for (i, _) in tail.match_indices(' ') {
        let at = from + i + 1;
        let ends = t[..from + i].ends_with(['.', '!', '?', '"', '”', '’', ')']);
        let glued = ends
            && classify(&t[at..]).is_some_and(|v| {
                v.strength == Strong && matches!(v.reason, "wire trailer" | "end marker")
            });
        if glued {
            return Some(at);
        }
    }
    None
}

/// A newsletter's greeting at the start of a line of story ("Good morning. The biggest
/// grocery deal…"): the byte offset where the story starts, after the greeting and its
/// space. The caller splits it off so the line rules remove and report it.
pub fn leading_greeting(line: &str) -> Option<usize> {
    let t = line.trim_end();
    // The greeting is short: look for its end among the first words.
    let head = &t[..crate::format::floor_char_boundary(t, 40.min(t.len()))];
    head.match_indices(['.', '!'])
        .map(|(i, _)| i + 1)
        .find(|&end| {
            t[end..].starts_with(' ') && classify(&t[..end]).is_some_and(|v| v.reason == "greeting")
        })
        .map(|end| end + 1)
        .filter(|&at| t[at..].starts_with(char::is_uppercase))
}

/// Judges one line; `None` means it may be story text.
pub fn classify(line: &str) -> Option<Verdict> {
    let t = line.trim();
    if t.is_empty() || t.len() > MAX_LINE {
        return None;
    }
    let t = t.strip_suffix(", opens new tab").unwrap_or(t);
    // Exact entries: ASCII-lowercase the (short) line into a stack buffer and look it up.
    if t.len() <= 64 {
        let mut buf = [0u8; 64];
        let lower = &mut buf[..t.len()];
        lower.copy_from_slice(t.as_bytes());
        lower.make_ascii_lowercase();
        // Lowercasing ASCII bytes keeps UTF-8 valid.
        if let Ok(lower) = std::str::from_utf8(lower)
            && let Some(v) = EXACT_MAP.get(lower.trim_end_matches([':', '|']).trim())
        {
            return Some(*v);
        }
    }
    // `is_match` stops early and needs no overlapping search; most lines end here.
    if !PATTERNS.set.is_match(t) {
        return None;
    }
    let first = PATTERNS
        .set
        .matches(t)
        .into_iter()
        .map(|k| PATTERNS.set_index[k])
        .find(|&i| PATTERNS.gated[i].as_ref().is_none_or(|re| re.is_match(t)))?;
    let p = &PATTERNS.list[first];
    Some(Verdict {
        reason: p.reason,
        strength: p.strength,
    })
}

mod patterns;
#[cfg(test)]
mod tests;

use patterns::pattern_list;
