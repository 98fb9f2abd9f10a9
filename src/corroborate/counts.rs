//! What a number in a statement counts, so two statements' numbers are compared only
//! when they count the same thing.
//!
//! "At least 14 people were killed and 37 were missing, and about 12,000 people were
//! evacuated": three numbers, three things. A number counts the word after it ("12,000
//! residents"), or after its unit ("350 kilometers before splashing down"), qualified by
//! what happened to the people counted ("killed", "missing", "evacuated"), the nearest such
//! word on either side. Percentages and sums of money count whatever their neighbourhood
//! names ("Turnout was 61.4%" / "Turnout reached 64.1 percent"). An age may be a decade
//! of life ("a man in his 80s" is no "78-year-old"), and signed documents count as one
//! thing whatever each outlet calls them ("nine memorandums" / "eight agreements").

use super::lexicon::QUALIFIERS;
use super::particulars::Particular;
use super::text::Analyzer;
use regex::Regex;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

/// Stems that measure rather than name what is counted ("62-metre dam": the dam is what
/// counts, not the metres).
const UNITS: &[&str] = &[
    "meter", "metr", "kilomet", "km", "mile", "feet", "foot", "inch", "mm", "millimet", "cm",
    "hour", "day", "week", "month", "year", "minut", "second", "ton", "kilogram", "kg", "liter",
    "litr", "cubic", "squar", "hectar", "acr", "degre", "crown", "dollar", "euro", "won", "yen",
    "yuan", "rubl", "pound",
];

/// Stems of the words of qualifiers ("at least", "nearly", "about"): not what happened to
/// what a number counts.
const QUALIFIER_STEMS: &[&str] = &[
    "least", "more", "nearli", "almost", "about", "around", "some", "roughli", "approxim", "estim",
    "over", "fewer", "less", "up",
];

/// Stems of words for people, which count the same thing ("12,000 people" and "10,000
/// residents" evacuated).
const PEOPLE: &[&str] = &[
    "peopl", "person", "resid", "civilian", "inhabit", "evacue", "worker", "labor", "soldier",
    "troop", "student", "passeng", "refuge", "migrant", "citizen", "villag", "famili", "crew",
    "sailor", "seafar", "miner", "child", "children", "patient", "victim", "employe", "staff",
    "prison", "hostag", "tourist", "pilgrim", "survivor", "particip", "volunt",
];

/// Stems of words for signed documents, which count the same thing ("nine memorandums of
/// understanding" and "eight agreements" signed at one summit).
const DOCUMENTS: &[&str] = &[
    "deal",
    "agre",
    "memorandum",
    "mou",
    "contract",
    "treati",
    "accord",
    "pact",
    "protocol",
];

/// What happened to the people counted, by stem: numbers of the dead and of the evacuated
/// are different things even when both count "people".
const PREDICATES: &[(&str, &[&str])] = &[
    (
        "dead",
        &["kill", "die", "dead", "death", "fatal", "bodi", "toll"],
    ),
    ("missing", &["miss", "unaccount"]),
    ("injured", &["injur", "wound", "hurt", "hospit"]),
    (
        "moved",
        &[
            "evacu", "move", "flee", "displac", "shelter", "relocat", "homeless",
        ],
    ),
    ("held", &["arrest", "detain", "jail", "captur"]),
];

/// What a number counts: the first one or two content stems after it (two when the first
/// is a unit), and what happened to them when that is said nearby.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Thing {
    pub words: Vec<String>,
    predicate: Option<&'static str>,
    /// The content stem right before the number ("flew about 350 km").
    before: Option<String>,
    /// Content stems within a few words (for percentages and amounts of money).
    near: HashSet<String>,
    pub unit: &'static str,
}

/// The lower end of a range ("from 12 days to 6 days", "from twelve to seven days",
/// "between 2012 and 2019"): what follows up to the upper end's number.
static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    let re = r"(?i)^(?:\s+\p{L}+)?\s*(?:to|and|or|-|–)\s*(?:[$€£]?\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b";
    Regex::new(re).unwrap_or_else(|_| unreachable!("the pattern is a constant"))
});

/// Where a clause ends: a comma, semicolon, colon, bracket or dash between words, or a
/// full stop, question or exclamation mark before a space (not a decimal point).
static CLAUSE_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[,;:()\[\]]|[.!?](?:\s|$)|\s[–—-]\s")
        .unwrap_or_else(|_| unreachable!("the pattern is a constant"))
});

