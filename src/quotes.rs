//! Quotation detection on cleaned article text, with speakers from the `speakers` submodule.
//!
//! Why: analysts brief on who said what; quotes are the part of a story that must be
//! reproduced exactly and attributed correctly.
//!
//! Approach: one byte scan per paragraph that stops only at bytes that can start a quote
//! mark, with a small stack of open marks (depth ≤ 8, so adversarial input stays linear):
//! - double marks open top-level quotes: `"…"`, `“…”`, `«…»` and `»…«`, `‹…›`, German
//!   `„…“` (and Polish `„…”`); a straight `"` opens only before a non-space (`5"` is not
//!   a quote), a closing `”` opens only Swedish-style at the top level.
//! - single marks (`'…'`, `‘…’`) nest only inside a double quote; `’`/`'` close a nested
//!   quote only when not followed by a letter, so "Kim’s" is an apostrophe. A closing
//!   double mark also closes any nested quote left open, so a stray apostrophe never
//!   swallows the rest of a paragraph.
//! - a quote still open at a paragraph end continues when it opened its paragraph (or
//!   followed a colon) and the next paragraph starts with a quote mark; otherwise it is
//!   reported with `closed: false`, ending at the paragraph end.
//! - a quote is *partial* unless it can stand as a statement: it opens its sentence, or
//!   follows `:`, a cue verb, a comma or a dash with a capitalised opening word, or starts
//!   with a capital and ends with `.`/`!`/`?`/`,`. A sentence-initial scare quote
//!   ("“Bumpy” talks") is partial too.
//!
//! Speakers come from cue patterns next to the quote (see the `speakers` submodule; people by
//! their fullest name, organisations without an article: "Kremlin"); a quote without one
//! inherits the previous speaker when it follows an attributed quote in the same
//! paragraph, or forms a paragraph of its own right after one (captions in between are
//! skipped); otherwise it takes the speaker of reported speech in the sentence just before
//! it ("Russo said the levee had been inspected. The breach was “preventable”.").
//!
//! Input spans are not trusted: paragraphs and sentences that are out of range, off char
//! boundaries, unsorted or overlapping are clipped or dropped, so any input is safe. Cost
//! is linear (bounded windows, stacks and caches; adversarial input included): on this
//! project's loaded 2-core machines about 4–6 ns/byte on wire copy like the seeds and
//! 9–10 ns/byte on the quote-dense benchmark corpus, most of it the name index, which is
//! only built when the article has quotes.
//!
//! Limits: straight doubles inside straight doubles are not recognised; a curly `“` inside
//! an open curly quote nests, so a missing closing mark runs the quote to the paragraph
//! end; partial/full is a typographic guess.

use crate::article::{ParaKind, Paragraph, Quote, Sentence};
use speakers::{Attr, Site, Speakers};

/// A paragraph that passed the sanity checks (sorted, non-overlapping, on char boundaries).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Para {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// Index into the caller's paragraph slice.
    pub index: usize,
    /// Running text, not a caption or crosshead.
    pub body: bool,
}

/// Bytes searched before an opening mark for an attribution.
const BEFORE: usize = 400;
/// Bytes searched after a closing mark for an attribution.
const AFTER: usize = 300;

fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Sorted, non-overlapping, boundary-aligned, non-empty spans; out-of-order input is clipped.
fn sanitize(text: &str, spans: impl Iterator<Item = (usize, usize)>) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut floor = 0;
    for (i, (s, e)) in spans.enumerate() {
        let (s, e) = (ceil_boundary(text, s.max(floor)), floor_boundary(text, e));
        if s < e {
            out.push((s, e, i));
            floor = e;
        }
    }
    out
}

