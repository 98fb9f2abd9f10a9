//! Speakers known by their post: a description before the name ("union leader Niels
//! Verhoef told", "the hospital's managing director, Frank Lehmann, told"), and a post
//! alone ("the minister said") for the person the article named with that post.
//!
//! "The minister" is the one person named earlier with a post holding "minister" (and the
//! other words of the phrase: "the health minister"): "Minister of Health Grace Tembo",
//! "health minister Grace Tembo", "Grace Tembo, the health minister,". When several were,
//! the nearest person named before the quote decides if they are one of them; otherwise
//! the speaker stays unnamed. "A spokesman said" is never resolved to a person: the
//! indefinite article says it is someone not named; "a Quandor spokesman" speaks for the
//! organisation, which becomes the speaker (as "the Kremlin said" does).

use super::attribution::{Attr, Site};
use super::words::*;
use super::*;

/// The paragraphs read for people named with a post: the next paragraph to read, and the
/// people found, in text order.
pub(super) type PostIndex = (usize, Vec<Titled>);

/// A person the article names with a post, or an organisation: the name's span and the
/// post's lowercase words, each followed by a space ("minister of health "; an
/// organisation's own words and its apposition: "riverton dockworkers' union umbrella
/// union for port staff ").
#[derive(Debug)]
pub(super) struct Titled {
    start: usize,
    end: usize,
    post: String,
    /// An organisation, not a person: only "the union said" finds it.
    org: bool,
}

/// Lowercase words read before a name as its post ("public works minister Rakesh Dubey").
const POST_BEFORE: usize = 4;
/// Bytes read after a name for an apposition (", the health minister,").
const POST_AFTER: usize = 80;
/// How far before a quote a post holder is looked for: bytes, and people named with a
/// post (bounds the work per quote on very long texts).
const POST_WINDOW: usize = 20_000;
const POST_NAMES: usize = 64;
/// How far before "the union said" its organisation is looked for, in bytes: a few
/// paragraphs, since an article names many organisations and "the bank" is the one it
/// has just been writing about.
const ORG_WINDOW: usize = 3_000;

/// What a story calls an organisation by a word of its name: "the agency" for an
/// Administration or an Authority, "the military" for an Army.
const KINDS: &[(&str, &str)] = &[
    ("administration", "agency"),
    ("authority", "agency"),
    ("authorities", "agency"),
    ("bureau", "agency"),
    ("service", "agency"),
    ("department", "ministry"),
    ("tribunal", "court"),
    ("federation", "union"),
    ("confederation", "union"),
    ("organization", "group"),
    ("organisation", "group"),
    ("association", "group"),
    ("army", "military"),
    ("forces", "military"),
    ("navy", "military"),
    ("airlines", "airline"),
    ("airways", "airline"),
    ("airlines", "carrier"),
    ("airways", "carrier"),
    ("parliament", "legislature"),
    ("assembly", "legislature"),
    ("congress", "legislature"),
    ("bank", "lender"),
];

