//! Reading the dates news copy prints: "April 25, 2019", "Apr. 25", "25 April 2019",
//! "Thursday, April 25, 2019", "2019-04-25", "2019/04/25", "2019.04.25", "29.05.2025",
//! German and French agency dates ("15. Juli 2025", "15 juillet 2025"), and the
//! Japanese/Chinese/Korean "2024年3月7日", "2024년 3월 5일".
//!
//! Only dates are needed (for `published`, ISO `YYYY-MM-DD`), and only in these shapes, so
//! a small table-driven reader with calendar validation is clearer and far cheaper than a
//! general natural-language date crate; it never guesses a year that is not printed.

use regex::Regex;
use std::sync::LazyLock;

/// A calendar date whose year may be missing ("April 25" in a Yonhap dateline).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    /// Four-digit year, when printed.
    pub year: Option<i32>,
    /// 1–12.
    pub month: u32,
    /// 1–31, valid for the month.
    pub day: u32,
}

impl Date {
    /// `YYYY-MM-DD`, or `None` without a year.
    pub fn iso(&self) -> Option<String> {
        self.year
            .map(|y| format!("{y:04}-{:02}-{:02}", self.month, self.day))
    }
}

/// Month names and abbreviations as printed in English news copy.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    // German (dpa) and French (AFP's French service), lowercase.
    ("januar", 1),
    ("jänner", 1),
    ("februar", 2),
    ("märz", 3),
    ("maerz", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
];

/// Days of the week and their abbreviations as printed in English news copy.
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

/// Whether a word names a day of the week (case-insensitive, trailing dot allowed).
pub fn is_weekday(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_lowercase();
    WEEKDAYS.contains(&w.as_str())
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (negative before),
/// by Howard Hinnant's `days_from_civil`: exact for any year, no table.
pub fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The English names of the days of the week, Monday first.
pub const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The day of the week of a date: 0 for Monday to 6 for Sunday.
pub fn weekday(year: i32, month: u32, day: u32) -> usize {
    // 1970-01-01 was a Thursday (3).
    (days_from_civil(year, month, day) + 3).rem_euclid(7) as usize
}

/// The month number for a name or abbreviation (case-insensitive, trailing dot allowed).
pub fn month(name: &str) -> Option<u32> {
    let n = name.trim_end_matches('.').to_lowercase();
    MONTHS.iter().find(|(m, _)| *m == n).map(|&(_, v)| v)
}

const MONTH_RE: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

/// German and French month names (German capitalised, French lowercase as printed),
/// only read day first: "15. Juli", "15 juillet 2025".
const FOREIGN_MONTH_RE: &str = r"(?:Januar|Jänner|Februar|März|Maerz|Mai|Juni|Juli|Oktober|Dezember|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)";

/// A regex fragment matching an English month name, for other modules' patterns.
pub fn month_pattern() -> &'static str {
    MONTH_RE
}

/// A regex fragment matching a German or French month name (written day first), for
/// other modules' patterns. "April", "August", "September", "November" are English too.
pub fn foreign_month_pattern() -> &'static str {
    FOREIGN_MONTH_RE
}

#[allow(clippy::unwrap_used)] // constant patterns, exercised by the tests
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?x)
        (?P<md>(?P<m1>{MONTH_RE})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?)
        | (?P<dm>(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH_RE}),?\s+(?P<y2>\d{{4}}))
        | (?P<ymd>(?P<y3>\d{{4}})[-/.](?P<m3>\d{{1,2}})[-/.](?P<d3>\d{{1,2}}))
        | (?P<cjk>(?P<y4>\d{{4}})\s*[年년]\s*(?P<m4>\d{{1,2}})\s*[月월]\s*(?P<d4>\d{{1,2}})\s*[日일])
        | (?P<dmf>(?P<d5>\d{{1,2}})(?:\.\s+(?P<m5>{FOREIGN_MONTH_RE}|{MONTH_RE})(?:\s+(?P<y5>\d{{4}}))?|\s+(?P<m7>{FOREIGN_MONTH_RE})\s+(?P<y7>\d{{4}})))
        | (?P<dmy>(?P<d6>\d{{1,2}})\.(?P<m6>\d{{1,2}})\.(?P<y6>\d{{4}}))"
    ))
    .unwrap()
});

