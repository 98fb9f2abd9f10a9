//! Normalised content words for matching statements across outlets.
//!
//! Two agencies writing about one event differ in everything but substance: "U.S." and
//! "US", "Jong-un" and "Jong Un", "Kyiv" and "Kyïv", curly and straight quotes,
//! "labourers" and "laborers", "10,000" and "10000". Matching compares what is left after
//! folding those away: lowercase ASCII (via `deunicode`, which also turns curly quotes and
//! dashes into ASCII), abbreviations joined ("U.S." → one token), thousands separators
//! dropped, British spellings mapped to American, stop words removed (the NLTK English
//! list from `stop-words`, plus reporting verbs that every news sentence has) and the rest
//! stemmed with the Snowball English stemmer (`rust-stemmers`). Those crates are the
//! standard, maintained implementations; only the news-specific folds live here.

use super::lexicon::{IRREGULAR, NEWS_STOP, SPELLINGS, SYNONYMS};
use super::particulars::word_value;
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::HashSet;

/// Tokens that stand for a multi-word or abbreviated name, whatever the spelling.
fn alias(word: &str, caps: bool) -> Option<&'static str> {
    Some(match word {
        "us" | "usa" if caps => "usa",
        "un" if caps => "unitednations",
        "uk" if caps => "britain",
        "eu" if caps => "europeanunion",
        "dprk" => "northkorea",
        "rok" if caps => "southkorea",
        // Unit abbreviations and their words stem alike ("60 km" / "60 kilometres").
        "km" | "kms" => "kilomet",
        "kg" | "kgs" => "kilogram",
        "mph" => "mile",
        "rs" | "inr" => "rupe",
        _ => return None,
    })
}

/// Turns text into content-word stems; build once, use for every statement.
pub(crate) struct Analyzer {
    stemmer: Stemmer,
    stop: HashSet<&'static str>,
    synonyms: std::collections::HashMap<String, String>,
}

impl Default for Analyzer {
    fn default() -> Self {
        let mut stop: HashSet<&'static str> = stop_words::get("en").iter().copied().collect();
        stop.extend(NEWS_STOP);
        let stemmer = Stemmer::create(Algorithm::English);
        let mut synonyms = std::collections::HashMap::new();
        for group in SYNONYMS {
            let canonical = stemmer.stem(group[0]).into_owned();
            for w in &group[1..] {
                synonyms
                    .entry(stemmer.stem(w).into_owned())
                    .or_insert_with(|| canonical.clone());
            }
        }
        Analyzer {
            stemmer,
            stop,
            synonyms,
        }
    }
}

/// One word of folded text: lowercase ASCII, with whether it was written in capitals.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Word {
    /// Lowercase ASCII form ("10000" for "10,000", "us" for "U.S.").
    pub text: String,
    /// The word began with a capital letter.
    pub capital: bool,
    /// Every letter was a capital ("US", "U.S.", "NATO").
    pub caps: bool,
}

/// Splits `text` into folded words: ASCII via `deunicode`, "U.S." and "10,000" kept as
/// one word, hyphens and apostrophes split ("Jong-un" → "Jong", "un"; "Russia's" →
/// "Russia", "s").
pub(crate) fn words(text: &str) -> Vec<Word> {
    let folded = deunicode::deunicode(text);
    let b = folded.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        let mut word = String::new();
        if b[i].is_ascii_digit() {
            // 10,000 / 2.5 / 1,200.75: separators inside digits join.
            while i < b.len() {
                if b[i].is_ascii_digit() {
                    word.push(b[i] as char);
                    i += 1;
                } else if (b[i] == b',' || b[i] == b'.')
                    && b.get(i + 1).is_some_and(u8::is_ascii_digit)
                    && i > start
                {
                    if b[i] == b'.' {
                        word.push('.');
                    }
                    i += 1;
                } else {
                    break;
                }
            }
        } else {
            // Letters; single letters joined by dots are one abbreviation ("U.S.").
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            while i - start >= 1
                && b.get(i) == Some(&b'.')
                && b.get(i + 1).is_some_and(u8::is_ascii_alphabetic)
                && b.get(i + 2).is_none_or(|c| !c.is_ascii_alphanumeric())
                && folded[start..i].split('.').all(|part| part.len() == 1)
            {
                i += 2;
            }
            word.extend(folded[start..i].chars().filter(|c| *c != '.'));
        }
        let raw = &folded[start..i];
        let capital = raw.starts_with(|c: char| c.is_ascii_uppercase());
        let caps = capital && !raw.chars().any(|c| c.is_ascii_lowercase());
        word.make_ascii_lowercase();
        out.push(Word {
            text: word,
            capital,
            caps,
        });
    }
    out
}

