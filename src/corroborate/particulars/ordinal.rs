//! Ordinal numbers: "on the fourth floor" against "on the fifth floor", "his third title"
//! against "his second title".
//!
//! An ordinal ranks rather than counts, so it gets a unit of its own ([`ORDINAL`]): the
//! "fourth floor" is not four floors. What it ranks is the word after it, as for counts
//! ([`super::super::counts`]), so "the first time" never meets "the second round".

use super::{Kind, Particular};
use regex::Regex;
use std::sync::LazyLock;

/// The unit of an ordinal number.
pub(crate) const ORDINAL: &str = "th";

/// The ordinal words, "first" to "twentieth", in order.
const WORDS: [&str; 20] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// An ordinal in words or digits ("fourth", "4th", "21st"), not a date's day ("May 4th"
/// is read as a date first and keeps its place).
static ORDINAL_WORD: LazyLock<Regex> = LazyLock::new(|| {
    let re = format!(
        r"(?i)\b(?:(?P<w>{})|(?P<d>\d{{1,3}})(?:st|nd|rd|th))\b",
        WORDS.join("|")
    );
    Regex::new(&re).unwrap_or_else(|_| unreachable!("the pattern is built from constants"))
});

/// The ordinals in `text`, valued by rank ("fourth" and "4th" are "4").
pub(super) fn ordinals(text: &str) -> impl Iterator<Item = Particular> + '_ {
    ORDINAL_WORD.captures_iter(text).filter_map(|c| {
        let all = c.get(0)?;
        // "45 meters per second", "a second", "every second": the unit of time, not second
        // place.
        let before = text[..all.start()].trim_end();
        let word_before = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if all.as_str().eq_ignore_ascii_case("second")
            && (matches!(
                word_before.to_ascii_lowercase().as_str(),
                "per" | "a" | "one" | "every"
            ) || word_before.starts_with(|c: char| c.is_ascii_digit()))
        {
            return None;
        }
        let rank = match (c.name("w"), c.name("d")) {
            (Some(w), _) => {
                let w = w.as_str().to_ascii_lowercase();
                WORDS.iter().position(|x| *x == w)? + 1
            }
            (None, Some(d)) => d.as_str().parse().ok()?,
            _ => return None,
        };
        Some(Particular {
            kind: Kind::Number,
            start: all.start(),
            end: all.end(),
            value: rank.to_string(),
            unit: ORDINAL,
            slot: None,
        })
    })
}
