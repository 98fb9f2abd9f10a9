//! Reading the head of a story into metadata: wire slug, label and headline, repeated
//! headline, byline (also a web page's "Name Lisbon correspondent" and Anadolu's "Name
//! |29.05.2025 - 17:42"), and the category/date line.
//!
//! These lines are not story text, so they leave the text, but each one is reported in
//! `removed` with what became of it ("headline (moved to metadata)"): nothing is lost. The
//! scan stops at the first paragraph that is none of them, so a story that starts straight
//! with its lede keeps every paragraph. Markdown and HTML headings are trusted as the
//! headline when they come first.

use crate::agency;
use crate::article::{Meta, Removed};
use crate::blocks::{Hint, Para};
use crate::boilerplate;
use crate::dates;
use bylines::{byline, korean_byline};
use regex::Regex;
use std::sync::LazyLock;

/// How many leading paragraphs may hold header lines.
const HEAD_LIMIT: usize = 8;

/// Takes header paragraphs off the front of `paras` into `meta`, reporting each.
pub fn read_header(paras: &mut Vec<Para>, meta: &mut Meta, removed: &mut Vec<Removed>) {
    let mut taken = 0;
    let mut slug_rest: Option<String> = None;
    while taken < paras.len() && taken < HEAD_LIMIT {
        let p = &paras[taken];
        let text = p.text.as_str();
        let reason = if let Some(rest) = slug(paras, taken) {
            slug_rest = (!rest.is_empty()).then(|| rest.to_owned());
            "wire slug"
        } else if keyword_slug(text) {
            "wire slug"
        } else if meta.headline.as_deref().is_some_and(|h| same(h, text))
            || slug_rest.as_deref().is_some_and(|h| same(h, text)) && meta.headline.is_some()
        {
            "repeated headline"
        } else if let Some(line) = header_line(text, meta.byline.as_deref()) {
            line.into_meta(meta)
        } else if text.split_whitespace().count() <= 4
            && let Some(outlet) = agency::canonical(text)
        {
            meta.source = meta.source.take().or(Some(outlet.to_owned()));
            "outlet name (moved to metadata)"
        } else if meta.headline.is_none()
            && category_like(text)
            && paras
                .get(taken + 1)
                .is_some_and(|n| headline_like(n) && n.text.split_whitespace().count() > 3)
        {
            meta.category = meta.category.take().or(Some(text.to_owned()));
            "category (moved to metadata)"
        } else if removed
            .last()
            .is_some_and(|r| r.reason.starts_with("headline"))
            && taken > 0
            && text.split_whitespace().count() <= 20
            && headline_like(p)
            && paras
                .get(taken + 1)
                .is_some_and(|n| crate::dateline::find(&n.text).is_some())
        {
            // ANSA's "Works to start in 2027, minister says" right after the headline and
            // before the dateline: a second headline, not the story (a photo caption there
            // follows a date line or byline, and is longer).
            "subheadline"
        } else if (removed
            .last()
            .is_some_and(|r| r.reason.starts_with("headline"))
            || taken == 0 && meta.headline.is_some())
            && standfirst_like(text)
            && paras
                .get(taken + 1)
                .is_some_and(|n| header_line(&n.text, meta.byline.as_deref()).is_some())
        {
            // A web page's standfirst between the headline and its byline or date line
            // ("Rescuers struggle to reach … Published On 12 Sep 2026"): it sums the
            // story up in a sentence of its own, and the story starts after the date.
            "subheadline (standfirst)"
        } else if headline_like(p) && (meta.headline.is_none() || p.hint == Hint::Heading) {
            let (label, headline) = split_label(text);
            meta.label = label.or(meta.label.take());
            meta.headline = Some(headline.to_owned());
            "headline (moved to metadata)"
        } else {
            break;
        };
        removed.push(Removed {
            text: text.to_owned(),
            reason: reason.to_owned(),
            source_line: p.first_line(),
        });
        taken += 1;
    }
    if meta.headline.is_none() {
        meta.headline = slug_rest;
    }
    paras.drain(..taken);
}

