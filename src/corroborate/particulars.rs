//! Particulars: the numbers, dates and proper names a statement commits to.
//!
//! Two outlets can word a fact differently and still agree; they disagree when the
//! particulars differ: "10,000 labourers" and "12,000", "Tuesday" and "Wednesday". The
//! same particulars also ground the analyst's own writing: a number or a name in the
//! summary that no source printed is worth a second look. Extraction is a few regexes
//! over the original text (so the value can be shown as printed) plus the folding of
//! [`super::text`] for comparison.

use super::lexicon::{COMMON, REPORTED};
use super::text::words;
use regex::Regex;
use std::sync::LazyLock;

/// What kind of particular.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A count or amount ("10,000", "$25 million", "5.5 percent", "four").
    Number,
    /// A year ("2019").
    Year,
    /// A day of the week ("Tuesday").
    Weekday,
    /// A month without a day ("February").
    Month,
    /// A calendar day ("April 25").
    Date,
    /// A capitalised name ("Donald Trump", "Vladivostok").
    Name,
    /// A time of day ("2:14 a.m.", "14:30", "2.45am"), as hours and minutes on a 24-hour
    /// clock when a.m. or p.m. says which.
    Time,
}

impl Kind {
    /// The word used in messages ("number", "day of the week", …).
    pub fn label(self) -> &'static str {
        match self {
            Kind::Number => "number",
            Kind::Year => "year",
            Kind::Weekday => "day of the week",
            Kind::Month => "month",
            Kind::Date => "date",
            Kind::Name => "name",
            Kind::Time => "time",
        }
    }
}

/// One particular found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Particular {
    /// What it is.
    pub kind: Kind,
    /// Byte span in the text it was read from.
    pub start: usize,
    /// One past the end.
    pub end: usize,
    /// Comparable value: "10000" for "10,000", "25000000" for "$25 million", "4-25" for
    /// "April 25", lowercase folded words for names and days.
    pub value: String,
    /// Currency, percent, running time, rank or plain, for numbers ("$", "%",
    /// [`RUNNING`], [`ORDINAL`], ""), so only like compares.
    pub unit: &'static str,
    /// For names: the lowercase word before it ("in", "president"), the slot it fills.
    pub slot: Option<String>,
}

/// The unit of a running time ("1:00:02"), whose value is in seconds.
pub(crate) const RUNNING: &str = "h:m:s";

const NUMBER_WORDS: [&str; 11] = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
];

static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    let re = r"(?i)(?P<cur>[$€£¥])?(?P<num>\b\d{1,3}(?:,\d{3})+(?:\.\d+)?|\b\d+(?:\.\d+)?)(?:\s?(?P<scale>million|billion|trillion|thousand|bn|mn)\b)?(?:\s?(?P<pct>%|percent\b|per cent\b)|\s(?P<curword>(?:U\.S\.\s|US\s)?(?:dollars|euros|yen|won|rupees|yuan|roubles|rubles|ringgit|pesos)\b))?(?P<time>\s?(?:a\.m\.|p\.m\.|hrs\b|GMT\b|:\d\d))?";
    Regex::new(re).unwrap_or_else(|_| unreachable!("the pattern is a constant"))
});
/// Number words: "four", "twelve", "thirty-seven" (tens with an optional unit).
static WORD_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    let re = r"(?i)\b(?:(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?P<unit>one|two|three|four|five|six|seven|eight|nine))?|(?P<small>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|(?P<one>one)\s+(?:person|patient|worker|passenger|crew\s+member|soldier|civilian|child|student|miner|sailor|resident|victim|employee|firefighter|officer|police\s+officer|tourist|hostage|journalist|man|woman|boy|girl|death|fatality)\b)\b";
    Regex::new(re).unwrap_or_else(|_| unreachable!("the pattern is a constant"))
});
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// The value of a number word from two to ninety, lowercase ("seven" 7, "twelve" 12,
/// "forty" 40); a tens word's unit is the next word ("thirty-seven").
pub(crate) fn word_value(word: &str) -> Option<usize> {
    NUMBER_WORDS
        .iter()
        .position(|w| *w == word)
        .map(|k| k + 2)
        .or_else(|| TENS.iter().position(|w| *w == word).map(|k| (k + 2) * 10))
}
static MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let re = r"\b(?P<m>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?:\s+(?P<d>\d{1,2})\b)?";
    Regex::new(re).unwrap_or_else(|_| unreachable!("the pattern is a constant"))
});
/// A year right after a month ("May 2023").
static YEAR_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,?\s+(?:1[89]|20)\d\d\b")
        .unwrap_or_else(|_| unreachable!("the pattern is a constant"))
});

