//! Corroboration badges in the reader's right margin: "+2: AFP, TASS" beside a sentence
//! that other outlets also report, a warning-coloured "≠ number" beside one they report
//! differently.
//!
//! The badges of the open article are derived once per article and comparison
//! ([`badges_of`], a pure function of [`Sources`]) and kept sorted by position; the
//! reader draws those of the visible paragraphs in its gutter ([`super::margin`]). A
//! badge's accessible name says it in words ("Confirmed by AFP, AP: +2"); its tooltip
//! lists the matching sentences and their outlets; a click jumps to the first of them.

use crate::corroborate::sources::Sources;
use crate::project::SourceId;
use std::collections::BTreeMap;
use std::ops::Range;

/// Characters of outlet names shown in a badge before it is shortened.
const MAX_OUTLETS: usize = 12;

/// Whether a badge confirms or warns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Other outlets report the same.
    Confirmed,
    /// Other outlets report it with a different number, date or name.
    Differs,
}

/// A line of a badge's tooltip.
#[derive(Debug, Clone, PartialEq)]
pub enum TipLine {
    /// What differs (`number: "12,000" vs "more than 10,000"`).
    Heading(String),
    /// A matching sentence (or a value) and its outlet.
    Quote {
        /// The outlet.
        outlet: String,
        /// The sentence or value.
        text: String,
    },
}

/// A badge beside one sentence of the open article.
#[derive(Debug, Clone, PartialEq)]
pub struct Badge {
    /// The article byte the badge is level with (its statements' start).
    pub anchor: usize,
    /// Confirming or warning.
    pub tone: Tone,
    /// What the badge says.
    pub text: String,
    /// Its accessible name.
    pub label: String,
    /// Where a click goes: a matching statement in another article.
    pub target: Option<(SourceId, Range<usize>)>,
    /// The tooltip.
    pub tip: Vec<TipLine>,
}

/// "+N: outlets" with the outlet list shortened to about [`MAX_OUTLETS`] characters.
pub fn confirm_text(outlets: &[String]) -> String {
    let mut list = String::new();
    let mut shown = 0;
    for o in outlets {
        let sep = if list.is_empty() { "" } else { ", " };
        if list.chars().count() + sep.len() + o.chars().count() > MAX_OUTLETS {
            break;
        }
        list.push_str(sep);
        list.push_str(o);
        shown += 1;
    }
    if shown == 0 && !outlets.is_empty() {
        let first: String = outlets[0].chars().take(MAX_OUTLETS - 1).collect();
        list = format!("{}…", first.trim_end());
    } else if shown < outlets.len() {
        list.push_str(", …");
    }
    format!("+{}: {list}", outlets.len())
}

