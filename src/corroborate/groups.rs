//! From similar pairs to independent confirmation: accepted matches and groups.
//!
//! Origins first ([`super::origins`]): the same agency, or one wire story under two
//! names, never confirms itself. Then a pair of statements from different origins is
//! accepted when it is similar enough for its kind, and each is the other's best match in
//! the other article (mutual best, [`super::best`]), unless the pair is near-identical.
//! Mutual best keeps one sentence from confirming every sentence of a long article that
//! shares its names. Remarks match only remarks by a compatible speaker, unless their
//! words are nearly the same; a remark without a speaker needs a higher score, and so
//! does a sentence reporting a remark without naming who made it. Groups are built from
//! the strongest matches down, never putting two statements of one article in the same
//! group; a strong match that cannot join its two groups that way is kept as a match
//! across groups when one side is a lede that packs several facts ([`Found::also`]).

use super::origins::root;
use super::passing::Passing;
use super::rules::{Rescue, Rules};
use super::similarity::{pairs, vectors};
use super::{Kind, Match, Statement};
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;

/// Least similarity for two facts to match (also a remark and a sentence reporting it).
pub(crate) const FACT: f32 = 0.20;
/// Least similarity for a remark and a sentence that does not name its speaker ("The
/// 20-year-old said he…", "The union said it would…"): the words must carry the match.
pub(crate) const UNNAMED_REPORT: f32 = 0.35;
/// Least similarity for two remarks by the same speaker.
pub(crate) const QUOTE: f32 = 0.18;
/// Least similarity for two remarks of one named speaker that share a single content
/// word; each must be the other's best match.
pub(crate) const QUOTE_ONE_WORD: f32 = 0.20;
/// Least similarity for two remarks when one has no named speaker.
pub(crate) const QUOTE_UNATTRIBUTED: f32 = 0.30;
/// Least similarity for two remarks whose outlets name different speakers: nearly the
/// same words are one remark attributed two ways ("the Monetary Policy Committee" / "Bank
/// Negara Malaysia"; one name spelled two ways). Two officials who say much the same
/// thing in their own words score well below this.
pub(crate) const QUOTE_OTHER_SPEAKER: f32 = 0.5;
/// Content words two remarks of different speakers must share for [`QUOTE_OTHER_SPEAKER`].
pub(crate) const QUOTE_OTHER_SHARED: usize = 5;
/// A match that is the best for only one of its two statements needs this much.
pub(crate) const ONE_SIDED: f32 = 0.22;
/// Least cosine for two facts that share at least [`RESCUE_SHARED`] content words and
/// give different numbers, dates or days for the same thing: worded apart ("evacuated" /
/// "moved out"), but exactly the disagreement an analyst must see.
pub(crate) const RESCUE: f32 = 0.15;
/// Least cosine for a rescued pair of short statements that share fewer words
/// ("Turnout was 61.4%" / "Turnout reached 64.1 percent").
pub(crate) const RESCUE_SHORT: f32 = 0.25;
/// Lowercase words (or twice as many shared numbers) two statements must share.
pub(crate) const PLAIN: usize = 2;
/// From this score one shared lowercase word is enough: most of what two statements say
/// is the same ("The state criminal police office (LKA) of Hesse…" / "Hesse's State
/// Criminal Police Office (LKA)…").
pub(crate) const PLAIN_RELAXED: f32 = 0.4;
/// Content words two statements must share for [`PLAIN_RELAXED`] (an attribution left
/// over, "U.N. envoy Marta Lindqvist said", is short and shares few; "The record is
/// subject to ratification by World Athletics" / "The time must still be ratified by
/// World Athletics" share three).
pub(crate) const RELAXED_SHARED: usize = 3;
/// Least similarity for a match across two groups (see [`Found::also`]).
pub(crate) const ALSO: f32 = 0.3;
/// For a match across groups, the longer statement has at least this many times the
/// content words of the shorter: a lede that packs several facts, not two sentences of
/// one size that each found a better partner.
pub(crate) const ALSO_LONGER: f32 = 1.5;
/// Content words a rescued pair must share.
pub(crate) const RESCUE_SHARED: usize = 3;
/// Similar pairs kept at most (16 bytes each): beyond this the sources are too many, or
/// too alike, to compare in reasonable time and memory, and nothing is matched.
pub(crate) const MAX_CANDIDATES: usize = 8_000_000;
/// Content words two statements must share.
pub(crate) const SHARED: usize = 2;

/// A group of statements reporting the same fact or remark.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// Fact or quote.
    pub kind: Kind,
    /// Mean score of its accepted matches, 0–1.
    pub score: f32,
    /// Statement indices, by article then position.
    pub members: Vec<usize>,
    /// How many independent origins it spans (at least 2).
    pub origins: usize,
    /// Indices into [`super::Corroboration::discrepancies`] of its discrepancies.
    pub discrepancies: Vec<usize>,
}

