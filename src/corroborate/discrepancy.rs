//! Discrepancies: matched statements whose particulars differ.
//!
//! Every pair of members of a group from different origins is compared particular by
//! particular ([`super::conflicts`]), and so is each link (a similar pair kept out of the
//! groups, one side in a group) unless its outside statement's own outlet already gives
//! the group's value in the group: then it is about another fact. What differs is merged
//! into one discrepancy per group and kind, every copy of a wire story included. A remark
//! has its speaker as a name too, named beside it: a fact that reports the remark and
//! spells the speaker another way disagrees ("Lea" / "Lena Hartmann"). A date and another
//! day of the week disagree too, in the year the story was published
//! ([`super::calendar`]), and so do a starting year and a count of years since
//! ([`super::elapsed`]).
//! Qualifiers stay in the value shown ("more than 10,000"), because they are part of
//! what the analyst must weigh; [`differ`] tells the matcher which similar pairs are
//! about the same numbers, dates or days.

use super::calendar::weekday_apart;
use super::conflicts::{conflicts, rounded, speaker_spelled};
use super::counts::{decade, qualifier};
use super::elapsed::years_apart;
use super::facts::{Facts, Facts1};
use super::particulars::{Kind, Particular};
use super::text::{name_tokens, words};
use super::{Corroboration, Statement};
use crate::article::Article;
use serde::Serialize;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

/// Particulars that differ between statements of one group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Discrepancy {
    /// Index of the group in [`Corroboration::groups`].
    pub group: usize,
    /// What differs.
    #[serde(serialize_with = "kind_label")]
    pub kind: Kind,
    /// In words: `number: "more than 10,000" vs "12,000"`.
    pub what: String,
    /// Each statement involved and the value it gives.
    pub members: Vec<Variant>,
}

fn kind_label<S: serde::Serializer>(kind: &Kind, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(kind.label())
}

/// One side of a discrepancy.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Variant {
    /// Statement index.
    pub statement: usize,
    /// The value as printed ("some 10,000", "Saturday").
    pub value: String,
    /// The value as compared ("10000", "saturday"): two variants with the same `normal`
    /// say the same, whatever their qualifiers.
    pub normal: String,
    /// Byte span of the value in the article's cleaned text.
    pub start: usize,
    /// One past the end.
    pub end: usize,
}

