//! The paragraph scanner: finds top-level quotations and their paragraph pieces.
//!
//! It stops only at bytes that can start a quote mark (eight bytes tested at a time) and
//! keeps a small stack of open marks, so its cost is linear whatever the input.

use super::Para;
use crate::article::Span;

/// Deepest nesting of marks tracked; deeper marks are plain text.
const MAX_DEPTH: usize = 8;

/// What closes an open quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Straight,
    Right,
    Low,
    GuilR,
    GuilL,
    SGuilR,
    SGuilL,
    SCurly,
    SStraight,
    Corner,
    WhiteCorner,
}

impl Mark {
    /// The closer for a quotation opened by the double mark `c`.
    fn opened_by(c: char) -> Option<Mark> {
        match c {
            '"' => Some(Mark::Straight),
            '“' | '”' => Some(Mark::Right),
            '„' => Some(Mark::Low),
            '«' => Some(Mark::GuilR),
            '»' => Some(Mark::GuilL),
            '‹' => Some(Mark::SGuilR),
            '›' => Some(Mark::SGuilL),
            '「' => Some(Mark::Corner),
            '『' => Some(Mark::WhiteCorner),
            _ => None,
        }
    }

    fn closed_by(self, c: char) -> bool {
        match self {
            Mark::Straight => c == '"',
            Mark::Right => c == '”',
            Mark::Low => c == '“' || c == '”',
            Mark::GuilR => c == '»',
            Mark::GuilL => c == '«',
            Mark::SGuilR => c == '›',
            Mark::SGuilL => c == '‹',
            Mark::SCurly => c == '’',
            Mark::SStraight => c == '\'',
            Mark::Corner => c == '」',
            Mark::WhiteCorner => c == '』',
        }
    }
}

/// A top-level quotation as scanned, before classification and attribution.
#[derive(Debug)]
pub(crate) struct Raw {
    /// Sanitised index of the paragraph it opens in.
    pub first: usize,
    /// Sanitised index of the paragraph it closes (or stops) in.
    pub last: usize,
    /// Byte offset of the opening mark.
    pub open: usize,
    /// The quoted text of each paragraph piece, without marks.
    pub parts: Vec<Span>,
    /// `false` when the quote runs to a paragraph end without a closing mark.
    pub closed: bool,
    /// Just after the closing mark (the paragraph end when unclosed).
    pub close_end: usize,
    /// Opens its paragraph or follows a colon: may continue into the next paragraph.
    lead: bool,
}

/// All top-level quotations in the (sanitised) paragraphs, in text order.
pub(crate) fn scan(text: &str, paras: &[Para]) -> Vec<Raw> {
    let stack = Vec::with_capacity(MAX_DEPTH);
    Scanner {
        text,
        stack,
        cur: None,
        part_start: 0,
        out: Vec::new(),
    }
    .run(paras)
}

/// The paragraph scanner's state.
struct Scanner<'a> {
    text: &'a str,
    stack: Vec<Mark>,
    cur: Option<Raw>,
    part_start: usize,
    out: Vec<Raw>,
}

