//! Page metadata from `<title>`, `<meta>` (og:, article:, twitter:, name=author/date…),
//! `<link rel=canonical>` and JSON-LD (`NewsArticle` etc., also inside `@graph`), read
//! through the same `dom_query` DOM that `dom_smoothie` uses. Earlier sources win; every
//! value is whitespace-collapsed and dropped when empty.

use dom_query::Document;
use serde_json::Value;

use super::{HtmlMeta, collapse};

/// JSON-LD `@type`s that describe the article itself.
const ARTICLE_TYPES: &str = "NewsArticle Article ReportageNewsArticle AnalysisNewsArticle \
    OpinionNewsArticle BackgroundNewsArticle BlogPosting LiveBlogPosting Report SocialMediaPosting";
/// `<meta>` names and properties for the byline, in order of preference.
const AUTHOR_KEYS: &str =
    "author article:author byl sailthru.author parsely-author dc.creator dcterms.creator";
/// The same for the publication date.
const DATE_KEYS: &str = "article:published_time og:article:published_time article:published \
    datepublished pubdate publishdate publish-date date dc.date dc.date.issued dcterms.created \
    sailthru.date parsely-pub-date";
/// Separators between a headline and a site name in `<title>`; the first three are "strong".
const SEPARATORS: &[&str] = &[" | ", " :: ", " » ", " - ", " — ", " – ", " · "];

/// Reads all metadata of a parsed page (before any cleaning).
pub(super) fn read(doc: &Document) -> HtmlMeta {
    let metas: Vec<(String, String)> = doc
        .select("meta")
        .nodes()
        .iter()
        .filter_map(|n| {
            let key = n
                .attr("property")
                .or_else(|| n.attr("name"))
                .or_else(|| n.attr("itemprop"))?;
            Some((
                key.trim().to_ascii_lowercase(),
                collapse(&n.attr("content")?),
            ))
        })
        .filter(|(_, v)| !v.is_empty())
        .collect();
    // The first value among `keys` (space-separated), in the order of `keys`.
    let m = |keys: &str| {
        keys.split_whitespace()
            .find_map(|k| metas.iter().find(|(key, _)| key == k))
            .map(|(_, v)| v.clone())
    };
    let ld = JsonLd::read(doc);
    let first_text = |sel: &str| {
        doc.select(sel)
            .nodes()
            .first()
            .map(|n| collapse(&n.text()))
            .filter(|s| !s.is_empty())
    };
    let canonical = doc
        .select("link[rel=canonical]")
        .nodes()
        .first()
        .and_then(|n| n.attr("href"));
    let canonical = canonical
        .map(|s| collapse(&s))
        .filter(|s| s.starts_with("http"));

    let mut site_name = m("og:site_name application-name").or_else(|| ld.site.clone());
    let h1 = first_text("h1");
    let alternatives: Vec<String> = [
        m("og:title"),
        ld.headline.clone(),
        m("twitter:title"),
        h1.clone(),
    ]
    .into_iter()
    .flatten()
    .collect();
    let named = [
        m("og:title"),
        ld.headline.clone(),
        m("twitter:title"),
        first_text("title"),
    ];
    let title = named.into_iter().flatten().next().or(h1).map(|t| {
        let (clean, site_guess) = strip_site(&t, site_name.as_deref(), &alternatives);
        site_name = site_name.take().or(site_guess);
        section_affix(&clean, &alternatives).unwrap_or(clean)
    });
    let byline = ld
        .author
        .clone()
        .or_else(|| m(AUTHOR_KEYS).filter(|a| !a.starts_with("http")));
    let date_metas = DATE_KEYS
        .split_whitespace()
        .flat_map(|k| metas.iter().filter(move |(key, _)| key == k));
    let published = ld
        .date
        .iter()
        .chain(date_metas.map(|(_, v)| v))
        .find_map(|d| iso_date(d))
        .or_else(|| {
            doc.select("time[datetime]")
                .nodes()
                .iter()
                .find_map(|n| iso_date(&n.attr("datetime")?))
        })
        .or_else(|| stated_date(doc));
    HtmlMeta {
        standfirst: standfirst(doc),
        title: title.filter(|t| !t.is_empty()),
        byline: byline.and_then(|b| clean_byline(&b)),
        published,
        site_name,
        url: canonical.or_else(|| m("og:url")).or(ld.url),
        section: m("article:section section").or(ld.section),
        description: m("description og:description twitter:description").or(ld.description),
    }
}

