//! Geometry inside one paragraph galley: character ↔ byte offsets, which character lies
//! under the pointer, and the rectangles a character range covers.
//!
//! The reader keeps one [`Galley`] per paragraph and never re-lays it out to show hover,
//! selection, taken text or search hits; instead it paints rectangles behind the text. Those
//! rectangles come from here, computed from the galley's placed rows and glyph advances.
//! Galleys count characters (`char`s, with one per `\n` between rows) while the article's
//! spans are UTF-8 byte offsets, so [`CharMap`] translates between the two.

use egui::{Galley, Pos2, Rect, pos2};
use std::ops::Range;

/// Byte offset of every character of one paragraph's text (relative to its start).
///
/// ASCII text (most wire copy) needs no table: there, character and byte indices agree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CharMap {
    /// `Some(offsets)` for non-ASCII text: byte offset of each char, plus the text length
    /// at the end; `None` when every character is one byte.
    offsets: Option<Vec<u32>>,
    len: usize,
}

impl CharMap {
    /// The map for `text`.
    pub fn new(text: &str) -> CharMap {
        let offsets = (!text.is_ascii()).then(|| {
            let mut v: Vec<u32> = text
                .char_indices()
                .map(|(i, _)| u32::try_from(i).unwrap_or(u32::MAX))
                .collect();
            v.push(u32::try_from(text.len()).unwrap_or(u32::MAX));
            v
        });
        CharMap {
            offsets,
            len: text.len(),
        }
    }

    /// Number of characters.
    pub fn chars(&self) -> usize {
        self.offsets.as_ref().map_or(self.len, |v| v.len() - 1)
    }

    /// Byte offset of character `c` (the text length for `c` past the end).
    pub fn byte(&self, c: usize) -> usize {
        match &self.offsets {
            None => c.min(self.len),
            Some(v) => v.get(c).map_or(self.len, |&b| b as usize),
        }
    }

    /// Index of the character containing byte `b` (rounded down to a char boundary).
    pub fn char_of(&self, b: usize) -> usize {
        match &self.offsets {
            None => b.min(self.len),
            Some(v) => {
                let i = v.partition_point(|&o| (o as usize) <= b);
                i.saturating_sub(1)
            }
        }
    }

    /// The character range covering byte range `bytes` (clamped to the text).
    pub fn char_range(&self, bytes: Range<usize>) -> Range<usize> {
        let start = self.char_of(bytes.start.min(self.len));
        let end = if bytes.end >= self.len {
            self.chars()
        } else {
            // A byte inside a character counts that character in.
            let c = self.char_of(bytes.end);
            if self.byte(c) == bytes.end { c } else { c + 1 }
        };
        start..end.max(start)
    }
}

/// The character whose glyph lies under `pos` (galley coordinates), if any: `None` in
/// the margin after a row's last glyph or between rows.
pub fn char_under(galley: &Galley, pos: Pos2) -> Option<usize> {
    let mut first = 0;
    for row in &galley.rows {
        let n = row.glyphs.len();
        if (row.min_y()..row.max_y()).contains(&pos.y) {
            let x = pos.x - row.pos.x;
            let i = row.glyphs.partition_point(|g| g.max_x() <= x);
            let g = row.glyphs.get(i)?;
            return (g.pos.x <= x).then_some(first + i);
        }
        first += n + usize::from(row.ends_with_newline);
    }
    None
}

/// The cursor position (a character boundary) nearest `pos`, for dragging a selection.
pub fn boundary_at(galley: &Galley, pos: Pos2) -> usize {
    galley.cursor_from_pos(pos.to_vec2()).index.0
}