/// All discrepancies among the accepted matches of `c`, merged per group and kind.
pub(crate) fn find(c: &Corroboration, articles: &[&Article], facts: &Facts) -> Vec<Discrepancy> {
    let vocab: RefCell<HashMap<usize, HashSet<String>>> = RefCell::default();
    let mentions = |article: usize, name: &str| {
        let mut v = vocab.borrow_mut();
        let words = v.entry(article).or_insert_with(|| {
            words(&articles[article].text)
                .into_iter()
                .map(|w| w.text)
                .collect()
        });
        name.split(' ').all(|w| words.contains(w))
    };
    let mut merged: HashMap<(usize, Kind), Vec<Variant>> = HashMap::new();
    let mut order: Vec<(usize, Kind)> = Vec::new();
    // Every pair of members of a group from different origins: all of them report the
    // same fact, whichever matches joined them.
    let mut group_of: HashMap<usize, usize> = HashMap::new();
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    // Members with the same words (one wire story run by many outlets) give the same
    // values: compare one of each, then report every copy.
    let mut copies: HashMap<usize, Vec<usize>> = HashMap::new();
    for (g, group) in c.groups.iter().enumerate() {
        let mut first: HashMap<&str, usize> = HashMap::new();
        for &m in &group.members {
            group_of.insert(m, g);
            let rep = *first.entry(c.statements[m].text.as_str()).or_insert(m);
            copies.entry(rep).or_default().push(m);
        }
        // In statement order: which discrepancy a pair joins depends on the order.
        let mut reps: Vec<usize> = first.values().copied().collect();
        reps.sort_unstable();
        for (k, &a) in reps.iter().enumerate() {
            pairs.extend(reps[k + 1..].iter().map(|&b| (g, a.min(b), a.max(b))));
        }
    }
    // Links: pairs kept out of the groups, one side in a group; which side is not.
    let mut outside: HashMap<(usize, usize), usize> = HashMap::new();
    for l in &c.links {
        let grouped = group_of
            .get(&l.a)
            .map(|&g| (g, l.b))
            .or_else(|| group_of.get(&l.b).map(|&g| (g, l.a)));
        if let Some((g, other)) = grouped {
            pairs.push((g, l.a, l.b));
            outside.insert((l.a, l.b), other);
        }
    }
    for (g, a, b) in pairs {
        let (sa, sb) = (&c.statements[a], &c.statements[b]);
        if c.origins[sa.article] == c.origins[sb.article] {
            continue;
        }
        let (fa, fb) = (facts.of(a, sa), facts.of(b, sb));
        let mut found: Vec<(Kind, Side, Side)> = conflicts(sa, &fa, sb, &fb, &mentions)
            .into_iter()
            .map(|(kind, x, y)| (kind, Side::Text(x), Side::Text(y)))
            .collect();
        // A fact that reports a remark and spells its speaker another way.
        if !found.iter().any(|(k, _, _)| *k == Kind::Name) {
            found.extend(speaker_apart(
                c,
                articles,
                (a, sa),
                (b, sb),
                facts,
                &mentions,
            ));
        }
        // A date on one side, a day of the week on the other.
        if !found
            .iter()
            .any(|(k, _, _)| matches!(k, Kind::Weekday | Kind::Date))
        {
            found.extend(date_against_day(articles, (sa, &fa), (sb, &fb)));
        }
        // A starting year on one side, a count of years on the other.
        if !found.iter().any(|(k, _, _)| *k == Kind::Year) {
            found.extend(year_against_count(articles, (sa, &fa), (sb, &fb)));
        }
        if let Some(&other) = outside.get(&(a, b)) {
            // A link's outside statement is about another fact when its own article's
            // member of the group gives the group's value: "total disbursements … about
            // $2.3 billion" is not contradicted by that outlet's "$2.9 billion bailout",
            // since the outlet also says "about 2.3 billion dollars" of disbursements.
            let article = c.statements[other].article;
            let echoed = |kind: Kind, value: &str| {
                c.groups[g].members.iter().any(|&m| {
                    m != other
                        && c.statements[m].article == article
                        && facts
                            .of(m, &c.statements[m])
                            .particulars
                            .iter()
                            .any(|p| p.kind == kind && p.value == value)
                })
            };
            found.retain(|(kind, x, y)| {
                let inside = if other == b { x } else { y };
                !echoed(*kind, inside.normal())
            });
        }
        for (kind, x, y) in found {
            // One discrepancy per group and kind; a link joins the one that already has
            // either statement ("Friday" against two outlets' "Saturday").
            let key = order
                .iter()
                .copied()
                .find(|k| {
                    k.1 == kind
                        && (k.0 == g
                            || merged.get(k).is_some_and(|l| {
                                l.iter().any(|v| v.statement == a || v.statement == b)
                            }))
                })
                .unwrap_or((g, kind));
            let list = merged.entry(key).or_insert_with(|| {
                order.push(key);
                Vec::new()
            });
            for (rep, side) in [(a, &x), (b, &y)] {
                let one = [rep];
                let all = copies.get(&rep).map_or(&one[..], Vec::as_slice);
                for &s in all {
                    if !list.iter().any(|v| v.statement == s) {
                        let st = &c.statements[s];
                        let variant = match side {
                            Side::Text(p) => Some(Variant {
                                statement: s,
                                value: shown(&st.text, p),
                                normal: p.value.clone(),
                                start: st.start + p.start,
                                end: st.start + p.end,
                            }),
                            Side::Noted(p, note, normal) => Some(Variant {
                                statement: s,
                                value: format!("{}{note}", shown(&st.text, p)),
                                normal: normal.clone(),
                                start: st.start + p.start,
                                end: st.start + p.end,
                            }),
                            Side::Speaker(normal) => {
                                speaker_span(articles[st.article], st).map(|(start, end)| Variant {
                                    statement: s,
                                    value: articles[st.article].text[start..end].to_owned(),
                                    normal: normal.clone(),
                                    start,
                                    end,
                                })
                            }
                        };
                        list.extend(variant);
                    }
                }
            }
        }
    }
    order
        .into_iter()
        .filter_map(|key| {
            let mut members = merged.remove(&key)?;
            members.sort_by_key(|v| v.statement);
            // One shown form per value: "12,000" and "about 12,000" say the same.
            let mut values: Vec<String> = Vec::new();
            let mut seen: Vec<String> = Vec::new();
            for v in &members {
                if !seen.contains(&v.normal) {
                    seen.push(v.normal.clone());
                    values.push(v.value.clone());
                }
            }
            let quoted: Vec<String> = values.iter().map(|v| format!("\"{v}\"")).collect();
            Some(Discrepancy {
                group: key.0,
                kind: key.1,
                what: format!("{}: {}", key.1.label(), quoted.join(" vs ")),
                members,
            })
        })
        .collect()
}