/// The fields this module takes from JSON-LD.
#[derive(Default)]
struct JsonLd {
    headline: Option<String>,
    author: Option<String>,
    date: Option<String>,
    url: Option<String>,
    section: Option<String>,
    description: Option<String>,
    site: Option<String>,
}

impl JsonLd {
    fn read(doc: &Document) -> JsonLd {
        let mut nodes = Vec::new();
        for script in doc.select("script").nodes() {
            if !script
                .attr("type")
                .is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"))
            {
                continue;
            }
            let text = script.text();
            // Raw line breaks inside strings are a common JSON-LD defect; retry without them.
            let parsed = serde_json::from_str::<Value>(&text)
                .or_else(|_| serde_json::from_str::<Value>(&text.replace(['\n', '\r', '\t'], " ")));
            if let Ok(v) = parsed {
                flatten(v, &mut nodes);
            }
        }
        let has_type = |n: &Value, types: &str| {
            let is = |t: &Value| {
                t.as_str()
                    .is_some_and(|t| types.split_whitespace().any(|x| x == t))
            };
            match n.get("@type") {
                Some(Value::Array(a)) => a.iter().any(is),
                Some(t) => is(t),
                None => false,
            }
        };
        let site = nodes
            .iter()
            .find(|n| has_type(n, "WebSite"))
            .and_then(|n| text_of(n.get("name")?));
        let Some(art) = nodes.iter().find(|n| has_type(n, ARTICLE_TYPES)) else {
            return JsonLd {
                site,
                ..JsonLd::default()
            };
        };
        let field = |keys: &str| {
            keys.split_whitespace()
                .find_map(|k| art.get(k).and_then(text_of))
        };
        // An author given only as {"@id": …} is named elsewhere in the graph.
        let by_id = |v: &Value| -> Option<String> {
            let id = v.get("@id")?.as_str()?;
            let node = nodes
                .iter()
                .find(|n| n.get("@id").and_then(Value::as_str) == Some(id))?;
            text_of(node.get("name")?)
        };
        let person = |v: &Value| {
            v.get("name")
                .and_then(text_of)
                .or_else(|| by_id(v))
                .or_else(|| text_of(v))
        };
        let author = match art.get("author").or_else(|| art.get("creator")) {
            Some(Value::Array(a)) => {
                Some(a.iter().filter_map(person).collect::<Vec<_>>().join(", "))
            }
            Some(v) => person(v),
            None => None,
        };
        JsonLd {
            headline: field("headline name"),
            author: author.filter(|a| !a.is_empty()),
            date: field("datePublished dateCreated"),
            url: field("url").or_else(|| {
                art.get("mainEntityOfPage")
                    .and_then(|m| text_of(m.get("@id")?))
            }),
            section: field("articleSection"),
            description: field("description"),
            site: art
                .get("publisher")
                .and_then(|p| text_of(p.get("name")?))
                .or(site),
        }
    }
}

/// Collects every object of a JSON-LD value: top-level arrays and `@graph` members.
fn flatten(v: Value, out: &mut Vec<Value>) {
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items.into_iter().rev()),
            Value::Object(mut map) => {
                if let Some(graph) = map.remove("@graph") {
                    stack.push(graph);
                }
                out.push(Value::Object(map));
            }
            _ => {}
        }
    }
}

/// A string, or the first string of an array, collapsed; `None` when empty.
fn text_of(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => collapse(s),
        Value::Array(a) => a.iter().find_map(text_of)?,
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}

/// Removes a site name before or after a separator; returns the headline and the site
/// name when it had to be guessed from the title. Without a known site name, only a short
/// affix after a strong separator, or one whose remainder is another title of the page
/// (og:title, `<h1>`…), is taken for a site name.
fn strip_site(
    title: &str,
    site: Option<&str>,
    alternatives: &[String],
) -> (String, Option<String>) {
    for (i, sep) in SEPARATORS.iter().enumerate() {
        let (Some(first), Some(last)) = (title.find(sep), title.rfind(sep)) else {
            continue;
        };
        let splits = [
            (&title[..last], &title[last + sep.len()..]),
            (&title[first + sep.len()..], &title[..first]),
        ];
        for (head, affix) in splits {
            let (head, affix) = (head.trim(), affix.trim());
            if site.is_some_and(|s| s.eq_ignore_ascii_case(affix)) {
                return (head.to_string(), None);
            }
            let (affix_words, head_words) = (
                affix.split_whitespace().count(),
                head.split_whitespace().count(),
            );
            let short = affix_words <= 4 && head_words > 2 && affix_words < head_words;
            let confirmed = alternatives.iter().any(|a| a == head);
            if site.is_none() && short && (i < 3 || confirmed) {
                return (head.to_string(), Some(affix.to_string()));
            }
        }
    }
    (title.to_string(), None)
}

