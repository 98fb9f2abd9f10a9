//! Datelines: "VLADIVOSTOK, April 25 (Yonhap) --", "VLADIVOSTOK, Russia, April 25, 2019
//! (BSS/AFP) –", "LONDON, March 3 (Reuters) -", "WASHINGTON (AP) —", "SEOUL —".
//!
//! The dateline stays in the paragraph text (it is what the wire printed), but it is read
//! into `meta.dateline`, gives the source agency and, when it prints a year, the date; and
//! the lede's first sentence starts after it, so picking that sentence as a fact gives the
//! fact, not "VLADIVOSTOK, April 25 (Yonhap) -- With warm pleasantries…".

use crate::agency;
use crate::dates;
use regex::Regex;
use std::sync::LazyLock;

/// A dateline found at the start of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// The dateline as printed, up to and including its dash ("SEOUL, March 3 (Yonhap) --").
    pub text: String,
    /// Bytes from the paragraph start to the first character after the dateline and the
    /// spaces following it.
    pub len: usize,
    /// The place ("VLADIVOSTOK").
    pub place: String,
    /// Canonical originating agency, when credited.
    pub source: Option<&'static str>,
    /// Redistributing agency ("BSS" in "BSS/AFP").
    pub via: Option<&'static str>,
    /// ISO date, when the dateline prints a year.
    pub published: Option<String>,
}

#[allow(clippy::unwrap_used)] // constant pattern, exercised by the tests
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let month = dates::month_pattern();
    Regex::new(&format!(
        r"(?x)^
        (?P<place>\p{{Lu}}[\p{{Lu}}'’.\-]*(?:\ \p{{Lu}}[\p{{Lu}}'’.\-]*){{0,3}})
        (?:,\ (?P<region>\p{{Lu}}[\p{{L}}.'’\-]*(?:\ \p{{Lu}}[\p{{L}}.'’\-]*){{0,2}}))??
        (?:,\ (?P<date>{month}\ \d{{1,2}}(?:,\ \d{{4}})?))?
        (?:\ ?\((?P<agency>[^()]{{2,40}})\))?
        \ ?(?P<dash>--|—|–|-)
        (?:\ +|$)"
    ))
    .unwrap()
});

/// Korean agency datelines: "(울산=연합뉴스) 김수연 기자 = …"; the dateline is the bracket,
/// the reporter credit after it is skipped so the first sentence starts with the news.
#[allow(clippy::unwrap_used)] // constant pattern, exercised by the tests
static KOREAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\((?P<place>[^=()]{1,20})=(?P<agency>[^()=]{2,12})\)\s*(?:[가-힣]{2,4}\s*(?:기자|특파원)\s*=\s*)?")
        .unwrap()
});

/// Reads a dateline at the start of `para`, if there is one.
pub fn find(para: &str) -> Option<Dateline> {
    if let Some(caps) = KOREAN.captures(para) {
        let all = caps.get(0)?;
        let place = caps.name("place")?;
        let credit = agency::parse_credit(caps.name("agency")?.as_str())?;
        let bracket = para[..all.end()].find(')').map_or(all.end(), |i| i + 1);
        return Some(Dateline {
            text: para[..bracket].to_owned(),
            len: all.end(),
            place: place.as_str().to_owned(),
            source: Some(credit.0),
            via: credit.1,
            published: None,
        });
    }
    let caps = DATELINE.captures(para)?;
    let all = caps.get(0)?;
    let place = caps.name("place")?.as_str();
    let credit = caps.name("agency").map(|m| m.as_str());
    let parsed = credit.and_then(agency::parse_credit);
    let has_date = caps.name("date").is_some();
    // Without an agency or a date, only a clearly all-caps place counts ("SEOUL —").
    if parsed.is_none() && !has_date {
        let dash = caps.name("dash").map_or("", |m| m.as_str());
        let next_upper = para[all.end()..].starts_with(char::is_uppercase);
        if place.chars().filter(|c| c.is_uppercase()).count() < 4 || dash == "-" || !next_upper {
            return None;
        }
    }
    if credit.is_some() && parsed.is_none() && !has_date {
        return None;
    }
    let published = caps
        .name("date")
        .and_then(|d| dates::find(d.as_str()))
        .and_then(|(d, _)| d.iso());
    Some(Dateline {
        text: all.as_str().trim_end().to_owned(),
        len: all.end(),
        place: place.to_owned(),
        source: parsed.map(|p| p.0),
        via: parsed.and_then(|p| p.1),
        published,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_datelines() {
        let d = find("VLADIVOSTOK, April 25 (Yonhap) -- With warm pleasantries").unwrap();
        assert_eq!(d.text, "VLADIVOSTOK, April 25 (Yonhap) --");
        assert_eq!(
            (d.source, d.via, d.published.as_deref()),
            (Some("Yonhap"), None, None)
        );
        assert_eq!(&"VLADIVOSTOK, April 25 (Yonhap) -- With"[d.len..], "With");

        let d = find("VLADIVOSTOK, Russia, April 25, 2019 (BSS/AFP) – Russian President").unwrap();
        assert_eq!(d.text, "VLADIVOSTOK, Russia, April 25, 2019 (BSS/AFP) –");
        assert_eq!(d.source, Some("AFP"));
        assert_eq!(d.via, Some("BSS"));
        assert_eq!(d.published.as_deref(), Some("2019-04-25"));

        let d = find("LONDON, March 3 (Reuters) - Britain said").unwrap();
        assert_eq!(d.source, Some("Reuters"));
        let d = find("WASHINGTON (AP) — The State Department").unwrap();
        assert_eq!(
            (d.text.as_str(), d.source),
            ("WASHINGTON (AP) —", Some("AP"))
        );
        let d = find("UNITED NATIONS (AP) — The council").unwrap();
        assert_eq!(d.place, "UNITED NATIONS");
        assert_eq!(find("SEOUL — Officials said").unwrap().source, None);
    }

    #[test]
    fn korean_dateline() {
        let p = "(울산=연합뉴스) 김수연 기자 = 5일 오전 10시 30분께";
        let d = find(p).unwrap();
        assert_eq!(
            (d.text.as_str(), d.source),
            ("(울산=연합뉴스)", Some("Yonhap"))
        );
        assert_eq!(&p[d.len..], "5일 오전 10시 30분께");
    }

    #[test]
    fn not_datelines() {
        assert_eq!(find("U.S.-led sanctions also have long been a drag"), None);
        assert_eq!(
            find("Kim and Putin held their much-anticipated summit"),
            None
        );
        assert_eq!(find("NATO - the alliance"), None);
        assert_eq!(find("A - B"), None);
        assert_eq!(find("THE END (of it) - yes"), None);
    }
}
