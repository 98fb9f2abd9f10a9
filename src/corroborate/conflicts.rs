//! Particular by particular: whether two statements of one fact give different numbers,
//! days, dates, years, times or names.
//!
//! Days, dates, years and times of day disagree when both statements name one for the
//! same event (a content word in common nearby, or one calendar day in a statement) and
//! none is shared, or when both give as many and one is apart, or when a range of each
//! shares one end and not the other ("between 2012 and 2019" against "between 2013 and
//! 2019"; numbers too: "aged 4 to 60" / "aged 6 to 60"). A night and the small hours
//! after it, or a deadline, are no other day ([`super::calendar::days_agree`]). Numbers
//! of one unit disagree when they count the same thing ([`super::counts`]) and no value
//! of one side agrees with the other's once qualifiers are read ("more than 40" allows
//! 43, but "at least 17" and "at least 19" are two figures) or once two counts are added
//! up ("186 passengers and eight crew" / "194 passengers and crew"); ranks ("fourth
//! floor" / "fifth floor") compare only with ranks. Names disagree when they fill the
//! same slot and neither article mentions the other's, or when they are one name spelled
//! two ways ("Lea"/"Lena Hartmann"). [`super::discrepancy`] merges what this finds into
//! the discrepancies the analyst sees.

use super::Statement;
use super::calendar::days_agree;
use super::counts::{Thing, agree, in_parentheses, is_unit, same_thing};
use super::facts::Facts1;
use super::lexicon::SLOTS;
use super::particulars::{Kind, ORDINAL, Particular, RUNNING};
use spelling::{full_names, spelled_apart};

/// Whether `a` and `b` count the same thing with numbers that differ as printed but
/// agree once qualifiers are read ("10,335 participants" / "about 10,000 volunteers").
pub(crate) fn rounded(sa: &Statement, fa: &Facts1, sb: &Statement, fb: &Facts1) -> bool {
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

/// The ranges among particulars `of` of `ps` (in text order): two in a row joined by
/// "and", "to", "through" or a dash ("between 2012 and 2019", "2012-2019"), or with the
/// unit both ends give ("from 12 days to 6 days"). Not "14 people and 37 missing".
fn ranges<'a>(
    text: &'a str,
    ps: &'a [Particular],
    of: &'a [usize],
) -> impl Iterator<Item = (usize, usize)> + 'a {
    let joins = |w: &str| matches!(w, "and" | "to" | "through" | "until" | "-" | "–" | "—");
    of.windows(2)
        .filter(move |w| {
            let (p, q) = (&ps[w[0]], &ps[w[1]]);
            let Some(gap) = text.get(p.end..q.start) else {
                return false;
            };
            let mut words = gap.split_whitespace();
            match (words.next(), words.next(), words.next()) {
                (Some(join), None, None) => joins(join),
                (Some(unit), Some(join), None) => {
                    joins(join)
                        && text
                            .get(q.end..)
                            .is_some_and(|after| after.split_whitespace().next() == Some(unit))
                }
                _ => false,
            }
        })
        .map(|w| (w[0], w[1]))
}

/// The ends that differ when a range among particulars `x` of `a` and one among `y` of
/// `b` share exactly one end ("between 2012 and 2019" / "between 2013 and 2019").
fn end_apart(
    (sa, pa, x): (&Statement, &[Particular], &[usize]),
    (sb, pb, y): (&Statement, &[Particular], &[usize]),
) -> Option<(usize, usize)> {
    let ys: Vec<(usize, usize)> = ranges(&sb.text, pb, y).collect();
    ranges(&sa.text, pa, x).find_map(|(p1, p2)| {
        ys.iter().find_map(|&(q1, q2)| {
            match (pa[p1].value == pb[q1].value, pa[p2].value == pb[q2].value) {
                (true, false) => Some((p2, q2)),
                (false, true) => Some((p1, q1)),
                _ => None,
            }
        })
    })
}

