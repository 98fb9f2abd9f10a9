//! A byte-level tokeniser and the name rules applied to runs of capitalised words.
//!
//! Words keep inner hyphens, apostrophes and dots ("Jong-un", "O’Brien", "U.S."), a
//! possessive "’s" ends a word (and a name), and a title's full stop stays with it
//! ("Mr."). Only non-ASCII characters are decoded, since this runs over whole articles.

use super::words::*;
use crate::quotes::swar_eq;

/// A word or a single punctuation character: `text[start..end]`. A word's possessive
/// ending ("’s") is not part of it but sets `poss`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the word (before any possessive ending).
    pub end: usize,
    /// Letters/digits (with inner hyphens, apostrophes, dots) rather than punctuation.
    pub word: bool,
    /// Starts with a capital ("Kim", "al-Assad").
    pub cap: bool,
    /// Followed by a possessive "’s", which ends a name.
    pub poss: bool,
    /// Word-class flags, looked up for capitalised words only (0 otherwise).
    pub f: u32,
}

/// SWAR test for the name scan: flags ASCII capitals and lead bytes of non-ASCII
/// characters that may be letters (≥ 0xC3 except 0xE2, the lead byte of curly quotes
/// and dashes) in eight bytes at once.
pub(crate) fn caps(w: u64) -> u64 {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let w7 = w & !HI;
    let upper = (w7 + LO * 0x3F) & !(w7 + LO * 0x25) & !w;
    let ge_c0 = w & (w << 1);
    let c2 = swar_eq(w, 0xC2);
    let e2 = swar_eq(w, 0xE2);
    (upper | (ge_c0 & !c2 & !e2)) & HI
}

/// The first char boundary at or after `i` (at most `text.len()`).
pub(crate) fn ceil(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The character starting at byte `i`, if `i` is a boundary inside `s`.
pub(crate) fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|t| t.chars().next())
}

fn decode(s: &str, i: usize, x: u8) -> Option<char> {
    if x < 0x80 {
        Some(char::from(x))
    } else {
        char_at(s, i)
    }
}

/// Tokenises `text[lo..hi]` (both char boundaries) into words and punctuation.
pub(crate) fn tokens(text: &str, lo: usize, hi: usize) -> impl Iterator<Item = Tok> + '_ {
    let s = text.get(lo..hi).unwrap_or("");
    let b = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        let c = loop {
            let x = *b.get(i)?;
            if x == b' ' {
                i += 1;
                continue;
            }
            let c = decode(s, i, x)?;
            if !c.is_whitespace() {
                break c;
            }
            i += c.len_utf8();
        };
        let start = i;
        // Plain ASCII words (most of them) take a short path.
        let ascii = b.get(i).copied().filter(u8::is_ascii_alphanumeric);
        if let Some(x) = ascii {
            let n = b[i + 1..]
                .iter()
                .take_while(|y| y.is_ascii_alphanumeric())
                .count();
            let after = b.get(i + 1 + n).copied();
            if !matches!(after, Some(b'-' | b'\'' | b'.' | 0x80..)) {
                i += 1 + n;
                let cap = x.is_ascii_uppercase();
                let f = if cap {
                    flags(s.get(start..i).unwrap_or(""))
                } else {
                    0
                };
                let (word, poss) = (true, false);
                return Some(Tok {
                    start: lo + start,
                    end: lo + i,
                    word,
                    cap,
                    poss,
                    f,
                });
            }
        }
        i += c.len_utf8();
        let (mut word, mut cap, mut poss, mut f) = (false, false, false, 0);
        if !c.is_alphanumeric() {
            let end = lo + i;
            return Some(Tok {
                start: lo + start,
                end,
                word,
                cap,
                poss,
                f,
            });
        }
        let (mut dotted, mut inner_cap) = (false, false);
        while let Some(&x) = b.get(i) {
            if x.is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let Some(d) = decode(s, i, x) else { break };
            if x >= 0x80 && d.is_alphanumeric() {
                i += d.len_utf8();
                continue;
            }
            if matches!(d, '-' | '\'' | '’' | '.') {
                let n = char_at(s, i + d.len_utf8());
                if n.is_some_and(char::is_alphanumeric) {
                    dotted |= d == '.';
                    inner_cap |= d == '-' && n.is_some_and(char::is_uppercase);
                    i += d.len_utf8();
                    continue;
                }
                if d == '.' && (dotted || is_abbrev(s.get(start..i).unwrap_or(""))) {
                    i += 1;
                }
                if d != '.' && d != '-' && org_poss(s, start, i, d.len_utf8()) {
                    i += d.len_utf8();
                }
            }
            break;
        }
        let w = s.get(start..i).unwrap_or("");
        let suffix = [("’s", 4), ("'s", 2)]
            .into_iter()
            .find(|(x, n)| w.ends_with(x) && w.len() > *n);
        let wend = i - suffix.map_or(0, |(_, n)| n);
        (word, poss) = (true, suffix.is_some());
        cap = c.is_uppercase() || inner_cap;
        if cap {
            f = word_flags(s.get(start..wend).unwrap_or(""));
        }
        Some(Tok {
            start: lo + start,
            end: lo + wend,
            word,
            cap,
            poss,
            f,
        })
    })
}