impl Analyzer {
    /// Content-word stems of `text`, in order (repeats kept).
    pub(crate) fn terms(&self, text: &str) -> Vec<String> {
        self.marked_terms(text)
            .into_iter()
            .map(|(t, _)| t)
            .collect()
    }

    /// Content-word stems of `text`, each with whether it came from a lowercase word (or a
    /// number) rather than a capitalised one: what a statement says, apart from whom.
    pub(crate) fn marked_terms(&self, text: &str) -> Vec<(String, bool)> {
        let words = words(text);
        let mut out = Vec::with_capacity(words.len());
        let mut i = 0;
        while i < words.len() {
            let w = &words[i];
            let next = words.get(i + 1).map(|n| n.text.as_str());
            // "United States" / "United Nations" / "North Korea" as one token each.
            let pair = match (w.text.as_str(), next) {
                ("united", Some("states")) => Some("usa"),
                ("united", Some("nations")) => Some("unitednations"),
                ("north", Some("korea" | "korean" | "koreans")) => Some("northkorea"),
                ("south", Some("korea" | "korean" | "koreans")) => Some("southkorea"),
                ("no", Some("one")) => Some("nobodi"),
                _ => None,
            };
            if let Some(p) = pair {
                out.push((p.to_owned(), false));
                i += 2;
                continue;
            }
            i += 1;
            if let Some(a) = alias(&w.text, w.caps) {
                // "US" names a country; "km" is a plain word.
                out.push((a.to_owned(), !w.capital));
                continue;
            }
            // Numbers spelled out ("seven days", "Twenty-three miners") are the numbers
            // another outlet writes in digits.
            if let Some(n) = word_value(&w.text) {
                let unit = if n >= 20 {
                    words
                        .get(i)
                        .and_then(|u| word_value(&u.text))
                        .filter(|&u| u < 10)
                } else {
                    None
                };
                if unit.is_some() {
                    i += 1;
                }
                out.push(((n + unit.unwrap_or(0)).to_string(), true));
                continue;
            }
            if w.text.len() < 2 && !w.text.starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            if self.stop.contains(w.text.as_str()) {
                continue;
            }
            if w.text.starts_with(|c: char| c.is_ascii_digit()) {
                // A number and its scale are one amount however it is written: "Rs 540
                // crore" (South Asian units), "5.4 billion rupees" and "5,400 million"
                // are all 5400000000.
                let scale = match words.get(i).map(|n| n.text.as_str()) {
                    Some("thousand") => Some(1e3),
                    Some("lakh" | "lakhs") => Some(1e5),
                    Some("million" | "mn" | "mln") => Some(1e6),
                    Some("crore" | "crores") => Some(1e7),
                    Some("billion" | "bn" | "bln") => Some(1e9),
                    Some("trillion" | "tn") => Some(1e12),
                    _ => None,
                };
                match (scale, w.text.parse::<f64>()) {
                    (Some(scale), Ok(n)) => {
                        // "million" stays a term of its own, so two sums that differ
                        // ("97.4 billion won" / "79.4 billion won") still share it; a
                        // lakh or a crore is written in digits by other outlets.
                        out.push((format!("{}", (n * scale).round()), true));
                        if scale == 1e5 || scale == 1e7 {
                            i += 1;
                        }
                    }
                    _ => out.push((w.text.clone(), true)),
                }
                continue;
            }
            let spelled = SPELLINGS
                .iter()
                .find_map(|(uk, us)| w.text.strip_prefix(uk).map(|rest| format!("{us}{rest}")));
            let word = spelled.as_deref().unwrap_or(&w.text);
            let word = american_z(word);
            let word = IRREGULAR
                .iter()
                .find(|(form, _)| *form == word)
                .map_or(word.as_ref(), |(_, base)| base);
            let stem = self.stemmer.stem(word);
            let stem = self
                .synonyms
                .get(stem.as_ref())
                .cloned()
                .unwrap_or_else(|| stem.into_owned());
            // Days and months are capitalised but are what a fact says, not whom.
            let calendar =
                crate::dates::is_weekday(&w.text) || crate::dates::month(&w.text).is_some();
            let plain = !w.capital || calendar;
            out.push((stem, plain));
        }
        out
    }
}

