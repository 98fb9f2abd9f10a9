//! Cue patterns in the windows around one quotation.
//!
//! Each pattern works on a handful of tokens next to the quote, so the cost per quote is
//! bounded by the window size, never by the article length.

use super::words::*;
use super::*;

/// Tokens read after a closing mark: enough for "…,” said X, a professor of …, at Y".
const AFTER_TOKENS: usize = 24;

/// What the text around a quote says about its speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Attr {
    /// A named speaker, as the fullest name used in the article.
    Named(String),
    /// Attributed, but to nobody named ("officials said", a pronoun with no antecedent).
    Unnamed,
    /// No attribution pattern next to the quote.
    NotFound,
}

/// Where a quote sits: byte offsets into the text, all on char boundaries.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Site {
    /// The opening mark.
    pub open: usize,
    /// Start of the window searched before the quote (same sentence, same paragraph).
    pub before: usize,
    /// Start of the sentence holding the opening mark; pronouns look before it.
    pub sentence: usize,
    /// The window after the closing mark, when the quote closes.
    pub after: Option<(usize, usize)>,
    /// The after-window runs to the paragraph end.
    pub at_para_end: bool,
    /// The quoted words end with a comma or dash, i.e. they expect an attribution.
    pub trailing_comma: bool,
    /// The quoted words end with a full stop: a capital after the close starts a new
    /// sentence rather than an attribution.
    pub ends_sentence: bool,
}

