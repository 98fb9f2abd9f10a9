//! Speaker attribution for the quotations found by [`crate::quotes`].
//!
//! Why: a quote is only useful to an analyst with its source, named as the article names
//! the person ("Vladimir Putin", not "Putin" or "he").
//!
//! Approach, all plain scanning (no regex, no per-quote scan of the whole text):
//! - **Names.** A run of capitalised words (joined by particles such as "of") loses its
//!   leading function words and dates ("In", "The", "Thursday") and everything up to its
//!   last title ("Russian President Vladimir Putin" → "Vladimir Putin", "US Secretary of
//!   State Mike Pompeo" → "Mike Pompeo"). A name is a **person** when a title or a role
//!   word ("leader Kim") precedes it, or when it has 2–5 words and none of them is an
//!   organisation/place word ("University", "Korean", …); a single word is a person when
//!   it is part of such a name somewhere in the article.
//! - **Index** ([`names`]). One pass per article (single capitalised words skipped on a
//!   byte-level fast path) indexes every multi-word person name under each of its words,
//!   so a lone "Kim" resolves to the earliest full name containing it used before the
//!   quote ("Kim Jong-un"; a name only used later is the fallback).
//! - **Cues.** Around each quote, a bounded window is tokenised and matched against cue
//!   patterns: after the close (`, Kim said`, `, said Park Won-gon, a professor…`,
//!   `, he added`, `, according to X`, `, the Kremlin said`, a bare `, Putin` at a
//!   truncated paragraph end), then the same sentence before the open (`X said:`,
//!   `X lashed out at “…”`, `The Kremlin has said … “…”`, `…, adding “…”`).
//! - **Pronouns** resolve to the first compatible name (he/she: a person; it: not a
//!   person; they: either) in the nearest preceding body sentence that has one, found
//!   on demand, preferring a subject to a possessive or a name after a preposition ("At
//!   the Santa Maria Fairgrounds, Kevin Tran said …"); names inside quotes, captions and
//!   possessives ("Kim’s sister …") are passed over. A sentence that quotes someone by
//!   post only ("…,” a Quandor spokesman said") is the antecedent itself, and one that
//!   attributes words to someone it does not name ("said one passenger", "The airline
//!   said") stops the search: the pronoun is that unnamed speaker. Gender is not
//!   modelled.
//! - **Posts** ([`roles`]): "the minister said" is the minister the article named before
//!   ("Minister of Health Grace Tembo"), when it is clear which; "a Quandor spokesman"
//!   speaks for Quandor.
//!
//! Organisations are reported without a leading article ("Kremlin"). Limits: English
//! cue verbs (plus a few German/French ones); capitalisation drives name detection, so
//! all-caps copy and names with lowercase particles outside the particle list are missed;
//! a role no one in the article holds by name ("officials said", "the president said"
//! before any president is named) yields no speaker.

use super::Para;
use std::cell::{Cell, RefCell};
use tokens::*;
use words::*;

mod attribution;
mod cjk;
mod names;
mod reported;
mod roles;
mod tokens;
mod words;

pub(crate) use attribution::{Attr, Site};
pub(crate) use cjk::quotative;
pub(crate) use words::{is_cue, is_pronoun};

/// A name-like run of capitalised words.
#[derive(Debug, Clone, Copy)]
struct Mention {
    start: usize,
    end: usize,
    /// Titled, or 2–5 capitalised words without organisation words.
    person: bool,
    /// Followed by a possessive "’s" (a modifier, not a subject).
    poss: bool,
}

/// Longest run of capitalised words kept as a name candidate.
const MAX_RUN: usize = 10;
/// Sentences searched back for a pronoun's antecedent.
const PRONOUN_SENTENCES: usize = 12;
/// Bytes searched back for a pronoun's antecedent.
const PRONOUN_BYTES: usize = 4000;