/// Whether the "May" at `start..end` of `text` is the month: a year follows, or a
/// preposition of time comes before ("in May", "since May", "early May").
fn month_of_may(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].split_whitespace().next_back();
    YEAR_AFTER.is_match(&text[end..])
        || before.is_some_and(|w| {
            matches!(
                w,
                "in" | "since"
                    | "until"
                    | "by"
                    | "from"
                    | "early"
                    | "late"
                    | "mid"
                    | "last"
                    | "next"
                    | "this"
                    | "of"
                    | "through"
            )
        })
}

/// A percent sign or word right after a number word ("six percent", "ten per cent").
static PERCENT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s?%|\s(?:percent|per cent)\b)")
        .unwrap_or_else(|_| unreachable!("the pattern is a constant"))
});

static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    let re = r"\b(?P<d>\d{1,2})\s+(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\b";
    Regex::new(re).unwrap_or_else(|_| unreachable!("the pattern is a constant"))
});
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
        .unwrap_or_else(|_| unreachable!("the pattern is a constant"))
});
/// Capitalised words, joined by spaces or hyphens ("Kim Jong-un", "Far Eastern Federal
/// University"), allowing lowercase particles inside ("Kim Il Sung", "Bank of Korea").
static NAME: LazyLock<Regex> = LazyLock::new(|| {
    let re = r"\b\p{Lu}[\p{L}'’]*(?:-\p{L}+)*(?:\s+(?:(?:of|de|van|von|al|bin|da|du|la|le)\s+)?\p{Lu}[\p{L}'’]*(?:-\p{L}+)*)*";
    Regex::new(re).unwrap_or_else(|_| unreachable!("the pattern is a constant"))
});

/// All particulars in `text`, in text order.
pub fn extract(text: &str) -> Vec<Particular> {
    extract_with(text, true)
}

