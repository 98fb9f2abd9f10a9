//! Datelines: "VLADIVOSTOK, April 25 (Yonhap) --", "VLADIVOSTOK, Russia, April 25, 2019
//! (BSS/AFP) –", "LONDON, March 3 (Reuters) -", "WASHINGTON (AP) —", "SEOUL —", and the
//! house styles of other agencies: TASS "BAIKONUR, July 15. /TASS/.", PTI "Ranipur (MP),
//! Jul 15 (PTI)" (no dash), dpa "Berlin (dpa) -" and "BERLIN, 15. Juli (dpa) -", AFP's
//! French service "PARIS, 15 juillet 2025 (AFP) -", ANI "New Delhi [India], July 22
//! (ANI):", Interfax "KEMEROVO. Nov 12 (Interfax) -", Antara "Banda Aceh, Aceh (ANTARA) -",
//! Lusa "Lisbon, 14 Oct 2025 (Lusa) -", EFE "Madrid, Feb 3 (EFE).-", CNA "SINGAPORE:" and
//! a bare "(AFP) –". A place in ordinary case, or a dateline without a dash, needs a known
//! agency's credit.
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
    let foreign = dates::foreign_month_pattern();
    Regex::new(&format!(
        r"(?x)^
        (?P<place>\p{{Lu}}[\p{{L}}'’./\-]*(?:\ \p{{Lu}}[\p{{L}}'’./\-]*){{0,3}})
        (?:\ \((?P<state>[^()]{{2,30}})\))?
        (?:\ \[(?P<country>\p{{Lu}}[^\[\]]{{1,30}})\])?
        (?:,\ (?P<region>\p{{Lu}}[\p{{L}}.'’\-]*(?:\ \p{{Lu}}[\p{{L}}.'’\-]*){{0,2}}))??
        (?:,\ (?P<date>{month}\ \d{{1,2}}(?:,\ \d{{4}})?|\d{{1,2}}\.?\ (?:{foreign}|{month})(?:\ \d{{4}})?))?
        (?:
            \.?\ /(?P<slashed>[\p{{L}}\-]{{2,20}})/\.?
          | \ ?\((?P<agency>[^()]{{2,40}})\)
        )?
        (?:\.?\ ?(?P<dash>--|—|–|-)|(?P<colon>:))?
        (?:\ +|$)"
    ))
    .unwrap()
});

/// An all-caps place, a full stop and a date ("KEMEROVO. Nov 12").
#[allow(clippy::unwrap_used)] // constant pattern, exercised by the tests
static STOP_AFTER_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    let month = dates::month_pattern();
    Regex::new(&format!(
        r"^(\p{{Lu}}{{2,}}(?:[ \-]\p{{Lu}}{{2,}}){{0,2}})\. (?:{month}) \d"
    ))
    .unwrap()
});

/// All-caps labels that end with a colon like CNA's datelines but are not places.
const LABELS: &[&str] = &[
    "UPDATE",
    "UPDATED",
    "BREAKING",
    "WATCH",
    "LISTEN",
    "READ",
    "NOTE",
    "CORRECTION",
    "EXCLUSIVE",
    "ANALYSIS",
    "OPINION",
    "COMMENTARY",
    "EDITORIAL",
    "WARNING",
    "LIVE",
    "VIDEO",
    "PHOTOS",
    "FACTBOX",
    "EXPLAINER",
    "INTERVIEW",
    "CLARIFICATION",
    "ADVISORY",
    "FLASH",
    "URGENT",
    "ALERT",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "REVIEW",
    "PREVIEW",
    "RECAP",
];

/// A credit with no place before it: "(AFP) – Text", "(dpa) - Text".
#[allow(clippy::unwrap_used)] // constant pattern, exercised by the tests
static BARE_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\((?P<agency>[^()]{2,40})\)\ ?(?P<dash>--|—|–|-)(?:\ +|$)").unwrap()
});