/// What [`find`] returns.
pub(crate) struct Found {
    pub origins: Vec<usize>,
    pub matches: Vec<Match>,
    pub groups: Vec<Group>,
    pub links: Vec<Match>,
    /// Matches between statements of two different groups, which could not join without
    /// putting two distant statements of one article in one group: "Typhoon Lingfa made
    /// landfall near Makurazaki … at around 8 a.m. on Wednesday" is in the group of the
    /// other outlet's lede, yet also confirms its "came ashore near the city of
    /// Makurazaki" sentence. Also in `matches`.
    pub also: Vec<Match>,
}

impl Found {
    /// Nothing matched: each article its own origin.
    pub(crate) fn unmatched(articles: usize) -> Found {
        Found {
            origins: (0..articles).collect(),
            matches: Vec::new(),
            groups: Vec::new(),
            links: Vec::new(),
            also: Vec::new(),
        }
    }
}

/// Statements per block of work, about (see [`blocks`]).
const BLOCK: usize = 128;

/// Ranges of statements, of whole articles, about [`BLOCK`] each: the similar pairs are
/// found and ranked block by block on every core, and everything that competes for one
/// statement's best match in another article is then in one block (see
/// [`super::best`]).
fn blocks(statements: &[Statement]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < statements.len() {
        let mut end = start;
        while end < statements.len() && end - start < BLOCK {
            let article = statements[end].article;
            end += statements[end..].partition_point(|s| s.article == article);
        }
        out.push(start..end);
        start = end;
    }
    out
}