/// A wire slug on the first paragraph, confirmed by a take list or a repeated headline.
fn slug(paras: &[Para], i: usize) -> Option<&str> {
    if i != 0 {
        return None;
    }
    let (rest, listed) = boilerplate::wire_slug(&paras[0].text)?;
    let repeated = paras.get(1).is_some_and(|n| same(&n.text, rest));
    (listed || rest.is_empty() || repeated).then_some(rest)
}

/// AFP's keyword slug on a line of its own ("India-religion-accident",
/// "NKorea-Russia-diplomacy"): topic words joined by hyphens, with no space, the later
/// ones in lowercase. A headline has spaces.
fn keyword_slug(t: &str) -> bool {
    let parts: Vec<&str> = t.split('-').collect();
    !t.contains(char::is_whitespace)
        && (3..=6).contains(&parts.len())
        && parts
            .iter()
            .all(|w| !w.is_empty() && w.chars().all(char::is_alphanumeric))
        && parts
            .last()
            .is_some_and(|w| w.chars().all(char::is_lowercase))
}

/// Equal after case, white space, quote style and final punctuation are set aside.
fn same(a: &str, b: &str) -> bool {
    fn norm(s: &str) -> String {
        s.chars()
            .map(|c| match c {
                '“' | '”' | '„' => '"',
                '‘' | '’' => '\'',
                c => c,
            })
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .trim_end_matches(['.', '!', '?'])
            .to_lowercase()
    }
    // Lengths far apart cannot normalise to the same text (quote styles change a few
    // bytes at most): skip the allocation for every body paragraph.
    !a.trim().is_empty() && a.len().abs_diff(b.len()) <= 32 && norm(a) == norm(b)
}

/// What a category/date line says.
#[derive(Debug, Default, PartialEq, Eq)]
struct DateLine {
    category: Option<String>,
    site: Option<String>,
    published: Option<String>,
}

/// Words a date line may carry besides the date, time, day of the week and names
/// (lowercase).
const DATE_WORDS: &[&str] = &[
    "updated",
    "update",
    "published",
    "posted",
    "last",
    "on",
    "at",
    "date",
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "gmt",
    "utc",
    "kst",
    "jst",
    "est",
    "edt",
    "et",
    "bst",
    "cet",
    "송고시간",
    "입력",
    "수정",
    "기사입력",
    "최종수정",
    "更新",
    "配信",
];

/// A category/date line: "Diplomacy 15:29 April 25, 2019", "Updated: 2024-03-03 09:12
/// KST", "Published 9 March 2024 · The Valley Ledger", "송고시간2024-03-05 14:20". Words
/// before the date are the category, words after it the site name.
fn date_line(text: &str) -> Option<DateLine> {
    #[allow(clippy::unwrap_used)] // constant patterns
    static TIME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\d{1,2}:\d{2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)?|\b(?:GMT|UTC)[+-]\d{1,2}|\b(?:\d+|an?)\s+(?:minute|hour|day)s?\s+ago\b").unwrap()
    });
    if text.chars().count() > 100 {
        return None;
    }
    let (date, _) = dates::find(text)?;
    // Blank out every date, then every time, keeping the before/after split.
    let mut rest = text.to_owned();
    while let Some((_, r)) = dates::find(&rest) {
        rest.replace_range(r, " \u{1} ");
    }
    let rest = TIME.replace_all(&rest, " ");
    let split = rest.find('\u{1}').unwrap_or(rest.len());
    let words = |part: &str| -> Option<Vec<String>> {
        let mut out = Vec::new();
        for w in part.split(|c: char| c.is_whitespace() || "|·•,:–—()\u{1}".contains(c)) {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            if w.is_empty() || !w.chars().any(char::is_alphabetic) {
                continue;
            }
            if DATE_WORDS.contains(&w.to_lowercase().as_str()) || crate::dates::is_weekday(w) {
                continue;
            }
            if w.starts_with(char::is_lowercase) {
                return None;
            }
            out.push(w.to_owned());
        }
        Some(out)
    };
    let before = words(&rest[..split])?;
    let after = words(&rest[split..])?;
    if before.len() + after.len() > 5 {
        return None;
    }
    let join = |w: Vec<String>| (!w.is_empty()).then(|| w.join(" "));
    Some(DateLine {
        category: join(before),
        site: join(after),
        published: date.iso(),
    })
}