/// Rectangles (galley coordinates, one per row, top to bottom) covering characters
/// `chars`, computed lazily so a caller wanting the first row stops there.
fn row_rects(galley: &Galley, chars: Range<usize>) -> impl Iterator<Item = Rect> + '_ {
    galley
        .rows
        .iter()
        .scan(0usize, |first, row| {
            let start = *first;
            *first += row.glyphs.len() + usize::from(row.ends_with_newline);
            Some((start, row))
        })
        .take_while(move |(start, _)| *start < chars.end)
        .filter_map(move |(first, row)| {
            let n = row.glyphs.len();
            let (a, b) = (chars.start.max(first), chars.end.min(first + n));
            (a < b).then(|| {
                let x0 = row.glyphs[a - first].pos.x;
                let x1 = row.glyphs[b - 1 - first].max_x();
                Rect::from_min_max(
                    pos2(row.pos.x + x0, row.min_y()),
                    pos2(row.pos.x + x1, row.max_y()),
                )
            })
        })
}

/// Rectangles (galley coordinates, one per row) covering characters `chars`.
pub fn range_rects(galley: &Galley, chars: Range<usize>) -> Vec<Rect> {
    row_rects(galley, chars).collect()
}

/// The rectangle of the first row characters `chars` occupy (for accessibility bounds).
pub fn first_row_rect(galley: &Galley, chars: Range<usize>) -> Option<Rect> {
    row_rects(galley, chars).next()
}

/// The vertical extent (galley coordinates) of the rows characters `chars` occupy.
pub fn rows_span(galley: &Galley, chars: Range<usize>) -> Option<Range<f32>> {
    let rects = range_rects(galley, chars);
    Some(rects.first()?.min.y..rects.last()?.max.y)
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{Color32, FontId, text::LayoutJob};
    use std::sync::Arc;

    fn galley(text: &str, width: f32) -> Arc<Galley> {
        let ctx = egui::Context::default();
        let mut out = None;
        let output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let job = LayoutJob::simple(
                text.to_owned(),
                FontId::proportional(14.0),
                Color32::WHITE,
                width,
            );
            out = Some(ui.fonts_mut(|f| f.layout_job(job)));
        });
        output.drop_without_applying_deltas();
        out.unwrap()
    }

    #[test]
    fn char_map_translates_both_ways() {
        let m = CharMap::new("aé—b");
        assert_eq!(m.chars(), 4);
        assert_eq!((m.byte(1), m.byte(2), m.byte(3), m.byte(4)), (1, 3, 6, 7));
        assert_eq!(m.char_of(4), 2, "inside the dash");
        assert_eq!(m.char_range(1..6), 1..3);
        assert_eq!(m.char_range(2..4), 1..3, "partial characters count in");
        let ascii = CharMap::new("abc");
        assert_eq!((ascii.chars(), ascii.byte(2), ascii.char_of(9)), (3, 2, 3));
    }

    #[test]
    fn rects_follow_wrapped_rows() {
        let text = "one two three four five six seven eight nine ten eleven twelve";
        let g = galley(text, 80.0);
        assert!(g.rows.len() > 2, "the text wraps");
        let all = range_rects(&g, 0..text.len());
        assert_eq!(all.len(), g.rows.len());
        assert!(all.windows(2).all(|w| w[0].max.y <= w[1].min.y + 0.5));
        // A word on the second row: one rect, on that row, and the pointer at its centre
        // lands on one of its characters.
        let second = &g.rows[1];
        let start = g.rows[0].glyphs.len();
        let rects = range_rects(&g, start..start + 2);
        assert_eq!(rects.len(), 1);
        assert!((rects[0].min.y - second.min_y()).abs() < 0.01);
        let c = char_under(&g, rects[0].center()).unwrap();
        assert!((start..start + 2).contains(&c));
        let expected = Rect::from_min_max(rects[0].min, pos2(all[1].max.x, rects[0].max.y));
        assert_eq!(first_row_rect(&g, start..text.len()), Some(expected));
        assert_eq!(char_under(&g, pos2(-50.0, 1.0)), None);
        assert_eq!(boundary_at(&g, pos2(-5.0, -50.0)), 0);
        assert!(range_rects(&g, 3..3).is_empty());
    }
}
