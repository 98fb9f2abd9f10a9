//! The matching rules a similar pair must pass, asked of millions of pairs.
//!
//! Thresholds by kind ([`super::groups`] documents them), shared content and lowercase
//! words, compatible speakers, and whether a pair is similar enough to be rescued as a
//! disagreement. Everything a rule needs is prepared once per statement, as small sorted
//! id lists rather than sets of strings, so that asking about one pair costs a few
//! comparisons and the rules can be asked from several threads at once.

use super::groups::{
    FACT, PLAIN, PLAIN_RELAXED, QUOTE, QUOTE_ONE_WORD, QUOTE_OTHER_SHARED, QUOTE_OTHER_SPEAKER,
    QUOTE_UNATTRIBUTED, RELAXED_SHARED, RESCUE, RESCUE_SHARED, RESCUE_SHORT, SHARED,
    UNNAMED_REPORT,
};
use super::text::{name_tokens, same_speaker};
use super::{Kind, Statement};
use rustc_hash::FxHashMap as HashMap;

/// A similar pair of statements from different origins (16 bytes: millions of them).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Pair {
    /// The lower statement index.
    pub i: u32,
    /// The higher statement index.
    pub j: u32,
    /// Similarity, 0–1.
    pub score: f32,
    /// Content words they share.
    pub shared: u16,
    /// Whether it is a rescued disagreement (see [`super::groups::RESCUE`]).
    pub rescue: Rescue,
}

/// What is known of a pair's rescue: `differ` is costly, so it is asked at most once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rescue {
    /// Not asked yet.
    Unknown,
    /// Rescuable, and the two give different numbers, dates or days.
    Yes,
    /// Not rescued.
    No,
}

/// What the rules need of every statement.
pub(crate) struct Rules {
    /// The kind of each statement.
    kinds: Vec<Kind>,
    /// The lowercase word ids of all statements in a row, and where each starts (one
    /// more entry at the end): one array, not a list per statement, so that millions of
    /// pairs read near each other.
    plain: Vec<(u32, u8)>,
    plain_at: Vec<u32>,
    speakers: Vec<Vec<String>>,
    /// For a remark, the ids of its words in order (see [`Rules::attributed_apart`]);
    /// empty for a fact.
    said: Vec<Vec<u32>>,
    /// For a remark, the ids of its speaker's words of three letters or more; for a fact,
    /// the ids of those words (of any speaker) it contains. Sorted.
    names: Vec<Vec<u32>>,
}

impl Rules {
    /// Prepares the rules for `statements` with their lowercase word ids `plain`.
    pub(crate) fn new(statements: &[Statement], plain: &[Vec<(u32, u8)>]) -> Rules {
        let speakers: Vec<Vec<String>> = statements
            .iter()
            .map(|s| s.speaker.as_deref().map(name_tokens).unwrap_or_default())
            .collect();
        // Only speakers' words can make a fact name a speaker: number them, and look
        // each fact's words up once per distinct text (copies of a story repeat them).
        let mut ids: HashMap<&str, u32> = HashMap::default();
        for (s, tokens) in statements.iter().zip(&speakers) {
            if s.kind == Kind::Quote {
                for t in tokens.iter().filter(|t| t.len() >= 3) {
                    let next = ids.len() as u32;
                    ids.entry(t.as_str()).or_insert(next);
                }
            }
        }
        let mut by_text: HashMap<&str, Vec<u32>> = HashMap::default();
        let names = statements
            .iter()
            .zip(&speakers)
            .map(|(s, tokens)| {
                let mut found: Vec<u32> = match s.kind {
                    Kind::Quote => tokens
                        .iter()
                        .filter_map(|t| ids.get(t.as_str()))
                        .copied()
                        .collect(),
                    Kind::Fact if ids.is_empty() => Vec::new(),
                    Kind::Fact => {
                        let known = by_text.entry(s.text.as_str()).or_insert_with(|| {
                            super::text::words(&s.text)
                                .iter()
                                .filter_map(|w| ids.get(w.text.as_str()))
                                .copied()
                                .collect()
                        });
                        known.clone()
                    }
                };
                found.sort_unstable();
                found.dedup();
                found
            })
            .collect();
        let mut word_ids: HashMap<String, u32> = HashMap::default();
        let said = statements
            .iter()
            .map(|s| match s.kind {
                Kind::Fact => Vec::new(),
                Kind::Quote => super::text::words(&s.text)
                    .into_iter()
                    .map(|w| {
                        let next = word_ids.len() as u32;
                        *word_ids.entry(w.text).or_insert(next)
                    })
                    .collect(),
            })
            .collect();
        let mut plain_at = Vec::with_capacity(plain.len() + 1);
        plain_at.push(0);
        for p in plain {
            plain_at.push(plain_at.last().copied().unwrap_or(0) + p.len() as u32);
        }
        Rules {
            kinds: statements.iter().map(|s| s.kind).collect(),
            plain: plain.concat(),
            plain_at,
            speakers,
            said,
            names,
        }
    }

    /// The kind of statement `i`.
    pub(crate) fn kind(&self, i: usize) -> Kind {
        self.kinds[i]
    }

    /// The lowercase word ids of statement `i`.
    fn plain(&self, i: usize) -> &[(u32, u8)] {
        &self.plain[self.plain_at[i] as usize..self.plain_at[i + 1] as usize]
    }

