//! DOM clean-up before readability scoring: what can never be article text goes, a
//! pathologically deep DOM is flattened, and navigation, ads, sharing, related links,
//! comments, forms and hidden parts are removed. All edits go through `dom_query`.

use dom_query::{Document, NodeRef};

use super::name;

/// Elements whose content is never article text; removed before anything else, so that
/// flattening cannot turn their content into text.
const NEVER_TEXT: &str =
    "script style noscript template textarea select button svg iframe object embed canvas";
/// DOM depth beyond which the page is flattened: the limit browsers put on their parsers.
const MAX_DEPTH: usize = 512;
/// Elements kept when flattening.
const FLAT_KEEP: &str = "html head body p h1 h2 h3 h4 h5 h6 figcaption";
/// Words of class or id names that mark non-article parts of a page.
const BOILERPLATE_WORDS: &str = "ad ads adv advert adverts advertisement advertising adslot adspot \
    adunit dfp gpt sponsor sponsored promo outbrain taboola share sharing social sns related \
    recommended newsletter subscribe cookie cookies consent comment comments respond disqus feedback \
    breadcrumb breadcrumbs crumbs skip nav navbar navigation menu gnb lnb footer sidebar widget \
    trending popular tags keyword keywords pagination pager paging login ticker blind date timestamp";
/// The same, for names written as one word ("MostRead", "sr-only").
const BOILERPLATE_JOINED: &str = "mostread mostviewed mostpopular rightrail trustbadge skipnav \
    skiplink sronly visuallyhidden screenreader nextprev prevnext";
/// ARIA roles of page furniture.
const BOILERPLATE_ROLES: &str = "navigation banner contentinfo complementary search menubar dialog";

/// Cleans the parsed page in place, or returns the publisher's marked article body.
pub(super) fn clean(doc: Document) -> Document {
    for node in doc.root().descendants() {
        let tag = name(&node);
        if !tag.is_empty() && NEVER_TEXT.split(' ').any(|n| n == tag) {
            node.remove_from_parent();
        }
    }
    flatten_if_deep(&doc);
    remove_boilerplate(&doc);
    scope_to_article_body(doc)
}

/// Strips all but text-block elements when the DOM is deeper than [`MAX_DEPTH`].
/// dom_smoothie is quadratic in depth (5,000 nested `<div>`: 7.5 s).
fn flatten_if_deep(doc: &Document) {
    let mut stack = vec![(doc.root(), 0usize)];
    while let Some((node, depth)) = stack.pop() {
        if depth > MAX_DEPTH {
            let root = doc.root();
            let mut names: Vec<String> = root
                .descendants_it()
                .filter(|n| n.is_element())
                .map(|n| name(&n))
                .collect();
            names.sort_unstable();
            names.dedup();
            let strip: Vec<&str> = names
                .iter()
                .map(String::as_str)
                .filter(|n| !FLAT_KEEP.split(' ').any(|k| k == *n))
                .collect();
            root.strip_elements(&strip);
            return;
        }
        stack.extend(
            node.children_it(false)
                .filter(|c| c.is_element())
                .map(|c| (c, depth + 1)),
        );
    }
}

/// The one element the publisher marked `itemprop="articleBody"`, when there is exactly
/// one and it holds real text: promotions next to it can then not be chosen.
fn scope_to_article_body(doc: Document) -> Document {
    let bodies = doc.select("[itemprop~=articleBody]");
    match bodies.nodes() {
        [body] if body.text().chars().filter(|c| c.is_alphanumeric()).count() >= 400 => {
            Document::from(&*body.html())
        }
        _ => doc,
    }
}

/// Removes page furniture, but never an element holding half or more of the page's text
/// (ASP.NET pages wrap everything in one `<form>`; some themes call the content column
/// "with-sidebar").
fn remove_boilerplate(doc: &Document) {
    let root = doc.root();
    let total = root.text().len();
    let doomed: Vec<NodeRef> = root
        .descendants_it()
        .filter(|n| n.is_element() && is_boilerplate(n))
        .collect();
    for node in doomed {
        if node.text().len() * 2 < total.max(1) {
            node.remove_from_parent();
        }
    }
}

fn is_boilerplate(node: &NodeRef) -> bool {
    match name(node).as_str() {
        "html" | "body" | "main" | "article" => return false,
        "nav" | "footer" | "form" | "input" | "dialog" => return true,
        "header" | "aside" => return !node.ancestors_it(None).any(|a| name(&a) == "article"),
        _ => {}
    }
    let attr = |a: &str| {
        node.attr(a)
            .map(|v| v.trim().to_ascii_lowercase())
            .unwrap_or_default()
    };
    let style: String = attr("style")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let role = attr("role");
    node.has_attr("hidden")
        || attr("aria-hidden") == "true"
        || style.contains("display:none")
        || style.contains("visibility:hidden")
        || (!role.is_empty() && BOILERPLATE_ROLES.split(' ').any(|r| r == role))
        || [node.attr("class"), node.attr("id")]
            .iter()
            .flatten()
            .any(|v| v.split_whitespace().any(boilerplate_name))
}

/// Splits a class or id name at punctuation and camelCase humps ("Ad_container__1ykqD",
/// "SocialShare-facebook", "div-gpt-ad-1556") and looks its words up.
fn boilerplate_name(token: &str) -> bool {
    let joined: String = token
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    if BOILERPLATE_JOINED
        .split_whitespace()
        .any(|j| joined.contains(j))
    {
        return true;
    }
    name_words(token)
        .iter()
        .any(|w| BOILERPLATE_WORDS.split_whitespace().any(|b| b == w))
}

/// The lowercase words of a class or id name, split at punctuation and camelCase humps.
pub(super) fn name_words(token: &str) -> Vec<String> {
    let mut words = vec![String::new()];
    let mut prev_lower = false;
    for c in token.chars() {
        if !c.is_ascii_alphanumeric() || (c.is_ascii_uppercase() && prev_lower) {
            words.push(String::new());
        }
        if let (true, Some(w)) = (c.is_ascii_alphanumeric(), words.last_mut()) {
            w.push(c.to_ascii_lowercase());
        }
        prev_lower = c.is_ascii_lowercase();
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_names_split_into_words() {
        for yes in [
            "Ad_container__1ykqD",
            "div-gpt-ad-1556",
            "SocialShare-facebook",
            "MostRead_list",
            "td-post-sharing-top",
        ] {
            assert!(boilerplate_name(yes), "{yes}");
        }
        for no in [
            "header",
            "ArticleBody_body__3Yb2a",
            "td-post-content",
            "load",
            "shadow",
            "story-news",
            "Headline",
        ] {
            assert!(!boilerplate_name(no), "{no}");
        }
    }

    #[test]
    fn the_article_survives_greedy_class_names() {
        let html = "<body><form id=aspnetForm><div class='content with-sidebar'><p>Story text, quite a lot \
                    of it, the whole article.</p></div><div class=sidebar>Links</div></form></body>";
        let doc = clean(Document::from(html));
        assert!(doc.root().text().contains("the whole article"));
        assert!(!doc.root().text().contains("Links"));
    }
}