impl Speakers<'_> {
    /// The speaker of the quote at `site`: the pattern after the close wins over the
    /// one before the open.
    pub(crate) fn attribute(&self, site: &Site) -> Attr {
        let mut toks = std::mem::take(&mut *self.buf.borrow_mut());
        let found = self.attribute_with(site, &mut toks);
        toks.clear();
        *self.buf.borrow_mut() = toks;
        found
    }

    fn attribute_with(&self, site: &Site, toks: &mut Vec<Tok>) -> Attr {
        let stop = |t: &Tok| !t.word && matches!(self.word(t), "." | "!" | "?" | "。");
        if let Some((lo, hi)) = site.after {
            // Up to and including the end of the sentence after the closing mark.
            for t in tokens(self.text, lo, hi).take(AFTER_TOKENS) {
                toks.push(t);
                if stop(&t) {
                    break;
                }
            }
            let found = self.after(toks, site);
            if found != Attr::NotFound {
                return found;
            }
            toks.clear();
        }
        // From the last sentence end (". ", "! ", "? ", "。") before the opening mark.
        let window = self.word_span(site.before, site.open);
        let bytes = window.as_bytes();
        let dot = bytes
            .windows(2)
            .rposition(|w| matches!(w[0], b'.' | b'!' | b'?') && w[1].is_ascii_whitespace())
            .map(|k| k + 2);
        let maru = window.rfind('。').map(|k| k + '。'.len_utf8());
        let from = site.before + dot.max(maru).unwrap_or(0);
        toks.extend(tokens(self.text, from, site.open));
        if let Some(k) = toks.iter().rposition(stop) {
            toks.drain(..=k);
        }
        match self.before(toks, site) {
            Attr::NotFound => {
                let window = self.word_span(from, site.open);
                // Lead bytes of Hangul, kana and CJK ideographs.
                match window.bytes().any(|b| (0xE3..=0xED).contains(&b)) {
                    true => cjk::speaker(window).map_or(Attr::NotFound, Attr::Named),
                    false => Attr::NotFound,
                }
            }
            found => found,
        }
    }

    /// Token `k` is a word with one of the flags in `flag`.
    pub(super) fn is(&self, toks: &[Tok], k: usize, flag: u32) -> bool {
        toks.get(k)
            .is_some_and(|t| t.word && flags(self.word(t)) & flag != 0)
    }

    pub(super) fn text_is(&self, toks: &[Tok], k: usize, s: &str) -> bool {
        toks.get(k).is_some_and(|t| self.word(t) == s)
    }

    /// `, Kim said` · `, said Park Won-gon, a professor` · `, he added` ·
    /// `, according to X` · `, officials said` · a bare `, Putin` at a truncated end.
    fn after(&self, toks: &[Tok], site: &Site) -> Attr {
        let mut i = 0;
        let mut comma = site.trailing_comma;
        while toks
            .get(i)
            .is_some_and(|t| !t.word && matches!(self.word(t), "," | "—" | "–" | "-"))
        {
            comma = true;
            i += 1;
        }
        let Some(t) = toks.get(i).filter(|t| t.word) else {
            return Attr::NotFound;
        };
        if site.ends_sentence && t.cap {
            // “… today.” Putin said nothing more: a new sentence, not an attribution.
            return Attr::NotFound;
        }
        let f = flags(self.word(t));
        if f & ACC != 0 {
            let to = usize::from(self.text_is(toks, i + 1, "to"));
            return self.subject_forward(toks, i + 1 + to, site);
        }
        if f & INV != 0 {
            return self.subject_forward(toks, i + 1, site);
        }
        if f & PRON != 0 {
            let k = self.skip_aux(toks, i + 1);
            return match self.is(toks, k, CUE) {
                true => self.pronoun(self.word(t), site.sentence),
                false => Attr::NotFound,
            };
        }
        let art = f & ART != 0 && toks.get(i + 1).is_some_and(|n| n.word && n.cap);
        if !t.cap && !art {
            // "union leader Niels Verhoef told", "spokeswoman Katrin Vogel said"
            if let Some(named) = self.described(toks, i, site) {
                return named;
            }
        }
        if t.cap || art {
            let (name, k) = self.run_forward(toks, i + usize::from(art));
            // "Hesse's interior minister, Roland Brenner, told": a possessive, then the
            // description and the name.
            // "Northbridge manager Graham Whitlock told": the name after the description.
            let described = k > 0 && toks[k - 1].poss
                || k > i && toks.get(k).is_some_and(|t| self.descriptor(t));
            if described && let Some(named) = self.described(toks, k, site) {
                return named;
            }
            // "a Quandor spokesman said": the organisation speaks.
            if self.is(toks, self.skip_aux(toks, k + 1), CUE)
                && let Some((a, b)) = self.spokes_org(toks, k)
            {
                return Attr::Named(self.resolve(a, b, site.open));
            }
            let k = self.skip_apposition(toks, k);
            let k = self.skip_aux(toks, self.skip_affiliation(toks, k));
            let Some((a, b)) = name else {
                return Attr::NotFound;
            };
            let cue = self.is(toks, k, CUE);
            let bare = k >= toks.len() && toks.len() < AFTER_TOKENS && site.at_para_end;
            if cue || (bare && comma) {
                return Attr::Named(self.resolve(a, b, site.open));
            }
            return Attr::NotFound;
        }
        // "officials said", "a spokesman for the ministry said" (not "and promised")
        let nominal = |k: usize| {
            self.is(toks, k, ART | PREP) || toks.get(k).is_some_and(|t| self.descriptor(t))
        };
        if nominal(i) {
            for k in i + 1..toks.len().min(i + 6) {
                if self.is(toks, k, CUE) {
                    // "the minister said": the minister the article named, if clear.
                    return self.post_speaker(&toks[i..k], site, true);
                }
                if !nominal(k) {
                    break;
                }
            }
        }
        Attr::NotFound
    }

    /// The last cue before the quote in its sentence, and its subject.
    fn before(&self, toks: &[Tok], site: &Site) -> Attr {
        let cue = |t: &Tok| t.word && flags(self.word(t)) & (CUE | ACC) != 0;
        let Some(c) = toks.iter().rposition(cue) else {
            return self.colon_subject(toks, site);
        };
        let f = flags(self.word(&toks[c]));
        if f & ACC != 0 {
            let to = usize::from(self.text_is(toks, c + 1, "to"));
            return self.subject_forward(toks, c + 1 + to, site);
        }
        if f & ING != 0 {
            return self.first_subject(&toks[..c], site);
        }
        match self.subject_backward(toks, c, site) {
            Attr::NotFound if f & INV != 0 => self.subject_forward(toks, c + 1, site),
            found => found,
        }
    }

    /// The speaker named right after a cue: "said Putin", "according to the Kremlin".
    fn subject_forward(&self, toks: &[Tok], j: usize, site: &Site) -> Attr {
        let Some(t) = toks.get(j).filter(|t| t.word) else {
            return Attr::NotFound;
        };
        if self.is(toks, j, PRON) {
            return self.pronoun(self.word(t), site.sentence);
        }
        let art = self.is(toks, j, ART) && toks.get(j + 1).is_some_and(|n| n.word && n.cap);
        let j = j + usize::from(art);
        if !toks[j].cap {
            // "said contractor Luis Mendoza", "said retired teacher Jane Doe"
            let mut k = j;
            while k < j + 3 && toks.get(k).is_some_and(|t| self.descriptor(t)) {
                k += 1;
            }
            let cap = k > j && toks.get(k).is_some_and(|t| t.word && t.cap);
            if let Some((a, b)) = cap.then(|| self.run_forward(toks, k).0).flatten()
                && self.person_in(toks, a, b)
            {
                return Attr::Named(self.resolve(a, b, site.open));
            }
            // "said the zoo's director, Jordi Ferrer": a description, a comma, the name.
            if self.is(toks, j, ART) {
                let mut k = j + 1;
                while k < j + 5 && toks.get(k).is_some_and(|t| t.word && !t.cap) {
                    k += 1;
                }
                let comma = k > j + 1 && toks.get(k).is_some_and(|t| self.word(t) == ",");
                if comma
                    && toks.get(k + 1).is_some_and(|t| t.word && t.cap)
                    && let (Some((a, b)), _) = self.run_forward(toks, k + 1)
                    && self.person_in(toks, a, b)
                {
                    return Attr::Named(self.resolve(a, b, site.open));
                }
            }
            return Attr::Unnamed;
        }
        let (name, k) = self.run_forward(toks, j);
        // "said Kenya's Ruth Chebet": the name after the possessive.
        if k > j
            && toks[k - 1].poss
            && toks.get(k).is_some_and(|t| t.word && t.cap)
            && let (Some((a, b)), _) = self.run_forward(toks, k)
            && self.person_in(toks, a, b)
        {
            return Attr::Named(self.resolve(a, b, site.open));
        }
        match name {
            Some((a, b)) => Attr::Named(self.resolve(a, b, site.open)),
            None => Attr::Unnamed,
        }
    }

    /// The subject in front of cue `c`, skipping auxiliaries, dates and appositions:
    /// "Kim said", "The Kremlin has said", "Putin, who smiled, said", "The minister,
    /// Jonah Lanki, said", "Sen. Patricia Holloway, D-Hawaii, called", "Dr. Irene Castaño
    /// of the University of Valencia … said".
    pub(super) fn subject_backward(&self, toks: &[Tok], c: usize, site: &Site) -> Attr {
        let mut j = c;
        while j > 0 {
            let t = &toks[j - 1];
            let w = self.word(t);
            let skip = t.word && (flags(w) & CAL != 0 || (!t.cap && flags(w) & AUX != 0));
            if skip || (t.word && w == "on" && self.is(toks, j, CAL)) {
                j -= 1;
                continue;
            }
            if t.word || w != "," {
                break;
            }
            // ", <segment>, said": a name in the segment is the speaker; anything else
            // (a description, an age, "D-Hawaii") is skipped.
            let from = j.saturating_sub(26);
            let comma = toks[from..j - 1].iter().rposition(|u| self.word(u) == ",");
            let named = j >= 2 && toks[j - 2].word && toks[j - 2].cap;
            if named
                && self.person_in(
                    toks,
                    toks[self.run_start(toks, j - 2)].start,
                    toks[j - 2].end,
                )
            {
                j -= 1;
                break;
            }
            match comma {
                Some(m) => j = from + m,
                None => return Attr::NotFound,
            }
        }
        let Some(t) = j
            .checked_sub(1)
            .and_then(|k| toks.get(k))
            .filter(|t| t.word)
        else {
            return Attr::NotFound;
        };
        if self.is(toks, j - 1, PRON) {
            return self.pronoun(self.word(t), site.sentence);
        }
        if let Some((a, b)) = self.spokes_org(toks, j - 1) {
            return Attr::Named(self.resolve(a, b, site.open));
        }
        if !t.cap {
            // "The minister said: “…”"
            let mut a = j - 1;
            while a > 0 && self.descriptor(&toks[a - 1]) {
                a -= 1;
            }
            a = a.saturating_sub(usize::from(a > 0 && self.is(toks, a - 1, ART)));
            return self.post_speaker(&toks[a..j], site, true);
        }
        let mut a = self.run_start(toks, j - 1);
        // "X of the University of Y said": the speaker is X, before the preposition.
        let mut b = a;
        let art = b > 0 && self.is(toks, b - 1, ART) && !toks[b - 1].cap;
        b -= usize::from(art);
        let prep = b > 0 && self.is(toks, b - 1, PREP) && !toks[b - 1].cap;
        b -= usize::from(prep);
        if prep {
            let head = b > 0 && toks[b - 1].word && toks[b - 1].cap;
            let start = if head { self.run_start(toks, b - 1) } else { b };
            // "Chinese Consul General in Barcelona Li Wenhao said": a post and its place
            // before the name; `name_of` takes the post and the place off.
            let post = head && !art && self.is(toks, b - 1, TITLE);
            if post {
                a = start;
            } else if !head || !self.person_in(toks, toks[start].start, toks[b - 1].end) {
                return Attr::Unnamed;
            } else {
                (a, j) = (start, b);
            }
        }
        match name_of(self.text, &toks[a..j]) {
            Some((s, e, _)) => Attr::Named(self.resolve(s, e, site.open)),
            None => Attr::Unnamed,
        }
    }

    /// A quote introduced by a colon without a cue verb ("she thanked the rescuers:
    /// “…”"): the last pronoun or person named before the colon.
    fn colon_subject(&self, toks: &[Tok], site: &Site) -> Attr {
        if toks.last().is_none_or(|t| self.word(t) != ":") {
            return Attr::NotFound;
        }
        for k in (0..toks.len()).rev() {
            let t = &toks[k];
            if self.is(toks, k, PRON) {
                return self.pronoun(self.word(t), site.sentence);
            }
            if t.word && t.cap && !toks.get(k + 1).is_some_and(|n| n.word && n.cap) {
                let (a, b) = (toks[self.run_start(toks, k)].start, t.end);
                if self.person_in(toks, a, b) {
                    let run = &toks[self.run_start(toks, k)..=k];
                    if let Some((s, e, _)) = name_of(self.text, run) {
                        return Attr::Named(self.resolve(s, e, site.open));
                    }
                }
            }
        }
        Attr::NotFound
    }

    /// The first name or pronoun in the sentence (the subject of "…, adding “…”").
    fn first_subject(&self, toks: &[Tok], site: &Site) -> Attr {
        let mut i = 0;
        while let Some(t) = toks.get(i) {
            if self.is(toks, i, PRON) {
                return self.pronoun(self.word(t), site.sentence);
            }
            if t.word && t.cap {
                let (name, next) = self.run_forward(toks, i);
                if let Some((a, b)) = name {
                    return Attr::Named(self.resolve(a, b, site.open));
                }
                i = next.max(i + 1);
            } else {
                i += 1;
            }
        }
        Attr::NotFound
    }

    pub(super) fn skip_aux(&self, toks: &[Tok], mut k: usize) -> usize {
        while let Some(t) = toks.get(k).filter(|t| t.word) {
            let f = flags(self.word(t));
            if f & CAL != 0 || (!t.cap && f & AUX != 0) {
                k += 1;
            } else if self.word(t) == "on" && self.is(toks, k + 1, CAL) {
                k += 2;
            } else {
                break;
            }
        }
        k
    }
}
