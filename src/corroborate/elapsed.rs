//! Years elapsed against a starting year: "in power since 1994" / "his 34-year rule".
//!
//! One outlet dates a state of affairs by the year it began, another by how long it has
//! lasted; or one dates an event by its year and another by how many years ago it was
//! ("founded in 1994" / "founded 32 years ago"). Neither gives a number the other
//! states, so [`super::conflicts`] cannot compare them; with the year the story was
//! published in, the starting year has an age, and when it is not the other outlet's
//! count the analyst must see it. A count is read only where it is a span of years
//! ("for 34 years", "the past 34 years", "34 years in power", "his 34-year rule", "its
//! first trophy in 34 years", "34 years ago"), never a sentence, a term or an age ("a 10-year ban", "34-year-old"), and a
//! hedged count ("nearly 35 years", "more than three decades") is not held to the year.
//! No year is ever guessed: without a publication date on either article nothing is said.

use super::facts::Facts1;
use super::particulars::{Kind, Particular, word_before};

/// What a count of years says: how long something has lasted, or how long ago it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Span {
    /// "for 34 years", "his 34-year rule": against "since 1994".
    Lasted,
    /// "34 years ago": against "in 1994".
    Ago,
}

/// Nouns after "N-year" that make it a span up to now ("a 34-year rule"), not a term.
const RUNS: &[&str] = &[
    "rule",
    "reign",
    "tenure",
    "presidency",
    "premiership",
    "leadership",
    "career",
    "history",
    "marriage",
    "rivalry",
    "conflict",
    "war",
    "dispute",
    "occupation",
    "partnership",
    "relationship",
    "grip",
    "hold",
    "stint",
    "absence",
    "hiatus",
];

/// Words before a count that make it a span up to now ("for 34 years").
const FOR: &[&str] = &["for", "past", "last", "than", "after"];

/// Words that make "in N years" a span up to now ("the first trophy in 34 years").
const RECORDS: &[&str] = &[
    "first",
    "highest",
    "lowest",
    "worst",
    "best",
    "biggest",
    "largest",
    "smallest",
    "longest",
    "strongest",
    "deadliest",
    "most",
    "least",
    "only",
];

/// Words before a count that hedge it: it is not held to a year.
const HEDGES: &[&str] = &[
    "nearly",
    "almost",
    "about",
    "around",
    "some",
    "roughly",
    "over",
    "more than",
    "less than",
    "fewer than",
    "at least",
    "close to",
    "approximately",
];

/// The count of years at `p` in `text` and what it says, when it is a span of years.
fn years(text: &str, p: &Particular) -> Option<(i32, Span)> {
    if p.kind != Kind::Number || !p.unit.is_empty() {
        return None;
    }
    let n: i32 = p.value.parse().ok()?;
    if !(1..=150).contains(&n) || word_before(text, p, 16, HEDGES).is_some() {
        return None;
    }
    let after = text.get(p.end..)?;
    if let Some(rest) = after.strip_prefix("-year ") {
        let noun = rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let noun = noun.to_ascii_lowercase();
        return RUNS.contains(&noun.as_str()).then_some((n, Span::Lasted));
    }
    let rest = after
        .strip_prefix(" years")
        .or_else(|| (n == 1).then(|| after.strip_prefix(" year")).flatten())?;
    if rest.starts_with(char::is_alphanumeric) || rest.starts_with('-') {
        return None;
    }
    // The words after the count, lowercase: "ago", "in power".
    let next: String = rest
        .trim_start()
        .chars()
        .take(16)
        .collect::<String>()
        .to_lowercase();
    if next.starts_with("ago") {
        return Some((n, Span::Ago));
    }
    // "the club's first trophy in 34 years", "the highest in 20 years".
    let record = word_before(text, p, 8, &["in"]).is_some()
        && text[..p.start]
            .split(|c: char| !c.is_alphabetic())
            .any(|w| RECORDS.contains(&w.to_ascii_lowercase().as_str()));
    let lasted = record
        || word_before(text, p, 8, FOR).is_some()
        || next.starts_with("in power")
        || next.starts_with("in office")
        || next.starts_with("at the helm");
    lasted.then_some((n, Span::Lasted))
}

