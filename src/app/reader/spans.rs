//! A sorted index of byte spans (quote parts, taken excerpts, search hits) that answers
//! "which spans overlap this range" in logarithmic time.
//!
//! The reader asks that question for every visible paragraph every frame, for several kinds
//! of marks, in articles with thousands of quotes and hits; a linear scan per paragraph
//! would make frame time grow with article length. Spans may overlap each other (two items
//! taken from the same sentence), so the index keeps a running maximum of span ends to know
//! where overlapping spans can start.

use std::ops::Range;

/// Byte spans with a payload each, sorted by start.
#[derive(Debug, Clone)]
pub struct Spans<T> {
    spans: Vec<(Range<usize>, T)>,
    /// `max_end[i]`: the largest end among `spans[..=i]`.
    max_end: Vec<usize>,
}

impl<T> Default for Spans<T> {
    fn default() -> Self {
        Spans {
            spans: Vec::new(),
            max_end: Vec::new(),
        }
    }
}

impl<T: Copy> Spans<T> {
    /// The index of `spans` (any order; empty spans are dropped).
    pub fn new(spans: impl IntoIterator<Item = (Range<usize>, T)>) -> Spans<T> {
        let mut spans: Vec<_> = spans.into_iter().filter(|(r, _)| r.start < r.end).collect();
        spans.sort_by_key(|(r, _)| (r.start, r.end));
        let mut end = 0;
        let max_end = spans
            .iter()
            .map(|(r, _)| {
                end = end.max(r.end);
                end
            })
            .collect();
        Spans { spans, max_end }
    }

    /// Number of spans.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// True when there are no spans.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The spans overlapping `range`, in start order.
    pub fn overlapping(&self, range: Range<usize>) -> impl Iterator<Item = &(Range<usize>, T)> {
        let first = self.max_end.partition_point(|&e| e <= range.start);
        self.spans[first..]
            .iter()
            .take_while(move |(r, _)| r.start < range.end)
            .filter(move |(r, _)| r.end > range.start)
    }

    /// The first span containing byte `pos`.
    pub fn at(&self, pos: usize) -> Option<&(Range<usize>, T)> {
        self.overlapping(pos..pos + 1).next()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_finds_nested_and_crossing_spans() {
        let s = Spans::new([(10..20, 'a'), (0..100, 'b'), (30..40, 'c'), (5..5, 'e')]);
        assert_eq!(s.len(), 3, "empty spans are dropped");
        let hit: Vec<char> = s.overlapping(35..36).map(|(_, t)| *t).collect();
        assert_eq!(hit, vec!['b', 'c']);
        let hit: Vec<char> = s.overlapping(20..30).map(|(_, t)| *t).collect();
        assert_eq!(hit, vec!['b'], "touching spans do not overlap");
        assert_eq!(s.at(15).map(|(_, t)| *t), Some('b'));
        assert!(s.overlapping(100..200).next().is_none());
        let brute = |r: Range<usize>| {
            (s.spans.iter())
                .filter(|(x, _)| x.start < r.end && x.end > r.start)
                .count()
        };
        for a in 0..110 {
            assert_eq!(s.overlapping(a..a + 7).count(), brute(a..a + 7));
        }
    }

    #[test]
    fn an_empty_index_finds_nothing_and_at_picks_the_first_start() {
        let none: Spans<u8> = Spans::new([]);
        assert!(none.is_empty() && none.at(0).is_none());
        assert_eq!(none.overlapping(0..usize::MAX).count(), 0);
        let s = Spans::new([(4..8, 1u8), (0..4, 0)]);
        assert_eq!(s.at(3).map(|(_, t)| *t), Some(0));
        assert_eq!(s.at(4).map(|(_, t)| *t), Some(1), "ends are exclusive");
        assert!(s.at(8).is_none());
    }
}
