//! Paragraph kinds: body text, crossheads and photo captions.
//!
//! Crossheads are AFP's "– Soviet-era allies –" (sometimes glued by the hard wrap onto the
//! end of the paragraph before it: "…in February. – North Korean labourers –", which is
//! split off here), Markdown/HTML headings, and short title-like lines between body
//! paragraphs. Captions are markup captions and the photo lines wires print in the body
//! ("This photo released by … (Yonhap)", "… (AP Photo/Ahn Young-joon)").

use crate::article::ParaKind;
use crate::blocks::{Hint, Para};
use regex::Regex;
use std::sync::LazyLock;

#[allow(clippy::unwrap_used)] // constant patterns, exercised by the tests
static CROSSHEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[–—-]\s*[^–—.!?]{2,80}?\s*[–—-]$").unwrap());

#[allow(clippy::unwrap_used)]
static GLUED_CROSSHEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"[.!?"”’)]\s+([–—]\s*\p{Lu}[^–—.!?"“”]{1,80}?\s*[–—])$"#).unwrap()
});

#[allow(clippy::unwrap_used)]
static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^(?:(?:This|These|In\ this|In\ these)\ (?:(?:file|undated|handout|combined|combination|EPA|AFP|AP|Yonhap|Reuters)\ )*(?:photo|image|picture|photograph|screenshot|video\ grab)s?(?-u:\b)
        | (?:Photo|PHOTO|Image|Pictured|FILE\ PHOTO)\s*[:.]
        )",
    )
    .unwrap()
});

#[allow(clippy::unwrap_used)]
static CAPTION_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\((?:Yonhap|AFP|AP|Reuters|EPA|KCNA|Xinhua|Getty Images|(?:AP|AFP|EPA|Reuters|Yonhap) Photo[^()]{0,60}|[^()]{0,40}(?:PHOTO|Photo)\s*/[^()]{0,60})\)|(?-u:\b)(?:REUTERS|AFP|EPA|AP|YONHAP)/[^/.]{2,40}(?:/(?:File Photo|Pool|Handout))?)$").unwrap()
});

/// Splits crossheads glued to the end of a paragraph into paragraphs of their own.
pub fn split_glued_crossheads(paras: Vec<Para>) -> Vec<Para> {
    let mut out = Vec::with_capacity(paras.len());
    for mut p in paras {
        // Only a paragraph ending in a dash can end in a crosshead: skip the regex otherwise.
        let at = if p.hint == Hint::Plain && p.text.ends_with(['–', '—']) {
            GLUED_CROSSHEAD
                .captures(&p.text)
                .and_then(|c| c.get(1))
                .map(|m| m.start())
        } else {
            None
        };
        match at {
            Some(at) => {
                let head = p.split_off(at, Hint::Heading);
                out.push(p);
                out.push(head);
            }
            None => out.push(p),
        }
    }
    out
}

/// The kind of paragraph `i`; `prev_body`/`next_body` say whether body text surrounds it.
pub fn kind(p: &Para, prev_body: bool, next_body: bool) -> ParaKind {
    let t = p.text.as_str();
    match p.hint {
        Hint::Heading => return ParaKind::Crosshead,
        Hint::Caption => return ParaKind::Caption,
        Hint::ListItem | Hint::Quote => return ParaKind::Body,
        Hint::Plain => {}
    }
    if t.len() <= 100 && CROSSHEAD.is_match(t) {
        return ParaKind::Crosshead;
    }
    // A photo credit ends the caption: ")" or "REUTERS/Name/File Photo".
    let tail = &t[crate::format::floor_char_boundary(t, t.len().saturating_sub(120))..];
    let credit_like = t.ends_with(')') || tail.contains('/');
    if CAPTION.is_match(t) || (t.len() < 600 && credit_like && CAPTION_CREDIT.is_match(t)) {
        return ParaKind::Caption;
    }
    if prev_body && next_body && title_like(t) {
        return ParaKind::Crosshead;
    }
    ParaKind::Body
}

/// Short, capitalised, no sentence punctuation or quotes, not ending on a function word
/// (truncated copy such as "Kim said the" must stay body).
fn title_like(t: &str) -> bool {
    if t.len() > 160 || t.ends_with(['.', ',', ';', ':', '!', '?']) {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let last = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
    (1..=8).contains(&words.len())
        && t.starts_with(char::is_uppercase)
        && !t.ends_with(['.', ',', ';', ':', '!', '?'])
        && !t.contains(['"', '“', '”', '«', '»'])
        && !matches!(
            last.as_str(),
            "the"
                | "a"
                | "an"
                | "of"
                | "to"
                | "and"
                | "or"
                | "in"
                | "on"
                | "for"
                | "with"
                | "at"
                | "by"
                | "from"
                | "that"
                | "his"
                | "her"
                | "its"
                | "their"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(t: &str) -> Para {
        Para {
            text: t.into(),
            hint: Hint::Plain,
            lines: vec![(0, 1)],
        }
    }

    #[test]
    fn crossheads() {
        assert_eq!(
            kind(&para("– Soviet-era allies –"), true, true),
            ParaKind::Crosshead
        );
        assert_eq!(
            kind(&para("Talks in Hanoi"), true, true),
            ParaKind::Crosshead
        );
        assert_eq!(kind(&para("Kim said the"), true, true), ParaKind::Body);
        assert_eq!(kind(&para("Talks in Hanoi"), true, false), ParaKind::Body);
    }

    #[test]
    fn glued_crosshead_is_split() {
        let mut p = para("which broke down without a deal in February. – North Korean labourers –");
        p.lines = vec![(0, 10), (49, 11)];
        let out = split_glued_crossheads(vec![p]);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].text, "which broke down without a deal in February.");
        assert_eq!(out[1].text, "– North Korean labourers –");
        assert_eq!(out[1].first_line(), 10);
        assert_eq!(kind(&out[1], true, true), ParaKind::Crosshead);
    }

    #[test]
    fn captions() {
        let c = "This photo released by Europe's news photo agency EPA shows North Korean leader Kim Jong-un (L) holding talks. (Yonhap)";
        assert_eq!(kind(&para(c), true, true), ParaKind::Caption);
        let c = "A train crosses the Yodo River in Osaka, Japan, January 15, 2024. REUTERS/Kaori Mori/File Photo";
        assert_eq!(kind(&para(c), true, true), ParaKind::Caption);
        let c = "Rescue workers search the site on March 3, 2024. (AP Photo/Ahn Young-joon)";
        assert_eq!(kind(&para(c), true, true), ParaKind::Caption);
        let b = "The photographs were released on Monday, officials said.";
        assert_eq!(kind(&para(b), true, true), ParaKind::Body);
    }
}