/// The page's own headline (`<h1>`, og:title…) when the title is that headline followed
/// by a separator and more affixes ("Floods cut off villages | Weather News" after the
/// site name is gone, where the `<h1>` is "Floods cut off villages").
fn section_affix(title: &str, alternatives: &[String]) -> Option<String> {
    alternatives
        .iter()
        .filter(|a| a.split_whitespace().count() > 2)
        .find(|a| {
            title.strip_prefix(a.as_str()).is_some_and(|rest| {
                SEPARATORS
                    .iter()
                    .any(|sep| rest.starts_with(sep) && rest.len() > sep.len())
            })
        })
        .cloned()
}

/// Words of class names that mark a standfirst.
const STANDFIRST_WORDS: &[&str] = &["standfirst", "subhead", "subheadline", "strapline", "dek"];

/// The text of the first element whose class marks it as the standfirst, when it reads
/// as one (four to sixty words).
fn standfirst(doc: &Document) -> Option<String> {
    doc.select("p, div, h2, h3")
        .nodes()
        .iter()
        .filter(|n| {
            n.attr("class").is_some_and(|c| {
                c.split_whitespace()
                    .flat_map(super::clean::name_words)
                    .any(|w| STANDFIRST_WORDS.contains(&w.as_str()))
            })
        })
        .map(|n| collapse(&n.text()))
        .find(|t| (4..=60).contains(&t.split_whitespace().count()))
}

/// The byline a page marks by class, id or component name ("byline",
/// `data-component="byline-block"`): its first line, so that a name and the post or place
/// under it in another element ("By Amira Haddad" / "BBC News, Kesh") do not run together
/// as readability's text of the element does ("Amira HaddadBBC News, Kesh").
pub(super) fn marked_byline(doc: &Document) -> Option<String> {
    let marked = |n: &dom_query::NodeRef| {
        ["class", "id", "data-component"].iter().any(|a| {
            n.attr(a).is_some_and(|v| {
                v.split_whitespace()
                    .flat_map(super::clean::name_words)
                    .any(|w| w == "byline")
            })
        })
    };
    let node = doc
        .select("div, p, span, section, address")
        .nodes()
        .iter()
        .find(|n| marked(n))
        .cloned()?;
    // Names, not a date or a time the element also holds first.
    let line = super::blocks::lines(node).into_iter().next()?;
    let names = !line.chars().any(|c| c.is_ascii_digit()) && line.split(' ').count() <= 16;
    clean_byline(&line).filter(|_| names)
}

/// The date a page states in words when it has no date markup: the first short element
/// whose own text is "Published On 12 Sep 2026", "Published: 3 March 2026" or the like
/// (cleaning removes such lines from the body later, so they are read here, first).
fn stated_date(doc: &Document) -> Option<String> {
    doc.select("span, div, p, time, li")
        .nodes()
        .iter()
        .filter(|n| n.children_it(false).all(|c| !c.is_element()))
        .map(|n| collapse(&n.text()))
        .filter(|t| t.len() < 60)
        .find_map(|t| {
            let head = t.get(..9).filter(|h| h.eq_ignore_ascii_case("published"))?;
            let rest = t[head.len()..].trim_start_matches([' ', ':']);
            let rest = ["on ", "On ", "ON "]
                .iter()
                .find_map(|on| rest.strip_prefix(on))
                .unwrap_or(rest);
            let (date, range) = crate::dates::find(rest)?;
            (range.start == 0).then(|| date.iso()).flatten()
        })
}

