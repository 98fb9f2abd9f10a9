//! Byline lines in the head of a story: "By Song Sang-ho", "By MATTHEW LEE Associated
//! Press", "By KEVIN DOLAN AP Auto Writer", Korean "김수연 기자", a web page's "Alison
//! Roberts Lisbon correspondent" and Anadolu's "Ayşe Demirtaş |29.05.2025 - 17:42".

use crate::agency;

/// "By Song Sang-ho" → ("Song Sang-ho", None); "By MATTHEW LEE Associated Press" →
/// ("MATTHEW LEE", Some("AP")).
pub(super) fn byline(text: &str) -> Option<(String, Option<&'static str>)> {
    let rest = text
        .strip_prefix("By ")
        .or_else(|| text.strip_prefix("BY "))
        .or_else(|| text.strip_prefix("by "))?
        .trim();
    if rest.is_empty()
        || rest.ends_with('.') && !rest.ends_with("Jr.")
        || rest.split_whitespace().count() > 16
    {
        return None;
    }
    if !rest.starts_with(char::is_uppercase) {
        return None;
    }
    // AP's title after the names: "By KEVIN DOLAN AP Auto Writer", "By JANE ROE and
    // JOHN DOE AP Science Writers".
    if let Some(names) = ap_title(rest) {
        return Some((names.to_owned(), agency::canonical("AP")));
    }
    const OUTLETS: &[&str] = &[
        "The Associated Press",
        "Associated Press",
        "Agence France-Presse",
        "Yonhap News Agency",
        "Yonhap",
        "Reuters",
        "AFP",
        "AP",
        "Bloomberg",
    ];
    for outlet in OUTLETS {
        if let Some(names) = rest.strip_suffix(outlet)
            && names.ends_with([' ', ',', '|', '-', '—', '–'])
        {
            let names = names.trim_end_matches([' ', ',', '|', '-', '—', '–']);
            if !names.is_empty() {
                return Some((names.to_owned(), agency::canonical(outlet)));
            }
        }
    }
    Some((rest.to_owned(), None))
}

/// The names before an AP staff title ("KEVIN DOLAN AP Auto Writer" → "KEVIN DOLAN"): "AP",
/// up to three capitalised words, and a title word ending the line.
fn ap_title(rest: &str) -> Option<&str> {
    let (names, title) = rest.rsplit_once(" AP ")?;
    let words: Vec<&str> = title.split_whitespace().collect();
    let (last, before) = words.split_last()?;
    let titled = matches!(
        last.trim_end_matches('s'),
        "Writer" | "Correspondent" | "Editor" | "Reporter" | "Photographer"
    ) && before.len() <= 3
        && before.iter().all(|w| w.starts_with(char::is_uppercase));
    let names = names.trim_end_matches([' ', ',']);
    (titled && !names.is_empty()).then_some(names)
}

/// "김수연 기자" (a Korean byline: name and the word for reporter).
pub(super) fn korean_byline(text: &str) -> Option<String> {
    let (name, title) = text.trim().rsplit_once(char::is_whitespace)?;
    let name = name.trim();
    (matches!(title, "기자" | "특파원")
        && (2..=4).contains(&name.chars().count())
        && name.chars().all(|c| ('가'..='힣').contains(&c)))
    .then(|| name.to_owned())
}

/// Last words of a staff line under a web headline ("Lisbon correspondent").
const STAFF_ROLES: &[&str] = &[
    "correspondent",
    "reporter",
    "editor",
    "writer",
    "journalist",
    "columnist",
    "producer",
];