/// Is this quote a partial/scare quote rather than a statement of its own?
fn is_partial(before: &str, content: &str, after: Option<&str>) -> bool {
    if let Some(full) = after.and_then(speakers::quotative) {
        // Korean and Japanese: “…”고 말했다, 「…」と述べた.
        return !full;
    }
    let b = before
        .rsplit_once(['.', '!', '?'])
        .map_or(before, |(_, b)| b)
        .trim();
    let c = content.trim();
    if b.is_empty() {
        let next = after
            .and_then(|a| a.split_whitespace().next())
            .unwrap_or("");
        let next = next.trim_end_matches(|ch: char| !ch.is_alphanumeric());
        let lower = next.chars().next().is_some_and(char::is_lowercase);
        let bare = !c.ends_with(['.', ',', '!', '?', '…', ':', ';', '—', '–', '-']);
        return bare
            && lower
            && c.split_whitespace().count() <= 4
            && !speakers::is_cue(next)
            && !speakers::is_pronoun(next);
    }
    if b.ends_with(':') {
        return false;
    }
    let cap = c
        .chars()
        .find(|ch| ch.is_alphanumeric())
        .is_some_and(|ch| !ch.is_lowercase());
    let words: Vec<&str> = b
        .split_whitespace()
        .rev()
        .take(3)
        .map(|w| w.trim_matches(|ch: char| !ch.is_alphanumeric()))
        .collect();
    let cue_near = words.iter().any(|w| speakers::is_cue(w));
    let cue_last = words
        .first()
        .is_some_and(|w| speakers::is_cue(w) && b.ends_with(*w));
    if b.ends_with(',') && (cap || cue_near) {
        return false;
    }
    let dash = b.ends_with(['—', '–', '-']);
    !(cap && (c.ends_with(['.', '!', '?', '…', ',']) || cue_last || dash))
}

/// The sanitised article and its scanned quotes, for classification and attribution.
struct Ctx<'a> {
    text: &'a str,
    paras: Vec<Para>,
    sents: Vec<(usize, usize)>,
    raws: Vec<scan::Raw>,
}

impl Ctx<'_> {
    fn slice(&self, a: usize, b: usize) -> &str {
        self.text.get(a..b).unwrap_or("")
    }

    /// Where quote `qi` sits, whether it is partial, and whether it fills its paragraph.
    fn site(&self, qi: usize) -> Option<(Site, bool, bool)> {
        let r = self.raws.get(qi)?;
        let (p, lp) = (self.paras.get(r.first)?, self.paras.get(r.last)?);
        let (first, last) = (r.parts.first()?, r.parts.last()?);
        let prev = qi.checked_sub(1).and_then(|k| self.raws.get(k));
        let prev_end = prev
            .filter(|q| q.last == r.first)
            .map_or(p.start, |q| q.close_end);
        let i = self.sents.partition_point(|s| s.0 <= r.open);
        let sentence = match i.checked_sub(1).and_then(|i| self.sents.get(i)) {
            Some(&(s, e)) if e > r.open => s.max(p.start).min(r.open),
            _ => p.start,
        };
        let window = floor_boundary(self.text, r.open.saturating_sub(BEFORE));
        let before = window.max(sentence).max(prev_end).min(r.open);
        let next = self.raws.get(qi + 1).filter(|q| q.first == r.last);
        let limit = next.map_or(lp.end, |q| q.open);
        let hi = floor_boundary(self.text, r.close_end.saturating_add(AFTER)).min(limit);
        let after = r.closed.then_some((r.close_end, hi.max(r.close_end)));
        let content = self.slice(first.start, first.end);
        let after_text = after.map(|(a, b)| self.slice(a, b));
        let partial = is_partial(self.slice(before, r.open), content, after_text);
        let tail = self.slice(last.start, last.end).trim_end();
        let trailing_comma = tail.ends_with([',', '—', '–', '-']);
        let ends_sentence = tail.ends_with('.');
        let at_para_end = hi >= lp.end;
        let rest = |ch: char| ch.is_whitespace() || ch.is_ascii_punctuation();
        let alone = self.slice(p.start, r.open).trim().is_empty()
            && (!r.closed
                || self
                    .slice(r.close_end, lp.end)
                    .trim_matches(rest)
                    .is_empty());
        let site = Site {
            open: r.open,
            before,
            sentence,
            after,
            at_para_end,
            trailing_comma,
            ends_sentence,
        };
        Some((site, partial, alone))
    }

    /// No body paragraph lies strictly between paragraphs `a` and `b`.
    fn adjacent(&self, a: usize, b: usize) -> bool {
        self.paras
            .get(a + 1..b)
            .is_some_and(|g| g.iter().all(|q| !q.body))
    }
}

