//! Reported speech before a quote that has no cue of its own.
//!
//! Wire copy often names the speaker in a sentence of reported speech and lets the quote
//! that follows stand without a cue: "Mayor Anna Russo said the levee had been inspected
//! in May. The breach was “entirely preventable”." The quote is Russo's. Only a named
//! subject of a cue verb in the sentence right before counts (a person, an organisation,
//! or a pronoun that resolves to one), and only when the quote's own sentence names no
//! other person: "Her rival Kim dismissed the plan as “fantasy”" is not Russo's.

use super::attribution::Site;
use super::words::*;
use super::*;

/// Tokens read from the sentence before: a subject and its cue come early.
const REPORTED_TOKENS: usize = 40;

impl Speakers<'_> {
    /// The speaker the sentence before the quote at `site` reports ("Russo said the
    /// levee …"), when that sentence starts at or after `from` (the quote's paragraph, or
    /// the one before for a quote that is a paragraph of its own) and the quote's own
    /// sentence before its opening mark names no person.
    pub(crate) fn reported_before(&self, site: &Site, from: usize) -> Option<String> {
        if self
            .subject_in(site.sentence, site.open, Some(true))
            .is_some()
        {
            return None;
        }
        let (lo, hi, body) = self.sentence_before(site.sentence)?;
        if !body || lo < from {
            return None;
        }
        let toks: Vec<Tok> = tokens(self.text, lo, hi)
            .filter(|t| !self.in_quote(t.start))
            .take(REPORTED_TOKENS)
            .collect();
        // The first cue verb ("said", "told", "warned"), not a participle ("saying") or
        // "according to".
        let c = toks.iter().position(|t| {
            let f = flags(self.word(t));
            t.word && !t.cap && f & CUE != 0 && f & ING == 0
        })?;
        let reported = Site {
            sentence: lo,
            ..*site
        };
        match self.subject_backward(&toks, c, &reported) {
            Attr::Named(name) => Some(name),
            _ => None,
        }
    }
}
