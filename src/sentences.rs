//! PLACEHOLDER until the real splitter lands: splits after . ! ? followed by a space.
use std::ops::Range;
/// Splits a paragraph into sentence ranges.
pub fn split(text: &str, para: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let s = &text[para.clone()];
    let mut start = 0;
    for (i, _) in s.match_indices(". ") {
        out.push(para.start + start..para.start + i + 1);
        start = i + 2;
    }
    if start < s.len() {
        out.push(para.start + start..para.end);
    }
    out
}