/// The badges of article `source` in the comparison, by position.
pub fn badges_of(sources: &Sources, source: SourceId) -> Vec<Badge> {
    let Some(article) = sources.article_of(source) else {
        return Vec::new();
    };
    let found = &sources.found;
    let outlet = |s: usize| -> String {
        let a = found.statements[s].article;
        found.outlets.get(a).cloned().unwrap_or_default()
    };
    let target = |s: usize| {
        let st = &found.statements[s];
        sources
            .source_of_statement(s)
            .map(|id| (id, st.start..st.end))
    };
    // Matched statements by the sentence they start in: one badge per sentence.
    let mut by_sentence: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for s in found.statements_of(article) {
        if found.is_matched(s) {
            let first = found.statements[s].sentences.start;
            by_sentence.entry(first).or_default().push(s);
        }
    }
    let mut badges = Vec::new();
    for own in by_sentence.values() {
        let anchor = own
            .iter()
            .map(|&s| found.statements[s].start)
            .min()
            .unwrap_or(0);
        let mut confirming: Vec<usize> = Vec::new();
        let mut differ: Vec<usize> = Vec::new();
        for &s in own {
            for c in found.confirming(s) {
                if !confirming.contains(&c) && !own.contains(&c) {
                    confirming.push(c);
                }
            }
            for (i, d) in found.discrepancies.iter().enumerate() {
                if d.members.iter().any(|m| m.statement == s) && !differ.contains(&i) {
                    differ.push(i);
                }
            }
        }
        if !confirming.is_empty() {
            let outlets = found.outlets_of(&confirming);
            badges.push(Badge {
                anchor,
                tone: Tone::Confirmed,
                text: confirm_text(&outlets),
                label: format!("Confirmed by {}: +{}", outlets.join(", "), outlets.len()),
                target: target(confirming[0]),
                tip: (confirming.iter())
                    .map(|&c| TipLine::Quote {
                        outlet: outlet(c),
                        text: found.statements[c].text.clone(),
                    })
                    .collect(),
            });
        }
        if !differ.is_empty() {
            let mut kinds: Vec<&str> = Vec::new();
            let mut others: Vec<usize> = Vec::new();
            let mut tip = Vec::new();
            for &i in &differ {
                let d = &found.discrepancies[i];
                if !kinds.contains(&d.kind.label()) {
                    kinds.push(d.kind.label());
                }
                tip.push(TipLine::Heading(d.what.clone()));
                // Compared as particulars: "about 12,000" agrees with "12,000".
                let mine: Vec<&str> = (d.members.iter())
                    .filter(|v| own.contains(&v.statement))
                    .map(|v| v.normal.as_str())
                    .collect();
                for v in &d.members {
                    tip.push(TipLine::Quote {
                        outlet: outlet(v.statement),
                        text: format!("{} — {}", v.value, found.statements[v.statement].text),
                    });
                    let other = !own.contains(&v.statement) && !others.contains(&v.statement);
                    if other && !mine.contains(&v.normal.as_str()) {
                        others.push(v.statement);
                    }
                }
            }
            if others.is_empty() {
                // Only the qualifiers differ from here: point at any other variant.
                others.extend(
                    (differ.iter())
                        .flat_map(|&i| &found.discrepancies[i].members)
                        .map(|v| v.statement)
                        .filter(|s| !own.contains(s))
                        .take(1),
                );
            }
            badges.push(Badge {
                anchor,
                tone: Tone::Differs,
                text: format!("≠ {}", kinds.join(", ")),
                label: format!(
                    "Differs from {} on {}",
                    found.outlets_of(&others).join(", "),
                    kinds.join(", ")
                ),
                target: others.first().and_then(|&s| target(s)),
                tip,
            });
        }
    }
    badges
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples::sample_project;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn confirm_text_shortens_long_outlet_lists() {
        assert_eq!(confirm_text(&names(&["AFP", "TASS"])), "+2: AFP, TASS");
        assert_eq!(
            confirm_text(&names(&["AFP", "Yonhap", "Reuters", "AP"])),
            "+4: AFP, Yonhap, …"
        );
        assert_eq!(
            confirm_text(&names(&["The Oruna Herald Online"])),
            "+1: The Oruna H…"
        );
        assert_eq!(confirm_text(&[]), "+0: ");
    }

    #[test]
    fn the_samples_badge_the_twelve_thousand_sentence_both_ways() {
        let project = sample_project();
        let sources = Sources::new(&project);
        let yonhap = project
            .sources
            .iter()
            .find(|s| s.article.path.contains("yonhap"))
            .expect("the Yonhap sample");
        let badges = badges_of(&sources, yonhap.id);
        assert!(!badges.is_empty());
        assert!(badges.windows(2).all(|w| w[0].anchor <= w[1].anchor));
        let at = yonhap.article.text.find("12,000").expect("the number");
        let sentence = yonhap
            .article
            .sentences
            .iter()
            .find(|s| s.start <= at && at < s.end)
            .expect("its sentence");
        let here: Vec<&Badge> = badges
            .iter()
            .filter(|b| sentence.start <= b.anchor && b.anchor < sentence.end)
            .collect();
        let differs = here
            .iter()
            .find(|b| b.tone == Tone::Differs)
            .expect("a discrepancy badge");
        assert!(differs.text.contains("number"), "{}", differs.text);
        let (target, range) = differs.target.clone().expect("a target");
        assert_ne!(target, yonhap.id);
        let other = project.source(target).expect("the other source");
        assert!(other.article.text[range].contains("more than 10,000"));
        assert!(
            differs
                .label
                .starts_with("Differs from The Oruna Valley Herald on number"),
            "{}",
            differs.label
        );
        let confirmed = here
            .iter()
            .find(|b| b.tone == Tone::Confirmed)
            .expect("a confirmation badge");
        assert_eq!(
            confirmed.label,
            "Confirmed by AFP, AP, The Oruna Valley Herald: +3"
        );
        assert_eq!(confirmed.text, "+3: AFP, AP, …");
        for b in &badges {
            assert!(b.target.is_some(), "{b:?}");
        }
    }
}