/// What the number `p` of `text` counts. The lower end of a range counts what the upper
/// end counts.
pub(crate) fn counted(an: &Analyzer, text: &str, p: &Particular) -> Thing {
    let floor = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let from = p.end + RANGE.find(&text[p.end..]).map_or(0, |m| m.end());
    let end = floor((from + 48).min(text.len()));
    // What is counted is in the number's own clause: "from 12 days to 6 days, Aydoğan
    // said" counts days, not days and Aydoğan.
    let end = CLAUSE_END
        .find(&text[from..end])
        .map_or(end, |m| from + m.start());
    let mut after: Vec<String> = an.terms(&text[from..end]);
    after.retain(|t| !t.starts_with(|c: char| c.is_ascii_digit()));
    // "Six remain unaccounted for" counts the missing, as "seven unaccounted for" does.
    if after.len() > 1 && ["remain", "still"].contains(&after[0].as_str()) {
        after.remove(0);
    }
    let before = an.terms(&text[floor(p.start.saturating_sub(24))..p.start]);
    // The nearest word saying what happened, on either side ("killing at least 14 people
    // and leaving 37 missing": 14 dead, 37 missing).
    // A qualifier between them does not count ("killing at least 17 workers and injuring
    // dozens more": 17 dead).
    let near_before: Vec<&String> = before
        .iter()
        .filter(|t| !QUALIFIER_STEMS.contains(&t.as_str()))
        .collect();
    let nearest = (0..after.len().max(near_before.len())).flat_map(|k| {
        let b = near_before
            .len()
            .checked_sub(k + 1)
            .and_then(|i| near_before.get(i).copied());
        after.get(k).into_iter().chain(b)
    });
    let predicate = nearest.into_iter().find_map(|t| {
        PREDICATES
            .iter()
            .find(|(_, stems)| stems.iter().any(|s| t.starts_with(s)))
            .map(|(name, _)| *name)
    });
    // "A man in his 80s" gives an age, as "a 78-year-old man" does.
    if decade(text, p).is_some() {
        after = an.terms("year-old");
    }
    let take = if after.first().is_some_and(|t| UNITS.contains(&t.as_str())) {
        2
    } else {
        1
    };
    after.truncate(take);
    Thing {
        words: after,
        predicate,
        before: before.last().cloned(),
        near: around(an, text, p),
        unit: p.unit,
    }
}

/// Content words two measures' neighbourhoods must share to measure the same thing.
const CONTEXT: usize = 2;

/// Whether what `x` counts is a measure ("hours", "km"), not things ("runways").
pub(crate) fn is_unit(x: &Thing) -> bool {
    x.words.first().is_some_and(|t| UNITS.contains(&t.as_str()))
}

/// Whether two numbers count the same thing: the same words after them, or both people
/// to whom nothing different happened.
pub(crate) fn same_thing(a: &Thing, b: &Thing) -> bool {
    // People, or what happened to them standing for them ("47 deaths", "12 injured").
    let people = |x: &Thing| {
        x.words.first().is_some_and(|t| {
            PEOPLE.contains(&t.as_str())
                || PREDICATES
                    .iter()
                    .any(|(_, stems)| stems.iter().any(|s| t.starts_with(s)))
        })
    };
    let documents = |x: &Thing| {
        x.words
            .first()
            .is_some_and(|t| DOCUMENTS.iter().any(|d| t.starts_with(d)))
    };
    let compatible = match (a.predicate, b.predicate) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    let unit = |x: &Thing| x.words.first().is_some_and(|t| UNITS.contains(&t.as_str()));
    let same_words = if unit(a) && unit(b) {
        // "350 kilometers before splashing down" / "530 km and fell": the same measure
        // after the same verb, or amid the same words ("a three-day trilateral naval
        // exercise" / "a four-day joint naval exercise"; not "a 62-metre dam" / "90
        // metres wide").
        let context = a
            .near
            .intersection(&b.near)
            .filter(|t| Some(*t) != a.words.first())
            .count();
        a.words.first() == b.words.first()
            && (a.words == b.words
                || (a.before.is_some() && a.before == b.before)
                || context >= CONTEXT)
    } else {
        a.words == b.words
    };
    let money_or_share = !a.unit.is_empty() && !a.near.is_disjoint(&b.near);
    // A share or a sum may end its clause ("to grow between 4.0 and 4.8 per cent."): its
    // neighbourhood says what it measures.
    compatible
        && (money_or_share
            || (!a.words.is_empty()
                && (same_words || (people(a) && people(b)) || (documents(a) && documents(b)))))
}

/// The qualifier right before number `p` of `text` ("more than", "about"), if any.
pub(crate) fn qualifier(text: &str, p: &Particular) -> Option<&'static str> {
    super::particulars::word_before(text, p, 24, QUALIFIERS)
}

/// How far a qualified number may be from the value it rounds: "more than 40" is 43,
/// not 60; "about 10,000" is 10,335, not 12,000.
const HEDGE: f64 = 0.15;
/// How far "about", "nearly" and the like stray.
const ABOUT: f64 = 0.1;
/// How far a qualified number of three or more significant digits strays ("about 374
/// million" is not 347 million).
const PRECISE: f64 = 0.02;