/// ANSA's place and date after its credit: "(ANSA) - ROME, MAY 3 - Text".
#[allow(clippy::unwrap_used)] // constant pattern, exercised by the tests
static AFTER_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<place>\p{Lu}{2,}(?:[ \-]\p{Lu}{2,}){0,2}), (?P<month>[A-Za-z]{3,9}\.?) \d{1,2} ?(?:--|—|–|-)(?: +|$)")
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
    if let Some(caps) = BARE_CREDIT.captures(para) {
        let all = caps.get(0)?;
        let (source, via) = agency::parse_credit(caps.name("agency")?.as_str())?;
        // "(ANSA) - ROME, MAY 3 -": the place and date follow the credit.
        let rest = &para[all.end()..];
        let placed = AFTER_CREDIT.captures(rest).filter(|c| {
            c.name("month")
                .and_then(|m| dates::month(m.as_str()))
                .is_some()
        });
        let (end, place) = match placed.as_ref().and_then(|c| c.get(0).zip(c.name("place"))) {
            Some((m, place)) => (all.end() + m.end(), place.as_str().to_owned()),
            None => (all.end(), String::new()),
        };
        return Some(Dateline {
            text: para[..end].trim_end().to_owned(),
            len: end,
            place,
            source: Some(source),
            via,
            published: None,
        });
    }
    // Interfax: "KEMEROVO. Nov 12 (Interfax) -": the full stop after an all-caps place
    // reads as the usual comma (one byte for one, so offsets hold).
    let commaed;
    let read = match STOP_AFTER_PLACE.captures(para).and_then(|c| c.get(1)) {
        Some(place) => {
            let stop = place.end();
            commaed = format!("{},{}", &para[..stop], &para[stop + 1..]);
            commaed.as_str()
        }
        None => para,
    };
    let caps = DATELINE.captures(read)?;
    let all = caps.get(0)?;
    let place = caps.name("place")?.as_str();
    let text = para.get(..all.end()).unwrap_or("").trim_end();
    // "Berlin (dpa) -": the bracket after the place is the credit when nothing follows it;
    // "Ranipur (MP), Jul 15 (PTI)": otherwise it names the state.
    let state = caps.name("state").map(|m| m.as_str());
    let credit = caps
        .name("agency")
        .or_else(|| caps.name("slashed"))
        .map(|m| m.as_str());
    let (credit, state_credit) = match (credit, state) {
        (None, Some(s)) if agency::parse_credit(s).is_some() => (Some(s), true),
        _ => (credit, false),
    };
    if state.is_some() && !state_credit && caps.name("date").is_none() {
        return None;
    }
    let parsed = credit.and_then(agency::parse_credit);
    // A colon ends a dateline after a known agency's credit (ANI's "New Delhi [India],
    // July 22 (ANI): Text") or after a bare all-caps place (CNA's "SINGAPORE: A tanker…"),
    // but not after a label ("UPDATE: …", "WATCH: …").
    if caps.name("colon").is_some() {
        let credited = parsed.is_some() && caps.name("agency").is_some();
        let bare = credit.is_none()
            && caps.name("date").is_none()
            && caps.name("region").is_none()
            && !LABELS.contains(&place);
        if !credited && !bare {
            return None;
        }
    }
    let has_date = caps.name("date").is_some();
    let dash = caps
        .name("dash")
        .or_else(|| caps.name("colon"))
        .map(|m| m.as_str());
    let all_caps = !place.chars().any(char::is_lowercase);
    // A place in ordinary case ("Berlin", "Ranipur") only with a known agency's credit.
    if !all_caps && parsed.is_none() {
        return None;
    }
    // Without a dash, a credit after a date ends the dateline: "Ranipur (MP), Jul 15
    // (PTI) Nine people…", "BAIKONUR, July 15. /TASS/. The…".
    if dash.is_none() && (parsed.is_none() || !has_date) {
        return None;
    }
    // Without an agency or a date, only a clearly all-caps place counts ("SEOUL —").
    if parsed.is_none() && !has_date {
        let next_upper = para[all.end()..].starts_with(char::is_uppercase);
        if place.chars().filter(|c| c.is_uppercase()).count() < 4
            || dash == Some("-")
            || !next_upper
        {
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
        text: text.to_owned(),
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
        assert_eq!(find("Berlin (Germany) - the city"), None);
        assert_eq!(find("Kim (L) meets Putin"), None);
        assert_eq!(find("Officials (AFP) said"), None);
        assert_eq!(find("(AFP)"), None, "nothing after the credit");
        assert_eq!(find("(see above) - the rest"), None);
        assert_eq!(find("SEOUL (Yonhap) The"), None, "no dash");
    }

    #[test]
    fn agency_house_styles() {
        let p = "(ANSA) - ROME, MAY 3 - The Italian government on Thursday approved";
        let d = find(p).unwrap();
        assert_eq!(
            (d.text.as_str(), d.source, d.place.as_str()),
            ("(ANSA) - ROME, MAY 3 -", Some("ANSA"), "ROME")
        );
        assert_eq!(&p[d.len..], "The Italian government on Thursday approved");
        // Not a place and date: the credit alone.
        let d = find("(AFP) - ROME, ITALY - The government").unwrap();
        assert_eq!(d.text, "(AFP) -");

        let p = "BAIKONUR, July 15. /TASS/. A Soyuz rocket lifted off";
        let d = find(p).unwrap();
        assert_eq!(
            (d.text.as_str(), d.source, d.place.as_str()),
            ("BAIKONUR, July 15. /TASS/.", Some("TASS"), "BAIKONUR")
        );
        assert_eq!(&p[d.len..], "A Soyuz rocket lifted off");
        let d = find("VOSTOCHNY COSMODROME, July 15. /TASS/. A Soyuz").unwrap();
        assert_eq!(d.place, "VOSTOCHNY COSMODROME");

        let p = "Ranipur (MP), Jul 15 (PTI) Nine people were killed";
        let d = find(p).unwrap();
        assert_eq!(
            (d.text.as_str(), d.source, d.place.as_str()),
            ("Ranipur (MP), Jul 15 (PTI)", Some("PTI"), "Ranipur")
        );
        assert_eq!(&p[d.len..], "Nine people were killed");
        let d = find("NEW DELHI, Jul 15 (PTI) The government").unwrap();
        assert_eq!(d.source, Some("PTI"));

        for (p, rest) in [
            ("(AFP) – Ten people died", "Ten people died"),
            ("(AFP) - Ten people died", "Ten people died"),
            ("(dpa) - Zehn Menschen", "Zehn Menschen"),
        ] {
            let d = find(p).unwrap();
            assert_eq!(&p[d.len..], rest, "{p}");
            assert!(d.source.is_some(), "{p}");
        }

        for (p, source) in [
            ("KEMEROVO. Nov 12 (Interfax) - Eleven miners", "Interfax"),
            ("Banda Aceh, Aceh (ANTARA) - A joint search", "Antara"),
            ("Lisbon, 14 Oct 2025 (Lusa) - The Lisbon court", "Lusa"),
            ("Madrid, Feb 3 (EFE).- The Prado Museum", "EFE"),
            ("BARCELONA, Mar 17 (EFE).- Two giant pandas", "EFE"),
            ("Jakarta (ANTARA) - The government", "Antara"),
            ("JAKARTA, Aug 5 (ANTARA) - The government", "Antara"),
            ("Guwahati (Assam) [India], July 10 (ANI): The flood", "ANI"),
        ] {
            let d = find(p).expect(p);
            assert_eq!(d.source, Some(source), "{p}");
            assert!(p[d.len..].starts_with(|c: char| c.is_uppercase()), "{p}");
        }

        let p = "New Delhi [India], July 22 (ANI): The Drugs Controller General";
        let d = find(p).unwrap();
        assert_eq!(
            (d.text.as_str(), d.source, d.place.as_str()),
            (
                "New Delhi [India], July 22 (ANI):",
                Some("ANI"),
                "New Delhi"
            )
        );
        assert_eq!(&p[d.len..], "The Drugs Controller General");
        assert_eq!(find("UPDATE: The council met"), None);
        assert_eq!(find("WATCH: The council met"), None);
        let p = "SINGAPORE: A container ship and a bunker tanker collided";
        let d = find(p).unwrap();
        assert_eq!((d.place.as_str(), d.source), ("SINGAPORE", None));
        assert_eq!(&p[d.len..], "A container ship and a bunker tanker collided");
        assert_eq!(
            find("KUALA LUMPUR: Malaysia's central bank").unwrap().place,
            "KUALA LUMPUR"
        );
        assert_eq!(find("SEOUL: the talks"), None, "a sentence starts after it");
        assert_eq!(find("Note (ANI) [sic]: more"), None);

        let d = find("Berlin (dpa) - Die Regierung").unwrap();
        assert_eq!((d.text.as_str(), d.source), ("Berlin (dpa) -", Some("dpa")));
        let d = find("BERLIN, 15. Juli (dpa) - Die Regierung").unwrap();
        assert_eq!(
            (d.text.as_str(), d.source),
            ("BERLIN, 15. Juli (dpa) -", Some("dpa"))
        );
        let d = find("PARIS, 15 juillet 2025 (AFP) - Le gouvernement").unwrap();
        assert_eq!(
            (d.source, d.published.as_deref()),
            (Some("AFP"), Some("2025-07-15"))
        );
        let d = find("Frankfurt/Main (dpa) - Die Börse").map(|d| d.source);
        assert_eq!(d, Some(Some("dpa")));
        assert_eq!(find("Photographer Kim (AP) took the picture"), None);
    }
}