impl Speakers<'_> {
    /// A description, then a person's name, then a cue, from token `i`: "union leader
    /// Niels Verhoef told", "interior minister, Roland Brenner, told", "the state’s public
    /// works minister Rakesh Dubey said". `None` when the tokens do not read so.
    pub(super) fn described(&self, toks: &[Tok], i: usize, site: &Site) -> Option<Attr> {
        // "the hospital's managing director, Frank Lehmann, told"
        let i = i + usize::from(self.is(toks, i, ART) && !toks[i].cap);
        let mut k = i;
        while k < i + 4 && toks.get(k).is_some_and(|t| self.descriptor(t)) {
            k += 1;
        }
        if k == i {
            return None;
        }
        k += usize::from(self.text_is(toks, k, ","));
        toks.get(k).filter(|t| t.word && t.cap)?;
        let (name, e) = self.run_forward(toks, k);
        let (a, b) = name?;
        let mut e = self.skip_apposition(toks, e);
        e += usize::from(self.text_is(toks, e, ","));
        let e = self.skip_aux(toks, self.skip_affiliation(toks, e));
        (self.is(toks, e, CUE) && self.person_in(toks, a, b))
            .then(|| Attr::Named(self.resolve(a, b, site.open)))
    }

    /// A lowercase word that may describe the person named after it ("contractor").
    pub(super) fn descriptor(&self, t: &Tok) -> bool {
        let w = self.word(t);
        let function = matches!(w, "that" | "which" | "who" | "and" | "but" | "or" | "as");
        t.word && !t.cap && !function && flags(w) & (PREP | ART | AUX | CUE | PRON | CONN) == 0
    }

    /// Skips ", a professor at X," or ", Andes Pacific Copper's vice president," after a
    /// name (the caller checks that a cue follows).
    pub(super) fn skip_apposition(&self, toks: &[Tok], k: usize) -> usize {
        if !self.text_is(toks, k, ",") {
            return k;
        }
        let end = toks.len().min(k + 26);
        let rest = toks.get(k + 1..end).unwrap_or(&[]);
        match rest.iter().position(|t| self.word(t) == ",") {
            Some(m) => k + 2 + m,
            None => k,
        }
    }

    /// Skips an affiliation after a name up to its cue, "of the Munich firm Greif &
    /// Partner" in "lawyer Thomas Greif of the Munich firm Greif & Partner told": a
    /// preposition, then at most eight tokens without a comma or a sentence end.
    pub(super) fn skip_affiliation(&self, toks: &[Tok], k: usize) -> usize {
        if toks.get(k).is_none_or(|t| t.cap) || !self.is(toks, k, PREP) {
            return k;
        }
        for j in k + 1..toks.len().min(k + 9) {
            if self.is(toks, j, CUE) {
                return j;
            }
            if matches!(self.word(&toks[j]), "," | "." | ";" | ":" | "!" | "?") {
                break;
            }
        }
        k
    }

    /// The speaker of "the minister said" (`phrase` is "the minister"): the person the
    /// article named with that post before the quote, if it is clear who; with `recent`,
    /// the nearest person named decides between several.
    pub(super) fn post_speaker(&self, phrase: &[Tok], site: &Site, recent: bool) -> Attr {
        let Some(post) = self.post_words(phrase) else {
            return Attr::Unnamed;
        };
        let holder = self
            .post_holder(&post, site.open, site.sentence, recent)
            .or_else(|| self.org_holder(&post, site.open));
        match holder {
            Some((a, b)) => Attr::Named(self.resolve(a, b, site.open)),
            None => Attr::Unnamed,
        }
    }

    /// The organisation "the umbrella union" or "the ministry" stands for: the nearest
    /// organisation named before `at` whose name and apposition hold all of `post` (a
    /// plural name word serves: "Unions" for "the union"), when the post's last word is an
    /// organisation word ("Union", "Ministry", "Agency"). "The Riverton Dockworkers' Union,
    /// the umbrella union for port staff, …" then "the umbrella union said".
    fn org_holder(&self, post: &[&str], at: usize) -> Option<(usize, usize)> {
        let head = post.last()?;
        let mut capital = String::with_capacity(head.len());
        let mut chars = head.chars();
        capital.extend(chars.next()?.to_uppercase());
        capital.push_str(chars.as_str());
        if flags(&capital) & ORG == 0 && !KINDS.iter().any(|(_, kind)| kind == head) {
            return None;
        }
        let mut index = self.titled.borrow_mut();
        self.read_posts(&mut index, at);
        let list = &index.1;
        let before = &list[..list.partition_point(|t| t.start < at)];
        let holds = |t: &&Titled| {
            post.iter().all(|w| {
                t.post
                    .split(' ')
                    .any(|p| p == *w || p.strip_suffix('s') == Some(w))
            })
        };
        before
            .iter()
            .rev()
            .filter(|t| t.org)
            .take(POST_NAMES)
            .take_while(|t| t.start + ORG_WINDOW >= at)
            .find(holds)
            .map(|t| (t.start, t.end))
    }

    /// The words of a definite post phrase, "the health minister" → ["health",
    /// "minister"]; `None` unless it is "the", then lowercase descriptions (up to a
    /// preposition: "the spokesman for the ministry" → ["spokesman"]).
    fn post_words(&self, phrase: &[Tok]) -> Option<Vec<&str>> {
        let first = phrase.first().map(|t| self.word(t))?;
        if !matches!(first, "the" | "The") {
            return None;
        }
        let mut words = Vec::new();
        for t in &phrase[1..] {
            if self.is(std::slice::from_ref(t), 0, PREP) {
                break;
            }
            if !self.descriptor(t) {
                return None;
            }
            if !t.poss {
                words.push(self.word(t));
            }
        }
        (!words.is_empty()).then_some(words)
    }

    /// The one person named before `at` with a post holding all of `post`; with `recent`,
    /// among several the one the pronoun rules find nearest before `sentence`.
    pub(super) fn post_holder(
        &self,
        post: &[&str],
        at: usize,
        sentence: usize,
        recent: bool,
    ) -> Option<(usize, usize)> {
        let mut found: Vec<(String, (usize, usize))> = Vec::new();
        {
            let mut index = self.titled.borrow_mut();
            self.read_posts(&mut index, at);
            let list = &index.1;
            let before = &list[..list.partition_point(|t| t.start < at)];
            // People only: the organisations read with them do not take their places.
            let near: Vec<&Titled> = before
                .iter()
                .rev()
                .filter(|t| !t.org)
                .take(POST_NAMES)
                .take_while(|t| t.start + POST_WINDOW >= at)
                .collect();
            // Oldest first, so that a name resolves as it did when it was introduced.
            for t in near.into_iter().rev() {
                let holds = post.iter().all(|w| t.post.split(' ').any(|p| p == *w));
                if holds {
                    let name = self.resolve(t.start, t.end, at);
                    if found.iter().all(|(n, _)| *n != name) {
                        found.push((name, (t.start, t.end)));
                    }
                }
            }
        }
        match found.as_slice() {
            [] => None,
            [(_, span)] => Some(*span),
            _ if recent => match self.pronoun("he", sentence) {
                Attr::Named(n) => found.iter().find(|(f, _)| *f == n).map(|(_, s)| *s),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether the sentence `text[lo..hi]` attributes words to someone by post only ("…,”
    /// a Quandor spokesman said", "the minister told"): then it is the antecedent of a
    /// pronoun after it, and the result is that person when the article named them.
    pub(super) fn post_subject(&self, lo: usize, hi: usize) -> Option<Option<(usize, usize)>> {
        let toks: Vec<Tok> = tokens(self.text, lo, hi)
            .filter(|t| !self.in_quote(t.start))
            .collect();
        let k = (0..toks.len()).find(|&k| {
            let t = &toks[k];
            let role = t.word && !t.cap && flags(self.word(t)) & ROLE != 0;
            let cue_after = self.is(&toks, self.skip_aux(&toks, k + 1), CUE);
            let cue_before = k >= 2 && self.is(&toks, k - 2, CUE) && self.is(&toks, k - 1, ART);
            role && (cue_after || cue_before)
        })?;
        if let Some(org) = self.spokes_org(&toks, k) {
            return Some(Some(org));
        }
        let mut a = k;
        while a > 0 && self.descriptor(&toks[a - 1]) {
            a -= 1;
        }
        a = a.saturating_sub(usize::from(a > 0 && self.is(&toks, a - 1, ART)));
        let post = self.post_words(&toks[a..=k]);
        Some(post.and_then(|p| self.post_holder(&p, lo, lo, false)))
    }

    /// "a Quandor spokesman", "the Kremlin's spokesman": token `k` is a spokesman of the
    /// organisation named just before it; its span. A person's spokesman ("a Trump
    /// spokesman") is not the person.
    pub(super) fn spokes_org(&self, toks: &[Tok], k: usize) -> Option<(usize, usize)> {
        let w = toks
            .get(k)
            .filter(|t| t.word && !t.cap)
            .map(|t| self.word(t))?;
        if !matches!(w, "spokesman" | "spokeswoman" | "spokesperson") {
            return None;
        }
        let prev = toks.get(k.checked_sub(1)?).filter(|t| t.word && t.cap)?;
        let start = self.run_start(toks, k - 1);
        let (a, b, _) = name_of(self.text, &toks[start..k])?;
        (b <= prev.end && !self.person_in(toks, a, b)).then_some((a, b))
    }

    /// Reads the people named with a post in the body paragraphs that start before `at`
    /// into `index` (the next paragraph to read, and the people in text order), skipping
    /// paragraphs too far before `at` and forgetting people read long before: each
    /// paragraph is read at most once.
    fn read_posts(&self, index: &mut PostIndex, at: usize) {
        let (next, list) = index;
        while let Some(p) = self.paras.get(*next).filter(|p| p.start < at) {
            if p.body && p.end + POST_WINDOW >= at {
                runs(self.text, p.start, p.end, false, |run| {
                    if let Some(t) = self.post_of(run, p.end) {
                        list.push(t);
                    }
                });
            }
            *next += 1;
        }
        // Pronoun lookups ask about sentences a little before the quote being read.
        let old = list.partition_point(|t| t.start + POST_WINDOW + 2 * PRONOUN_BYTES < at);
        list.drain(..old);
    }

    /// The post of the person named in `run`: the run's words before the name ("Minister
    /// of Health"), lowercase words just before it ("public works minister") and an
    /// apposition after it (", the health minister,").
    fn post_of(&self, run: &[Tok], para_end: usize) -> Option<Titled> {
        let (m, _) = self.mention(run, false)?;
        if self.in_quote(m.start) {
            return None;
        }
        let name = self.word_span(m.start, m.end);
        let org = !m.person;
        if org && !name.split(' ').any(|w| flags(w) & ORG != 0) {
            return None;
        }
        let mut post = String::new();
        let mut add = |w: &str| {
            post.push_str(&w.to_lowercase());
            post.push(' ');
        };
        let lead = run.first().map_or(m.start, |t| t.start);
        let before = self.word_span(
            super::super::floor_boundary(self.text, lead.saturating_sub(60)),
            lead,
        );
        let lower: Vec<&str> = before
            .split_whitespace()
            .rev()
            .take(if before.ends_with(' ') {
                POST_BEFORE
            } else {
                0
            })
            .take_while(|w| {
                let w = w.trim_end_matches("’s").trim_end_matches("'s");
                !w.is_empty()
                    && w.chars()
                        .all(|c| c.is_lowercase() || c == '-' || c.is_ascii_digit())
                    && w.chars().any(char::is_lowercase)
                    && flags(w) & (PREP | ART | AUX | CUE | PRON | CONN) == 0
            })
            .collect();
        if org {
            for w in name.split(' ') {
                add(w);
                // "Federal Aviation Administration" is "the agency" too.
                let lower = w.to_lowercase();
                KINDS
                    .iter()
                    .filter(|(word, _)| *word == lower)
                    .for_each(|(_, kind)| add(kind));
            }
        } else {
            lower.iter().rev().for_each(|w| add(w));
        }
        run.iter()
            .filter(|t| t.word && t.end <= m.start)
            .for_each(|t| add(self.word(t)));
        let after = self.word_span(
            m.end,
            super::super::floor_boundary(self.text, (m.end + POST_AFTER).min(para_end)),
        );
        if let Some(rest) = after.strip_prefix(", ") {
            let seg = rest
                .split([',', '.', ';', '"', '“', '”'])
                .next()
                .unwrap_or("");
            let words: Vec<&str> = seg.split_whitespace().collect();
            let article = words
                .first()
                .is_some_and(|w| matches!(*w, "the" | "a" | "an"));
            if article && words.len() <= 6 {
                words.iter().skip(1).for_each(|w| add(w));
            }
            // "Maria Lopez, 52," is "the 52-year-old".
            if let [age] = words.as_slice()
                && !org
                && (1..=3).contains(&age.len())
                && age.bytes().all(|b| b.is_ascii_digit())
            {
                add(&format!("{age}-year-old"));
            }
        }
        (!post.is_empty()).then_some(Titled {
            start: m.start,
            end: m.end,
            post,
            org,
        })
    }
}