/// A summary sentence under a headline: one sentence or two of prose, not a dateline.
fn standfirst_like(t: &str) -> bool {
    (4..=45).contains(&t.split_whitespace().count())
        && t.starts_with(|c: char| c.is_alphabetic() && !c.is_lowercase())
        && crate::dateline::find(t).is_none()
}

/// What a byline or a date line under the headline says.
enum HeaderLine {
    /// "By Jane Doe, AFP": the name and the outlet it names.
    Byline(String, Option<&'static str>),
    /// A name alone, or with a post ("Jane Doe Lisbon correspondent"), or Korean "… 기자".
    Name(String),
    /// Anadolu's "Name |29.05.2025 - 17:42".
    NameAndDate(String, DateLine),
    /// "Diplomacy 15:29 April 25, 2019".
    Date(DateLine),
}

impl HeaderLine {
    /// Moves what the line says into `meta` (keeping what is already there, except that
    /// a byline's outlet fills an empty source); the reason reported for its removal.
    fn into_meta(self, meta: &mut Meta) -> &'static str {
        match self {
            HeaderLine::Byline(name, outlet) => {
                meta.byline = meta.byline.take().or(Some(name));
                meta.source = meta.source.take().or(outlet.map(str::to_owned));
                "byline (moved to metadata)"
            }
            HeaderLine::Name(name) => {
                meta.byline = meta.byline.take().or(Some(name));
                "byline (moved to metadata)"
            }
            HeaderLine::NameAndDate(name, d) => {
                meta.byline = meta.byline.take().or(Some(name));
                meta.published = meta.published.take().or(d.published);
                "byline and date (moved to metadata)"
            }
            HeaderLine::Date(d) => {
                meta.category = meta.category.take().or(d.category);
                meta.site_name = meta.site_name.take().or(d.site);
                meta.published = meta.published.take().or(d.published);
                "date line (moved to metadata)"
            }
        }
    }
}

/// A byline or a date line (`known` is the byline read so far, which a staff line may
/// repeat): what the header reader moves to metadata, and what comes between a web
/// page's standfirst and its story.
fn header_line(t: &str, known: Option<&str>) -> Option<HeaderLine> {
    if let Some((name, outlet)) = byline(t) {
        return Some(HeaderLine::Byline(name, outlet));
    }
    if let Some(name) = bylines::staff_line(t, known) {
        return Some(HeaderLine::Name(name));
    }
    if let Some((name, date)) = bylines::name_and_date(t)
        && let Some(d) = date_line(date).filter(|d| d.category.is_none() && d.site.is_none())
    {
        return Some(HeaderLine::NameAndDate(name, d));
    }
    if let Some(name) = korean_byline(t) {
        return Some(HeaderLine::Name(name));
    }
    date_line(t).map(HeaderLine::Date)
}

/// One to three words, no punctuation: a section name such as "Asia Pacific".
fn category_like(t: &str) -> bool {
    (1..=3).contains(&t.split_whitespace().count())
        && !t.starts_with(char::is_lowercase)
        && t.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '&')
}