/// Finds the first date in `text`; returns it with its byte range.
pub fn find(text: &str) -> Option<(Date, std::ops::Range<usize>)> {
    for caps in DATE.captures_iter(text) {
        let Some(all) = caps.get(0) else { continue };
        let num = |n: &str| caps.name(n).and_then(|m| m.as_str().parse::<u32>().ok());
        let year = |n: &str| caps.name(n).and_then(|m| m.as_str().parse::<i32>().ok());
        let (y, m, d) = if caps.name("md").is_some() {
            (
                year("y1"),
                caps.name("m1").and_then(|m| month(m.as_str())),
                num("d1"),
            )
        } else if caps.name("dm").is_some() {
            (
                year("y2"),
                caps.name("m2").and_then(|m| month(m.as_str())),
                num("d2"),
            )
        } else if caps.name("ymd").is_some() {
            (year("y3"), num("m3"), num("d3"))
        } else if caps.name("dmf").is_some() {
            // Without a year only the German "15. Juli" is read ("5 mai" could be words).
            let m = caps.name("m5").or_else(|| caps.name("m7"));
            (
                year("y5").or_else(|| year("y7")),
                m.and_then(|m| month(m.as_str())),
                num("d5"),
            )
        } else if caps.name("dmy").is_some() {
            (year("y6"), num("m6"), num("d6"))
        } else {
            (year("y4"), num("m4"), num("d4"))
        };
        if let (Some(month), Some(day)) = (m, d)
            && valid(y, month, day)
        {
            return Some((
                Date {
                    year: y,
                    month,
                    day,
                },
                all.range(),
            ));
        }
    }
    None
}

fn valid(year: Option<i32>, month: u32, day: u32) -> bool {
    let max = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        _ => return false,
    };
    (1..=max).contains(&day) && year.is_none_or(|y| (1900..=2200).contains(&y))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(t: &str) -> Option<String> {
        find(t).and_then(|(d, _)| d.iso())
    }

    #[test]
    fn weekday_and_month_names() {
        assert!(is_weekday("Tuesday") && is_weekday("Thurs.") && is_weekday("sat"));
        assert!(!is_weekday("Tues-") && !is_weekday("March"));
        assert_eq!(month("Sept."), Some(9));
        assert_eq!(month("juillet"), Some(7));
        assert_eq!(month("Mayor"), None);
    }

    #[test]
    fn shapes() {
        assert_eq!(
            iso("Diplomacy 15:29 April 25, 2019").as_deref(),
            Some("2019-04-25")
        );
        assert_eq!(
            iso("VLADIVOSTOK, Russia, April 25, 2019 (BSS/AFP)").as_deref(),
            Some("2019-04-25")
        );
        assert_eq!(
            iso("Thursday, 25 April 2019").as_deref(),
            Some("2019-04-25")
        );
        assert_eq!(iso("2024-03-03 09:12").as_deref(), Some("2024-03-03"));
        assert_eq!(iso("Sept. 9, 2021").as_deref(), Some("2021-09-09"));
        assert_eq!(iso("2024年3月7日 18:45").as_deref(), Some("2024-03-07"));
        assert_eq!(iso("2024년 3월 5일").as_deref(), Some("2024-03-05"));
        assert_eq!(iso("29.05.2025 - 17:42").as_deref(), Some("2025-05-29"));
        assert_eq!(iso("BERLIN, 15. Juli 2025").as_deref(), Some("2025-07-15"));
        assert_eq!(iso("PARIS, 15 juillet 2025").as_deref(), Some("2025-07-15"));
        assert_eq!(iso("1er mars, 3 mars 2024").as_deref(), Some("2024-03-03"));
        assert_eq!(iso("le 2 décembre 2024").as_deref(), Some("2024-12-02"));
        let (d, _) = find("BERLIN, 15. Juli (dpa)").unwrap();
        assert_eq!((d.year, d.month, d.day), (None, 7, 15));
        assert_eq!(find("5 mai"), None);
        assert_eq!(iso("31.02.2025"), None);
        let (d, r) = find("SEOUL, March 3 (Yonhap) --").unwrap();
        assert_eq!((d.year, d.month, d.day, r), (None, 3, 3, 7..14));
    }

    #[test]
    fn invalid_dates_are_skipped() {
        assert_eq!(iso("February 30, 2019"), None);
        assert_eq!(iso("2019-13-01"), None);
        assert_eq!(iso("February 29, 2023"), None);
        assert_eq!(iso("February 29, 2024").as_deref(), Some("2024-02-29"));
        assert_eq!(find("in May the minister said"), None);
    }
}
