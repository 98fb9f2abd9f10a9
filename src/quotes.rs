//! PLACEHOLDER until the real quote finder lands.
use crate::article::{Paragraph, Quote, Sentence};
/// Finds quotes (placeholder: none).
pub fn find_quotes(_text: &str, _paragraphs: &[Paragraph], _sentences: &[Sentence]) -> Vec<Quote> {
    Vec::new()
}
