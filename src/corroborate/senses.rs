//! Words that name one thing or act, from WordNet: "place"/"spot", "harm"/"injury",
//! "measure"/"step".
//!
//! Two agencies rarely choose the same word, and a translation picks a synonym at random;
//! exact stems miss those pairs. WordNet 3.0 (Princeton's lexical database, the standard
//! one, permissively licensed; `assets/synonyms/README.md` says how the table is made)
//! groups words into synsets, one per sense. The table keeps each word's commonest sense
//! only (WordNet lists senses by frequency): a rarer sense ("fire" for dismissing
//! someone) would join words that news copy never means alike. Within one comparison,
//! each lowercase word that shares a sense with another word of the corpus is replaced by
//! that sense, so both count as one term; names are never touched. No crate ships
//! WordNet's data in a form a matcher can load (the `wordnet` crates read the database
//! files from disk at run time), so the table is embedded like the templates, keyed by
//! Snowball stem and sorted, so that it is searched in place rather than loaded.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// The table: one line a stem, sorted, `stem<TAB>forms<TAB>synsets`.
const TABLE: &str = include_str!("../../assets/synonyms/wordnet.txt");

/// The table's lines, split once (a few thousand lines' worth of work for each
/// comparison would be wasted on a table that never changes).
fn lines() -> &'static [(&'static str, &'static str)] {
    static LINES: std::sync::OnceLock<Vec<(&str, &str)>> = std::sync::OnceLock::new();
    LINES.get_or_init(|| {
        TABLE
            .lines()
            .filter_map(|line| {
                let (stem, rest) = line.split_once('\t')?;
                let (_, synsets) = rest.split_once('\t')?;
                Some((stem, synsets))
            })
            .collect()
    })
}

/// The synsets of the words with Snowball stem `stem` (none for an unknown stem).
fn synsets(stem: &str) -> impl Iterator<Item = u32> {
    let lines = lines();
    let found = lines
        .binary_search_by(|(s, _)| (*s).cmp(stem))
        .map_or("", |i| lines[i].1);
    found.split(' ').filter_map(|n| n.parse().ok())
}

/// Replaces, in every statement of `docs`, each lowercase word (`true` mark, not a
/// number) that shares its commonest sense with another word of `docs` by that sense
/// (`"~"` and the synset's number). Where a word has several such senses (one per part
/// of speech, and per lemma of its stem), the one most words of `docs` share wins (then
/// the lower number), so the choice is the same in every statement.
pub(crate) fn fold(docs: &mut [Vec<(String, bool)>]) {
    let mut words: HashSet<&str> = HashSet::default();
    for doc in docs.iter() {
        for (t, plain) in doc {
            if *plain && !t.starts_with(|c: char| c.is_ascii_digit()) {
                words.insert(t.as_str());
            }
        }
    }
    // How many distinct words of the corpus each sense has.
    let mut count: HashMap<u32, u32> = HashMap::default();
    for w in &words {
        for s in synsets(w) {
            *count.entry(s).or_default() += 1;
        }
    }
    let mut chosen: HashMap<String, String> = HashMap::default();
    for w in &words {
        let best = synsets(w)
            .map(|s| (count.get(&s).copied().unwrap_or(0), std::cmp::Reverse(s)))
            .filter(|&(n, _)| n >= 2)
            .max();
        if let Some((_, std::cmp::Reverse(s))) = best {
            chosen.insert((*w).to_owned(), format!("~{s}"));
        }
    }
    if chosen.is_empty() {
        return;
    }
    for doc in docs.iter_mut() {
        for (t, plain) in doc.iter_mut() {
            if *plain && let Some(sense) = chosen.get(t.as_str()) {
                *t = sense.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corroborate::text::Analyzer;

    fn folded(texts: &[&str]) -> Vec<Vec<String>> {
        let an = Analyzer::default();
        let mut docs: Vec<Vec<(String, bool)>> = texts.iter().map(|t| an.marked_terms(t)).collect();
        fold(&mut docs);
        docs.into_iter()
            .map(|d| d.into_iter().map(|(t, _)| t).collect())
            .collect()
    }

    fn sense(doc: &[String]) -> Option<String> {
        doc.iter().find(|t| t.starts_with('~')).cloned()
    }

    fn none(d: &[Vec<String>]) -> bool {
        d.iter().flatten().all(|t| !t.starts_with('~'))
    }

    #[test]
    fn synonyms_in_their_commonest_sense_become_one_term() {
        let d = folded(&[
            "The win earned Brennberg a place in the league phase",
            "The win earned Brennberg a spot in the Europa League",
        ]);
        assert!(sense(&d[0]).is_some(), "{d:?}");
        assert_eq!(sense(&d[0]), sense(&d[1]));
        let d = folded(&["No harm was reported", "No injury was reported"]);
        assert!(sense(&d[0]).is_some(), "{d:?}");
        assert_eq!(sense(&d[0]), sense(&d[1]));
    }

    #[test]
    fn a_word_without_a_synonym_in_the_corpus_keeps_its_stem() {
        let d = folded(&["There was no harm done", "The talks resumed"]);
        assert!(none(&d), "{d:?}");
        assert!(d[0].contains(&"harm".to_owned()), "{d:?}");
    }

    #[test]
    fn the_table_is_sorted_and_agrees_with_the_stemmer() {
        let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
        let all = lines();
        assert!(all.len() > 20_000, "{} lines", all.len());
        assert!(
            all.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted, no repeats"
        );
        let mut differ = Vec::new();
        for line in TABLE.lines() {
            let mut fields = line.split('\t');
            let (stem, forms) = (fields.next().unwrap(), fields.next().unwrap());
            differ.extend(forms.split(',').filter(|form| stemmer.stem(form) != stem));
            assert!(synsets(stem).count() > 0, "{line}");
        }
        assert!(
            differ.is_empty(),
            "{} forms stem otherwise: {:?}",
            differ.len(),
            &differ[..differ.len().min(20)]
        );
    }

    #[test]
    fn rare_senses_and_names_are_left_alone() {
        // "fire" means dismissing someone only in a rarer sense; "release" means
        // setting free only in its second.
        let d = folded(&["The fire spread", "The company will dismiss staff"]);
        assert!(none(&d), "{d:?}");
        let d = folded(&["The hostages were freed", "The hostages were released"]);
        assert!(none(&d), "{d:?}");
        // Capitalised words are names: "Spot" the dog is not a place.
        let d = folded(&["Spot barked in the yard", "a place in the final"]);
        assert!(none(&d), "{d:?}");
    }
}