/// The sums of two numbers among `of` (in text order) that count two things joined by
/// "and" ("186 passengers and eight crew members"), within one clause. The two ends of a
/// range ("between 20 and 30") are not two counts: a word must come between.
fn sums(text: &str, ps: &[Particular], of: &[usize]) -> Vec<f64> {
    let mut of = of.to_vec();
    of.sort_by_key(|&i| ps[i].start);
    of.windows(2)
        .filter_map(|w| {
            let (p, q) = (&ps[w[0]], &ps[w[1]]);
            let gap: Vec<&str> = text.get(p.end..q.start)?.split_whitespace().collect();
            let joined = (2..=4).contains(&gap.len())
                && gap.last() == Some(&"and")
                && !gap.iter().any(|w| w.contains([',', ';', ':', '(', ')']));
            let value = |p: &Particular| p.value.parse::<f64>().ok();
            joined.then(|| Some(value(p)? + value(q)?)).flatten()
        })
        .collect()
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

/// The particulars of `a` and `b` that conflict, as `(kind, from a, from b)`.
pub(crate) fn conflicts<'a>(
    sa: &'a Statement,
    fa: &'a Facts1,
    sb: &'a Statement,
    fb: &'a Facts1,
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
        // A statement of one fact that gives one calendar day gives the fact's day,
        // however it is worded around: another day in the other statement disagrees ("to
        // enter lunar orbit on July 20 and to land near the Moon's south pole on August
        // 21" / "attempt a touchdown on Aug. 12"); the closest is shown.
        let lone = kind == Kind::Date && (x.len() == 1 || y.len() == 1);
        // A range against a range: one end shared, the other apart, whatever else the
        // statements date ("fined in July 2021 for … between 2012 and 2019" / "between
        // 2013 and 2019").
        if let Some((p, q)) = end_apart((sa, pa, &x), (sb, pb, &y)) {
            out.push((kind, pa[p].clone(), pb[q].clone()));
            continue;
        }
        let same = |p: usize, q: usize| {
            pa[p].value == pb[q].value
                || (kind == Kind::Weekday && days_agree(&sa.text, &pa[p], &sb.text, &pb[q]))
        };
        let Some((x, y)) = unshared(&x, &y, |&p, &q| same(p, q)) else {
            continue;
        };
        let near = x.iter().find_map(|&p| {
            y.iter()
                .find(|&&q| !fa.near[p].is_disjoint(&fb.near[q]))
                .map(|&q| (p, q))
        });
        let day = |p: &Particular| {
            let mut parts = p.value.split('-').map(|n| n.parse::<i32>().unwrap_or(0));
            parts.next().unwrap_or(0) * 31 + parts.next().unwrap_or(0)
        };
        let closest = || {
            x.iter()
                .flat_map(|&p| y.iter().map(move |&q| (p, q)))
                .min_by_key(|&(p, q)| (day(&pa[p]) - day(&pb[q])).abs())
        };
        let pair = if lone { closest() } else { near };
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
    for unit in ["", "$", "%", RUNNING, ORDINAL] {
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
        // A range against a range: one end shared, the other apart ("for people aged 4
        // to 60 years" / "aged 6 to 60").
        if let Some((p, q)) = end_apart((sa, pa, &x), (sb, pb, &y)) {
            out.push((Kind::Number, pa[p].clone(), pb[q].clone()));
            continue;
        }
        // Totals of two counts joined by "and", asked only when some value is in dispute.
        let totals = std::cell::OnceCell::new();
        let mut done: Vec<&Thing> = Vec::new();
        for &i in &x {
            let Some(tx) = thing(fa, i) else { continue };
            if (tx.words.is_empty() && tx.unit.is_empty()) || done.iter().any(|d| same_thing(d, tx))
            {
                continue;
            }
            done.push(tx);
            // All values each side gives for this thing; they disagree when none agrees.
            // One sum of money (or share) on each side is the fact's, whatever words
            // surround it ("would unlock a further $347 million" / "access to about 374
            // million U.S. dollars").
            let lone = matches!(unit, "$" | "%" | RUNNING) && x.len() == 1 && y.len() == 1;
            let same =
                |f: &Facts1, k: usize| lone || thing(f, k).is_some_and(|t| same_thing(tx, t));
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
            // Unless it counts a measure where this one counts things, or the other way
            // round: "two runways" does not agree with "two hours".
            let other = |f: &Facts1, k: usize| {
                thing(f, k).is_some_and(|t| {
                    !t.words.is_empty() && !tx.words.is_empty() && is_unit(t) != is_unit(tx)
                })
            };
            let xs: Vec<&Particular> = xs
                .into_iter()
                .filter(|p| {
                    !y.iter()
                        .any(|&k| !other(fb, k) && agree(&sa.text, p, &sb.text, &pb[k]))
                })
                .collect();
            let ys: Vec<&Particular> = ys
                .into_iter()
                .filter(|q| {
                    !x.iter()
                        .any(|&k| !other(fa, k) && agree(&sa.text, &pa[k], &sb.text, q))
                })
                .collect();
            // A total of two counts the other side joins with "and" is their sum, not a
            // third figure ("carrying 186 passengers and eight crew members" / "all 194
            // passengers and crew").
            let total = |sums: &[f64], p: &Particular| {
                p.value
                    .parse::<f64>()
                    .is_ok_and(|v| sums.iter().any(|s| (s - v).abs() < 1e-9))
            };
            let (in_a, in_b) =
                totals.get_or_init(|| (sums(&sa.text, pa, &x), sums(&sb.text, pb, &y)));
            let ys: Vec<&Particular> = ys.into_iter().filter(|q| !total(in_a, q)).collect();
            let xs: Vec<&Particular> = xs.into_iter().filter(|p| !total(in_b, p)).collect();
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
    // One person's name spelled two ways, in any slot, when neither article has the
    // other's spelling.
    if !out.iter().any(|(k, _, _)| *k == Kind::Name) {
        let ys: Vec<&Particular> = full_names(pb, &sb.text).collect();
        let apart = full_names(pa, &sa.text).find_map(|p| {
            ys.iter()
                .find(|q| {
                    spelled_apart(&p.value, &q.value)
                        && !mentions(sb.article, &p.value)
                        && !mentions(sa.article, &q.value)
                })
                .map(|q| (p, *q))
        });
        if let Some((p, q)) = apart {
            out.push((Kind::Name, p.clone(), q.clone()));
        }
    }
    out
}

mod spelling;
pub(crate) use spelling::speaker_spelled;