/// A byline line without "By": the byline the page's metadata names, alone or followed by
/// the reporter's post ("Alison Roberts Lisbon correspondent"), or capitalised names
/// ending in a journalist's post ("Jane Doe, Africa correspondent"). Returns the name.
pub(super) fn staff_line(text: &str, known: Option<&str>) -> Option<String> {
    let t = text.trim();
    if t.len() > 100 || t.ends_with(['.', '!', '?', ':', ';']) || t.contains(['"', '“', '”']) {
        return None;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if !(2..=8).contains(&words.len()) {
        return None;
    }
    if let Some(name) = known.map(str::trim).filter(|k| k.contains(' '))
        && let Some(rest) = t.strip_prefix(name)
        && (rest.is_empty() || rest.starts_with([' ', ',', '|', '-', '–', '—', '·']))
    {
        return Some(name.to_owned());
    }
    let last = words.last()?.to_lowercase();
    if !STAFF_ROLES.contains(&last.as_str()) {
        return None;
    }
    // "Jane Doe, Africa correspondent": the name before the comma; without one, the first
    // two words ("Alison Roberts Lisbon correspondent").
    let name = match t.split_once(',') {
        Some((name, _)) => name.trim().to_owned(),
        None => words[..2].join(" "),
    };
    // First and last word capitalised ("Jane van Dijk"), at most four words.
    let w: Vec<&str> = name.split_whitespace().collect();
    let capitalised = (2..=4).contains(&w.len())
        && [w[0], w[w.len() - 1]]
            .iter()
            .all(|w| w.starts_with(char::is_uppercase));
    capitalised.then_some(name)
}

/// Anadolu's byline line, a name, a bar and the date: "Ayşe Demirtaş |29.05.2025 - 17:42"
/// → ("Ayşe Demirtaş", "29.05.2025 - 17:42"). The caller reads the date.
pub(super) fn name_and_date(text: &str) -> Option<(String, &str)> {
    let (name, rest) = text.split_once('|')?;
    let name = name.trim();
    let words = name.split_whitespace().count();
    let wordy = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c))
    };
    ((2..=4).contains(&words) && name.split_whitespace().all(wordy) && !rest.trim().is_empty())
        .then(|| (name.to_owned(), rest.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines() {
        assert_eq!(
            byline("By Song Sang-ho"),
            Some(("Song Sang-ho".into(), None))
        );
        assert_eq!(
            byline("By MATTHEW LEE and ELLEN KNICKMEYER Associated Press"),
            Some(("MATTHEW LEE and ELLEN KNICKMEYER".into(), Some("AP")))
        );
        assert_eq!(
            byline("By JANE ROE and JOHN DOE AP Science Writers"),
            Some(("JANE ROE and JOHN DOE".into(), Some("AP")))
        );
        // "AP" alone after the names is the outlet, not a title.
        assert_eq!(
            byline("By JANE ROE AP"),
            Some(("JANE ROE".into(), Some("AP")))
        );
        assert_eq!(
            byline("By Jane Doe | Reuters"),
            Some(("Jane Doe".into(), Some("Reuters")))
        );
        assert_eq!(
            byline("By the end of the year, more workers will leave."),
            None
        );
        assert_eq!(byline("Bypass road opens"), None);
        assert_eq!(korean_byline("김수연 기자").as_deref(), Some("김수연"));
        assert_eq!(korean_byline("Kim reporter"), None);
    }

    #[test]
    fn web_and_agency_byline_lines() {
        let known = Some("Alison Roberts");
        assert_eq!(
            staff_line("Alison Roberts Lisbon correspondent", known).as_deref(),
            Some("Alison Roberts")
        );
        assert_eq!(
            staff_line("Alison Roberts Lisbon correspondent", None).as_deref(),
            Some("Alison Roberts")
        );
        assert_eq!(
            staff_line("Jane van Dijk, Europe correspondent", None).as_deref(),
            Some("Jane van Dijk")
        );
        assert_eq!(
            staff_line("Jane Doe, Africa correspondent", None).as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(
            staff_line("Alison Roberts said the march was calm.", known),
            None
        );
        assert_eq!(staff_line("Letters to the editor", None), None);
        assert_eq!(staff_line("Government promises measures", known), None);
        assert_eq!(
            name_and_date("Ayşe Demirtaş   |29.05.2025 - 17:42"),
            Some(("Ayşe Demirtaş".to_owned(), "29.05.2025 - 17:42"))
        );
        assert_eq!(name_and_date("Sales | 2024 results"), None);
    }
}
