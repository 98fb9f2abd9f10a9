//! A date against a day of the week: "launched … on Nov. 25" / "was launched Monday".
//!
//! Outlets often give one event's day two ways, one by its date and the other by its day
//! of the week. Neither is a number the other states, so [`super::conflicts`] cannot
//! compare them; but with the year the story was published in, a date has a day of the
//! week, and when it is not the one the other outlet gives, the analyst must see it. No
//! year is ever guessed: without a publication date on either article nothing is said.
//!
//! Two days of the week are not always two days either: "Saturday night" runs into the
//! early hours of Sunday, and "until Wednesday" says how long something lasts, not when
//! it happened ([`days_agree`]).

use super::facts::Facts1;
use super::particulars::{Kind, Particular, word_before};
use crate::dates::{WEEKDAY_NAMES, days_from_civil, weekday};

/// Reads a publication date `YYYY-MM-DD…` as (year, month, day).
fn ymd(published: &str) -> Option<(i32, u32, u32)> {
    let year = published.get(0..4)?.parse().ok()?;
    let month = published.get(5..7)?.parse().ok()?;
    let day = published.get(8..10)?.parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((year, month, day))
}

/// The one particular of `kind` among `f`'s calendar particulars, when that is all the
/// statement gives of its day (one date and no weekday, or one weekday and no date).
fn lone(f: &Facts1, kind: Kind) -> Option<&Particular> {
    let mut days = f
        .particulars
        .iter()
        .filter(|p| matches!(p.kind, Kind::Date | Kind::Weekday));
    let p = days.next()?;
    (days.next().is_none() && p.kind == kind).then_some(p)
}

/// When fact `dated` gives its day only as a date and fact `named` only as a day of the
/// week, and the date falls on another day in the year around `published` (the nearest
/// such date: a story of January 2 may speak of December 30): the date, the day it falls
/// on, and the other's weekday.
pub(crate) fn weekday_apart<'a>(
    dated: &'a Facts1,
    named: &'a Facts1,
    published: &str,
) -> Option<(&'a Particular, &'static str, &'a Particular)> {
    let date = lone(dated, Kind::Date)?;
    let day = lone(named, Kind::Weekday)?;
    let (year, month, d) = ymd(published)?;
    let mut parts = date.value.split('-').map(str::parse::<u32>);
    let (Some(Ok(m)), Some(Ok(dd))) = (parts.next(), parts.next()) else {
        return None;
    };
    // A day the month does not have ("Feb. 30") is no date.
    let valid = |y: i32| {
        let next = if m == 12 {
            days_from_civil(y + 1, 1, 1)
        } else {
            days_from_civil(y, m + 1, 1)
        };
        i64::from(dd) <= next - days_from_civil(y, m, 1)
    };
    let today = days_from_civil(year, month, d);
    let y = [year - 1, year, year + 1]
        .into_iter()
        .filter(|&y| valid(y))
        .min_by_key(|&y| (days_from_civil(y, m, dd) - today).abs())?;
    let falls = WEEKDAY_NAMES[weekday(y, m, dd)];
    (!falls.eq_ignore_ascii_case(&day.value)).then_some((date, falls, day))
}

/// Whether two days of the week can be one time, or are not both when something
/// happened: the night of one running into the early hours of the next ("on Saturday
/// night" / "overnight into Sunday", "late Friday" / "early Saturday"; both "before dawn"
/// on two days are two days), or a deadline against a day ("postponed until Wednesday" /
/// "postponed on Monday": how long, not when). Two deadlines still compare.
pub(crate) fn days_agree(a: &str, p: &Particular, b: &str, q: &Particular) -> bool {
    deadline(a, p) != deadline(b, q) || night_into(a, p, b, q) || night_into(b, q, a, p)
}

/// Whether day `p` of `text` is a deadline ("until Wednesday", "through Friday").
fn deadline(text: &str, p: &Particular) -> bool {
    word_before(text, p, 40, &["until", "till", "through", "by"]).is_some()
}

/// Whether `p` of `a` is the night before `q` of `b`: the day after `p` is `q`, `p` is
/// its night ("Saturday night", "late Saturday") and `q` its early hours ("overnight into
/// Sunday", "early Sunday", "before dawn on Sunday").
fn night_into(a: &str, p: &Particular, b: &str, q: &Particular) -> bool {
    let index = |v: &str| WEEKDAY_NAMES.iter().position(|d| d.eq_ignore_ascii_case(v));
    let (Some(x), Some(y)) = (index(&p.value), index(&q.value)) else {
        return false;
    };
    // "Saturday night", "late Saturday".
    let after = a.get(p.end..).unwrap_or("").trim_start();
    let night = after
        .get(..5)
        .is_some_and(|w| w.eq_ignore_ascii_case("night"))
        || word_before(a, p, 40, &["late", "late on"]).is_some();
    let small_hours = word_before(
        b,
        q,
        40,
        &[
            "overnight",
            "overnight into",
            "overnight on",
            "early",
            "early on",
            "early hours of",
            "before dawn",
            "before dawn on",
            "after midnight on",
        ],
    )
    .is_some();
    (x + 1) % 7 == y && night && small_hours
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(text: &str) -> Facts1 {
        Facts1::particulars_of(text)
    }

    #[test]
    fn the_day_a_date_falls_on() {
        assert_eq!(WEEKDAY_NAMES[weekday(2025, 11, 25)], "Tuesday");
        assert_eq!(WEEKDAY_NAMES[weekday(2000, 2, 29)], "Tuesday");
        assert_eq!(WEEKDAY_NAMES[weekday(1970, 1, 1)], "Thursday");
        assert_eq!(WEEKDAY_NAMES[weekday(1969, 12, 31)], "Wednesday");
    }

    #[test]
    fn a_date_disagrees_with_another_weekday_in_the_year_published() {
        let dated = facts("The satellite was launched from Vandenberg on Nov. 25.");
        let monday = facts("The satellite was launched Monday from Vandenberg.");
        let tuesday = facts("The satellite was launched Tuesday from Vandenberg.");
        let (date, falls, day) =
            weekday_apart(&dated, &monday, "2025-11-27").expect("Nov. 25, 2025 is a Tuesday");
        assert_eq!(
            (date.value.as_str(), falls, day.value.as_str()),
            ("11-25", "Tuesday", "monday")
        );
        assert!(weekday_apart(&dated, &tuesday, "2025-11-27").is_none());
        // In 2024, Nov. 25 was a Monday.
        assert!(weekday_apart(&dated, &monday, "2024-11-27").is_none());
        // A story of early January speaks of last December.
        let december = facts("The blast hit the plant on Dec. 30.");
        let tuesday_blast = facts("The blast hit the plant on Tuesday.");
        assert!(weekday_apart(&december, &tuesday_blast, "2026-01-02").is_none());
        // Two days on one side: which one is the fact's is unknown.
        let two = facts("It launched on Monday and reached orbit on Wednesday.");
        assert!(weekday_apart(&dated, &two, "2025-11-27").is_none());
    }
}
