//! Discrepancies: matched statements whose particulars differ.
//!
//! Two statements already matched as the same fact are compared particular by particular
//! ([`super::particulars`]): days of the week, calendar dates, months, years and times of
//! day disagree when both name one and none is shared ("Saturday" against "Friday"), or
//! when both give as many and one is apart ("between 2012 and 2019" against "between
//! 2013 and 2019"); numbers of the same
//! unit disagree when their values differ and they count the same thing (the same word
//! after them, "10,000 North Korean labourers" against "12,000 North Korean workers", or
//! two words for people; after a unit, the word after that: "62-metre dam" is not "90
//! metres wide"), conversions in parentheses aside; names disagree when they
//! fill the same slot ("in Hanoi" against "in Hue", "President X" against "President Y")
//! and neither article mentions the other's name anywhere. Qualifiers stay in the value
//! shown ("more than 10,000"), because they are part of what the analyst must weigh.

use super::counts::{Thing, agree, in_parentheses, qualifier, same_thing};
use super::facts::{Facts, Facts1};
use super::lexicon::SLOTS;
use super::particulars::{Kind, Particular};
use super::text::words;
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
    for l in &c.links {
        if let Some(&g) = group_of.get(&l.a).or_else(|| group_of.get(&l.b)) {
            pairs.push((g, l.a, l.b));
        }
    }
    for (g, a, b) in pairs {
        let (sa, sb) = (&c.statements[a], &c.statements[b]);
        if c.origins[sa.article] == c.origins[sb.article] {
            continue;
        }
        let found = conflicts(sa, &facts.of(a, sa), sb, &facts.of(b, sb), &mentions);
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
            for (rep, p) in [(a, &x), (b, &y)] {
                let one = [rep];
                let all = copies.get(&rep).map_or(&one[..], Vec::as_slice);
                for &s in all {
                    if !list.iter().any(|v| v.statement == s) {
                        let st = &c.statements[s];
                        list.push(Variant {
                            statement: s,
                            value: shown(&st.text, p),
                            normal: p.value.clone(),
                            start: st.start + p.start,
                            end: st.start + p.end,
                        });
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

/// Whether `a` and `b` count the same thing with numbers that differ as printed but
/// agree once qualifiers are read ("10,335 participants" / "about 10,000 volunteers").
fn rounded(sa: &Statement, fa: &Facts1, sb: &Statement, fb: &Facts1) -> bool {
    let numbers = |f: &Facts1, text: &str| -> Vec<usize> {
        (0..f.particulars.len())
            .filter(|&i| {
                let p = &f.particulars[i];
                p.kind == Kind::Number && !in_parentheses(text, p)
            })
            .collect()
    };
    let (x, y) = (numbers(fa, &sa.text), numbers(fb, &sb.text));
    x.iter().any(|&i| {
        y.iter().any(|&k| {
            let (p, q) = (&fa.particulars[i], &fb.particulars[k]);
            p.unit == q.unit
                && p.value != q.value
                && agree(&sa.text, p, &sb.text, q)
                && thing(fa, i)
                    .zip(thing(fb, k))
                    .is_some_and(|(t, u)| same_thing(t, u))
        })
    })
}

/// The values each side gives that the other does not, when they disagree: none in
/// common; or as many values on each side, with one or more apart ("between 2012 and
/// 2019" against "between 2013 and 2019", "from 12 days to 6" against "from twelve to
/// seven days"). `None` when they agree or cannot be compared.
fn unshared<T: Copy>(x: &[T], y: &[T], same: impl Fn(&T, &T) -> bool) -> Option<(Vec<T>, Vec<T>)> {
    if x.is_empty() || y.is_empty() {
        return None;
    }
    let xs: Vec<T> = x
        .iter()
        .copied()
        .filter(|p| !y.iter().any(|q| same(p, q)))
        .collect();
    let ys: Vec<T> = y
        .iter()
        .copied()
        .filter(|q| !x.iter().any(|p| same(p, q)))
        .collect();
    let none_shared = xs.len() == x.len() && ys.len() == y.len();
    let paired = x.len() == y.len() && x.len() >= 2;
    (!xs.is_empty() && !ys.is_empty() && (none_shared || paired)).then_some((xs, ys))
}

/// What number `i` of `f` counts.
fn thing(f: &Facts1, i: usize) -> Option<&Thing> {
    f.things.get(i).and_then(Option::as_ref)
}

/// The names in `ps` that fill a slot ("in Hanoi", "President X").
fn slot_names(ps: &[Particular]) -> Vec<&Particular> {
    ps.iter()
        .filter(|p| p.kind == Kind::Name && p.slot.as_deref().is_some_and(|s| SLOTS.contains(&s)))
        .collect()
}

/// The value as printed, with a qualifier before a number ("more than 10,000").
fn shown(text: &str, p: &Particular) -> String {
    let value = &text[p.start..p.end];
    if p.kind == Kind::Number
        && let Some(q) = qualifier(text, p)
    {
        return format!("{q} {value}");
    }
    value.to_owned()
}

/// The particulars of `a` and `b` that conflict, as `(kind, from a, from b)`.
fn conflicts(
    sa: &Statement,
    fa: &Facts1,
    sb: &Statement,
    fb: &Facts1,
    mentions: &dyn Fn(usize, &str) -> bool,
) -> Vec<(Kind, Particular, Particular)> {
    let mut out = Vec::new();
    let (pa, pb) = (&fa.particulars[..], &fb.particulars[..]);
    // Indices of the particulars of one kind.
    let of = |ps: &[Particular], kind: Kind| -> Vec<usize> {
        (0..ps.len()).filter(|&i| ps[i].kind == kind).collect()
    };
    // Days, dates, years, times: both give one for the same event (a content word in common
    // nearby: "before dawn on Saturday" / "before dawn on Friday"), none in common.
    for kind in [Kind::Weekday, Kind::Date, Kind::Year, Kind::Time] {
        let (x, y) = (of(pa, kind), of(pb, kind));
        let Some((x, y)) = unshared(&x, &y, |&p, &q| pa[p].value == pb[q].value) else {
            continue;
        };
        let pair = x.iter().find_map(|&p| {
            y.iter()
                .find(|&&q| !fa.near[p].is_disjoint(&fb.near[q]))
                .map(|&q| (p, q))
        });
        if let Some((p, q)) = pair {
            out.push((kind, pa[p].clone(), pb[q].clone()));
        }
    }
    // Months, unless the dates already differ: "April 25" counts as April.
    if !out.iter().any(|(k, _, _)| *k == Kind::Date) {
        let months = |ps: &[Particular]| -> Vec<(String, Particular)> {
            ps.iter()
                .filter(|p| matches!(p.kind, Kind::Month | Kind::Date))
                .map(|p| {
                    (
                        p.value.split('-').next().unwrap_or("").to_owned(),
                        p.clone(),
                    )
                })
                .collect()
        };
        let (x, y) = (months(pa), months(pb));
        if let (Some(fx), Some(fy)) = (x.first(), y.first())
            && !x.iter().any(|(m, _)| y.iter().any(|(n, _)| n == m))
        {
            out.push((Kind::Month, fx.1.clone(), fy.1.clone()));
        }
    }
    // Numbers of one unit that count the same thing.
    for unit in ["", "$", "%"] {
        // Indices of this unit's numbers, conversions in parentheses aside.
        let nums = |f: &Facts1, text: &str| -> Vec<usize> {
            (0..f.particulars.len())
                .filter(|&i| {
                    let p = &f.particulars[i];
                    p.kind == Kind::Number && p.unit == unit && !in_parentheses(text, p)
                })
                .collect()
        };
        let (x, y) = (nums(fa, &sa.text), nums(fb, &sb.text));
        if x.is_empty() || y.is_empty() {
            continue;
        }
        let mut done: Vec<&Thing> = Vec::new();
        for &i in &x {
            let Some(tx) = thing(fa, i) else { continue };
            if (tx.words.is_empty() && tx.unit.is_empty()) || done.iter().any(|d| same_thing(d, tx))
            {
                continue;
            }
            done.push(tx);
            // All values each side gives for this thing; they disagree when none is shared.
            let same = |f: &Facts1, k: usize| thing(f, k).is_some_and(|t| same_thing(tx, t));
            let xs: Vec<&Particular> = x
                .iter()
                .filter(|&&k| same(fa, k))
                .map(|&k| &pa[k])
                .collect();
            let ys: Vec<&Particular> = y
                .iter()
                .filter(|&&k| same(fb, k))
                .map(|&k| &pb[k])
                .collect();
            let Some((xs, ys)) = unshared(&xs, &ys, |p, q| agree(&sa.text, p, &sb.text, q)) else {
                continue;
            };
            // A value the other statement gives too, for whatever it seemed to count, is
            // not in dispute ("grow 4.0%-4.5% this year and headline inflation to stay
            // between 1.5% and 2.3%" states both ranges).
            let xs: Vec<&Particular> = xs
                .into_iter()
                .filter(|p| !y.iter().any(|&k| agree(&sa.text, p, &sb.text, &pb[k])))
                .collect();
            let ys: Vec<&Particular> = ys
                .into_iter()
                .filter(|q| !x.iter().any(|&k| agree(&sa.text, &pa[k], &sb.text, q)))
                .collect();
            // Show the closest pair ("12,000" against "10,000", not "14").
            let ratio = |p: &Particular, q: &Particular| {
                let (a, b) = (
                    p.value.parse::<f64>().unwrap_or(0.0),
                    q.value.parse::<f64>().unwrap_or(0.0),
                );
                ((a.max(1e-9)) / b.max(1e-9)).ln().abs()
            };
            let closest = xs
                .iter()
                .flat_map(|p| ys.iter().map(move |q| (*p, *q)))
                .min_by(|(p1, q1), (p2, q2)| ratio(p1, q1).total_cmp(&ratio(p2, q2)));
            if let Some((p, q)) = closest {
                out.push((Kind::Number, p.clone(), q.clone()));
            }
        }
    }
    // Names in the same slot that the other article never mentions.
    let (x, y) = (slot_names(pa), slot_names(pb));
    if !x.is_empty() && !y.is_empty() {
        'outer: for p in &x {
            for q in y.iter().filter(|q| q.slot == p.slot && q.value != p.value) {
                if !mentions(sb.article, &p.value) && !mentions(sa.article, &q.value) {
                    out.push((Kind::Name, (*p).clone(), (*q).clone()));
                    break 'outer;
                }
            }
        }
    }
    out
}