/// Finds quotations in `text` (already cleaned: paragraphs are `text[p.start..p.end]`,
/// separated by "\n\n", no hard wraps; sentences are spans inside paragraphs) and
/// attributes speakers.
///
/// Never panics: spans that are out of range, unsorted or off char boundaries are clipped
/// or ignored. Quotes come in text order; all offsets are char boundaries within `text`.
pub fn find_quotes(text: &str, paragraphs: &[Paragraph], sentences: &[Sentence]) -> Vec<Quote> {
    let spans = paragraphs.iter().map(|p| (p.start, p.end));
    let paras: Vec<Para> = sanitize(text, spans)
        .into_iter()
        .map(|(start, end, index)| {
            let body = paragraphs
                .get(index)
                .is_some_and(|p| p.kind == ParaKind::Body);
            Para {
                start,
                end,
                index,
                body,
            }
        })
        .collect();
    let raws = scan::scan(text, &paras);
    if raws.is_empty() {
        return Vec::new();
    }
    let spans = sentences.iter().map(|s| (s.start, s.end));
    let sents = sanitize(text, spans)
        .into_iter()
        .map(|(s, e, _)| (s, e))
        .collect();
    let ctx = Ctx {
        text,
        paras,
        sents,
        raws,
    };
    let quoted: Vec<(usize, usize)> = ctx
        .raws
        .iter()
        .flat_map(|r| r.parts.iter().map(|s| (s.start, s.end)))
        .collect();
    let speakers = Speakers::new(text, &ctx.paras, &ctx.sents, &quoted);
    let mut out = Vec::with_capacity(ctx.raws.len());
    // The last attribution: its quote in `out` and the paragraph that quote ended in.
    let mut last: Option<(usize, usize)> = None;
    for (qi, r) in ctx.raws.iter().enumerate() {
        let Some((site, partial, alone)) = ctx.site(qi) else {
            continue;
        };
        let attr = speakers.attribute(&site);
        let found = attr != Attr::NotFound;
        let speaker = match (attr, last) {
            (Attr::Named(s), _) => Some(s),
            (Attr::NotFound, Some((k, at))) if !partial => {
                let follows = r.first == at || (alone && ctx.adjacent(at, r.first));
                let previous: Option<&Quote> = out.get(k);
                previous.and_then(|q| q.speaker.clone()).filter(|_| follows)
            }
            _ => None,
        };
        // "Russo said the levee had been inspected. The breach was “preventable”.": a
        // quote with no cue takes the speaker of reported speech just before it, in its
        // paragraph, or in the paragraph before when it is a whole closed paragraph.
        let speaker = match (speaker, found) {
            (None, false) => {
                let own = ctx.paras.get(r.first).map_or(site.open, |p| p.start);
                let before = r.first.checked_sub(1).and_then(|k| ctx.paras.get(k));
                let from = match before {
                    Some(p) if alone && !partial && r.closed => p.start,
                    _ => own,
                };
                speakers.reported_before(&site, from)
            }
            (speaker, _) => speaker,
        };
        if found || speaker.is_some() {
            last = Some((out.len(), r.last));
        } else if !partial {
            last = None;
        }
        let text = match r.parts.as_slice() {
            [one] => ctx.slice(one.start, one.end).to_string(),
            parts => {
                let pieces: Vec<&str> = parts.iter().map(|s| ctx.slice(s.start, s.end)).collect();
                pieces.join("\n\n")
            }
        };
        let (start, end) = (site.open, r.parts.last().map_or(site.open, |s| s.end));
        let start = r.parts.first().map_or(start, |s| s.start);
        let paragraph = ctx.paras.get(r.first).map_or(0, |p| p.index);
        out.push(Quote {
            start,
            end,
            text,
            speaker,
            partial,
            closed: r.closed,
            paragraph,
            parts: r.parts.clone(),
        });
    }
    out
}

mod scan;
mod speakers;
#[cfg(test)]
mod tests;

pub(crate) use scan::{find_byte, swar_eq};