/// Joins two neighbouring terms of each statement into one where the joined form is itself
/// a term somewhere in `docs` ("Coast Guard" where another outlet writes "coastguard",
/// "cease fire" / "ceasefire"): compounds are spelled open or closed by house style, and
/// the corpus says which closed forms exist.
pub(crate) fn join_compounds(docs: &mut [Vec<(String, bool)>]) {
    let single: HashSet<String> = docs
        .iter()
        .flat_map(|d| d.iter().map(|(t, _)| t.clone()))
        .filter(|t| t.len() >= 6 && !t.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    for doc in docs.iter_mut() {
        let mut k = 0;
        while k + 1 < doc.len() {
            let joined = format!("{}{}", doc[k].0, doc[k + 1].0);
            if doc[k].0.len() >= 3 && doc[k + 1].0.len() >= 3 && single.contains(&joined) {
                let plain = doc[k].1 || doc[k + 1].1;
                doc[k] = (joined, plain);
                doc.remove(k + 1);
            }
            k += 1;
        }
    }
}

/// "-ise"/"-isation" → "-ize"/"-ization" ("denuclearisation", "organised"), so British
/// and American spellings stem alike. Short words ("rise", "wise") are left alone.
fn american_z(word: &str) -> std::borrow::Cow<'_, str> {
    for (uk, us) in [
        ("isation", "ization"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ise", "ize"),
    ] {
        if let Some(stem) = word.strip_suffix(uk)
            && stem.len() >= 4
            && ![
                "advert", "exerc", "comprom", "superv", "surpr", "premi", "enterpr",
            ]
            .iter()
            .any(|x| stem.ends_with(x))
        {
            return format!("{stem}{us}").into();
        }
    }
    word.into()
}

/// A speaker's name as comparable tokens: folded, lowercase, titles dropped ("President
/// Vladimir Putin" → `[vladimir, putin]`, "Kim Jong-un" → `[kim, jong, un]`).
pub(crate) fn name_tokens(name: &str) -> Vec<String> {
    const TITLES: &[&str] = &[
        "president",
        "prime",
        "minister",
        "secretary",
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "general",
        "sen",
        "senator",
        "rep",
        "leader",
        "chairman",
        "premier",
        "king",
        "queen",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "foreign",
        "defense",
        "defence",
        "the",
    ];
    words(name)
        .into_iter()
        .map(|w| w.text)
        .filter(|w| !TITLES.contains(&w.as_str()))
        .collect()
}

/// Whether two speaker names can be the same person: one's tokens contain the other's
/// ("Putin" and "Vladimir Putin"; "Kim Jong-un" and "Kim Jong Un"), but not "Kim Jong Il"
/// and "Kim Jong Un".
pub(crate) fn same_speaker(a: &[String], b: &[String]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // Transliterations differ by a letter or two ("Yury"/"Yuri", "Dmitry"/"Dmitri");
    // short tokens ("Il"/"Un") must be equal.
    let same = |x: &String, y: &String| {
        x == y || (x.len() >= 4 && y.len() >= 4 && strsim::jaro_winkler(x, y) >= 0.88)
    };
    short.iter().all(|t| long.iter().any(|u| same(t, u)))
}

#[cfg(test)]
mod tests;
