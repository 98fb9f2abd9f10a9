//! The whole-line patterns of [`super`]: wire trailers and credits, copyright notices,
//! widgets and footers, each with its reason and strength.

use super::Pattern;
use super::Strength::{Strong, Weak};

pub(super) fn pattern_list() -> Vec<Pattern> {
    let p = |re: &'static str, reason, strength| Pattern {
        re,
        reason,
        strength,
        gate: None,
    };
    let gated = |gate, re: &'static str, reason, strength| Pattern {
        re,
        reason,
        strength,
        gate: Some(gate),
    };
    vec![
        // "MORE/MSY/1117 hrs", "BSS/AFP/MSY/1117 hrs", "AFP 251117 GMT APR 19"
        p(
            r"^(?:[A-Z]{2,6}/)+\d{3,4}\s*(?:hrs|HRS|GMT|gmt)?$",
            "wire trailer",
            Strong,
        ),
        p(
            r"^[A-Z]{2,6} \d{6} GMT [A-Z]{3} \d{2}$",
            "wire trailer",
            Strong,
        ),
        // Agency sign-offs: Kyodo "==Kyodo", Bernama "-- BERNAMA", PTI "PTI ABC XYZ RT"
        gated("==", r"^==\s*\p{Lu}[\p{L} ]{1,30}$", "wire trailer", Strong),
        p(r"^--\s*[A-Z][A-Z ]{1,30}$", "wire trailer", Strong),
        p(r"^PTI(?:\s+[A-Z]{2,4}){1,6}$", "wire trailer", Strong),
        // A credit and a full stop closing a story: ANSA "(ANSA)." (a credit alone on a
        // line, "(Yonhap)", marks the photo caption before it).
        p(r"^\(\p{Lu}[\p{L}/\-]{1,15}\)\.$", "wire trailer", Strong),
        // Desk initials under AFP and dpa copy: "ach/rl", "bur-ach/rl/mlm", "ans/dpa/kj"
        p(
            r"^[a-z]{2,5}(?:-[a-z]{2,5})*(?:/[a-z]{2,5}(?:-[a-z]{2,5})*)+$",
            "wire trailer",
            Strong,
        ),
        // Desk codes: Lusa "PL/ARL // MLL", EFE "EFE mdf/jl", dpa "dpa kw/ah xx a3 sw"
        p(
            r"^[A-Z]{2,4}(?:/[A-Z]{2,4})+(?:\s*//\s*[A-Z]{2,4}(?:/[A-Z]{2,4})*)+$",
            "wire trailer",
            Strong,
        ),
        p(
            r"^(?:EFE|dpa)(?:\s+[a-z0-9]{2,4}(?:/[a-z0-9]{2,4})*){1,6}$",
            "wire trailer",
            Strong,
        ),
        // CNA's source line under a story: "Source: CNA/no(mi)", "Source: Reuters/gs"
        gated(
            "source:",
            r"^Source:\s*\p{Lu}[\p{L}&]{1,20}(?:/[a-z()]{1,12})+$",
            "wire credit",
            Strong,
        ),
        // Reuters' conversion notes: "($1 = 0.8466 euros)", "(1 euro = $1.08)"
        gated(
            "=",
            r"^\(\s*(?:[$€£¥]|US\$|[A-Z]{3}\s?)?\s?1(?:\s+[a-z]+)?\s*=\s*[^()]{1,80}\)$",
            "currency conversion note",
            Strong,
        ),
        // "Reporting by Hyonhee Shin; Editing by Gerry Doyle" without the brackets
        gated(
            ";",
            r"^(?:Additional )?(?:[Rr]eporting|[Ww]riting) by [^;()]{2,120};\s*(?:[Aa]dditional reporting|[Ww]riting|[Ee]diting) by [^()]{2,120}$",
            "wire credit",
            Strong,
        ),
        // AP's "Cook reported from Brussels.", "Associated Press writer Julie Watson reported
        // from San Diego." at the end of a story
        gated(
            "reported",
            r"^(?:(?:The )?Associated Press (?:writers?|reporters?|journalists?|correspondents?) )?\p{Lu}[\p{L}.'’\-]*(?: \p{Lu}[\p{L}.'’\-]*){0,3}(?:,? and \p{Lu}[\p{L}.'’\-]*(?: \p{Lu}[\p{L}.'’\-]*){0,3})? reported from \p{Lu}[\p{L}.'’\-]*(?:,? \p{Lu}[\p{L}.'’\-]*){0,4}\.?$",
            "wire credit",
            Weak,
        ),
        // "AP track and field: https://apnews.com/hub/track-and-field" under a story
        gated(
            "://",
            r"^\p{Lu}[^:.!?]{0,60}:\s*https?://\S+$",
            "related links",
            Weak,
        ),
        // "(Reporting by Hyonhee Shin; Editing by Gerry Doyle)"
        p(
            r"^\((?:Additional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled)(?-u:\b)[^)]{0,180}\)$",
            "wire credit",
            Strong,
        ),
        // "© 2024 Reuters", "(C) Yonhap News Agency. All Rights Reserved", "Copyright 2024 …"
        p(
            r"(?i)^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))[^.!?]{0,100}\.?(?:\s*all rights reserved\.?)?$",
            "copyright notice",
            Strong,
        ),
        gated(
            "rights reserved",
            r"(?i)^[^.!?]{0,80}(?-u:\b)all rights reserved\.?$",
            "copyright notice",
            Strong,
        ),
        // a reporter's e-mail address alone on a line (Yonhap puts it before "(END)")
        p(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$", "reporter e-mail", Strong),
        // "Subscribe to our newsletter", "Sign up for the Morning Brief newsletter"
        p(
            r"(?i)^(?:subscribe|sign up)(?: now)?(?: (?:to|for) (?:our|the) [\w ]{0,30}newsletters?)?[.!]?$",
            "subscription prompt",
            Strong,
        ),
        // A newsletter's footer: "The Aisle Report is a free weekly newsletter about … .
        // Forwarded this? Subscribe at aislereport.com."
        gated(
            "newsletter",
            r"(?i)(?-u:\b)newsletter(?-u:\b).{0,160}(?-u:\b)(?:subscribe|sign up|forwarded)(?-u:\b)|(?-u:\b)(?:subscribe|sign up|forwarded this)(?-u:\b).{0,160}(?-u:\b)newsletter(?-u:\b)",
            "subscription prompt",
            Strong,
        ),
        // A newsletter's greeting, split off the start of its first paragraph by
        // [`super::leading_greeting`]: "Good morning."
        p(
            r"(?i)^(?:good (?:morning|afternoon|evening)|hello|hi|hey)(?:,? (?:everyone|all|folks|readers|there))?[.!]$",
            "greeting",
            Weak,
        ),
        // "Updated 2 hours ago", "5 min ago"
        p(
            r"(?i)^(?:updated|published|posted)?\s*(?:\d+|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|hour|hr|day|week)s?\s+ago$",
            "relative timestamp",
            Strong,
        ),
        p(
            r"(?i)^listen to this article(?-u:\b).{0,30}$",
            "share widget",
            Strong,
        ),
        p(
            r"(?i)^advertisement(?-u:\b)[\s·|:•-]*(?:scroll to continue(?: with content)?|continue reading)?$",
            "advertisement",
            Strong,
        ),
        // a newsletter pitch ending "Sign up here."
        gated(
            "sign up here",
            r"(?i)(?-u:\b)sign up here[.!]?$",
            "subscription prompt",
            Strong,
        ),
        gated(
            "inbox",
            r"(?i)(?-u:\b)(?:delivered|straight) to your inbox(?-u:\b)",
            "subscription prompt",
            Weak,
        ),
        // "Associated Press writer X in Y contributed to this report."
        gated(
            "contributed",
            r"^[A-Z][^.!?]{0,160}(?-u:\b)contributed (?:to )?(?:this report|reporting)[^.!?]{0,60}\.?$",
            "wire credit",
            Strong,
        ),
        // Korean and Japanese agency chrome: Yonhap's tip line, reproduction notices
        p(r"^제보는 카카오톡", "wire credit", Strong),
        p(
            r"저작권자|무단\s?전재|無断転載|版权所有",
            "copyright notice",
            Strong,
        ),
        // "#shipbuilding" tag lines under a story, one tag or several on a line ("#minimum
        // wage #Minimum Wage Commission #KCTU")
        p(
            r"^#[^\s#][^#]{0,40}(?:\s#[^\s#][^#]{0,40})*$",
            "keyword tags",
            Weak,
        ),
        // Yonhap's note to editors on an updated story: "(ATTN: ADDS reactions in paras
        // 9-12)", "(ATTN: UPDATES with details throughout)"
        p(r"^\(ATTN:[^()]{1,160}\)$", "editor's note", Strong),
        // A rule of underscores or dashes between the story and what follows it (AP's "___"
        // before its hub links)
        p(r"^(?:_{3,}|-{3,}|\*{3,})$", "separator", Weak),
        // "Privacy Policy | Terms of Use | Contact Us"
        p(
            r"(?i)^(?:privacy(?: policy)?|terms(?: of (?:use|service))?|contact(?: us)?|about(?: us)?|cookie (?:policy|settings)|sitemap|advertise(?: with us)?|careers|help)(?:\s*[|·•/]\s*(?:privacy(?: policy)?|terms(?: of (?:use|service))?|contact(?: us)?|about(?: us)?|cookie (?:policy|settings)|sitemap|advertise(?: with us)?|careers|help))+$",
            "site footer",
            Strong,
        ),
        // "Share: Facebook Twitter Email", "Share | Print | Email"
        p(
            r"(?i)^(?:share|print|email|tweet|facebook|twitter)(?:\s*[:|/·•]?\s*(?:share|print|email|e-mail|tweet|facebook|twitter|x|linkedin|whatsapp|copy link))+$",
            "share widget",
            Strong,
        ),
    ]
}