/// One side of a difference: a particular of the statement's text, or the speaker of
/// a remark (named outside the quotation marks, so placed in the article by
/// [`speaker_span`]) as lowercase folded words.
enum Side {
    Text(Particular),
    /// A particular shown with a note after it (a date and the day of the week it falls
    /// on, " (a Tuesday)"; a starting year and its age, " (32 years by 2026)"; a count
    /// of years, " years"), and its value as compared ("tuesday", as a weekday
    /// particular's value; "32").
    Noted(Particular, String, String),
    Speaker(String),
}

impl Side {
    /// The value as compared.
    fn normal(&self) -> &str {
        match self {
            Side::Text(p) => &p.value,
            Side::Noted(_, _, normal) => normal,
            Side::Speaker(normal) => normal,
        }
    }
}

/// Two facts, one giving its day as a date and the other as another day of the week
/// ([`weekday_apart`]), in the year of the dated article's publication (else the
/// other's).
fn date_against_day(
    articles: &[&Article],
    (sa, fa): (&Statement, &Facts1),
    (sb, fb): (&Statement, &Facts1),
) -> Option<(Kind, Side, Side)> {
    either_way(
        articles,
        (sa, fa),
        (sb, fb),
        |(_, dated), (_, named), published| {
            let (date, falls, day) = weekday_apart(dated, named, published)?;
            let note = format!(" (a {falls})");
            Some((
                Kind::Weekday,
                Side::Noted(date.clone(), note, falls.to_lowercase()),
                Side::Text(day.clone()),
            ))
        },
    )
}

/// Two facts, one giving a starting year and the other a count of years since
/// ([`years_apart`]: "since 1994" / "for 34 years"), that disagree in the year the
/// story with the year was published (else the other's).
fn year_against_count(
    articles: &[&Article],
    (sa, fa): (&Statement, &Facts1),
    (sb, fb): (&Statement, &Facts1),
) -> Option<(Kind, Side, Side)> {
    either_way(articles, (sa, fa), (sb, fb), |dated, counted, published| {
        let (year, age, count) = years_apart(dated, counted, published)?;
        let now = published.get(0..4).unwrap_or(published);
        Some((
            Kind::Year,
            Side::Noted(
                year.clone(),
                format!(" ({age} years by {now})"),
                age.to_string(),
            ),
            Side::Noted(count.clone(), " years".to_owned(), count.value.clone()),
        ))
    })
}

