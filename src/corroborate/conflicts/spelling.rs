//! One person's name spelled two ways by two outlets ("Lea"/"Lena Hartmann",
//! "Vogel"/"Vogt"), told apart from one name transliterated two ways ("Yury"/"Yuri") and
//! from a word with an ending ("Russia"/"Russian"). [`super::conflicts`] asks it of the
//! names of two matched facts, and [`super::super::discrepancy`] of a remark's speaker
//! against the fact that reports the remark.

use super::super::Statement;
use super::super::facts::Facts1;
use super::super::particulars::{Kind, Particular};

/// The names among `ps` whose every word is capitalised in `text` ("Lena Hartmann", not
/// "South Korean-led", whose "led" is no name).
pub(super) fn full_names<'a>(
    ps: &'a [Particular],
    text: &'a str,
) -> impl Iterator<Item = &'a Particular> {
    ps.iter().filter(move |p| {
        p.kind == Kind::Name
            && text.get(p.start..p.end).is_some_and(|t| {
                t.split(|c: char| c.is_whitespace() || c == '-')
                    .all(|w| w.starts_with(char::is_uppercase))
            })
    })
}

/// The name in fact `f` that spells the speaker of a remark it reports another way
/// ("Commission spokeswoman Lena Hartmann said…" against a remark by "Lea Hartmann"),
/// when neither article has the other's spelling. `speaker` is the remark's speaker as
/// lowercase folded words without titles, `quoted` the remark's article.
pub(crate) fn speaker_spelled<'a>(
    speaker: &str,
    quoted: usize,
    f: &'a Statement,
    ff: &'a Facts1,
    mentions: &dyn Fn(usize, &str) -> bool,
) -> Option<&'a Particular> {
    full_names(&ff.particulars, &f.text).find(|q| {
        spelled_apart(speaker, &q.value)
            && !mentions(f.article, speaker)
            && !mentions(quoted, &q.value)
    })
}

/// Whether two names (lowercase folded words) are one name spelled two ways: the same
/// but for one word, which is [`misspelled`] ("lea hartmann" / "lena hartmann"; a
/// surname alone against a full name, "vogel" / "katrin vogt").
pub(super) fn spelled_apart(a: &str, b: &str) -> bool {
    // Asked of every pair of names in every pair of matched statements: no allocation.
    let split = |s| match str::rsplit_once(s, ' ') {
        Some((rest, last)) => (Some(rest), last),
        None => (None, s),
    };
    let ((rx, lx), (ry, ly)) = (split(a), split(b));
    if lx != ly {
        return misspelled(lx, ly) && (rx.is_none() || ry.is_none() || rx == ry);
    }
    // The same surname: as many given names, one of them apart.
    let (Some(rx), Some(ry)) = (rx, ry) else {
        return false;
    };
    if rx.split(' ').count() != ry.split(' ').count() {
        return false;
    }
    let mut apart = 0;
    for (u, v) in rx.split(' ').zip(ry.split(' ')) {
        if u != v {
            apart += 1;
            if apart > 1 || !misspelled(u, v) {
                return false;
            }
        }
    }
    apart == 1
}

/// Whether two words are one name spelled two ways, and not one name transliterated two
/// ways: they start alike and are one or two edits apart (Levenshtein, by `strsim`), but
/// their consonants differ, and neither is the other with an ending. Transliterations
/// differ in vowels ("yury" / "yuri", "mohammed" / "muhammad"), endings make another
/// word ("russia" / "russian"); "lea" / "lena" and "vogel" / "vogt" are neither.
fn misspelled(a: &str, b: &str) -> bool {
    // The consonants, a doubled one once.
    fn consonants(w: &str) -> impl Iterator<Item = char> + '_ {
        let mut last = None;
        w.chars().filter(move |&c| {
            let keep = !"aeiouy".contains(c) && last != Some(c);
            last = Some(c);
            keep
        })
    }
    a != b
        && a.len() >= 3
        && b.len() >= 3
        && a.len().abs_diff(b.len()) <= 2
        && a.as_bytes()[0] == b.as_bytes()[0]
        && !a.starts_with(b)
        && !b.starts_with(a)
        && strsim::levenshtein(a, b) <= 2
        && !consonants(a).eq(consonants(b))
}
