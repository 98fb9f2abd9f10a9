//! Korean and Japanese copy, where a quote sits inside its sentence and the verb
//! follows it: `박정호 울산시 안전정책관은 “…”고 말했다`, `佐藤隆之次長は記者会見で「…」と述べた`.
//!
//! - A quote followed by a quotative particle (Korean 고, 라고, 며, 라며, …; Japanese と)
//!   is a statement of its own; one followed by any other Hangul or kana is partial.
//! - Korean speaker: the sentence opens with a personal name — three Hangul syllables
//!   (four with a two-syllable surname) starting with a common surname — followed by a
//!   title and a topic/subject particle before the quote. Anonymised or collective
//!   subjects ("목격자 C씨는", "한울마린 측은") name nobody.
//! - Japanese speaker: the noun phrase before the topic particle は (or が), after the
//!   last の or 、, when it ends with a title or honorific, which is dropped
//!   ("佐藤隆之次長" → "佐藤隆之").
//!
//! Limits: no attribution after the quote ("…”고 김 장관은 말했다"), no Chinese cues.

/// Hangul, kana or CJK ideographs.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{1100}'..='\u{11FF}' | '\u{3040}'..='\u{30FF}' | '\u{3130}'..='\u{318F}')
        || matches!(c, '\u{3400}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}')
}

fn hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7AF}')
}

fn kanji(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{9FFF}' | '\u{30A0}'..='\u{30FF}' | '々')
}

/// Particles that turn the quote before them into reported speech.
const QUOTATIVE: &[&str] = &[
    "고",
    "라고",
    "이라고",
    "며",
    "라며",
    "이라며",
    "하고",
    "하며",
    "라는",
    "이라는",
    "と",
    "って",
];

/// `Some(true)` when the text right after a closing mark starts with a quotative
/// particle, `Some(false)` with another Hangul/kana particle, `None` for other scripts.
pub(crate) fn quotative(after: &str) -> Option<bool> {
    let first = after.chars().next().filter(|&c| is_cjk(c))?;
    let particle = QUOTATIVE.iter().any(|p| after.starts_with(p));
    Some(particle || first == 'と')
}

/// Common Korean surnames (one syllable), without those that are mostly common words.
const SURNAMES: &str = "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나\
                        지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제탁국어편용예경봉";
/// Two-syllable Korean surnames.
const COMPOUND: &[&str] = &["남궁", "제갈", "선우", "황보", "독고", "사공", "서문"];
/// Three-syllable nouns that look like names.
const NOT_NAMES: &[&str] = &[
    "전문가",
    "관계자",
    "대변인",
    "목격자",
    "이사장",
    "공무원",
    "소방관",
    "경찰관",
    "위원장",
    "부사장",
    "연구원",
    "정부가",
    "주민들",
];

/// Japanese titles and honorifics after a name, longest first where they overlap.
const JA_TITLES: &[&str] = &[
    "事務局長",
    "委員長",
    "理事長",
    "組合長",
    "本部長",
    "支局長",
    "准教授",
    "報道官",
    "大統領",
    "弁護士",
    "容疑者",
    "次長",
    "社長",
    "会長",
    "部長",
    "課長",
    "所長",
    "局長",
    "署長",
    "市長",
    "町長",
    "村長",
    "区長",
    "知事",
    "大臣",
    "首相",
    "長官",
    "議員",
    "教授",
    "船長",
    "代表",
    "院長",
    "校長",
    "総裁",
    "主席",
    "監督",
    "選手",
    "被告",
    "医師",
    "館長",
    "氏",
    "さん",
];

/// The speaker named before a quote in Korean or Japanese copy, if any.
pub(crate) fn speaker(before: &str) -> Option<String> {
    korean(before).or_else(|| japanese(before))
}

fn korean(before: &str) -> Option<String> {
    let mut words = before.split_whitespace();
    let first = words.next()?;
    let topic = |w: &str| w.ends_with(['은', '는', '이', '가']);
    // "박정호는 “…”" or "박정호 울산시 안전정책관은 “…”"
    let name = match words.clone().count() {
        0 => first.strip_suffix(['은', '는', '이', '가'])?,
        _ if words.any(topic) => first,
        _ => return None,
    };
    let syllables: Vec<char> = name.chars().collect();
    if !syllables.iter().all(|&c| hangul(c)) || NOT_NAMES.contains(&name) {
        return None;
    }
    let ok = match syllables.len() {
        3 => SURNAMES.contains(syllables[0]),
        4 => COMPOUND.iter().any(|c| name.starts_with(c)),
        _ => false,
    };
    ok.then(|| name.to_string())
}

fn japanese(before: &str) -> Option<String> {
    for (i, c) in before.char_indices() {
        if c != 'は' && c != 'が' {
            continue;
        }
        let phrase = before.get(..i)?;
        let phrase = phrase.rsplit(['の', '、', '。', ' ', '」', '）']).next()?;
        let Some(name) = JA_TITLES.iter().find_map(|t| phrase.strip_suffix(t)) else {
            continue;
        };
        let n = name.chars().count();
        if (2..=6).contains(&n) && name.chars().all(kanji) {
            return Some(name.to_string());
        }
    }
    None
}