/// Short, no final full stop, not a dateline: could be a headline.
fn headline_like(p: &Para) -> bool {
    let t = p.text.trim();
    let words = t.split_whitespace().count();
    // "…in ties with U.S." ends in an abbreviation, not a full stop; "…at 2.3%." and
    // "…between 1.5 and 2.3." end in a number and a full stop.
    let last = t.split_whitespace().last().unwrap_or("");
    let abbreviation = last.matches('.').count() >= 2
        && last
            .trim_end_matches('.')
            .ends_with(|c: char| c.is_alphabetic());
    let full_stop = t.ends_with('.') && !abbreviation;
    (1..=30).contains(&words)
        && t.len() <= 300
        && !full_stop
        && !t.ends_with('。')
        && t.starts_with(|c: char| {
            (c.is_alphabetic() && !c.is_lowercase()) || c.is_numeric() || "(\"'“‘「".contains(c)
        })
        && matches!(p.hint, Hint::Plain | Hint::Heading)
}

/// Splits a story label off a headline:
/// "(News Focus) Kim, Putin begin…" → (Some("News Focus"), "Kim, Putin begin…").
pub fn split_label(text: &str) -> (Option<String>, &str) {
    if let Some(rest) = text.strip_prefix('(')
        && let Some((label, headline)) = rest.split_once(')')
        && (2..=30).contains(&label.len())
        && !headline.trim().is_empty()
    {
        return (Some(label.trim().to_owned()), headline.trim());
    }
    (None, text)
}

mod bylines;

#[cfg(test)]
mod tests {
    use super::*;

    fn dl(category: Option<&str>, site: Option<&str>, published: &str) -> Option<DateLine> {
        Some(DateLine {
            category: category.map(Into::into),
            site: site.map(Into::into),
            published: Some(published.into()),
        })
    }

    #[test]
    fn date_lines() {
        assert_eq!(
            date_line("Diplomacy 15:29 April 25, 2019"),
            dl(Some("Diplomacy"), None, "2019-04-25")
        );
        assert_eq!(
            date_line("Updated: 2024-03-03 09:12 KST"),
            dl(None, None, "2024-03-03")
        );
        assert_eq!(
            date_line("Published March 3, 2024 at 9:40 p.m. | Updated March 4, 2024 at 7:15 a.m."),
            dl(None, None, "2024-03-03")
        );
        assert_eq!(
            date_line("March 8, 20246:42 AM GMT+9Updated 2 hours ago"),
            dl(None, None, "2024-03-08")
        );
        assert_eq!(
            date_line("Tue, 12 Mar 2024, 06:00"),
            dl(None, None, "2024-03-12")
        );
        assert_eq!(
            date_line("Published 9 March 2024 · The Valley Ledger"),
            dl(None, Some("The Valley Ledger"), "2024-03-09")
        );
        assert_eq!(
            date_line("송고시간2024-03-05 14:20"),
            dl(None, None, "2024-03-05")
        );
        assert_eq!(
            date_line("The talks were held on April 25, 2019 in the city"),
            None
        );
        assert_eq!(date_line("18 October 2025"), dl(None, None, "2025-10-18"));
        assert_eq!(
            date_line("26.06.2025 - Update : 26.06.2025"),
            dl(None, None, "2025-06-26")
        );
    }

    #[test]
    fn a_subheadline_before_the_dateline_goes() {
        let mut p = paras(&[
            "Italy approves Strait of Messina bridge plan",
            "Works to start in 2027, minister says",
            "(ANSA) - ROME, MAY 3 - The Italian government on Thursday approved the design.",
        ]);
        let (mut meta, mut removed) = (Meta::default(), Vec::new());
        read_header(&mut p, &mut meta, &mut removed);
        assert_eq!(p.len(), 1);
        assert!(p[0].text.starts_with("(ANSA)"));
        assert_eq!(removed[1].reason, "subheadline");
        // Without a dateline after it, a short line stays: it may be the story.
        let mut p = paras(&[
            "Italy approves Strait of Messina bridge plan",
            "Works to start in 2027, minister says",
            "The Italian government on Thursday approved the design.",
        ]);
        let (mut meta, mut removed) = (Meta::default(), Vec::new());
        read_header(&mut p, &mut meta, &mut removed);
        assert_eq!(p.len(), 2);
    }