/// The values number `p` of `text` allows, given its qualifier: "more than 600" allows
/// 612, "nearly 150" allows 147, "about 1,140" allows 1,100; a bare number only itself.
fn allows(text: &str, p: &Particular) -> Option<(f64, f64)> {
    if let Some((ages, _)) = decade(text, p) {
        return Some(ages);
    }
    let v: f64 = p.value.parse().ok()?;
    // A round number ("about 10,000", "nearly 150") stands for a range; a precise one
    // ("about 374 million") hardly strays.
    let digits = p.value.replace('.', "");
    let significant = digits.trim_start_matches('0').trim_end_matches('0').len();
    let (hedge, about) = if significant <= 2 {
        (HEDGE, ABOUT)
    } else {
        (PRECISE, PRECISE)
    };
    Some(match qualifier(text, p) {
        None => (v, v),
        Some("more than" | "over" | "at least") => (v, v * (1.0 + hedge)),
        Some("fewer than" | "less than" | "up to") => (v * (1.0 - hedge), v),
        Some("nearly" | "almost") => (v * (1.0 - about), v),
        Some(_) => (v * (1.0 - about), v * (1.0 + about)),
    })
}

/// An age given as a decade of life ("in his 80s", "in her early 70s", "in their
/// mid-30s"): the ages it allows, and where it is written ("early 70s"). Numbers of other
/// kinds are `None`.
pub(crate) fn decade(text: &str, p: &Particular) -> Option<((f64, f64), Range<usize>)> {
    let v: f64 = p.value.parse().ok()?;
    let after = &text[p.end..];
    let s = if after.starts_with('s') {
        1
    } else if after.starts_with("'s") {
        2
    } else {
        return None;
    };
    if after[s..].starts_with(char::is_alphanumeric)
        || v % 10.0 != 0.0
        || !(10.0..=90.0).contains(&v)
    {
        return None;
    }
    // Only the few words before it, lowercased (ASCII keeps byte offsets): asked of
    // every pair of numbers compared.
    let mut from = p.start.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text[from..p.start].to_ascii_lowercase();
    let before = before.trim_end_matches(['-', ' ']);
    let (before, part) = ["early", "mid", "late"]
        .iter()
        .find_map(|w| before.strip_suffix(w).map(|b| (b, Some(*w))))
        .unwrap_or((before, None));
    let start = if part.is_some() {
        from + before.len()
    } else {
        p.start
    };
    let ages = match part {
        Some("early") => (v, v + 3.0),
        Some("mid") => (v + 3.0, v + 7.0),
        Some("late") => (v + 6.0, v + 9.0),
        _ => (v, v + 9.0),
    };
    let before = before.trim_end();
    ["in his", "in her", "in their"]
        .iter()
        .any(|w| before.ends_with(w))
        .then_some((ages, start..p.end + s))
}

/// Whether number `p` of `a` and number `q` of `b` can be the same value: equal, or
/// one within what the other's qualifier allows ("more than 40" / "43", "14.6 percent" /
/// "nearly 15%"). Two outlets rounding one count differently do not disagree.
pub(crate) fn agree(a: &str, p: &Particular, b: &str, q: &Particular) -> bool {
    if p.value == q.value {
        return true;
    }
    // Two floors (or two ceilings) are two figures stated: "at least 17 workers" / "at
    // least 19 workers" disagree, though 19 is at least 17.
    let side = |x: &str, p: &Particular| match qualifier(x, p) {
        Some("more than" | "over" | "at least") => 1,
        Some("fewer than" | "less than" | "up to") => -1,
        _ => 0,
    };
    // One side's value within what the other allows: "some 800,000" and "about
    // 900,000" are two estimates, and they differ.
    let within = |x: &str, p: &Particular, q: &Particular| {
        let v: Option<f64> = q.value.parse().ok();
        allows(x, p)
            .zip(v)
            .is_some_and(|((lo, hi), v)| lo <= v && v <= hi)
    };
    if !(within(a, p, q) || within(b, q, p)) {
        return false;
    }
    let s = side(a, p);
    s == 0 || s != side(b, q)
}

/// Whether a number sits inside parentheses, as unit conversions do ("62-meter (203-foot)").
pub(crate) fn in_parentheses(text: &str, p: &Particular) -> bool {
    let before = &text[..p.start];
    before
        .rfind('(')
        .is_some_and(|open| !before[open..].contains(')'))
}

/// Bytes on each side of a particular that [`around`] reads.
const WINDOW: usize = 40;

/// Content-word stems within a few words of a particular, itself and numbers excluded.
pub(crate) fn around(an: &Analyzer, text: &str, p: &Particular) -> HashSet<String> {
    let floor = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let from = floor(p.start.saturating_sub(WINDOW));
    let to = floor((p.end + WINDOW).min(text.len()));
    // Whole words only: a word cut at the window's edge would be a different stem.
    let before = &text[from..p.start];
    let before = match before.find(char::is_whitespace) {
        Some(i) if from > 0 => &before[i..],
        _ => before,
    };
    let after = &text[p.end..to];
    let after = match after.rfind(char::is_whitespace) {
        Some(i) if to < text.len() => &after[..i],
        _ => after,
    };
    let mut set: HashSet<String> = an.terms(before).into_iter().collect();
    set.extend(an.terms(after));
    set.retain(|t| !t.starts_with(|c: char| c.is_ascii_digit()));
    set
}