/// Calls `emit` with every run of capitalised words (joined by particles such as "of")
/// in `text[lo..hi]`, jumping from one capital (or possible non-ASCII letter) to the next.
/// With `multi`, single capitalised words ("The", "Putin") are skipped on a fast path:
/// only runs that can hold a full name are tokenised.
fn runs(text: &str, lo: usize, hi: usize, multi: bool, mut emit: impl FnMut(&[Tok])) {
    let bytes = text.as_bytes();
    let mut run: Vec<Tok> = Vec::with_capacity(MAX_RUN);
    let mut i = lo;
    let test = |x: u8| x.is_ascii_uppercase() || (x >= 0xC3 && x != 0xE2);
    while let Some(k) = bytes
        .get(i..hi)
        .and_then(|b| super::find_byte(b, caps, test))
    {
        i += k;
        let Some(c) = char_at(text, i) else { break };
        let inside = || {
            text.get(lo..i)
                .and_then(|s| s.chars().next_back())
                .is_some_and(char::is_alphanumeric)
        };
        if !c.is_uppercase() || inside() {
            i += c.len_utf8();
            continue;
        }
        let single = if multi {
            names::single_word(text, i, hi)
        } else {
            None
        };
        if let Some(next) = single {
            i = next;
            continue;
        }
        run.clear();
        let mut toks = tokens(text, i, hi).peekable();
        while let Some(t) = toks.next() {
            let mut conn = || {
                !t.cap
                    && joins(text.get(t.start..t.end).unwrap_or(""), &run)
                    && toks.peek().is_some_and(|n| n.cap)
            };
            if !t.word || !(t.cap || (!run.is_empty() && conn())) {
                break;
            }
            if run.len() < MAX_RUN {
                run.push(t);
            }
            i = t.end;
            if t.poss {
                break;
            }
        }
        i = i.max(ceil(text, i + 1));
        emit(&run);
    }
}

/// Per pronoun kind (he/she, it, they): where the last lookup started and what it found.
type PronounCache = [Option<(usize, Option<Mention>)>; 3];

/// The per-article name index ([`names`]) and the attribution around each quote.
pub(crate) struct Speakers<'a> {
    text: &'a str,
    paras: &'a [Para],
    sents: &'a [(usize, usize)],
    quoted: &'a [(usize, usize)],
    /// Word → the multi-word person names containing it, in text order.
    index: FnvMap<&'a str, Vec<(usize, usize)>>,
    /// Full names already indexed.
    names: FnvSet<&'a str>,
    /// Resolved names: how many index entries preceded the quote, and the result.
    resolved: RefCell<FnvMap<&'a str, (usize, String)>>,
    /// Token buffer reused by the cue windows.
    buf: RefCell<Vec<Tok>>,
    /// Per pronoun kind (he/she, it, they): the sentence start of the last lookup and
    /// what it found.
    pronouns: Cell<PronounCache>,
    /// The people named with a post ("Minister of Health Grace Tembo"), read up to a quote
    /// attributed to a post alone ("the minister said") when one comes.
    titled: RefCell<roles::PostIndex>,
}

impl<'a> Speakers<'a> {
    /// Builds the name index in one pass over the paragraphs. `sents` are the sanitised
    /// sentence spans and `quoted` the quotation spans, both in text order.
    pub(crate) fn new(
        text: &'a str,
        paras: &'a [Para],
        sents: &'a [(usize, usize)],
        quoted: &'a [(usize, usize)],
    ) -> Self {
        let mut s = Speakers {
            text,
            paras,
            sents,
            quoted,
            index: FnvMap::default(),
            names: FnvSet::default(),
            resolved: RefCell::new(FnvMap::default()),
            buf: RefCell::new(Vec::new()),
            pronouns: Cell::new([None; 3]),
            titled: RefCell::new((0, Vec::new())),
        };
        for p in paras {
            runs(text, p.start, p.end, true, |run| s.add(run));
        }
        s
    }