/// Whether the apostrophe at `s[i..i + len]` ends a plural possessive inside an
/// organisation's name, "Workers' Party", "Dockworkers’ Union": the word before it
/// (from `start`) ends in "s" and a capitalised organisation word follows after one
/// space. Then the apostrophe stays with the word and the name runs on.
fn org_poss(s: &str, start: usize, i: usize, len: usize) -> bool {
    let Some(rest) = s.get(i + len..).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let next = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    s.get(start..i).is_some_and(|w| w.ends_with('s'))
        && next.starts_with(char::is_uppercase)
        && word_flags(next) & ORG != 0
}

/// Flags of a capitalised word; a hyphenated one also gets its first part's ORG flag
/// ("War-era").
fn word_flags(w: &str) -> u32 {
    let f = flags(w);
    match w.bytes().position(|b| b == b'-') {
        Some(k) => f | (flags(w.get(..k).unwrap_or("")) & ORG),
        None => f,
    }
}

/// An abbreviation that keeps its full stop: an initial ("F.") or a short title ("Mr.").
pub(crate) fn is_abbrev(w: &str) -> bool {
    let upper = w.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
    match w.len() {
        1 => upper,
        2..=4 => upper && flags(w) & ABBR != 0,
        _ => false,
    }
}

/// The name inside a run of capitalised tokens: drops leading function words, dates,
/// everything up to the last title ("US Secretary of State Mike Pompeo" → "Mike
/// Pompeo"), a portfolio after it ("Minister of Health Grace Tembo" → "Grace Tembo") and a
/// nationality before a full name ("Kenyan Brian Koech" → "Brian Koech"). Returns the byte
/// span and whether a title was cut.
pub(crate) fn name_of(text: &str, run: &[Tok]) -> Option<(usize, usize, bool)> {
    let conn = |t: &Tok| !t.cap && is_conn(text.get(t.start..t.end).unwrap_or(""));
    let mut a = 0;
    while a < run.len() && (run[a].f & (STOP | CAL | ART) != 0 || conn(&run[a])) {
        a += 1;
    }
    let mut titled = false;
    let mut secretary = false;
    for (i, t) in run.iter().enumerate().skip(a) {
        let w = text.get(t.start..t.end).unwrap_or("");
        secretary |= w == "Secretary";
        if t.f & TITLE != 0 || (secretary && w == "State") {
            a = i + 1;
            titled = true;
        }
    }
    // "Minister of Health Grace Tembo", "Minister of Foreign Affairs Wang Yi": the
    // portfolio after a title is not part of the name.
    // "Minister of State for Transport Lim Wei Ming": portfolios chain.
    if titled {
        let word = |t: &Tok| text.get(t.start..t.end).unwrap_or("");
        let mut k = a;
        while run
            .get(k)
            .is_some_and(|t| conn(t) || matches!(word(t), "for" | "in"))
        {
            let mut m = k + 1;
            while run
                .get(m)
                .is_some_and(|t| t.f & (PORT | ORG) != 0 || word(t) == "State")
            {
                m += 1;
            }
            // "Chief District Officer of Kaski Ram Bahadur Thapa": one place word after
            // "of", when a full name of two words or more follows it.
            // "Consul General in Barcelona Li Wenhao": the same after "in".
            let place = conn(&run[k]) || word(&run[k]) == "in";
            if m == k + 1 && place && run.len() >= k + 4 && run[k + 1].cap {
                m = k + 2;
            }
            if m == k + 1 {
                break;
            }
            k = m;
        }
        if k > a && run.len() >= k + 2 {
            a = k;
        }
    }
    // "fellow Kenyan Brian Koech": a nationality before a full name is not part of it.
    while run.len() >= a + 3 && run[a].f & DEM != 0 && run[a + 1].cap && run[a + 2].cap {
        a += 1;
    }
    let mut b = run.len();
    while b > a && conn(&run[b - 1]) {
        b -= 1;
    }
    while a < b && conn(&run[a]) {
        a += 1;
    }
    // "a Seoul-based researcher", "U.S.-led": compound adjectives are not names.
    const ADJ: &[&str] = &[
        "-based", "-born", "-led", "-backed", "-run", "-owned", "-era", "-style",
    ];
    while b > a
        && ADJ.iter().any(|x| {
            text.get(run[b - 1].start..run[b - 1].end)
                .is_some_and(|w| w.ends_with(x))
        })
    {
        b -= 1;
    }
    // "Viktor Halas of Lower Oruna province", "Park Won-gon of Handong University": a name
    // of two or more words before "of" is the person; "Bank of Korea" (one word) and "Korea
    // Federation of SMEs" (an organisation's word before "of") stay whole.
    if let Some(k) = (a + 2..b).find(|&k| text.get(run[k].start..run[k].end) == Some("of"))
        && !run[a..k].iter().any(|t| t.f & ORG != 0)
    {
        b = k;
    }
    (a < b).then(|| (run[a].start, run[b - 1].end, titled))
}