/// Origins, accepted matches and (unordered) groups; `None` when there are more than
/// [`MAX_CANDIDATES`] similar pairs.
/// `differ(i, j)` tells whether two facts give different numbers, dates or days for the
/// same thing (see [`RESCUE`]).
pub(crate) fn find(
    statements: &[Statement],
    terms: &[Vec<String>],
    plain: &[Vec<(u32, u8)>],
    outlets: &[String],
    differ: impl Fn(usize, usize) -> bool,
) -> Option<Found> {
    let compared: Vec<bool> = statements
        .iter()
        .zip(terms)
        .map(|(s, t)| super::statements::comparable(s.kind, t.len()))
        .collect();
    let vectors = vectors(terms, |d| compared[d]);
    let rules = Rules::new(statements, plain);
    // Which statements may be compared: those of different outlets (and so different
    // articles), each long enough. One small number per statement, as millions of
    // candidates ask.
    let same_outlet = super::origins::by_outlet(outlets);
    let outlet: Vec<u32> = statements
        .iter()
        .zip(&compared)
        .map(|(s, &c)| {
            if c {
                same_outlet[s.article] as u32
            } else {
                u32::MAX
            }
        })
        .collect();
    let blocks = blocks(statements);
    let candidates = pairs(
        &vectors,
        &blocks,
        QUOTE.min(RESCUE),
        MAX_CANDIDATES,
        |i, j| outlet[i] != outlet[j] && outlet[i] != u32::MAX && outlet[j] != u32::MAX,
    )?;
    let origins = super::origins::find(statements, outlets, &candidates);
    // Pairs that pass the thresholds (or are rescued) between different origins, and
    // the accepted ones, strongest first.
    let Passing {
        blocks: passing,
        accepted,
    } = super::passing::find(candidates, statements, &origins, &rules, &differ);
    // Groups: strongest matches first, joining two groups only when no article would
    // then have two statements in one group (that would be two different facts chained
    // through a third article).
    let mut parent: Vec<usize> = (0..statements.len()).collect();
    // Each group's members by article, so a join checks only statements of the articles
    // both groups have.
    type Members = HashMap<usize, Vec<usize>>;
    let mut members: HashMap<usize, Members> = HashMap::default();
    let alone = |s: usize| Members::from_iter([(statements[s].article, vec![s])]);
    let mut matches = Vec::with_capacity(accepted.len());
    // Two statements of one article may share a group only when they are neighbours (a
    // fact or remark one outlet splits over two sentences).
    let neighbours = |s: usize, t: usize| {
        let (a, b) = (&statements[s], &statements[t]);
        a.sentences.start <= b.sentences.end && b.sentences.start <= a.sentences.end
    };
    let clash = |x: &Members, y: &Members| {
        let (small, large) = if x.len() <= y.len() { (x, y) } else { (y, x) };
        small.iter().any(|(article, xs)| {
            large
                .get(article)
                .is_some_and(|ys| xs.iter().any(|&s| ys.iter().any(|&t| !neighbours(s, t))))
        })
    };
    // Which passing pairs became matches.
    let mut matched = vec![false; passing.iter().map(Vec::len).sum()];
    // Pairs of roots whose groups clash.
    let mut apart: rustc_hash::FxHashSet<(usize, usize)> = Default::default();
    let mut also = Vec::new();
    for (m, k) in accepted.into_iter().map(super::passing::accepted) {
        let (ra, rb) = (root(&mut parent, m.a), root(&mut parent, m.b));
        if ra != rb {
            // A statement alone clashes with a group that has a statement of its article
            // that is not its neighbour.
            let alone_clashes = |x: &Members, s: usize| {
                x.get(&statements[s].article)
                    .is_some_and(|ys| ys.iter().any(|&t| !neighbours(s, t)))
            };
            // Groups only grow and a root stays one until its group joins another, so
            // two roots that clashed still do: ask once (wire copies make two big groups
            // meet over and over).
            let roots = (ra.min(rb), ra.max(rb));
            let clashes = apart.contains(&roots)
                || match (members.get(&ra), members.get(&rb)) {
                    (Some(x), Some(y)) => clash(x, y),
                    (Some(x), None) => alone_clashes(x, m.b),
                    (None, Some(y)) => alone_clashes(y, m.a),
                    (None, None) => false,
                };
            if clashes {
                apart.insert(roots);
                // Kept apart; a disagreement between them is still reported (`differ` is
                // asked below, with the pairs left out). A statement that packs several
                // facts (a lede) still confirms, and is confirmed by, a sentence the
                // other article gives to one of them.
                let (x, y) = (terms[m.a].len() as f32, terms[m.b].len() as f32);
                if m.score >= ALSO && x.max(y) >= ALSO_LONGER * x.min(y) {
                    also.push(m);
                }
                continue;
            }
            let xa = members.remove(&ra).unwrap_or_else(|| alone(m.a));
            let xb = members.remove(&rb).unwrap_or_else(|| alone(m.b));
            let (keep, gone) = (ra.min(rb), ra.max(rb));
            parent[gone] = keep;
            let (mut big, small) = if xa.len() >= xb.len() {
                (xa, xb)
            } else {
                (xb, xa)
            };
            for (article, list) in small {
                big.entry(article).or_default().extend(list);
            }
            members.insert(keep, big);
        }
        matched[k] = true;
        matches.push(m);
    }
    // Pairs left out of the groups (not mutual best, or a third article in the way,
    // matches across groups included) that still give different numbers, dates or days
    // for one thing: kept as links, so the disagreement is reported; two statements in no
    // group become a group of their own.
    let mut links = Vec::new();
    for (p, _) in passing.iter().flatten().zip(&matched).filter(|(_, m)| !**m) {
        let (a, b, score) = (p.i as usize, p.j as usize, p.score);
        let facts = rules.kind(a) == Kind::Fact && rules.kind(b) == Kind::Fact;
        if !facts {
            continue;
        }
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        if ra == rb || !(p.rescue == Rescue::Yes || differ(a, b)) {
            continue;
        }
        let single = |r: usize, x: usize| r == x && !members.contains_key(&r);
        if single(ra, a) && single(rb, b) {
            parent[b] = a;
            let mut both = alone(a);
            both.entry(statements[b].article).or_default().push(b);
            members.insert(a, both);
            matches.push(Match { a, b, score });
        } else if ra != rb {
            links.push(Match { a, b, score });
        }
    }
    matches.sort_by_key(|m| (m.a, m.b));
    also.sort_by_key(|m| (m.a, m.b));
    let mut index: HashMap<usize, usize> = HashMap::default();
    let mut groups: Vec<Group> = Vec::new();
    let mut sums: Vec<(f32, usize)> = Vec::new();
    for m in &matches {
        let r = root(&mut parent, m.a);
        let g = *index.entry(r).or_insert_with(|| {
            groups.push(Group {
                kind: statements[m.a].kind.max(statements[m.b].kind),
                score: 0.0,
                members: Vec::new(),
                origins: 0,
                discrepancies: Vec::new(),
            });
            sums.push((0.0, 0));
            groups.len() - 1
        });
        sums[g].0 += m.score;
        sums[g].1 += 1;
        groups[g].members.extend([m.a, m.b]);
    }
    for (g, (sum, count)) in groups.iter_mut().zip(sums) {
        g.members.sort_unstable();
        g.members.dedup();
        g.score = sum / count.max(1) as f32;
        let mut o: Vec<usize> = g
            .members
            .iter()
            .map(|&m| origins[statements[m].article])
            .collect();
        o.sort_unstable();
        o.dedup();
        g.origins = o.len();
    }
    Some(Found {
        origins,
        matches,
        groups,
        links,
        also,
    })
}