fn alnum(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

fn solid(c: Option<char>) -> bool {
    c.is_some_and(|c| !c.is_whitespace())
}

impl Scanner<'_> {
    /// Scans all paragraphs in order; quotes come out in text order.
    fn run(mut self, paras: &[Para]) -> Vec<Raw> {
        let bytes = self.text.as_bytes();
        let mut resume = None;
        for (pi, p) in paras.iter().enumerate() {
            let mut i = resume.take().unwrap_or(p.start);
            while i < p.end {
                let marks =
                    |w| swar_eq(w, b'"') | swar_eq(w, b'\'') | swar_eq(w, 0xC2) | marks_e2_e3(w);
                match bytes
                    .get(i..p.end)
                    .and_then(|b| find_byte(b, marks, is_mark_byte))
                {
                    Some(k) => i += k,
                    None => break,
                }
                let Some(c) = self.text.get(i..p.end).and_then(|s| s.chars().next()) else {
                    i += 1;
                    continue;
                };
                let len = c.len_utf8();
                let prev = self
                    .text
                    .get(p.start..i)
                    .and_then(|s| s.chars().next_back());
                let next = self.text.get(i + len..p.end).and_then(|s| s.chars().next());
                self.mark(c, i, len, prev, next, pi, p);
                i += len;
            }
            resume = self.paragraph_end(pi, p, paras.get(pi + 1));
        }
        self.out
    }

    #[allow(clippy::too_many_arguments)]
    fn mark(
        &mut self,
        c: char,
        i: usize,
        len: usize,
        prev: Option<char>,
        next: Option<char>,
        pi: usize,
        p: &Para,
    ) {
        let nest = !self.stack.is_empty() && self.stack.len() < MAX_DEPTH;
        match c {
            '’' | '\'' => {
                let top = self.stack.last().is_some_and(|m| m.closed_by(c));
                if top && solid(prev) && !alnum(next) {
                    self.stack.pop();
                } else if c == '\'' && nest && !alnum(prev) && alnum(next) {
                    self.stack.push(Mark::SStraight);
                }
            }
            '‘' if nest && !alnum(prev) && solid(next) => self.stack.push(Mark::SCurly),
            _ => {
                if let Some(k) = self.stack.iter().rposition(|m| m.closed_by(c)) {
                    if k == 0 {
                        self.close(i, len, pi);
                    } else {
                        self.stack.truncate(k);
                    }
                    return;
                }
                let Some(m) = Mark::opened_by(c) else { return };
                let ok = match c {
                    '"' | '»' | '›' => solid(next),
                    '”' => self.stack.is_empty() && !solid(prev) && alnum(next),
                    _ => true,
                };
                if !ok || self.stack.len() >= MAX_DEPTH {
                    return;
                }
                if self.stack.is_empty() {
                    let before = self.text.get(p.start..i).unwrap_or("").trim_end();
                    let lead = before.is_empty() || before.ends_with(':');
                    let parts = Vec::new();
                    let (first, last, open, closed, close_end) = (pi, pi, i, false, i);
                    self.cur = Some(Raw {
                        first,
                        last,
                        open,
                        parts,
                        closed,
                        close_end,
                        lead,
                    });
                    self.part_start = i + len;
                }
                self.stack.push(m);
            }
        }
    }

    fn close(&mut self, i: usize, len: usize, pi: usize) {
        if let Some(mut r) = self.cur.take() {
            r.parts.push(Span {
                start: self.part_start,
                end: i,
            });
            r.closed = true;
            r.last = pi;
            r.close_end = i + len;
            self.emit(r);
        }
        self.stack.clear();
    }

    /// Ends or continues an open quote; returns where to resume in the next paragraph.
    fn paragraph_end(&mut self, pi: usize, p: &Para, next: Option<&Para>) -> Option<usize> {
        let mut r = self.cur.take()?;
        r.parts.push(Span {
            start: self.part_start.min(p.end),
            end: p.end,
        });
        r.last = pi;
        self.stack.clear();
        let cont = next.filter(|_| r.lead).and_then(|n| {
            let s = self.text.get(n.start..n.end)?;
            let off = s.len() - s.trim_start().len();
            let c = s[off..].chars().next().filter(|&c| c != '”')?;
            Some((n.start + off + c.len_utf8(), Mark::opened_by(c)?))
        });
        match cont {
            Some((at, m)) => {
                self.stack.push(m);
                self.cur = Some(r);
                self.part_start = at;
                Some(at)
            }
            None => {
                r.close_end = p.end;
                self.emit(r);
                None
            }
        }
    }

    fn emit(&mut self, r: Raw) {
        let text = self.text;
        let words = |s: &Span| {
            text.get(s.start..s.end)
                .is_some_and(|t| t.chars().any(char::is_alphanumeric))
        };
        if r.parts.iter().any(words) {
            self.out.push(r);
        }
    }
}

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// Eight bytes at once: the high bit of each byte of the result is set where `w` holds `c`.
pub(crate) fn swar_eq(w: u64, c: u8) -> u64 {
    let v = w ^ (LO * u64::from(c));
    v.wrapping_sub(LO) & !v & HI
}

/// Index of the first byte of `b` that `test` accepts. `swar` runs the same test on eight
/// bytes at once (nonzero when one may match), so plain text is skipped quickly.
pub(crate) fn find_byte(
    b: &[u8],
    swar: impl Fn(u64) -> u64,
    test: impl Fn(u8) -> bool,
) -> Option<usize> {
    let mut i = 0;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut w = [0; 8];
        w.copy_from_slice(chunk);
        if swar(u64::from_le_bytes(w)) != 0 {
            break;
        }
        i += 8;
    }
    b.get(i..)?.iter().position(|&x| test(x)).map(|k| i + k)
}

/// A byte that can start a quote mark: `"`, `'` or the lead byte of « » (0xC2), of the
/// curly marks (0xE2) and of 「」『』 (0xE3). None of them is ever a UTF-8 continuation
/// byte.
fn is_mark_byte(x: u8) -> bool {
    matches!(x, b'"' | b'\'' | 0xC2 | 0xE2 | 0xE3)
}

/// SWAR: bytes 0xE2 or 0xE3 (0xE2 with the low bit ignored).
fn marks_e2_e3(w: u64) -> u64 {
    swar_eq(w | LO, 0xE3)
}
