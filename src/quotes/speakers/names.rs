//! The per-article person-name index, name resolution, and name runs in token windows.
//!
//! One pass over the paragraphs finds the runs of capitalised words that can hold a full
//! name (a byte-level fast path skips lone capitalised words, the most common case) and
//! indexes every multi-word person name under each of its words. A speaker word ("Kim")
//! then resolves to the earliest full name containing it used before the quote ("Kim
//! Jong-un"); resolutions are cached per name and only recomputed when a further index
//! entry precedes the quote.

use super::*;

/// Full names kept per word.
const MAX_NAMES: usize = 8;

/// If the ASCII capitalised word at `i` cannot start a multi-word name (it is not
/// followed by a space and a capital or a particle), returns the index after it.
pub(super) fn single_word(text: &str, i: usize, hi: usize) -> Option<usize> {
    let b = text.as_bytes().get(..hi)?;
    let mut e = i + 1;
    while b.get(e).is_some_and(u8::is_ascii_alphanumeric) {
        e += 1;
    }
    let at = |k: usize| b.get(e + k).copied();
    let wordy = |k: usize| at(k).is_some_and(|x| x.is_ascii_alphanumeric() || x >= 0x80);
    let single = match at(0) {
        None => true,
        Some(b' ') => match at(1) {
            Some(n) if n.is_ascii_lowercase() => {
                let w = b
                    .get(e + 1..)?
                    .iter()
                    .take_while(|x| x.is_ascii_lowercase())
                    .count();
                !text.get(e + 1..e + 1 + w).is_some_and(is_conn)
            }
            // A capital or a non-ASCII letter may go on the name; punctuation does not.
            Some(n) => !n.is_ascii_uppercase() && (n < 0x80 || n == 0xC2 || n == 0xE2),
            None => true,
        },
        // "Mr.", "U.S.", "F." may go on; another word before a full stop does not.
        Some(b'.') => !is_abbrev(text.get(i..e).unwrap_or("")) && !wordy(1),
        // A possessive ends a name ("Kim's", "Kim’s"); other punctuation too.
        Some(b'\'') => at(1) == Some(b's') && !wordy(2),
        Some(0xE2) if text.get(e..).is_some_and(|t| t.starts_with('’')) => {
            at(3) == Some(b's') && !wordy(4)
        }
        Some(b'-') => false,
        Some(x) => x < 0x80 || x == 0xC2 || x == 0xE2,
    };
    single.then_some(e)
}

impl<'a> Speakers<'a> {
    /// Indexes a multi-word person name under each of its words.
    pub(super) fn add(&mut self, run: &[Tok]) {
        if run.iter().filter(|t| t.cap).nth(1).is_none() {
            return;
        }
        let Some((m, n)) = self.mention(run, false) else {
            return;
        };
        if !m.person || n < 2 {
            return;
        }
        let full = self.word_span(m.start, m.end);
        if !self.names.insert(full) {
            return;
        }
        for t in run
            .iter()
            .filter(|t| t.start >= m.start && t.end <= m.end && t.cap)
        {
            let list = self
                .index
                .entry(self.word_span(t.start, t.end))
                .or_default();
            if list.len() < MAX_NAMES {
                list.push((m.start, m.end));
            }
        }
    }

    /// Whether `word` is part of a multi-word person name in the article.
    pub(super) fn known(&self, word: &str) -> bool {
        self.index.contains_key(word)
    }

    /// The fullest form of the name at `text[a..b]`: the earliest indexed full name used
    /// before `at` that contains all its words ("Kim" → "Kim Jong-un", "Dela Cruz" →
    /// "Jericho Dela Cruz"; else the first one used later), upgraded to a longer variant
    /// used before `at`; else the name itself.
    pub(super) fn resolve(&self, a: usize, b: usize, at: usize) -> String {
        let name = self.word_span(a, b);
        let key = name.split_whitespace().last().unwrap_or(name);
        let list = self.index.get(key).map_or(&[][..], Vec::as_slice);
        // Index entries are in text order: the result only changes when one more of them
        // precedes the quote.
        let earlier = list.partition_point(|m| m.0 < at);
        let cached = self
            .resolved
            .borrow()
            .get(name)
            .filter(|c| c.0 == earlier)
            .map(|c| c.1.clone());
        if let Some(out) = cached {
            return out;
        }
        let words = |&(a, b): &(usize, usize)| self.word_span(a, b).split_whitespace();
        let single = !name.contains(char::is_whitespace);
        let fits = |m: &&(usize, usize)| {
            single || name.split_whitespace().all(|w| words(m).any(|x| x == w))
        };
        let before = || list[..earlier].iter().filter(fits);
        let mut best = before().next().or_else(|| list.iter().find(fits));
        for m in before() {
            let Some(b) = best else { break };
            let longer = words(m).count() > words(b).count();
            if longer && words(b).all(|w| words(m).any(|x| x == w)) {
                best = Some(m);
            }
        }
        let full = best.map_or(name, |&(a, b)| self.word_span(a, b));
        let out = match full.contains(['\n', '\t', '\r']) || full.contains("  ") {
            true => full.split_whitespace().collect::<Vec<_>>().join(" "),
            false => full.to_string(),
        };
        self.resolved
            .borrow_mut()
            .insert(name, (earlier, out.clone()));
        out
    }

    /// The capitalised run starting at `i` (restarting after a role word, as in
    /// "North Korean leader Kim Jong Un"): its name span and the index after it.
    pub(super) fn run_forward(&self, toks: &[Tok], i: usize) -> (Option<(usize, usize)>, usize) {
        let mut a = i;
        loop {
            let mut b = a;
            while let Some(t) = toks.get(b).filter(|t| t.word) {
                let conn = b > a
                    && !t.cap
                    && joins(self.word(t), &toks[a..b])
                    && toks.get(b + 1).is_some_and(|n| n.cap);
                if !(t.cap || conn) {
                    break;
                }
                b += 1;
                if t.poss {
                    break;
                }
            }
            let role = b > a && !toks[b - 1].poss && self.is(toks, b, ROLE);
            if role && toks.get(b + 1).is_some_and(|n| n.word && n.cap) && !toks[b].cap {
                a = b + 1;
                continue;
            }
            let run = &toks[a..b.min(a + MAX_RUN)];
            return (name_of(self.text, run).map(|(s, e, _)| (s, e)), b);
        }
    }
    /// The first token of the capitalised run that ends at token `k`.
    pub(super) fn run_start(&self, toks: &[Tok], k: usize) -> usize {
        let mut a = k;
        while a > 0 && k + 1 - a < MAX_RUN {
            let p = &toks[a - 1];
            let conn = a >= 2
                && !p.cap
                && joins(self.word(p), &toks[(a - 1).saturating_sub(MAX_RUN)..a - 1])
                && toks[a - 2].cap;
            if !p.word || p.poss || !(p.cap || conn) {
                break;
            }
            a -= 1;
        }
        a
    }
    /// Whether the tokens within `text[a..b]` name a person.
    pub(super) fn person_in(&self, toks: &[Tok], a: usize, b: usize) -> bool {
        let lo = toks.partition_point(|t| t.start < a);
        let hi = toks.partition_point(|t| t.end <= b);
        toks.get(lo..hi)
            .and_then(|run| self.mention(run, true))
            .is_some_and(|(m, _)| m.person)
    }
}