    fn word(&self, t: &Tok) -> &'a str {
        self.word_span(t.start, t.end)
    }

    fn word_span(&self, a: usize, b: usize) -> &'a str {
        self.text.get(a..b).unwrap_or("")
    }

    /// The mention in a run, if any, and its number of words: its name span and whether
    /// it is known to be a person (a single word, when `lone`: if the index knows it or a
    /// role word precedes it).
    fn mention(&self, run: &[Tok], lone: bool) -> Option<(Mention, usize)> {
        let run = self.past_post_place(run);
        let (start, end, titled) = name_of(self.text, run)?;
        let name = run
            .iter()
            .filter(|t| t.start >= start && t.end <= end && t.cap);
        let n = name.clone().count();
        let orgish = name.clone().any(|t| t.f & ORG != 0);
        // "The General Court": a title before organisation words only is not a person.
        let titled = titled && !name.clone().all(|t| t.f & ORG != 0);
        let shouting = !self
            .word_span(start, end)
            .bytes()
            .any(|b| b.is_ascii_lowercase());
        let mut person = titled || ((2..=5).contains(&n) && !orgish && !shouting);
        if n == 1 && !person && lone {
            let lead = run.first().map_or(start, |t| t.start);
            // A role word right before the name ("leader Kim"), looked for in 16 bytes.
            let b = self
                .text
                .as_bytes()
                .get(lead.saturating_sub(16)..lead)
                .unwrap_or(&[]);
            let b = b.strip_suffix(b" ").unwrap_or(b);
            let w = b.rsplit(|&x| x == b' ').next().unwrap_or(&[]);
            let w = std::str::from_utf8(w).unwrap_or("");
            let role = w.bytes().all(|b| b.is_ascii_lowercase()) && flags(w) & ROLE != 0;
            person = role || self.known(self.word_span(start, end));
        }
        let poss = run.last().is_some_and(|t| t.poss && t.end == end);
        Some((
            Mention {
                start,
                end,
                person,
                poss,
            },
            n,
        ))
    }

    /// A run of capitals after a post and "in" without its first word, the place, when a
    /// name of two words or more follows: "Consul General in Barcelona Li Wenhao" is Li
    /// Wenhao (as [`name_of`] reads the whole phrase).
    fn past_post_place<'r>(&self, run: &'r [Tok]) -> &'r [Tok] {
        let Some(first) = run.first() else {
            return run;
        };
        let from = super::floor_boundary(self.text, first.start.saturating_sub(40));
        let mut before = self.word_span(from, first.start).split_whitespace().rev();
        let post =
            before.next() == Some("in") && before.next().is_some_and(|w| flags(w) & TITLE != 0);
        match post && run.iter().filter(|t| t.cap).count() >= 3 {
            true => &run[1..],
            false => run,
        }
    }

    /// Resolves he/she (a person), it (not a person), they (either) to the first such
    /// mention in the nearest preceding body sentence that has one (names inside quotes
    /// do not count). Looks back at most [`PRONOUN_SENTENCES`] sentences and
    /// [`PRONOUN_BYTES`] bytes.
    fn pronoun(&self, w: &str, sentence: usize) -> Attr {
        let (want, slot) = match w {
            "he" | "He" | "she" | "She" => (Some(true), 0),
            "it" | "It" => (Some(false), 1),
            _ => (None, 2),
        };
        // The previous lookup of this kind: sentences before it were searched already,
        // so consecutive pronouns cost one pass over the text between them.
        let mut cache = self.pronouns.get();
        let known = cache[slot].filter(|&(at, _)| at <= sentence);
        let stop = sentence.saturating_sub(PRONOUN_BYTES);
        let mut end = sentence;
        let mut found: Option<Mention> = None;
        for _ in 0..PRONOUN_SENTENCES {
            let Some((lo, hi, body)) = self.sentence_before(end) else {
                break;
            };
            if known.is_some_and(|(at, _)| hi <= at) {
                found = known.and_then(|(_, m)| m);
                break;
            }
            let lo = lo.max(stop);
            let lo = (lo..hi)
                .find(|&i| self.text.is_char_boundary(i))
                .unwrap_or(hi);
            if body {
                found = self.subject_in(lo, hi, want);
                // "“…,” a Quandor spokesman said.": he is the spokesman, named or not.
                if found.is_none()
                    && want != Some(false)
                    && let Some(holder) = self.post_subject(lo, hi)
                {
                    found = holder.map(|(start, end)| Mention {
                        start,
                        end,
                        person: true,
                        poss: false,
                    });
                    break;
                }
                // "“…,” said one passenger." / "The airline said it would…": the sentence
                // before attributes words to someone it does not name, who is the
                // antecedent; a name further back is someone else.
                if found.is_none() && self.unnamed_cue(lo, hi) {
                    break;
                }
            }
            if found.is_some() || lo <= stop {
                break;
            }
            end = lo;
        }
        cache[slot] = Some((sentence, found));
        self.pronouns.set(cache);
        match found {
            Some(m) => Attr::Named(self.resolve(m.start, m.end, m.start)),
            None => Attr::Unnamed,
        }
    }

    /// The first mention in `text[lo..hi]` outside quotes that is (`Some(true)`) or is
    /// not (`Some(false)`) a person, preferring one that is neither a possessive ("Kim
    /// Jong Un’s sister Kim Yo Jong said …" → Kim Yo Jong) nor after a preposition ("At the
    /// Santa Maria Fairgrounds, Kevin Tran said …" → Kevin Tran).
    fn subject_in(&self, lo: usize, hi: usize, want: Option<bool>) -> Option<Mention> {
        let mut found: Option<(Mention, bool)> = None;
        runs(self.text, lo, hi, false, |run| {
            let Some((m, _)) = self.mention(run, true) else {
                return;
            };
            let ok = !self.in_quote(m.start) && want.is_none_or(|p| p == m.person);
            if !ok || found.is_some_and(|(_, modifier)| !modifier) {
                return;
            }
            let lead = run.first().map_or(m.start, |t| t.start);
            let modifier = m.poss || self.after_preposition(lead);
            if found.is_none() || !modifier {
                found = Some((m, modifier));
            }
        });
        found.map(|(m, _)| m)
    }

    /// Whether the word before byte `at` (past an article) is a preposition: "at the".
    fn after_preposition(&self, at: usize) -> bool {
        let before = self.word_span(super::floor_boundary(self.text, at.saturating_sub(24)), at);
        if !before.ends_with(' ') {
            return false;
        }
        let mut words = before.split_whitespace().rev();
        let mut w = words.next().unwrap_or("");
        if matches!(w, "the" | "a" | "an") {
            w = words.next().unwrap_or("");
        }
        !w.is_empty() && flags(w) & PREP != 0
    }

    /// Whether `text[lo..hi]` attributes words, outside quotes, to someone it does not
    /// name: a cue verb after a lowercase noun ("The airline said", "a 34-year-old woman
    /// also told") or before a determiner ("said one passenger", "said the airline").
    /// Not a pronoun ("she added": its antecedent is further back) nor a name ("the
    /// Foreign Ministry said").
    fn unnamed_cue(&self, lo: usize, hi: usize) -> bool {
        let toks: Vec<Tok> = tokens(self.text, lo, hi)
            .filter(|t| t.word && !self.in_quote(t.start))
            .collect();
        let joined = |a: &Tok, b: &Tok| self.text[a.end..b.start].trim().is_empty();
        (0..toks.len()).any(|k| {
            let t = &toks[k];
            if t.cap || flags(self.word(t)) & CUE == 0 {
                return false;
            }
            let mut i = k;
            while i > 0
                && joined(&toks[i - 1], &toks[i])
                && matches!(
                    self.word(&toks[i - 1]),
                    "also" | "later" | "earlier" | "has" | "had" | "have" | "then" | "further"
                )
            {
                i -= 1;
            }
            let before = i
                .checked_sub(1)
                .map(|p| &toks[p])
                .filter(|p| joined(p, &toks[i]));
            let noun = before.is_some_and(|p| {
                let w = self.word(p);
                !p.cap && !is_pronoun(w) && w.bytes().all(|b| b.is_ascii_lowercase())
            });
            let after = toks.get(k + 1).filter(|n| joined(t, n));
            let inverted = after
                .is_some_and(|n| matches!(self.word(n), "one" | "a" | "an" | "the" | "another"));
            noun || inverted
        })
    }

    fn in_quote(&self, pos: usize) -> bool {
        let i = self.quoted.partition_point(|q| q.1 <= pos);
        self.quoted.get(i).is_some_and(|q| q.0 <= pos)
    }

    /// The sentence (clipped to its paragraph and to `end`) before byte `end`, and
    /// whether its paragraph is body text. Falls back to the paragraph without sentences.
    fn sentence_before(&self, end: usize) -> Option<(usize, usize, bool)> {
        let pi = self.paras.partition_point(|p| p.start < end);
        let p = self.paras.get(pi.checked_sub(1)?)?;
        let hi = end.min(p.end);
        let si = self.sents.partition_point(|s| s.0 < hi);
        let lo = match si.checked_sub(1).map(|k| self.sents[k]) {
            Some((s, e)) if e > p.start => s.max(p.start),
            _ => p.start,
        };
        Some((lo, hi, p.body))
    }
}