    #[test]
    fn a_sentence_ending_in_a_decimal_is_no_headline() {
        let p = paras(&[
            "Prices will stay at 2.3%.",
            "Inflation will stay between 1.5 and 2.3.",
            "Kim seeks closer ties with U.S.",
        ]);
        assert!(!headline_like(&p[0]));
        assert!(!headline_like(&p[1]));
        assert!(headline_like(&p[2]));
    }

    fn paras(lines: &[&str]) -> Vec<Para> {
        lines
            .iter()
            .enumerate()
            .map(|(i, t)| Para {
                text: (*t).into(),
                hint: Hint::Plain,
                lines: vec![(0, i + 1)],
            })
            .collect()
    }

    #[test]
    fn web_and_agency_bylines_become_metadata() {
        // A saved BBC page: the byline is known from the page, the date from <time>.
        let mut p = paras(&[
            "Alison Roberts Lisbon correspondent",
            "18 October 2025",
            "Tens of thousands of people have marched through Lisbon in one of the biggest protests.",
        ]);
        let mut meta = Meta {
            headline: Some("Lisbon housing protest".into()),
            byline: Some("Alison Roberts".into()),
            ..Meta::default()
        };
        let mut removed = Vec::new();
        read_header(&mut p, &mut meta, &mut removed);
        assert_eq!(p.len(), 1);
        let reasons: Vec<_> = removed.iter().map(|r| r.reason.as_str()).collect();
        assert_eq!(
            reasons,
            [
                "byline (moved to metadata)",
                "date line (moved to metadata)"
            ]
        );
        assert_eq!(meta.published.as_deref(), Some("2025-10-18"));

        // Anadolu: name, bar, date and time under the headline.
        let mut p = paras(&[
            "Türkiye, Germany sign deal to link Middle Corridor to Europe by rail",
            "Ayşe Demirtaş |29.05.2025 - 17:42",
            "BERLIN (AA) - Türkiye and Germany on Thursday signed an agreement in Berlin.",
        ]);
        let mut meta = Meta::default();
        let mut removed = Vec::new();
        read_header(&mut p, &mut meta, &mut removed);
        assert_eq!(p.len(), 1);
        assert_eq!(
            (
                meta.byline.as_deref(),
                meta.published.as_deref(),
                meta.category.as_deref()
            ),
            (Some("Ayşe Demirtaş"), Some("2025-05-29"), None)
        );
        assert_eq!(removed[1].reason, "byline and date (moved to metadata)");
        assert_eq!(removed[1].source_line, 2);
    }

    #[test]
    fn a_standfirst_under_the_headline_goes() {
        // Before a date line, as plain text.
        let mut p = paras(&[
            "Floods cut off mountain villages",
            "Rescuers struggle to reach dozens of families stranded by the flood.",
            "Published On 12 Sep 2026",
            "At least 40 families have been stranded, officials say.",
        ]);
        let (mut meta, mut removed) = (Meta::default(), Vec::new());
        read_header(&mut p, &mut meta, &mut removed);
        let reasons: Vec<_> = removed.iter().map(|r| r.reason.as_str()).collect();
        assert_eq!(
            reasons[1..],
            ["subheadline (standfirst)", "date line (moved to metadata)"]
        );
        assert_eq!(meta.published.as_deref(), Some("2026-09-12"));
        assert_eq!(p.len(), 1);
        // A lede with no date line after it stays.
        let mut p = paras(&[
            "Rescuers struggle to reach dozens of families.",
            "More text here.",
        ]);
        read_header(&mut p, &mut meta, &mut Vec::new());
        assert_eq!(p.len(), 2);
    }

    #[test]
    fn labels() {
        assert_eq!(
            split_label("(News Focus) Kim, Putin begin"),
            (Some("News Focus".into()), "Kim, Putin begin")
        );
        assert_eq!(
            split_label("(LEAD) N. Korea fires"),
            (Some("LEAD".into()), "N. Korea fires")
        );
        assert_eq!(split_label("Kim (L) meets"), (None, "Kim (L) meets"));
    }
}