    /// Whether fact `f` names the speaker of remark `q`: a sentence that reports a remark
    /// in other words ("Verhoef said the union did not oppose…") can match it.
    fn reports(&self, q: usize, f: usize) -> bool {
        self.kinds[q] == Kind::Quote
            && self.kinds[f] == Kind::Fact
            && self.names[q].iter().any(|t| self.names[f].contains(t))
    }

    /// Whether two remarks whose outlets name different speakers are still one remark
    /// attributed two ways: the names share a word ("Katrin Vogel" / "Katrin Vogt"), or
    /// the remarks share a run of [`QUOTE_VERBATIM`] words, as one statement released
    /// and credited to a body by one outlet and its head by another does. Two officials
    /// who say much the same thing do it in their own words.
    fn attributed_apart(&self, i: usize, j: usize) -> bool {
        let (x, y) = (&self.speakers[i], &self.speakers[j]);
        x.iter().any(|t| t.len() >= 3 && y.contains(t))
            || longest_run(&self.said[i], &self.said[j]) >= QUOTE_VERBATIM
    }

    /// Whether `i` and `j` are remarks that their outlets credit to one named speaker.
    fn one_speaker(&self, i: usize, j: usize) -> bool {
        let (x, y) = (&self.speakers[i], &self.speakers[j]);
        self.kinds[i] == Kind::Quote
            && self.kinds[j] == Kind::Quote
            && !x.is_empty()
            && !y.is_empty()
            && same_speaker(x, y)
    }

    /// Whether a pair passes the thresholds for its kinds (rescue aside).
    pub(crate) fn normal(&self, p: &Pair) -> bool {
        let (i, j, score) = (p.i as usize, p.j as usize, p.score);
        let shared = usize::from(p.shared);
        let (a, b) = (self.kinds[i], self.kinds[j]);
        let least = match (a, b) {
            (Kind::Quote, Kind::Quote) => QUOTE.min(QUOTE_UNATTRIBUTED),
            (Kind::Fact, Kind::Fact) => FACT,
            _ if self.reports(i, j) || self.reports(j, i) => FACT,
            _ => UNNAMED_REPORT,
        };
        // Names alone do not make two sentences one fact: they must share lowercase
        // words too ("Oda set up a task force" / "Oda will decide whether…"). A number
        // both give counts twice.
        let plain_least = if score >= PLAIN_RELAXED && shared >= RELAXED_SHARED {
            1
        } else {
            PLAIN
        };
        // One speaker's remark translated twice may share a single word ("There is no
        // risk to the environment" / "there is no threat to the environment"): enough
        // for two remarks of one named speaker that score well, if each is the other's
        // best (see `super::passing`).
        let one_word =
            (1..SHARED).contains(&shared) && score >= QUOTE_ONE_WORD && self.one_speaker(i, j);
        let plain_least = if one_word { 1 } else { plain_least };
        if (shared < SHARED && !one_word)
            || score < least
            || super::best::said(self.plain(i), self.plain(j)) < plain_least
        {
            return false;
        }
        let speakers = &self.speakers;
        match (a, b) {
            (Kind::Quote, Kind::Quote) => match (speakers[i].is_empty(), speakers[j].is_empty()) {
                (false, false) => {
                    (same_speaker(&speakers[i], &speakers[j]) && score >= QUOTE)
                        || (score >= QUOTE_OTHER_SPEAKER
                            && shared >= QUOTE_OTHER_SHARED
                            && self.attributed_apart(i, j))
                }
                _ => score >= QUOTE_UNATTRIBUTED,
            },
            _ => score >= FACT,
        }
    }

    /// Whether a pair is similar enough to be rescued if its facts disagree (`differ`
    /// decides that).
    pub(crate) fn rescuable(&self, p: &Pair) -> bool {
        self.kinds[p.i as usize] == Kind::Fact
            && self.kinds[p.j as usize] == Kind::Fact
            && ((p.score >= RESCUE && usize::from(p.shared) >= RESCUE_SHARED)
                || p.score >= RESCUE_SHORT)
    }
}

/// Words in a row two remarks must share to be one remark attributed two ways ("The
/// reduction is a pre-emptive measure" / "The reduction is a pre-emptive move").
const QUOTE_VERBATIM: usize = 4;

/// The length of the longest run of words `x` and `y` share, in order.
fn longest_run(x: &[u32], y: &[u32]) -> usize {
    // The classic table of common suffixes, one row at a time: remarks are short.
    let mut row = vec![0usize; y.len() + 1];
    let mut best = 0;
    for &a in x {
        let mut diagonal = 0;
        for (k, &b) in y.iter().enumerate() {
            let above = row[k + 1];
            row[k + 1] = if a == b { diagonal + 1 } else { 0 };
            best = best.max(row[k + 1]);
            diagonal = above;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::longest_run;

    #[test]
    fn longest_run_of_shared_words() {
        assert_eq!(longest_run(&[1, 2, 3, 4, 9], &[0, 2, 3, 4, 5]), 3);
        assert_eq!(longest_run(&[1, 2], &[3, 4]), 0);
        assert_eq!(longest_run(&[], &[1]), 0);
        assert_eq!(longest_run(&[7, 7, 7], &[7, 7]), 2);
    }
}
