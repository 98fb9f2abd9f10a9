//! News agencies and outlets by the names copy prints for them.
//!
//! The same agency appears as "AFP", "Agence France-Presse" or inside "BSS/AFP" (AFP copy
//! redistributed by Bangladesh's BSS). Later stages (source lists, corroboration) must see
//! one canonical name per originator and know who merely redistributed, so both are read
//! here from datelines, trailers, bylines and copyright lines.

/// Canonical agency names and the spellings that map to them (lowercase).
const AGENCIES: &[(&str, &[&str])] = &[
    (
        "Yonhap",
        &["yonhap", "yonhap news agency", "yna", "연합뉴스", "연합"],
    ),
    (
        "AFP",
        &["afp", "agence france-presse", "agence france presse"],
    ),
    ("Reuters", &["reuters", "thomson reuters"]),
    ("AP", &["ap", "associated press", "the associated press"]),
    ("Xinhua", &["xinhua", "新华社"]),
    ("TASS", &["tass"]),
    ("Kyodo", &["kyodo", "kyodo news", "共同通信"]),
    ("KCNA", &["kcna"]),
    ("Bloomberg", &["bloomberg"]),
    ("dpa", &["dpa"]),
    ("EFE", &["efe"]),
    ("ANSA", &["ansa"]),
    ("UPI", &["upi"]),
    ("PTI", &["pti"]),
    ("IANS", &["ians"]),
    ("ANI", &["ani"]),
    ("Anadolu", &["anadolu", "aa"]),
    ("RIA Novosti", &["ria novosti", "ria"]),
    ("Interfax", &["interfax"]),
    ("Antara", &["antara", "antara news"]),
    ("Lusa", &["lusa"]),
    ("Jiji", &["jiji", "jiji press"]),
    ("Bernama", &["bernama"]),
    ("BSS", &["bss"]),
    ("APP", &["app"]),
    ("NHK", &["nhk"]),
    ("Newsis", &["newsis", "뉴시스"]),
    ("News1", &["news1", "뉴스1"]),
];

/// Agencies that mostly redistribute others' copy: the second name in "BSS/AFP" is the
/// originator.
const DISTRIBUTORS: &[&str] = &["BSS", "APP", "Bernama", "ANI", "IANS", "UPI"];

/// The canonical name for one spelling, e.g. `canonical("Associated Press") == Some("AP")`.
pub fn canonical(name: &str) -> Option<&'static str> {
    let n = name.trim().to_lowercase();
    let n = n.strip_prefix("the ").unwrap_or(&n).trim();
    AGENCIES
        .iter()
        .find(|(_, spellings)| spellings.contains(&n))
        .map(|&(c, _)| c)
}

/// Reads an agency credit like "Yonhap", "BSS/AFP", "AFP via BSS", "AP Photo/Ahn Young-joon"
/// into `(source, via)`. `None` when no known agency is named.
pub fn parse_credit(credit: &str) -> Option<(&'static str, Option<&'static str>)> {
    let known: Vec<&'static str> = credit
        .split(['/', ',', ';'])
        .flat_map(|part| {
            let part = part.trim();
            let whole = canonical(part);
            // "AP Photo", "AFP via BSS": fall back to the first word.
            whole.into_iter().chain(
                part.split_whitespace()
                    .next()
                    .filter(|_| whole.is_none())
                    .and_then(canonical),
            )
        })
        .collect();
    match known.as_slice() {
        [] => None,
        [one] => Some((one, None)),
        [first, second, ..] if DISTRIBUTORS.contains(first) => Some((second, Some(first))),
        [first, ..] => Some((first, None)),
    }
}

/// Finds the first agency named as a whole word in `text` (for trailers and notices).
pub fn mentioned(text: &str) -> Option<&'static str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .find_map(|w| {
            // Only unambiguous names: short lowercase words ("ap", "aa") are too common.
            if w.len() <= 3 && w.chars().any(char::is_lowercase) {
                return None;
            }
            canonical(w)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits() {
        assert_eq!(parse_credit("Yonhap"), Some(("Yonhap", None)));
        assert_eq!(parse_credit("BSS/AFP"), Some(("AFP", Some("BSS"))));
        assert_eq!(parse_credit("AP"), Some(("AP", None)));
        assert_eq!(parse_credit("AP Photo/Ahn Young-joon"), Some(("AP", None)));
        assert_eq!(parse_credit("Reuters"), Some(("Reuters", None)));
        assert_eq!(parse_credit("L"), None);
        assert_eq!(canonical("The Associated Press"), Some("AP"));
        assert_eq!(canonical("Agence France-Presse"), Some("AFP"));
    }

    #[test]
    fn mentions() {
        assert_eq!(
            parse_credit("BSS/AFP/MSY/1117 hrs"),
            Some(("AFP", Some("BSS")))
        );
        assert_eq!(
            mentioned("(C) Yonhap News Agency. All Rights Reserved"),
            Some("Yonhap")
        );
        assert_eq!(mentioned("the app was slow"), None);
    }
}