/// Names only: drops "By"/"Posted by", trailing separators and URL-like values.
pub(super) fn clean_byline(raw: &str) -> Option<String> {
    let mut s = collapse(raw);
    for prefix in ["posted by ", "written by ", "by: ", "by "] {
        if s.len() > prefix.len()
            && s.get(..prefix.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
        {
            s = s[prefix.len()..].to_string();
            break;
        }
    }
    let s = s.trim_end_matches(['-', '|', '–', '—', ',', ' ']).trim();
    let plausible = !s.is_empty() && s.chars().count() <= 200 && !s.starts_with("http");
    plausible.then(|| s.to_string())
}

/// An ISO `YYYY-MM-DD` from a date value: compact `YYYYMMDD[hhmm[ss]]`, or anything
/// [`crate::dates`] reads ("2019-04-25T01:29:00+09:00" gives the date as written, with no
/// time-zone shift; "April 25, 2019"; "25 Apr 2019"). A date without a year gives `None`.
pub(super) fn iso_date(raw: &str) -> Option<String> {
    let s = raw.trim();
    if matches!(s.len(), 8 | 12 | 14) && s.bytes().all(|c| c.is_ascii_digit()) {
        let iso = format!("{}-{}-{}", &s[..4], &s[4..6], &s[6..8]);
        return crate::dates::find(&iso).and_then(|(d, _)| d.iso());
    }
    crate::dates::find(s).and_then(|(d, _)| d.iso())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_common_forms() {
        let cases = [
            ("2019-04-25T01:29:00+09:00", "2019-04-25"),
            ("2019/04/25", "2019-04-25"),
            ("201904251529", "2019-04-25"),
            ("15:29 April 25, 2019", "2019-04-25"),
            ("Thursday, 25 April 2019", "2019-04-25"),
            ("June 5, 2019", "2019-06-05"),
            ("19 Jul 2000", "2000-07-19"),
        ];
        for (raw, iso) in cases {
            assert_eq!(iso_date(raw).as_deref(), Some(iso), "{raw}");
        }
        for bad in [
            "04/05/2019",
            "2019-02-30",
            "",
            "tomorrow",
            "2019-13-01",
            "Ω",
            "April 25",
            "2019042",
        ] {
            assert_eq!(iso_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn bylines_and_titles() {
        let ap = clean_byline("By ALEXANDER VOLKOV and MIN-JI PARK");
        assert_eq!(ap.as_deref(), Some("ALEXANDER VOLKOV and MIN-JI PARK"));
        assert_eq!(
            clean_byline(" By Online Desk - ").as_deref(),
            Some("Online Desk")
        );
        assert_eq!(clean_byline("https://example.com/author/x"), None);
        let none: &[String] = &[];
        assert_eq!(
            strip_site("Kim, Putin meet | AP News", Some("AP NEWS"), none).0,
            "Kim, Putin meet"
        );
        let (t, site) = strip_site(
            "Asia Wire Online :: Putin, Kim sign declaration",
            None,
            none,
        );
        assert_eq!(
            (t.as_str(), site.as_deref()),
            ("Putin, Kim sign declaration", Some("Asia Wire Online"))
        );
        // A dash inside a headline stays unless the rest is confirmed by another title.
        let dash = "Trump - Kim summit collapses in Hanoi";
        assert_eq!(strip_site(dash, None, none).0, dash);
        let blog = ["Reading the summit".to_string()];
        let (t, site) = strip_site("Reading the summit — Korea Watch", None, &blog);
        assert_eq!(
            (t.as_str(), site.as_deref()),
            ("Reading the summit", Some("Korea Watch"))
        );
    }

    #[test]
    fn json_ld_graph_and_author_arrays() {
        let html = r##"<script type="application/ld+json">{"@graph":[{"@type":"Person","@id":"_:p","name":"Ann Lee"},
            {"@type":["NewsArticle"],"headline":"Head","author":{"@id":"_:p"},"datePublished":"2019-04-25"}]}</script>
            <script type="application/ld+json">[{"@type":"WebSite","name":"Site"}]</script>"##;
        let m = read(&Document::from(html));
        assert_eq!(
            (m.title.as_deref(), m.byline.as_deref()),
            (Some("Head"), Some("Ann Lee"))
        );
        assert_eq!(
            (m.published.as_deref(), m.site_name.as_deref()),
            (Some("2019-04-25"), Some("Site"))
        );
        let broken = read(&Document::from(
            r#"<script type="application/ld+json">{"headline": </script>"#,
        ));
        assert_eq!(broken, HtmlMeta::default());
    }
}
