//! The intermediate form every input format is brought to before cleanup.
//!
//! Plain text arrives as [`Block`]s of raw source lines (blank lines separate blocks);
//! Markdown and HTML arrive as blocks of one already-joined line each, with a [`Hint`]
//! from their markup. Cleanup removes lines from blocks and reflows what is left into
//! [`Para`]s, which remember which source line each piece of their text came from, so that
//! every paragraph (and a crosshead split out of one) keeps an exact `source_line`.

use std::borrow::Cow;

/// What the source markup said a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    /// No markup: plain text.
    Plain,
    /// A heading (`#`, `<h2>`).
    Heading,
    /// A figure caption or image description.
    Caption,
    /// A list item.
    ListItem,
    /// A block quotation.
    Quote,
}

/// One source line (or one pre-joined block of markup text). Plain-text lines borrow
/// from the decoded document, so splitting a file into lines allocates nothing per line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line<'a> {
    /// The text, untrimmed.
    pub text: Cow<'a, str>,
    /// 1-based source line number.
    pub no: usize,
}

/// A run of lines with no blank line between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block<'a> {
    /// The lines in order.
    pub lines: Vec<Line<'a>>,
    /// What the markup said it is.
    pub hint: Hint,
    /// `true` when the lines are separate paragraphs already (Markdown, HTML): no reflow.
    pub joined: bool,
}

/// A reflowed paragraph with the source line of each piece of its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Para {
    /// Single-line text with runs of spaces collapsed.
    pub text: String,
    /// What the markup said it is.
    pub hint: Hint,
    /// `(byte offset into text, source line)` for each joined source line, ascending.
    pub lines: Vec<(usize, usize)>,
}

impl Para {
    /// The source line of the paragraph's first character.
    pub fn first_line(&self) -> usize {
        self.lines.first().map_or(0, |&(_, l)| l)
    }

    /// The source line holding byte `offset` of the text.
    pub fn line_at(&self, offset: usize) -> usize {
        self.lines
            .iter()
            .take_while(|&&(o, _)| o <= offset)
            .last()
            .map_or_else(|| self.first_line(), |&(_, l)| l)
    }

    /// Splits off `text[at..]` as a new paragraph (trimmed), keeping line numbers right.
    pub fn split_off(&mut self, at: usize, hint: Hint) -> Para {
        let tail = self.text[at..].trim_start();
        let start = self.text.len() - tail.len();
        let mut lines = vec![(0, self.line_at(start))];
        lines.extend(
            self.lines
                .iter()
                .filter(|&&(o, _)| o > start)
                .map(|&(o, l)| (o - start, l)),
        );
        let new = Para {
            text: tail.to_owned(),
            hint,
            lines,
        };
        self.text.truncate(at);
        let kept = self.text.trim_end().len();
        self.text.truncate(kept);
        self.lines.retain(|&(o, _)| o < kept.max(1));
        new
    }
}

/// Splits plain text into blocks at blank lines.
pub fn text_blocks(text: &str) -> Vec<Block<'_>> {
    let mut blocks = Vec::new();
    let mut cur: Vec<Line> = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        if line.trim().is_empty() {
            if !cur.is_empty() {
                blocks.push(Block {
                    lines: std::mem::take(&mut cur),
                    hint: Hint::Plain,
                    joined: false,
                });
            }
        } else {
            cur.push(Line {
                text: Cow::Borrowed(line),
                no: i + 1,
            });
        }
    }
    if !cur.is_empty() {
        blocks.push(Block {
            lines: cur,
            hint: Hint::Plain,
            joined: false,
        });
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_and_lines() {
        let b = text_blocks("a\nb\n\n\nc\n  \nd");
        assert_eq!(b.len(), 3);
        assert_eq!(b[0].lines.len(), 2);
        assert_eq!(b[1].lines[0].no, 5);
        assert_eq!(b[2].lines[0].no, 7);
    }

    #[test]
    fn split_off_keeps_lines() {
        let mut p = Para {
            text: "one two. – Head –".into(),
            hint: Hint::Plain,
            lines: vec![(0, 3), (9, 4)],
        };
        let q = p.split_off(9, Hint::Heading);
        assert_eq!(p.text, "one two.");
        assert_eq!(q.text, "– Head –");
        assert_eq!(q.first_line(), 4);
        assert_eq!(p.lines, vec![(0, 3)]);
    }
}
