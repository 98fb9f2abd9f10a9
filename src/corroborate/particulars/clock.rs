//! Times on a clock: the time of day an event happened ("2:14 a.m.", "14:30") and the
//! running time of a race ("60:02", "1:00:02").
//!
//! The two are written alike and mean different things: a quake at 2:14 a.m. and one at
//! 2:41 a.m. are two reports that disagree, while a halfway split of "60:02" and one of
//! "1:00:02" are one time written two ways. So each is read by its own pattern, a time
//! of day as hours and minutes on a 24-hour clock and a running time as seconds, and a
//! running time is never also a time of day or a stray number ("02").

use super::{Kind, Particular, RUNNING, format_value};
use regex::Regex;
use std::sync::LazyLock;

/// A time of day: "2:14 a.m.", "14:30", "2.45am", "8 p.m." (hours and minutes, or hours
/// with a.m./p.m.).
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    let re = r"(?i)\b(?P<h>[012]?\d)(?:[:.](?P<m>[0-5]\d))?\s?(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)|\b(?P<h24>[012]?\d):(?P<m24>[0-5]\d)\b";
    Regex::new(re).unwrap_or_else(|_| unreachable!("the pattern is a constant"))
});

/// A running time: "60:02", "1:00:02", "2:15:40.5" (minutes and seconds, or hours,
/// minutes and seconds).
static RUNNING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    let re = r"\b(?:(?P<h>\d{1,2}):(?P<hm>[0-5]\d)|(?P<m>\d{1,3})):(?P<s>[0-5]\d(?:\.\d+)?)\b";
    Regex::new(re).unwrap_or_else(|_| unreachable!("the pattern is a constant"))
});

/// The times of day in `text`, valued "H:MM" on a 24-hour clock.
pub(super) fn times_of_day(text: &str) -> impl Iterator<Item = Particular> + '_ {
    TIME.captures_iter(text).filter_map(|c| {
        let all = c.get(0)?;
        let num = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
        let (hour, minute) = match (num("h"), num("h24")) {
            (Some(h), _) => {
                let pm = c
                    .name("ap")
                    .is_some_and(|m| m.as_str().to_ascii_lowercase().starts_with('p'));
                let h = match (h % 12, pm) {
                    (h, true) => h + 12,
                    (h, false) => h,
                };
                (h, num("m").unwrap_or(0))
            }
            (None, Some(h)) => (h, num("m24").unwrap_or(0)),
            _ => return None,
        };
        // "60:02", "2:15:40" and "4:05.25" are running times, not times of day.
        let after = &text[all.end()..];
        let before = &text[..all.start()];
        let digit = |t: &str| t.starts_with(|c: char| c.is_ascii_digit());
        if hour > 23
            || (after.starts_with([':', '.']) && digit(&after[1..]))
            || (before.ends_with(':') && digit(&before[before.len().saturating_sub(2)..]))
        {
            return None;
        }
        Some(Particular {
            kind: Kind::Time,
            start: all.start(),
            end: all.end(),
            value: format!("{hour}:{minute:02}"),
            unit: "",
            slot: None,
        })
    })
}

/// The running times in `text`, as numbers of seconds with the unit [`RUNNING`]: "60:02"
/// and "1:00:02" are one time. A time of day found first keeps its place.
pub(super) fn running_times(text: &str) -> impl Iterator<Item = Particular> + '_ {
    RUNNING_TIME.captures_iter(text).filter_map(|c| {
        let all = c.get(0)?;
        let num = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<f64>().ok());
        let minutes = num("h").unwrap_or(0.0) * 60.0 + num("hm").or(num("m")).unwrap_or(0.0);
        let seconds = num("s")?;
        Some(Particular {
            kind: Kind::Number,
            start: all.start(),
            end: all.end(),
            value: format_value(minutes * 60.0 + seconds),
            unit: RUNNING,
            slot: None,
        })
    })
}