/// The starting year at `p`: "since 1994" (a span) or "in 1994" (an event).
fn start(text: &str, p: &Particular) -> Option<(i32, Span)> {
    if p.kind != Kind::Year {
        return None;
    }
    let year: i32 = p.value.parse().ok()?;
    match word_before(text, p, 8, &["since", "in"])? {
        "since" => Some((year, Span::Lasted)),
        _ => Some((year, Span::Ago)),
    }
}

/// When fact `dated` gives a starting year and fact `counted` a number of years for the
/// same kind of span, and in the year `published` (`YYYY-…`) they disagree by more
/// than the year a month can make: the year, its age that year, and the count.
pub(crate) fn years_apart<'a>(
    (dated_text, dated): (&str, &'a Facts1),
    (counted_text, counted): (&str, &'a Facts1),
    published: &str,
) -> Option<(&'a Particular, i32, &'a Particular)> {
    let now: i32 = published.get(0..4)?.parse().ok()?;
    // One of each, and neither statement gives the other form too (then the numbers
    // themselves are compared).
    let one = |f: &'a Facts1, text: &str, read: fn(&str, &Particular) -> Option<(i32, Span)>| {
        let mut found = f
            .particulars
            .iter()
            .filter_map(|p| Some((p, read(text, p)?)));
        let first = found.next()?;
        found.next().is_none().then_some(first)
    };
    let (year, (y, span)) = one(dated, dated_text, start)?;
    let (count, (n, counted_span)) = one(counted, counted_text, years)?;
    let own = |f: &Facts1, text: &str, read: fn(&str, &Particular) -> Option<(i32, Span)>| {
        f.particulars.iter().any(|p| read(text, p).is_some())
    };
    if span != counted_span || own(dated, dated_text, years) || own(counted, counted_text, start) {
        return None;
    }
    let age = now - y;
    // Since March 1994, in 2026: 31 years before March, 32 after.
    (age >= 0 && n != age && n != age - 1).then_some((year, age, count))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(text: &str) -> Facts1 {
        Facts1::particulars_of(text)
    }

    fn apart(a: &str, b: &str) -> Option<(String, i32, String)> {
        let (fa, fb) = (facts(a), facts(b));
        years_apart((a, &fa), (b, &fb), "2026-05-04").map(|(y, age, n)| {
            (
                a[y.start..y.end].to_owned(),
                age,
                b[n.start..n.end].to_owned(),
            )
        })
    }

    #[test]
    fn a_year_and_a_span_that_disagree() {
        assert_eq!(
            apart(
                "Lukashenko, who has ruled Belarus since 1994, won again.",
                "Lukashenko has ruled Belarus for 34 years."
            ),
            Some(("1994".into(), 32, "34".into()))
        );
        assert!(
            apart(
                "He has ruled since 1994.",
                "The vote extends his 34-year rule."
            )
            .is_some()
        );
        assert!(
            apart(
                "The firm was founded in 1990.",
                "It was founded 34 years ago."
            )
            .is_some()
        );
        assert!(
            apart(
                "handing the club its first major trophy since 1994",
                "the club's first trophy in 34 years"
            )
            .is_some()
        );
    }

    #[test]
    fn agreeing_hedged_and_other_counts_are_not_flagged() {
        // 32 years, or 31 before the anniversary.
        assert_eq!(apart("in power since 1994", "in power for 32 years"), None);
        assert_eq!(apart("in power since 1994", "for 31 years in power"), None);
        // Hedged, a term, an age, a year of another kind.
        assert_eq!(apart("in power since 1994", "for nearly 35 years"), None);
        assert_eq!(apart("banned since 2019", "handed a 10-year ban"), None);
        assert_eq!(
            apart("in power since 1994", "the 34-year-old challenger"),
            None
        );
        assert_eq!(apart("elected in 1994", "has ruled for 34 years"), None);
        assert_eq!(
            apart("in power since 1994", "to be repaid in 34 years"),
            None
        );
        // Both forms on one side: the numbers are compared as they are.
        assert_eq!(
            apart("in power since 1994, for 32 years", "in power for 34 years"),
            None
        );
    }
}