/// A comparison of two facts that needs the year of publication: `apart(first, other,
/// published)` with the first fact's article's date (else the other's), asked with `a`
/// first and then with `b` first; the sides come back in `a`, `b` order.
fn either_way<'f>(
    articles: &[&Article],
    (sa, fa): (&'f Statement, &'f Facts1),
    (sb, fb): (&'f Statement, &'f Facts1),
    apart: impl Fn((&'f str, &'f Facts1), (&'f str, &'f Facts1), &str) -> Option<(Kind, Side, Side)>,
) -> Option<(Kind, Side, Side)> {
    if sa.kind != super::Kind::Fact || sb.kind != super::Kind::Fact {
        return None;
    }
    let published = |first: &Statement, other: &Statement| {
        articles[first.article]
            .meta
            .published
            .clone()
            .or_else(|| articles[other.article].meta.published.clone())
    };
    let (a, b) = ((sa.text.as_str(), fa), (sb.text.as_str(), fb));
    if let Some(found) = published(sa, sb).and_then(|p| apart(a, b, &p)) {
        return Some(found);
    }
    let (kind, y, x) = apart(b, a, &published(sb, sa)?)?;
    Some((kind, x, y))
}

/// A remark and a fact that reports it naming its speaker another way ("Lea Hartmann"
/// / "Lena Hartmann", see [`speaker_spelled`]): a name discrepancy, when the article
/// names the speaker beside the remark, so the analyst can be shown where.
fn speaker_apart(
    c: &Corroboration,
    articles: &[&Article],
    (a, sa): (usize, &Statement),
    (b, sb): (usize, &Statement),
    facts: &Facts,
    mentions: &dyn Fn(usize, &str) -> bool,
) -> Option<(Kind, Side, Side)> {
    let (q, f, fi, quote_first) = match (sa.kind, sb.kind) {
        (super::Kind::Quote, super::Kind::Fact) => (sa, sb, b, true),
        (super::Kind::Fact, super::Kind::Quote) => (sb, sa, a, false),
        _ => return None,
    };
    let speaker = name_tokens(q.speaker.as_deref()?).join(" ");
    speaker_span(articles[q.article], q)?;
    let ff = facts.of(fi, &c.statements[fi]);
    let name = speaker_spelled(&speaker, q.article, f, &ff, mentions)?;
    let (x, y) = (Side::Speaker(speaker), Side::Text(name.clone()));
    Some(if quote_first {
        (Kind::Name, x, y)
    } else {
        (Kind::Name, y, x)
    })
}

/// Where the speaker of remark `q` is named in its article: within the sentences the
/// remark is quoted in (a speaker found earlier in the story is not placed).
fn speaker_span(article: &Article, q: &Statement) -> Option<(usize, usize)> {
    let speaker = q.speaker.as_deref()?;
    let first = article.sentences.get(q.sentences.start)?;
    let last = article.sentences.get(q.sentences.end.checked_sub(1)?)?;
    let (from, to) = (first.start.min(q.start), last.end.max(q.end));
    let at = article.text.get(from..to)?.find(speaker)? + from;
    Some((at, at + speaker.len()))
}

/// Whether two statements give different numbers, dates or days of the week for the
/// same thing (names are left out: they need the whole articles), or one number put two
/// ways ("147 Rohingya immigrants" / "nearly 150 Rohingya refugees"): either way they
/// are about the same thing, and similar enough words make them one fact.
pub(crate) fn differ(
    facts: &Facts,
    (i, a): (usize, &Statement),
    (j, b): (usize, &Statement),
) -> bool {
    // Asked about millions of pairs of a few thousand texts: one lookup when known.
    let key = (facts.text(i), facts.text(j));
    if let Some(&known) = facts.differs.borrow().get(&key) {
        return known;
    }
    let (fa, fb) = (facts.of(i, a), facts.of(j, b));
    let answer = fa.datable
        && fb.datable
        && (conflicts(a, &fa, b, &fb, &|_, _| true)
            .iter()
            .any(|(k, _, _)| matches!(k, Kind::Number | Kind::Date | Kind::Weekday | Kind::Time))
            || rounded(a, &fa, b, &fb));
    facts.differs.borrow_mut().insert(key, answer);
    answer
}

/// The value as printed, with a qualifier before a number ("more than 10,000").
fn shown(text: &str, p: &Particular) -> String {
    if let Some((_, at)) = decade(text, p) {
        return text[at].to_owned();
    }
    let value = &text[p.start..p.end];
    if p.kind == Kind::Number
        && let Some(q) = qualifier(text, p)
    {
        return format!("{q} {value}");
    }
    value.to_owned()
}