/// The particulars in `text`, names only when `names` (grounding looks names up by
/// their words, so it reads sources without the costliest pattern).
pub fn extract_with(text: &str, names: bool) -> Vec<Particular> {
    let mut out = Vec::new();
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let push = |out: &mut Vec<Particular>, p: Particular, taken: &mut Vec<(usize, usize)>| {
        if taken.iter().any(|&(s, e)| p.start < e && s < p.end) {
            return;
        }
        taken.push((p.start, p.end));
        out.push(p);
    };
    for c in MONTH
        .captures_iter(text)
        .chain(DAY_FIRST.captures_iter(text))
    {
        let (Some(all), Some(m)) = (c.get(0), c.name("m")) else {
            continue;
        };
        // "May" is a month only with a day or a year after it, or after a preposition
        // ("in May"): otherwise it may be the verb.
        let Some(month) = crate::dates::month(m.as_str()) else {
            continue;
        };
        let may_be_verb = m.as_str() == "May" && !month_of_may(text, m.start(), all.end());
        let p = match c.name("d").and_then(|d| d.as_str().parse::<u32>().ok()) {
            Some(day) if (1..=31).contains(&day) => Particular {
                kind: Kind::Date,
                start: all.start(),
                end: all.end(),
                value: format!("{month}-{day}"),
                unit: "",
                slot: None,
            },
            _ if may_be_verb => continue,
            _ => Particular {
                kind: Kind::Month,
                start: m.start(),
                end: m.end(),
                value: month.to_string(),
                unit: "",
                slot: None,
            },
        };
        push(&mut out, p, &mut taken);
    }
    for p in clock::times_of_day(text).chain(clock::running_times(text)) {
        push(&mut out, p, &mut taken);
    }
    for p in ordinal::ordinals(text) {
        push(&mut out, p, &mut taken);
    }
    for m in WEEKDAY.find_iter(text) {
        // "said on Sunday" dates the telling, not the event.
        let before = text[..m.start()].trim_end();
        let before = before
            .strip_suffix(" on")
            .unwrap_or(before)
            .to_ascii_lowercase();
        if REPORTED.iter().any(|v| before.ends_with(v)) {
            continue;
        }
        let value = m.as_str().to_ascii_lowercase();
        let p = Particular {
            kind: Kind::Weekday,
            start: m.start(),
            end: m.end(),
            value,
            unit: "",
            slot: None,
        };
        push(&mut out, p, &mut taken);
    }
    for c in NUMBER.captures_iter(text) {
        let (Some(all), Some(num)) = (c.get(0), c.name("num")) else {
            continue;
        };
        if c.name("time").is_some() {
            continue;
        }
        let digits = num.as_str().replace(',', "");
        let Ok(mut value) = digits.parse::<f64>() else {
            continue;
        };
        let money = c.name("cur").is_some() || c.name("curword").is_some();
        let plain = !money && c.name("scale").is_none() && c.name("pct").is_none();
        let kind = if plain
            && !num.as_str().contains([',', '.'])
            && (1900..=2100).contains(&(value as i64))
            && digits.len() == 4
        {
            Kind::Year
        } else {
            Kind::Number
        };
        value *= match c
            .name("scale")
            .map(|s| s.as_str().to_ascii_lowercase())
            .as_deref()
        {
            Some("thousand") => 1e3,
            Some("million" | "mn") => 1e6,
            Some("billion" | "bn") => 1e9,
            Some("trillion") => 1e12,
            _ => 1.0,
        };
        let unit = if c.name("pct").is_some() {
            "%"
        } else if money {
            "$"
        } else {
            ""
        };
        let end = all.end() - all.as_str().len() + all.as_str().trim_end().len();
        let p = Particular {
            kind,
            start: all.start(),
            end,
            value: format_value(value),
            unit,
            slot: None,
        };
        push(&mut out, p, &mut taken);
    }
    for c in WORD_NUMBER.captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        // "Thirty-seven" is one number; never read its "seven" alone.
        if text[..m.start()].ends_with('-') {
            continue;
        }
        let word = |name: &str| c.name(name).map(|w| w.as_str().to_ascii_lowercase());
        let value = |w: Option<String>| w.and_then(|w| word_value(&w)).unwrap_or(0);
        // "One patient died" counts, as "two patients died" does; "one of the engines"
        // and "one day" are too common to read.
        let one = c.name("one");
        let m = one.unwrap_or(m);
        let value = match (word("tens"), word("unit"), word("small")) {
            (tens @ Some(_), unit, _) => value(tens) + value(unit),
            (None, _, small @ Some(_)) => value(small),
            _ if one.is_some() => 1,
            _ => continue,
        };
        // "about six percent" is a share, as "6%" is.
        let share = PERCENT_AFTER.find(&text[m.end()..]);
        let p = Particular {
            kind: Kind::Number,
            start: m.start(),
            end: m.end() + share.map_or(0, |s| s.end()),
            value: value.to_string(),
            unit: if share.is_some() { "%" } else { "" },
            slot: None,
        };
        push(&mut out, p, &mut taken);
    }
    for m in NAME.find_iter(text).filter(|_| names) {
        // Titles before a name are not part of it ("President Donald Trump").
        let mut name = m.as_str();
        let mut start = m.start();
        while let Some((first, rest)) = name.split_once(char::is_whitespace)
            && COMMON.contains(&first.to_lowercase().as_str())
        {
            let rest = rest.trim_start();
            start += name.len() - rest.len();
            name = rest;
        }
        let name = name.trim_end_matches(['\'', '’']);
        let name = name
            .strip_suffix("'s")
            .or_else(|| name.strip_suffix("’s"))
            .unwrap_or(name);
        let value: Vec<String> = words(name).into_iter().map(|w| w.text).collect();
        if value.is_empty() {
            continue;
        }
        // A lone capital at a sentence start is usually an ordinary word ("The", "Talks").
        let before = text[..start].trim_end();
        let initial = before.is_empty() || before.ends_with(['.', '!', '?', '"', '“', '\n', ':']);
        let single = value.len() == 1;
        if single && (initial || value[0].len() < 2 || COMMON.contains(&value[0].as_str())) {
            continue;
        }
        let slot = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase);
        let p = Particular {
            kind: Kind::Name,
            start,
            end: start + name.len(),
            value: value.join(" "),
            unit: "",
            slot,
        };
        push(&mut out, p, &mut taken);
    }
    out.sort_by_key(|p| p.start);
    out
}

/// A number as a comparable string: integers without ".0", others to 4 significant places.
fn format_value(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v:.4}").trim_end_matches('0').to_owned()
    }
}

/// The first of `words` that ends the text before `p` (within `window` bytes) as whole
/// words ("at least 17": "at least"; "until Wednesday": "until"; not "nearly" for
/// "early"), compared without regard to ASCII case and without allocating: asked of every
/// pair of particulars compared.
pub(crate) fn word_before(
    text: &str,
    p: &Particular,
    window: usize,
    words: &[&'static str],
) -> Option<&'static str> {
    let mut from = p.start.saturating_sub(window);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..p.start)?.trim_end();
    words.iter().copied().find(|w| {
        let cut = before.len().saturating_sub(w.len());
        before.len() >= w.len()
            && before.as_bytes()[cut..].eq_ignore_ascii_case(w.as_bytes())
            && before.is_char_boundary(cut)
            && !before[..cut].ends_with(char::is_alphanumeric)
    })
}

mod clock;
mod ordinal;
pub(crate) use ordinal::ORDINAL;
#[cfg(test)]
mod tests;
