//! PLACEHOLDER until the real extractor lands.
#![allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockHint {
    Paragraph,
    Heading,
    Caption,
    ListItem,
    Quote,
}
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub text: String,
    pub hint: BlockHint,
    pub source_line: usize,
}
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlMeta {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub published: Option<String>,
    pub site_name: Option<String>,
    pub url: Option<String>,
    pub section: Option<String>,
    pub description: Option<String>,
}
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtmlDoc {
    pub meta: HtmlMeta,
    pub blocks: Vec<Block>,
}
#[derive(Debug, thiserror::Error)]
pub enum HtmlError {
    #[error("no article text found in the page")]
    NoContent,
}
pub fn extract(_html: &str) -> Result<HtmlDoc, HtmlError> {
    Err(HtmlError::NoContent)
}
